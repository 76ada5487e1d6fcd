//! What the store's tests share: reports, a history of them, and every
//! published number of a store.

use serde_json::{Value, json};
use uuid::Uuid;

use super::backend::Val;
use super::base::{DAY, Store};
use super::ingest::{Incoming, Protocol};
use super::published::{Stats, StatsOptions};

pub(super) fn incoming(host: u128, report: u128, sections: Value) -> Incoming {
    Incoming {
        report_id: Uuid::from_u128(report),
        client_id: Uuid::from_u128(host),
        protocol: Protocol::Cep,
        sha256: format!("{report:064x}"),
        archive: Some(vec![1, 2, 3]),
        sections: serde_json::from_value(sections).unwrap(),
        country: None,
    }
}

pub(super) fn kernel(release: &str, line: &str) -> Value {
    json!({"os.kernel": {"release": release, "line": line}})
}

pub(super) fn dist(s: &Stats, name: &str) -> Vec<(String, i64)> {
    s.distributions
        .iter()
        .find(|d| d.name == name)
        .unwrap()
        .buckets
        .iter()
        .map(|b| (b.key.clone(), b.hosts.unwrap_or(-1)))
        .collect()
}

pub(super) fn b(key: &str, hosts: i64) -> (String, i64) {
    (key.into(), hosts)
}

pub(super) const T0: i64 = 1_700_000_000; // a Tuesday

/// Every published number and every aggregate row that is not zero.
pub(super) fn published(s: &mut Store, now: i64) -> (Stats, Vec<Vec<Val>>) {
    let opts = StatsOptions {
        k: 1,
        ..StatsOptions::default()
    };
    let stats = s.stats(now, &opts).unwrap();
    let mut rows = Vec::new();
    for q in [
        "SELECT 'd', dist, key, day, hosts, units FROM dist_day WHERE hosts <> 0 OR units <> 0",
        "SELECT 'w', dist, key, week, hosts, units FROM dist_week WHERE hosts <> 0 OR units <> 0",
        "SELECT 'h', '', '', day, hosts, 0 FROM host_day WHERE hosts <> 0",
        "SELECT 'a', '', '', week, hosts, 0 FROM week_active WHERE hosts <> 0",
        "SELECT 'c', '', '', week, new_hosts, reports FROM week_counts WHERE new_hosts <> 0 OR reports <> 0",
        "SELECT 'n', name, '', value, 0, 0 FROM counters WHERE value <> 0",
    ] {
        let mut r = s.db.query(q, &[]).unwrap();
        r.sort_by_key(|v| format!("{v:?}"));
        rows.extend(r);
    }
    (stats, rows)
}

/// Three hosts over five weeks; host 9 reports three times between
/// them, the last time after everyone else.
pub(super) fn history() -> Vec<(i64, Incoming)> {
    let ct =
        |n: u64| json!({"vz.containers": {"total": n, "running": n, "by_layout": {"ploop": n}}});
    let mut sections = kernel("3.10.0", "vz7");
    sections
        .as_object_mut()
        .unwrap()
        .extend(ct(3).as_object().unwrap().clone());
    vec![
        (T0, incoming(1, 10, sections.clone())),
        (T0 + 60, incoming(9, 90, sections.clone())),
        (T0 + DAY, incoming(2, 20, kernel("2.6.32", "openvz-legacy"))),
        (
            T0 + 3 * DAY,
            incoming(9, 91, kernel("2.6.32", "openvz-legacy")),
        ),
        (T0 + 9 * DAY, incoming(1, 11, ct(5))),
        (T0 + 20 * DAY, incoming(3, 30, sections)),
        (T0 + 30 * DAY, incoming(9, 92, ct(7))),
    ]
}
