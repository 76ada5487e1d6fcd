//! The published numbers read from the aggregates (never from the
//! reports), with k-anonymity applied ([`crate::anon`]).

use std::collections::{BTreeMap, HashMap};

use super::backend::{StoreError, Val};
use super::base::{DAY, REPORTING, Store, WEEK, day_of, week_of};
use super::published::{
    Bucket, Distribution, General, Series, Stats, StatsOptions, Trend, Week, rfc3339,
};
use crate::anon::{self, Cell, Raw};
use crate::facts::DISTS;

// Weeks start on Monday; 1970-01-01 was a Thursday (see `week_of`).

fn week_start(week: i64) -> String {
    let t = week * WEEK - 3 * DAY;
    rfc3339(t)[..10].to_owned()
}

impl Store {
    /// The published numbers at `now`. Reads only the aggregate tables.
    pub fn stats(&mut self, now: i64, opts: &StatsOptions) -> Result<Stats, StoreError> {
        let today = day_of(now);
        let hosts_total = self.counter("hosts")?.unwrap_or(0);
        let reports = self.counter("reports")?.unwrap_or(0);
        let last = self.counter("last_report_at")?;
        let active = self.db.query(
            "SELECT CAST(COALESCE(SUM(hosts), 0) AS BIGINT) FROM host_day WHERE day > $1",
            &[(today - opts.general_active_days).into()],
        )?;
        let hosts_active = active.first().map_or(Ok(0), |r| r[0].int())?;
        let mut flag = |dist: &str| -> Result<i64, StoreError> {
            let rows = self.db.query(
                "SELECT CAST(COALESCE(SUM(hosts), 0) AS BIGINT) FROM dist_day WHERE dist = $1 AND key = 'yes'",
                &[dist.into()],
            )?;
            rows.first().map_or(Ok(0), |r| r[0].int())
        };
        let with_ct = flag("containers")?;
        let with_running = flag("running")?;

        // The tables: the active window.
        let rows = self.db.query(
            "SELECT dist, key, CAST(SUM(hosts) AS BIGINT), CAST(SUM(units) AS BIGINT) \
             FROM dist_day WHERE day > $1 GROUP BY dist, key",
            &[(today - opts.active_days).into()],
        )?;
        let mut tables: HashMap<String, Raw> = HashMap::new();
        for row in rows {
            let (d, k, h, u) = four(row)?;
            add_cell(tables.entry(d).or_default(), k, h, u);
        }
        // The trends: one snapshot per week.
        let this_week = week_of(now);
        let first_week = this_week - opts.trend_weeks.max(1) + 1;
        let rows = self.db.query(
            "SELECT dist, key, week, hosts, units FROM dist_week WHERE week >= $1 AND hosts > 0",
            &[first_week.into()],
        )?;
        let n_weeks = (this_week - first_week + 1) as usize;
        let mut weekly: HashMap<String, Vec<Raw>> = HashMap::new();
        for row in rows {
            let mut it = row.into_iter();
            let (Some(d), Some(k), Some(w), Some(h), Some(u)) =
                (it.next(), it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let Some(i) = usize::try_from(w.int()? - first_week)
                .ok()
                .filter(|i| *i < n_weeks)
            else {
                continue;
            };
            let weeks = weekly
                .entry(d.text()?)
                .or_insert_with(|| vec![Raw::default(); n_weeks]);
            add_cell(&mut weeks[i], k.text()?, h.int()?, u.int()?);
        }
        let week_names: Vec<String> = (first_week..=this_week).map(week_start).collect();
        // The change column: the last complete week against four before it.
        let (to_i, from_i) = (n_weeks.checked_sub(2), n_weeks.checked_sub(6));

        let distributions = DISTS
            .iter()
            .map(|d| {
                let raw = tables.remove(d.name).unwrap_or_default();
                let weeks = weekly
                    .remove(d.name)
                    .unwrap_or_else(|| vec![Raw::default(); n_weeks]);
                let (hidden, published) = anon::series(&weeks, opts.k);
                let share_in = |i: Option<usize>, key: &str| -> Option<f64> {
                    let p = &published[i?];
                    let (n, _) = p.reporting?;
                    let c = p.shown.iter().find(|c| c.key == key)?;
                    Some(c.hosts as f64 * 100.0 / n as f64)
                };
                let t = anon::table(&raw, opts.k);
                let units = d.unit.is_some();
                let (rh, ru) = match t.reporting {
                    Some((h, u)) => (Some(h), units.then_some(u)),
                    None => (None, None),
                };
                let pct = |x: i64, of: Option<i64>| {
                    of.filter(|n| *n > 0)
                        .map(|n| round1(x as f64 * 100.0 / n as f64))
                };
                let mut buckets: Vec<Bucket> = t
                    .shown
                    .iter()
                    .map(|c| Bucket {
                        key: c.key.clone(),
                        hosts: Some(c.hosts),
                        fewer_than: None,
                        share: pct(c.hosts, rh),
                        units: units.then_some(c.units),
                        unit_share: if units { pct(c.units, ru) } else { None },
                        change: match (share_in(to_i, &c.key), share_in(from_i, &c.key)) {
                            (Some(a), Some(b)) if !hidden.contains(&c.key) => Some(round1(a - b)),
                            _ => None,
                        },
                    })
                    .collect();
                match t.other {
                    anon::Other::None => {}
                    anon::Other::Exact { hosts, units: u } => buckets.push(Bucket {
                        key: anon::OTHER.into(),
                        hosts: Some(hosts),
                        fewer_than: None,
                        share: pct(hosts, rh),
                        units: units.then_some(u),
                        unit_share: if units { pct(u, ru) } else { None },
                        change: None,
                    }),
                    anon::Other::FewerThanK => buckets.push(Bucket {
                        key: anon::OTHER.into(),
                        hosts: None,
                        fewer_than: Some(opts.k),
                        share: None,
                        units: None,
                        unit_share: None,
                        change: None,
                    }),
                }
                Distribution {
                    name: d.name.to_owned(),
                    title: d.title.to_owned(),
                    page: d.page,
                    unit: d.unit.map(str::to_owned),
                    reporting_hosts: rh,
                    reporting_units: ru,
                    buckets,
                    trend: trend(&week_names, &published),
                }
            })
            .collect();

        let growth = self.growth(this_week, opts.weeks, hosts_total)?;
        Ok(Stats {
            generated_at: rfc3339(now),
            general: General {
                hosts_total,
                hosts_with_containers: with_ct,
                hosts_with_running_containers: with_running,
                hosts_active,
                active_days: opts.general_active_days,
                reports,
                last_report_at: last.map(rfc3339),
                seconds_since_last_report: last.map(|l| (now - l).max(0)),
            },
            distribution_days: opts.active_days,
            k: opts.k,
            change_from: week_start(this_week - 5),
            change_to: week_start(this_week - 1),
            distributions,
            growth,
        })
    }

    /// Active hosts, hosts in total and reports per week, oldest first.
    fn growth(
        &mut self,
        this_week: i64,
        weeks: i64,
        hosts_total: i64,
    ) -> Result<Vec<Week>, StoreError> {
        let from = this_week - weeks;
        let mut by_week: BTreeMap<i64, (i64, i64, i64)> = BTreeMap::new();
        for r in self.db.query(
            "SELECT week, hosts FROM week_active WHERE week > $1",
            &[from.into()],
        )? {
            by_week.entry(r[0].int()?).or_default().0 = r[1].int()?;
        }
        for r in self.db.query(
            "SELECT week, new_hosts, reports FROM week_counts WHERE week > $1",
            &[from.into()],
        )? {
            let e = by_week.entry(r[0].int()?).or_default();
            e.1 = r[1].int()?;
            e.2 = r[2].int()?;
        }
        // Hosts in total at the end of each week: the total now minus the
        // hosts that came after it.
        let mut total = hosts_total;
        let mut out: Vec<Week> = Vec::with_capacity(by_week.len());
        for (w, (active, new, reports)) in by_week.into_iter().rev() {
            if active > 0 || reports > 0 {
                out.push(Week {
                    week: week_start(w),
                    hosts: active,
                    hosts_total: total,
                    reports,
                });
            }
            total -= new;
        }
        out.reverse();
        Ok(out)
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn four(row: Vec<Val>) -> Result<(String, String, i64, i64), StoreError> {
    let mut it = row.into_iter();
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(d), Some(k), Some(h), Some(u)) => Ok((d.text()?, k.text()?, h.int()?, u.int()?)),
        _ => Err(StoreError::Corrupt(
            "a distribution row has too few columns".into(),
        )),
    }
}

/// Adds one key's counts to a raw table (the reserved key sets its totals).
fn add_cell(raw: &mut Raw, key: String, hosts: i64, units: i64) {
    if key == REPORTING {
        raw.reporting += hosts;
        raw.units += units;
    } else if hosts > 0 {
        raw.cells.push(Cell { key, hosts, units });
    }
}

/// A published weekly series as series per key, largest now first.
fn trend(weeks: &[String], published: &[anon::Published]) -> Trend {
    let mut keys: BTreeMap<&str, Vec<Option<i64>>> = BTreeMap::new();
    let n = published.len();
    for (i, p) in published.iter().enumerate() {
        for c in &p.shown {
            keys.entry(&c.key).or_insert_with(|| vec![None; n])[i] = Some(c.hosts);
        }
    }
    // Weeks where the key is published but absent had no such host.
    for v in keys.values_mut() {
        for (i, p) in published.iter().enumerate() {
            if p.reporting.is_some() && v[i].is_none() {
                v[i] = Some(0);
            }
        }
    }
    let last = |v: &Vec<Option<i64>>| v.iter().rev().flatten().next().copied().unwrap_or(0);
    let mut series: Vec<Series> = keys
        .into_iter()
        .map(|(k, hosts)| Series {
            key: k.to_owned(),
            hosts,
        })
        .collect();
    series.sort_by(|a, b| {
        last(&b.hosts)
            .cmp(&last(&a.hosts))
            .then_with(|| a.key.cmp(&b.key))
    });
    let other: Vec<Option<i64>> = published
        .iter()
        .map(|p| match p.other {
            anon::Other::Exact { hosts, .. } => Some(hosts),
            anon::Other::None if p.reporting.is_some() => Some(0),
            _ => None,
        })
        .collect();
    if other.iter().any(|o| o.is_some_and(|n| n > 0)) {
        series.push(Series {
            key: anon::OTHER.into(),
            hosts: other,
        });
    }
    Trend {
        weeks: weeks.to_vec(),
        reporting_hosts: published
            .iter()
            .map(|p| p.reporting.map(|(h, _)| h))
            .collect(),
        series,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;

    #[test]
    fn weekly_snapshots_give_trends_and_the_change_column() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 2,
            trend_weeks: 8,
            ..StatsOptions::default()
        };
        // Six weeks: four hosts, one more moving from legacy to vz7 each
        // of the first weeks.
        let mut rid = 0;
        for w in 0..6i64 {
            for h in 1..=4u128 {
                rid += 1;
                let line = if (h as i64) <= w {
                    "vz7"
                } else {
                    "openvz-legacy"
                };
                s.ingest(&[incoming(h, rid, kernel("k", line))], T0 + w * WEEK)
                    .unwrap();
            }
        }
        // A second report in the same week replaces the first's keys.
        rid += 1;
        s.ingest(&[incoming(4, rid, kernel("k", "vz7"))], T0 + 5 * WEEK + 60)
            .unwrap();
        let now = T0 + 6 * WEEK;
        let st = s.stats(now, &opts).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "virtualization")
            .unwrap();
        assert_eq!(d.trend.weeks.len(), 8);
        assert_eq!(d.trend.weeks[7], week_start(week_of(now)));
        let series = |key: &str| -> Vec<Option<i64>> {
            d.trend
                .series
                .iter()
                .find(|s| s.key == key)
                .unwrap()
                .hosts
                .clone()
        };
        // Fewer than k reporting in the first and last week (none): null.
        // vz7 had 1 host in week 1 (< k), so it is "other" all along, and
        // so is legacy, which would then be the only key shown.
        assert!(d.trend.series.iter().all(|s| s.key == "other"));
        assert_eq!(
            series("other"),
            [
                None,
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                None
            ]
        );
        assert_eq!(
            d.trend.reporting_hosts,
            [
                None,
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                None
            ]
        );
        // With k = 1 every week is shown: legacy 4, 3, 2, 1, 0, 0.
        let st = s.stats(now, &StatsOptions { k: 1, ..opts }).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "virtualization")
            .unwrap();
        let legacy = &d
            .trend
            .series
            .iter()
            .find(|s| s.key == "openvz-legacy")
            .unwrap()
            .hosts;
        assert_eq!(
            legacy,
            &[
                None,
                Some(4),
                Some(3),
                Some(2),
                Some(1),
                Some(0),
                Some(0),
                None
            ]
        );
        // The change column: the last complete week (vz7 4 of 4) against
        // four weeks before it (vz7 1 of 4): +75 points.
        assert_eq!(st.change_to, week_start(week_of(now) - 1));
        assert_eq!(st.change_from, week_start(week_of(now) - 5));
        let vz7 = d.buckets.iter().find(|b| b.key == "vz7").unwrap();
        assert_eq!(vz7.change, Some(75.0));
        // Growth: 4 hosts in total from the first week, 4 reports a week
        // (5 in the last).
        let g: Vec<(i64, i64, i64)> = st
            .growth
            .iter()
            .map(|w| (w.hosts, w.hosts_total, w.reports))
            .collect();
        assert_eq!(
            g,
            [
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 5)
            ]
        );
    }

    #[test]
    fn weekly_snapshots_of_a_kernel_hovering_around_k_never_show_it() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 5,
            trend_weeks: 7,
            ..StatsOptions::default()
        };
        // Stable: a 20 hosts, b 10, e 3, f 3; x hovers 6, 5, 4, 6, 3 (its
        // other hosts skip that week).
        let xs = [6u128, 5, 4, 6, 3];
        let mut rid = 1000;
        for (w, x) in xs.iter().enumerate() {
            let mut host = 0u128;
            let mut send = |key: &str, n: u128, s: &mut Store| {
                for _ in 0..n {
                    host += 1;
                    rid += 1;
                    s.ingest(
                        &[incoming(host, rid, kernel(key, "vz7"))],
                        T0 + w as i64 * WEEK,
                    )
                    .unwrap();
                }
            };
            send("a", 20, &mut s);
            send("b", 10, &mut s);
            send("e", 3, &mut s);
            send("f", 3, &mut s);
            send("x", *x, &mut s);
        }
        let st = s.stats(T0 + 5 * WEEK, &opts).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "kernel")
            .unwrap();
        let t = &d.trend;
        assert!(t.series.iter().all(|s| s.key != "x"));
        // Per published week: the hosts that reported minus the shown keys
        // is "other", never under k, and consecutive differences are the
        // changes of x alone, never its value under k.
        let mut residuals = Vec::new();
        for (i, n) in t.reporting_hosts.iter().enumerate() {
            let Some(n) = n else { continue };
            let shown: i64 = t
                .series
                .iter()
                .filter(|s| s.key != "other")
                .filter_map(|s| s.hosts[i])
                .sum();
            let other = t.series.iter().find(|s| s.key == "other").unwrap().hosts[i];
            assert_eq!(Some(n - shown), other);
            assert!(n - shown >= 5);
            residuals.push(n - shown);
        }
        assert_eq!(residuals, [12, 11, 10, 12, 9]);
        let diffs: Vec<i64> = residuals.windows(2).map(|w| w[1] - w[0]).collect();
        assert_eq!(diffs, [-1, -1, 2, -3]);
    }
}
