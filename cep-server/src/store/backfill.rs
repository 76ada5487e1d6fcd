//! The data steps of the schema's migrations ([`super::migrations`]):
//! what a new version's tables hold, derived from an older version's rows
//! through ingest's own code, so a migrated database equals a fresh one
//! fed the same reports.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::backend::{StoreError, Val};
use super::base::{Store, day_of, week_of};
use super::ingest::{Deltas, bump, section_keys, with_reporting};
use super::sections;
use super::shares;
use crate::facts::SERVER_COLLECTOR;

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
pub(super) fn backfill_v2(s: &mut Store) -> Result<(), StoreError> {
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
pub(super) fn shares_v4(s: &mut Store) -> Result<(), StoreError> {
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

/// Version 4 to 5: each host's `facts` rows onto its `hosts` row
/// (`super::sections`), a range of hosts at a time; rows of `facts` whose
/// host has no `hosts` row (none of this project's releases leaves one)
/// are not carried. A section that is not JSON is refused, naming its
/// host and collector, rather than kept in a row that no longer parses.
pub(super) fn facts_v5(s: &mut Store) -> Result<(), StoreError> {
    let hosts =
        s.db.query("SELECT host_id FROM hosts ORDER BY host_id", &[])?;
    let mut migrated = 0usize;
    for chunk in hosts.chunks(HOSTS_PER_FLUSH) {
        let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let rows = s.db.query(
            "SELECT f.host_id, f.collector, f.received_at, f.data, h.last_seen \
             FROM facts f JOIN hosts h ON h.host_id = f.host_id \
             WHERE f.host_id >= $1 AND f.host_id <= $2",
            &[first[0].clone(), last[0].clone()],
        )?;
        // host → (last seen, collector → (time, section))
        type Sections = (i64, BTreeMap<String, (i64, String)>);
        let mut by_host: BTreeMap<String, Sections> = BTreeMap::new();
        for row in rows {
            let mut it = row.into_iter();
            let (Some(h), Some(c), Some(t), Some(d), Some(seen)) =
                (it.next(), it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let (host, collector, data) = (h.text()?, c.text()?, d.text()?);
            if let Err(e) = serde_json::from_str::<&serde_json::value::RawValue>(&data) {
                return Err(StoreError::Corrupt(format!(
                    "facts of host {host}, collector {collector}: not JSON ({e}); \
                     delete that row (DELETE FROM facts WHERE host_id = '{host}' AND collector = '{collector}') \
                     and migrate again: the host's next report brings the section back"
                )));
            }
            let e = by_host.entry(host).or_default();
            e.0 = seen.int()?;
            e.1.insert(collector, (t.int()?, data));
        }
        for (host, (seen, facts)) in &by_host {
            let entries = facts
                .iter()
                .map(|(c, (t, d))| (c.as_str(), (*t, d.as_str())))
                .collect();
            let (text, oldest) = sections::columns(&entries, *seen);
            s.db.exec(
                "UPDATE hosts SET sections = $2, oldest = $3 WHERE host_id = $1",
                &[host.as_str().into(), text, oldest],
            )?;
        }
        migrated += chunk.len();
        tracing::debug!("schema version 5: {migrated} of {} hosts", hosts.len());
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
            let keep = c == SERVER_COLLECTOR || crate::facts::FILTER.reduce(&c, &mut v);
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
