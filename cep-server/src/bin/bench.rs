//! `cep-server-bench`: load generator and benchmarks for the stats server.
//!
//! - `cep-server-bench ingest [REPORTS] [CONCURRENCY]`: starts the server
//!   on a loopback port with a fresh SQLite database, posts REPORTS native
//!   archives (default 30,000, from 10,000 synthetic hosts) from CONCURRENCY
//!   connections (default 32), and prints reports/s and latency
//!   percentiles. With SEED_HOSTS and SEED_REPORTS, the database is first
//!   seeded in bulk and the reports come from the seeded hosts. With
//!   CEP_BENCH_SERVER=/path/to/cep-server, that binary (an earlier
//!   release's, say) serves instead, as a process on its own fresh SQLite
//!   database, for the same client and reports. With
//!   CEP_BENCH_SECTIONS=6cf6db6, each report has only the six sections
//!   6cf6db6's bench sent (about 855 bytes, not 1,160).
//! - `cep-server-bench handle [REPORTS]`: what a handler thread does with
//!   an upload before the store thread sees it (reading the archive,
//!   screening, preparing), on one thread without network or database, in
//!   microseconds a report.
//! - `cep-server-bench ingest-store [REPORTS] [BATCH]`: the store alone:
//!   the same reports stored in batches on one thread, with the time each
//!   kind of statement took and the rows written.
//! - `cep-server-bench stats [HOSTS] [REPORTS] [REQUESTS]`: seeds a fresh
//!   SQLite database in bulk (default 263,000 hosts, 4,100,000 reports),
//!   starts the server on it and times every page and API table, REQUESTS
//!   (default 200) sequential requests in all, at least 3 a path. The
//!   server's first retention purge of the seeded database runs meanwhile
//!   (its rows older than the retention are a quarter of the hosts and two
//!   thirds of the reports): the bench says how far it got during the
//!   requests and how long it took in all.
//! - `cep-server-bench stats-db DB [REQUESTS]`: the same on a database
//!   seeded earlier with `seed` (which the purge changes: give it a copy),
//!   a SQLite file or a PostgreSQL URL.
//!
//! Build with `--release`. Rate limits are off and the stats cache is 0 so
//! that every request does the full work.

// The allocator `cep-server` has (src/main.rs), so that the server this
// bench runs inside its own process allocates as the deployed one does.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

// How the tests read the URL a started server prints.
#[path = "../../tests/support/listen.rs"]
mod listen;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cep_core::Section;
use cep_core::report::{ClientInfo, FORMAT, Manifest, ManifestEntry, Report, SCHEMA, Status};
use cep_server::facts::{DISTS, Page};
use cep_server::limits::Rate;
use cep_server::server::{Config, spawn};
use cep_server::store::{
    Backend, Incoming, Sqlite, StatsOptions, Store, StoreError, Val, section_keys, week_of,
    with_reporting,
};
use serde_json::{Value, json};
use uuid::Uuid;

const DAY: i64 = 86_400;
/// Host ids of seeded hosts.
const SEED_PREFIX: u128 = 0xbe7c_0000_0000_0000_0000_0000_0000_0000;

/// Plausible sections for synthetic host `i` (deterministic).
fn sections(i: u64) -> BTreeMap<String, Value> {
    const KERNELS: [(&str, &str); 6] = [
        ("2.6.32-042stab145.3", "openvz-legacy"),
        ("2.6.32-042stab134.8", "openvz-legacy"),
        ("3.10.0-1160.80.1.vz7.191.4", "vz7"),
        ("3.10.0-1160.41.1.vz7.183.5", "vz7"),
        ("3.10.0-1062.12.1.vz7.131.10", "vz7"),
        ("4.18.0-372.vz8.2", "vz8"),
    ];
    const OS: [(&str, &str); 5] = [
        ("centos", "6.10"),
        ("virtuozzo", "7"),
        ("vzlinux", "7.3"),
        ("centos", "7.9"),
        ("debian", "11"),
    ];
    const CPUS: [(&str, &str); 5] = [
        ("intel", "Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz"),
        ("intel", "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz"),
        ("amd", "AMD EPYC 7402P 24-Core Processor"),
        ("intel", "Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"),
        ("amd", "AMD Opteron(tm) Processor 6272"),
    ];
    const TEMPLATES: [&str; 6] = [
        "centos-6",
        "centos-7",
        "debian-9",
        "ubuntu-16.04",
        "ubuntu-18.04",
        "vzlinux-8",
    ];
    let h = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let pick = |n: u64, shift: u32| ((h >> shift) % n) as usize;
    let (release, line) = KERNELS[pick(6, 3)];
    let (id, version) = OS[pick(5, 7)];
    let (vendor, model) = CPUS[pick(5, 11)];
    let cts = (h >> 17) % 60;
    let running = cts * 3 / 4;
    let ploop = if line == "openvz-legacy" {
        cts / 4
    } else {
        cts
    };
    let mut tpl = serde_json::Map::new();
    if cts > 0 {
        tpl.insert(TEMPLATES[pick(6, 23)].into(), json!(cts / 2 + 1));
        tpl.insert(TEMPLATES[pick(6, 29)].into(), json!(cts / 2));
    }
    let mut out = BTreeMap::new();
    out.insert(
        "os.kernel".into(),
        json!({"release": release, "machine": "x86_64", "openvz": true, "line": line}),
    );
    out.insert(
        "os.release".into(),
        json!({"id": id, "name": id, "version": version, "like": [], "source": "/etc/os-release"}),
    );
    out.insert(
        "hw.cpu".into(),
        json!({"vendor": vendor, "models": [model], "sockets": 1 + pick(2, 31), "threads": 8 << pick(4, 33)}),
    );
    out.insert(
        "hw.memory".into(),
        json!({"total_bytes": (4u64 << 30) << pick(6, 37), "swap_total_bytes": 4u64 << 30}),
    );
    out.insert(
        "vz.containers".into(),
        json!({"configured": cts, "running": running, "stopped": cts - running,
               "by_layout": {"ploop": ploop, "simfs": cts - ploop},
               "vswap": if line == "openvz-legacy" { cts / 3 } else { cts },
               "by_template": tpl}),
    );
    out.insert(
        "net.config".into(),
        json!({"bonding": {"count": pick(3, 41) / 2}, "teams": pick(5, 43) / 4}),
    );
    let legacy = line == "openvz-legacy";
    out.insert(
        "vz.host".into(),
        json!({"vzctl_version": if legacy { ["4.9.4", "4.10"][pick(2, 45)] } else { ["7.0.229", "7.0.248", "8.0.61"][pick(3, 45)] },
               "prlctl_version": if legacy { None } else { Some(["7.0.182", "7.0.199"][pick(2, 47)]) }}),
    );
    if !legacy {
        let vms = (h >> 49) % 6;
        const GUESTS: [&str; 4] = ["centos", "windows", "ubuntu", "debian"];
        let mut guests: BTreeMap<&str, u64> = BTreeMap::new();
        if vms > 0 {
            *guests.entry(GUESTS[pick(4, 51)]).or_default() += vms.div_ceil(2);
            *guests.entry(GUESTS[pick(4, 53)]).or_default() += vms / 2;
        }
        out.insert(
            "vz.vms".into(),
            json!({"vms": vms, "guest_os": guests, "vcpus": {"<=4": vms}, "memory": {"<=8G": vms}}),
        );
        out.insert(
            "vz.readykernel".into(),
            json!({"installed": pick(3, 55) > 0, "patch_level": (["89.0-r1", "91.2-r1"][pick(2, 57)])}),
        );
    }
    const DISKS: [(&str, &str); 4] = [
        ("hdd", "ST2000NM0055-1V4"),
        ("ssd", "INTEL SSDSC2BB48"),
        ("nvme", "SAMSUNG MZQLB960HAJR-00007"),
        ("hdd", "WDC WD1003FBYX-0"),
    ];
    let (kind, model) = DISKS[pick(4, 59)];
    out.insert(
        "hw.disks".into(),
        json!({"by_kind": {kind: 2}, "disks": [{"kind": kind, "model": model}, {"kind": kind, "model": model}]}),
    );
    out.insert(
        "sw.services".into(),
        json!({"active": if legacy { vec!["vz", "iptables"] } else { vec!["vz", "prl-disp", "libvirtd"] }}),
    );
    out
}

/// The sections `archive` sends: [`sections`], or with
/// `CEP_BENCH_SECTIONS=6cf6db6` only the six that release's bench sent
/// (`net.config` without `teams`), for the same work side by side with
/// its own bench; their values stay what today's collectors print.
fn sent_sections(i: u64) -> BTreeMap<String, Value> {
    let mut secs = sections(i);
    if std::env::var("CEP_BENCH_SECTIONS").is_ok_and(|v| v == "6cf6db6") {
        const SIX: [&str; 6] = [
            "hw.cpu",
            "hw.memory",
            "net.config",
            "os.kernel",
            "os.release",
            "vz.containers",
        ];
        secs.retain(|id, _| SIX.contains(&id.as_str()));
        if let Some(Value::Object(net)) = secs.get_mut("net.config") {
            net.remove("teams");
        }
    }
    secs
}

fn archive(host: Uuid, report: Uuid, i: u64) -> Vec<u8> {
    let secs = sent_sections(i);
    let collectors = secs
        .keys()
        .map(|id| ManifestEntry {
            id: id.clone(),
            status: Status::Ok,
            duration_ms: 1,
            file: Some(format!("{id}.json")),
            error: None,
            exit_status: None,
            truncated: false,
        })
        .collect();
    let r = Report {
        manifest: Manifest {
            format: FORMAT.into(),
            schema: SCHEMA,
            report_id: report,
            client_id: host,
            created_at: "2026-11-22T12:00:00Z".into(),
            client: ClientInfo::default(),
            collectors,
            policy: None,
        },
        sections: secs
            .into_iter()
            .map(|(k, v)| (k, Section::Json(v)))
            .collect(),
        log: String::new(),
    };
    r.to_archive().expect("encoding a synthetic report").bytes
}

fn config() -> Config {
    let off = Rate {
        per_minute: 0.0,
        burst: 0.0,
    };
    Config {
        host_rate: off,
        addr_rate: off,
        stats_cache: Duration::ZERO,
        max_uploads: 256,
        // Every simulated host sends from the one loopback address.
        max_uploads_per_address: 0,
        max_connections_per_address: 0,
        ..Config::default()
    }
}

/// A `cep-server` binary run as a process, with the bench's settings as
/// far as its flags go; killed when dropped.
struct OtherServer {
    child: std::process::Child,
    url: String,
}

impl OtherServer {
    fn start(bin: &str, db: &std::path::Path) -> OtherServer {
        let help = std::process::Command::new(bin)
            .arg("--help")
            .output()
            .expect("CEP_BENCH_SERVER runs");
        let help = String::from_utf8_lossy(&help.stdout).into_owned();
        let mut args: Vec<String> = [
            "--listen",
            "127.0.0.1:0",
            "--db",
            &db.to_string_lossy(),
            "--host-rate",
            "0",
            "--addr-rate",
            "0",
            "--stats-cache-ms",
            "0",
            "--max-uploads",
            "256",
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        // Flags an older release does not have.
        for flag in ["--max-uploads-per-address", "--max-connections-per-address"] {
            if help.contains(flag) {
                args.extend([flag.to_owned(), "0".to_owned()]);
            }
        }
        let mut child = std::process::Command::new(bin)
            .args(&args)
            .env("CEP_SERVER_LOG", "warn")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("CEP_BENCH_SERVER starts");
        let url = listen::next_url(
            &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
            "CEP_BENCH_SERVER's",
        );
        eprintln!("server: {bin} at {url}");
        OtherServer { child, url }
    }
}

impl Drop for OtherServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server on its own 1-thread runtime; returns its base URL.
fn start_server(store: Store) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async move {
            let addr = spawn("127.0.0.1:0".parse().expect("address"), config(), store)
                .await
                .expect("server");
            tx.send(format!("http://{addr}")).expect("send url");
            std::future::pending::<()>().await;
        });
    });
    rx.recv().expect("server url")
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn ingest(reports: usize, concurrency: usize, seeded: Option<(u64, u64)>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    // CEP_BENCH_DB=postgres://... measures PostgreSQL instead (its tables
    // are dropped first).
    let backend = match std::env::var("CEP_BENCH_DB") {
        Ok(url) => {
            let mut b = cep_server::store::open(&url).expect("CEP_BENCH_DB");
            cep_server::store::schema::drop_all(&mut *b).expect("dropping old tables");
            b
        }
        Err(_) => Box::new(Sqlite::open(db.to_str().expect("utf-8 path")).expect("db")),
    };
    eprintln!("database: {}", backend.kind());
    let mut store = Store::new(backend).expect("schema");
    // On a seeded database the reports come from the seeded hosts: the
    // steady state, where most reports update a known host.
    let prefix = match seeded {
        Some((h, r)) => {
            let t = Instant::now();
            seed(&mut store, h, r, jiff::Timestamp::now().as_second());
            eprintln!(
                "seeded {h} hosts and {r} reports in {:.1} s",
                t.elapsed().as_secs_f64()
            );
            SEED_PREFIX
        }
        None => 0xc0ff_ee00_0000_0000_0000_0000_0000_0000,
    };
    // CEP_BENCH_SERVER=/path/to/cep-server: that binary (another release,
    // say) serves a fresh SQLite database of its own instead, for the same
    // client and the same reports.
    let (url, other) = match std::env::var("CEP_BENCH_SERVER") {
        Ok(bin) => {
            drop(store);
            let o = OtherServer::start(&bin, &dir.path().join("other.db"));
            (o.url.clone(), Some(o))
        }
        Err(_) => (start_server(store), None),
    };
    let hosts = (reports / 3).max(1) as u64;
    eprintln!("building {reports} archives for {hosts} hosts ...");
    let bodies: Vec<(Uuid, Uuid, Vec<u8>)> = (0..reports as u64)
        .map(|n| {
            let h = n % hosts;
            let host = Uuid::from_u128(prefix | h as u128);
            let report = Uuid::new_v4();
            (host, report, archive(host, report, h))
        })
        .collect();
    let avg = bodies.iter().map(|b| b.2.len()).sum::<usize>() / bodies.len().max(1);
    let bodies = Arc::new(bodies);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("client runtime");
    let store_before = thread_cpu("cep-store");
    let (elapsed, mut lat, errors) = rt.block_on(async move {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(concurrency)
            .build()
            .expect("client");
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let start = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..concurrency {
            let (client, next, bodies, url) =
                (client.clone(), next.clone(), bodies.clone(), url.clone());
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut errors = 0usize;
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((host, report, body)) = bodies.get(i) else {
                        break;
                    };
                    let t = Instant::now();
                    let r = client
                        .post(format!("{url}/api/v1/reports"))
                        .header("Content-Type", "application/gzip")
                        .header("Cep-Client-Id", host.to_string())
                        .header("Cep-Report-Id", report.to_string())
                        .body(body.clone())
                        .send()
                        .await;
                    match r {
                        Ok(r) if r.status().as_u16() == 201 => {
                            let _ = r.bytes().await;
                            lat.push(t.elapsed());
                        }
                        _ => errors += 1,
                    }
                }
                (lat, errors)
            }));
        }
        let mut lat = Vec::new();
        let mut errors = 0;
        for t in tasks {
            let (l, e) = t.await.expect("worker");
            lat.extend(l);
            errors += e;
        }
        (start.elapsed(), lat, errors)
    });
    let store_after = thread_cpu("cep-store");
    lat.sort();
    if other.is_none() {
        eprintln!(
            "the store thread: {:.0} us on a CPU a report, {:.0} us waiting for one",
            (store_after.0 - store_before.0).as_secs_f64() * 1e6 / reports as f64,
            (store_after.1 - store_before.1).as_secs_f64() * 1e6 / reports as f64,
        );
    }
    drop(other);
    println!(
        "ingest: {} reports ({} hosts, {avg} bytes each) from {concurrency} connections in {:.2} s: \
         {:.0} reports/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {errors} errors",
        lat.len(),
        hosts,
        elapsed.as_secs_f64(),
        lat.len() as f64 / elapsed.as_secs_f64(),
        pct(&lat, 0.5),
        pct(&lat, 0.99),
        pct(&lat, 1.0),
    );
}

/// Time on a CPU and time waiting for one, of this process's threads
/// named `name` (Linux's schedstat): what a busy machine does not blur.
fn thread_cpu(name: &str) -> (Duration, Duration) {
    let mut on = Duration::ZERO;
    let mut waiting = Duration::ZERO;
    for task in std::fs::read_dir("/proc/self/task")
        .into_iter()
        .flatten()
        .flatten()
    {
        let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if comm.trim() != name {
            continue;
        }
        let stat = std::fs::read_to_string(task.path().join("schedstat")).unwrap_or_default();
        let mut f = stat
            .split_whitespace()
            .map(|v| v.parse::<u64>().unwrap_or(0));
        on += Duration::from_nanos(f.next().unwrap_or(0));
        waiting += Duration::from_nanos(f.next().unwrap_or(0));
    }
    (on, waiting)
}

/// A backend that times every statement (by its text up to the first
/// `VALUES` or `WHERE`), for `ingest-store`.
struct TimedDb {
    db: Box<dyn Backend>,
    spent: Arc<std::sync::Mutex<HashMap<String, (u64, Duration)>>>,
}

impl TimedDb {
    fn time<T>(&mut self, sql: &str, f: impl FnOnce(&mut dyn Backend) -> T) -> T {
        let t = Instant::now();
        let out = f(self.db.as_mut());
        let key: String = sql
            .split([' ', '\n'])
            .filter(|w| !w.is_empty())
            .take_while(|w| *w != "VALUES" && *w != "WHERE" && *w != "SET")
            .collect::<Vec<_>>()
            .join(" ");
        let mut spent = self.spent.lock().expect("timings");
        let e = spent.entry(key).or_default();
        e.0 += 1;
        e.1 += t.elapsed();
        out
    }
}

impl Backend for TimedDb {
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.time(sql, |db| db.batch(sql))
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        self.time(sql, |db| db.exec(sql, params))
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
        self.time(sql, |db| db.query(sql, params))
    }
    fn blob_type(&self) -> &'static str {
        self.db.blob_type()
    }
    fn kind(&self) -> &'static str {
        self.db.kind()
    }
    fn begin(&mut self) -> Result<(), StoreError> {
        self.time("BEGIN", |db| db.begin())
    }
}

/// The store's part of `ingest` alone: the same reports, read as the
/// server reads them, stored in batches of BATCH on one thread; prints
/// reports/s and the time each kind of statement took.
fn ingest_store(reports: usize, batch: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let spent = Arc::new(std::sync::Mutex::new(HashMap::new()));
    let timed = TimedDb {
        db: Box::new(Sqlite::open(db.to_str().expect("utf-8 path")).expect("db")),
        spent: spent.clone(),
    };
    let mut store = Store::new(Box::new(timed)).expect("schema");
    spent.lock().expect("timings").clear();
    let hosts = (reports / 3).max(1) as u64;
    let prefix = 0xc0ff_ee00_0000_0000_0000_0000_0000_0000u128;
    let incoming: Vec<Incoming> = (0..reports as u64)
        .map(|n| {
            let h = n % hosts;
            let host = Uuid::from_u128(prefix | h as u128);
            Incoming {
                report_id: Uuid::new_v4(),
                client_id: host,
                protocol: cep_core::Protocol::Cep,
                sha256: format!("{n:064x}"),
                archive: None,
                sections: sections(h).into_iter().collect(),
                country: None,
            }
        })
        .collect();
    let now = jiff::Timestamp::now().as_second();
    let t = Instant::now();
    let cpu = thread_cpu("cep-server-benc");
    for chunk in incoming.chunks(batch.max(1)) {
        store.ingest(chunk, now).expect("ingest");
    }
    let elapsed = t.elapsed();
    let after = thread_cpu("cep-server-benc");
    println!(
        "ingest-store: {reports} reports ({hosts} hosts) in batches of {batch} in {:.2} s: {:.0} reports/s; \
         {:.0} us on a CPU a report (and {:.0} us waiting for one)",
        elapsed.as_secs_f64(),
        reports as f64 / elapsed.as_secs_f64(),
        (after.0 - cpu.0).as_secs_f64() * 1e6 / reports as f64,
        (after.1 - cpu.1).as_secs_f64() * 1e6 / reports as f64,
    );
    let mut rows: Vec<(String, (u64, Duration))> = spent.lock().expect("timings").drain().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.1));
    let total: Duration = rows.iter().map(|r| r.1.1).sum();
    for (sql, (n, d)) in rows.iter().take(16) {
        println!(
            "  {:5.1}% {:8.1} ms {n:7} x  {sql}",
            d.as_secs_f64() * 100.0 / elapsed.as_secs_f64(),
            d.as_secs_f64() * 1e3
        );
    }
    println!(
        "  statements {:.0} ms of {:.0} ms",
        total.as_secs_f64() * 1e3,
        elapsed.as_secs_f64() * 1e3
    );
    let counts: Vec<String> = ["hosts", "host_keys", "host_weeks", "dist_day", "dist_week"]
        .iter()
        .map(|t| {
            let n = store
                .backend()
                .query(&format!("SELECT COUNT(*) FROM {t}"), &[])
                .expect("count");
            format!("{t} {:?}", n[0][0])
        })
        .collect();
    println!("  rows: {}", counts.join(", "));
}

/// Adds one (dist, key) row's hosts and units.
fn bump<K: std::hash::Hash + Eq>(m: &mut HashMap<K, (i64, i64)>, k: K, units: i64) {
    let e = m.entry(k).or_default();
    e.0 += 1;
    e.1 += units;
}

/// Writes `hosts` hosts and `reports` reports straight into the tables,
/// with the aggregates the ingest path would have built.
fn seed(store: &mut Store, hosts: u64, reports: u64, now: i64) {
    let db = store.backend();
    db.batch("BEGIN").expect("begin");
    let mut dist_day: HashMap<(String, String, i64), (i64, i64)> = HashMap::new();
    let mut dist_week: HashMap<(String, String, i64), (i64, i64)> = HashMap::new();
    let mut host_day: HashMap<i64, i64> = HashMap::new();
    let mut week: HashMap<i64, i64> = HashMap::new();
    // week → (new hosts, reports)
    let mut week_counts: HashMap<i64, (i64, i64)> = HashMap::new();
    let per_host = reports / hosts;
    let extra = reports % hosts;
    let mut rid = 0u128;
    for h in 0..hosts {
        let host =
            Uuid::from_u128(0xbe7c_0000_0000_0000_0000_0000_0000_0000 | h as u128).to_string();
        // Last reports spread over the last 120 days; one report a week before.
        let last = now - ((h * 7919) % (120 * DAY as u64)) as i64;
        let n = per_host + u64::from(h < extra);
        let secs = sections(h);
        let keys = with_reporting(section_keys(secs.iter().map(|(c, v)| (c.as_str(), v))));
        for j in 0..n {
            let t = last - j as i64 * 7 * DAY;
            rid += 1;
            db.exec(
                "INSERT INTO reports (report_id, client_id, received_at, sha256, protocol) VALUES ($1, $2, $3, $4, 'native')",
                &[
                    Val::Text(Uuid::from_u128(rid).to_string()),
                    Val::Text(host.clone()),
                    Val::Int(t),
                    Val::Text(format!("{rid:064x}")),
                ],
            )
            .expect("report");
            let w = week_of(t);
            // Its share of the week: the same keys as now.
            db.exec(
                "INSERT INTO host_weeks (host_id, week, active, reports) VALUES ($1, $2, 1, 1)",
                &[Val::Text(host.clone()), Val::Int(w)],
            )
            .expect("host week");
            *week.entry(w).or_default() += 1;
            week_counts.entry(w).or_default().1 += 1;
            if j + 1 == n {
                week_counts.entry(w).or_default().0 += 1;
            }
            // The host's facts never change here: every week's snapshot
            // holds the same keys.
            for ((d, k), units) in &keys {
                bump(&mut dist_week, (d.clone(), k.clone(), w), *units);
            }
        }
        let first = last - (n as i64 - 1) * 7 * DAY;
        // The host's sections on its row: {collector: [time, section]},
        // each from its last report (`oldest` NULL).
        let row: BTreeMap<&str, (i64, &Value)> =
            secs.iter().map(|(c, v)| (c.as_str(), (last, v))).collect();
        db.exec(
            "INSERT INTO hosts (host_id, first_seen, last_seen, reports, new_week, sections) \
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                Val::Text(host.clone()),
                Val::Int(first),
                Val::Int(last),
                Val::Int(n as i64),
                Val::Int(week_of(first)),
                Val::Text(serde_json::to_string(&row).expect("sections as JSON")),
            ],
        )
        .expect("host");
        *host_day.entry(last.div_euclid(DAY)).or_default() += 1;
        let listed: Vec<(&str, &str, i64)> = keys
            .iter()
            .map(|((d, k), w)| (d.as_str(), k.as_str(), *w))
            .collect();
        db.exec(
            "INSERT INTO host_keys (host_id, keys) VALUES ($1, $2)",
            &[
                Val::Text(host.clone()),
                Val::Text(serde_json::to_string(&listed).expect("keys as JSON")),
            ],
        )
        .expect("keys");
        for ((d, k), units) in keys {
            bump(&mut dist_day, (d, k, last.div_euclid(DAY)), units);
        }
    }
    for (table, rows) in [
        ("dist_day (dist, key, day", dist_day),
        ("dist_week (dist, key, week", dist_week),
    ] {
        for ((d, k, t), (n, u)) in rows {
            db.exec(
                &format!("INSERT INTO {table}, hosts, units) VALUES ($1, $2, $3, $4, $5)"),
                &[
                    Val::Text(d),
                    Val::Text(k),
                    Val::Int(t),
                    Val::Int(n),
                    Val::Int(u),
                ],
            )
            .expect("dist rows");
        }
    }
    for (day, n) in host_day {
        db.exec(
            "INSERT INTO host_day (day, hosts) VALUES ($1, $2)",
            &[Val::Int(day), Val::Int(n)],
        )
        .expect("host_day");
    }
    for (w, n) in week {
        db.exec(
            "INSERT INTO week_active (week, hosts) VALUES ($1, $2)",
            &[Val::Int(w), Val::Int(n)],
        )
        .expect("week");
    }
    for (w, (new, r)) in week_counts {
        db.exec(
            "INSERT INTO week_counts (week, new_hosts, reports) VALUES ($1, $2, $3)",
            &[Val::Int(w), Val::Int(new), Val::Int(r)],
        )
        .expect("week_counts");
    }
    for (name, v) in [
        ("hosts", hosts as i64),
        ("reports", reports as i64),
        ("last_report_at", now),
    ] {
        db.exec(
            "INSERT INTO counters (name, value) VALUES ($1, $2)",
            &[Val::Text(name.into()), Val::Int(v)],
        )
        .expect("counters");
    }
    db.batch("COMMIT").expect("commit");
    // Into the database file, as on a server that has been running: a
    // first purge should not share the disk with a 3 GiB checkpoint.
    if db.kind() == "sqlite" {
        db.query("PRAGMA wal_checkpoint(TRUNCATE)", &[])
            .expect("checkpoint");
    }
}

fn stats(hosts: u64, reports: u64, requests: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let mut store = Store::new(Box::new(
        Sqlite::open(db.to_str().expect("utf-8 path")).expect("db"),
    ))
    .expect("schema");
    let t = Instant::now();
    let now = jiff::Timestamp::now().as_second();
    seed(&mut store, hosts, reports, now);
    // The rows may still be in the WAL.
    let size: u64 = [db.clone(), db.with_extension("db-wal")]
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    eprintln!(
        "seeded {hosts} hosts and {reports} reports in {:.1} s ({} MiB)",
        t.elapsed().as_secs_f64(),
        size >> 20
    );
    stats_on(
        db.to_str().expect("utf-8 path"),
        store,
        requests,
        (hosts, reports),
    );
}

/// Rows older than this go in the server's first purge.
fn cutoff_of(now: i64) -> i64 {
    now - StatsOptions::default().default_retention() * DAY
}

/// `stats` on a database seeded earlier (`seed`) at `db`, which the
/// server's first retention purge will change: run it on a copy.
fn stats_db(db: &str, requests: usize) {
    let store = Store::new(cep_server::store::open(db).expect("db")).expect("schema");
    stats_on(db, store, requests, (0, 0));
}

/// Times every page and table on `store` (at `db`) while the server's first
/// retention purge runs and after it; `seeded`: the hosts and reports to
/// expect, if known.
fn stats_on(db: &str, mut store: Store, requests: usize, seeded: (u64, u64)) {
    let now = jiff::Timestamp::now().as_second();
    let check = store.stats(now, &StatsOptions::default()).expect("stats");
    if seeded != (0, 0) {
        assert_eq!(check.general.hosts_total, seeded.0 as i64);
        assert_eq!(check.general.reports, seeded.1 as i64);
    }
    let (hosts, reports) = (check.general.hosts_total, check.general.reports);
    // What the server's first retention purge has left, seen through a
    // connection of our own (for SQLite a plain one: it must not
    // checkpoint as well).
    let mut probe: Box<dyn FnMut(&str) -> i64> = if db.contains("://") {
        let mut b = cep_server::store::open(db).expect("db");
        Box::new(move |sql| {
            match b
                .query(&sql.replace("?1", "$1"), &[Val::Int(cutoff_of(now))])
                .expect(sql)[..]
            {
                [ref row] => match row[..] {
                    [Val::Int(n)] => n,
                    _ => panic!("{sql}: {row:?}"),
                },
                ref rows => panic!("{sql}: {rows:?}"),
            }
        })
    } else {
        let c = rusqlite::Connection::open(db).expect("db");
        Box::new(move |sql| {
            c.query_row(sql, [cutoff_of(now)], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
        })
    };
    let mut left = || -> (i64, i64) {
        (
            probe("SELECT CAST(COUNT(*) AS BIGINT) FROM hosts WHERE last_seen < ?1"),
            probe("SELECT CAST(COUNT(*) AS BIGINT) FROM reports WHERE received_at < ?1"),
        )
    };
    let old = left();
    let started = Instant::now();
    let url = start_server(store);
    let client = reqwest::blocking::Client::new();
    // Every page and every API table, each computed afresh (no stats
    // cache): the slowest is what a visitor can meet.
    let mut paths: Vec<String> = vec!["/".into(), "/api/v1/stats".into(), "/metrics".into()];
    paths.extend(Page::ALL.iter().map(|p| format!("/{}", p.slug())));
    for t in ["general", "growth"] {
        paths.push(format!("/api/v1/tables/{t}.json"));
        paths.push(format!("/api/v1/tables/{t}.csv"));
    }
    for d in DISTS {
        for kind in ["tables", "trends"] {
            paths.push(format!("/api/v1/{kind}/{}.json", d.name));
            paths.push(format!("/api/v1/{kind}/{}.csv", d.name));
        }
    }
    let per_path = (requests / paths.len()).max(3);
    let summary = |label: &str, (all, (wp50, wpath, wlen)): Timed| {
        println!(
            "stats {label}: {hosts} hosts, {reports} reports; {} paths x {per_path} requests: all p50 {:.1} ms, \
             p99 {:.1} ms, max {:.1} ms; slowest path {wpath} (p50 {wp50:.1} ms, {wlen} bytes); active hosts {} of {}",
            paths.len(),
            pct(&all, 0.5),
            pct(&all, 0.99),
            pct(&all, 1.0),
            check.general.hosts_active,
            check.general.hosts_total,
        )
    };
    summary(
        "while the first retention purge runs",
        time_paths(&client, &url, &paths, per_path, true),
    );
    let during = left();
    println!(
        "retention purge during the requests: silent hosts {} -> {}, old report rows {} -> {}",
        old.0, during.0, old.1, during.1
    );
    let mut now_left = during;
    while now_left != (0, 0) {
        assert!(
            started.elapsed() < Duration::from_secs(1800),
            "the purge is stuck at {now_left:?}"
        );
        std::thread::sleep(Duration::from_millis(250));
        now_left = left();
    }
    println!(
        "retention purge: {} hosts and {} report rows erased {:.1} s after the server started",
        old.0,
        old.1,
        started.elapsed().as_secs_f64()
    );
    summary(
        "after it",
        time_paths(&client, &url, &paths, per_path, false),
    );
}

/// Every latency, sorted, and the slowest path: its p50, path and size.
type Timed = (Vec<Duration>, (f64, String, usize));

/// Times `per_path` sequential GETs of each path.
fn time_paths(
    client: &reqwest::blocking::Client,
    url: &str,
    paths: &[String],
    per_path: usize,
    verbose: bool,
) -> Timed {
    let mut all = Vec::new();
    let mut worst: Option<(f64, String, usize)> = None;
    for path in paths {
        let mut lat = Vec::with_capacity(per_path);
        let mut body_len = 0;
        for _ in 0..per_path {
            let t = Instant::now();
            let r = client
                .get(format!("{url}{path}"))
                .send()
                .unwrap_or_else(|e| panic!("GET {path}: {e}"));
            assert_eq!(r.status().as_u16(), 200, "{path}");
            body_len = r.bytes().expect("body").len();
            lat.push(t.elapsed());
        }
        lat.sort();
        let p50 = pct(&lat, 0.5);
        if verbose && (path.starts_with("/api/v1/tables/kernel") || !path.starts_with("/api/v1/t"))
        {
            println!(
                "  {path}: p50 {p50:.1} ms, max {:.1} ms ({body_len} bytes)",
                pct(&lat, 1.0)
            );
        }
        if worst.as_ref().is_none_or(|w| p50 > w.0) {
            worst = Some((p50, path.clone(), body_len));
        }
        all.extend(lat);
    }
    all.sort();
    (all, worst.unwrap_or_default())
}

/// What a handler thread does with an upload before the store thread
/// sees it, `reports` times over the synthetic reports, with no network
/// and no database: reading the archive, screening its sections and
/// preparing what is stored. Its time a report (wall clock, one thread)
/// leaves out the client, the network and the store thread that blur
/// `ingest` on a small machine.
fn handle(reports: usize) {
    let limits = cep_core::report::ReadLimits::default();
    let hosts = (reports / 3).max(1) as u64;
    let bodies: Vec<Vec<u8>> = (0..hosts.min(reports as u64))
        .map(|h| {
            archive(
                Uuid::from_u128(0xc0ff_ee00 << 96 | h as u128),
                Uuid::new_v4(),
                h,
            )
        })
        .collect();
    let t = Instant::now();
    let mut kept = 0usize;
    // Each step's time: reading the archive, screening, preparing.
    let mut steps = [Duration::ZERO; 3];
    for i in 0..reports {
        let bytes = &bodies[i % bodies.len()];
        let t0 = Instant::now();
        let report = Report::read(bytes, &limits).expect("a synthetic report reads");
        let mut sections = Incoming::json_sections(report.sections);
        let t1 = Instant::now();
        assert!(cep_server::screen::screen(&mut sections).is_empty());
        let t2 = Instant::now();
        let prepared = cep_server::store::Prepared::screened(Incoming {
            report_id: report.manifest.report_id,
            client_id: report.manifest.client_id,
            protocol: cep_server::store::Protocol::Cep,
            sha256: cep_core::report::sha256_hex(bytes),
            archive: None,
            sections,
            country: None,
        });
        let t3 = Instant::now();
        steps[0] += t1 - t0;
        steps[1] += t2 - t1;
        steps[2] += t3 - t2;
        kept += std::hint::black_box(&prepared)
            .report()
            .client_id
            .as_bytes()[0] as usize;
    }
    let took = t.elapsed();
    std::hint::black_box(kept);
    let us = |d: Duration| d.as_secs_f64() * 1e6 / reports as f64;
    println!(
        "handle: {reports} reports ({} bytes each) in {:.2} s: {:.1} us a report \
         (reading {:.1}, screening {:.1}, preparing {:.1})",
        bodies.iter().map(Vec::len).sum::<usize>() / bodies.len().max(1),
        took.as_secs_f64(),
        us(took),
        us(steps[0]),
        us(steps[1]),
        us(steps[2]),
    );
}

fn main() {
    // The server's own log, as `cep-server` takes it (off unless asked).
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CEP_SERVER_LOG")
                .unwrap_or_else(|_| "off".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    // Every client here (ingest's and stats') is reqwest's with rustls and
    // no provider of its own.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let num = |i: usize, default: u64| -> u64 {
        args.get(i)
            .map(|s| s.replace([',', '_'], "").parse().expect("a number"))
            .unwrap_or(default)
    };
    match args.first().map(String::as_str) {
        Some("ingest") => ingest(
            num(1, 30_000) as usize,
            num(2, 32) as usize,
            args.get(3).map(|_| (num(3, 263_000), num(4, 4_100_000))),
        ),
        Some("handle") => handle(num(1, 30_000) as usize),
        Some("ingest-store") => ingest_store(num(1, 30_000) as usize, num(2, 16) as usize),
        Some("stats") => stats(num(1, 263_000), num(2, 4_100_000), num(3, 200) as usize),
        Some("stats-db") if args.len() >= 2 => stats_db(&args[1], num(2, 200) as usize),
        // A database to look at (`cep-server --db PATH`), e.g. for the
        // screenshots in docs/.
        Some("seed") if args.len() >= 2 => {
            // A file, or a PostgreSQL URL.
            let mut store =
                Store::new(cep_server::store::open(&args[1]).expect("db")).expect("schema");
            seed(
                &mut store,
                num(2, 2_000),
                num(3, 30_000),
                jiff::Timestamp::now().as_second(),
            );
        }
        _ => {
            eprintln!(
                "usage: cep-server-bench ingest [REPORTS] [CONCURRENCY] [SEED_HOSTS SEED_REPORTS]\n       cep-server-bench handle [REPORTS]\n       cep-server-bench ingest-store [REPORTS] [BATCH]\n       cep-server-bench stats [HOSTS] [REPORTS] [REQUESTS]\n       cep-server-bench stats-db SEEDED_DB [REQUESTS]\n       cep-server-bench seed DB [HOSTS] [REPORTS]"
            );
            std::process::exit(2);
        }
    }
}
