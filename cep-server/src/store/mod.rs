//! Storage: a small SQL [`Backend`] trait (SQLite or PostgreSQL) and the
//! [`Store`] that keeps reports, hosts with their latest sections, and
//! the aggregates the pages read.
//!
//! Aggregates are maintained incrementally at ingest, so no page scans the
//! reports:
//! - `dist_day(dist, key, day, hosts)`: hosts whose last report fell on
//!   `day` and whose latest facts give `key`. A distribution over the hosts
//!   active in the last N days sums at most N days per key.
//! - `host_day(day, hosts)`: hosts by the day of their last report.
//! - `week_active(week, hosts)`: hosts that reported in a week (a host's
//!   first report of a week adds one).
//! - `counters`: hosts, reports, time of the last report.
//!
//! One module per concern: [`backend`] (the trait, its values and errors),
//! [`sqlite`] and [`postgres`] (the two backends), [`schema`] (the
//! [`Store`], its schema's versions and transactions), [`migrations`]
//! (each version's tables and how it is made from the one before),
//! [`ingest`] (writing a report), `sections` (a host's latest sections
//! on its row), `shares` (each host's shares of the weekly aggregates), [`forget`] (erasing a host), [`retention`] (the paced purge),
//! [`health`] (readiness and size),
//! [`stats`] (reading the aggregates), [`published`] (what is read:
//! [`Stats`] and its parts), [`backup`] (a consistent copy of a live
//! SQLite database), and a relay's [`outbox`] (what it forwards upstream)
//! and [`fleet`] (its hosts, with their labels, for the fleet view).
//! Everything is also here, at `store::`.

pub mod backend;
mod backfill;
pub mod backup;
pub mod base;
pub mod fleet;
pub mod forget;
pub mod health;
pub mod ingest;
#[cfg(test)]
mod migration_tests;
pub mod migrations;
pub mod outbox;
pub mod postgres;
pub mod published;
pub mod retention;
pub mod schema;
mod sections;
mod shares;
pub mod sqlite;
pub mod stats;
#[cfg(test)]
mod testutil;

pub use backend::{Backend, StoreError, Val};
pub use base::{REPORTING, Store, week_of};
pub use fleet::{FleetHost, LabelSource};
pub use ingest::{
    ForgetReceipt, Incoming, Prepared, Protocol, Receipt, Stored, protocol_name, section_keys,
    with_reporting,
};
pub use outbox::{ItemKind, OutboxBounds, OutboxItem, OutboxStatus, Rejected};
pub use postgres::{Postgres, redact_url};
pub use published::{
    Bucket, Distribution, General, Series, Stats, StatsOptions, Trend, Week, rfc3339,
};
pub use retention::{PURGE_CHUNK, PurgeStage, Purged, RetentionPurge};
pub use schema::{Migrated, SchemaStatus};
pub use sqlite::Sqlite;

/// `--db` for messages: a PostgreSQL URL without its password.
pub fn redact(db: &str) -> String {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        redact_url(db)
    } else {
        db.to_owned()
    }
}

/// Opens the backend `--db` names: a `postgres://` or `postgresql://` URL,
/// else an SQLite file path.
pub fn open(db: &str) -> Result<Box<dyn Backend>, StoreError> {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        Ok(Box::new(Postgres::connect(db)?))
    } else {
        Ok(Box::new(Sqlite::open(db)?))
    }
}
