//! Relays end to end: real `cep-server` processes, nodes → relay →
//! relay → public, over real HTTP on loopback. The nodes upload from
//! addresses of their own (127.0.0.2 and up), over the three protocols,
//! with fleet labels; the servers are killed and restarted while they
//! forward; the public server must count every report exactly once, never
//! see a node's address, a label or a field outside its policy, and the
//! first relay's fleet view must list every host with its label.

use std::io::{BufReader, Read};
use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cep_core::report::ReadLimits;
use cep_core::{ClientInfo, Host, PrivacyGuard, Report, RunOptions, Section, seal};
use cep_policy::Policy;
use reqwest::blocking::{Client, multipart};
use serde_json::Value;
use uuid::Uuid;

#[path = "support/listen.rs"]
mod listen;

#[path = "support/pg.rs"]
mod pg;

/// A running server; killed when dropped.
struct Server {
    child: Child,
    url: String,
    admin: Option<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Kills it at once (SIGKILL: no shutdown of any kind).
    fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `cep-server` on `port` with its database at `db` and an admin
/// port, plus `extra`; `env`: more environment variables.
fn start(port: u16, db: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--db", db.to_str().unwrap()])
        .args(["--admin-listen", "127.0.0.1:0", "--stats-cache-ms", "0"])
        .args(["--k", "1"])
        .args(extra)
        .envs(env.iter().copied())
        .env("CEP_SERVER_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("cep-server starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut url = |what: &str| listen::next_url(&mut out, what);
    let public = url("public");
    let admin = url("admin");
    Server {
        child,
        url: public,
        admin: Some(admin),
    }
}

fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A client whose connections come from `from`.
fn client_from(from: IpAddr) -> Client {
    install_crypto_provider();
    Client::builder()
        .timeout(Duration::from_secs(30))
        .local_address(from)
        .build()
        .unwrap()
}

fn client() -> Client {
    client_from(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

fn get_text(url: &str) -> String {
    let r = client().get(url).send().unwrap();
    assert!(r.status().is_success(), "{url}: {}", r.status());
    r.text().unwrap()
}

fn stats(s: &Server) -> Value {
    serde_json::from_str(&get_text(&format!("{}/api/v1/stats", s.url))).unwrap()
}

/// The value of one operator metric sample (`name{labels}`), 0 if absent.
fn metric(s: &Server, sample: &str) -> f64 {
    let text = get_text(&format!("{}/metrics", s.admin.as_ref().unwrap()));
    text.lines()
        .find_map(|l| l.strip_prefix(sample)?.trim().parse::<f64>().ok())
        .unwrap_or(0.0)
}

fn outbox_reports(s: &Server) -> f64 {
    metric(s, r#"cep_server_outbox_items{what="reports"}"#)
}

/// Waits up to `secs` for `cond`, polling.
fn wait_for(secs: u64, what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !cond() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn testdata(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata")
        .join(name)
}

/// A native archive of a fixture host, as `cep` builds it (every field
/// its collectors give, no policy applied: what an old client sends).
fn archive(host: &str, client_id: Uuid) -> cep_core::Archive {
    let collectors: Vec<Arc<dyn cep_core::Collector>> = cep_collectors::builtin();
    let h = Host::fixture(testdata("hosts").join(host)).unwrap();
    let secrets =
        cep_collectors::secrets::gather_with(&h, cep_collectors::vz_containers::container_names);
    let guard = PrivacyGuard::with_fields(&secrets, &collectors).unwrap();
    let collection = cep_core::run_collectors(&collectors, &h, &RunOptions::default());
    let report = Report::new(collection, client_id, ClientInfo::default());
    seal(report, &guard, &[]).unwrap().into_parts().1
}

/// A vzstats 0.5 tarball (`tar czf - -C dir .`) from real samples.
fn vzstats_tarball() -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (name, file) in [
        ("./cpuinfo", "real/proc-cpuinfo-openvz-nova-driver.txt"),
        ("./meminfo", "real/proc-meminfo-openvz-nova-driver.txt"),
    ] {
        let data = std::fs::read(testdata(file)).unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, name, data.as_slice()).unwrap();
    }
    let uname = b"2.6.32-042stab145.3 x86_64\n";
    let mut h = tar::Header::new_gnu();
    h.set_size(uname.len() as u64);
    h.set_mode(0o644);
    tar.append_data(&mut h, "./uname", &uname[..]).unwrap();
    tar.into_inner().unwrap().finish().unwrap()
}

const LABEL_HEADER: &str = cep_core::transport::FLEET_LABEL_HEADER;

/// How a node uploads.
#[derive(Clone, Copy, Debug)]
enum Via {
    Native,
    Disp,
    Vzstats,
}

/// One node: its id, address, label, protocol and what it sends.
struct Node {
    id: Uuid,
    from: IpAddr,
    label: String,
    via: Via,
    archive: Option<cep_core::Archive>,
}

impl Node {
    /// Uploads its report to `s`; the status.
    fn upload(&self, s: &Server) -> u16 {
        let c = client_from(self.from);
        let r = match (self.via, &self.archive) {
            (Via::Native, Some(a)) => c
                .post(format!("{}/api/v1/reports", s.url))
                .header("Content-Type", "application/gzip")
                .header("Cep-Client-Id", a.client_id.to_string())
                .header("Cep-Report-Id", a.report_id.to_string()),
            (Via::Disp, Some(a)) => {
                let part = multipart::Part::bytes(a.bytes.clone()).file_name("report.tar.gz");
                c.post(format!("{}/post", s.url))
                    .multipart(multipart::Form::new().part("report", part))
            }
            _ => {
                let part = multipart::Part::bytes(vzstats_tarball()).file_name("vzstats.tgz");
                c.post(format!("{}/submit.php", s.url)).multipart(
                    multipart::Form::new()
                        .text("uuid", self.id.to_string())
                        .part("file", part),
                )
            }
        };
        let r = match (self.via, &self.archive) {
            (Via::Native, Some(a)) => r.body(a.bytes.clone()),
            _ => r,
        };
        r.header(LABEL_HEADER, &self.label)
            .send()
            .unwrap()
            .status()
            .as_u16()
    }
}

/// Fifty nodes: natives from five fixture hosts, every fifth a vzstats
/// host and every seventh a disp client; labels `rack<n>-hv<n>`.
fn nodes() -> Vec<Node> {
    let fixtures = ["vz7", "vz9", "openvz-legacy", "vz7-current", "debian"];
    (0..50u8)
        .map(|i| {
            let id = Uuid::new_v4();
            let via = if i % 5 == 4 {
                Via::Vzstats
            } else if i % 7 == 3 {
                Via::Disp
            } else {
                Via::Native
            };
            Node {
                id,
                from: IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + i)),
                label: format!("rack{}-hv{i:02}", i / 10),
                via,
                archive: (!matches!(via, Via::Vzstats))
                    .then(|| archive(fixtures[i as usize % fixtures.len()], id)),
            }
        })
        .collect()
}

/// Every field of `sections` outside `policy`, as `collector:path`.
fn outside(policy: &Policy, report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for (id, s) in &report.sections {
        match s {
            Section::Json(v) => match policy.filter(id, &mut v.clone()) {
                Some(removed) => out.extend(removed.into_iter().map(|f| format!("{id}:{f}"))),
                None => out.push(id.clone()),
            },
            Section::Text(_) => out.push(format!("{id} (text)")),
        }
    }
    out
}

/// The kept archives of the server whose database is `db`.
fn kept_archives(db: &Path) -> Vec<Vec<u8>> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c.prepare("SELECT body FROM archives").unwrap();
    st.query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The whole text of an archive's members.
fn members_text(bytes: &[u8]) -> String {
    cep_core::report::read_members(bytes, &ReadLimits::default())
        .unwrap()
        .into_iter()
        .map(|(name, data)| format!("{name}\n{}\n", String::from_utf8_lossy(&data)))
        .collect()
}

/// Every byte of a database file and its WAL, as text (labels are stored
/// as text, so a label stored anywhere shows).
fn database_text(db: &Path) -> String {
    let mut out = Vec::new();
    for p in [db.to_path_buf(), db.with_extension("db-wal")] {
        if let Ok(mut f) = std::fs::File::open(&p) {
            f.read_to_end(&mut out).unwrap();
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Rows of a fleet CSV: host id → label.
fn fleet_labels(relay: &Server) -> std::collections::BTreeMap<String, String> {
    let csv = get_text(&format!("{}/fleet.csv", relay.admin.as_ref().unwrap()));
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("host_id,label,label_source,"),
        "{csv}"
    );
    lines
        .map(|l| {
            let mut f = l.split(',');
            (f.next().unwrap().to_owned(), f.next().unwrap().to_owned())
        })
        .collect()
}

#[test]
fn fifty_nodes_through_two_relays_count_once_upstream_through_kills_and_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let (public_db, relay2_db, relay1_db) = (
        dir.path().join("public.db"),
        dir.path().join("relay2.db"),
        dir.path().join("relay1.db"),
    );
    let (p_port, r2_port, r1_port) = (free_port(), free_port(), free_port());
    // The public server keeps whole archives (to see what arrived) and
    // takes 5 uploads a second from one address: the relays' forwarding
    // takes seconds, long enough to kill them in the middle.
    let public_args = [
        "--keep-archives-days",
        "1",
        "--addr-rate",
        "300",
        "--addr-burst",
        "5",
    ];
    let public = start(p_port, &public_db, &public_args, &[]);
    let p_url = format!("http://127.0.0.1:{p_port}");
    let r2_url = format!("http://127.0.0.1:{r2_port}");
    let relay2_args = [
        "--upstream",
        &p_url,
        "--upstream-retry-max",
        "2",
        "--fleet",
        "--addr-rate",
        "300",
        "--addr-burst",
        "5",
    ];
    let relay2 = start(r2_port, &relay2_db, &relay2_args, &[]);
    let relay1_args = [
        "--upstream",
        &r2_url,
        "--upstream-retry-max",
        "2",
        "--fleet",
    ];
    let relay1 = start(r1_port, &relay1_db, &relay1_args, &[]);

    let nodes = nodes();
    for n in &nodes {
        assert_eq!(n.upload(&relay1), 201, "{:?} {}", n.via, n.label);
    }
    // Repeats: a native report sent again, and a vzstats host's second
    // upload of the day: stored once, forwarded once.
    for i in [0, 4] {
        assert_eq!(nodes[i].upload(&relay1), 200, "{:?}", nodes[i].via);
    }
    // The first relay saw the nodes' fifty addresses.
    assert_eq!(
        metric(
            &relay1,
            r#"cep_server_rate_limiter_keys{limiter="address"}"#
        ),
        50.0
    );

    // Kill -9 the first relay in the middle of its forwarding, then start
    // it again on its database.
    wait_for(60, "the first relay to forward some", || {
        metric(&relay1, "cep_server_forwarded_total") >= 8.0
    });
    let left = outbox_reports(&relay1);
    assert!(left > 0.0, "the first relay forwarded everything already");
    relay1.kill9();
    let relay1 = start(r1_port, &relay1_db, &relay1_args, &[]);

    // Kill the public server while the second relay forwards a burst,
    // then start it again.
    wait_for(60, "the public server to count some reports", || {
        stats(&public)["general"]["reports"].as_i64().unwrap() >= 8
    });
    assert!(outbox_reports(&relay2) > 0.0 || outbox_reports(&relay1) > 0.0);
    public.kill9();
    std::thread::sleep(Duration::from_secs(2));
    let public = start(p_port, &public_db, &public_args, &[]);

    wait_for(180, "every report upstream", || {
        outbox_reports(&relay1) == 0.0
            && outbox_reports(&relay2) == 0.0
            && stats(&public)["general"]["reports"].as_i64().unwrap() >= 50
    });
    // A last look after the outboxes emptied: nothing more arrives.
    std::thread::sleep(Duration::from_secs(1));
    let g = &stats(&public)["general"];
    assert_eq!(
        (g["hosts_total"].as_i64(), g["reports"].as_i64()),
        (Some(50), Some(50)),
        "{g}"
    );
    // The second relay forwarded for the same fifty hosts and reports.
    let g2 = &stats(&relay2)["general"];
    assert_eq!(
        (g2["hosts_total"].as_i64(), g2["reports"].as_i64()),
        (Some(50), Some(50))
    );
    assert!(metric(&relay2, "cep_server_forwarded_total") >= 50.0);
    for s in [&relay1, &relay2] {
        assert_eq!(
            metric(s, r#"cep_server_outbox_items{what="rejected"}"#),
            0.0
        );
        assert_eq!(metric(s, "cep_server_outbox_dropped_total"), 0.0);
    }

    // The public server and the second relay saw one address each: the
    // relay in front of them, never a node.
    assert_eq!(
        metric(
            &public,
            r#"cep_server_rate_limiter_keys{limiter="address"}"#
        ),
        1.0
    );
    assert_eq!(
        metric(
            &relay2,
            r#"cep_server_rate_limiter_keys{limiter="address"}"#
        ),
        1.0
    );

    // What arrived upstream: fifty archives, each holding only fields of
    // the public server's policy, no text sections, no node's log, no
    // label. The nodes did send fields outside it.
    let policy = cep_policy::Policy::builtin();
    let sent_outside: usize = nodes
        .iter()
        .filter_map(|n| n.archive.as_ref())
        .map(|a| {
            outside(
                &policy,
                &Report::read(&a.bytes, &ReadLimits::default()).unwrap(),
            )
            .len()
        })
        .sum();
    assert!(sent_outside > 100, "the nodes sent only policy fields?");
    let kept = kept_archives(&public_db);
    assert_eq!(kept.len(), 50);
    for bytes in &kept {
        let r = Report::read(bytes, &ReadLimits::default()).unwrap();
        assert_eq!(
            outside(&policy, &r),
            Vec::<String>::new(),
            "{:?}",
            r.manifest
        );
        assert!(r.log.starts_with("forwarded by a relay"), "{}", r.log);
        let note = r.manifest.policy.as_ref().unwrap();
        assert_eq!(note.version, policy.version);
        let text = members_text(bytes);
        assert!(!text.contains("rack"), "a label arrived upstream: {text}");
        assert!(
            !text.contains("127.0.0."),
            "an address arrived upstream: {text}"
        );
    }
    for db in [&public_db, &relay2_db] {
        let all = database_text(db);
        assert!(!all.contains("-hv0"), "{} holds a label", db.display());
    }

    // The first relay's fleet view lists all fifty with their labels; the
    // second's the same hosts with none.
    let fleet = fleet_labels(&relay1);
    assert_eq!(fleet.len(), 50);
    for n in &nodes {
        assert_eq!(fleet.get(&n.id.to_string()), Some(&n.label), "{}", n.id);
    }
    let fleet2 = fleet_labels(&relay2);
    assert_eq!(fleet2.len(), 50);
    assert!(fleet2.values().all(String::is_empty), "{fleet2:?}");
    let page = get_text(&format!("{}/fleet", relay1.admin.as_ref().unwrap()));
    assert!(page.contains("k-anonymity is off"), "{page}");
    assert!(page.contains("50 of 50 hosts"), "{page}");
}

/// A relay whose database is PostgreSQL: its outbox survives a kill -9
/// while the upstream is down, every report arrives upstream once when
/// it is back, and its fleet view lists every host with its label.
#[test]
fn a_relay_on_postgresql_keeps_its_outbox_through_a_kill_and_forwards_each_report_once() {
    let Some(admin) = pg::pg_admin() else {
        return;
    };
    let pg = pg::pg_db(&admin, "relay");
    let public_db = pg.dir.path().join("public.db");
    let (p_port, r_port) = (free_port(), free_port());
    let p_url = format!("http://127.0.0.1:{p_port}");
    let relay_args = ["--upstream", &p_url, "--upstream-retry-max", "1", "--fleet"];
    let relay_db = Path::new(&pg.url);
    let relay = start(r_port, relay_db, &relay_args, &[]);
    // Ten nodes of the fifty, over all three protocols, while the
    // upstream is not there.
    let nodes: Vec<Node> = nodes().into_iter().take(10).collect();
    for n in &nodes {
        assert_eq!(n.upload(&relay), 201, "{:?} {}", n.via, n.label);
    }
    assert_eq!(nodes[0].upload(&relay), 200);
    wait_for(30, "a failed forward", || {
        metric(&relay, r#"cep_server_forward_errors_total{kind="network"}"#) >= 1.0
    });
    assert_eq!(outbox_reports(&relay), 10.0);
    relay.kill9();

    let public = start(p_port, &public_db, &[], &[]);
    let relay = start(r_port, relay_db, &relay_args, &[]);
    wait_for(120, "every report upstream", || {
        outbox_reports(&relay) == 0.0
            && stats(&public)["general"]["reports"].as_i64().unwrap() >= 10
    });
    std::thread::sleep(Duration::from_secs(1));
    let g = &stats(&public)["general"];
    assert_eq!(
        (g["hosts_total"].as_i64(), g["reports"].as_i64()),
        (Some(10), Some(10)),
        "{g}"
    );
    assert_eq!(report_hosts(&public_db).len(), 10);
    let fleet = fleet_labels(&relay);
    assert_eq!(fleet.len(), 10);
    for n in &nodes {
        assert_eq!(fleet.get(&n.id.to_string()), Some(&n.label), "{}", n.id);
    }
    let all = database_text(&public_db);
    assert!(!all.contains("-hv0"), "the public server holds a label");
    // The upstream's policy was kept in the relay's database, byte for
    // byte as the public server served it.
    let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    let kept: Vec<u8> = c
        .query_one("SELECT body FROM upstream_policy", &[])
        .unwrap()
        .get(0);
    let served = Client::new()
        .get(format!("{}/api/v1/policy", public.url))
        .send()
        .unwrap()
        .bytes()
        .unwrap();
    assert_eq!(kept, served.to_vec());
}

/// The host ids of the reports the server whose database is `db` holds.
fn report_hosts(db: &Path) -> std::collections::BTreeSet<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c.prepare("SELECT client_id FROM reports").unwrap();
    st.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_week_without_the_upstream_loses_nothing_within_the_bounds_and_counts_what_it_drops() {
    let dir = tempfile::tempdir().unwrap();
    let (public_db, relay_db) = (dir.path().join("public.db"), dir.path().join("relay.db"));
    let (p_port, r_port) = (free_port(), free_port());
    let up = format!("http://127.0.0.1:{p_port}");
    let args = [
        "--upstream",
        &up,
        "--upstream-retry-max",
        "1",
        "--outbox-max-reports",
        "20",
    ];
    const MONDAY: &str = "2026-11-23T09:00:00Z";
    const A_WEEK_LATER: &str = "2026-11-30T09:00:00Z";
    let relay = start(r_port, &relay_db, &args, &[("CEP_SERVER_TEST_NOW", MONDAY)]);
    // Thirty hosts report while nothing listens upstream.
    let ids: Vec<Uuid> = (0..30).map(|_| Uuid::new_v4()).collect();
    let archive = archive("vz7", Uuid::new_v4());
    for id in &ids {
        let mut report = Report::read(&archive.bytes, &ReadLimits::default()).unwrap();
        report.manifest.client_id = *id;
        report.manifest.report_id = Uuid::new_v4();
        let a = report.to_archive().unwrap();
        let status = client()
            .post(format!("{}/api/v1/reports", relay.url))
            .header("Content-Type", "application/gzip")
            .header("Cep-Client-Id", a.client_id.to_string())
            .header("Cep-Report-Id", a.report_id.to_string())
            .body(a.bytes)
            .send()
            .unwrap()
            .status();
        assert_eq!(status, 201);
    }
    // The outbox keeps the newest twenty; the ten oldest are dropped and
    // counted. The relay's own pages count all thirty.
    let m = get_text(&format!("{}/metrics", relay.admin.as_ref().unwrap()));
    assert_eq!(outbox_reports(&relay), 20.0, "{m}");
    assert_eq!(metric(&relay, "cep_server_outbox_dropped_total"), 10.0);
    assert_eq!(stats(&relay)["general"]["reports"], 30);
    wait_for(30, "a failed attempt", || {
        metric(&relay, r#"cep_server_forward_errors_total{kind="network"}"#) >= 1.0
    });
    drop(relay);

    // A week later, the upstream still down: the same twenty wait, a week
    // old; the drops are still counted after the restart.
    let relay = start(
        r_port,
        &relay_db,
        &args,
        &[("CEP_SERVER_TEST_NOW", A_WEEK_LATER)],
    );
    assert_eq!(outbox_reports(&relay), 20.0);
    assert_eq!(
        metric(&relay, "cep_server_outbox_oldest_age_seconds"),
        7.0 * 86_400.0
    );
    assert_eq!(metric(&relay, "cep_server_outbox_dropped_total"), 10.0);
    let page = get_text(&format!("{}/metrics", relay.admin.as_ref().unwrap()));
    assert!(page.contains("cep_server_forward_errors_total"), "{page}");

    // The upstream comes back: the twenty newest arrive, once.
    let public = start(
        p_port,
        &public_db,
        &[],
        &[("CEP_SERVER_TEST_NOW", A_WEEK_LATER)],
    );
    wait_for(60, "the outbox to empty", || outbox_reports(&relay) == 0.0);
    let g = &stats(&public)["general"];
    assert_eq!(
        (g["hosts_total"].as_i64(), g["reports"].as_i64()),
        (Some(20), Some(20))
    );
    let arrived = report_hosts(&public_db);
    let newest: std::collections::BTreeSet<String> =
        ids[10..].iter().map(Uuid::to_string).collect();
    assert_eq!(arrived, newest);
    assert_eq!(metric(&relay, "cep_server_forwarded_total"), 20.0);
}
