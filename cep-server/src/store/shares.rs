//! A host's current keys and its shares of the weekly aggregates, kept
//! so that ingest sees what a report changes and forgetting a host takes
//! back exactly what it added.
//!
//! - `host_keys`: one row per host, its current distribution keys and
//!   weights as one JSON value, `[[dist, key, weight], ...]` in key order.
//!   A report that gives the same keys compares one text and writes none.
//! - `host_weeks`: one row per host and week it counted in: its share of
//!   `week_active`, of the week's report count, and in `keys` of that
//!   week's `dist_week` rows: NULL while that share is its current keys
//!   (`host_keys`), else the keys it counted with then (the same form;
//!   `[dist, key, hosts, units]` where a row's share is not one host;
//!   `[]` for none). A report that leaves a host's keys as they were writes
//!   one small row a new week, one count a repeat; one that changes them
//!   first copies the old keys into its other weeks that still say NULL.
//! - `hosts.new_week`: the week its arrival counted in.
//!
//! Its share of the daily rows (`dist_day`, `host_day`) is its current
//! keys at the day of its last report.

use serde::Deserialize;

use super::backend::{StoreError, Val};
use super::base::Store;

/// A host's distribution keys with their weights, in key order.
pub(super) type Keys = Vec<((String, String), i64)>;

/// (dist, key, hosts, units): one share of a `dist_week` row.
pub(super) type Share = (String, String, i64, i64);

/// A host's keys as `host_keys.keys` (and `host_weeks.keys`) hold them.
pub(super) fn keys_text(keys: &[((String, String), i64)]) -> String {
    let v: Vec<(&str, &str, i64)> = keys
        .iter()
        .map(|((d, k), w)| (d.as_str(), k.as_str(), *w))
        .collect();
    serde_json::to_string(&v).unwrap_or_else(|_| "[]".to_owned())
}

/// Shares of a week's rows in `host_weeks.keys`' form: `[dist, key,
/// units]` for a share of one host, else `[dist, key, hosts, units]`.
pub(super) fn shares_text<'a>(
    shares: impl Iterator<Item = (&'a str, &'a str, i64, i64)>,
) -> String {
    let v: Vec<serde_json::Value> = shares
        .map(|(d, k, h, u)| match h {
            1 => serde_json::json!([d, k, u]),
            _ => serde_json::json!([d, k, h, u]),
        })
        .collect();
    serde_json::to_string(&v).unwrap_or_else(|_| "[]".to_owned())
}

/// One element of those lists.
#[derive(Deserialize)]
#[serde(untagged)]
enum Entry {
    One(String, String, i64),
    Many(String, String, i64, i64),
}

fn parse(what: &str, text: &str) -> Result<Vec<Share>, StoreError> {
    let v: Vec<Entry> = serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("{what}: not a list of keys: {e}")))?;
    Ok(v.into_iter()
        .map(|e| match e {
            Entry::One(d, k, w) => (d, k, 1, w),
            Entry::Many(d, k, h, u) => (d, k, h, u),
        })
        .collect())
}

/// A host's keys from `host_keys.keys`.
pub(super) fn parse_keys(host: &str, text: &str) -> Result<Keys, StoreError> {
    let mut keys: Keys = parse(&format!("host_keys of host {host}"), text)?
        .into_iter()
        .map(|(d, k, _, w)| ((d, k), w))
        .collect();
    keys.sort();
    Ok(keys)
}

/// The shares `host_weeks.keys` holds (not NULL).
pub(super) fn parse_shares(host: &str, week: i64, text: &str) -> Result<Vec<Share>, StoreError> {
    parse(
        &format!("host_weeks.keys of host {host}, week {week}"),
        text,
    )
}

/// Adds to a host's row of a week, its keys' value (new rows only) in the
/// statement: PostgreSQL types a NULL parameter by its Rust type.
macro_rules! upsert_week {
    ($keys:literal) => {
        concat!(
            "INSERT INTO host_weeks (host_id, week, active, reports, keys) VALUES ($1, $2, $3, $4, ",
            $keys,
            ") ON CONFLICT (host_id, week) DO UPDATE SET active = host_weeks.active + excluded.active, \
             reports = host_weeks.reports + excluded.reports"
        )
    };
}
/// A row whose keys are the host's current ones.
const UPSERT_CURRENT: &str = upsert_week!("NULL");
/// A row with a report count only.
const UPSERT_NONE: &str = upsert_week!("'[]'");

/// One `host_weeks` row as read back: week, active, reports, keys.
pub(super) type WeekRow = (i64, i64, i64, Option<String>);

impl Store {
    /// `host_keys.keys` of `host` (its id as a value); `None` without a row.
    pub(super) fn keys_text_of(&mut self, host: &Val) -> Result<Option<String>, StoreError> {
        match self
            .db
            .query(
                "SELECT keys FROM host_keys WHERE host_id = $1",
                std::slice::from_ref(host),
            )?
            .into_iter()
            .next()
        {
            Some(row) => Ok(Some(row.into_iter().next().unwrap_or(Val::Null).text()?)),
            None => Ok(None),
        }
    }

    /// Adds a report of `host` to its row of `week`: `active` (its first
    /// report of that week) and `reports`; the row's keys are the host's
    /// current ones (a new row says NULL; an existing one keeps what it
    /// says). `reports_week`, when not `week` (a report timed before the
    /// host's last one), gets the report count in a row of its own.
    pub(super) fn note_week(
        &mut self,
        host: &str,
        week: i64,
        active: bool,
        reports_week: i64,
    ) -> Result<(), StoreError> {
        let same = reports_week == week;
        self.db.exec(
            UPSERT_CURRENT,
            &[
                host.into(),
                week.into(),
                Val::Int(i64::from(active)),
                Val::Int(i64::from(same)),
            ],
        )?;
        if !same {
            self.db.exec(
                UPSERT_NONE,
                &[host.into(), reports_week.into(), Val::Int(0), Val::Int(1)],
            )?;
        }
        Ok(())
    }

    /// Before `host`'s keys change from `old` (`host_keys.keys`' text): its
    /// weeks other than `week` (the one the change counts in) that say
    /// NULL get `old`.
    pub(super) fn keep_old_keys(
        &mut self,
        host: &str,
        old: &str,
        week: i64,
    ) -> Result<(), StoreError> {
        self.db.exec(
            "UPDATE host_weeks SET keys = $2 WHERE host_id = $1 AND keys IS NULL AND week <> $3",
            &[host.into(), old.into(), week.into()],
        )?;
        Ok(())
    }

    /// `host`'s rows: (week, active, reports, keys).
    pub(super) fn host_weeks(&mut self, host: &Val) -> Result<Vec<WeekRow>, StoreError> {
        let mut out = Vec::new();
        for row in self.db.query(
            "SELECT week, active, reports, keys FROM host_weeks WHERE host_id = $1 ORDER BY week",
            std::slice::from_ref(host),
        )? {
            let mut it = row.into_iter();
            let (Some(w), Some(a), Some(r), Some(k)) = (it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let keys = match k {
                Val::Null => None,
                k => Some(k.text()?),
            };
            out.push((w.int()?, a.int()?, r.int()?, keys));
        }
        Ok(out)
    }
}
