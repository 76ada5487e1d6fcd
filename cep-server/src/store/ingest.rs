//! Ingest: a validated report into the store, its aggregates changed in
//! the same transaction.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::base::{REPORTING, Store, day_of, week_of};
use super::published::rfc3339;
use super::sections;
use super::shares::{self, Keys};
use crate::facts::{self, DISTS, SERVER_COLLECTOR};

/// Which protocol a report came by (`cep`: native `POST /api/v1/reports`,
/// `vzstats`: `POST /submit.php`, `disp`: `POST /post`).
pub use cep_core::Protocol;

/// A protocol's name in the database (`native` for cep's own, as stored
/// since the first schema).
pub fn protocol_name(p: Protocol) -> &'static str {
    match p {
        Protocol::Cep => "native",
        Protocol::Vzstats => "vzstats",
        Protocol::Disp => "disp",
    }
}

/// A validated report, ready to store.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// Idempotency key.
    pub report_id: Uuid,
    /// Host id.
    pub client_id: Uuid,
    /// How it came.
    pub protocol: Protocol,
    /// Hex SHA-256 of the body.
    pub sha256: String,
    /// The raw body, when archives are kept.
    pub archive: Option<Vec<u8>>,
    /// JSON sections by collector id (text sections are not aggregated).
    pub sections: BTreeMap<String, Value>,
    /// ISO country code from the GeoIP lookup, if any.
    pub country: Option<String>,
}

impl Incoming {
    /// A report's JSON sections by collector id, as [`Incoming::sections`]
    /// holds them: text sections are not aggregated.
    pub fn json_sections(sections: BTreeMap<String, cep_core::Section>) -> BTreeMap<String, Value> {
        sections
            .into_iter()
            .filter_map(|(id, s)| match s {
                cep_core::Section::Json(v) => Some((id, v)),
                cep_core::Section::Text(_) => None,
            })
            .collect()
    }
}

/// A report with what the store writes of its sections worked out
/// beforehand ([`Prepared::new`]), so that handlers do that work side by
/// side rather than the one store thread.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The report, its sections taken out (into `facts` and `keys`).
    report: Incoming,
    /// (collector, JSON text) of each section the policy keeps, the
    /// server's own (the country) last.
    facts: Vec<(String, String)>,
    /// The distribution keys (with weights) of those sections, their
    /// reporting keys included, in key order.
    keys: Keys,
    /// `keys` as `host_keys.keys` holds them.
    keys_text: String,
}

impl Prepared {
    /// Keeps only what the collection policy names of each section
    /// (whatever the client sent: an old client sends everything), and
    /// works out the sections' text and distribution keys.
    ///
    /// ```
    /// use cep_server::store::{Incoming, Prepared, Protocol, Sqlite, Store, Stored};
    /// let report = Incoming {
    ///     report_id: uuid::Uuid::from_u128(1),
    ///     client_id: uuid::Uuid::from_u128(2),
    ///     protocol: Protocol::Cep,
    ///     sha256: "00".into(),
    ///     archive: None,
    ///     sections: [("os.kernel".to_owned(), serde_json::json!({"release": "3.10.0"}))].into(),
    ///     country: None,
    /// };
    /// let mut store = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
    /// let stored = store.ingest_prepared(&[Prepared::new(report)], 1_700_000_000).unwrap();
    /// assert!(matches!(stored[0], Stored::New(_)));
    /// ```
    pub fn new(mut report: Incoming) -> Prepared {
        for (k, v) in std::mem::take(&mut report.sections) {
            let mut v = v;
            if facts::FILTER.reduce(&k, &mut v) {
                report.sections.insert(k, v);
            }
        }
        Prepared::screened(report)
    }

    /// [`Prepared::new`] of a report whose sections are already reduced
    /// to the collection policy (as [`crate::screen::screen`] leaves them).
    pub fn screened(mut report: Incoming) -> Prepared {
        let sections = std::mem::take(&mut report.sections);
        let geo = report
            .country
            .as_ref()
            .map(|c| serde_json::json!({ "country": c }));
        let all = || {
            sections
                .iter()
                .map(|(c, v)| (c.as_str(), v))
                .chain(geo.as_ref().map(|g| (SERVER_COLLECTOR, g)))
        };
        let keys = keys_of(all());
        // Serialised straight into a buffer (a `Value` always serialises):
        // its `Display` goes through the formatting machinery, a tenth of
        // a handler's work a report.
        let facts = all()
            .map(|(c, v)| (c.to_owned(), serde_json::to_string(v).unwrap_or_default()))
            .collect();
        Prepared {
            facts,
            keys_text: shares::keys_text(&keys),
            keys,
            report,
        }
    }

    /// The report, without its sections (they are in what is stored of
    /// them).
    pub fn report(&self) -> &Incoming {
        &self.report
    }
}

/// What the server answers for a report: the client's own receipt type.
pub use cep_core::Receipt;

/// A stored report: new, or a repeat answered with the first receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// First time: 201.
    New(Receipt),
    /// Seen before: 200 with the first receipt; not counted again.
    Duplicate(Receipt),
    /// The host was forgotten: 410, nothing stored.
    Forgotten(ForgetReceipt),
}

pub use cep_core::ForgetReceipt;

/// An aggregate's changes: (dist, key) → time → (hosts, units). Keyed by
/// (dist, key) first, so a report's keys are looked up without a copy.
pub(super) type Keyed = BTreeMap<(String, String), BTreeMap<i64, (i64, i64)>>;

/// Aggregate changes of one batch, applied together at its end.
#[derive(Default)]
pub(super) struct Deltas {
    /// `dist_day`: (dist, key) → day → (hosts, units).
    pub(super) dist: Keyed,
    /// `dist_week`: (dist, key) → week → (hosts, units).
    pub(super) dist_week: Keyed,
    /// week → (new hosts, reports).
    pub(super) week_counts: BTreeMap<i64, (i64, i64)>,
    pub(super) host_day: BTreeMap<i64, i64>,
    pub(super) week: BTreeMap<i64, i64>,
    pub(super) reports: i64,
    pub(super) hosts: i64,
}

/// Adds `n` to `m[dk][t]`, copying the key only when it is new.
pub(super) fn bump(m: &mut Keyed, dk: &(String, String), t: i64, n: (i64, i64)) {
    let times = match m.get_mut(dk) {
        Some(times) => times,
        None => m.entry(dk.clone()).or_default(),
    };
    let e = times.entry(t).or_default();
    e.0 += n.0;
    e.1 += n.1;
}

/// Moves a host's keys in one aggregate from `old` at `from` (if any) to
/// `new` at `to`; where both are one row, only what differs changes it.
/// Both in key order.
fn move_keys(
    m: &mut Keyed,
    old: &[((String, String), i64)],
    new: &[((String, String), i64)],
    from: Option<i64>,
    to: i64,
) {
    // The same keys (one slice for both) in the same row: nothing moves.
    if from == Some(to) && std::ptr::eq(old, new) {
        return;
    }
    if from != Some(to) {
        if let Some(f) = from {
            for (dk, w) in old {
                bump(m, dk, f, (-1, -w));
            }
        }
        for (dk, w) in new {
            bump(m, dk, to, (1, *w));
        }
        return;
    }
    let (mut o, mut n) = (old.iter().peekable(), new.iter().peekable());
    loop {
        match (o.peek(), n.peek()) {
            (Some((ok, ow)), Some((nk, nw))) if ok == nk => {
                if ow != nw {
                    bump(m, nk, to, (0, nw - ow));
                }
                o.next();
                n.next();
            }
            (Some((ok, ow)), Some((nk, _))) if ok < nk => {
                bump(m, ok, to, (-1, -ow));
                o.next();
            }
            (_, Some((nk, nw))) => {
                bump(m, nk, to, (1, *nw));
                n.next();
            }
            (Some((ok, ow)), None) => {
                bump(m, ok, to, (-1, -ow));
                o.next();
            }
            (None, None) => break,
        }
    }
}

/// `head VALUES ($1, .., $width), .. tail` for `rows` rows.
fn values_sql(head: &str, tail: &str, width: usize, rows: usize) -> String {
    let tuples: Vec<String> = (0..rows)
        .map(|r| {
            let params: Vec<String> = (1..=width).map(|c| format!("${}", r * width + c)).collect();
            format!("({})", params.join(", "))
        })
        .collect();
    format!("{head} VALUES {} {tail}", tuples.join(", "))
}

const COUNTER_ADD: &str = "INSERT INTO counters (name, value) VALUES ($1, $2) \
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value";

impl Store {
    /// Stores a batch of reports received at `now` (unix seconds) in one
    /// transaction. On a database error the whole batch is rolled back.
    pub fn ingest(&mut self, batch: &[Incoming], now: i64) -> Result<Vec<Stored>, StoreError> {
        let prepared: Vec<Prepared> = batch.iter().cloned().map(Prepared::new).collect();
        self.ingest_prepared(&prepared, now)
    }

    /// [`Store::ingest`] of reports prepared beforehand.
    pub fn ingest_prepared(
        &mut self,
        batch: &[Prepared],
        now: i64,
    ) -> Result<Vec<Stored>, StoreError> {
        self.transaction(|s| s.ingest_in_tx(batch, now))
    }

    /// [`Store::ingest_prepared`] inside a transaction already open (a
    /// relay's ingest queues its forwards in the same one).
    pub(super) fn ingest_in_tx(
        &mut self,
        batch: &[Prepared],
        now: i64,
    ) -> Result<Vec<Stored>, StoreError> {
        let mut out = Vec::with_capacity(batch.len());
        let mut deltas = Deltas::default();
        for r in batch {
            out.push(self.ingest_one(r, now, &mut deltas)?);
        }
        self.flush(deltas, now)?;
        Ok(out)
    }

    /// Runs `INSERT ... VALUES (..), (..) <tail>` for `rows` (each `width`
    /// values, flat) in chunks of 64, 32, 16, 8, 4, 2 and 1 rows: a few
    /// statements per table that stay prepared, whatever the number of
    /// rows.
    pub(super) fn insert_rows(
        &mut self,
        head: &'static str,
        tail: &'static str,
        width: usize,
        rows: &[Val],
    ) -> Result<(), StoreError> {
        let mut rest = rows;
        while !rest.is_empty() {
            let n = [64, 32, 16, 8, 4, 2, 1]
                .into_iter()
                .find(|n| n * width <= rest.len())
                .unwrap_or(1);
            let (chunk, more) = rest.split_at((n * width).min(rest.len()));
            let sql = self
                .insert_sql
                .entry((head, tail, n))
                .or_insert_with(|| values_sql(head, tail, width, n));
            self.db.exec(sql, chunk)?;
            rest = more;
        }
        Ok(())
    }

    /// Applies a batch's aggregate changes: one statement per table.
    pub(super) fn flush(&mut self, d: Deltas, now: i64) -> Result<(), StoreError> {
        let rows = |m: BTreeMap<i64, i64>| -> Vec<Val> {
            m.into_iter()
                .filter(|(_, n)| *n != 0)
                .flat_map(|(k, n)| [Val::Int(k), Val::Int(n)])
                .collect()
        };
        let keyed = |m: Keyed| -> Vec<Val> {
            let mut out = Vec::new();
            for ((dist, key), times) in m {
                for (t, (h, u)) in times.into_iter().filter(|(_, n)| *n != (0, 0)) {
                    out.extend([
                        dist.as_str().into(),
                        key.as_str().into(),
                        t.into(),
                        h.into(),
                        u.into(),
                    ]);
                }
            }
            out
        };
        self.insert_rows(
            "INSERT INTO dist_day (dist, key, day, hosts, units)",
            "ON CONFLICT (dist, key, day) DO UPDATE SET hosts = dist_day.hosts + excluded.hosts, \
             units = dist_day.units + excluded.units",
            5,
            &keyed(d.dist),
        )?;
        self.insert_rows(
            "INSERT INTO dist_week (dist, key, week, hosts, units)",
            "ON CONFLICT (dist, key, week) DO UPDATE SET hosts = dist_week.hosts + excluded.hosts, \
             units = dist_week.units + excluded.units",
            5,
            &keyed(d.dist_week),
        )?;
        let counts: Vec<Val> = d
            .week_counts
            .into_iter()
            .flat_map(|(w, (h, r))| [w.into(), h.into(), r.into()])
            .collect();
        self.insert_rows(
            "INSERT INTO week_counts (week, new_hosts, reports)",
            "ON CONFLICT (week) DO UPDATE SET new_hosts = week_counts.new_hosts + excluded.new_hosts, \
             reports = week_counts.reports + excluded.reports",
            3,
            &counts,
        )?;
        self.insert_rows(
            "INSERT INTO host_day (day, hosts)",
            "ON CONFLICT (day) DO UPDATE SET hosts = host_day.hosts + excluded.hosts",
            2,
            &rows(d.host_day),
        )?;
        self.insert_rows(
            "INSERT INTO week_active (week, hosts)",
            "ON CONFLICT (week) DO UPDATE SET hosts = week_active.hosts + excluded.hosts",
            2,
            &rows(d.week),
        )?;
        if d.reports > 0 {
            self.db
                .exec(COUNTER_ADD, &["reports".into(), d.reports.into()])?;
            self.db.exec(
                "INSERT INTO counters (name, value) VALUES ('last_report_at', $1) ON CONFLICT (name) DO UPDATE \
                 SET value = CASE WHEN excluded.value > counters.value THEN excluded.value ELSE counters.value END",
                &[now.into()],
            )?;
        }
        if d.hosts > 0 {
            self.db
                .exec(COUNTER_ADD, &["hosts".into(), d.hosts.into()])?;
        }
        Ok(())
    }

    fn ingest_one(
        &mut self,
        p: &Prepared,
        now: i64,
        deltas: &mut Deltas,
    ) -> Result<Stored, StoreError> {
        let r = &p.report;
        let rid = r.report_id.to_string();
        let host = r.client_id.to_string();
        let id: Val = host.as_str().into();
        // The host's last report and its latest sections, in one read.
        let (prev_seen, facts_text, prev_oldest) = match self
            .db
            .query(
                "SELECT last_seen, sections, oldest FROM hosts WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?
            .into_iter()
            .next()
        {
            Some(row) => {
                let mut it = row.into_iter();
                let seen = it.next().map(|v| v.int()).transpose()?;
                let text = match it.next() {
                    Some(Val::Null) | None => None,
                    Some(v) => Some(v.text()?),
                };
                (seen, text, it.next().unwrap_or(Val::Null))
            }
            None => (None, None, Val::Null),
        };
        // A forgotten host has no row in `hosts`, and never gets one again.
        if prev_seen.is_none()
            && let Some(f) = self.forgotten(r.client_id)?
        {
            return Ok(Stored::Forgotten(f));
        }
        let inserted = self.db.exec(
            "INSERT INTO reports (report_id, client_id, received_at, sha256, protocol) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (report_id) DO NOTHING",
            &[
                rid.clone().into(),
                id.clone(),
                now.into(),
                r.sha256.clone().into(),
                protocol_name(r.protocol).into(),
            ],
        )?;
        if inserted == 0 {
            let rows = self.db.query(
                "SELECT received_at, sha256 FROM reports WHERE report_id = $1",
                &[rid.into()],
            )?;
            let mut row = rows
                .into_iter()
                .next()
                .ok_or_else(|| StoreError::Corrupt("a repeated report vanished".into()))?;
            let sha = std::mem::replace(&mut row[1], Val::Null).text()?;
            return Ok(Stored::Duplicate(Receipt {
                report_id: r.report_id,
                received_at: rfc3339(row[0].int()?),
                sha256: sha,
            }));
        }
        if let Some(body) = &r.archive {
            self.db.exec(
                "INSERT INTO archives (report_id, received_at, body) VALUES ($1, $2, $3) \
                 ON CONFLICT (report_id) DO NOTHING",
                &[
                    r.report_id.to_string().into(),
                    now.into(),
                    Val::Blob(body.clone()),
                ],
            )?;
        }

        // Latest sections: this report's, and the host's earlier ones of
        // collectors it lacks, with their times (`super::sections`).
        let old_facts = match &facts_text {
            Some(text) => sections::parse(&host, text)?,
            None => sections::Doc::new(),
        };
        let mut entries: BTreeMap<&str, (i64, &str)> = old_facts
            .iter()
            .map(|(c, (t, s))| (c.as_str(), (*t, s.get())))
            .collect();
        for (c, text) in &p.facts {
            entries.insert(c.as_str(), (now, text.as_str()));
        }
        let stale_at = now - self.fact_max_age;
        let stale: BTreeSet<&str> = entries
            .iter()
            .filter(|(_, (t, _))| *t < stale_at)
            .map(|(c, _)| *c)
            .collect();
        // A report's time never moves a host back (clock steps).
        let seen = prev_seen.map_or(now, |p| p.max(now));
        let (text, oldest) = sections::columns(&entries, seen);

        match prev_seen {
            None => {
                // Its arrival counts in its first week (`new_week`).
                self.db.exec(
                    "INSERT INTO hosts (host_id, first_seen, last_seen, reports, new_week, sections, oldest) \
                     VALUES ($1, $2, $2, 1, $3, $4, $5)",
                    &[id.clone(), seen.into(), week_of(seen).into(), text, oldest],
                )?;
                deltas.hosts += 1;
                deltas.week_counts.entry(week_of(seen)).or_default().0 += 1;
            }
            // The usual report brings every section: `oldest` stays NULL
            // and its index is not touched.
            Some(_) if oldest == prev_oldest => {
                self.db.exec(
                    "UPDATE hosts SET last_seen = $2, reports = reports + 1, sections = $3 WHERE host_id = $1",
                    &[id.clone(), seen.into(), text],
                )?;
            }
            Some(_) => {
                self.db.exec(
                    "UPDATE hosts SET last_seen = $2, reports = reports + 1, sections = $3, oldest = $4 \
                     WHERE host_id = $1",
                    &[id.clone(), seen.into(), text, oldest],
                )?;
            }
        }

        // Distribution keys with their weights: the dists of the collectors
        // in this report are replaced; the others keep the host's earlier
        // keys while their section is younger than the window. The reserved
        // key REPORTING marks that the host reported the dist at all (its
        // weight: the host's units in total).
        let old_text = match prev_seen {
            None => None,
            Some(_) => Some(self.keys_text_of(&id)?.unwrap_or_else(|| "[]".to_owned())),
        };
        // The usual report: the same keys as the last one, nothing older
        // kept (every dist it had is this report's). Else the old keys are
        // read, and those still counting carried over.
        let same = old_text.as_deref() == Some(p.keys_text.as_str());
        let parsed: Option<(Keys, Keys)> = match &old_text {
            Some(text) if !same => {
                let old = shares::parse_keys(&host, text)?;
                let new = carried(p, &old, &stale);
                Some((old, new))
            }
            _ => None,
        };
        let (old, new): (&[_], &[_]) = match (&parsed, &old_text) {
            (Some((o, n)), _) => (o, n),
            (None, Some(_)) => (&p.keys, &p.keys),
            (None, None) => (&[], &p.keys),
        };
        let write = match (&old_text, &parsed) {
            (None, _) => Some(p.keys_text.clone()),
            (Some(_), Some((o, n))) if o != n => Some(shares::keys_text(n)),
            _ => None,
        };
        let changed = old_text.is_some() && write.is_some();
        if let Some(text) = write {
            self.db.exec(
                "INSERT INTO host_keys (host_id, keys) VALUES ($1, $2) \
                 ON CONFLICT (host_id) DO UPDATE SET keys = excluded.keys",
                &[id.clone(), text.into()],
            )?;
        }

        let new_day = day_of(seen);
        let old_day = prev_seen.map(day_of);
        move_keys(&mut deltas.dist, old, new, old_day, new_day);
        // A week's snapshot holds each host's latest keys of that week:
        // a second report in the same week replaces the first's keys.
        let week = week_of(seen);
        let same_week = prev_seen.map(week_of) == Some(week);
        move_keys(
            &mut deltas.dist_week,
            old,
            new,
            same_week.then_some(week),
            week,
        );
        // The host's shares (`shares`): its other weeks keep the keys they
        // counted, its row of this week says "its keys".
        if let Some(text) = old_text.as_deref().filter(|_| changed) {
            self.keep_old_keys(&host, text, week)?;
        }
        let active = prev_seen.is_none_or(|p| week_of(p) < week);
        self.note_week(&host, week, active, week_of(now))?;
        if old_day != Some(new_day) {
            if let Some(od) = old_day {
                *deltas.host_day.entry(od).or_default() -= 1;
            }
            *deltas.host_day.entry(new_day).or_default() += 1;
        }
        if active {
            *deltas.week.entry(week).or_default() += 1;
        }
        deltas.week_counts.entry(week_of(now)).or_default().1 += 1;
        deltas.reports += 1;
        Ok(Stored::New(Receipt {
            report_id: r.report_id,
            received_at: rfc3339(now),
            sha256: r.sha256.clone(),
        }))
    }
}

/// A host's keys after report `p`: its `old` ones of the dists no
/// collector of `p` has, while their section is younger than the window
/// (not `stale`), with their reporting keys, and `p`'s.
fn carried(p: &Prepared, old: &[((String, String), i64)], stale: &BTreeSet<&str>) -> Keys {
    let present: BTreeSet<&str> = p.facts.iter().map(|(c, _)| c.as_str()).collect();
    let kept: BTreeMap<(String, String), i64> = old
        .iter()
        .filter(|((d, k), _)| {
            k != REPORTING
                && facts::dist(d)
                    .is_none_or(|d| !present.contains(d.collector) && !stale.contains(d.collector))
        })
        .cloned()
        .collect();
    let mut new = with_reporting(kept);
    new.extend(p.keys.iter().cloned());
    new.into_iter().collect()
}

/// The distribution keys (with weights) of a host's sections.
pub fn section_keys<'a>(
    sections: impl IntoIterator<Item = (&'a str, &'a Value)>,
) -> BTreeMap<(String, String), i64> {
    let mut out = BTreeMap::new();
    for (collector, v) in sections {
        for d in DISTS.iter().filter(|d| d.collector == collector) {
            for (k, w) in facts::weighted_keys(d, v) {
                out.insert((d.name.to_owned(), k), w);
            }
        }
    }
    out
}

/// `with_reporting(section_keys(sections))` as a list in key order, made
/// without a map: [`facts::weighted_keys`] gives each distribution's keys
/// sorted, unique and never empty, so a distribution's keys follow its
/// [`REPORTING`] key (`""`) as they come. A collector given twice (no
/// screened report has one) takes the map's way.
fn keys_of<'a>(sections: impl Iterator<Item = (&'a str, &'a Value)> + Clone) -> Keys {
    let mut groups: Vec<(&'static str, Vec<(String, i64)>)> = Vec::new();
    for (collector, v) in sections.clone() {
        for d in DISTS.iter().filter(|d| d.collector == collector) {
            let keys = facts::weighted_keys(d, v);
            if !keys.is_empty() {
                groups.push((d.name, keys));
            }
        }
    }
    groups.sort_by_key(|(name, _)| *name);
    if groups.windows(2).any(|w| w[0].0 == w[1].0) {
        return with_reporting(section_keys(sections)).into_iter().collect();
    }
    let mut out = Vec::with_capacity(groups.iter().map(|(_, k)| k.len() + 1).sum());
    for (name, keys) in groups {
        let sum = keys.iter().map(|(_, w)| *w).sum();
        out.push(((name.to_owned(), REPORTING.to_owned()), sum));
        out.extend(keys.into_iter().map(|(k, w)| ((name.to_owned(), k), w)));
    }
    out
}

/// Adds the [`REPORTING`] key of every distribution that has keys, its
/// weight the sum of theirs (the host's containers, VMs, disks).
pub fn with_reporting(
    mut keys: BTreeMap<(String, String), i64>,
) -> BTreeMap<(String, String), i64> {
    keys.retain(|(_, k), _| k != REPORTING);
    // The keys are in distribution order: one sum per run.
    let mut reporting: Vec<(String, i64)> = Vec::new();
    for ((d, _), w) in &keys {
        match reporting.last_mut() {
            Some((last, sum)) if last == d => *sum += *w,
            _ => reporting.push((d.clone(), *w)),
        }
    }
    for (d, w) in reporting {
        keys.insert((d, REPORTING.to_owned()), w);
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::base::DAY;
    use crate::store::published::{StatsOptions, Week};
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;
    use serde_json::json;

    #[test]
    fn keys_without_a_map_are_the_maps_keys() {
        let sections = [
            (
                "os.kernel",
                json!({"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"}),
            ),
            (
                "vz.containers",
                json!({"configured": 12, "running": 9, "by_layout": {"ploop": 12, "simfs": 0},
                       "by_template": {"centos-7": 7, "debian-9": 5}, "vswap": 12}),
            ),
            (
                "hw.disks",
                json!({"by_kind": {"ssd": 2}, "disks": [{"kind": "ssd", "model": "M"}, {"kind": "ssd", "model": "M"}]}),
            ),
            ("hw.memory", json!({"total_bytes": 64u64 << 30})),
            ("vz.vms", json!({"vms": 0, "guest_os": {}})),
            (SERVER_COLLECTOR, json!({"country": "DE"})),
        ];
        let all = || sections.iter().map(|(c, v)| (*c, v));
        let map: Keys = with_reporting(section_keys(all())).into_iter().collect();
        assert!(map.len() > 12, "{map:?}");
        assert_eq!(keys_of(all()), map);
        // A collector given twice: the map's way (both sections' keys).
        let twice = [
            (
                "os.kernel",
                json!({"release": "2.6.32", "line": "openvz-legacy"}),
            ),
            ("os.kernel", json!({"release": "3.10.0", "line": "vz7"})),
        ];
        let all = || twice.iter().map(|(c, v)| (*c, v));
        let map: Keys = with_reporting(section_keys(all())).into_iter().collect();
        assert_eq!(keys_of(all()), map);
        assert!(map.contains(&(("kernel".to_owned(), "3.10.0".to_owned()), 1)));
        assert!(keys_of(std::iter::empty()).is_empty());
    }

    #[test]
    fn dedup_by_report_id_keeps_the_first_receipt() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let r = incoming(1, 10, kernel("3.10.0", "vz7"));
        let first = s.ingest(std::slice::from_ref(&r), T0).unwrap();
        let Stored::New(receipt) = &first[0] else {
            panic!("{first:?}")
        };
        assert_eq!(receipt.received_at, "2023-11-14T22:13:20Z");
        let mut again = r.clone();
        again.sha256 = "other".into();
        let second = s.ingest(&[again], T0 + 100).unwrap();
        assert_eq!(second, vec![Stored::Duplicate(receipt.clone())]);
        let st = s.stats(T0 + 100, &StatsOptions::default()).unwrap();
        assert_eq!(st.general.reports, 1);
        assert_eq!(st.general.hosts_total, 1);
        assert_eq!(s.archive_count().unwrap(), 1);
    }

    #[test]
    fn aggregates_follow_the_latest_facts_and_the_active_window() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 2,
            ..StatsOptions::default()
        };
        // Three hosts on vz7, two on legacy.
        for h in 1..=3 {
            s.ingest(&[incoming(h, h, kernel("3.10.0", "vz7"))], T0)
                .unwrap();
        }
        for h in 4..=5 {
            s.ingest(&[incoming(h, h, kernel("2.6.32", "openvz-legacy"))], T0)
                .unwrap();
        }
        let st = s.stats(T0, &opts).unwrap();
        assert_eq!(
            dist(&st, "virtualization"),
            [b("vz7", 3), b("openvz-legacy", 2)]
        );
        // Host 4 upgrades, 30 days later; the others fall out of the window.
        let later = T0 + 30 * DAY;
        s.ingest(&[incoming(4, 40, kernel("3.10.0", "vz7"))], later)
            .unwrap();
        let st = s.stats(later, &opts).unwrap();
        // One host < k: only "< k hosts".
        assert_eq!(dist(&st, "virtualization"), [b("other", -1)]);
        let st = s
            .stats(
                later,
                &StatsOptions {
                    k: 1,
                    active_days: 60,
                    ..opts
                },
            )
            .unwrap();
        assert_eq!(
            dist(&st, "virtualization"),
            [b("vz7", 4), b("openvz-legacy", 1)]
        );
        assert_eq!(st.general.hosts_total, 5);
        assert_eq!(st.general.reports, 6);
        assert_eq!(st.general.hosts_active, 5);
        assert_eq!(st.general.seconds_since_last_report, Some(0));
        // A report without os.kernel keeps the host's kernel keys.
        s.ingest(
            &[incoming(
                4,
                41,
                json!({"hw.memory": {"total_bytes": 8u64 << 30}}),
            )],
            later + 1,
        )
        .unwrap();
        let st = s
            .stats(
                later + 1,
                &StatsOptions {
                    k: 1,
                    active_days: 7,
                    ..opts
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "virtualization"), [b("vz7", 1)]);
        assert_eq!(dist(&st, "memory"), [b("4-8 GiB", 1)]);
        let f = s.host_facts(Uuid::from_u128(4)).unwrap();
        assert_eq!(f["os.kernel"].1["line"], "vz7");
        assert_eq!(f["hw.memory"].0, later + 1);
        // Growth: week of T0 had 5 hosts, week of `later` had 1.
        assert_eq!(
            st.growth,
            vec![
                Week {
                    week: "2023-11-13".into(),
                    hosts: 5,
                    hosts_total: 5,
                    reports: 5
                },
                Week {
                    week: "2023-12-11".into(),
                    hosts: 1,
                    hosts_total: 5,
                    reports: 2
                }
            ]
        );
    }

    #[test]
    fn a_section_older_than_the_window_stops_counting() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        s.set_fact_window_days(14);
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let packages = json!({"vz.host": {"vzctl_version": "4.9.4"}, "os.kernel": {"release": "2.6.32", "line": "openvz-legacy"}});
        s.ingest(&[incoming(1, 1, packages)], T0).unwrap();
        let kernel_only = |r| {
            incoming(
                1,
                r,
                json!({"os.kernel": {"release": "2.6.32", "line": "openvz-legacy"}}),
            )
        };
        // Ten days later the section is still in the window: it counts.
        s.ingest(&[kernel_only(2)], T0 + 10 * DAY).unwrap();
        let st = s.stats(T0 + 10 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [b("4.9.4", 1)]);
        // Twenty days later it is not, though the host still reports.
        s.ingest(&[kernel_only(3)], T0 + 20 * DAY).unwrap();
        let st = s.stats(T0 + 20 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [] as [(String, i64); 0]);
        assert_eq!(dist(&st, "virtualization"), [b("openvz-legacy", 1)]);
        // A new section counts again.
        s.ingest(
            &[incoming(
                1,
                4,
                json!({"vz.host": {"vzctl_version": "4.10"}}),
            )],
            T0 + 21 * DAY,
        )
        .unwrap();
        let st = s.stats(T0 + 21 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [b("4.10", 1)]);
        assert_eq!(dist(&st, "virtualization"), [b("openvz-legacy", 1)]);
    }

    #[test]
    fn one_batch_gives_the_same_stats_as_one_report_at_a_time() {
        let reports = vec![
            incoming(1, 1, kernel("2.6.32", "openvz-legacy")),
            incoming(2, 2, kernel("3.10.0", "vz7")),
            incoming(1, 3, kernel("3.10.0", "vz7")), // host 1 upgrades
            incoming(2, 2, kernel("3.10.0", "vz7")), // a repeat
            incoming(3, 4, json!({"hw.memory": {"total_bytes": 3u64 << 30}})),
        ];
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let mut one = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let mut seq = Vec::new();
        for r in &reports {
            seq.extend(one.ingest(std::slice::from_ref(r), T0).unwrap());
        }
        let mut all = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let batch = all.ingest(&reports, T0).unwrap();
        assert_eq!(batch, seq);
        assert!(matches!(batch[3], Stored::Duplicate(_)));
        let st = all.stats(T0, &opts).unwrap();
        assert_eq!(st, one.stats(T0, &opts).unwrap());
        assert_eq!(dist(&st, "virtualization"), [b("vz7", 2)]);
        assert_eq!(dist(&st, "memory"), [b("2-4 GiB", 1)]);
        assert_eq!(st.general.reports, 4);
        assert_eq!(st.general.hosts_total, 3);
        assert_eq!(st.growth[0].hosts, 3);
    }

    #[test]
    fn layouts_count_hosts_and_containers() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let cts = |ploop: i64, simfs: i64| {
            json!({"vz.containers": {"configured": ploop + simfs,
                                     "by_layout": {"ploop": ploop, "simfs": simfs}}})
        };
        s.ingest(&[incoming(1, 1, cts(2, 1))], T0).unwrap();
        // key, hosts, share, containers, share of containers
        type Row = (String, Option<i64>, Option<f64>, Option<i64>, Option<f64>);
        let rows = |s: &mut Store| -> Vec<Row> {
            let st = s.stats(T0 + 10, &opts).unwrap();
            let d = st
                .distributions
                .into_iter()
                .find(|d| d.name == "layout")
                .unwrap();
            assert_eq!(d.unit.as_deref(), Some("containers"));
            d.buckets
                .into_iter()
                .map(|b| (b.key, b.hosts, b.share, b.units, b.unit_share))
                .collect()
        };
        // One host with 2 ploop and 1 simfs container: both layouts on
        // 100% of hosts, 66.7% / 33.3% of containers.
        assert_eq!(
            rows(&mut s),
            [
                ("ploop".into(), Some(1), Some(100.0), Some(2), Some(66.7)),
                ("simfs".into(), Some(1), Some(100.0), Some(1), Some(33.3)),
            ]
        );
        // The host converts its simfs container: weights follow.
        s.ingest(&[incoming(1, 2, cts(3, 0))], T0 + 5).unwrap();
        assert_eq!(
            rows(&mut s),
            [("ploop".into(), Some(1), Some(100.0), Some(3), Some(100.0))]
        );
    }

    #[test]
    fn only_the_country_code_is_kept() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for h in 1..=2 {
            let mut r = incoming(h, h, json!({}));
            r.country = Some("DE".into());
            s.ingest(&[r], T0).unwrap();
        }
        let st = s
            .stats(
                T0,
                &StatsOptions {
                    k: 1,
                    ..StatsOptions::default()
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "country"), [b("DE", 2)]);
        let f = s.host_facts(Uuid::from_u128(1)).unwrap();
        assert_eq!(f[SERVER_COLLECTOR].1, json!({"country": "DE"}));
    }
}
