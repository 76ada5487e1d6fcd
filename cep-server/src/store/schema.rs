//! The [`Store`] over a backend: its tables, their upgrade from earlier
//! releases, and the transactions every write goes through.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;
use uuid::Uuid;

use super::backend::{Backend, StoreError};
use super::published::StatsOptions;

/// The reserved key counting the hosts that reported a distribution's
/// section (facts never give an empty key).
pub const REPORTING: &str = "";

/// Seconds in a day (days and weeks key the aggregates).
pub(crate) const DAY: i64 = 86_400;
/// Seconds in a week.
pub(crate) const WEEK: i64 = 7 * DAY;

/// Monday-based week number of a unix time (what `dist_week`,
/// `week_active` and `week_counts` are keyed by).
pub fn week_of(t: i64) -> i64 {
    (t + 3 * DAY).div_euclid(WEEK)
}

/// The day number of a unix time (what `dist_day` and `host_day` are
/// keyed by).
pub(crate) fn day_of(t: i64) -> i64 {
    t.div_euclid(DAY)
}

/// The store over a backend.
pub struct Store {
    pub(super) db: Box<dyn Backend>,
    /// A section older than this (seconds) no longer gives its host keys
    /// when a newer report lacks it.
    pub(super) fact_max_age: i64,
    /// Multi-row `INSERT`s by (head, tail, rows), built once.
    pub(super) insert_sql: HashMap<(&'static str, &'static str, usize), String>,
}

// What `host_contrib.agg` names: the aggregate a host's share went to.
/// Not in host_contrib: a host's share of `dist_day` is its keys at its
/// last day.
pub(super) const AGG_DIST_DAY: &str = "dist_day";
pub(super) const AGG_DIST_WEEK: &str = "dist_week";
pub(super) const AGG_WEEK_ACTIVE: &str = "week_active";
/// `week_counts.new_hosts` (and the `hosts` counter).
pub(super) const AGG_NEW: &str = "new_hosts";
/// `week_counts.reports` (and the `reports` counter).
pub(super) const AGG_REPORTS: &str = "reports";

impl Store {
    /// Wraps a backend and creates the schema if needed.
    pub fn new(mut db: Box<dyn Backend>) -> Result<Store, StoreError> {
        let blob = db.blob_type();
        db.batch(&format!(
            "CREATE TABLE IF NOT EXISTS reports (report_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, \
               received_at BIGINT NOT NULL, sha256 TEXT NOT NULL, protocol TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS archives (report_id TEXT PRIMARY KEY, received_at BIGINT NOT NULL, \
               body {blob} NOT NULL);
             CREATE INDEX IF NOT EXISTS archives_received ON archives (received_at);
             CREATE TABLE IF NOT EXISTS hosts (host_id TEXT PRIMARY KEY, first_seen BIGINT NOT NULL, \
               last_seen BIGINT NOT NULL, reports BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS facts (host_id TEXT NOT NULL, collector TEXT NOT NULL, \
               received_at BIGINT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (host_id, collector));
             CREATE TABLE IF NOT EXISTS host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, \
               key TEXT NOT NULL, weight BIGINT NOT NULL, PRIMARY KEY (host_id, dist, key));
             CREATE TABLE IF NOT EXISTS dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
             CREATE TABLE IF NOT EXISTS dist_week (dist TEXT NOT NULL, key TEXT NOT NULL, week BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, week));
             CREATE INDEX IF NOT EXISTS dist_week_week ON dist_week (week);
             CREATE TABLE IF NOT EXISTS week_counts (week BIGINT PRIMARY KEY, new_hosts BIGINT NOT NULL, \
               reports BIGINT NOT NULL);
             CREATE INDEX IF NOT EXISTS dist_day_day ON dist_day (day);
             CREATE TABLE IF NOT EXISTS host_day (day BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS week_active (week BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS host_contrib (host_id TEXT NOT NULL, agg TEXT NOT NULL, \
               dist TEXT NOT NULL, key TEXT NOT NULL, t BIGINT NOT NULL, hosts BIGINT NOT NULL, \
               units BIGINT NOT NULL, PRIMARY KEY (host_id, agg, dist, key, t));
             CREATE TABLE IF NOT EXISTS forgotten (host_hash TEXT PRIMARY KEY, forgotten_at BIGINT NOT NULL, \
               reports BIGINT NOT NULL);
             CREATE INDEX IF NOT EXISTS reports_received ON reports (received_at);
             CREATE INDEX IF NOT EXISTS hosts_last_seen ON hosts (last_seen);
             CREATE INDEX IF NOT EXISTS facts_received ON facts (received_at);
             CREATE INDEX IF NOT EXISTS host_contrib_t ON host_contrib (agg, t);"
        ))?;
        // Databases made before keys had weights: every key weighed 1 and
        // a day's units were its hosts. Weekly snapshots start now.
        for (table, column, fill) in [("host_keys", "weight", "1"), ("dist_day", "units", "hosts")]
        {
            if db
                .query(&format!("SELECT {column} FROM {table} LIMIT 1"), &[])
                .is_err()
            {
                db.batch(&format!(
                    "ALTER TABLE {table} ADD COLUMN {column} BIGINT NOT NULL DEFAULT 0; \
                     UPDATE {table} SET {column} = {fill};"
                ))?;
            }
        }
        // A host's share of the daily rows was once kept in host_contrib;
        // `forget` now reads it from the host's keys and last day.
        db.exec(
            "DELETE FROM host_contrib WHERE agg IN ('dist_day', 'host_day')",
            &[],
        )?;
        Ok(Store {
            db,
            fact_max_age: StatsOptions::default().active_days * DAY,
            insert_sql: HashMap::new(),
        })
    }

    /// Sections older than `days` stop counting in distributions: a report
    /// without a section keeps the host's keys from an earlier one only
    /// while that one is younger than this (the distributions' window).
    pub fn set_fact_window_days(&mut self, days: i64) {
        self.fact_max_age = days.max(0) * DAY;
    }

    /// The backend's name.
    pub fn kind(&self) -> &'static str {
        self.db.kind()
    }

    /// Runs `f` in one transaction: committed when it succeeds, rolled
    /// back when it fails.
    pub(super) fn transaction<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.db.begin()?;
        self.finish(f)
    }

    /// Runs `f` in a housekeeping transaction ([`Backend::begin_housekeeping`]).
    pub(super) fn housekeeping<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.db.begin_housekeeping()?;
        self.finish(f)
    }

    /// Commits what `f` did in the open transaction, or rolls it back,
    /// also when the commit fails (a busy SQLite leaves the transaction
    /// open, and the next `BEGIN` would fail).
    pub(super) fn finish<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let done = f(self).and_then(|r| self.db.batch("COMMIT").map(|()| r));
        if done.is_err() {
            let _ = self.db.batch("ROLLBACK");
        }
        done
    }

    pub(super) fn counter(&mut self, name: &str) -> Result<Option<i64>, StoreError> {
        let rows = self
            .db
            .query("SELECT value FROM counters WHERE name = $1", &[name.into()])?;
        match rows.first() {
            Some(r) => Ok(Some(r[0].int()?)),
            None => Ok(None),
        }
    }

    /// Kept archives (for tests and operators).
    pub fn archive_count(&mut self) -> Result<i64, StoreError> {
        let r = self
            .db
            .query("SELECT CAST(COUNT(*) AS BIGINT) FROM archives", &[])?;
        r.first().map_or(Ok(0), |r| r[0].int())
    }

    /// The latest facts of one host: collector → (unix time, section).
    pub fn host_facts(&mut self, host: Uuid) -> Result<BTreeMap<String, (i64, Value)>, StoreError> {
        let mut out = BTreeMap::new();
        for row in self.db.query(
            "SELECT collector, received_at, data FROM facts WHERE host_id = $1",
            &[host.to_string().into()],
        )? {
            let mut it = row.into_iter();
            let (Some(c), Some(t), Some(d)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let v = serde_json::from_str(&d.text()?)
                .map_err(|e| StoreError::Corrupt(format!("facts are not JSON: {e}")))?;
            out.insert(c.text()?, (t.int()?, v));
        }
        Ok(out)
    }

    /// Whether writes that can wait should: see [`Backend::should_yield`].
    pub fn should_yield(&self) -> bool {
        self.db.should_yield()
    }

    /// Gives direct access to the backend (bulk seeding for benchmarks).
    pub fn backend(&mut self) -> &mut dyn Backend {
        &mut *self.db
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backend::Val;
    use crate::store::ingest::Stored;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;

    /// SQLite whose next `COMMIT` fails (as a busy database's does),
    /// leaving the transaction open.
    struct FailingCommit {
        db: Sqlite,
        fail: std::sync::Arc<std::sync::atomic::AtomicBool>,
    }

    impl Backend for FailingCommit {
        fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
            if sql == "COMMIT" && self.fail.swap(false, std::sync::atomic::Ordering::Relaxed) {
                return Err(StoreError::Corrupt("commit refused".into()));
            }
            self.db.batch(sql)
        }
        fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
            self.db.exec(sql, params)
        }
        fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
            self.db.query(sql, params)
        }
        fn blob_type(&self) -> &'static str {
            self.db.blob_type()
        }
        fn kind(&self) -> &'static str {
            self.db.kind()
        }
    }

    #[test]
    fn a_failed_commit_is_rolled_back_and_the_next_transaction_works() {
        let fail = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let db = FailingCommit {
            db: Sqlite::open(":memory:").unwrap(),
            fail: fail.clone(),
        };
        let mut s = Store::new(Box::new(db)).unwrap();
        let r = incoming(1, 10, kernel("3.10.0", "vz7"));
        for call in ["ingest", "forget", "purge"] {
            fail.store(true, std::sync::atomic::Ordering::Relaxed);
            let failed = match call {
                "ingest" => s.ingest(std::slice::from_ref(&r), T0).map(|_| ()),
                "forget" => s.forget(Uuid::from_u128(1), T0).map(|_| ()),
                _ => s.purge_old_rows(T0, 91).map(|_| ()),
            };
            assert!(failed.is_err(), "{call}");
            // Nothing of it stays, and the store goes on.
            assert_eq!(
                s.stats(T0, &StatsOptions::default())
                    .unwrap()
                    .general
                    .reports,
                0
            );
        }
        let stored = s.ingest(std::slice::from_ref(&r), T0).unwrap();
        assert!(matches!(stored[0], Stored::New(_)), "{stored:?}");
        assert_eq!(
            s.stats(T0, &StatsOptions::default())
                .unwrap()
                .general
                .reports,
            1
        );
    }

    #[test]
    fn a_database_from_before_weights_is_upgraded() {
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch(
            "CREATE TABLE host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, key TEXT NOT NULL, \
               PRIMARY KEY (host_id, dist, key));
             CREATE TABLE dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
             INSERT INTO dist_day VALUES ('kernel', 'k1', 19000, 3);",
        )
        .unwrap();
        let mut s = Store::new(Box::new(db)).unwrap();
        let rows = s
            .backend()
            .query("SELECT hosts, units FROM dist_day", &[])
            .unwrap();
        assert_eq!(rows, [vec![Val::Int(3), Val::Int(3)]]);
        s.ingest(&[incoming(1, 1, kernel("k2", "vz7"))], T0)
            .unwrap();
        let st = s
            .stats(
                T0,
                &StatsOptions {
                    k: 1,
                    ..StatsOptions::default()
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "kernel"), [b("k2", 1)]);
    }
}
