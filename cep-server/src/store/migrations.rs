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
//! share of the daily rows is read from its keys at its last report. A
//! past migration is never edited: its checksum is recorded in the
//! database, and a changed one is refused.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::backend::{StoreError, Val};
use super::ingest::{Deltas, POLICY, bump, section_keys, with_reporting};
use super::schema::{Store, day_of, week_of};
use super::shares;
use crate::facts::SERVER_COLLECTOR;

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
];

// What version 2's `host_contrib.agg` names: the aggregate a share went to.
const AGG_DIST_DAY: &str = "dist_day";
const AGG_DIST_WEEK: &str = "dist_week";
const AGG_HOST_DAY: &str = "host_day";
const AGG_WEEK_ACTIVE: &str = "week_active";
/// `week_counts.new_hosts` (and the `hosts` counter).
const AGG_NEW: &str = "new_hosts";
/// `week_counts.reports` (and the `reports` counter).
const AGG_REPORTS: &str = "reports";

/// Version 2's per-host shares of one batch of hosts: (host, aggregate,
/// dist, key, time) → (hosts, units).
type Contrib = BTreeMap<(String, &'static str, String, String, i64), (i64, i64)>;

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
    t
}

/// Every table any version has had.
pub(super) fn all_tables() -> BTreeSet<&'static str> {
    MIGRATIONS
        .iter()
        .flat_map(|m| tables(m.version).into_keys())
        .collect()
}

const V1: &str = "CREATE TABLE reports (report_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, \
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
const V1_TO_V2: &str = "DROP TABLE host_keys;
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
const V2_TO_V3: &str = "CREATE TABLE outbox (id TEXT PRIMARY KEY, kind TEXT NOT NULL, \
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
const V3_TO_V4: &str = "ALTER TABLE hosts ADD COLUMN new_week BIGINT;
     CREATE TABLE host_keys_v4 (host_id TEXT PRIMARY KEY, keys TEXT NOT NULL);
     CREATE TABLE host_weeks (host_id TEXT NOT NULL, week BIGINT NOT NULL, \
       active BIGINT NOT NULL, reports BIGINT NOT NULL, keys TEXT, \
       PRIMARY KEY (host_id, week));
     CREATE INDEX host_weeks_week ON host_weeks (week);";

/// Hosts whose shares one flush writes (bounds the migration's memory).
const HOSTS_PER_FLUSH: usize = 1000;

/// Version 1 to 2: what version 2's ingest would have written, derived
/// from what version 1 kept (it never deleted a row), host by host:
///
/// - sections reduced to the collection policy (version 2 keeps nothing
///   else); a vzstats host's vzctl version moves from `sw.packages` to
///   `vz.host`, where version 2's parser puts it;
/// - keys and weights (with the reporting keys) from the sections no
///   older than the window at the host's last report, version 2's rule;
///   `dist_day` at the day of that report;
/// - `host_day`, `week_active` and `week_counts` from `hosts` and
///   `reports`;
/// - `dist_week`: the host's keys in every week it reported in. Version 1
///   kept only the latest sections, so earlier weeks get the latest keys:
///   exact for the week of the last report, an approximation before it
///   where a host's keys changed;
/// - `host_contrib`: the host's share of each of those rows, so that
///   forgetting it takes back exactly what it added.
fn backfill_v2(s: &mut Store) -> Result<(), StoreError> {
    let hosts = s.db.query(
        "SELECT host_id, first_seen, last_seen FROM hosts ORDER BY host_id",
        &[],
    )?;
    let mut migrated = 0usize;
    for chunk in hosts.chunks(HOSTS_PER_FLUSH) {
        let mut d = Deltas::default();
        let mut c = Contrib::new();
        for row in chunk {
            let host = row[0].clone().text()?;
            let (first, last) = (row[1].int()?, row[2].int()?);
            s.backfill_host(&host, first, last, &mut d, &mut c)?;
        }
        s.flush(d, 0)?;
        let rows: Vec<Val> = c
            .into_iter()
            .flat_map(|((host, agg, dist, key, t), (h, u))| {
                [
                    host.into(),
                    agg.into(),
                    dist.into(),
                    key.into(),
                    t.into(),
                    h.into(),
                    u.into(),
                ]
            })
            .collect();
        s.insert_rows(
            "INSERT INTO host_contrib (host_id, agg, dist, key, t, hosts, units)",
            "",
            7,
            &rows,
        )?;
        migrated += chunk.len();
        tracing::debug!("schema version 2: {migrated} of {} hosts", hosts.len());
    }
    Ok(())
}

/// Version 3 to 4, host by host: its `host_keys` rows become one row
/// (every host gets one, `[]` without keys); its `host_contrib` rows
/// become its `host_weeks` rows (one per week with a share of
/// `week_active`, the report count or `dist_week`; keys NULL where that
/// week's `dist_week` shares are exactly its keys, one host each with
/// their weights, else the shares themselves) and `hosts.new_week` (the
/// week of its `new_hosts` share; NULL without one). Its shares of
/// `dist_day` and `host_day` are not kept: they are its keys at the day of
/// its last report, as version 2's ingest and migration made them.
fn shares_v4(s: &mut Store) -> Result<(), StoreError> {
    let hosts =
        s.db.query("SELECT host_id FROM hosts ORDER BY host_id", &[])?;
    let mut migrated = 0usize;
    for chunk in hosts.chunks(HOSTS_PER_FLUSH) {
        // (host, week, active, reports) and, apart, those with keys.
        let (mut current, mut kept, mut keys) = (Vec::new(), Vec::new(), Vec::new());
        for row in chunk {
            let host = row[0].clone().text()?;
            let (text, weeks) = s.weeks_of_v2(&host)?;
            keys.extend([host.clone().into(), text.into()]);
            for (week, active, reports, keys) in weeks {
                let at = [
                    host.clone().into(),
                    week.into(),
                    active.into(),
                    reports.into(),
                ];
                match keys {
                    None => current.extend(at),
                    Some(k) => {
                        kept.extend(at);
                        kept.push(k.into());
                    }
                }
            }
        }
        s.insert_rows(
            "INSERT INTO host_weeks (host_id, week, active, reports)",
            "",
            4,
            &current,
        )?;
        s.insert_rows(
            "INSERT INTO host_weeks (host_id, week, active, reports, keys)",
            "",
            5,
            &kept,
        )?;
        s.insert_rows("INSERT INTO host_keys_v4 (host_id, keys)", "", 2, &keys)?;
        migrated += chunk.len();
        tracing::debug!("schema version 4: {migrated} of {} hosts", hosts.len());
    }
    Ok(())
}

impl Store {
    /// A host's keys in `host_keys.keys`' form and its `host_weeks` rows
    /// (week, active, reports, keys) from its version 2 rows; its
    /// `new_week` set.
    fn weeks_of_v2(&mut self, host: &str) -> Result<(String, Vec<shares::WeekRow>), StoreError> {
        let id: Val = host.into();
        let mut keys: BTreeMap<(String, String), i64> = BTreeMap::new();
        for r in self.db.query(
            "SELECT dist, key, weight FROM host_keys WHERE host_id = $1",
            std::slice::from_ref(&id),
        )? {
            let mut it = r.into_iter();
            if let (Some(d), Some(k), Some(w)) = (it.next(), it.next(), it.next()) {
                keys.insert((d.text()?, k.text()?), w.int()?);
            }
        }
        let text = shares::keys_text(
            &keys
                .iter()
                .map(|(dk, w)| (dk.clone(), *w))
                .collect::<Vec<_>>(),
        );
        let current: BTreeMap<(String, String), (i64, i64)> =
            keys.into_iter().map(|(dk, w)| (dk, (1, w))).collect();
        // week → (active, reports, (dist, key) → (hosts, units))
        type Week = (i64, i64, BTreeMap<(String, String), (i64, i64)>);
        let mut weeks: BTreeMap<i64, Week> = BTreeMap::new();
        let mut new_week = None;
        for r in self.db.query(
            "SELECT agg, dist, key, t, hosts, units FROM host_contrib WHERE host_id = $1",
            std::slice::from_ref(&id),
        )? {
            let mut it = r.into_iter();
            let (Some(agg), Some(d), Some(k), Some(t), Some(h), Some(u)) = (
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
            ) else {
                continue;
            };
            let (agg, t, h, u) = (agg.text()?, t.int()?, h.int()?, u.int()?);
            match agg.as_str() {
                AGG_DIST_WEEK => {
                    let e = weeks
                        .entry(t)
                        .or_default()
                        .2
                        .entry((d.text()?, k.text()?))
                        .or_default();
                    e.0 += h;
                    e.1 += u;
                }
                AGG_WEEK_ACTIVE => weeks.entry(t).or_default().0 += h,
                AGG_REPORTS => weeks.entry(t).or_default().1 += h,
                AGG_NEW if h > 0 => new_week = Some(t),
                AGG_NEW | AGG_DIST_DAY | AGG_HOST_DAY => {}
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "host_contrib of host {host} names an unknown aggregate `{other}`"
                    )));
                }
            }
        }
        if let Some(w) = new_week {
            self.db.exec(
                "UPDATE hosts SET new_week = $2 WHERE host_id = $1",
                &[id, w.into()],
            )?;
        }
        let weeks = weeks
            .into_iter()
            .filter_map(|(week, (active, reports, mut shares))| {
                shares.retain(|_, n| *n != (0, 0));
                if (active, reports) == (0, 0) && shares.is_empty() {
                    return None;
                }
                let keys = (shares != current).then(|| {
                    shares::shares_text(
                        shares
                            .iter()
                            .map(|((d, k), (h, u))| (d.as_str(), k.as_str(), *h, *u)),
                    )
                });
                Some((week, active, reports, keys))
            })
            .collect();
        Ok((text, weeks))
    }

    fn backfill_host(
        &mut self,
        host: &str,
        first: i64,
        last: i64,
        d: &mut Deltas,
        c: &mut Contrib,
    ) -> Result<(), StoreError> {
        let id: Val = host.into();
        let sections = self.reduce_facts(host)?;
        let current = sections
            .iter()
            .filter(|(_, (t, _))| *t >= last - self.fact_max_age)
            .map(|(c, (_, v))| (c.as_str(), v));
        let keys = with_reporting(section_keys(current));
        // Version 2's keys: a row each.
        let rows: Vec<Val> = keys
            .iter()
            .flat_map(|((d, k), w)| {
                [
                    host.into(),
                    d.as_str().into(),
                    k.as_str().into(),
                    (*w).into(),
                ]
            })
            .collect();
        self.insert_rows(
            "INSERT INTO host_keys (host_id, dist, key, weight)",
            "",
            4,
            &rows,
        )?;

        let mut weeks: BTreeMap<i64, i64> = BTreeMap::new();
        for r in self.db.query(
            "SELECT received_at FROM reports WHERE client_id = $1",
            std::slice::from_ref(&id),
        )? {
            *weeks.entry(week_of(r[0].int()?)).or_default() += 1;
        }
        let mut active: BTreeSet<i64> = weeks.keys().copied().collect();
        active.insert(week_of(last));

        let at = |t| ("", "", t);
        d.week_counts.entry(week_of(first)).or_default().0 += 1;
        for (w, n) in &weeks {
            d.week_counts.entry(*w).or_default().1 += n;
        }
        let day = day_of(last);
        *d.host_day.entry(day).or_default() += 1;
        for w in &active {
            *d.week.entry(*w).or_default() += 1;
        }
        for (dk, w) in &keys {
            bump(&mut d.dist, dk, day, (1, *w));
            for week in &active {
                bump(&mut d.dist_week, dk, *week, (1, *w));
            }
        }
        // Version 2's shares: of every row, the daily ones included
        // (version 4 keeps none of those).
        let mut note = |agg: &'static str, (dist, key, t): (&str, &str, i64), n: (i64, i64)| {
            let e = c
                .entry((host.to_owned(), agg, dist.to_owned(), key.to_owned(), t))
                .or_default();
            e.0 += n.0;
            e.1 += n.1;
        };
        note(AGG_NEW, at(week_of(first)), (1, 0));
        for (w, n) in &weeks {
            note(AGG_REPORTS, at(*w), (*n, 0));
        }
        note(AGG_HOST_DAY, at(day), (1, 0));
        for w in &active {
            note(AGG_WEEK_ACTIVE, at(*w), (1, 0));
        }
        for ((dist, key), w) in &keys {
            note(AGG_DIST_DAY, (dist, key, day), (1, *w));
            for week in &active {
                note(AGG_DIST_WEEK, (dist, key, *week), (1, *w));
            }
        }
        Ok(())
    }

    /// A host's sections reduced to the collection policy, in the table
    /// and returned (collector → (time, section)). A vzstats tarball's
    /// vzctl version (a string `vzctl` in `sw.packages`, what version 1's
    /// parser made of the rpm and banner forms) becomes `vz.host`'s
    /// `vzctl_version`, as version 2's parser reads it.
    fn reduce_facts(&mut self, host: &str) -> Result<BTreeMap<String, (i64, Value)>, StoreError> {
        let id: Val = host.into();
        let mut stored: BTreeMap<String, (i64, String)> = BTreeMap::new();
        for r in self.db.query(
            "SELECT collector, received_at, data FROM facts WHERE host_id = $1",
            std::slice::from_ref(&id),
        )? {
            let mut it = r.into_iter();
            if let (Some(c), Some(t), Some(v)) = (it.next(), it.next(), it.next()) {
                stored.insert(c.text()?, (t.int()?, v.text()?));
            }
        }
        let mut out = BTreeMap::new();
        let mut parsed: BTreeMap<String, (i64, Value, bool)> = BTreeMap::new();
        for (c, (t, text)) in &stored {
            let v: Value = serde_json::from_str(text).map_err(|e| {
                StoreError::Corrupt(format!(
                    "facts of host {host}, collector {c}: not JSON: {e}"
                ))
            })?;
            parsed.insert(c.clone(), (*t, v, false));
        }
        if !parsed.contains_key("vz.host")
            && let Some((t, pkgs, _)) = parsed.get("sw.packages")
            && let Some(v) = pkgs.get("vzctl").and_then(Value::as_str)
        {
            let host_section = serde_json::json!({ "vzctl_version": v });
            parsed.insert("vz.host".into(), (*t, host_section, true));
        }
        for (c, (t, mut v, new)) in parsed {
            let keep = c == SERVER_COLLECTOR || POLICY.filter(&c, &mut v).is_some();
            if !keep {
                self.db.exec(
                    "DELETE FROM facts WHERE host_id = $1 AND collector = $2",
                    &[id.clone(), c.clone().into()],
                )?;
                continue;
            }
            let text = v.to_string();
            if new {
                self.db.exec(
                    "INSERT INTO facts (host_id, collector, received_at, data) VALUES ($1, $2, $3, $4)",
                    &[id.clone(), c.clone().into(), t.into(), text.into()],
                )?;
            } else if stored.get(&c).map(|(_, s)| s) != Some(&text) {
                self.db.exec(
                    "UPDATE facts SET data = $3 WHERE host_id = $1 AND collector = $2",
                    &[id.clone(), c.clone().into(), text.into()],
                )?;
            }
            out.insert(c, (t, v));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use uuid::Uuid;

    use super::*;
    use crate::store::backend::Backend;
    use crate::store::ingest::{Incoming, protocol_name};
    use crate::store::schema::{DAY, TARGET, status};
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;

    /// Reports and their times.
    type History = Vec<(i64, Incoming)>;

    /// A database as version 1's ingest left it after `history`: its
    /// tables, report and host rows, whole sections and counters (its
    /// key and daily rows hold something a migration must not keep).
    fn version_1(history: &[(i64, Incoming)]) -> Sqlite {
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch(&V1.replace("{blob}", "BLOB")).unwrap();
        db.batch(
            "INSERT INTO dist_day VALUES ('kernel', 'stale', 1, 99);
             INSERT INTO host_keys VALUES ('h', 'kernel', 'stale');
             INSERT INTO host_day VALUES (1, 99);
             INSERT INTO week_active VALUES (1, 99);",
        )
        .unwrap();
        for (t, r) in history {
            let host: Val = r.client_id.to_string().into();
            db.exec(
                "INSERT INTO reports VALUES ($1, $2, $3, $4, $5)",
                &[
                    r.report_id.to_string().into(),
                    host.clone(),
                    (*t).into(),
                    r.sha256.clone().into(),
                    protocol_name(r.protocol).into(),
                ],
            )
            .unwrap();
            db.exec(
                "INSERT INTO hosts VALUES ($1, $2, $2, 1) ON CONFLICT (host_id) DO UPDATE \
                 SET last_seen = excluded.last_seen, reports = hosts.reports + 1",
                &[host.clone(), (*t).into()],
            )
            .unwrap();
            for (c, v) in &r.sections {
                db.exec(
                    "INSERT INTO facts VALUES ($1, $2, $3, $4) ON CONFLICT (host_id, collector) \
                     DO UPDATE SET received_at = excluded.received_at, data = excluded.data",
                    &[
                        host.clone(),
                        c.clone().into(),
                        (*t).into(),
                        v.to_string().into(),
                    ],
                )
                .unwrap();
            }
        }
        let hosts: std::collections::BTreeSet<Uuid> =
            history.iter().map(|(_, r)| r.client_id).collect();
        let last = history.iter().map(|(t, _)| *t).max().unwrap();
        for (name, v) in [
            ("hosts", hosts.len() as i64),
            ("reports", history.len() as i64),
            ("last_report_at", last),
        ] {
            db.exec(
                "INSERT INTO counters VALUES ($1, $2)",
                &[name.into(), v.into()],
            )
            .unwrap();
        }
        db
    }

    /// Hosts whose keys never change (so every week is exact), over eight
    /// weeks: a vzstats host whose vzctl version version 1 kept in
    /// `sw.packages`, and a host with a field outside the policy.
    fn steady_history() -> (History, History) {
        let cts = |ploop: i64, simfs: i64| {
            json!({"vz.containers": {"configured": ploop + simfs, "running": 1,
                                     "by_layout": {"ploop": ploop, "simfs": simfs}}})
        };
        let with = |a: serde_json::Value, b: serde_json::Value| {
            let mut a = a;
            a.as_object_mut()
                .unwrap()
                .extend(b.as_object().unwrap().clone());
            a
        };
        let vz7 = with(kernel("3.10.0", "vz7"), cts(2, 1));
        let legacy = with(
            json!({"os.kernel": {"release": "2.6.32", "line": "openvz-legacy", "hostname": "node1.example.com"}}),
            cts(0, 4),
        );
        let vzstats_old = json!({"os.kernel": {"release": "2.6.32", "line": "openvz-legacy"},
                                 "sw.packages": {"vzctl": "4.9.4", "vzquota": "3.1"}});
        let vzstats_new = with(
            vzstats_old.clone(),
            json!({"vz.host": {"vzctl_version": "4.9.4"}}),
        );
        let mut old = Vec::new();
        let mut new = Vec::new();
        let mut both =
            |t: i64, host: u128, report: u128, v1: &serde_json::Value, v2: &serde_json::Value| {
                let mut a = incoming(host, report, v1.clone());
                let mut b = incoming(host, report, v2.clone());
                if host == 4 {
                    a.protocol = crate::store::Protocol::Vzstats;
                    b.protocol = crate::store::Protocol::Vzstats;
                }
                old.push((t, a));
                new.push((t, b));
            };
        for week in 0..8 {
            let t = T0 + week * 7 * DAY;
            both(t, 1, 100 + week as u128, &vz7, &vz7);
            if week % 2 == 0 {
                both(t + DAY, 2, 200 + week as u128, &legacy, &legacy);
            }
            if week >= 3 {
                both(
                    t + 2 * DAY,
                    4,
                    400 + week as u128,
                    &vzstats_old,
                    &vzstats_new,
                );
            }
        }
        // Host 1 again in the last week: a second report of one week.
        both(T0 + 7 * 7 * DAY + 3 * DAY, 1, 199, &vz7, &vz7);
        // Host 3 reported once, long ago.
        both(T0 - 100 * DAY, 3, 300, &vz7, &vz7);
        old.sort_by_key(|(t, _)| *t);
        new.sort_by_key(|(t, _)| *t);
        (old, new)
    }

    /// Asserts two stores publish the same, showing where they first differ.
    fn same(a: &mut Store, b: &mut Store, at: i64, what: &str) {
        let (x, y) = (
            format!("{:?}", published(a, at)),
            format!("{:?}", published(b, at)),
        );
        if let Some(i) = x.bytes().zip(y.bytes()).position(|(p, q)| p != q) {
            let from = i.saturating_sub(300);
            panic!(
                "{what}: they differ at {i}:\n{}\n{}",
                &x[from..(i + 200).min(x.len())],
                &y[from..(i + 200).min(y.len())]
            );
        }
        assert_eq!(x, y, "{what}");
    }

    fn replayed(history: &[(i64, Incoming)]) -> Store {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for (t, r) in history {
            s.ingest(std::slice::from_ref(r), *t).unwrap();
        }
        s
    }

    #[test]
    fn a_version_1_database_publishes_what_version_2_would_have() {
        let (old, new) = steady_history();
        let mut replay = replayed(&new);
        let (mut migrated, m) = Store::open(Box::new(version_1(&old)), 14).unwrap();
        assert_eq!((m.from, m.recorded, m.to), (1, false, TARGET));
        assert_eq!(
            m.applied.iter().map(|a| a.version).collect::<Vec<_>>(),
            [2, 3, 4]
        );
        let now = T0 + 53 * DAY;
        for at in [now, now + 5 * DAY] {
            same(&mut migrated, &mut replay, at, "migrated");
        }
        let st = migrated
            .stats(
                now,
                &crate::store::StatsOptions {
                    k: 1,
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "vzctl"), [b("4.9.4", 1)]);
        assert_eq!(st.general.reports, old.len() as i64);
        // Sections are what version 2 keeps: the policy's fields, and the
        // vzstats host's vzctl version where version 2's parser puts it.
        for h in [1, 2, 3, 4] {
            assert_eq!(
                migrated.host_facts(Uuid::from_u128(h)).unwrap(),
                replay.host_facts(Uuid::from_u128(h)).unwrap(),
                "host {h}"
            );
        }
        assert!(
            !format!("{:?}", migrated.host_facts(Uuid::from_u128(2)).unwrap())
                .contains("example.com")
        );
        // New reports count as in a database that was version 2 all along.
        let more = [
            (now, incoming(1, 900, kernel("3.10.0", "vz7"))),
            (now, incoming(7, 901, kernel("5.14.0", "vz9"))),
        ];
        for (t, r) in &more {
            migrated.ingest(std::slice::from_ref(r), *t).unwrap();
            replay.ingest(std::slice::from_ref(r), *t).unwrap();
        }
        same(&mut migrated, &mut replay, now, "new reports");
        // Forgetting a host that reported only before the migration takes
        // back exactly what it added, as in the replay.
        for h in [2, 4] {
            let a = migrated.forget(Uuid::from_u128(h), now).unwrap();
            let b = replay.forget(Uuid::from_u128(h), now).unwrap();
            assert_eq!(a, b);
            same(&mut migrated, &mut replay, now, &format!("forgot {h}"));
        }
        // The retention purge changes nothing published, here either.
        migrated.purge_old_rows(now, 31).unwrap();
        replay.purge_old_rows(now, 31).unwrap();
        same(&mut migrated, &mut replay, now, "purged");
    }

    /// What version 1 did not keep cannot be derived: a host's earlier
    /// weeks get its latest keys, and a section older than the window at
    /// its last report counts nowhere.
    #[test]
    fn earlier_weeks_get_a_hosts_latest_keys() {
        let mut first = kernel("2.6.32", "openvz-legacy");
        first["hw.memory"] = json!({"total_bytes": 8u64 << 30});
        let history = [
            (T0, incoming(1, 1, first)),
            (T0 + 15 * DAY, incoming(1, 2, kernel("3.10.0", "vz7"))),
        ];
        let (mut s, _) = Store::open(Box::new(version_1(&history)), 14).unwrap();
        let keys = s.db.query("SELECT keys FROM host_keys", &[]).unwrap();
        assert_eq!(
            keys,
            [vec![Val::Text(
                r#"[["kernel","",1],["kernel","3.10.0",1],["virtualization","",1],["virtualization","vz7",1]]"#
                    .into()
            )]]
        );
        let rows = s
            .db
            .query(
                "SELECT week, key, hosts FROM dist_week WHERE dist = 'virtualization' ORDER BY week, key",
                &[],
            )
            .unwrap();
        let (w0, w2) = (
            crate::store::week_of(T0),
            crate::store::week_of(T0 + 15 * DAY),
        );
        assert_eq!(
            rows,
            [
                vec![Val::Int(w0), Val::Text(String::new()), Val::Int(1)],
                vec![Val::Int(w0), Val::Text("vz7".into()), Val::Int(1)],
                vec![Val::Int(w2), Val::Text(String::new()), Val::Int(1)],
                vec![Val::Int(w2), Val::Text("vz7".into()), Val::Int(1)],
            ]
        );
    }

    fn recorded(s: &mut dyn Backend) -> Vec<Vec<Val>> {
        s.query(
            "SELECT version, checksum FROM schema_migrations ORDER BY version",
            &[],
        )
        .unwrap()
    }

    #[test]
    fn a_new_database_gets_every_version_and_records_them() {
        let (mut s, m) = Store::open(Box::new(Sqlite::open(":memory:").unwrap()), 14).unwrap();
        assert_eq!(m.from, 0);
        assert_eq!(
            m.applied.iter().map(|a| a.version).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
        let want: Vec<Vec<Val>> = MIGRATIONS
            .iter()
            .map(|m| vec![Val::Int(m.version), Val::Text(m.checksum())])
            .collect();
        assert_eq!(recorded(s.backend()), want);
        let st = s.schema_status().unwrap();
        assert!(st.ready(), "{st:?}");
        assert_eq!((st.current, st.target), (TARGET, TARGET));
        // Its tables are the last version's.
        let cols = s.backend().columns().unwrap();
        let ours: BTreeMap<&str, std::collections::BTreeSet<String>> = cols
            .iter()
            .filter(|(t, _)| *t != "schema_migrations")
            .map(|(t, c)| (t.as_str(), c.clone()))
            .collect();
        let want: BTreeMap<&str, std::collections::BTreeSet<String>> = tables(TARGET)
            .into_iter()
            .map(|(t, c)| (t, c.iter().map(|c| (*c).to_owned()).collect()))
            .collect();
        assert_eq!(ours, want);
        // Opening it again applies nothing.
        let db = std::mem::replace(&mut s.db, Box::new(Sqlite::open(":memory:").unwrap()));
        let (_, again) = Store::open(db, 14).unwrap();
        assert!(again.applied.is_empty());
        assert!(again.recorded);
    }

    /// A version 2 database as 33ede26's ingest left it after host 1
    /// reported kernel 2.6.32 (3 containers) in one week and 3.10.0 twice
    /// in the next: its shares become one row a week, the first with its
    /// keys of then, the last saying "its keys"; forgetting it then leaves
    /// nothing of it.
    #[test]
    fn a_version_2_databases_shares_become_a_row_a_host_and_week() {
        let host = Uuid::from_u128(1).to_string();
        let (w0, w1) = (week_of(T0), week_of(T0 + 7 * DAY));
        let day = day_of(T0 + 8 * DAY);
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch(&V1.replace("{blob}", "BLOB")).unwrap();
        db.batch(V1_TO_V2).unwrap();
        db.batch(MIGRATIONS[1].after).unwrap();
        let old = [("kernel", "2.6.32", 3), ("kernel", "", 3)];
        let new = [("kernel", "3.10.0", 1), ("kernel", "", 1)];
        let exec = |db: &mut Sqlite, sql: &str, p: Vec<Val>| {
            db.exec(sql, &p).unwrap();
        };
        exec(
            &mut db,
            "INSERT INTO hosts VALUES ($1, $2, $3, 3)",
            vec![host.clone().into(), T0.into(), (T0 + 8 * DAY).into()],
        );
        let contrib = "INSERT INTO host_contrib VALUES ($1, $2, $3, $4, $5, $6, $7)";
        for (d, k, w) in new {
            exec(
                &mut db,
                "INSERT INTO host_keys VALUES ($1, $2, $3, $4)",
                vec![host.clone().into(), d.into(), k.into(), w.into()],
            );
            exec(
                &mut db,
                "INSERT INTO dist_day VALUES ($1, $2, $3, 1, $4)",
                vec![d.into(), k.into(), day.into(), w.into()],
            );
            exec(
                &mut db,
                contrib,
                vec![
                    host.clone().into(),
                    "dist_day".into(),
                    d.into(),
                    k.into(),
                    day.into(),
                    1.into(),
                    w.into(),
                ],
            );
        }
        for (week, keys) in [(w0, old), (w1, new)] {
            for (d, k, w) in keys {
                exec(
                    &mut db,
                    "INSERT INTO dist_week VALUES ($1, $2, $3, 1, $4)",
                    vec![d.into(), k.into(), week.into(), w.into()],
                );
                exec(
                    &mut db,
                    contrib,
                    vec![
                        host.clone().into(),
                        "dist_week".into(),
                        d.into(),
                        k.into(),
                        week.into(),
                        1.into(),
                        w.into(),
                    ],
                );
            }
        }
        for (agg, t, n) in [
            ("host_day", day, 1),
            ("week_active", w0, 1),
            ("week_active", w1, 1),
            ("new_hosts", w0, 1),
            ("reports", w0, 1),
            ("reports", w1, 2),
        ] {
            exec(
                &mut db,
                contrib,
                vec![
                    host.clone().into(),
                    agg.into(),
                    "".into(),
                    "".into(),
                    t.into(),
                    n.into(),
                    0.into(),
                ],
            );
        }
        db.batch(&format!(
            "INSERT INTO host_day VALUES ({day}, 1);
             INSERT INTO week_active VALUES ({w0}, 1), ({w1}, 1);
             INSERT INTO week_counts VALUES ({w0}, 1, 1), ({w1}, 0, 2);
             INSERT INTO counters VALUES ('hosts', 1), ('reports', 3), ('last_report_at', {});",
            T0 + 8 * DAY
        ))
        .unwrap();
        let (mut s, m) = Store::open(Box::new(db), 14).unwrap();
        assert_eq!(
            m.applied.iter().map(|a| a.version).collect::<Vec<_>>(),
            [3, 4]
        );
        assert_eq!(
            s.db.query(
                "SELECT week, active, reports, keys FROM host_weeks ORDER BY week",
                &[]
            )
            .unwrap(),
            [
                vec![
                    Val::Int(w0),
                    Val::Int(1),
                    Val::Int(1),
                    Val::Text(r#"[["kernel","",3],["kernel","2.6.32",3]]"#.into())
                ],
                vec![Val::Int(w1), Val::Int(1), Val::Int(2), Val::Null],
            ]
        );
        assert_eq!(
            s.db.query("SELECT new_week FROM hosts", &[]).unwrap(),
            [vec![Val::Int(w0)]]
        );
        assert_eq!(
            s.forget(Uuid::from_u128(1), T0 + 9 * DAY).unwrap().reports,
            0
        );
        let (stats, rows) = published(&mut s, T0 + 9 * DAY);
        assert_eq!(rows, Vec::<Vec<Val>>::new());
        assert_eq!((stats.general.hosts_total, stats.general.reports), (0, 0));
    }

    #[test]
    fn an_unversioned_version_2_database_is_recorded_and_migrated() {
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch(&V1.replace("{blob}", "BLOB")).unwrap();
        db.batch(V1_TO_V2).unwrap();
        db.batch(MIGRATIONS[1].after).unwrap();
        db.batch("INSERT INTO dist_day VALUES ('kernel', 'k', 5, 3, 7)")
            .unwrap();
        let (mut s, m) = Store::open(Box::new(db), 14).unwrap();
        // Recorded as version 2, then the relay's tables are added and
        // its shares converted.
        assert_eq!((m.from, m.recorded), (2, false));
        assert_eq!(
            m.applied.iter().map(|a| a.version).collect::<Vec<_>>(),
            [3, 4]
        );
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        assert_eq!(recorded(s.backend()).len(), 4);
        assert_eq!(
            s.backend()
                .query("SELECT hosts, units FROM dist_day", &[])
                .unwrap(),
            [vec![Val::Int(3), Val::Int(7)]]
        );
    }

    /// 33ede26 opened a 6cf6db6 database by adding the weight and units
    /// columns only: such a database is version 2 by its tables, and the
    /// hosts from before are named in a warning.
    #[test]
    fn a_6cf6db6_database_that_33ede26_opened_is_recognised_with_a_warning() {
        let history = [
            (T0, incoming(1, 1, kernel("3.10.0", "vz7"))),
            (T0, incoming(2, 2, kernel("3.10.0", "vz7"))),
        ];
        let mut db = version_1(&history);
        db.batch(
            &V1_TO_V2
                .replace("DROP TABLE host_keys;", "")
                .replace("DROP TABLE dist_day;", "")
                .replace(
                    "CREATE TABLE host_keys",
                    "CREATE TABLE IF NOT EXISTS host_keys",
                )
                .replace(
                    "CREATE TABLE dist_day",
                    "CREATE TABLE IF NOT EXISTS dist_day",
                )
                .replace(
                    "CREATE INDEX dist_day_day",
                    "CREATE INDEX IF NOT EXISTS dist_day_day",
                ),
        )
        .unwrap();
        db.batch(&format!(
            "DROP INDEX migrate_reports_client;
             DELETE FROM host_keys WHERE host_id = 'h';
             ALTER TABLE host_keys ADD COLUMN weight BIGINT NOT NULL DEFAULT 0;
             ALTER TABLE dist_day ADD COLUMN units BIGINT NOT NULL DEFAULT 0;
             INSERT INTO host_keys VALUES ('{}', 'kernel', '3.10.0', 1), ('{}', 'kernel', '3.10.0', 1);",
            Uuid::from_u128(1),
            Uuid::from_u128(2)
        ))
        .unwrap();
        let (_, m) = Store::open(Box::new(db), 14).unwrap();
        assert_eq!((m.from, m.recorded, m.applied.len()), (2, false, 2));
        assert_eq!(m.warnings.len(), 1);
        assert!(
            m.warnings[0].starts_with("2 hosts have distribution keys without"),
            "{:?}",
            m.warnings
        );
    }

    #[test]
    fn a_newer_database_is_refused_naming_both_versions() {
        let (mut s, _) = Store::open(Box::new(Sqlite::open(":memory:").unwrap()), 14).unwrap();
        let later = TARGET + 1;
        s.backend()
            .batch(&format!(
                "INSERT INTO schema_migrations VALUES ({later}, 'later', 0, 'x')"
            ))
            .unwrap();
        let e = status(s.backend()).unwrap_err();
        assert!(
            matches!(e, StoreError::NewerSchema { found, known } if (found, known) == (later, TARGET)),
            "{e:?}"
        );
        let msg = e.to_string();
        assert!(
            msg.contains(&format!("version {later}, newer than version {TARGET}")),
            "{msg}"
        );
        let db = std::mem::replace(&mut s.db, Box::new(Sqlite::open(":memory:").unwrap()));
        assert!(Store::open(db, 14).is_err());
    }

    #[test]
    fn half_migrated_changed_or_unknown_databases_are_refused() {
        let refused = |setup: &str| -> String {
            let (mut s, _) = Store::open(Box::new(Sqlite::open(":memory:").unwrap()), 14).unwrap();
            s.backend().batch(setup).unwrap();
            let db = std::mem::replace(&mut s.db, Box::new(Sqlite::open(":memory:").unwrap()));
            match Store::open(db, 14) {
                Err(e) => e.to_string(),
                Ok(_) => panic!("{setup}: opened"),
            }
        };
        let msg = refused("DELETE FROM schema_migrations WHERE version >= 2");
        assert!(
            msg.contains("half-migrated: schema_migrations records version 1"),
            "{msg}"
        );
        let msg = refused("DELETE FROM schema_migrations WHERE version = 1");
        assert!(
            msg.contains("half-migrated: schema_migrations records versions 2, 3, 4 (missing 1)"),
            "{msg}"
        );
        let msg = refused("UPDATE schema_migrations SET checksum = 'x' WHERE version = 2");
        assert!(msg.contains("applied by a different build"), "{msg}");
        let msg = refused("ALTER TABLE host_weeks DROP COLUMN active");
        assert!(msg.contains("half-migrated"), "{msg}");
        assert!(msg.contains("table host_weeks has columns"), "{msg}");
        // Not a cep-server database at all.
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch("CREATE TABLE hosts (host_id TEXT PRIMARY KEY)")
            .unwrap();
        let msg = Store::open(Box::new(db), 14).err().unwrap().to_string();
        assert!(
            msg.contains("not those of a known cep-server release"),
            "{msg}"
        );
    }

    #[test]
    fn a_failed_migration_is_rolled_back_whole() {
        let history = [(T0, incoming(1, 1, kernel("3.10.0", "vz7")))];
        let mut db = version_1(&history);
        db.batch(&format!(
            "INSERT INTO facts VALUES ('{}', 'hw.cpu', {T0}, 'not JSON')",
            Uuid::from_u128(1)
        ))
        .unwrap();
        let shared = std::sync::Arc::new(std::sync::Mutex::new(db));
        let e = Store::open(Box::new(Shared(shared.clone())), 14)
            .err()
            .unwrap();
        let msg = e.to_string();
        assert!(
            msg.contains("migration to schema version 2")
                && msg.contains("rolled back")
                && msg.contains("still at version 1")
                && msg.contains("collector hw.cpu"),
            "{msg}"
        );
        // Version 1 was recorded; the tables and rows are version 1's.
        let mut db = Shared(shared);
        let st = status(&mut db).unwrap();
        assert_eq!(
            (st.current, st.recorded, st.pending.len()),
            (1, true, MIGRATIONS.len() - 1)
        );
        assert_eq!(
            db.query("SELECT dist, key, day, hosts FROM dist_day", &[])
                .unwrap(),
            [vec![
                Val::Text("kernel".into()),
                Val::Text("stale".into()),
                Val::Int(1),
                Val::Int(99)
            ]]
        );
    }

    /// One SQLite connection, kept by the test after a store gives up.
    struct Shared(std::sync::Arc<std::sync::Mutex<Sqlite>>);

    impl Backend for Shared {
        fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
            self.0.lock().unwrap().batch(sql)
        }
        fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
            self.0.lock().unwrap().exec(sql, params)
        }
        fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
            self.0.lock().unwrap().query(sql, params)
        }
        fn blob_type(&self) -> &'static str {
            "BLOB"
        }
        fn kind(&self) -> &'static str {
            "sqlite"
        }
    }
}
