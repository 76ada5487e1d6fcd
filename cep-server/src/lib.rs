//! # cep-server
//!
//! The stats server: receives reports from every client generation, keeps
//! the latest facts per host, and publishes the numbers.
//!
//! ## Ingest
//!
//! - **Native**: `POST /api/v1/reports`, body a cep report archive with
//!   `Content-Type: application/gzip` and the headers `Cep-Client-Id` and
//!   `Cep-Report-Id` (they must match the manifest's `client_id` and
//!   `report_id`). The archive is read with [`cep_core::Report::read`] under
//!   [`cep_core::report::ReadLimits`] (1 MiB body, 64 members, 1 MiB a
//!   member, 8 MiB decompressed).
//!   - `201` with a JSON receipt `{"report_id", "received_at" (RFC 3339),
//!     "sha256" (hex of the body)}` for a new report;
//!   - `200` with the *first* receipt for a report id seen before (it is
//!     not counted again);
//!   - errors, from the HTTP layer too, carry `{"error": "<reason>"}`:
//!     `400` missing, nil or mismatched ids or a malformed head, `404`,
//!     `405`, `408` head or body too slow, `413` too large, `415` wrong
//!     content type, `422` invalid archive (the reader's message), `429`
//!     rate limited (with `Retry-After`), `431` head too large, `503`
//!     overloaded or timed out (with `Retry-After`).
//! - **vzstats 0.5**: `POST /genuuid.php` (multipart `magic_word` =
//!   `very-please`) answers a new UUID v4 as text; `POST /submit.php`
//!   (multipart `uuid`, `file`) takes the vzstats tarball, whose per-script
//!   texts [`legacy`] turns into the same sections native collectors send.
//!   Its report id is derived from the host id and the UTC day, so a host
//!   counts once a day (a later upload gets the first receipt; vzstats
//!   cannot see a 429, so there is no per-host rate limit here). A `file` that is a cep report
//!   archive is read as one (its `client_id` must equal `uuid`).
//! - **disp**: `POST /post`, multipart part `report` holding a cep archive;
//!   same answers as native.
//!
//! ## Publish
//!
//! - HTML, no scripts: `GET /` (General info, growth charts) and one page
//!   per topic (`/virtualization`, `/containers`, `/vms`, `/hardware`,
//!   `/software`, `/countries`, [`facts::Page`]), each table with its
//!   weekly trend chart ([`render::chart`]) and a "change since four weeks ago"
//!   column. Every page is an askama template (`cep-server/templates/`)
//!   that escapes every value it shows ([`render::pages`]).
//! - Data: `GET /api/v1/stats` (everything, [`store::Stats`]),
//!   `/api/v1/tables` (the list), `/api/v1/tables/<name>.{csv,json}`,
//!   `/api/v1/trends/<name>.{csv,json}` and `/metrics` (Prometheus), see
//!   [`render::data`]. Every output carries the data licence (`--data-license`).
//! - k-anonymity over tables and time: [`anon`].
//!
//! ## Layout
//!
//! Three layers; a module imports from its own layer or those below, never
//! from one above, and no modules import each other in a circle:
//! - [`server`]: the router, the ingest and publishing routes, health and
//!   the admin port, the state they share, the store thread and the
//!   settings (flags, environment, configuration file).
//! - [`render`]: the pages, their charts, the privacy notice and the CSV,
//!   JSON and Prometheus forms, each from plain data; it never sees the
//!   server.
//! - [`store`] (one module per concern: backend, SQLite, PostgreSQL,
//!   schema and its migrations, ingest, forget, retention, stats, backup,
//!   health, and the [`store::published`] types), [`legacy`], [`facts`],
//!   [`screen`] (the checks a section passes at ingest), [`anon`],
//!   [`limits`], [`conn`], [`telemetry`] (the operator metrics), [`keys`]
//!   (the policy signing key file).
//!
//! ## Invariants
//!
//! - The client's address is never stored or logged: it is used in memory
//!   for the per-address rate limit and the optional GeoIP country lookup,
//!   of which only the country code is kept.
//! - Memory is bounded: body limits, archive limits, caps on concurrent
//!   uploads and on connections (overall and per address), a request head
//!   deadline, a least body rate, an idle and a keep-alive timeout, a
//!   bounded store queue,
//!   rate limiters of bounded size ([`conn`]).
//! - A report id is stored once; repeats get the first receipt.
//! - A section with a value unlike its declared kind, beyond what one host
//!   can have, or holding a control character is refused at ingest
//!   ([`screen`]); one host weighs at most [`facts::MAX_HOST_UNITS`] units
//!   in a table.
//! - Aggregates are maintained incrementally at ingest ([`store`]); no page
//!   scans the reports.
//! - No per-host data is published; every published bucket holds at least
//!   k hosts ([`anon`]).
#![deny(missing_docs)]

pub mod anon;
pub mod conn;
pub mod facts;
pub mod keys;
pub mod legacy;
pub mod limits;
pub mod relay;
pub mod render;
pub mod screen;
pub mod server;
pub mod store;
pub mod telemetry;
