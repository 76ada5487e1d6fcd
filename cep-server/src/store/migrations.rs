//! The schema's versions: each one's tables, and the migration that makes
//! it from the one before, data included.
//!
//! Version 1 is the schema of the first releases (to 6cf6db6): reports,
//! hosts, whole sections, keys and daily aggregates. Version 2 (33ede26)
//! adds key weights, the weekly snapshots and counts, each host's share of
//! every aggregate (`host_contrib`, which forgetting takes back) and the
//! forgotten hosts. Version 3 adds a relay's tables: the outbox of reports
//! to forward upstream, the reports the upstream refused, the relay's
//! counters, the upstream's collection policy as last fetched, and the
//! fleet view's host labels; it only creates them. Version 4 keeps the
//! per-host shares compactly: one row per host and week (`host_weeks`,
//! whose keys are NULL while they are the host's current ones), a host's
//! keys in one row and the week of its arrival (`hosts.new_week`); its
//! share of the daily rows is read from its keys at its last report.
//! Version 5 keeps a host's latest sections on its `hosts` row
//! (`super::sections`) instead of a row a section (`facts`). A
//! past migration is never edited: its checksum is recorded in the
//! database, and a changed one is refused.

use std::collections::{BTreeMap, BTreeSet};

use super::backend::StoreError;
use super::backfill::{backfill_v2, facts_v5, shares_v4};
use super::base::Store;

/// A migration's data step.
pub(super) type DataStep = fn(&mut Store) -> Result<(), StoreError>;

/// One step of the schema: the DDL that makes `version` from the one
/// before (`{blob}` stands for the backend's byte type), and the rows it
/// derives, all in one transaction.
pub struct Migration {
    /// The schema version it makes.
    pub version: i64,
    /// What it does, for `cep-server migrate` and `schema_migrations`.
    pub name: &'static str,
    /// Statements run before `data`.
    pub(super) ddl: &'static str,
    /// Derives what the new tables hold from the old rows.
    pub(super) data: Option<DataStep>,
    /// Statements run after `data`.
    pub(super) after: &'static str,
    /// Names what `data` does; part of the checksum, so a changed
    /// derivation is a new revision (and must be a new migration).
    pub(super) revision: &'static str,
}

impl Migration {
    /// SHA-256 over the name, the statements and the data step's revision
    /// (recorded in `schema_migrations`).
    pub fn checksum(&self) -> String {
        cep_core::report::sha256_hex(
            format!(
                "{}\n{}\n{}\n{}\n{}",
                self.version, self.name, self.ddl, self.revision, self.after
            )
            .as_bytes(),
        )
    }
}

/// Every migration, in order; the last one's version is the schema this
/// build writes.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "reports, hosts, sections, keys and daily aggregates (release 6cf6db6)",
        ddl: V1,
        data: None,
        after: "",
        revision: "",
    },
    Migration {
        version: 2,
        name: "key weights, weekly snapshots and counts, per-host shares, forgotten hosts (release 33ede26)",
        ddl: V1_TO_V2,
        data: Some(backfill_v2),
        after: "DROP INDEX migrate_reports_client;",
        revision: "keys from the sections within the window of the last report, reduced to the policy; \
                   vzstats sw.packages.vzctl to vz.host; every reported week with the latest keys; \
                   shares of every aggregate row",
    },
    Migration {
        version: 3,
        name: "relay outbox, refused forwards, relay counters, upstream policy, fleet labels",
        ddl: V2_TO_V3,
        data: None,
        after: "",
        revision: "",
    },
    Migration {
        version: 4,
        name: "a host's keys in one row (host_keys), its weekly shares one row a week (host_weeks), the week it arrived (hosts.new_week)",
        ddl: V3_TO_V4,
        data: Some(shares_v4),
        after: "DROP TABLE host_contrib;
     DROP TABLE host_keys;
     ALTER TABLE host_keys_v4 RENAME TO host_keys;",
        revision: "host_keys rows per host in key order; host_contrib's weekly shares per host and week, \
                   NULL keys where they are host_keys; new_hosts' week; daily shares dropped",
    },
    Migration {
        version: 5,
        name: "a host's latest sections on its row (hosts.sections, hosts.oldest)",
        ddl: V4_TO_V5,
        data: Some(facts_v5),
        after: "DROP TABLE facts;",
        revision: "every facts row of a host with a hosts row, in collector order, as \
                   {collector: [received_at, data]}; oldest the least received_at where before last_seen, \
                   else NULL; data refused unless JSON",
    },
];

/// The newest version a release wrote without recording it: 33ede26's.
/// Every later version is recorded in `schema_migrations` when made.
pub(super) const UNRECORDED: i64 = 2;

/// The tables and columns of each version, what an unversioned database
/// is recognised by.
pub(super) fn tables(version: i64) -> BTreeMap<&'static str, &'static [&'static str]> {
    let mut t: BTreeMap<&'static str, &'static [&'static str]> = BTreeMap::from([
        (
            "reports",
            &[
                "report_id",
                "client_id",
                "received_at",
                "sha256",
                "protocol",
            ][..],
        ),
        ("archives", &["report_id", "received_at", "body"][..]),
        (
            "hosts",
            &["host_id", "first_seen", "last_seen", "reports"][..],
        ),
        (
            "facts",
            &["host_id", "collector", "received_at", "data"][..],
        ),
        ("host_keys", &["host_id", "dist", "key"][..]),
        ("dist_day", &["dist", "key", "day", "hosts"][..]),
        ("host_day", &["day", "hosts"][..]),
        ("week_active", &["week", "hosts"][..]),
        ("counters", &["name", "value"][..]),
    ]);
    if version >= 2 {
        t.insert("host_keys", &["host_id", "dist", "key", "weight"]);
        t.insert("dist_day", &["dist", "key", "day", "hosts", "units"]);
        t.insert("dist_week", &["dist", "key", "week", "hosts", "units"]);
        t.insert("week_counts", &["week", "new_hosts", "reports"]);
        t.insert(
            "host_contrib",
            &["host_id", "agg", "dist", "key", "t", "hosts", "units"],
        );
        t.insert("forgotten", &["host_hash", "forgotten_at", "reports"]);
    }
    if version >= 3 {
        t.insert(
            "outbox",
            &[
                "id",
                "kind",
                "host_id",
                "seq",
                "queued_at",
                "body",
                "bytes",
                "attempts",
                "last_error",
            ],
        );
        t.insert(
            "outbox_rejected",
            &[
                "id",
                "kind",
                "host_id",
                "queued_at",
                "rejected_at",
                "status",
                "reason",
                "body",
            ],
        );
        t.insert("relay_counters", &["name", "value"]);
        t.insert(
            "upstream_policy",
            &["upstream", "body", "signature", "fetched_at"],
        );
        t.insert("fleet_labels", &["host_id", "source", "label", "set_at"]);
    }
    if version >= 4 {
        t.remove("host_contrib");
        t.insert(
            "hosts",
            &["host_id", "first_seen", "last_seen", "reports", "new_week"],
        );
        t.insert("host_keys", &["host_id", "keys"]);
        t.insert(
            "host_weeks",
            &["host_id", "week", "active", "reports", "keys"],
        );
    }
    if version >= 5 {
        t.remove("facts");
        t.insert(
            "hosts",
            &[
                "host_id",
                "first_seen",
                "last_seen",
                "reports",
                "new_week",
                "sections",
                "oldest",
            ],
        );
    }
    t
}

/// Every table any version has had.
pub(super) fn all_tables() -> BTreeSet<&'static str> {
    MIGRATIONS
        .iter()
        .flat_map(|m| tables(m.version).into_keys())
        .collect()
}

pub(super) const V1: &str =
    "CREATE TABLE reports (report_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, \
       received_at BIGINT NOT NULL, sha256 TEXT NOT NULL, protocol TEXT NOT NULL);
     CREATE TABLE archives (report_id TEXT PRIMARY KEY, received_at BIGINT NOT NULL, \
       body {blob} NOT NULL);
     CREATE INDEX archives_received ON archives (received_at);
     CREATE TABLE hosts (host_id TEXT PRIMARY KEY, first_seen BIGINT NOT NULL, \
       last_seen BIGINT NOT NULL, reports BIGINT NOT NULL);
     CREATE TABLE facts (host_id TEXT NOT NULL, collector TEXT NOT NULL, \
       received_at BIGINT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (host_id, collector));
     CREATE TABLE host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, \
       key TEXT NOT NULL, PRIMARY KEY (host_id, dist, key));
     CREATE TABLE dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
       hosts BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
     CREATE INDEX dist_day_day ON dist_day (day);
     CREATE TABLE host_day (day BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
     CREATE TABLE week_active (week BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
     CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);";

/// Keys and daily rows are derived again (with weights and the reporting
/// rows), so their tables are made anew in version 2's form; the daily
/// and weekly host counts are derived again from `hosts` and `reports`.
pub(super) const V1_TO_V2: &str = "DROP TABLE host_keys;
     DROP TABLE dist_day;
     CREATE TABLE host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, \
       key TEXT NOT NULL, weight BIGINT NOT NULL, PRIMARY KEY (host_id, dist, key));
     CREATE TABLE dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
       hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
     CREATE INDEX dist_day_day ON dist_day (day);
     CREATE TABLE dist_week (dist TEXT NOT NULL, key TEXT NOT NULL, week BIGINT NOT NULL, \
       hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, week));
     CREATE INDEX dist_week_week ON dist_week (week);
     CREATE TABLE week_counts (week BIGINT PRIMARY KEY, new_hosts BIGINT NOT NULL, \
       reports BIGINT NOT NULL);
     CREATE TABLE host_contrib (host_id TEXT NOT NULL, agg TEXT NOT NULL, \
       dist TEXT NOT NULL, key TEXT NOT NULL, t BIGINT NOT NULL, hosts BIGINT NOT NULL, \
       units BIGINT NOT NULL, PRIMARY KEY (host_id, agg, dist, key, t));
     CREATE TABLE forgotten (host_hash TEXT PRIMARY KEY, forgotten_at BIGINT NOT NULL, \
       reports BIGINT NOT NULL);
     CREATE INDEX reports_received ON reports (received_at);
     CREATE INDEX hosts_last_seen ON hosts (last_seen);
     CREATE INDEX facts_received ON facts (received_at);
     CREATE INDEX host_contrib_t ON host_contrib (agg, t);
     DELETE FROM host_day;
     DELETE FROM week_active;
     CREATE INDEX migrate_reports_client ON reports (client_id);";

/// A relay's tables (`store::outbox`, `store::fleet`), new and empty: no
/// step touches a table of an earlier version.
pub(super) const V2_TO_V3: &str = "CREATE TABLE outbox (id TEXT PRIMARY KEY, kind TEXT NOT NULL, \
       host_id TEXT NOT NULL, seq BIGINT NOT NULL, queued_at BIGINT NOT NULL, \
       body {blob} NOT NULL, bytes BIGINT NOT NULL, attempts BIGINT NOT NULL, last_error TEXT);
     CREATE UNIQUE INDEX outbox_seq ON outbox (seq);
     CREATE INDEX outbox_host ON outbox (host_id);
     CREATE TABLE outbox_rejected (id TEXT PRIMARY KEY, kind TEXT NOT NULL, \
       host_id TEXT NOT NULL, queued_at BIGINT NOT NULL, rejected_at BIGINT NOT NULL, \
       status BIGINT, reason TEXT NOT NULL, body {blob} NOT NULL);
     CREATE INDEX outbox_rejected_at ON outbox_rejected (rejected_at);
     CREATE TABLE relay_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
     CREATE TABLE upstream_policy (upstream TEXT PRIMARY KEY, body {blob} NOT NULL, \
       signature TEXT, fetched_at BIGINT NOT NULL);
     CREATE TABLE fleet_labels (host_id TEXT NOT NULL, source TEXT NOT NULL, \
       label TEXT NOT NULL, set_at BIGINT NOT NULL, PRIMARY KEY (host_id, source));";

/// A host's keys in one row, its weekly shares in a row per week, the
/// week it arrived in on its `hosts` row; `host_contrib` and the old
/// `host_keys` go after the data step (the new one takes its name).
pub(super) const V3_TO_V4: &str = "ALTER TABLE hosts ADD COLUMN new_week BIGINT;
     CREATE TABLE host_keys_v4 (host_id TEXT PRIMARY KEY, keys TEXT NOT NULL);
     CREATE TABLE host_weeks (host_id TEXT NOT NULL, week BIGINT NOT NULL, \
       active BIGINT NOT NULL, reports BIGINT NOT NULL, keys TEXT, \
       PRIMARY KEY (host_id, week));
     CREATE INDEX host_weeks_week ON host_weeks (week);";

/// A host's latest sections on its `hosts` row (`super::sections`), and
/// the time of the oldest where it is older than the host's last report,
/// indexed only there (the retention purge's sections stage finds hosts
/// by it; a report that brings every section leaves it NULL and the
/// index alone); `facts` goes after the data step.
pub(super) const V4_TO_V5: &str = "ALTER TABLE hosts ADD COLUMN sections TEXT;
     ALTER TABLE hosts ADD COLUMN oldest BIGINT;
     CREATE INDEX hosts_oldest ON hosts (oldest) WHERE oldest IS NOT NULL;";
