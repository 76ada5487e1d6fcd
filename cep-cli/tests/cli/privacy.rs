//! The privacy commands and guarantees through the real binary: the
//! tripwire and quarantine, `cep inventory` and docs/DATA.md, `cep ledger`.

use cep::ledger::{Ledger, LedgerEntry};
use cep_core::{Archive, ReadLimits, Receipt, Report};

use super::{Sandbox, host, stderr, stdout, testdata};

/// The report entries of `cep ledger --json`.
fn ledger_entries(json: &[u8]) -> Vec<LedgerEntry> {
    let v: serde_json::Value = serde_json::from_slice(json).unwrap();
    serde_json::from_value(v["entries"].clone()).unwrap()
}

/// The vz7 host with its own address (from /etc/hosts) as its kernel
/// release: a valid version, which the scrubber leaves alone as it leaves
/// every typed value; the tripwire's search for the host's values finds it.
fn leaky_node() -> cep_core::testing::Fixture {
    cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .file("/proc/sys/kernel/osrelease", "10.9.8.7\n")
        .file(
            "/etc/hosts",
            "127.0.0.1 localhost\n10.9.8.7 vz7-node01.example.com vz7-node01\n",
        )
        .build()
        .unwrap()
}

#[test]
fn tripwire_stops_and_quarantines_a_report_that_would_leak() {
    let sb = Sandbox::new();
    let fixture = leaky_node();
    let (o, out) = sb.collect_to(fixture.path(), "out.tar.gz");
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "privacy stopped the report: member os.kernel.json: address matched `10…` (8 chars) at byte "
        ),
        "{err}"
    );
    assert!(err.contains("the report was not sent"), "{err}");
    assert!(!err.contains("10.9.8.7"), "{err}");
    assert!(
        !out.exists(),
        "the archive must not be written for review either"
    );

    let qdir = sb.path("state/quarantine");
    let files: Vec<_> = std::fs::read_dir(&qdir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let q = &files[0];
    assert!(err.contains(&q.display().to_string()), "{err}");
    let r = Report::read(&std::fs::read(q).unwrap(), &ReadLimits::default()).unwrap();
    assert_eq!(
        q.file_name().unwrap().to_string_lossy(),
        format!("{}.tar.gz", r.manifest.report_id)
    );
    // The typed value went into the archive as it was: never rewritten.
    assert_eq!(
        r.sections["os.kernel"].as_json().unwrap()["release"],
        "10.9.8.7"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(q).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&qdir).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

/// `cep show`, `send --dry-run` and `collect` on an empty state directory
/// (a first try), then with a host id: nothing there changes, not even a
/// host id is made; a report the tripwire stops is not kept by a preview.
#[test]
fn previews_leave_the_state_directory_as_it_was() {
    let sb = Sandbox::new();
    let root = host("vz7");
    let leaky = leaky_node();
    let state = sb.path("state");
    let previews = |expect_id: Option<&str>| {
        let before = cep_core::testing::snapshot(&state);
        for (args, fixture) in [
            (vec!["show"], root.as_path()),
            (vec!["show", "--json"], root.as_path()),
            (vec!["send", "--dry-run"], root.as_path()),
            (vec!["show"], leaky.path()),
            (vec!["send", "--dry-run"], leaky.path()),
        ] {
            let mut a = args.clone();
            a.extend(["--root", fixture.to_str().unwrap()]);
            let o = sb.run(&a);
            if fixture == leaky.path() {
                assert_eq!(o.status.code(), Some(1), "{args:?}");
                let err = stderr(&o);
                assert!(
                    err.contains("member os.kernel.json: address matched")
                        && err.contains("nothing was written (a preview keeps no copy)"),
                    "{args:?}: {err}"
                );
                assert_eq!(stdout(&o), "", "{args:?}");
            } else {
                assert!(o.status.success(), "{args:?}: {}", stderr(&o));
            }
            assert_eq!(
                cep_core::testing::snapshot(&state),
                before,
                "{args:?} changed {}",
                state.display()
            );
        }
        // The report shown carries the stored id, or a temporary one, and
        // says which.
        let o = sb.run(&["show", "--json", "--root", root.to_str().unwrap()]);
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let shown = doc["manifest"]["client_id"].as_str().unwrap().to_owned();
        let log = doc["log"].as_str().unwrap();
        match expect_id {
            Some(id) => {
                assert_eq!(shown, id);
                assert!(!log.contains("identity:"), "{log}");
            }
            None => assert!(
                log.contains("identity: no host id is stored yet; this report carries a temporary id (the first report sent makes the host's own)"),
                "{log}"
            ),
        }
        let (o, _) = sb.collect_to(&root, "review.tar.gz");
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(cep_core::testing::snapshot(&state), before);
    };
    // No state directory at all: none is made.
    previews(None);
    assert!(!state.exists());
    // An empty one stays empty.
    std::fs::create_dir(&state).unwrap();
    previews(None);
    assert_eq!(std::fs::read_dir(&state).unwrap().count(), 0);
    // With a host id, previews carry it and still write nothing.
    let id = sb.run(&["id"]);
    assert!(id.status.success(), "{}", stderr(&id));
    previews(Some(stdout(&id).trim()));
    assert!(!sb.path("state/quarantine").exists());
}

/// A vzstats id is what a preview shows before the first report adopts it,
/// and an id made on another machine is not what it shows: in both cases
/// nothing is written.
#[test]
fn previews_show_the_id_a_report_sent_now_would_carry() {
    let sb = Sandbox::new();
    let root = host("vz7");
    std::fs::write(
        sb.path("etc/.vzstats-uuid"),
        "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd\n",
    )
    .unwrap();
    let show = || {
        let o = sb.run(&["show", "--json", "--root", root.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        (
            doc["manifest"]["client_id"].as_str().unwrap().to_owned(),
            doc["log"].as_str().unwrap().to_owned(),
        )
    };
    let (id, log) = show();
    assert_eq!(id, "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd");
    assert!(
        log.contains(&format!(
            "identity: the vzstats host id from {} (the first report sent adopts it)",
            sb.path("etc/.vzstats-uuid").display()
        )),
        "{log}"
    );
    assert!(!sb.path("state").exists());

    // An id bound to another machine: a report sent now gets a new one.
    std::fs::write(sb.path("machine-id"), "0123456789abcdef0123456789abcdef\n").unwrap();
    std::fs::write(
        sb.path("etc/cep.toml"),
        format!(
            "machine_id_file = \"{}\"\n",
            sb.path("machine-id").display()
        ),
    )
    .unwrap();
    assert!(sb.run(&["id"]).status.success());
    std::fs::write(sb.path("machine-id"), "fedcba9876543210fedcba9876543210\n").unwrap();
    let before = cep_core::testing::snapshot(&sb.path("state"));
    let (id, log) = show();
    assert_ne!(id, "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd");
    assert!(
        log.contains("differs from the machine id")
            && log.contains("this report carries a temporary id"),
        "{log}"
    );
    assert_eq!(cep_core::testing::snapshot(&sb.path("state")), before);
}

#[test]
fn show_renders_the_scrubbed_archive_of_the_same_path_as_collect() {
    let sb = Sandbox::new();
    // A host named `intel`: the CPU's free text loses the name, the enum
    // `vendor` keeps its allowed value.
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .file("/proc/sys/kernel/hostname", "intel.example.net\n")
        .build()
        .unwrap();
    let o = sb.run(&["show", "--json", "--root", fixture.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let cpu = &v["sections"]["hw.cpu"];
    assert_eq!(cpu["vendor"], "intel");
    assert_eq!(cpu["vendor_id"], "Genuine<host>");
    assert_eq!(
        cpu["models"],
        serde_json::json!(["<host>(R) Core(TM) i7-3610QM CPU @ 2.30GHz"])
    );
    let (o, out) = sb.collect_to(fixture.path(), "r.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let r = Report::read(&std::fs::read(&out).unwrap(), &ReadLimits::default()).unwrap();
    assert_eq!(
        serde_json::to_value(r.sections["hw.cpu"].as_json().unwrap()).unwrap(),
        *cpu
    );
}

#[test]
fn inventory_markdown_is_current() {
    let sb = Sandbox::new();
    let o = sb.run(&["inventory", "--markdown"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let committed = std::fs::read_to_string(testdata().join("../docs/DATA.md")).unwrap_or_default();
    assert!(
        stdout(&o) == committed,
        "docs/DATA.md is out of date; regenerate it with:\n    cargo run -p cep-cli -- inventory --markdown > docs/DATA.md"
    );
}

#[test]
fn inventory_lists_every_declared_field() {
    let sb = Sandbox::new();
    let o = sb.run(&["inventory", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    let declared: usize = cep_collectors::builtin()
        .iter()
        .map(|c| c.fields().len().max(1))
        .sum();
    assert_eq!(rows.len(), declared);
    let release = rows
        .iter()
        .find(|r| r["collector"] == "os.kernel" && r["field"] == "release")
        .unwrap();
    assert_eq!(release["type"], "string");
    assert_eq!(release["meaning"], "Kernel release (uname -r)");
    assert_eq!(release["example"], "3.10.0-1160.80.1.vz7.191.4");
    let o = sb.run(&["inventory"]);
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("os.kernel") && l.contains("release") && l.contains("string")),
        "{}",
        stdout(&o)
    );
    let o = sb.run(&["inventory", "--json", "--markdown"]);
    assert_eq!(o.status.code(), Some(2));
}

fn entry(n: u8, destination: &str) -> LedgerEntry {
    let archive = Archive::new(
        cep_core::uuid::Uuid::from_bytes([n; 16]),
        cep_core::uuid::Uuid::nil(),
        vec![n; 100 + n as usize],
    );
    let receipt = Receipt {
        report_id: archive.report_id,
        received_at: format!("2026-11-22T18:0{n}:00Z"),
        sha256: archive.sha256(),
    };
    let mut e = LedgerEntry::new(&archive, "http", destination, receipt);
    e.time = format!("2026-11-22T18:0{n}:01Z");
    e
}

#[test]
fn ledger_lists_what_left_the_host() {
    let sb = Sandbox::new();
    let o = sb.run(&["ledger"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("no report has left this host"),
        "{}",
        stdout(&o)
    );

    let ledger = Ledger::in_state_dir(&sb.path("state"));
    let a = entry(1, "https://stats.example.org");
    let b = entry(2, "/var/cache/cep/report.tar.gz");
    ledger.append(&a).unwrap();
    ledger.append(&b).unwrap();

    let o = sb.run(&["ledger", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back: Vec<LedgerEntry> = ledger_entries(&o.stdout);
    assert_eq!(back, vec![a.clone(), b.clone()]);

    let o = sb.run(&["ledger"]);
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("time"), "{text}");
    assert!(
        lines[1].starts_with(
            "2026-11-22T18:01:01Z  01010101-0101-0101-0101-010101010101       101  http"
        ),
        "{text}"
    );
    assert!(
        lines[1].contains(&a.sha256) && lines[1].ends_with("https://stats.example.org"),
        "{text}"
    );
    assert!(lines[2].ends_with("/var/cache/cep/report.tar.gz"), "{text}");

    // A crash mid-append leaves a cut last line: listed as a note, not an error.
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(ledger.path())
        .unwrap();
    f.write_all(b"{\"time\":\"2026-11-22T18:03").unwrap();
    drop(f);
    let o = sb.run(&["ledger", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back: Vec<LedgerEntry> = ledger_entries(&o.stdout);
    assert_eq!(back.len(), 2);
    assert!(
        stderr(&o).contains("line 3 is cut short (25 bytes"),
        "{}",
        stderr(&o)
    );

    // A damaged line in the middle is an error naming the file and line.
    std::fs::write(ledger.path(), "garbage\n{}\n").unwrap();
    let o = sb.run(&["ledger"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("ledger.jsonl, line 1: not a ledger entry"),
        "{}",
        stderr(&o)
    );
}
