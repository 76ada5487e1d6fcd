//! Tests of the migrations and their data steps: databases of every
//! earlier version, migrated, equal a fresh store fed the same reports.

use std::collections::BTreeMap;

use serde_json::json;
use uuid::Uuid;

use super::backend::{StoreError, Val};
use super::base::*;
use super::migrations::*;
use crate::store::backend::Backend;
use crate::store::ingest::{Incoming, protocol_name};
use crate::store::schema::{TARGET, status};
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
        [2, 3, 4, 5]
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
        !format!("{:?}", migrated.host_facts(Uuid::from_u128(2)).unwrap()).contains("example.com")
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
        [1, 2, 3, 4, 5]
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
        [3, 4, 5]
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
        [3, 4, 5]
    );
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(recorded(s.backend()).len(), 5);
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
    assert_eq!((m.from, m.recorded, m.applied.len()), (2, false, 3));
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
        msg.contains("half-migrated: schema_migrations records versions 2, 3, 4, 5 (missing 1)"),
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

/// A store on `db` at schema version `v`, as the release that wrote
/// version `v` left it empty.
fn at_version(db: Box<dyn Backend>, v: i64) -> Store {
    let mut s = Store {
        db,
        fact_max_age: 14 * DAY,
        insert_sql: Default::default(),
    };
    let m = s.migrate_to(v).unwrap();
    assert_eq!((m.from, m.to), (0, v));
    s
}

/// `hosts` hosts at version 4, each with a row in `hosts` and two
/// sections in `facts`: `os.kernel` from its last report (at T0 plus the
/// host's number of seconds) and `hw.cpu` (its cores the host's number),
/// from that report too for an even host, from T0 for an odd one
/// ([`cpu_at`]).
fn version_4_with_sections(db: Box<dyn Backend>, hosts: u128) -> Store {
    let mut s = at_version(db, 4);
    for h in 1..=hosts {
        let id: Val = Uuid::from_u128(h).to_string().into();
        let t = T0 + h as i64;
        s.db.exec(
            "INSERT INTO hosts VALUES ($1, $2, $3, 2, $4)",
            &[id.clone(), T0.into(), t.into(), week_of(T0).into()],
        )
        .unwrap();
        for (c, at, data) in [
            ("hw.cpu", cpu_at(h), json!({"cores": h as i64})),
            ("os.kernel", t, kernel("3.10.0", "vz7")["os.kernel"].clone()),
        ] {
            s.db.exec(
                "INSERT INTO facts VALUES ($1, $2, $3, $4)",
                &[id.clone(), c.into(), at.into(), data.to_string().into()],
            )
            .unwrap();
        }
    }
    s
}

/// When [`version_4_with_sections`]' host `h` sent its `hw.cpu`.
fn cpu_at(h: u128) -> i64 {
    if h.is_multiple_of(2) {
        T0 + h as i64
    } else {
        T0
    }
}

#[test]
fn a_version_4_databases_sections_go_on_their_hosts_rows() {
    // More hosts than one step of the data step takes.
    let n = 1201;
    let s = version_4_with_sections(Box::new(Sqlite::open(":memory:").unwrap()), n);
    let (mut s, m) = Store::open(s.db, 14).unwrap();
    assert_eq!((m.from, m.recorded, m.to), (4, true, 5));
    assert_eq!(m.applied.iter().map(|a| a.version).collect::<Vec<_>>(), [5]);
    let cols = s.db.columns().unwrap();
    assert!(!cols.contains_key("facts"), "{:?}", cols.keys());
    let count = |s: &mut Store, sql: &str| s.db.query(sql, &[]).unwrap()[0][0].clone();
    let with = "SELECT CAST(COUNT(*) AS BIGINT) FROM hosts WHERE sections IS NOT NULL";
    assert_eq!(count(&mut s, with), Val::Int(n as i64));
    // `oldest` only where a section is older than the last report.
    let older = "SELECT CAST(COUNT(*) AS BIGINT) FROM hosts WHERE oldest IS NOT NULL";
    assert_eq!(count(&mut s, older), Val::Int(601));
    let kernel_section = kernel("3.10.0", "vz7")["os.kernel"].clone();
    for h in [1, 2, 999, 1000, 1001, n] {
        let f = s.host_facts(Uuid::from_u128(h)).unwrap();
        let want = BTreeMap::from([
            ("hw.cpu".to_owned(), (cpu_at(h), json!({"cores": h as i64}))),
            (
                "os.kernel".to_owned(),
                (T0 + h as i64, kernel_section.clone()),
            ),
        ]);
        assert_eq!(f, want, "host {h}");
    }
    let row = |s: &mut Store, h: u128| {
        s.db.query(
            "SELECT oldest, sections FROM hosts WHERE host_id = $1",
            &[Uuid::from_u128(h).to_string().into()],
        )
        .unwrap()
        .remove(0)
    };
    assert_eq!(
        row(&mut s, 7),
        [
            Val::Int(T0),
            Val::Text(format!(
                r#"{{"hw.cpu":[{T0},{{"cores":7}}],"os.kernel":[{},{kernel_section}]}}"#,
                T0 + 7
            ))
        ]
    );
    assert_eq!(row(&mut s, 8)[0], Val::Null);
    // Reports without hw.cpu keep the section from before the upgrade:
    // host 7's stays the oldest, host 8's becomes it; host 9 brings both
    // sections, and has none older than its last report.
    let later = T0 + 2 * DAY;
    let both = |h: u128| {
        let mut v = kernel("5.14.0", "vz9");
        v["hw.cpu"] = json!({"cores": 16});
        incoming(h, h * 10, v)
    };
    s.ingest(
        &[
            incoming(7, 70, kernel("5.14.0", "vz9")),
            incoming(8, 80, kernel("5.14.0", "vz9")),
            both(9),
        ],
        later,
    )
    .unwrap();
    let f = s.host_facts(Uuid::from_u128(7)).unwrap();
    assert_eq!(f["hw.cpu"], (T0, json!({"cores": 7})));
    assert_eq!(f["os.kernel"].0, later);
    assert_eq!(f["os.kernel"].1["release"], "5.14.0");
    assert_eq!(row(&mut s, 7)[0], Val::Int(T0));
    assert_eq!(
        s.host_facts(Uuid::from_u128(8)).unwrap()["hw.cpu"],
        (T0 + 8, json!({"cores": 8}))
    );
    assert_eq!(row(&mut s, 8)[0], Val::Int(T0 + 8));
    let f = s.host_facts(Uuid::from_u128(9)).unwrap();
    assert_eq!(f["hw.cpu"].0, later);
    assert_eq!(row(&mut s, 9)[0], Val::Null);
}

#[test]
fn a_section_that_is_not_json_stops_version_5_whole() {
    let shared = std::sync::Arc::new(std::sync::Mutex::new(Sqlite::open(":memory:").unwrap()));
    let mut s = version_4_with_sections(Box::new(Shared(shared.clone())), 3);
    let bad = Uuid::from_u128(2);
    s.db.exec(
        "UPDATE facts SET data = 'not JSON' WHERE host_id = $1 AND collector = 'hw.cpu'",
        &[bad.to_string().into()],
    )
    .unwrap();
    let msg = Store::open(s.db, 14).err().unwrap().to_string();
    assert!(
        msg.contains("migration to schema version 5")
            && msg.contains("rolled back")
            && msg.contains("still at version 4")
            && msg.contains(&format!("facts of host {bad}, collector hw.cpu: not JSON"))
            && msg.contains("migrate again"),
        "{msg}"
    );
    // Still version 4, recorded, every section where it was.
    let mut db = Shared(shared);
    let st = status(&mut db).unwrap();
    assert_eq!((st.current, st.recorded, st.pending.len()), (4, true, 1));
    assert!(!db.columns().unwrap()["hosts"].contains("sections"));
    let rows = db
        .query("SELECT CAST(COUNT(*) AS BIGINT) FROM facts", &[])
        .unwrap();
    assert_eq!(rows, [vec![Val::Int(6)]]);
}
