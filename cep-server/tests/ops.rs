//! The server as its operator runs it, end to end through the real
//! binary: the configuration file and its precedence, `/healthz` and
//! `/readyz`, the operator metrics on the admin port, both metrics pages
//! under `promtool check metrics`, and published numbers that hostile
//! reports cannot bend (ranges, one host's weight, CSV formulas, control
//! bytes), over the native, disp and vzstats protocols.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use cep_core::{ClientInfo, Collection, Outcome, Report, Section, Status};
use reqwest::blocking::{Client, multipart};
use serde_json::{Value, json};
use uuid::Uuid;

#[path = "support/listen.rs"]
mod listen;

/// A running `cep-server` and where it answers.
struct Running {
    child: Child,
    url: String,
    admin: Option<String>,
    _dir: tempfile::TempDir,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The binary with a fresh SQLite database in a temporary directory, `k`
/// 1 unless `args` set it, and every `CEP_SERVER_*` variable of this
/// process removed (only `env` sets any).
fn server_command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cep-server"));
    for (k, _) in std::env::vars() {
        if k.starts_with("CEP_SERVER_") {
            c.env_remove(k);
        }
    }
    let db = dir.join("stats.db");
    if !args.contains(&"--db") && !args.contains(&"--config") {
        c.args(["--db", db.to_str().unwrap()]);
    }
    if !args.contains(&"--listen") && !args.contains(&"--config") {
        c.args(["--listen", "127.0.0.1:0"]);
    }
    if !args.contains(&"--k") && !args.contains(&"--config") {
        c.args(["--k", "1"]);
    }
    c.args(["--stats-cache-ms", "0"])
        .args(args)
        .env("CEP_SERVER_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Starts the server and reads where it listens (and its admin port,
/// when `--admin-listen` is given) from its first stdout lines.
fn run(args: &[&str], env: &[(&str, &str)]) -> Running {
    run_in(tempfile::tempdir().unwrap(), args, env)
}

fn run_in(dir: tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> Running {
    let mut child = server_command(dir.path(), args, env).spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut url = |what: &str| listen::next_url(&mut out, what);
    let main = url("public");
    let admin = args
        .iter()
        .any(|a| a.starts_with("--admin-listen"))
        .then(|| url("admin"));
    Running {
        child,
        url: main,
        admin,
        _dir: dir,
    }
}

fn client() -> Client {
    // reqwest's rustls is built without a provider in this workspace.
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn get(url: &str) -> (u16, String) {
    let r = client().get(url).send().unwrap();
    (r.status().as_u16(), r.text().unwrap())
}

fn get_json(url: &str) -> (u16, Value) {
    let (status, text) = get(url);
    let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {url}: {text}"));
    (status, v)
}

/// The value of the sample `series` (name and labels as printed).
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// A report archive of exactly these JSON sections, as a client that
/// skips the privacy guard (a hostile one) would build it.
fn raw_archive(host: Uuid, sections: Value) -> cep_core::Archive {
    let Value::Object(m) = sections else {
        panic!("sections must be an object")
    };
    let outcomes = m
        .into_iter()
        .map(|(id, v)| Outcome {
            id,
            status: Status::Ok,
            duration: Duration::from_millis(1),
            section: Some(Section::Json(v)),
            message: None,
            exit_status: None,
            truncated: false,
        })
        .collect();
    let c = Collection {
        outcomes,
        log: vec![],
    };
    Report::new(c, host, ClientInfo::default())
        .to_archive()
        .unwrap()
}

#[derive(Debug, Clone, Copy)]
enum Via {
    Native,
    Disp,
    /// `/submit.php`, as vzstats 0.5 posts its tarball (a cep archive
    /// sent this way is read as one).
    Vzstats,
}

/// Uploads `a` over `via`; the status and the receipt.
fn upload(s: &Running, a: &cep_core::Archive, via: Via) -> (u16, Value) {
    let c = client();
    let part = || {
        multipart::Part::bytes(a.bytes.clone())
            .file_name("report.tar.gz")
            .mime_str("application/octet-stream")
            .unwrap()
    };
    let r = match via {
        Via::Native => c
            .post(format!("{}/api/v1/reports", s.url))
            .header("Content-Type", "application/gzip")
            .header("Cep-Client-Id", a.client_id.to_string())
            .header("Cep-Report-Id", a.report_id.to_string())
            .body(a.bytes.clone()),
        Via::Disp => c
            .post(format!("{}/post", s.url))
            .multipart(multipart::Form::new().part("report", part())),
        Via::Vzstats => c.post(format!("{}/submit.php", s.url)).multipart(
            multipart::Form::new()
                .text("uuid", a.client_id.to_string())
                .part("file", part()),
        ),
    }
    .send()
    .unwrap();
    let status = r.status().as_u16();
    let text = r.text().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")),
    )
}

/// A vzstats 0.5 upload of these per-script files (`./uname`, ...).
fn submit_vzstats(s: &Running, files: &[(&str, &str)]) -> u16 {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (name, text) in files {
        let mut h = tar::Header::new_gnu();
        h.set_size(text.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, format!("./{name}"), text.as_bytes())
            .unwrap();
    }
    let bytes = tar.into_inner().unwrap().finish().unwrap();
    let tarball = cep_core::Archive::new(Uuid::new_v4(), Uuid::new_v4(), bytes);
    upload(s, &tarball, Via::Vzstats).0
}

/// `{key: (hosts, units)}` of a published table.
fn table(s: &Running, name: &str) -> BTreeMap<String, (i64, Option<i64>)> {
    let (status, v) = get_json(&format!("{}/api/v1/tables/{name}.json", s.url));
    assert_eq!(status, 200, "{v}");
    v["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["key"].as_str().unwrap().to_owned(),
                (b["hosts"].as_i64().unwrap(), b["units"].as_i64()),
            )
        })
        .collect()
}

/// `promtool check metrics` of `text`: its complaints, or `None` without
/// promtool (the test says it skips that part).
fn promtool(text: &str) -> Option<String> {
    use std::io::Write;
    let mut child = match Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(_) => {
            cep_core::skip!("promtool not found (Debian package prometheus)");
            return None;
        }
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    Some(if o.status.success() {
        said
    } else {
        format!("exit {:?}: {said}", o.status.code())
    })
}

#[test]
fn the_configuration_file_yields_to_environment_and_flags() {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("server.toml");
    let db = dir.path().join("from-file.db");
    std::fs::write(
        &conf,
        format!(
            "listen = \"127.0.0.1:0\"\ndb = \"{}\"\nk = 3\ntrend_weeks = 9\n\
             data_license = \"licence from the file\"\nactive_days = 20\n",
            db.display()
        ),
    )
    .unwrap();
    let s = run_in(
        dir,
        &["--config", conf.to_str().unwrap(), "--trend-weeks", "4"],
        &[
            ("CEP_SERVER_DATA_LICENSE", "licence from the environment"),
            ("CEP_SERVER_TREND_WEEKS", "7"),
            ("CEP_SERVER_ACTIVE_DAYS", "21"),
        ],
    );
    assert!(db.exists(), "the file's database");
    let (_, kernel) = get_json(&format!("{}/api/v1/tables/kernel.json", s.url));
    // k from the file, the licence and the window from the environment
    // over the file.
    assert_eq!(kernel["k"], 3);
    assert_eq!(kernel["license"], "licence from the environment");
    assert_eq!(kernel["window_days"], 21);
    // The flag over the environment over the file.
    let (_, trend) = get_json(&format!("{}/api/v1/trends/kernel.json", s.url));
    assert_eq!(trend["weeks"].as_array().unwrap().len(), 4, "{trend}");

    // The same file with an unknown key: no start, the file, line and key named.
    let bad = s._dir.path().join("bad.toml");
    std::fs::write(&bad, "k = 3\nmax_upload = 9\n").unwrap();
    let o = server_command(s._dir.path(), &["--config", bad.to_str().unwrap()], &[])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "configuration file {}: line 2: unknown field `max_upload`",
            bad.display()
        )),
        "{err}"
    );
    // A password in a broken line is not repeated.
    std::fs::write(&bad, "db = \"postgres://cep:s3cret@db/cep\n").unwrap();
    let o = server_command(s._dir.path(), &["--config", bad.to_str().unwrap()], &[])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.code() == Some(1) && err.contains("line 1"),
        "{err}"
    );
    assert!(!err.contains("s3cret"), "{err}");
}

/// Logs to a file (not a terminal): plain text without colour codes, or
/// one JSON object a line; a refused section is logged without its value.
#[test]
fn logs_have_no_colour_off_a_terminal_and_can_be_json() {
    for format in ["text", "json"] {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("stderr.log");
        let mut c = server_command(dir.path(), &["--log", "info", "--log-format", format], &[]);
        c.stderr(std::fs::File::create(&log).unwrap());
        let mut child = c.spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let s = Running {
            child,
            url: line
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .unwrap()
                .trim_end_matches('/')
                .to_owned(),
            admin: None,
            _dir: dir,
        };
        let secret = "Xeon\u{1b}[31m-secret-model";
        let a = raw_archive(Uuid::new_v4(), json!({"hw.cpu": {"models": [secret]}}));
        assert_eq!(upload(&s, &a, Via::Native).0, 201);
        let mut s = s;
        let _ = s.child.kill();
        let _ = s.child.wait();
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(!text.contains('\u{1b}'), "{format}: {text:?}");
        assert!(!text.contains("secret-model"), "{format}: {text}");
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines.iter().any(|l| l.contains("listening on 127.0.0.1:")),
            "{format}: {text}"
        );
        let refusal = lines
            .iter()
            .find(|l| l.contains("section hw.cpu refused (control): field `models[]`"))
            .unwrap_or_else(|| panic!("{format}: {text}"));
        if format == "json" {
            for l in &lines {
                let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
                assert!(
                    v["level"].is_string() && v["fields"]["message"].is_string(),
                    "{l}"
                );
            }
            let v: Value = serde_json::from_str(refusal).unwrap();
            assert_eq!(v["level"], "INFO");
        } else {
            assert!(refusal.contains(" INFO "), "{refusal}");
        }
    }
}

#[test]
fn health_readiness_and_operator_metrics_that_move() {
    let s = run(&["--admin-listen", "127.0.0.1:0"], &[]);
    let admin = s.admin.clone().unwrap();
    assert_eq!(
        get_json(&format!("{}/healthz", s.url)),
        (200, json!({"status": "ok"}))
    );
    assert_eq!(
        get_json(&format!("{}/readyz", s.url)),
        (200, json!({"status": "ready"}))
    );
    assert_eq!(get(&format!("{admin}/healthz")).0, 200);
    // The operator metrics are not on the public port.
    let (_, public) = get(&format!("{}/metrics", s.url));
    assert!(!public.contains("cep_server_"), "{public}");

    let host = Uuid::new_v4();
    let a = raw_archive(
        host,
        json!({"os.kernel": {"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"}}),
    );
    assert_eq!(upload(&s, &a, Via::Native).0, 201);
    assert_eq!(upload(&s, &a, Via::Native).0, 200);
    let refused = client()
        .post(format!("{}/api/v1/reports", s.url))
        .header("Content-Type", "text/plain")
        .body("x")
        .send()
        .unwrap();
    assert_eq!(refused.status().as_u16(), 415);
    assert_eq!(
        upload(&s, &raw_archive(Uuid::new_v4(), json!({})), Via::Disp).0,
        201
    );
    for _ in 0..3 {
        assert_eq!(get(&format!("{}/api/v1/tables/kernel.csv", s.url)).0, 200);
    }
    assert_eq!(get(&format!("{}/no/such/page", s.url)).0, 404);

    let (status, m) = get(&format!("{admin}/metrics"));
    assert_eq!(status, 200);
    for (series, value) in [
        (
            r#"cep_server_uploads_total{outcome="stored",protocol="cep",reason=""}"#,
            1.0,
        ),
        (
            r#"cep_server_uploads_total{outcome="repeated",protocol="cep",reason=""}"#,
            1.0,
        ),
        (
            r#"cep_server_uploads_total{outcome="refused",protocol="cep",reason="wrong_type"}"#,
            1.0,
        ),
        (
            r#"cep_server_uploads_total{outcome="stored",protocol="disp",reason=""}"#,
            1.0,
        ),
        (
            r#"cep_server_http_requests_total{route="/api/v1/tables/{file}",status="200"}"#,
            3.0,
        ),
        (
            r#"cep_server_http_requests_total{route="/api/v1/reports",status="201"}"#,
            1.0,
        ),
        (
            r#"cep_server_http_requests_total{route="unmatched",status="404"}"#,
            1.0,
        ),
        (
            r#"cep_server_ingest_duration_seconds_count{protocol="cep"}"#,
            3.0,
        ),
        ("cep_server_page_duration_seconds_count", 4.0),
        ("cep_server_retention_purge_running", 0.0),
        // No connection cap was reached.
        ("cep_server_connections_shed_total", 0.0),
    ] {
        assert_eq!(sample(&m, series), Some(value), "{series} in\n{m}");
    }
    // The first hourly purge runs at start: it finished, having erased nothing.
    assert!(sample(&m, "cep_server_retention_last_purge_timestamp_seconds").unwrap() > 1.7e9);
    assert!(sample(&m, "cep_server_database_size_bytes").unwrap() >= 4096.0);
    assert!(sample(&m, "cep_server_store_queue_jobs").is_some());
    // No raw path becomes a label.
    assert!(!m.contains("/no/such/page"), "{m}");

    if let Some(said) = promtool(&m) {
        assert_eq!(said, "", "promtool on the operator metrics");
        let (_, public) = get(&format!("{}/metrics", s.url));
        assert_eq!(
            promtool(&public).unwrap(),
            "",
            "promtool on /metrics:\n{public}"
        );
        assert!(public.contains("\ncep_hosts 2\n") && public.contains("\ncep_reports 2\n"));
        assert!(
            public.contains("\ncep_hosts_active_window_seconds 5270400\n"),
            "{public}"
        );
    }

    // A public admin address needs the operator's explicit word.
    let o = server_command(s._dir.path(), &["--admin-listen", "0.0.0.0:0"], &[])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("--admin-allow-remote"), "{err}");
}

/// Connections shed at the connection caps count in the operator metrics:
/// an idle one closed to make room, and a new one refused when every
/// connection is busy.
#[test]
fn connections_shed_at_the_caps_are_counted() {
    use std::io::{Read, Write};
    let s = run(
        &[
            "--admin-listen",
            "127.0.0.1:0",
            "--max-connections",
            "1",
            "--head-timeout",
            "60",
        ],
        &[],
    );
    let admin = s.admin.clone().unwrap();
    let shed = || {
        sample(
            &get(&format!("{admin}/metrics")).1,
            "cep_server_connections_shed_total",
        )
    };
    assert_eq!(shed(), Some(0.0));
    let addr = s.url.trim_start_matches("http://").to_owned();
    let wait = Some(Duration::from_secs(30));
    // An idle connection, then one that takes its place: the idle one is
    // closed without an answer.
    let mut idle = std::net::TcpStream::connect(&addr).unwrap();
    let mut busy = std::net::TcpStream::connect(&addr).unwrap();
    idle.set_read_timeout(wait).unwrap();
    let mut buf = [0u8; 256];
    assert!(
        matches!(idle.read(&mut buf), Ok(0) | Err(_)),
        "the idle connection was not closed"
    );
    // The second one busy with an upload whose body the server waits for
    // (its `100 Continue` says the request is under way) ...
    write!(
        busy,
        "POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/gzip\r\n\
         Cep-Client-Id: {}\r\nCep-Report-Id: {}\r\nContent-Length: 100\r\n\
         Expect: 100-continue\r\n\r\n",
        Uuid::new_v4(),
        Uuid::new_v4()
    )
    .unwrap();
    busy.set_read_timeout(wait).unwrap();
    let n = busy.read(&mut buf).unwrap();
    let said = String::from_utf8_lossy(&buf[..n]);
    assert!(said.starts_with("HTTP/1.1 100 Continue"), "{said}");
    // ... so a third is refused.
    let mut third = std::net::TcpStream::connect(&addr).unwrap();
    third.set_read_timeout(wait).unwrap();
    let mut answer = String::new();
    let _ = third.read_to_string(&mut answer);
    assert!(
        answer.starts_with("HTTP/1.1 503 Service Unavailable"),
        "{answer}"
    );
    assert!(answer.contains("every connection is in use"), "{answer}");
    assert_eq!(shed(), Some(2.0));
    drop(busy);
}

/// With PostgreSQL (`CEP_TEST_PG_URL`): `/readyz` is 503 with the reason
/// once the server's database connection is gone, while `/healthz` stays 200.
#[test]
fn readiness_fails_when_the_database_goes_away() {
    let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
        cep_core::skip!("CEP_TEST_PG_URL is not set (.ci/run sets it up; see README.md)");
        return;
    };
    let s = run(&["--db", &url], &[]);
    assert_eq!(get(&format!("{}/readyz", s.url)).0, 200);
    let mut pg = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let gone = pg
        .query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()",
            &[],
        )
        .unwrap();
    assert!(!gone.is_empty());
    let (status, v) = get_json(&format!("{}/readyz", s.url));
    assert_eq!(status, 503, "{v}");
    assert_eq!(v["status"], "unavailable");
    assert!(
        v["reason"]
            .as_str()
            .unwrap()
            .starts_with("database error: "),
        "{v}"
    );
    assert!(!v.to_string().contains(":cep@"), "{v}");
    assert_eq!(get(&format!("{}/healthz", s.url)).0, 200);
}

/// The attack run's reports, over all three protocols: a value unlike its
/// kind or beyond one host refuses its section (the rest of the report is
/// stored, the receipt as usual), the refusals are counted, and one host
/// weighs at most 1,000 units in a table.
#[test]
fn hostile_values_refuse_their_section_and_bend_no_table() {
    let s = run(&["--admin-listen", "127.0.0.1:0"], &[]);
    let honest = |n: u64| {
        json!({
            "os.kernel": {"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"},
            "hw.memory": {"total_bytes": 64u64 << 30},
            "vz.containers": {"configured": n + 5, "by_layout": {"ploop": n, "simfs": 5}},
        })
    };
    for (n, via) in [(10, Via::Native), (20, Via::Disp), (30, Via::Vzstats)] {
        assert_eq!(
            upload(&s, &raw_archive(Uuid::new_v4(), honest(n)), via).0,
            201
        );
    }
    let kernel = json!({"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"});
    let hostile = [
        // 1e18 ploop containers (a float: no count), over disp.
        (
            json!({"os.kernel": kernel, "vz.containers": {"configured": 1, "by_layout": {"ploop": 1e18}}}),
            Via::Disp,
            "kind",
        ),
        // The same as a whole number, over vzstats.
        (
            json!({"os.kernel": kernel, "vz.containers": {"configured": 1, "by_layout": {"ploop": 1_000_000_000_000_000_000u64}}}),
            Via::Vzstats,
            "range",
        ),
        // -5 containers, natively.
        (
            json!({"os.kernel": kernel, "vz.containers": {"configured": -5}}),
            Via::Native,
            "kind",
        ),
    ];
    for (sections, via, _) in &hostile {
        let (status, receipt) = upload(&s, &raw_archive(Uuid::new_v4(), sections.clone()), *via);
        assert_eq!(status, 201, "{via:?}: {receipt}");
        assert!(receipt["sha256"].is_string());
    }
    // -1 bytes of memory.
    let (status, _) = upload(
        &s,
        &raw_archive(
            Uuid::new_v4(),
            json!({"os.kernel": kernel, "hw.memory": {"total_bytes": -1}}),
        ),
        Via::Native,
    );
    assert_eq!(status, 201);

    // Every host counts; their good sections too.
    assert_eq!(table(&s, "kernel")["3.10.0-1160.80.1.vz7.191.4"].0, 7);
    assert_eq!(
        table(&s, "layout"),
        [
            ("ploop".to_owned(), (3, Some(60))),
            ("simfs".to_owned(), (3, Some(15)))
        ]
        .into_iter()
        .collect()
    );
    assert_eq!(
        table(&s, "memory"),
        [("32-64 GiB".to_owned(), (3, None))].into_iter().collect()
    );
    assert!(!table(&s, "container_count").contains_key("0"));

    // Plausible but huge: 5,000 containers weigh 1,000, in proportion.
    let big =
        json!({"vz.containers": {"configured": 5000, "by_layout": {"ploop": 4000, "simfs": 1000}}});
    assert_eq!(
        upload(&s, &raw_archive(Uuid::new_v4(), big), Via::Native).0,
        201
    );
    let layout = table(&s, "layout");
    assert_eq!(layout["ploop"], (4, Some(60 + 800)));
    assert_eq!(layout["simfs"], (4, Some(15 + 200)));

    let (_, m) = get(&format!("{}/metrics", s.admin.as_ref().unwrap()));
    for (series, n) in [
        (
            r#"cep_server_sections_refused_total{collector="vz.containers",reason="kind"}"#,
            2.0,
        ),
        (
            r#"cep_server_sections_refused_total{collector="vz.containers",reason="range"}"#,
            1.0,
        ),
        (
            r#"cep_server_sections_refused_total{collector="hw.memory",reason="kind"}"#,
            1.0,
        ),
    ] {
        assert_eq!(sample(&m, series), Some(n), "{series} in\n{m}");
    }
}

#[test]
fn formula_cells_are_neutralised_in_every_csv() {
    let s = run(&[], &[]);
    const LINK: &str = r#"=HYPERLINK("http://evil","x")"#;
    // The attack run's kernel, as vzstats' `uname -rm` prints it: not a
    // version, so its section is refused and no table shows it.
    assert_eq!(
        submit_vzstats(&s, &[("uname", &format!("{LINK} x86_64\n"))]),
        201
    );
    assert!(table(&s, "kernel").is_empty());
    // Free-text keys keep their text, neutralised in CSV only.
    let a = raw_archive(
        Uuid::new_v4(),
        json!({
            "hw.cpu": {"models": [LINK, "+1 Xeon", "@SUM(A1)", "-2 Opteron"]},
            "vz.containers": {"configured": 1, "by_template": {"=1+1": 1}},
        }),
    );
    assert_eq!(upload(&s, &a, Via::Native).0, 201);
    let (_, csv) = get(&format!("{}/api/v1/tables/cpu_model.csv", s.url));
    let mut keys: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplitn(6, ',').last().unwrap())
        .collect();
    keys.sort();
    let expected = [
        r#""'=HYPERLINK(""http://evil"",""x"")""#,
        "'+1 Xeon",
        "'-2 Opteron",
        "'@SUM(A1)",
    ];
    assert_eq!(keys, expected, "{csv}");
    // The trend's header holds the same keys, neutralised alike.
    let (_, trend) = get(&format!("{}/api/v1/trends/cpu_model.csv", s.url));
    let header = trend.lines().next().unwrap();
    for key in expected {
        assert!(header.contains(key), "{header}");
    }
    let (_, csv) = get(&format!("{}/api/v1/tables/ct_os.csv", s.url));
    assert!(csv.contains("\n'=1+1,1,"), "{csv:?}");
    // Every cell of every CSV the server writes.
    let (_, index) = get_json(&format!("{}/api/v1/tables", s.url));
    for t in index["tables"].as_array().unwrap() {
        for key in ["csv", "trend_csv"] {
            let Some(path) = t[key].as_str() else {
                continue;
            };
            let (status, body) = get(&format!("{}{path}", s.url));
            assert_eq!(status, 200, "{path}");
            for cell in body.lines().flat_map(|l| l.split(',')) {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !(cell.starts_with(['=', '+', '@', '\t', '\r'])
                        || cell.starts_with('-') && cell.parse::<f64>().is_err()),
                    "{path}: {cell:?}"
                );
            }
        }
    }
    // JSON is untouched.
    let (_, json) = get_json(&format!("{}/api/v1/tables/cpu_model.json", s.url));
    assert!(
        json["buckets"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["key"] == LINK),
        "{json}"
    );
}

#[test]
fn control_bytes_never_reach_a_page_or_metrics() {
    let s = run(&["--admin-listen", "127.0.0.1:0"], &[]);
    let a = raw_archive(
        Uuid::new_v4(),
        json!({
            "os.kernel": {"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"},
            "hw.cpu": {"models": ["Xeon\u{1b}[31m red"]},
            "vz.containers": {"configured": 1, "by_template": {"cent\u{0}os-7": 1}},
        }),
    );
    assert_eq!(upload(&s, &a, Via::Native).0, 201);
    let cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Opteron\u{1b}]0;owned\u{7}\ncpu cores\t: 1\n";
    assert_eq!(submit_vzstats(&s, &[("cpuinfo", cpuinfo)]), 201);
    // The kernel made it; the sections with control bytes did not.
    assert_eq!(table(&s, "kernel").len(), 1);
    assert!(table(&s, "cpu_model").is_empty());
    assert!(table(&s, "ct_os").is_empty());
    // Every page, the data at once, the public metrics.
    let mut paths: Vec<String> = cep_server::facts::Page::ALL
        .iter()
        .map(|p| format!("/{}", p.slug()))
        .chain(["/", "/metrics", "/api/v1/stats"].map(str::to_owned))
        .collect();
    paths.extend(["cpu_model", "ct_os"].iter().flat_map(|t| {
        [
            format!("/api/v1/tables/{t}.csv"),
            format!("/api/v1/trends/{t}.csv"),
        ]
    }));
    for p in paths {
        let (status, body) = get(&format!("{}{p}", s.url));
        assert_eq!(status, 200, "{p}");
        assert!(
            !body.contains(['\u{0}', '\u{1b}', '\u{7}']),
            "{p} holds a control byte"
        );
    }
    let (_, m) = get(&format!("{}/metrics", s.admin.as_ref().unwrap()));
    // The native and the vzstats report's CPU sections.
    assert_eq!(
        sample(
            &m,
            r#"cep_server_sections_refused_total{collector="hw.cpu",reason="control"}"#
        ),
        Some(2.0),
        "{m}"
    );
    assert_eq!(
        sample(
            &m,
            r#"cep_server_sections_refused_total{collector="vz.containers",reason="control"}"#
        ),
        Some(1.0)
    );
}
