//! End to end: the real `cep send` against the real stats server, once per
//! protocol (native, vzstats, disp); every report shows up in the stats,
//! once.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use cep_server::server::{Config, spawn};
use cep_server::store::{self, StatsOptions, Store};

fn host(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/hosts")
        .join(name)
}

/// `GET path` over a plain TCP connection, which must answer 200; the
/// head and the body's bytes.
fn get_raw(addr: SocketAddr, path: &str) -> (String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    s.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    (head, response[split + 4..].to_vec())
}

/// `GET path`; the body as text.
fn get(addr: SocketAddr, path: &str) -> String {
    String::from_utf8(get_raw(addr, path).1).unwrap()
}

/// One client host: its own state and configuration.
fn send(addr: SocketAddr, protocol: &str, fixture: &str) -> (String, String) {
    send_from(addr, protocol, &host(fixture))
}

/// A client host directory whose cep.toml uploads to `addr` with
/// `protocol` (`extra`: more `[transport]` lines).
fn client_dir(addr: SocketAddr, protocol: &str, extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("etc")).unwrap();
    std::fs::write(
        dir.path().join("etc/cep.toml"),
        format!(
            "[transport]\ntype = \"http\"\nurl = \"http://{addr}\"\nprotocol = \"{protocol}\"\n{extra}[retry]\nbudget = \"5s\"\n"
        ),
    )
    .unwrap();
    dir
}

/// Runs `cep args` for the client host in `dir`.
fn cep_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cep"))
        .args(args)
        .env("CEP_STATE_DIR", dir.join("state"))
        .env("CEP_SYSCONF_DIR", dir.join("etc"))
        .env_remove("DO_NOT_TRACK")
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .current_dir(dir)
        .output()
        .unwrap()
}

/// `cep args` for the client host in `dir`, which must succeed; its stdout.
fn ok_in(dir: &Path, args: &[&str]) -> String {
    let o = cep_in(dir, args);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{args:?}: {out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

fn send_from(addr: SocketAddr, protocol: &str, root: &Path) -> (String, String) {
    let dir = client_dir(addr, protocol, "");
    let run = |args: &[&str]| cep_in(dir.path(), args);
    let o = run(&["send", "--root", root.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{protocol}: {out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.contains("delivered report "), "{protocol}: {out}");
    let ledger = run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&ledger.stdout).unwrap();
    assert_eq!(
        ledger["entries"].as_array().unwrap().len(),
        1,
        "{protocol}: {ledger}"
    );
    let id = String::from_utf8_lossy(&run(&["id"]).stdout)
        .trim()
        .to_owned();
    (
        id,
        ledger["entries"][0]["report_id"]
            .as_str()
            .unwrap()
            .to_owned(),
    )
}

fn distribution(stats: &serde_json::Value, name: &str) -> Vec<(String, i64)> {
    let mut v: Vec<(String, i64)> = stats["distributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == name)
        .unwrap_or_else(|| panic!("no distribution {name}: {stats}"))["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["key"].as_str().unwrap().to_owned(),
                b["hosts"].as_i64().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn server(rt: &tokio::runtime::Runtime, db: &Path) -> SocketAddr {
    let store = Store::new(store::open(db.join("stats.db").to_str().unwrap()).unwrap()).unwrap();
    let cfg = Config {
        stats: StatsOptions {
            k: 1,
            ..StatsOptions::default()
        },
        stats_cache: Duration::ZERO,
        ..Config::default()
    };
    rt.block_on(spawn("127.0.0.1:0".parse().unwrap(), cfg, store))
        .unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// External scripts may print up to their output cap (1 MiB) each; the
/// report is cut to what the server accepts instead of being refused.
#[test]
fn scripts_printing_megabytes_still_make_a_report_the_server_takes() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("debian"))
        .build()
        .unwrap();
    if std::fs::metadata(fixture.path()).unwrap().uid() != 0 {
        cep_core::skip!("scripts must be owned by root and this test does not run as root");
        return;
    }
    let dir = fixture.path().join("fs/usr/libexec/cep/collectors.d");
    std::fs::create_dir_all(&dir).unwrap();
    // Two scripts printing base64 of random bytes: each hits the 1 MiB
    // cap, and together they compress to more than the 1 MiB a server
    // takes.
    for name in ["noise1", "noise2"] {
        let script = dir.join(name);
        std::fs::write(
            &script,
            "#!/bin/sh
head -c 3000000 /dev/urandom | base64
",
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let addr = server(&rt, db.path());
    let (_, report_id) = send_from(addr, "cep", fixture.path());
    let stats: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/stats")).unwrap();
    assert_eq!(stats["general"]["reports"], 1, "{stats}");
    assert_eq!(report_id.len(), 36);
}

#[test]
fn cep_send_reaches_the_stats_over_every_protocol() {
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let addr = server(&rt, db.path());

    let sent = [
        send(addr, "cep", "vz7"),
        send(addr, "vzstats", "openvz-legacy"),
        send(addr, "disp", "debian"),
    ];
    let stats: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/stats")).unwrap();
    assert_eq!(stats["general"]["reports"], 3, "{stats}");
    assert_eq!(stats["general"]["hosts_total"], 3, "{stats}");
    assert_eq!(
        distribution(&stats, "kernel"),
        vec![
            ("2.6.32-042stab145.3".to_owned(), 1),
            ("3.10.0-1160.80.1.vz7.191.4".to_owned(), 1),
            ("6.1.0-26-amd64".to_owned(), 1),
        ]
    );
    // Three distinct hosts, three distinct reports.
    let hosts: std::collections::BTreeSet<_> = sent.iter().map(|(h, _)| h).collect();
    let reports: std::collections::BTreeSet<_> = sent.iter().map(|(_, r)| r).collect();
    assert_eq!((hosts.len(), reports.len()), (3, 3));
    // The page shows the same count.
    let page = get(addr, "/");
    assert!(page.contains("General info"), "{page}");
}

/// vzstats with `id_from_server = true`: the id genuuid.php hands out is
/// the manifest's client_id, so the server takes the reports (it refuses
/// a `uuid` that differs from the manifest's).
#[test]
fn vzstats_with_the_server_handed_id_delivers_under_that_id() {
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let addr = server(&rt, db.path());
    let dir = client_dir(addr, "vzstats", "id_from_server = true\n");
    let run = |args: &[&str]| ok_in(dir.path(), args);
    let root = host("openvz-legacy");
    for _ in 0..2 {
        let out = run(&["send", "--root", root.to_str().unwrap()]);
        assert!(out.contains("delivered report "), "{out}");
    }
    let kept = std::fs::read_to_string(dir.path().join("state/vzstats-server-id")).unwrap();
    let server_id = cep_core::uuid::Uuid::parse_str(kept.trim()).unwrap();
    let host_id = cep_core::uuid::Uuid::parse_str(run(&["id"]).trim()).unwrap();
    assert_ne!(server_id, host_id);
    let spool: serde_json::Value = serde_json::from_str(&run(&["spool", "--json"])).unwrap();
    assert_eq!(spool["rejected"], serde_json::json!([]), "{spool}");
    assert_eq!(spool["pending"], serde_json::json!([]), "{spool}");
    let ledger: serde_json::Value = serde_json::from_str(&run(&["ledger", "--json"])).unwrap();
    assert_eq!(ledger["entries"].as_array().unwrap().len(), 2, "{ledger}");
    // The server knows this host by the id it handed out, and only by it.
    let stats: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/stats")).unwrap();
    assert_eq!(stats["general"]["hosts_total"], 1, "{stats}");
    let mut store =
        Store::new(store::open(db.path().join("stats.db").to_str().unwrap()).unwrap()).unwrap();
    assert!(!store.host_facts(server_id).unwrap().is_empty());
    assert!(store.host_facts(host_id).unwrap().is_empty());
}

/// The published numbers, without what changes with the clock alone.
fn published(addr: SocketAddr) -> serde_json::Value {
    let mut stats: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/stats")).unwrap();
    let o = stats.as_object_mut().unwrap();
    o.remove("generated_at");
    o["general"]
        .as_object_mut()
        .unwrap()
        .remove("seconds_since_last_report");
    stats
}

/// Rows of `table` that name `host` in `column`.
fn rows_of(db: &str, table: &str, column: &str, host: &str) -> i64 {
    let mut b = store::open(db).unwrap();
    let r = b
        .query(
            &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table} WHERE {column} = $1"),
            &[host.into()],
        )
        .unwrap();
    match r[0][0] {
        store::Val::Int(n) => n,
        ref v => panic!("COUNT(*) gave {v:?}"),
    }
}

/// A host sends three reports; `cep forget` erases it at the server (every
/// per-host row, every aggregate back to what it was without it) and here
/// (host id, machine-id hash, spool, state; marker written, one ledger
/// line); a second `cep forget` gives the same receipt.
fn forget_against(rt: &tokio::runtime::Runtime, db: &str) {
    let store = Store::new(store::open(db).unwrap()).unwrap();
    let cfg = Config {
        stats: StatsOptions {
            k: 1,
            ..StatsOptions::default()
        },
        stats_cache: Duration::ZERO,
        keep_archives_days: 7,
        ..Config::default()
    };
    let addr = rt
        .block_on(spawn("127.0.0.1:0".parse().unwrap(), cfg, store))
        .unwrap();
    send(addr, "cep", "vz7");
    send(addr, "vzstats", "openvz-legacy");
    let before = published(addr);

    let dir = client_dir(addr, "cep", "");
    let run = |args: &[&str]| ok_in(dir.path(), args);
    let root = host("vz9");
    for _ in 0..3 {
        run(&["send", "--root", root.to_str().unwrap()]);
    }
    let host_id = run(&["id"]).trim().to_owned();
    let during = published(addr);
    assert_eq!(during["general"]["reports"], 5, "{during}");
    assert_ne!(during, before);
    assert_eq!(rows_of(db, "reports", "client_id", &host_id), 3);

    let first: serde_json::Value = serde_json::from_str(&run(&["forget", "--json"])).unwrap();
    let receipt = first["ids"][0]["receipt"].clone();
    assert_eq!(first["ids"][0]["what"], "host id", "{first}");
    assert_eq!(receipt["reports"], 3, "{first}");
    assert_eq!(first["already"], false);
    assert_eq!(published(addr), before);
    for (table, column) in [
        ("reports", "client_id"),
        ("hosts", "host_id"),
        ("host_keys", "host_id"),
        ("host_weeks", "host_id"),
    ] {
        assert_eq!(rows_of(db, table, column, &host_id), 0, "{table}");
    }
    // Only the two other hosts' archives are left.
    let mut b = store::open(db).unwrap();
    let archives = b.query("SELECT report_id FROM archives", &[]).unwrap();
    assert_eq!(archives.len(), 2);

    // The host's own state is gone; the marker stops reporting.
    let state = dir.path().join("state");
    for gone in ["host-id", "host-id.machine", "state.json", "spool"] {
        assert!(!state.join(gone).exists(), "{gone} is still there");
    }
    assert!(dir.path().join("etc/cep-disable").exists());
    let ledger = std::fs::read_to_string(state.join("ledger.jsonl")).unwrap();
    assert_eq!(ledger.lines().count(), 1, "{ledger}");
    assert!(!ledger.contains(&host_id), "{ledger}");
    let line: serde_json::Value = serde_json::from_str(&ledger).unwrap();
    assert_eq!(line["forgotten"], receipt);
    assert!(run(&["ledger"]).contains("this host was forgotten"));
    // The JSON says the same: no report left, the receipt kept.
    let shown: serde_json::Value = serde_json::from_str(&run(&["ledger", "--json"])).unwrap();
    assert_eq!(shown["entries"], serde_json::json!([]), "{shown}");
    assert_eq!(shown["forgotten"]["forgotten"], receipt, "{shown}");
    let status = run(&["status", "--json"]);
    assert!(status.contains("\"enabled\": false"), "{status}");

    // Again: the same receipt, from the ledger; the server says the same.
    let second: serde_json::Value = serde_json::from_str(&run(&["forget", "--json"])).unwrap();
    assert_eq!(second["ids"][0]["receipt"], receipt);
    assert_eq!(second["already"], true);
    let again = rt.block_on(async {
        let http = cep::transport::HttpTransport::new(cep::transport::HttpSettings {
            config: cep::config::HttpConfig {
                url: format!("http://{addr}"),
                protocol: cep_core::Protocol::Cep,
                connect_timeout: Duration::from_secs(5),
                timeout: Duration::from_secs(10),
                policy_timeout: Duration::from_secs(5),
                ca_file: None,
                proxy: None,
                id_from_server: false,
            },
            proxy: None,
            server_id_file: None,
        })
        .unwrap();
        cep_core::Transport::forget(&http, host_id.parse().unwrap()).await
    });
    assert_eq!(
        serde_json::to_value(again.unwrap()).unwrap(),
        receipt,
        "the server's second answer"
    );
    assert_eq!(published(addr), before);
}

#[test]
fn cep_forget_erases_the_host_at_the_server_and_here_sqlite() {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    forget_against(&rt, dir.path().join("stats.db").to_str().unwrap());
}

/// The same against PostgreSQL when `CEP_TEST_PG_URL` is set (.ci/run).
#[test]
fn cep_forget_erases_the_host_at_the_server_and_here_postgresql() {
    let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
        cep_core::skip!("CEP_TEST_PG_URL is not set (.ci/run sets it up; see README.md)");
        return;
    };
    store::schema::drop_all(&mut *store::open(&url).unwrap()).unwrap();
    let rt = runtime();
    forget_against(&rt, &url);
}

/// With the FILE transport nothing can be forgotten, and nothing changes.
#[test]
fn cep_forget_with_the_file_transport_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("etc")).unwrap();
    std::fs::write(
        dir.path().join("etc/cep.toml"),
        "[transport]\ntype = \"file\"\npath = \"out.tar.gz\"\n",
    )
    .unwrap();
    let id = cep_in(dir.path(), &["id"]);
    assert!(id.status.success());
    let before = cep_core::testing::snapshot(dir.path());
    let o = cep_in(dir.path(), &["forget"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot ask a server to forget") && err.contains("nothing was changed"),
        "{err}"
    );
    // Not a file or directory more or less (no lock, no spool), none changed.
    assert_eq!(cep_core::testing::snapshot(dir.path()), before);
    assert!(dir.path().join("state/host-id").exists());
    assert_eq!(cep_in(dir.path(), &["id"]).stdout, id.stdout);
}

/// With no server reachable nothing changes either: no lock, no spool.
#[test]
fn cep_forget_with_no_server_reachable_changes_nothing() {
    // A port nobody listens on.
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let dir = client_dir(addr, "cep", "");
    ok_in(dir.path(), &["id"]);
    let before = cep_core::testing::snapshot(dir.path());
    let o = cep_in(dir.path(), &["forget"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&addr.to_string()) && err.contains("nothing was changed"),
        "{err}"
    );
    assert_eq!(cep_core::testing::snapshot(dir.path()), before);
}

/// The server's policy drops `os.kernel`'s `release`: the next report
/// leaves it out, the manifest names it under the policy's version, `cep
/// show` lists it as withheld and `cep inventory` marks it; the policy is
/// fetched once for two sends (at most once a day).
#[test]
fn a_field_the_servers_policy_drops_is_withheld_and_said_so() {
    let server = cep_testserver::TestServer::start();
    let mut fields = cep_policy::Policy::builtin().collectors;
    fields.get_mut("os.kernel").unwrap().remove("release");
    let policy = cep_policy::Policy::new(fields);
    assert_ne!(policy.version, cep_policy::Policy::builtin().version);
    server.set_policy(policy.clone());
    let dir = client_dir(server.addr(), "cep", "");
    let run = |args: &[&str]| ok_in(dir.path(), args);
    let root = host("vz7");
    let root = root.to_str().unwrap();
    // Before any fetch, the built-in policy (the published tables' needs).
    let shown = run(&["show", "--root", root, "--json"]);
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(shown["manifest"]["policy"]["source"], "built-in");
    assert_eq!(
        shown["sections"]["os.kernel"],
        serde_json::json!({"line": "vz7", "release": "3.10.0-1160.80.1.vz7.191.4"})
    );
    run(&["send", "--root", root]);
    run(&["send", "--root", root]);
    assert_eq!(server.policy_requests(), 1);
    let uploads = server.uploads();
    assert_eq!(uploads.len(), 2);
    let r = cep_core::Report::read(&uploads[1].body, &cep_core::ReadLimits::default()).unwrap();
    let cep_core::Section::Json(kernel) = &r.sections["os.kernel"] else {
        panic!("os.kernel is not JSON");
    };
    assert_eq!(kernel, &serde_json::json!({"line": "vz7"}));
    let note = r.manifest.policy.unwrap();
    assert_eq!(note.version, policy.version);
    assert_eq!(note.source, "server");
    assert_eq!(note.withheld["os.kernel"], ["machine", "openvz", "release"]);
    // A collector no table reads is not sent at all.
    let uptime = r
        .manifest
        .collectors
        .iter()
        .find(|e| e.id == "sys.static")
        .unwrap();
    assert_eq!(uptime.status, cep_core::Status::Skipped);
    assert!(!r.sections.contains_key("sys.static"));

    let show = run(&["show", "--root", root]);
    assert!(
        show.contains("withheld (no published table reads them): machine, openvz, release"),
        "{show}"
    );
    assert!(
        show.contains(&format!(
            "collection policy {} (server: fetched ",
            policy.version
        )),
        "{show}"
    );
    let inventory = run(&["inventory"]);
    let line = |field: &str| {
        inventory
            .lines()
            .find(|l| l.starts_with("os.kernel") && l.split_whitespace().nth(1) == Some(field))
            .unwrap_or_else(|| panic!("no os.kernel {field} in {inventory}"))
            .to_owned()
    };
    assert!(line("line").ends_with("[used]"), "{}", line("line"));
    assert!(
        line("release").ends_with("[withheld]"),
        "{}",
        line("release")
    );
}

/// A host that adopted a vzstats id and reports under the id a vzstats
/// server handed out: `cep forget` asks for both, and removes both files.
#[test]
fn cep_forget_forgets_the_vzstats_ids_too() {
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let addr = server(&rt, db.path());
    let dir = client_dir(addr, "vzstats", "id_from_server = true\n");
    let legacy = "6c1a1bd0-8e4a-4f5e-9d57-4f4a0c0a9b21";
    std::fs::write(dir.path().join("etc/.vzstats-uuid"), format!("{legacy}\n")).unwrap();
    let run = |args: &[&str]| ok_in(dir.path(), args);
    let root = host("openvz-legacy");
    run(&["send", "--root", root.to_str().unwrap()]);
    assert_eq!(run(&["id"]).trim(), legacy);
    let server_id = std::fs::read_to_string(dir.path().join("state/vzstats-server-id")).unwrap();
    let f: serde_json::Value = serde_json::from_str(&run(&["forget", "--json"])).unwrap();
    let ids: Vec<(String, i64)> = f["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["what"].as_str().unwrap().to_owned(),
                i["receipt"]["reports"].as_i64().unwrap(),
            )
        })
        .collect();
    // The adopted vzstats id is the host id: asked once.
    assert_eq!(
        ids,
        [
            ("host id".to_owned(), 0),
            ("vzstats server id".to_owned(), 1)
        ],
        "{f}"
    );
    for gone in [
        "etc/.vzstats-uuid",
        "state/host-id",
        "state/vzstats-server-id",
    ] {
        assert!(!dir.path().join(gone).exists(), "{gone}");
    }
    let stats: serde_json::Value = serde_json::from_str(&get(addr, "/api/v1/stats")).unwrap();
    assert_eq!(stats["general"]["hosts_total"], 0, "{stats}");
    assert!(!server_id.trim().is_empty());
}

/// A real stats server in `dir`, signing its policy with `signer`.
fn signing_server(
    rt: &tokio::runtime::Runtime,
    dir: &Path,
    signer: Option<cep_policy::signing::PolicySigner>,
) -> SocketAddr {
    std::fs::create_dir_all(dir).unwrap();
    let store = Store::new(store::open(dir.join("stats.db").to_str().unwrap()).unwrap()).unwrap();
    let cfg = Config {
        stats: StatsOptions {
            k: 1,
            ..StatsOptions::default()
        },
        stats_cache: Duration::ZERO,
        policy_signer: signer.map(std::sync::Arc::new),
        ..Config::default()
    };
    rt.block_on(spawn("127.0.0.1:0".parse().unwrap(), cfg, store))
        .unwrap()
}

/// `GET /api/v1/policy` as served: the body's bytes and the signature
/// header.
fn served_policy(addr: SocketAddr) -> cep_core::PolicyDocument {
    let (head, bytes) = get_raw(addr, "/api/v1/policy");
    let signature = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case(cep_core::policy::SIGNATURE_HEADER)
            .then(|| value.trim().to_owned())
    });
    cep_core::PolicyDocument { bytes, signature }
}

/// `cep status --json` of the client host in `dir`: its `policy`.
fn policy_status(dir: &Path) -> serde_json::Value {
    let s: serde_json::Value = serde_json::from_str(&ok_in(dir, &["status", "--json"])).unwrap();
    s["policy"].clone()
}

/// A host that pins the server's key uses its signed policy, and its
/// ledger proves which one (the SHA-256 of the bytes served). The same
/// policy signed by another key, unsigned, or with one byte changed is
/// refused: the built-in policy applies and `cep status`, `cep show` and
/// collect.log say why; a host that had the good one keeps it, and a
/// cache edited on disk is refused too. /privacy shows the fingerprint.
#[test]
fn a_signed_policy_is_used_and_a_refused_one_names_the_fallback() {
    use cep_policy::signing::PolicySigner;
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let (a, _) = PolicySigner::generate().unwrap();
    let (b, _) = PolicySigner::generate().unwrap();
    let key_a = a.public_key().clone();
    let key_b = b.public_key().clone();
    let signed = signing_server(&rt, &db.path().join("a"), Some(a));
    let other = signing_server(&rt, &db.path().join("b"), Some(b));
    let unsigned = signing_server(&rt, &db.path().join("u"), None);
    let pin = format!("[policy]\nkeys = [\"{key_a}\"]\n");
    let root = host("vz7");
    let root = root.to_str().unwrap();
    assert!(get(signed, "/privacy").contains(&key_a.fingerprint()));

    // Signed by the pinned key: used; the ledger holds its digest.
    let doc = served_policy(signed);
    let version = cep_policy::Policy::from_document(&doc).unwrap().version;
    let good = client_dir(signed, "cep", &pin);
    ok_in(good.path(), &["send", "--root", root]);
    let p = policy_status(good.path());
    assert_eq!(p["source"], "server", "{p}");
    assert_eq!(p["signed_by"], key_a.fingerprint());
    assert_eq!(p["sha256"], doc.sha256());
    let ledger: serde_json::Value =
        serde_json::from_str(&ok_in(good.path(), &["ledger", "--json"])).unwrap();
    assert_eq!(ledger["entries"][0]["policy_sha256"], doc.sha256());
    assert_eq!(ledger["entries"][0]["policy_version"], version.as_str());

    // Refused: the built-in policy, and why.
    let impostor = cep_testserver::TestServer::start();
    let mut altered = doc.clone();
    altered.bytes[2] ^= 1;
    impostor.set_policy_document(altered);
    let builtin = cep_policy::Policy::builtin().unsigned().sha256();
    for (addr, why) in [
        (
            other,
            format!("signature by an unknown key {}", key_b.short()),
        ),
        (unsigned, "unsigned while keys are pinned".to_owned()),
        (impostor.addr(), "altered: the signature by key".to_owned()),
    ] {
        let dir = client_dir(addr, "cep", &pin);
        ok_in(dir.path(), &["send", "--root", root]);
        let p = policy_status(dir.path());
        assert_eq!(p["source"], "built-in", "{p}");
        let reason = p["reason"].as_str().unwrap();
        assert!(reason.contains(&why), "{reason}");
        let show = ok_in(dir.path(), &["show", "--root", root]);
        assert!(
            show.contains("(built-in: ") && show.contains(&why),
            "{show}"
        );
        assert!(
            show.contains(&format!(
                "policy: {} from built-in",
                cep_policy::Policy::builtin().version
            )),
            "{show}"
        );
        let ledger: serde_json::Value =
            serde_json::from_str(&ok_in(dir.path(), &["ledger", "--json"])).unwrap();
        assert_eq!(ledger["entries"][0]["policy_sha256"], builtin.as_str());
    }

    // Two days later the good host's server signs with another key: the
    // policy fetched before stays, and the reason says both.
    let toml = good.path().join("etc/cep.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, text.replace(&signed.to_string(), &other.to_string())).unwrap();
    let later = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(48)).to_string();
    let o = Command::new(env!("CARGO_BIN_EXE_cep"))
        .args(["send", "--root", root])
        .env("CEP_STATE_DIR", good.path().join("state"))
        .env("CEP_SYSCONF_DIR", good.path().join("etc"))
        .env("CEP_TEST_NOW", &later)
        .env_remove("DO_NOT_TRACK")
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let p = policy_status(good.path());
    assert_eq!(p["source"], "cache", "{p}");
    let reason = p["reason"].as_str().unwrap();
    assert!(
        reason.contains(&format!("signature by an unknown key {}", key_b.short()))
            && reason.contains(&format!("signed by pinned key {}", key_a.fingerprint())),
        "{reason}"
    );
    assert_eq!(p["sha256"], doc.sha256());

    // The cache edited on disk: refused when used.
    let cache = good.path().join("state/policy.json");
    let mut c: serde_json::Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    let mut bytes = doc.bytes.clone();
    bytes[2] ^= 1;
    c["document"]["bytes"] = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .encode(bytes)
            .into()
    };
    std::fs::write(&cache, serde_json::to_vec(&c).unwrap()).unwrap();
    let p = policy_status(good.path());
    assert_eq!(p["source"], "built-in", "{p}");
    assert!(
        p["reason"]
            .as_str()
            .unwrap()
            .contains("the cached policy is refused: altered"),
        "{p}"
    );
}

/// vzstats and disp clients fetch no policy, pinned keys or not: their
/// reports go whole, and their ledger lines name no policy.
#[test]
fn vzstats_and_disp_clients_are_unaffected_by_pinned_keys() {
    let rt = runtime();
    let db = tempfile::tempdir().unwrap();
    let addr = signing_server(&rt, db.path(), None);
    let pin = "[policy]\nkeys = [\"ed25519:Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\"]\n";
    for protocol in ["vzstats", "disp"] {
        let dir = client_dir(addr, protocol, pin);
        let root = host("vz7");
        let shown: serde_json::Value = serde_json::from_str(&ok_in(
            dir.path(),
            &["show", "--root", root.to_str().unwrap(), "--json"],
        ))
        .unwrap();
        assert!(shown["manifest"].get("policy").is_none(), "{protocol}");
        // A field no published table reads goes too: the report is whole.
        assert!(shown["sections"]["sys.static"].is_object(), "{protocol}");
        ok_in(dir.path(), &["send", "--root", root.to_str().unwrap()]);
        assert_eq!(policy_status(dir.path())["source"], "none", "{protocol}");
        let ledger: serde_json::Value =
            serde_json::from_str(&ok_in(dir.path(), &["ledger", "--json"])).unwrap();
        assert!(
            ledger["entries"][0].get("policy_sha256").is_none(),
            "{protocol}"
        );
    }
}
