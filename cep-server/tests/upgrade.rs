//! Upgrades and backups through the real `cep-server` binary: the
//! databases earlier releases wrote (testdata/server-db/, SQLite files and
//! PostgreSQL dumps) opened at the time their golden files were captured
//! at, compared with what those releases published, then fed new reports,
//! purged and asked to forget a host; and backups taken while the server
//! ingests.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cep_core::{ClientInfo, Host, PrivacyGuard, Report, RunOptions, seal};
use cep_server::store::migrations::MIGRATIONS;
use cep_server::store::schema::TARGET;
use cep_server::store::{StatsOptions, Store, Val};
use reqwest::blocking::Client;
use serde_json::Value;
use uuid::Uuid;

#[path = "support/pg.rs"]
mod pg;
use pg::{PgDb, pg_db};

/// CEP_TEST_PG_URL and psql to restore the dumps with, or why the
/// PostgreSQL tests skip.
fn pg_admin() -> Option<String> {
    let url = pg::pg_admin()?;
    if Command::new("psql").arg("--version").output().is_err() {
        cep_core::skip!("no psql to restore the dumps with");
        return None;
    }
    Some(url)
}

/// The "now" of the golden files (testdata/server-db/README.md).
const NOW: &str = "2026-11-26T12:00:00Z";
const NOW_SECS: i64 = 1_795_694_400;
const DAY: i64 = 86_400;
/// `steady-1`, a host that reported only before the upgrade (D3 to D8).
const STEADY_1: &str = "95ff85b8-6158-4d29-b8eb-96f5e62adc3e";

fn server_db(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/server-db")
        .join(path)
}

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `cep-server` on `db` with its default flags, its clock at `now`; its
/// log goes to `log`. Err: what it said when it did not start.
fn start(db: &str, now: Option<&str>, log: &Path, extra: &[&str]) -> Result<Server, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cep-server"));
    cmd.args([
        "--listen",
        "127.0.0.1:0",
        "--db",
        db,
        "--stats-cache-ms",
        "0",
    ])
    .args(extra)
    .env("CEP_SERVER_LOG", "info")
    .env("NO_COLOR", "1")
    .stdout(Stdio::piped())
    .stderr(std::fs::File::create(log).unwrap());
    if let Some(now) = now {
        cmd.env("CEP_SERVER_TEST_NOW", now);
    }
    let mut child = cmd.spawn().expect("cep-server starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) else {
        let _ = child.wait();
        return Err(std::fs::read_to_string(log).unwrap());
    };
    Ok(Server {
        url: url.trim_end_matches('/').to_owned(),
        child,
    })
}

fn client() -> Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

fn get(s: &Server, path: &str) -> (u16, Vec<u8>) {
    let r = client().get(format!("{}{path}", s.url)).send().unwrap();
    (r.status().as_u16(), r.bytes().unwrap().to_vec())
}

fn stats(s: &Server) -> Value {
    let (status, body) = get(s, "/api/v1/stats");
    assert_eq!(status, 200);
    serde_json::from_slice(&body).unwrap()
}

/// `cep-server migrate` (with `args`) on `db`: exit status and output.
fn migrate(db: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["migrate", "--db", db])
        .args(args)
        .env("CEP_SERVER_LOG", "warn")
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A database for one test: an SQLite file in a temporary directory, or a
/// PostgreSQL database of its own (dropped when done).
enum Db {
    Sqlite(tempfile::TempDir, PathBuf),
    Postgres(PgDb),
}

impl Db {
    fn spec(&self) -> String {
        match self {
            Db::Sqlite(_, p) => p.to_str().unwrap().to_owned(),
            Db::Postgres(p) => p.url.clone(),
        }
    }

    /// Runs statements on it through a connection of the test's own.
    fn batch(&self, sql: &str) {
        cep_server::store::open(&self.spec())
            .unwrap()
            .batch(sql)
            .unwrap();
    }

    fn count(&self, sql: &str) -> i64 {
        let mut b = cep_server::store::open(&self.spec()).unwrap();
        match &b.query(sql, &[]).unwrap()[..] {
            [row] => match row[..] {
                [cep_server::store::Val::Int(n)] => n,
                _ => panic!("{sql}: {row:?}"),
            },
            rows => panic!("{sql}: {rows:?}"),
        }
    }

    fn log(&self, name: &str) -> PathBuf {
        match self {
            Db::Sqlite(dir, _) => dir.path().join(name),
            Db::Postgres(p) => p.dir.path().join(name),
        }
    }
}

/// A fresh copy of what `release` wrote, on the backend asked for.
fn copy_of(release: &str, pg: Option<&str>) -> Db {
    match pg {
        None => {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("stats.db");
            std::fs::copy(server_db(&format!("{release}/stats.db")), &path).unwrap();
            Db::Sqlite(dir, path)
        }
        Some(admin) => {
            let db = pg_db(admin, release);
            let out = Command::new("psql")
                .args(["-q", "-v", "ON_ERROR_STOP=1", "-d", &db.url, "-f"])
                .arg(server_db(&format!("{release}/postgres.sql")))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "psql -f {release}/postgres.sql: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Db::Postgres(db)
        }
    }
}

/// Entities the two template engines write differently, and runs of
/// white space (the markup moved into templates after 33ede26).
fn normalized_html(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b)
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&amp;", "&");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page as 33ede26 would show it: /privacy without what was added
/// since (the sections on the signed policy and the notice of new fields,
/// the rule against one report bending a table), which say nothing about
/// the database.
fn since_33ede26(path: &str, page: String) -> String {
    if path != "/privacy" {
        return page;
    }
    let (Some(from), Some(to)) = (
        page.find("<h2>Trusting the policy</h2>"),
        page.find("<h2>How to opt out</h2>"),
    ) else {
        panic!("/privacy lacks its sections on the policy key and new fields: {page}");
    };
    let page = format!("{}{}", &page[..from], &page[to..]);
    // And the rule against one report bending a table.
    let Some(rule) = page.find(" <p>One report cannot bend a table") else {
        panic!("/privacy lacks its rule on bad data: {page}");
    };
    let end = rule + page[rule..].find("</p>").unwrap() + "</p>".len();
    let page = format!("{}{}", &page[..rule], &page[end..]);
    // And what becomes of a host's fleet label.
    let Some(label) = page.find("<li>A fleet label a host sends") else {
        panic!("/privacy lacks what it does with fleet labels: {page}");
    };
    let end = label + page[label..].find("</li>").unwrap() + "</li>".len();
    format!("{}{}", &page[..label], &page[end..])
}

/// Every path of a release's golden INDEX.json: (path, file, is HTML).
fn golden_paths(release: &str) -> Vec<(String, PathBuf, bool)> {
    let index: Value = serde_json::from_slice(
        &std::fs::read(server_db(&format!("{release}/published/INDEX.json"))).unwrap(),
    )
    .unwrap();
    index["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                server_db(&format!(
                    "{release}/published/{}",
                    f["file"].as_str().unwrap()
                )),
                f["content_type"].as_str().unwrap().starts_with("text/html"),
            )
        })
        .collect()
}

/// The sample lines of a Prometheus text page, in order (HELP and TYPE
/// lines say the same in other words from release to release).
fn samples(text: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(text)
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A /metrics page of 33ede26 with the names this release gave its
/// gauges so that promtool accepts them (README, "Stats server"): the
/// same numbers under the new names, the window in seconds.
fn renamed_metrics(old: &[u8]) -> Vec<u8> {
    let mut out = String::new();
    for line in String::from_utf8_lossy(old).lines() {
        let line = if let Some(n) = line.strip_prefix("cep_hosts_active_window_days ") {
            format!(
                "cep_hosts_active_window_seconds {}",
                n.parse::<i64>().unwrap() * DAY
            )
        } else if let Some(rest) = line.strip_prefix("cep_hosts_total ") {
            format!("cep_hosts {rest}")
        } else if let Some(rest) = line.strip_prefix("cep_reports_total ") {
            format!("cep_reports {rest}")
        } else {
            line.to_owned()
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.into_bytes()
}

/// Waits until the server's first retention purge has erased the rows
/// of hosts silent past the default 91 days (at NOW).
fn purged(db: &Db) {
    let cutoff = NOW_SECS - 91 * DAY;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = db.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM hosts WHERE last_seen < {cutoff}"
        )) + db.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM reports WHERE received_at < {cutoff}"
        ));
        if left == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "{left} rows left after 60 s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// /api/v1/stats as one number per path, as testdata/server-db/make.py's
/// `flatten` makes it (nulls left out).
fn flatten(stats: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let mut put = |k: String, v: &Value| {
        if !v.is_null() {
            out.insert(k, v.clone());
        }
    };
    for (k, v) in stats.as_object().unwrap() {
        if !["generated_at", "general", "distributions", "growth"].contains(&k.as_str()) {
            put(k.clone(), v);
        }
    }
    for (k, v) in stats["general"].as_object().unwrap() {
        put(format!("general.{k}"), v);
    }
    for w in stats["growth"].as_array().unwrap() {
        for (k, v) in w.as_object().unwrap() {
            if k != "week" {
                put(format!("growth[{}].{k}", w["week"].as_str().unwrap()), v);
            }
        }
    }
    for d in stats["distributions"].as_array().unwrap() {
        let n = d["name"].as_str().unwrap();
        for k in ["reporting_hosts", "reporting_units"] {
            if let Some(v) = d.get(k) {
                put(format!("{n}.{k}"), v);
            }
        }
        for b in d["buckets"].as_array().unwrap() {
            for (k, v) in b.as_object().unwrap() {
                if k != "key" {
                    put(format!("{n}[{}].{k}", b["key"].as_str().unwrap()), v);
                }
            }
        }
        let Some(t) = d.get("trend").filter(|t| !t.is_null()) else {
            continue;
        };
        for (i, w) in t["weeks"].as_array().unwrap().iter().enumerate() {
            let w = w.as_str().unwrap();
            put(
                format!("{n}.trend[{w}].reporting_hosts"),
                &t["reporting_hosts"][i],
            );
            for s in t["series"].as_array().unwrap() {
                put(
                    format!("{n}.trend[{w}][{}]", s["key"].as_str().unwrap()),
                    &s["hosts"][i],
                );
            }
        }
    }
    out
}

/// The paths where `a` and `b` differ, and how many they share equal.
fn differences(a: &Value, b: &Value) -> (BTreeMap<String, (Value, Value)>, usize) {
    let (a, b) = (flatten(a), flatten(b));
    let mut diff = BTreeMap::new();
    let mut same = 0;
    for p in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (
            a.get(p).cloned().unwrap_or(Value::Null),
            b.get(p).cloned().unwrap_or(Value::Null),
        );
        if x == y {
            same += 1;
        } else {
            diff.insert(p.clone(), (x, y));
        }
    }
    (diff, same)
}

/// A native archive of a fixture host, as `cep` builds it.
fn archive(host: &str, client_id: Uuid) -> cep_core::Archive {
    let collectors: Vec<Arc<dyn cep_core::Collector>> = cep_collectors::builtin();
    let h = Host::fixture(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts")
            .join(host),
    )
    .unwrap();
    let secrets =
        cep_collectors::secrets::gather_with(&h, cep_collectors::vz_containers::container_names);
    let guard = PrivacyGuard::with_fields(&secrets, &collectors).unwrap();
    let collection = cep_core::run_collectors(&collectors, &h, &RunOptions::default());
    let report = Report::new(collection, client_id, ClientInfo::default());
    seal(report, &guard, &[]).unwrap().into_parts().1
}

fn post(s: &Server, a: &cep_core::Archive) -> u16 {
    client()
        .post(format!("{}/api/v1/reports", s.url))
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(a.bytes.clone())
        .send()
        .unwrap()
        .status()
        .as_u16()
}

/// Everything the server publishes that 33ede26's golden files list.
fn everything(s: &Server) -> Vec<(String, Vec<u8>)> {
    published(s, "33ede26")
}

/// Everything the server publishes that `release`'s golden files list.
fn published(s: &Server, release: &str) -> Vec<(String, Vec<u8>)> {
    golden_paths(release)
        .into_iter()
        .map(|(p, _, _)| {
            let (status, body) = get(s, &p);
            assert_eq!(status, 200, "{p}");
            (p, body)
        })
        .collect()
}

fn same_documents(a: &[(String, Vec<u8>)], b: &[(String, Vec<u8>)], what: &str) {
    assert_eq!(a.len(), b.len());
    for ((p, x), (_, y)) in a.iter().zip(b) {
        if let Some(i) = x
            .iter()
            .zip(y)
            .position(|(c, d)| c != d)
            .or((x.len() != y.len()).then(|| x.len().min(y.len())))
        {
            let around = |v: &[u8]| {
                String::from_utf8_lossy(&v[i.saturating_sub(300)..(i + 200).min(v.len())])
                    .into_owned()
            };
            panic!(
                "{what}: {p} differs at byte {i}:\n{}\n---\n{}",
                around(x),
                around(y)
            );
        }
    }
}

/// The 33ede26 database: recognised as version 2, recorded and migrated,
/// and every document it published at NOW published the same.
fn a_33ede26_database(pg: Option<&str>) {
    let db = copy_of("33ede26", pg);
    let (ok, said) = migrate(&db.spec(), &["--status"]);
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!(
            "schema version 2 (recognised by its tables, not yet recorded), target version {TARGET}, {} pending",
            TARGET - 2
        )),
        "{said}"
    );
    let s = start(&db.spec(), Some(NOW), &db.log("server.log"), &[]).unwrap();
    purged(&db);
    for (path, file, html) in golden_paths("33ede26") {
        let (status, body) = get(&s, &path);
        assert_eq!(status, 200, "{path}");
        let want = std::fs::read(&file).unwrap();
        if html {
            assert_eq!(
                since_33ede26(&path, normalized_html(&body)),
                normalized_html(&want),
                "{path}"
            );
        } else if path == "/metrics" {
            assert_eq!(samples(&body), samples(&renamed_metrics(&want)), "{path}");
        } else {
            assert!(
                body == want,
                "{path} differs from {}:\n{}",
                file.display(),
                String::from_utf8_lossy(&body)
            );
        }
    }
    five_new_hosts_then_up_to_date(s, &db);
}

/// Five reports of new hosts count on top of what an opened database
/// held, no share goes over 100%, and once the server is stopped
/// `migrate --status` finds the database up to date.
fn five_new_hosts_then_up_to_date(s: Server, db: &Db) {
    let before = stats(&s);
    for _ in 0..5 {
        assert_eq!(post(&s, &archive("vz7", Uuid::new_v4())), 201);
    }
    let after = stats(&s);
    for k in ["hosts_total", "reports"] {
        assert_eq!(
            after["general"][k].as_i64().unwrap(),
            before["general"][k].as_i64().unwrap() + 5,
            "{k}"
        );
    }
    no_share_over_100(&after);
    drop(s);
    let (ok, said) = migrate(&db.spec(), &["--status"]);
    assert!(
        ok && said.contains(&format!(
            "schema version {TARGET}, target version {TARGET}, up to date"
        )),
        "{said}"
    );
}

fn no_share_over_100(stats: &Value) {
    for d in stats["distributions"].as_array().unwrap() {
        for b in d["buckets"].as_array().unwrap() {
            for k in ["share", "unit_share"] {
                if let Some(v) = b[k].as_f64() {
                    assert!(v <= 100.0, "{} {}: {k} {v}", d["name"], b["key"]);
                }
            }
        }
    }
}

/// The 6cf6db6 database: migrated on start; it publishes every number
/// 6cf6db6 published (less what 33ede26's rules changed) and what 33ede26
/// fed the same uploads published (less what 6cf6db6 did not keep); new
/// reports count as in a database written by this release; `steady-1`,
/// forgotten, leaves every total and trend: the server then publishes
/// exactly what it publishes from the same database without it.
fn a_6cf6db6_database(pg: Option<&str>) {
    let db = copy_of("6cf6db6", pg);
    let (ok, said) = migrate(&db.spec(), &["--status"]);
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!(
            "schema version 1 (recognised by its tables, not yet recorded), target version {TARGET}, {} pending",
            TARGET - 1
        )),
        "{said}"
    );
    let log = db.log("server.log");
    let s = start(&db.spec(), Some(NOW), &log, &[]).unwrap();
    purged(&db);
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(
        said.contains("an unversioned database of version 1"),
        "{said}"
    );
    for v in 2..=TARGET {
        assert!(said.contains(&format!("migrated to version {v}")), "{said}");
    }
    // The retention purge erased the 5 hosts silent since D0 (and every
    // report row before the cutoff), after the migration counted them.
    assert_eq!(db.count("SELECT CAST(COUNT(*) AS BIGINT) FROM hosts"), 38);
    let opened = stats(&s);
    assert_eq!(opened["general"]["hosts_total"], 43);

    // Every number 6cf6db6 published, but two buckets of 5 hosts that
    // 33ede26's k-anonymity merges into "other" (its smallest shown
    // bucket joins an "other" of 1 to k-1 hosts).
    let golden: Value = serde_json::from_slice(
        &std::fs::read(server_db("6cf6db6/published/api/v1/stats.json")).unwrap(),
    )
    .unwrap();
    let (diff, same) = differences(&golden, &opened);
    let changed: Vec<&String> = diff
        .keys()
        .filter(|p| flatten(&golden).contains_key(*p))
        .collect();
    assert_eq!(
        changed,
        [
            "cpu_model[AMD EPYC 7302P 16-Core Processor].hosts",
            "kernel[2.6.32-042stab145.3].hosts"
        ],
        "{diff:#?}"
    );
    assert!(same >= 55, "{same} equal");
    // What 33ede26 published when fed the same uploads, but what 6cf6db6
    // did not keep (testdata/server-db/SCHEMA-HISTORY.md).
    let replay: Value = serde_json::from_slice(
        &std::fs::read(server_db("6cf6db6/reference/replayed-by-33ede26.json")).unwrap(),
    )
    .unwrap();
    let (diff, same) = differences(&opened, &replay);
    let trends_differ: BTreeSet<&str> = diff
        .keys()
        .filter(|p| p.contains(".trend["))
        .map(|p| p.split(['.', '[']).next().unwrap())
        .collect();
    for (p, (migrated, replayed)) in &diff {
        let dist = p.split(['.', '[']).next().unwrap();
        let explained =
            // 6cf6db6 counted a host's second tarball of a day (147 reports, 146).
            ((p == "general.reports" || p == "growth[2026-11-16].reports")
                && migrated.as_i64() == replayed.as_i64().map(|n| n + 1))
            // The vzctl versions of Debian's vzstats hosts were never stored.
            || dist == "vzctl"
            // Weeks before a host's last report get its latest keys: the
            // upgraded hosts' 2016 kernel and packages of D0 and D3 are lost.
            || ((p.contains(".trend[2026-07-27]") || p.contains(".trend[2026-10-19]"))
                && !p.ends_with(".reporting_hosts"))
            // A key of those weeks only: 0 in the other weeks of its series.
            || (p.contains(".trend[") && (migrated.is_null() || replayed.is_null())
                && (migrated == &Value::from(0) || replayed == &Value::from(0)))
            || (p.ends_with(".change") && trends_differ.contains(dist));
        assert!(
            explained,
            "{p}: migrated {migrated}, 33ede26 fed the same {replayed}"
        );
    }
    assert!(same >= 1300, "{same} equal, {} differ", diff.len());

    // New reports (five new hosts at NOW) count on top of the old ones.
    let news: Vec<cep_core::Archive> = (0..5).map(|_| archive("vz7", Uuid::new_v4())).collect();
    for a in &news {
        assert_eq!(post(&s, a), 201);
    }
    let after = stats(&s);
    assert_eq!(after["general"]["hosts_total"], 48);
    assert_eq!(after["general"]["reports"], 152);
    let week = |v: &Value| v["growth"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        week(&after)["hosts"],
        week(&opened)["hosts"].as_i64().unwrap() + 5
    );
    assert_eq!(
        week(&after)["reports"],
        week(&opened)["reports"].as_i64().unwrap() + 5
    );
    let reporting = |v: &Value, d: &str| {
        v["distributions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == d)
            .unwrap()["reporting_hosts"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(
        reporting(&after, "virtualization"),
        reporting(&opened, "virtualization") + 5
    );
    no_share_over_100(&after);

    // Forgetting steady-1, which reported only before the upgrade.
    let r = client()
        .delete(format!("{}/api/v1/hosts/{STEADY_1}", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let receipt: Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
    assert_eq!(receipt["reports"], 4);
    let forgot = everything(&s);
    let v = stats(&s);
    assert_eq!(v["general"]["hosts_total"], 47);
    assert_eq!(v["general"]["reports"], 148);
    drop(s);

    // The same database without steady-1 (its rows erased before the
    // upgrade), the same new reports: everything published is the same.
    let without = copy_of("6cf6db6", pg);
    let n = without.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM reports WHERE client_id = '{STEADY_1}'"
    ));
    assert_eq!(n, 4);
    without.batch(&format!(
        "DELETE FROM reports WHERE client_id = '{STEADY_1}';
         DELETE FROM facts WHERE host_id = '{STEADY_1}';
         DELETE FROM host_keys WHERE host_id = '{STEADY_1}';
         DELETE FROM hosts WHERE host_id = '{STEADY_1}';
         UPDATE counters SET value = value - 1 WHERE name = 'hosts';
         UPDATE counters SET value = value - {n} WHERE name = 'reports';"
    ));
    let s = start(&without.spec(), Some(NOW), &without.log("server.log"), &[]).unwrap();
    purged(&without);
    for a in &news {
        assert_eq!(post(&s, a), 201);
    }
    same_documents(&forgot, &everything(&s), "forgotten vs never seen");
}

/// A host of the 33ede26 fixture whose keys changed after its first
/// week there (its shares of that week are not its keys of today).
const UPGRADED_1: &str = "74401e6c-6b8c-4305-a2c7-a8cef1ace04e";

/// What 33ede26 did to forget `host`: each of its `host_contrib` rows
/// taken out of its aggregate and counter, every row naming it erased.
fn forget_as_33ede26(host: &str) -> String {
    let share = |agg: &str, on: &str, col: &str| {
        format!(
            "(SELECT c.{col} FROM host_contrib c WHERE c.host_id = '{host}' AND c.agg = '{agg}' AND {on})"
        )
    };
    let mut sql = String::new();
    for (table, agg, on, sets) in [
        (
            "dist_day",
            "dist_day",
            "c.dist = dist_day.dist AND c.key = dist_day.key AND c.t = dist_day.day",
            &[("hosts", "hosts"), ("units", "units")][..],
        ),
        (
            "dist_week",
            "dist_week",
            "c.dist = dist_week.dist AND c.key = dist_week.key AND c.t = dist_week.week",
            &[("hosts", "hosts"), ("units", "units")][..],
        ),
        (
            "host_day",
            "host_day",
            "c.t = host_day.day",
            &[("hosts", "hosts")][..],
        ),
        (
            "week_active",
            "week_active",
            "c.t = week_active.week",
            &[("hosts", "hosts")][..],
        ),
        (
            "week_counts",
            "new_hosts",
            "c.t = week_counts.week",
            &[("new_hosts", "hosts")][..],
        ),
        (
            "week_counts",
            "reports",
            "c.t = week_counts.week",
            &[("reports", "hosts")][..],
        ),
    ] {
        let set: Vec<String> = sets
            .iter()
            .map(|(col, from)| format!("{col} = {col} - {}", share(agg, on, from)))
            .collect();
        sql.push_str(&format!(
            "UPDATE {table} SET {} WHERE EXISTS {};\n",
            set.join(", "),
            share(agg, on, "hosts")
        ));
    }
    for (name, agg) in [("hosts", "new_hosts"), ("reports", "reports")] {
        sql.push_str(&format!(
            "UPDATE counters SET value = value - (SELECT COALESCE(SUM(hosts), 0) FROM host_contrib \
             WHERE host_id = '{host}' AND agg = '{agg}') WHERE name = '{name}';\n"
        ));
    }
    sql.push_str(
        "DELETE FROM dist_day WHERE hosts = 0 AND units = 0;
         DELETE FROM dist_week WHERE hosts = 0 AND units = 0;
         DELETE FROM host_day WHERE hosts = 0;
         DELETE FROM week_active WHERE hosts = 0;
         DELETE FROM week_counts WHERE new_hosts = 0 AND reports = 0;\n",
    );
    sql.push_str(&format!(
        "DELETE FROM reports WHERE client_id = '{host}';\n"
    ));
    for table in ["facts", "host_keys", "host_contrib", "hosts"] {
        sql.push_str(&format!("DELETE FROM {table} WHERE host_id = '{host}';\n"));
    }
    sql
}

/// A 33ede26 host forgotten after the upgrade: everything published is
/// what forgetting it as 33ede26 did, before the upgrade, gives. Its
/// shares went through version 4's conversion: one week with the keys it
/// had then, two saying "its keys".
fn a_33ede26_host_forgotten_after_the_upgrade(pg: Option<&str>) {
    let db = copy_of("33ede26", pg);
    let s = start(&db.spec(), Some(NOW), &db.log("server.log"), &[]).unwrap();
    purged(&db);
    let rows = |keys: &str| {
        db.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM host_weeks WHERE host_id = '{UPGRADED_1}' AND {keys}"
        ))
    };
    assert_eq!((rows("keys IS NULL"), rows("keys IS NOT NULL")), (2, 1));
    let reports = db.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM reports WHERE client_id = '{UPGRADED_1}'"
    ));
    let r = client()
        .delete(format!("{}/api/v1/hosts/{UPGRADED_1}", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let receipt: Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
    assert_eq!(receipt["reports"], reports);
    let forgot = everything(&s);
    assert_eq!(stats(&s)["general"]["hosts_total"], 42);
    drop(s);

    let before = copy_of("33ede26", pg);
    before.batch(&forget_as_33ede26(UPGRADED_1));
    let s = start(&before.spec(), Some(NOW), &before.log("server.log"), &[]).unwrap();
    purged(&before);
    same_documents(
        &forgot,
        &everything(&s),
        "forgotten after vs before the upgrade",
    );
}

#[test]
fn a_33ede26_sqlite_host_forgotten_after_the_upgrade() {
    a_33ede26_host_forgotten_after_the_upgrade(None);
}

#[test]
fn a_33ede26_postgresql_host_forgotten_after_the_upgrade() {
    if let Some(admin) = pg_admin() {
        a_33ede26_host_forgotten_after_the_upgrade(Some(&admin));
    }
}

#[test]
fn a_33ede26_sqlite_database_publishes_the_same() {
    a_33ede26_database(None);
}

#[test]
fn a_6cf6db6_sqlite_database_is_migrated_and_publishes_what_both_releases_did() {
    a_6cf6db6_database(None);
}

#[test]
fn a_33ede26_postgresql_dump_publishes_the_same() {
    if let Some(admin) = pg_admin() {
        a_33ede26_database(Some(&admin));
    }
}

#[test]
fn a_6cf6db6_postgresql_dump_is_migrated_and_publishes_what_both_releases_did() {
    if let Some(admin) = pg_admin() {
        a_6cf6db6_database(Some(&admin));
    }
}

/// What `migrate --status` says of the 8fe795a database: recorded
/// version 4, and whatever this build has on top of it.
fn status_of_version_4() -> String {
    let pending = MIGRATIONS.iter().filter(|m| m.version > 4).count();
    if pending == 0 {
        format!("schema version 4, target version {TARGET}, up to date")
    } else {
        format!("schema version 4, target version {TARGET}, {pending} pending")
    }
}

/// The 8fe795a database (schema version 4, recorded): migrated on start
/// if this build's schema is newer, and every document 8fe795a published
/// from it at NOW published byte for byte the same (the clock fields
/// too: the server's clock is at NOW, as 8fe795a's was); new reports
/// count on top of the old ones.
fn a_8fe795a_database(pg: Option<&str>) {
    let db = copy_of("8fe795a", pg);
    let (ok, said) = migrate(&db.spec(), &["--status"]);
    assert!(ok && said.contains(&status_of_version_4()), "{said}");
    let log = db.log("server.log");
    let s = start(&db.spec(), Some(NOW), &log, &[]).unwrap();
    purged(&db);
    let said = std::fs::read_to_string(&log).unwrap();
    for m in MIGRATIONS.iter().filter(|m| m.version > 4) {
        assert!(
            said.contains(&format!("migrated to version {}", m.version)),
            "{said}"
        );
    }
    let golden: Vec<(String, Vec<u8>)> = golden_paths("8fe795a")
        .into_iter()
        .map(|(p, file, _)| (p, std::fs::read(file).unwrap()))
        .collect();
    // The same paths as 33ede26's: its pages, tables and trends.
    assert_eq!(
        golden.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        golden_paths("33ede26")
            .iter()
            .map(|(p, _, _)| p)
            .collect::<Vec<_>>()
    );
    same_documents(
        &published(&s, "8fe795a"),
        &golden,
        "opened vs 8fe795a's golden files",
    );
    let before = stats(&s);
    assert_eq!(before["general"]["hosts_total"], 43);
    assert_eq!(before["general"]["reports"], 146);
    five_new_hosts_then_up_to_date(s, &db);
}

#[test]
fn a_8fe795a_sqlite_database_publishes_the_same() {
    a_8fe795a_database(None);
}

#[test]
fn a_8fe795a_postgresql_dump_publishes_the_same() {
    if let Some(admin) = pg_admin() {
        a_8fe795a_database(Some(&admin));
    }
}

/// A host's latest sections: collector → (received_at, section).
type Sections = BTreeMap<String, (i64, Value)>;

/// Every host's latest sections as 8fe795a stored them: its SQLite
/// file's `facts`, read directly (never opened by a server).
fn facts_of_8fe795a() -> BTreeMap<String, Sections> {
    let path = server_db("8fe795a/stats.db");
    let conn = rusqlite::Connection::open_with_flags(
        format!("file:{}?immutable=1", path.display()),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .unwrap();
    let mut out: BTreeMap<String, Sections> = BTreeMap::new();
    let mut q = conn
        .prepare("SELECT host_id, collector, received_at, data FROM facts")
        .unwrap();
    let rows = q
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (host, collector, at, data) = row.unwrap();
        let data: Value = serde_json::from_str(&data).unwrap();
        out.entry(host).or_default().insert(collector, (at, data));
    }
    out
}

/// Unix seconds of an RFC 3339 time.
fn unix(t: &str) -> i64 {
    t.parse::<jiff::Timestamp>().unwrap().as_second()
}

/// The last seeding date. Each start of the seeding's server erased what
/// was older than the default retention of 91 days, so the database
/// holds nothing older than 91 days before D8 (gone: the reports of D0
/// and D1, the hosts silent since D0).
const D8: &str = "2026-11-24T10:00:00Z";

/// The 8fe795a database, migrated by this build ([`Store::open`], in
/// process): every host of `uploads.json` has exactly the latest sections
/// 8fe795a's SQLite file holds for it (the PostgreSQL dump was fed the
/// same uploads: its reports are checked against the same receipts).
fn the_8fe795a_sections_survive(pg: Option<&str>) {
    let uploads: Vec<Value> =
        serde_json::from_slice(&std::fs::read(server_db("8fe795a/uploads.json")).unwrap()).unwrap();
    // The reports the database holds are the new ones of uploads.json
    // after the seeding's last purge, with their receipts.
    let cutoff = unix(D8) - 91 * DAY;
    let mut receipts = BTreeSet::new();
    let mut last_seen: BTreeMap<String, i64> = BTreeMap::new();
    for u in &uploads {
        let host = u["host_id"].as_str().unwrap().to_owned();
        for a in u["answers"].as_array().unwrap() {
            let at = unix(a["received_at"].as_str().unwrap());
            assert_eq!(at, unix(u["at"].as_str().unwrap()), "{u}");
            if a["status"] == 201 && at >= cutoff {
                receipts.insert((
                    a["report_id"].as_str().unwrap().to_owned(),
                    host.clone(),
                    at,
                    a["sha256"].as_str().unwrap().to_owned(),
                ));
            }
        }
        let seen = last_seen.entry(host).or_default();
        *seen = (*seen).max(unix(u["at"].as_str().unwrap()));
    }
    assert_eq!(last_seen.len(), 43);
    let db = copy_of("8fe795a", pg);
    let mut b = cep_server::store::open(&db.spec()).unwrap();
    let held: BTreeSet<(String, String, i64, String)> = b
        .query(
            "SELECT report_id, client_id, received_at, sha256 FROM reports",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|row| match &row[..] {
            [Val::Text(r), Val::Text(c), Val::Int(t), Val::Text(h)] => {
                (r.clone(), c.clone(), *t, h.clone())
            }
            _ => panic!("{row:?}"),
        })
        .collect();
    drop(b);
    assert_eq!(held.len(), 111);
    assert_eq!(held, receipts);

    let (mut store, migrated) = Store::open(
        cep_server::store::open(&db.spec()).unwrap(),
        StatsOptions::default().active_days,
    )
    .unwrap();
    assert_eq!((migrated.from, migrated.to), (4, TARGET));
    let want = facts_of_8fe795a();
    let (mut hosts, mut sections) = (0, 0);
    for (host, seen) in &last_seen {
        let got = store.host_facts(host.parse().unwrap()).unwrap();
        let want = want.get(host).cloned().unwrap_or_default();
        assert_eq!(got, want, "host {host}");
        if !got.is_empty() {
            // A host still held: its last report gave its newest sections.
            assert_eq!(got.values().map(|(t, _)| *t).max(), Some(*seen), "{host}");
            hosts += 1;
            sections += got.len();
        } else {
            // Only the hosts silent past the retention at D8 are gone.
            assert!(*seen < cutoff, "{host}");
        }
    }
    assert!(want.keys().all(|h| last_seen.contains_key(h)));
    assert_eq!((hosts, sections), (38, 396));
}

#[test]
fn the_8fe795a_sqlite_database_keeps_every_hosts_latest_sections() {
    the_8fe795a_sections_survive(None);
}

#[test]
fn the_8fe795a_postgresql_dump_keeps_every_hosts_latest_sections() {
    if let Some(admin) = pg_admin() {
        the_8fe795a_sections_survive(Some(&admin));
    }
}

/// A host's keys or week's shares as schema version 4 holds them
/// (`[dist, key, units]` for one host, `[dist, key, hosts, units]`):
/// (dist, key, hosts, units).
fn shares_of(text: &str) -> Vec<(String, String, i64, i64)> {
    let v: Vec<Vec<Value>> = serde_json::from_str(text).unwrap();
    v.into_iter()
        .map(|e| match &e[..] {
            [d, k, u] => (
                d.as_str().unwrap().to_owned(),
                k.as_str().unwrap().to_owned(),
                1,
                u.as_i64().unwrap(),
            ),
            [d, k, h, u] => (
                d.as_str().unwrap().to_owned(),
                k.as_str().unwrap().to_owned(),
                h.as_i64().unwrap(),
                u.as_i64().unwrap(),
            ),
            _ => panic!("{text}"),
        })
        .collect()
}

fn sql_text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// What 8fe795a did to forget `host` (its `Store::forget` on schema
/// version 4), as statements made from the host's rows in `db`: its share
/// of each week (`host_weeks`: active, reports, and its `dist_week`
/// shares, which NULL says are its keys), the week it arrived in
/// (`hosts.new_week`), its keys at the day of its last report, taken out
/// of the aggregates and counters; every row naming it erased.
fn forget_as_8fe795a(db: &Db, host: &str) -> String {
    let mut b = cep_server::store::open(&db.spec()).unwrap();
    let id = Val::from(host);
    let (last_seen, new_week) = match &b
        .query(
            "SELECT last_seen, new_week FROM hosts WHERE host_id = $1",
            std::slice::from_ref(&id),
        )
        .unwrap()[..]
    {
        [row] => match &row[..] {
            [Val::Int(seen), Val::Int(w)] => (*seen, Some(*w)),
            [Val::Int(seen), Val::Null] => (*seen, None),
            _ => panic!("{row:?}"),
        },
        rows => panic!("{rows:?}"),
    };
    let keys = match &b
        .query(
            "SELECT keys FROM host_keys WHERE host_id = $1",
            std::slice::from_ref(&id),
        )
        .unwrap()[..]
    {
        [row] => match &row[..] {
            [Val::Text(t)] => shares_of(t),
            _ => panic!("{row:?}"),
        },
        rows => panic!("{rows:?}"),
    };
    let weeks = b
        .query(
            "SELECT week, active, reports, keys FROM host_weeks WHERE host_id = $1 ORDER BY week",
            std::slice::from_ref(&id),
        )
        .unwrap();
    let mut sql = String::new();
    let (mut hosts, mut reports) = (0, 0);
    if let Some(w) = new_week {
        hosts += 1;
        sql.push_str(&format!(
            "UPDATE week_counts SET new_hosts = new_hosts - 1 WHERE week = {w};\n"
        ));
    }
    for row in weeks {
        let (week, active, n, kept) = match &row[..] {
            [Val::Int(w), Val::Int(a), Val::Int(n), Val::Null] => (*w, *a, *n, keys.clone()),
            [Val::Int(w), Val::Int(a), Val::Int(n), Val::Text(t)] => (*w, *a, *n, shares_of(t)),
            _ => panic!("{row:?}"),
        };
        if active != 0 {
            sql.push_str(&format!(
                "UPDATE week_active SET hosts = hosts - {active} WHERE week = {week};\n"
            ));
        }
        if n != 0 {
            reports += n;
            sql.push_str(&format!(
                "UPDATE week_counts SET reports = reports - {n} WHERE week = {week};\n"
            ));
        }
        for (d, k, h, u) in kept {
            sql.push_str(&format!(
                "UPDATE dist_week SET hosts = hosts - {h}, units = units - {u} WHERE dist = {} AND key = {} AND week = {week};\n",
                sql_text(&d),
                sql_text(&k)
            ));
        }
    }
    let day = last_seen.div_euclid(DAY);
    for (d, k, _, w) in &keys {
        sql.push_str(&format!(
            "UPDATE dist_day SET hosts = hosts - 1, units = units - {w} WHERE dist = {} AND key = {} AND day = {day};\n",
            sql_text(d),
            sql_text(k)
        ));
    }
    sql.push_str(&format!(
        "UPDATE host_day SET hosts = hosts - 1 WHERE day = {day};\n"
    ));
    sql.push_str(&format!(
        "UPDATE counters SET value = value - {hosts} WHERE name = 'hosts';
         UPDATE counters SET value = value - {reports} WHERE name = 'reports';
         DELETE FROM dist_day WHERE hosts = 0 AND units = 0;
         DELETE FROM dist_week WHERE hosts = 0 AND units = 0;
         DELETE FROM host_day WHERE hosts = 0;
         DELETE FROM week_active WHERE hosts = 0;
         DELETE FROM week_counts WHERE new_hosts = 0 AND reports = 0;
         UPDATE counters SET value = (SELECT MAX(last_seen) FROM hosts WHERE host_id <> '{host}') \
           WHERE name = 'last_report_at' AND value <= {last_seen};
         DELETE FROM archives WHERE report_id IN (SELECT report_id FROM reports WHERE client_id = '{host}');
         DELETE FROM reports WHERE client_id = '{host}';\n"
    ));
    for table in ["hosts", "facts", "host_keys", "host_weeks"] {
        sql.push_str(&format!("DELETE FROM {table} WHERE host_id = '{host}';\n"));
    }
    sql
}

/// An 8fe795a host forgotten after the upgrade: everything published is
/// what forgetting it as 8fe795a did, before the upgrade, gives. Its keys
/// changed at D7, so its weeks hold both forms of version 4's shares:
/// one with the keys it had then, two saying "its keys".
fn an_8fe795a_host_forgotten_after_the_upgrade(pg: Option<&str>) {
    let before = copy_of("8fe795a", pg);
    let rows = |keys: &str| {
        before.count(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM host_weeks WHERE host_id = '{UPGRADED_1}' AND {keys}"
        ))
    };
    assert_eq!((rows("keys IS NULL"), rows("keys IS NOT NULL")), (2, 1));
    let reports = before.count(&format!(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM reports WHERE client_id = '{UPGRADED_1}'"
    ));
    assert_eq!(reports, 4);
    let forget = forget_as_8fe795a(&before, UPGRADED_1);

    let db = copy_of("8fe795a", pg);
    let s = start(&db.spec(), Some(NOW), &db.log("server.log"), &[]).unwrap();
    purged(&db);
    let r = client()
        .delete(format!("{}/api/v1/hosts/{UPGRADED_1}", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let receipt: Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
    assert_eq!(receipt["reports"], reports);
    let forgot = published(&s, "8fe795a");
    let v = stats(&s);
    assert_eq!(v["general"]["hosts_total"], 42);
    assert_eq!(v["general"]["reports"], 146 - reports);
    drop(s);

    before.batch(&forget);
    let s = start(&before.spec(), Some(NOW), &before.log("server.log"), &[]).unwrap();
    purged(&before);
    same_documents(
        &forgot,
        &published(&s, "8fe795a"),
        "forgotten after vs before the upgrade",
    );
}

#[test]
fn an_8fe795a_sqlite_host_forgotten_after_the_upgrade() {
    an_8fe795a_host_forgotten_after_the_upgrade(None);
}

#[test]
fn an_8fe795a_postgresql_host_forgotten_after_the_upgrade() {
    if let Some(admin) = pg_admin() {
        an_8fe795a_host_forgotten_after_the_upgrade(Some(&admin));
    }
}

/// A database whose schema is newer than this build's is refused, with
/// both versions named, by the server and by `migrate --status`.
fn a_newer_database_is_refused(pg: Option<&str>) {
    let db = copy_of("33ede26", pg);
    let (ok, said) = migrate(&db.spec(), &[]);
    assert!(ok, "{said}");
    let later = TARGET + 1;
    db.batch(&format!("INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES ({later}, 'a later one', 0, '')"));
    let e = start(&db.spec(), None, &db.log("newer.log"), &[])
        .err()
        .unwrap();
    let newer = format!("version {later}, newer than version {TARGET}");
    assert!(
        e.contains(&format!(
            "the database's schema is {newer}, the newest this cep-server knows"
        )),
        "{e}"
    );
    let (ok, said) = migrate(&db.spec(), &["--status"]);
    assert!(!ok);
    assert!(said.contains(&newer), "{said}");
}

#[test]
fn a_newer_sqlite_database_is_refused_naming_both_versions() {
    a_newer_database_is_refused(None);
}

#[test]
fn a_newer_postgresql_database_is_refused_naming_both_versions() {
    if let Some(admin) = pg_admin() {
        a_newer_database_is_refused(Some(&admin));
    }
}

/// A vzstats 0.5.1 upload as small as the server takes: its log, `uname`
/// and `meminfo` (what vzstats' `uname -rm` and `cat /proc/meminfo`
/// print).
fn small_vzstats_tarball() -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (name, data) in [
        ("./collect.log", &b"== vzstats 0.5.1 ==\n"[..]),
        ("./uname", b"2.6.32-042stab145.3 x86_64\n"),
        (
            "./meminfo",
            b"MemTotal:        8010336 kB\nMemFree:         1234567 kB\n",
        ),
    ] {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, name, data).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

/// Uploads `tarball` for `host` through `/submit.php`; the report id of
/// the receipt.
fn submit(c: &Client, url: &str, host: Uuid, tarball: &[u8]) -> String {
    use reqwest::blocking::multipart::{Form, Part};
    let form = Form::new().text("uuid", host.to_string()).part(
        "file",
        Part::bytes(tarball.to_vec()).file_name("vzstats.tar.gz"),
    );
    let r = c
        .post(format!("{url}/submit.php"))
        .multipart(form)
        .send()
        .unwrap();
    let status = r.status().as_u16();
    let body: Value = serde_json::from_slice(&r.bytes().unwrap()).unwrap();
    assert!(status == 201 || status == 200, "{status}: {body}");
    body["report_id"].as_str().unwrap().to_owned()
}

/// `cep-server backup` of the live SQLite database in the middle of a
/// 2,000-report burst from 8 threads: the copy passes SQLite's integrity
/// check, holds every report acknowledged before the backup began (more
/// is fine), counts exactly the reports it holds, and publishes what a
/// server fed exactly those reports publishes.
#[test]
fn a_backup_taken_during_a_burst_holds_every_report_acknowledged_before_it() {
    const REPORTS: usize = 2000;
    const THREADS: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db");
    let copy = dir.path().join("backup.db");
    let unlimited = [
        "--addr-rate",
        "0",
        "--max-uploads-per-address",
        "0",
        "--max-connections-per-address",
        "0",
    ];
    let s = start(
        db.to_str().unwrap(),
        Some(NOW),
        &dir.path().join("live.log"),
        &unlimited,
    )
    .unwrap();
    let tarball = Arc::new(small_vzstats_tarball());
    let acked = Arc::new(std::sync::Mutex::new(Vec::<(Uuid, String)>::new()));
    let burst: Vec<_> = (0..THREADS)
        .map(|_| {
            let (url, tarball, acked) = (s.url.clone(), tarball.clone(), acked.clone());
            std::thread::spawn(move || {
                let c = client();
                for _ in 0..REPORTS / THREADS {
                    let host = Uuid::new_v4();
                    let id = submit(&c, &url, host, &tarball);
                    acked.lock().unwrap().push((host, id));
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < REPORTS / 4 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let before: BTreeSet<String> = acked
        .lock()
        .unwrap()
        .iter()
        .map(|(_, id)| id.clone())
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args([
            "backup",
            "--db",
            db.to_str().unwrap(),
            "--to",
            copy.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let when_done = acked.lock().unwrap().len();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("integrity check ok"), "{said}");
    for t in burst {
        t.join().unwrap();
    }
    assert!(
        when_done < REPORTS,
        "the burst was over before the backup was"
    );
    assert_eq!(stats(&s)["general"]["reports"], REPORTS as i64);
    drop(s);

    let conn = rusqlite::Connection::open(&copy).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let held: BTreeMap<String, String> = conn
        .prepare("SELECT report_id, client_id FROM reports")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let missing: Vec<&String> = before.iter().filter(|id| !held.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged reports missing: {missing:?}",
        missing.len()
    );
    assert!(
        held.len() >= before.len() && held.len() <= REPORTS,
        "{} reports",
        held.len()
    );
    let counter: i64 = conn
        .query_row(
            "SELECT value FROM counters WHERE name = 'reports'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(counter, held.len() as i64);
    drop(conn);
    eprintln!(
        "backup: {} reports acknowledged before it began, {} in it, {when_done} acknowledged when it was done",
        before.len(),
        held.len()
    );

    // What the copy publishes is what exactly its reports give.
    let restored = start(
        copy.to_str().unwrap(),
        Some(NOW),
        &dir.path().join("copy.log"),
        &[],
    )
    .unwrap();
    let fed = start(
        dir.path().join("fed.db").to_str().unwrap(),
        Some(NOW),
        &dir.path().join("fed.log"),
        &unlimited,
    )
    .unwrap();
    let c = client();
    for host in held.values() {
        submit(&c, &fed.url, host.parse().unwrap(), &tarball);
    }
    same_documents(
        &everything(&restored),
        &everything(&fed),
        "backup vs fed its reports",
    );
}

/// A PostgreSQL database dumped (`pg_dump`) while its server runs and
/// restored (`pg_restore`) into another publishes the same.
#[test]
fn a_postgresql_dump_restored_publishes_the_same() {
    let Some(admin) = pg_admin() else {
        return;
    };
    if Command::new("pg_dump").arg("--version").output().is_err() {
        cep_core::skip!("no pg_dump");
        return;
    }
    let live = copy_of("33ede26", Some(&admin));
    let s = start(&live.spec(), Some(NOW), &live.log("live.log"), &[]).unwrap();
    purged(&live);
    for _ in 0..3 {
        assert_eq!(post(&s, &archive("vz7", Uuid::new_v4())), 201);
    }
    let Db::Postgres(p) = &live else {
        unreachable!()
    };
    let dump = p.dir.path().join("stats.dump");
    let out = Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
        .arg(&dump)
        .arg(&p.url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let published = everything(&s);
    drop(s);
    let restored = pg_db(&admin, "restored");
    let out = Command::new("pg_restore")
        .args([
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--dbname",
            &restored.url,
        ])
        .arg(&dump)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let restored = Db::Postgres(restored);
    let (ok, said) = migrate(&restored.spec(), &["--status"]);
    assert!(
        ok && said.contains(&format!(
            "schema version {TARGET}, target version {TARGET}, up to date"
        )),
        "{said}"
    );
    let s = start(
        &restored.spec(),
        Some(NOW),
        &restored.log("restored.log"),
        &[],
    )
    .unwrap();
    same_documents(&published, &everything(&s), "dumped vs restored");
}
