//! The [`Store`] over a backend: the calendar its aggregates are keyed
//! by, and the transactions every write goes through. Each concern adds
//! its own `impl Store` in a module of its own; the schema and its
//! migrations are [`super::schema`]'s.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;
use uuid::Uuid;

use super::backend::{Backend, StoreError, Val};

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

impl Store {
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
        let host = host.to_string();
        let mut out = BTreeMap::new();
        for row in self.db.query(
            "SELECT sections FROM hosts WHERE host_id = $1",
            &[host.as_str().into()],
        )? {
            let Some(Val::Text(text)) = row.into_iter().next() else {
                continue;
            };
            for (c, (t, s)) in super::sections::parse(&host, &text)? {
                let v = super::sections::value(&host, &c, s)?;
                out.insert(c, (t, v));
            }
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
