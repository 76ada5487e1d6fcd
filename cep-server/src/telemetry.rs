//! The operator's metrics: how the server itself is doing, for the
//! operator's Prometheus, served on `--admin-listen` only (never on the
//! public port, where `/metrics` publishes the statistics).
//!
//! Every label has a small fixed set of values (route patterns, never raw
//! paths; protocols; outcomes and reasons from fixed lists; collector ids
//! of the collection policy), so the number of series is bounded whatever
//! clients send. The exposition is the `prometheus` crate's text format,
//! which `promtool check metrics` accepts.
//!
//! ```
//! use cep_server::telemetry::{Telemetry, UploadOutcome};
//!
//! let t = Telemetry::new();
//! t.upload("cep", UploadOutcome::Stored);
//! t.upload("vzstats", UploadOutcome::Refused("rate_limited"));
//! let text = t.encode();
//! assert!(text.contains(r#"cep_server_uploads_total{outcome="stored",protocol="cep",reason=""} 1"#));
//! ```

use std::time::Duration;

use prometheus::{
    Encoder, Gauge, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

use crate::store::Purged;

/// Latency buckets, in seconds: 1 ms to 10 s.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// What became of an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadOutcome {
    /// A new report, stored and counted (`201`).
    Stored,
    /// A report id seen before, answered with the first receipt (`200`).
    Repeated,
    /// A forgotten host's report (`410`).
    Forgotten,
    /// Refused, with one reason of a fixed set (`bad_request`,
    /// `too_slow`, `too_large`, `wrong_type`, `invalid`, `rate_limited`,
    /// `unavailable`, `other`).
    Refused(&'static str),
}

impl UploadOutcome {
    /// The outcome an ingest route's answer status means.
    pub fn of_status(status: u16) -> UploadOutcome {
        match status {
            201 => UploadOutcome::Stored,
            200 => UploadOutcome::Repeated,
            410 => UploadOutcome::Forgotten,
            400 => UploadOutcome::Refused("bad_request"),
            408 => UploadOutcome::Refused("too_slow"),
            413 => UploadOutcome::Refused("too_large"),
            415 => UploadOutcome::Refused("wrong_type"),
            422 => UploadOutcome::Refused("invalid"),
            429 => UploadOutcome::Refused("rate_limited"),
            503 => UploadOutcome::Refused("unavailable"),
            _ => UploadOutcome::Refused("other"),
        }
    }

    fn labels(self) -> (&'static str, &'static str) {
        match self {
            UploadOutcome::Stored => ("stored", ""),
            UploadOutcome::Repeated => ("repeated", ""),
            UploadOutcome::Forgotten => ("forgotten", ""),
            UploadOutcome::Refused(why) => ("refused", why),
        }
    }
}

/// The operator's metrics, in one registry.
pub struct Telemetry {
    registry: Registry,
    requests: IntCounterVec,
    uploads: IntCounterVec,
    sections_refused: IntCounterVec,
    ingest_seconds: HistogramVec,
    page_seconds: Histogram,
    store_queue: IntGauge,
    database_bytes: IntGauge,
    purged: IntCounterVec,
    purge_running: IntGauge,
    last_purge: Gauge,
    connections_shed: IntCounter,
    limiter_keys: IntGaugeVec,
    forwarded: IntCounter,
    forward_errors: IntCounterVec,
    outbox_dropped: IntCounter,
    outbox: IntGaugeVec,
    outbox_oldest: IntGauge,
}

/// Why an attempt to forward failed (the `kind` of
/// `cep_server_forward_errors_total`).
pub const FORWARD_ERRORS: &[&str] = &[
    "network",
    "server",
    "rate_limited",
    "config",
    "rejected",
    "vetoed",
];

impl Default for Telemetry {
    fn default() -> Self {
        Telemetry::new()
    }
}

impl Telemetry {
    /// A registry with every metric at zero.
    pub fn new() -> Telemetry {
        let registry = Registry::new();
        // The names and labels are literals: registering them cannot fail.
        fn reg<T: prometheus::core::Collector + Clone + 'static>(r: &Registry, m: T) -> T {
            r.register(Box::new(m.clone()))
                .expect("metric names are unique and valid");
            m
        }
        let counters = |name: &str, help: &str, labels: &[&str]| {
            reg(
                &registry,
                IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric"),
            )
        };
        let requests = counters(
            "cep_server_http_requests_total",
            "Requests answered by the router, by route pattern and status.",
            &["route", "status"],
        );
        let uploads = counters(
            "cep_server_uploads_total",
            "Uploads by protocol (cep, vzstats, disp) and outcome (stored, repeated, forgotten, refused with a reason).",
            &["protocol", "outcome", "reason"],
        );
        let sections_refused = counters(
            "cep_server_sections_refused_total",
            "Sections of stored reports refused at ingest, by collector and reason (kind: a value unlike its declared kind; range: outside its plausible range; control: a control byte in a string).",
            &["collector", "reason"],
        );
        let purged = counters(
            "cep_server_retention_purged_rows_total",
            "Rows the retention purge erased, by kind (hosts: silent hosts' rows; reports: report rows; archives: kept archives).",
            &["kind"],
        );
        let ingest_seconds = reg(
            &registry,
            HistogramVec::new(
                HistogramOpts::new(
                    "cep_server_ingest_duration_seconds",
                    "Time to answer an upload, body included, by protocol.",
                )
                .buckets(BUCKETS.to_vec()),
                &["protocol"],
            )
            .expect("valid metric"),
        );
        let page_seconds = reg(
            &registry,
            Histogram::with_opts(
                HistogramOpts::new(
                    "cep_server_page_duration_seconds",
                    "Time to answer a page, table, trend or /metrics request.",
                )
                .buckets(BUCKETS.to_vec()),
            )
            .expect("valid metric"),
        );
        let store_queue = reg(
            &registry,
            IntGauge::new(
                "cep_server_store_queue_jobs",
                "Jobs waiting for the store thread (its queue holds 4096).",
            )
            .expect("valid metric"),
        );
        let database_bytes = reg(
            &registry,
            IntGauge::new(
                "cep_server_database_size_bytes",
                "Size of the database (SQLite: its main file's pages; PostgreSQL: pg_database_size).",
            )
            .expect("valid metric"),
        );
        let purge_running = reg(
            &registry,
            IntGauge::new(
                "cep_server_retention_purge_running",
                "1 while a retention purge has steps left, else 0.",
            )
            .expect("valid metric"),
        );
        let last_purge = reg(
            &registry,
            Gauge::new(
                "cep_server_retention_last_purge_timestamp_seconds",
                "When the last retention purge finished (unix time; 0: none yet).",
            )
            .expect("valid metric"),
        );
        let connections_shed = reg(
            &registry,
            IntCounter::new(
                "cep_server_connections_shed_total",
                "Connections closed or refused at the connection caps.",
            )
            .expect("valid metric"),
        );
        let limiter_keys = reg(
            &registry,
            IntGaugeVec::new(
                Opts::new(
                    "cep_server_rate_limiter_keys",
                    "Keys the rate limiters track now, by limiter (address: client addresses, host: host ids); in memory only.",
                ),
                &["limiter"],
            )
            .expect("valid metric"),
        );
        let forwarded = reg(
            &registry,
            IntCounter::new(
                "cep_server_forwarded_total",
                "Relay: reports and forget requests the upstream gave a receipt for.",
            )
            .expect("valid metric"),
        );
        let forward_errors = counters(
            "cep_server_forward_errors_total",
            "Relay: failed attempts to forward, by kind (network, server: 5xx or 408, rate_limited: 429, config: a wrong URL or credentials, rejected: refused for good and set aside, vetoed: stopped by the privacy guard).",
            &["kind"],
        );
        let outbox_dropped = reg(
            &registry,
            IntCounter::new(
                "cep_server_outbox_dropped_total",
                "Relay: reports dropped, oldest first, at the outbox's bounds.",
            )
            .expect("valid metric"),
        );
        let outbox = reg(
            &registry,
            IntGaugeVec::new(
                Opts::new(
                    "cep_server_outbox_items",
                    "Relay: what the outbox holds now, by what (reports, forgets: queued; bytes: of queued archives; rejected: refused by the upstream, ever).",
                ),
                &["what"],
            )
            .expect("valid metric"),
        );
        let outbox_oldest = reg(
            &registry,
            IntGauge::new(
                "cep_server_outbox_oldest_age_seconds",
                "Relay: age of the oldest item waiting in the outbox (0: none).",
            )
            .expect("valid metric"),
        );
        Telemetry {
            registry,
            limiter_keys,
            forwarded,
            forward_errors,
            outbox_dropped,
            outbox,
            outbox_oldest,
            requests,
            uploads,
            sections_refused,
            ingest_seconds,
            page_seconds,
            store_queue,
            database_bytes,
            purged,
            purge_running,
            last_purge,
            connections_shed,
        }
    }

    /// One answered request: `route` is the route pattern
    /// (`/api/v1/tables/{file}`), never the raw path.
    pub fn request(&self, route: &str, status: u16) {
        self.requests
            .with_label_values(&[route, &status.to_string()])
            .inc();
    }

    /// One upload over `protocol` (`cep`, `vzstats`, `disp`).
    pub fn upload(&self, protocol: &str, outcome: UploadOutcome) {
        let (outcome, reason) = outcome.labels();
        self.uploads
            .with_label_values(&[protocol, outcome, reason])
            .inc();
    }

    /// How long an upload over `protocol` took to answer.
    pub fn ingest_time(&self, protocol: &str, took: Duration) {
        self.ingest_seconds
            .with_label_values(&[protocol])
            .observe(took.as_secs_f64());
    }

    /// How long a publishing request took to answer.
    pub fn page_time(&self, took: Duration) {
        self.page_seconds.observe(took.as_secs_f64());
    }

    /// A section refused at ingest: `collector` is a collection-policy
    /// collector id, `reason` one of `kind`, `range`, `control`.
    pub fn section_refused(&self, collector: &str, reason: &str) {
        self.sections_refused
            .with_label_values(&[collector, reason])
            .inc();
    }

    /// The store thread's queue right now.
    pub fn set_store_queue(&self, jobs: usize) {
        self.store_queue
            .set(i64::try_from(jobs).unwrap_or(i64::MAX));
    }

    /// The database's size right now.
    pub fn set_database_size(&self, bytes: i64) {
        self.database_bytes.set(bytes);
    }

    /// A retention purge started (it runs in steps).
    pub fn purge_started(&self) {
        self.purge_running.set(1);
    }

    /// A retention purge finished at `now` (unix seconds), having erased
    /// `rows`.
    pub fn purge_finished(&self, rows: Purged, now: i64) {
        self.purge_running.set(0);
        for (kind, n) in [
            ("hosts", rows.hosts),
            ("reports", rows.reports),
            ("archives", rows.archives),
        ] {
            self.purged.with_label_values(&[kind]).inc_by(n);
        }
        self.last_purge.set(now as f64);
    }

    /// The keys the rate limiters track now.
    pub fn set_limiter_keys(&self, addresses: usize, hosts: usize) {
        for (l, n) in [("address", addresses), ("host", hosts)] {
            self.limiter_keys
                .with_label_values(&[l])
                .set(i64::try_from(n).unwrap_or(i64::MAX));
        }
    }

    /// The upstream gave a receipt for a forwarded item.
    pub fn forwarded(&self) {
        self.forwarded.inc();
    }

    /// An attempt to forward failed: `kind` is one of [`FORWARD_ERRORS`].
    pub fn forward_error(&self, kind: &str) {
        self.forward_errors.with_label_values(&[kind]).inc();
    }

    /// `n` reports dropped at the outbox's bounds.
    pub fn outbox_dropped(&self, n: u64) {
        self.outbox_dropped.inc_by(n);
    }

    /// Where the outbox stands at `now` (unix seconds).
    pub fn set_outbox(&self, st: &crate::store::OutboxStatus, now: i64) {
        for (what, n) in [
            ("reports", st.reports),
            ("forgets", st.forgets),
            ("bytes", st.bytes),
            ("rejected", st.rejected),
        ] {
            self.outbox.with_label_values(&[what]).set(n);
        }
        self.outbox_oldest
            .set(st.oldest_queued_at.map_or(0, |t| (now - t).max(0)));
    }

    /// A relay's counters as its database kept them, at start (a counter
    /// starts from what was counted before a restart).
    pub fn restore_relay_counts(&self, st: &crate::store::OutboxStatus) {
        self.forwarded.inc_by(st.forwarded.max(0) as u64);
        self.outbox_dropped.inc_by(st.dropped.max(0) as u64);
        self.forward_errors
            .with_label_values(&["rejected"])
            .inc_by(st.rejected.max(0) as u64);
        for kind in FORWARD_ERRORS {
            self.forward_errors.with_label_values(&[kind]).inc_by(0);
        }
    }

    /// A connection closed or refused at a connection cap.
    pub fn connection_shed(&self) {
        self.connections_shed.inc();
    }

    /// Everything, in the Prometheus text format.
    pub fn encode(&self) -> String {
        let mut out = Vec::new();
        // Writing into a Vec fails only on metrics the registry rejects.
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::error!("encoding the operator metrics failed: {e}");
        }
        String::from_utf8(out).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_a_fixed_set_of_outcomes() {
        assert_eq!(UploadOutcome::of_status(201), UploadOutcome::Stored);
        assert_eq!(UploadOutcome::of_status(200), UploadOutcome::Repeated);
        assert_eq!(
            UploadOutcome::of_status(429),
            UploadOutcome::Refused("rate_limited")
        );
        assert_eq!(
            UploadOutcome::of_status(599),
            UploadOutcome::Refused("other")
        );
    }

    #[test]
    fn every_metric_is_exposed_and_counts() {
        let t = Telemetry::new();
        t.request("/api/v1/tables/{file}", 404);
        t.request("/api/v1/tables/{file}", 404);
        t.section_refused("hw.memory", "kind");
        t.purge_started();
        t.purge_finished(
            Purged {
                hosts: 2,
                reports: 7,
                archives: 0,
            },
            1_800_000_000,
        );
        t.ingest_time("cep", Duration::from_millis(3));
        t.page_time(Duration::from_millis(30));
        t.set_database_size(4096);
        t.set_store_queue(3);
        let text = t.encode();
        for line in [
            r#"cep_server_http_requests_total{route="/api/v1/tables/{file}",status="404"} 2"#,
            r#"cep_server_sections_refused_total{collector="hw.memory",reason="kind"} 1"#,
            r#"cep_server_retention_purged_rows_total{kind="reports"} 7"#,
            "cep_server_retention_purge_running 0",
            "cep_server_retention_last_purge_timestamp_seconds 1800000000",
            r#"cep_server_ingest_duration_seconds_bucket{protocol="cep",le="0.005"} 1"#,
            r#"cep_server_page_duration_seconds_bucket{le="0.025"} 0"#,
            "cep_server_page_duration_seconds_count 1",
            "cep_server_database_size_bytes 4096",
            "cep_server_store_queue_jobs 3",
            "cep_server_connections_shed_total 0",
        ] {
            assert!(text.lines().any(|l| l == line), "no {line} in\n{text}");
        }
    }
}
