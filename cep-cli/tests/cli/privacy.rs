//! The privacy commands and guarantees through the real binary: the
//! tripwire and quarantine, `cep inventory` and docs/DATA.md, `cep ledger`.

use cep_core::{Archive, Ledger, LedgerEntry, ReadLimits, Receipt, Report};

use super::{Sandbox, host, stderr, stdout, testdata};

#[test]
fn tripwire_stops_and_quarantines_a_report_that_would_leak() {
    // A host whose short name is `kernel`: the scrubber rewrites every
    // string in the sections, but the manifest lists the collector
    // `os.kernel` and the archive holds `os.kernel.json`, which no
    // scrubber touches. The archive scan sees the host name there.
    let sb = Sandbox::new();
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .file("/proc/sys/kernel/hostname", "kernel.example.net\n")
        .build()
        .unwrap();
    let (o, out) = sb.collect_to(fixture.path(), "out.tar.gz");
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("privacy stopped the report: member manifest.json: host detector matched `ke…` (6 chars) at byte "),
        "{err}"
    );
    assert!(
        err.contains("member os.kernel.json: host detector matched `ke…` (6 chars) at byte 3"),
        "{err}"
    );
    assert!(err.contains("the report was not sent"), "{err}");
    assert!(!err.contains("kernel.example.net"), "{err}");
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
    // The scrubber did its part on the sections before the check.
    assert_eq!(r.sections["os.kernel"].as_json().unwrap()["line"], "vz7");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(q).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&qdir).unwrap().permissions().mode() & 0o777,
        0o700
    );

    // `show` takes the same path: nothing printed, a second quarantined copy.
    let o = sb.run(&["show", "--root", fixture.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert_eq!(std::fs::read_dir(&qdir).unwrap().count(), 2);
}

#[test]
fn show_renders_the_scrubbed_archive_of_the_same_path_as_collect() {
    let sb = Sandbox::new();
    // A host name that is also in a collector's output gets scrubbed.
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .file("/proc/sys/kernel/hostname", "virtuozzo.example.net\n")
        .build()
        .unwrap();
    let o = sb.run(&["show", "--json", "--root", fixture.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sections"]["os.release"]["id"], "<host>");
    assert_eq!(v["sections"]["os.release"]["name"], "<host>");
    let (o, out) = sb.collect_to(fixture.path(), "r.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let r = Report::read(&std::fs::read(&out).unwrap(), &ReadLimits::default()).unwrap();
    assert_eq!(r.sections["os.release"].as_json().unwrap()["id"], "<host>");
    assert_eq!(
        serde_json::to_value(r.sections["os.release"].as_json().unwrap()).unwrap(),
        v["sections"]["os.release"]
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
    let back: Vec<LedgerEntry> = serde_json::from_slice(&o.stdout).unwrap();
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
    let back: Vec<LedgerEntry> = serde_json::from_slice(&o.stdout).unwrap();
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
