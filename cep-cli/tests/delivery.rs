//! `cep send`, `cep flush` and `cep spool` as a user runs them: the real
//! binary against a real HTTP server on 127.0.0.1, including the fault
//! suite (200 sends, 30 % faults, 10 of them SIGKILL mid-send).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use cep_core::uuid::Uuid;
use cep_testserver::{Fault, TestServer};

fn host(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/hosts")
        .join(name)
}

/// Its own state and sysconf directories and a cep.toml pointing at `url`.
struct Sandbox {
    dir: tempfile::TempDir,
    budget: &'static str,
}

impl Sandbox {
    fn new(url: &str, extra: &str) -> Self {
        Self::with_budget(url, extra, "10s")
    }
    /// A short retry budget for a server that is down on purpose.
    fn with_budget(url: &str, extra: &str, budget: &'static str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        let sb = Sandbox { dir, budget };
        sb.config(url, extra);
        sb
    }
    fn config(&self, url: &str, extra: &str) {
        std::fs::write(
            self.path("etc/cep.toml"),
            format!(
                "[transport]\ntype = \"http\"\nurl = \"{url}\"\nconnect_timeout = \"1s\"\ntimeout = \"400ms\"\n{extra}\n[retry]\ninitial = \"5ms\"\nmax = \"50ms\"\nbudget = \"{}\"\n",
                self.budget
            ),
        )
        .unwrap();
    }
    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_cep"));
        c.args(args)
            .env("CEP_STATE_DIR", self.path("state"))
            .env("CEP_SYSCONF_DIR", self.path("etc"))
            .env_remove("DO_NOT_TRACK")
            .env_remove("CEP_LOG")
            .env_remove("http_proxy")
            .env_remove("HTTP_PROXY")
            .env_remove("https_proxy")
            .env_remove("HTTPS_PROXY")
            .current_dir(self.dir.path());
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }
    fn send(&self) -> Output {
        self.run(&["send", "--root", host("vz7").to_str().unwrap()])
    }
    /// `cep send` running, its stdout and stderr piped.
    fn spawn_send(&self) -> std::process::Child {
        self.cmd(&["send", "--root", host("vz7").to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
    fn spool_json(&self) -> serde_json::Value {
        let o = self.run(&["spool", "--json"]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        serde_json::from_slice(&o.stdout).unwrap()
    }
    fn pending(&self) -> Vec<String> {
        self.spool_json()["pending"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["report_id"].as_str().unwrap().to_owned())
            .collect()
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The report id of `spooled report <id> (...)`.
fn spooled_id(o: &Output) -> Uuid {
    let out = text(&o.stdout);
    let line = out
        .lines()
        .find(|l| l.starts_with("spooled report "))
        .unwrap_or_else(|| panic!("no spooled line in {out:?} / {}", text(&o.stderr)));
    Uuid::parse_str(line.split_whitespace().nth(2).unwrap()).unwrap()
}

#[test]
fn send_spools_then_delivers_and_empties_the_spool() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    let o = sb.send();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let id = spooled_id(&o);
    let out = text(&o.stdout);
    assert!(
        out.contains(&format!("delivered report {id} ("))
            && out.contains(&format!("by http to {}", s.url())),
        "{out}"
    );
    assert_eq!(s.reports(), vec![id]);
    let host_id = text(&sb.run(&["id"]).stdout).trim().to_owned();
    assert_eq!(s.uploads()[0].client_id, host_id);
    assert!(sb.pending().is_empty());
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(sb.path("state/spool"))
            .unwrap()
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o700);

    // The ledger says what left, where, and matches what the server got.
    let o = sb.run(&["ledger", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let ledger: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let entries = ledger["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{ledger}");
    let upload = &s.uploads()[0];
    assert_eq!(entries[0]["report_id"], id.to_string());
    assert_eq!(entries[0]["sha256"], upload.sha256);
    assert_eq!(entries[0]["size"], upload.size);
    assert_eq!(entries[0]["transport"], "http");
    assert_eq!(entries[0]["destination"], s.url());
    assert_eq!(entries[0]["receipt"]["report_id"], id.to_string());
    assert_eq!(entries[0]["receipt"]["sha256"], upload.sha256);
    // A flush with nothing pending adds nothing.
    assert!(sb.run(&["flush"]).status.success());
    let o = sb.run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ledger["entries"].as_array().unwrap().len(), 1);
}

#[test]
fn send_over_https_with_the_pinned_ca_from_cep_toml() {
    let tls = cep_testserver::TlsMaterial::generate();
    let s = TestServer::start_tls(&tls);
    let sb = Sandbox::new(&s.url(), "ca_file = \"etc/ca.pem\"");
    std::fs::write(sb.path("etc/ca.pem"), &tls.ca_pem).unwrap();
    let o = sb.send();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let id = spooled_id(&o);
    assert!(text(&o.stdout).contains(&format!("delivered report {id}")));
    assert_eq!(s.reports(), vec![id]);
    assert!(sb.pending().is_empty());
}

#[test]
fn server_down_keeps_the_report_and_flush_delivers_it_later() {
    let s = TestServer::start();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let sb = Sandbox::with_budget(&format!("http://127.0.0.1:{port}"), "", "300ms");
    let o = sb.send();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let id = spooled_id(&o);
    assert!(
        text(&o.stdout).contains("1 report(s) safely kept in"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(sb.pending(), vec![id.to_string()]);
    // The server is back (at another address).
    sb.config(&s.url(), "");
    let o = sb.run(&["flush"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains(&format!("delivered report {id}")));
    assert_eq!(s.reports(), vec![id]);
    assert!(sb.pending().is_empty());
    let o = sb.run(&["flush"]);
    assert_eq!(text(&o.stdout), "nothing to deliver\n");
}

#[test]
fn opted_out_touches_and_sends_nothing() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    let o = sb
        .cmd(&["send", "--root", host("vz7").to_str().unwrap()])
        .env("DO_NOT_TRACK", "1")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(
        text(&o.stdout),
        "nothing collected or sent: reporting is disabled by DO_NOT_TRACK=1 in the environment\n"
    );
    std::fs::write(sb.path("etc/cep-disable"), "").unwrap();
    let o = sb.run(&["flush"]);
    assert!(o.status.success());
    assert_eq!(
        text(&o.stdout),
        format!(
            "nothing sent: reporting is disabled by marker file {}\n",
            sb.path("etc/cep-disable").display()
        )
    );
    assert!(!sb.path("state").exists(), "nothing may be written");
    assert_eq!(s.requests(), 0);
}

#[test]
fn dry_run_says_where_and_spools_nothing() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    let o = sb.run(&["send", "--dry-run", "--root", host("vz7").to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "dry run: nothing is spooled or sent");
    assert!(
        lines[1].starts_with("report ") && lines[1].contains("sha256 "),
        "{out}"
    );
    assert_eq!(lines[2], format!("would be sent by http to {}", s.url()));
    assert_eq!(lines.len(), 3);
    assert!(sb.pending().is_empty());
    assert_eq!(s.requests(), 0);
}

#[test]
fn rejection_moves_the_report_aside_and_fails() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    s.inject(&[Fault::Status(422)]);
    let o = sb.send();
    assert_eq!(o.status.code(), Some(1));
    let id = spooled_id(&o);
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "rejected: report {id} refused by the server: HTTP 422 Unprocessable Entity: injected failure"
        )),
        "{err}"
    );
    assert!(
        err.contains("cep: error: 1 report(s) rejected by the server"),
        "{err}"
    );
    let j = sb.spool_json();
    assert_eq!(j["pending"].as_array().unwrap().len(), 0);
    let r = &j["rejected"][0];
    assert_eq!(r["report_id"], id.to_string());
    assert_eq!(
        r["reason"],
        "HTTP 422 Unprocessable Entity: injected failure"
    );
    // A rejected report is not retried.
    let o = sb.run(&["flush"]);
    assert!(o.status.success());
    assert_eq!(s.requests(), 1);
}

#[test]
fn broken_configuration_fails_but_keeps_the_report() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "ca_file = \"/nonexistent/ca.pem\"");
    let o = sb.send();
    assert_eq!(o.status.code(), Some(1));
    let id = spooled_id(&o);
    let err = text(&o.stderr);
    assert!(
        err.contains("transport.ca_file /nonexistent/ca.pem"),
        "{err}"
    );
    assert_eq!(sb.pending(), vec![id.to_string()]);
    assert_eq!(s.requests(), 0);
}

#[test]
fn a_full_spool_drops_the_oldest_and_the_next_report_says_so() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let sb = Sandbox::with_budget(
        &format!("http://127.0.0.1:{port}"),
        "[spool]\nmax_reports = 2\n",
        "300ms",
    );
    let ids: Vec<Uuid> = (0..3).map(|_| spooled_id(&sb.send())).collect();
    assert_eq!(sb.pending(), vec![ids[1].to_string(), ids[2].to_string()]);
    let notes = sb.spool_json()["notes"].clone();
    let note = notes[0].as_str().unwrap().to_owned();
    assert!(
        note.starts_with(&format!("spool: dropped undelivered report {}", ids[0])),
        "{note}"
    );
    // What the next report will carry, as `cep show` displays it.
    let o = sb.run(&["show", "--json", "--root", host("vz7").to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // The privacy guard lets only the report's own ids through, so the
    // dropped report's id reaches the server as a placeholder.
    let sent_note = note.replace(&ids[0].to_string(), "<uuid>");
    assert!(
        doc["log"].as_str().unwrap().contains(&sent_note),
        "{}",
        doc["log"]
    );
    // Once a report carrying it is spooled, the note is gone.
    let o = sb.send();
    assert!(text(&o.stderr).contains(&format!("dropped the oldest undelivered report {}", ids[1])));
    let notes = sb.spool_json()["notes"].clone();
    assert_eq!(notes.as_array().unwrap().len(), 1);
    assert!(notes[0].as_str().unwrap().contains(&ids[1].to_string()));
}

/// A small deterministic generator, so a failing run can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn fault_suite_every_report_arrives_exactly_once() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    let mut rng = Lcg(0x5eed_cafe);
    let kinds = [
        Fault::Status(500),
        Fault::Status(503),
        Fault::Status(502),
        Fault::Status(408),
        Fault::TooMany(0),
        Fault::Reset,
        Fault::ResetAfterRecord,
        Fault::Hang,
        Fault::HangAfterRecord,
    ];
    // 60 of 200 sends are faulty: 10 are killed mid-send, 50 meet the
    // other faults in turn (a few twice in a row).
    let mut faulty: BTreeSet<usize> = BTreeSet::new();
    while faulty.len() < 60 {
        faulty.insert((rng.next() % 200) as usize);
    }
    let faulty: Vec<usize> = faulty.into_iter().collect();
    let killed: BTreeSet<usize> = faulty.iter().step_by(6).copied().collect();
    assert_eq!(killed.len(), 10);

    let mut sent: Vec<Uuid> = Vec::new();
    let mut hanging = 0usize;
    let mut kills = 0usize;
    let mut injected = 0usize;
    for i in 0..200 {
        if killed.contains(&i) {
            // The server holds the upload; the process dies with SIGKILL.
            let fault = if kills.is_multiple_of(2) {
                Fault::Hang
            } else {
                Fault::HangAfterRecord
            };
            s.inject(&[fault]);
            injected += 1;
            let mut child = sb.spawn_send();
            hanging += 1;
            assert!(
                s.wait_hanging(hanging, Duration::from_secs(20)),
                "send {i} never reached the server"
            );
            child.kill().unwrap(); // SIGKILL
            let o = child.wait_with_output().unwrap();
            assert_eq!(
                std::os::unix::process::ExitStatusExt::signal(&o.status),
                Some(9)
            );
            kills += 1;
            sent.push(spooled_id(&o));
            // The report survived in the spool; flush delivers it (a second
            // time for HangAfterRecord: the server keeps the first).
            let f = sb.run(&["flush"]);
            assert!(f.status.success(), "{}", text(&f.stderr));
            continue;
        }
        if faulty.contains(&i) {
            let n = if rng.next().is_multiple_of(5) { 2 } else { 1 };
            for _ in 0..n {
                let k = kinds[(rng.next() % kinds.len() as u64) as usize].clone();
                if matches!(k, Fault::Hang | Fault::HangAfterRecord) {
                    hanging += 1;
                }
                s.inject(&[k]);
                injected += 1;
            }
        }
        let o = sb.send();
        assert!(o.status.success(), "send {i}: {}", text(&o.stderr));
        sent.push(spooled_id(&o));
        assert_eq!(s.faults_left(), 0, "send {i} did not meet its faults");
        assert!(
            text(&o.stdout).contains("delivered report"),
            "send {i}: {}",
            text(&o.stdout)
        );
    }
    assert!(injected >= 60, "{injected}");
    assert_eq!(kills, 10);

    let o = sb.run(&["flush"]);
    assert!(o.status.success());
    assert_eq!(sent.len(), 200);
    let distinct: BTreeSet<Uuid> = sent.iter().copied().collect();
    assert_eq!(distinct.len(), 200, "report ids are fresh per report");
    // The server's dedup counts each report exactly once, in send order.
    assert_eq!(s.reports(), sent);
    let firsts = s.uploads().iter().filter(|u| u.first).count();
    assert_eq!(firsts, 200);
    // Every fault met a request, and every report still needed its own.
    assert!(s.requests() >= 200 + injected, "{} requests", s.requests());
    let j = sb.spool_json();
    assert_eq!(j["pending"].as_array().unwrap().len(), 0);
    assert_eq!(j["bad"].as_array().unwrap().len(), 0);
    assert_eq!(j["rejected"].as_array().unwrap().len(), 0);
    // The ledger has one line per report, in the order they arrived.
    let o = sb.run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let recorded: Vec<Uuid> = ledger["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["report_id"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(recorded, sent);
}

/// Everything a user or a log can see: stdout, stderr, the ledger, notes.
fn shown(sb: &Sandbox, outputs: &[&Output]) -> String {
    let mut all = String::new();
    for o in outputs {
        all.push_str(&text(&o.stdout));
        all.push_str(&text(&o.stderr));
    }
    all.push_str(&std::fs::read_to_string(sb.path("state/ledger.jsonl")).unwrap_or_default());
    all
}

#[test]
fn credentials_in_the_url_are_never_shown() {
    let s = TestServer::start();
    let with_password = s.url().replace("http://", "http://reporter:s3cretpw@");
    let sb = Sandbox::new(&with_password, "");
    let status = sb.run(&["status"]);
    assert!(status.status.success(), "{}", text(&status.stderr));
    assert!(
        text(&status.stdout).contains(&format!("transport:   http -> {} (cep)", s.url())),
        "{}",
        text(&status.stdout)
    );
    let json = sb.run(&["status", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        doc["transport"]["destination"],
        format!("{} (cep)", s.url()).as_str()
    );
    let sent = sb.send();
    assert!(sent.status.success(), "{}", text(&sent.stderr));
    let ledger = sb.run(&["ledger", "--json"]);
    let ledger_doc: serde_json::Value = serde_json::from_slice(&ledger.stdout).unwrap();
    assert_eq!(ledger_doc["entries"][0]["destination"], s.url().as_str());
    let verbose = sb.run(&["-vv", "spool", "--json"]);
    // A server that is down: the connection error must not quote the URL
    // with its password either.
    let down = Sandbox::with_budget("http://reporter:s3cretpw@127.0.0.1:9", "", "50ms");
    let failed = down.run(&["-vv", "send", "--root", host("vz7").to_str().unwrap()]);
    assert!(
        text(&failed.stdout).contains("safely kept"),
        "{}",
        text(&failed.stdout)
    );
    let all = shown(&sb, &[&status, &json, &sent, &ledger, &verbose]) + &shown(&down, &[&failed]);
    assert!(!all.contains("s3cretpw"), "{all}");
    assert!(!all.contains("reporter"), "{all}");
}

/// A warning cep logs: a server that is down, at `-v`.
fn warn_run(sb: &Sandbox, envs: &[(&str, &str)]) -> String {
    let mut c = sb.cmd(&["-v", "flush"]);
    c.env_remove("NO_COLOR").env("TERM", "xterm");
    for (k, v) in envs {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    text(&o.stderr)
}

#[test]
fn no_colour_codes_unless_a_terminal_and_no_color_is_unset() {
    // A report kept in the spool, so flush has something to warn about.
    let sb = Sandbox::with_budget("http://127.0.0.1:9", "", "50ms");
    let o = sb.send();
    assert!(
        text(&o.stdout).contains("safely kept"),
        "{}",
        text(&o.stdout)
    );
    let piped = warn_run(&sb, &[]);
    assert!(piped.contains("cannot connect"), "{piped}");
    assert!(!piped.contains('\u{1b}'), "{piped:?}");
    // On a terminal (script(1) gives cep a pty): colour, unless NO_COLOR.
    let on_tty = |no_color: Option<&str>| {
        let mut c = Command::new("script");
        c.args([
            "-qec",
            &format!("{:?} -v flush", env!("CARGO_BIN_EXE_cep")),
            "/dev/null",
        ]);
        let mut inner = sb.cmd(&[]);
        for (k, v) in inner.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c.env("TERM", "xterm").env_remove("NO_COLOR");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        let _ = inner.stdin(Stdio::null());
        text(&c.output().unwrap().stdout)
    };
    let tty = on_tty(None);
    assert!(tty.contains("cannot connect"), "{tty}");
    assert!(tty.contains('\u{1b}'), "{tty:?}");
    let tty = on_tty(Some("1"));
    assert!(tty.contains("cannot connect"), "{tty}");
    assert!(!tty.contains('\u{1b}'), "{tty:?}");
}

#[test]
fn five_concurrent_sends_leave_nothing_in_the_spool() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    // The first uploads hang until the 400 ms timeout: the process holding
    // the spool lock is busy while the others spool their reports.
    s.inject(&[Fault::Hang, Fault::Hang, Fault::Hang]);
    let root = host("vz7");
    let children: Vec<_> = (0..5)
        .map(|_| {
            sb.cmd(&["send", "--root", root.to_str().unwrap()])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let mut ids = Vec::new();
    let mut left_to_another = 0;
    for o in &outputs {
        assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
        ids.push(spooled_id(o));
        if text(&o.stdout).contains("another cep is delivering the spool now") {
            left_to_another += 1;
        }
    }
    assert!(left_to_another > 0, "the sends did not overlap");
    assert!(sb.pending().is_empty(), "{:?}", sb.spool_json());
    let mut got = s.reports();
    got.sort();
    ids.sort();
    assert_eq!(got, ids);
    let ledger = sb.run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&ledger.stdout).unwrap();
    assert_eq!(ledger["entries"].as_array().unwrap().len(), 5);
}

/// A report left in the spool by a server that is down.
fn kept_report(sb: &Sandbox) -> PathBuf {
    let o = sb.send();
    assert!(
        text(&o.stdout).contains("safely kept"),
        "{}",
        text(&o.stdout)
    );
    let doc = sb.spool_json();
    PathBuf::from(doc["pending"][0]["file"].as_str().unwrap())
}

#[test]
fn strays_are_listed_by_spool_and_set_aside_only_by_delivery() {
    let sb = Sandbox::with_budget("http://127.0.0.1:9", "", "50ms");
    let report = kept_report(&sb);
    let spool = sb.path("state/spool");
    let named = |n: u64| spool.join(format!("{n:020}-{}.tar.gz", Uuid::new_v4()));
    let (link, fifo, dir) = (named(1), named(2), named(3));
    std::os::unix::fs::symlink("/etc/passwd", &link).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(spool.join("notes.bak"), "x").unwrap();
    let listing = sb.run(&["spool"]);
    let out = text(&listing.stdout);
    assert!(out.contains("strays: 4"), "{out}");
    assert!(
        out.contains(&format!(
            "{}  named like a report but a FIFO, not a regular file",
            fifo.display()
        )),
        "{out}"
    );
    let doc = sb.spool_json();
    let kinds: Vec<&str> = doc["strays"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["symlink", "FIFO", "directory", "file"]);
    // Listing moved nothing.
    assert!(fifo.exists() && dir.exists() && link.symlink_metadata().is_ok());
    assert!(!spool.join("bad").exists());

    let s = TestServer::start();
    sb.config(&s.url(), "");
    let o = sb.run(&["flush"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(out.contains("delivered report "), "{out} {err}");
    assert!(
        err.contains(&format!(
            "warning: {}",
            spool.join("bad").join(fifo.file_name().unwrap()).display()
        )),
        "{err}"
    );
    assert_eq!(s.reports().len(), 1);
    assert!(!report.exists());
    let doc = sb.spool_json();
    assert_eq!(doc["bad"].as_array().unwrap().len(), 3, "{doc}");
    assert_eq!(doc["strays"].as_array().unwrap().len(), 1, "{doc}");
    assert_eq!(doc["strays"][0]["kind"], "file");
    assert!(spool.join("notes.bak").exists());
}

#[test]
fn an_unreadable_report_is_reported_and_kept() {
    let sb = Sandbox::with_budget("http://127.0.0.1:9", "", "50ms");
    let report = kept_report(&sb);
    let s = TestServer::start();
    sb.config(&s.url(), "");
    let chmod = |mode| {
        std::fs::set_permissions(&report, std::os::unix::fs::PermissionsExt::from_mode(mode))
            .unwrap()
    };
    chmod(0o000);
    // root reads a mode-000 file regardless: run as `nobody`, owner of the
    // state directory, which mode 000 really keeps out.
    let mut flush = sb.cmd(&["flush"]);
    if unsafe { libc::geteuid() } == 0 {
        chown_tree(&sb.path("state"), 65534, 65534);
        std::os::unix::process::CommandExt::uid(&mut flush, 65534);
        std::os::unix::process::CommandExt::gid(&mut flush, 65534);
        std::os::unix::fs::chown(sb.path("etc"), Some(65534), Some(65534)).unwrap();
    }
    let o = flush.output().unwrap();
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(!out.contains("nothing to deliver"), "{out}");
    assert!(
        err.contains(&format!(
            "warning: {}: cannot read the report (Permission denied",
            report.display()
        )),
        "{err}"
    );
    assert!(err.contains("it stays in the spool"), "{err}");
    assert!(report.exists(), "an unreadable report must stay");
    assert!(s.reports().is_empty());
    chmod(0o600);
    let o = flush.output().unwrap();
    assert!(
        text(&o.stdout).contains("delivered report "),
        "{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    assert_eq!(s.reports().len(), 1);
}

fn chown_tree(p: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::lchown(p, Some(uid), Some(gid)).unwrap();
    if p.is_dir() && !p.is_symlink() {
        for e in std::fs::read_dir(p).unwrap() {
            chown_tree(&e.unwrap().path(), uid, gid);
        }
    }
}

#[test]
fn a_ledger_that_cannot_be_written_is_caught_up_by_the_next_run() {
    let s = TestServer::start();
    let sb = Sandbox::new(&s.url(), "");
    // Where ledger.jsonl goes stands a directory: every append fails, as
    // on a full disk.
    std::fs::create_dir_all(sb.path("state/ledger.jsonl")).unwrap();
    let o = sb.send();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let id = spooled_id(&o);
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "warning: report {id} was delivered but the ledger could not be written; the next run records it"
        )),
        "{err}"
    );
    let doc = sb.spool_json();
    assert_eq!(doc["pending"], serde_json::json!([]), "{doc}");
    assert_eq!(
        doc["delivered_unrecorded"][0]["report_id"],
        id.to_string().as_str()
    );
    std::fs::remove_dir(sb.path("state/ledger.jsonl")).unwrap();
    // Until then `cep ledger` shows it, delivered and owed its line.
    let o = sb.run(&["ledger", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let ledger: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ledger["entries"], serde_json::json!([]), "{ledger}");
    let owed = &ledger["delivered_unrecorded"][0];
    assert_eq!(owed["report_id"], id.to_string().as_str(), "{ledger}");
    assert_eq!(owed["entry"]["sha256"], s.uploads()[0].sha256.as_str());
    assert_eq!(owed["entry"]["destination"], s.url().as_str());
    let o = sb.run(&["ledger"]);
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("time "), "{out}");
    assert_eq!(
        lines[1],
        "delivered, ledger line owed (the next cep flush, send or run writes it): 1"
    );
    assert!(
        lines[2].contains(&id.to_string())
            && lines[2].contains(&s.uploads()[0].sha256)
            && lines[2].ends_with(&s.url()),
        "{out}"
    );
    assert!(!out.contains("no report has left"), "{out}");
    let o = sb.run(&["flush"]);
    let out = text(&o.stdout);
    assert!(
        out.contains(&format!(
            "recorded report {id} in the ledger (delivered by an earlier run)"
        )),
        "{out}"
    );
    assert!(!out.contains("nothing to deliver"), "{out}");
    // Sent once, recorded once.
    assert_eq!(s.uploads().len(), 1);
    let ledger = sb.run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&ledger.stdout).unwrap();
    assert_eq!(ledger["entries"].as_array().unwrap().len(), 1, "{ledger}");
    assert_eq!(ledger["entries"][0]["report_id"], id.to_string().as_str());
    assert_eq!(
        ledger["entries"][0]["sha256"],
        s.uploads()[0].sha256.as_str()
    );
    assert_eq!(
        sb.spool_json()["delivered_unrecorded"],
        serde_json::json!([])
    );
    let o = sb.run(&["ledger", "--json"]);
    let ledger: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ledger["delivered_unrecorded"], serde_json::json!([]));
}

/// Spool before connecting: against a server that takes connections and
/// never answers, the policy request gives up after its deadline (5 s by
/// default, where every request may take 120 s), the report is built under
/// the built-in policy and is in the spool while its upload still waits;
/// a crash then loses nothing.
#[test]
fn a_server_that_never_answers_delays_the_spool_only_by_the_policy_deadline() {
    // The kernel completes the connections; nobody reads or answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("etc")).unwrap();
    std::fs::write(
        dir.path().join("etc/cep.toml"),
        format!("[transport]\ntype = \"http\"\nurl = \"{url}\"\n"),
    )
    .unwrap();
    let sb = Sandbox { dir, budget: "2m" };
    let mut child = sb.spawn_send();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    // A generous bound, far below the 120 s a request may take.
    let line = rx.recv_timeout(Duration::from_secs(60));
    let still_sending = child.try_wait().unwrap().is_none();
    let pending = sb.pending();
    child.kill().unwrap();
    let status = child.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    let line = line.unwrap_or_else(|e| panic!("no line from cep send ({e}): {err}"));
    assert!(line.starts_with("spooled report "), "{line}");
    let id = line.split_whitespace().nth(2).unwrap();
    assert!(
        still_sending,
        "cep send ended before it was killed ({status}): {err}"
    );
    assert_eq!(pending, vec![id.to_owned()]);
    assert!(
        err.contains(&format!(
            "using the policy built into cep (version {}): cannot fetch the collection policy: http to {url}: no answer within 5s (policy_timeout); none was ever fetched before",
            cep_core::Policy::builtin().version
        )),
        "{err}"
    );
    // Killed while the upload waited: the report is still spooled, and
    // was built under the policy the message names.
    assert_eq!(sb.pending(), vec![id.to_owned()]);
    let spooled = std::fs::read_dir(sb.path("state/spool"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .unwrap();
    let r = cep_core::Report::read(
        &std::fs::read(spooled).unwrap(),
        &cep_core::ReadLimits::default(),
    )
    .unwrap();
    let policy = r.manifest.policy.unwrap();
    assert_eq!(policy.source, "built-in");
    assert_eq!(policy.version, cep_core::Policy::builtin().version);
    drop(silent);
}
