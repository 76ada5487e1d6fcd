//! k-anonymity for published tables and their weekly series.
//!
//! A value held by fewer than `k` hosts is never published: it merges into
//! "other". Merging per table is not enough over time: when a bucket moves
//! between shown and "other" from one week to the next, the change of
//! "other" (or of the total minus the shown buckets) gives its value. So
//! the keys merged into "other" are chosen once for a whole series (every
//! week of a trend, or the one snapshot of a table): a key with between 1
//! and k-1 hosts in any published week is "other" in every week, and while
//! "other" itself would hold between 1 and k-1 hosts in some week, the
//! smallest shown key joins it too. With the same hidden set in every week,
//! subtracting two weeks gives only the change of a group's sum, never a
//! bucket of fewer than `k` hosts. A week with fewer than `k` reporting
//! hosts publishes nothing but "fewer than k".

use std::collections::{BTreeMap, BTreeSet};

/// The key of the merged bucket. A section's own `other` key merges too.
pub const OTHER: &str = "other";

/// One key's count in one table or week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The key.
    pub key: String,
    /// Hosts with this key.
    pub hosts: i64,
    /// What the key's counts add up to (containers, VMs, disks), or its
    /// hosts when the section gives no counts.
    pub units: i64,
}

/// One table or week before suppression.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Raw {
    /// Hosts that reported the section.
    pub reporting: i64,
    /// Their units in total.
    pub units: i64,
    /// Counts per key.
    pub cells: Vec<Cell>,
}

/// The merged bucket as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Other {
    /// Nothing merged.
    None,
    /// `k` hosts or more, with their units.
    Exact {
        /// Hosts (a host with several merged keys counts once per key).
        hosts: i64,
        /// Units.
        units: i64,
    },
    /// Fewer than `k` hosts: shown as "< k hosts".
    FewerThanK,
}

/// One table or week as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// Reporting hosts and their units; `None` when fewer than `k`.
    pub reporting: Option<(i64, i64)>,
    /// Shown keys, largest first.
    pub shown: Vec<Cell>,
    /// The merged rest.
    pub other: Other,
}

/// Publishes a series of weeks (or one table) with one hidden key set;
/// returns the hidden keys and each week as published.
pub fn series(weeks: &[Raw], k: i64) -> (BTreeSet<String>, Vec<Published>) {
    let k = k.max(1);
    let published: Vec<&Raw> = weeks.iter().filter(|w| w.reporting >= k).collect();
    let mut hidden: BTreeSet<String> = BTreeSet::new();
    let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
    for w in &published {
        for c in &w.cells {
            if c.key == OTHER || (c.hosts > 0 && c.hosts < k) {
                hidden.insert(c.key.clone());
            }
            *totals.entry(&c.key).or_default() += c.hosts.max(0);
        }
    }
    // While "other" is small in some week, the smallest shown key joins it.
    loop {
        let small = published.iter().any(|w| {
            let s: i64 = w
                .cells
                .iter()
                .filter(|c| hidden.contains(&c.key))
                .map(|c| c.hosts)
                .sum();
            s > 0 && s < k
        });
        if !small {
            break;
        }
        let next = totals
            .iter()
            .filter(|(key, n)| **n > 0 && !hidden.contains(**key))
            .min_by(|a, b| a.1.cmp(b.1).then_with(|| a.0.cmp(b.0)))
            .map(|(key, _)| (*key).to_owned());
        match next {
            Some(key) => {
                hidden.insert(key);
            }
            None => break,
        }
    }
    let out = weeks
        .iter()
        .map(|w| {
            if w.reporting < k {
                return Published {
                    reporting: None,
                    shown: vec![],
                    other: if w.reporting > 0 {
                        Other::FewerThanK
                    } else {
                        Other::None
                    },
                };
            }
            let (mut hosts, mut units) = (0, 0);
            let mut shown = Vec::new();
            for c in &w.cells {
                if hidden.contains(&c.key) {
                    hosts += c.hosts;
                    units += c.units;
                } else if c.hosts > 0 {
                    shown.push(c.clone());
                }
            }
            shown.sort_by(|a, b| b.hosts.cmp(&a.hosts).then_with(|| a.key.cmp(&b.key)));
            let other = match hosts {
                0 => Other::None,
                h if h < k => Other::FewerThanK,
                h => Other::Exact { hosts: h, units },
            };
            Published {
                reporting: Some((w.reporting, w.units)),
                shown,
                other,
            }
        })
        .collect();
    (hidden, out)
}

/// Publishes one table.
pub fn table(raw: &Raw, k: i64) -> Published {
    series(std::slice::from_ref(raw), k)
        .1
        .pop()
        .unwrap_or(Published {
            reporting: None,
            shown: vec![],
            other: Other::None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn raw(cells: &[(&str, i64)]) -> Raw {
        Raw {
            reporting: cells.iter().map(|c| c.1).sum(),
            units: cells.iter().map(|c| c.1).sum(),
            cells: cells
                .iter()
                .map(|(k, n)| Cell {
                    key: (*k).into(),
                    hosts: *n,
                    units: *n,
                })
                .collect(),
        }
    }

    fn shown(p: &Published) -> Vec<(&str, i64)> {
        p.shown.iter().map(|c| (c.key.as_str(), c.hosts)).collect()
    }

    #[test]
    fn small_buckets_merge_and_small_other_pulls_the_smallest_shown() {
        let p = table(&raw(&[("a", 10), ("b", 3), ("c", 2), ("d", 7)]), 5);
        assert_eq!(shown(&p), [("a", 10), ("d", 7)]);
        assert_eq!(p.other, Other::Exact { hosts: 5, units: 5 });
        // "other" would be 4 < k: "b" (6) joins it.
        let p = table(&raw(&[("a", 10), ("b", 6), ("c", 4)]), 5);
        assert_eq!(shown(&p), [("a", 10)]);
        assert_eq!(
            p.other,
            Other::Exact {
                hosts: 10,
                units: 10
            }
        );
        // Fewer than k reporting hosts: only "< k".
        let p = table(&raw(&[("a", 2), ("b", 1)]), 5);
        assert_eq!(p.reporting, None);
        assert_eq!(p.other, Other::FewerThanK);
        assert!(p.shown.is_empty());
    }

    /// The total minus the shown buckets, per week: what anyone can compute
    /// from a published single-valued table.
    fn residual(p: &Published) -> Option<i64> {
        let (n, _) = p.reporting?;
        Some(n - p.shown.iter().map(|c| c.hosts).sum::<i64>())
    }

    #[test]
    fn a_bucket_hovering_around_k_is_not_revealed_by_differencing() {
        // "x" hovers around k = 5 while everything else stays put.
        let weeks: Vec<Raw> = [6, 5, 4, 6, 3]
            .iter()
            .map(|x| raw(&[("a", 40), ("b", 20), ("e", 3), ("f", 3), ("x", *x)]))
            .collect();
        // Merging week by week leaks: the residual grows by x's value in
        // the week it drops under k.
        let naive: Vec<Published> = weeks.iter().map(|w| table(w, 5)).collect();
        assert_eq!(
            residual(&naive[2]).unwrap() - residual(&naive[1]).unwrap(),
            4
        );
        let (hidden, pubs) = series(&weeks, 5);
        assert!(hidden.contains("x"));
        for p in &pubs {
            assert!(p.shown.iter().all(|c| c.key != "x" && c.hosts >= 5));
            assert!(residual(p).unwrap() >= 5);
        }
        // Week-to-week differences of the residual are changes of x alone
        // here, never x's value.
        let diffs: Vec<i64> = pubs
            .windows(2)
            .map(|w| residual(&w[1]).unwrap() - residual(&w[0]).unwrap())
            .collect();
        assert_eq!(diffs, [-1, -1, 2, -3]);
    }

    proptest! {
        /// Random weekly series of single-valued tables whose buckets hover
        /// around k: no published number and no difference between
        /// consecutive weeks isolates a bucket of 1..k-1 hosts.
        #[test]
        fn differencing_consecutive_weeks_never_reveals_a_bucket_under_k(
            series_in in prop::collection::vec(prop::collection::vec(0i64..12, 6), 2..12),
            k in 2i64..7,
        ) {
            let keys = ["a", "b", "c", "d", "e", "f"];
            let weeks: Vec<Raw> = series_in
                .iter()
                .map(|w| raw(&keys.iter().copied().zip(w.iter().copied()).collect::<Vec<_>>()))
                .collect();
            let (hidden, pubs) = series(&weeks, k);
            for (raw_w, p) in weeks.iter().zip(&pubs) {
                let Some(_) = p.reporting else {
                    prop_assert!(raw_w.reporting < k);
                    prop_assert!(p.shown.is_empty());
                    continue;
                };
                // Every shown cell has k hosts or more, and is never hidden.
                for c in &p.shown {
                    prop_assert!(c.hosts >= k);
                    prop_assert!(!hidden.contains(&c.key));
                }
                // The residual is exactly "other", which is 0 or >= k.
                let r = residual(p).unwrap();
                prop_assert!(r == 0 || r >= k, "residual {r}");
                match p.other {
                    Other::None => prop_assert_eq!(r, 0),
                    Other::Exact { hosts, .. } => prop_assert_eq!(hosts, r),
                    Other::FewerThanK => prop_assert!(false, "other < k with k reporting"),
                }
            }
            // One hidden set for all weeks: between two published weeks a
            // key is shown in both or in neither, so the difference of the
            // residuals is a change of the hidden group's sum.
            for i in 1..pubs.len() {
                let (p0, p1) = (&pubs[i - 1], &pubs[i]);
                if p0.reporting.is_none() || p1.reporting.is_none() {
                    continue;
                }
                for (j, key) in keys.iter().enumerate() {
                    let in0 = p0.shown.iter().any(|c| c.key == *key);
                    let in1 = p1.shown.iter().any(|c| c.key == *key);
                    let (n0, n1) = (weeks[i - 1].cells[j].hosts, weeks[i].cells[j].hosts);
                    // Shown in one week only: only because it had no hosts
                    // in the other (a zero is not a group of hosts).
                    if in0 != in1 {
                        prop_assert!((in0 && n1 == 0) || (in1 && n0 == 0));
                    }
                }
            }
        }
    }
}
