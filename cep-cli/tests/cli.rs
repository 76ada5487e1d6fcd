//! Runs the real `cep` binary on fixture hosts built from real samples and
//! checks exact values in what it writes and prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cep_core::{ReadLimits, Report, Status};
use serde_json::json;

#[path = "cli/output.rs"]
mod output;
#[path = "cli/packaging.rs"]
mod packaging;
#[path = "cli/privacy.rs"]
mod privacy;
#[path = "cli/run.rs"]
mod run;
mod vz;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

fn host(name: &str) -> PathBuf {
    testdata().join("hosts").join(name)
}

/// A sandbox: its own state and sysconf directories, no inherited opt-out.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        Sandbox { dir }
    }
    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }
    fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_cep"));
        c.env("CEP_STATE_DIR", self.path("state"))
            .env("CEP_SYSCONF_DIR", self.path("etc"))
            .env_remove("DO_NOT_TRACK")
            .env_remove("CEP_LOG")
            .current_dir(self.dir.path());
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }
    /// `cep collect --root ROOT --output <sandbox>/NAME`: the output and
    /// the archive's path.
    fn collect_to(&self, root: &Path, name: &str) -> (Output, PathBuf) {
        let out = self.path(name);
        let o = self.run(&[
            "collect",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        (o, out)
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tar_names(bytes: &[u8]) -> Vec<String> {
    let mut a = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    a.entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect()
}

fn collect(sb: &Sandbox, host_name: &str) -> Report {
    let (o, out) = sb.collect_to(&host(host_name), "out.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    Report::read(&bytes, &ReadLimits::default()).unwrap()
}

#[test]
fn legacy_node_report_has_exact_values() {
    let sb = Sandbox::new();
    let (o, out) = sb.collect_to(&host("openvz-legacy"), "legacy.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.lines()
            .any(|l| l.starts_with("ok") && l.contains("os.kernel")),
        "{text}"
    );
    assert!(text.contains("wrote "), "{text}");

    let bytes = std::fs::read(&out).unwrap();
    let names = tar_names(&bytes);
    assert_eq!(
        names[..13],
        [
            "manifest.json",
            "collect.log",
            "os.kernel.json",
            "os.release.json",
            "hw.memory.json",
            "hw.cpu.json",
            "hw.disks.json",
            "storage.vz.json",
            "net.config.json",
            "sw.packages.json",
            "sw.services.json",
            "sys.cgroups.json",
            "sys.static.json"
        ]
    );
    assert!(names.iter().any(|n| n == "vz.containers.json"), "{names:?}");
    let r = Report::read(&bytes, &ReadLimits::default()).unwrap();
    let m = &r.manifest;
    assert_eq!((m.format.as_str(), m.schema), ("cep-report", 1));
    assert_eq!(m.report_id.get_version_num(), 4);
    assert_eq!(m.client.name, "cep");
    assert!(m.created_at.ends_with('Z'));
    let ids: Vec<(&str, Status, Option<&str>)> = m
        .collectors
        .iter()
        .map(|e| (e.id.as_str(), e.status, e.file.as_deref()))
        .collect();
    assert_eq!(
        ids[..11],
        [
            ("os.kernel", Status::Ok, Some("os.kernel.json")),
            ("os.release", Status::Ok, Some("os.release.json")),
            ("hw.memory", Status::Ok, Some("hw.memory.json")),
            ("hw.cpu", Status::Ok, Some("hw.cpu.json")),
            ("hw.disks", Status::Ok, Some("hw.disks.json")),
            ("storage.vz", Status::Ok, Some("storage.vz.json")),
            ("net.config", Status::Ok, Some("net.config.json")),
            ("sw.packages", Status::Ok, Some("sw.packages.json")),
            ("sw.services", Status::Ok, Some("sw.services.json")),
            ("sys.cgroups", Status::Ok, Some("sys.cgroups.json")),
            ("sys.static", Status::Ok, Some("sys.static.json")),
        ]
    );
    assert!(ids.contains(&("vz.containers", Status::Ok, Some("vz.containers.json"))));
    assert!(ids.contains(&("vz.vms", Status::Skipped, None)));
    assert_eq!(
        r.sections["os.kernel"].as_json().unwrap(),
        &json!({"release": "2.6.32-042stab145.3", "machine": "x86_64", "openvz": true, "line": "openvz-legacy"})
    );
    assert_eq!(
        r.sections["os.release"].as_json().unwrap(),
        &json!({"id": "centos", "name": "CentOS", "version": "6.10", "like": [], "source": "/etc/redhat-release"})
    );
    let mem = r.sections["hw.memory"].as_json().unwrap();
    assert_eq!(mem["total_bytes"], 506128u64 * 1024);
    assert_eq!(mem["swap_total_bytes"], 1477624u64 * 1024);
    assert_eq!(mem["available_bytes"], json!(null));
    // A review makes no host id: the report carries a temporary one and
    // says so.
    assert!(!sb.path("state").exists());
    assert_eq!(m.client_id.get_version_num(), 4);
    assert!(
        r.log
            .contains("identity: no host id is stored yet; this report carries a temporary id"),
        "{}",
        r.log
    );
}

#[test]
fn vz7_node_report_has_exact_values() {
    let sb = Sandbox::new();
    let r = collect(&sb, "vz7");
    assert_eq!(
        r.sections["os.kernel"].as_json().unwrap(),
        &json!({"release": "3.10.0-1160.80.1.vz7.191.4", "machine": "x86_64", "openvz": true, "line": "vz7"})
    );
    assert_eq!(
        r.sections["os.release"].as_json().unwrap(),
        &json!({"id": "virtuozzo", "name": "Virtuozzo", "version": "7", "like": ["rhel", "fedora"], "source": "/etc/os-release"})
    );
    assert_eq!(
        r.sections["hw.memory"].as_json().unwrap(),
        &json!({
            "total_bytes": 65759460u64 * 1024,
            "available_bytes": 48231640u64 * 1024,
            "swap_total_bytes": 8388604u64 * 1024,
            "swap_used_bytes": (8388604u64 - 8126460) * 1024,
            "hugepages_total": 0,
            "hugepage_size_bytes": 2048 * 1024,
            "ksm_pages_shared": 5120
        })
    );
    // No host id yet: collect made none, the report says so.
    assert!(
        r.log.starts_with("identity: no host id is stored yet;"),
        "{}",
        r.log
    );
    assert!(!sb.path("state").exists());
    // Once the host has its id, a report carries it: same id, new report
    // id each time, nothing in the log.
    let id = stdout(&sb.run(&["id"])).trim().to_owned();
    let r1 = collect(&sb, "vz7");
    let r2 = collect(&sb, "vz7");
    assert_eq!(r1.manifest.client_id.to_string(), id);
    assert_eq!(r2.manifest.client_id, r1.manifest.client_id);
    assert_ne!(r2.manifest.report_id, r1.manifest.report_id);
    assert_eq!(r2.log, "");
}

#[test]
fn vzstats_host_id_is_adopted() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.path("etc/.vzstats-uuid"),
        "{0E7A9B58-AAAA-4BBB-8CCC-DDDDDDDDDDDD}\n",
    )
    .unwrap();
    let o = sb.run(&["id"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd\n");
    let r = collect(&sb, "vz7");
    assert_eq!(
        r.manifest.client_id.to_string(),
        "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd"
    );
}

#[test]
fn invalid_stored_id_is_replaced_and_logged() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.path("state")).unwrap();
    std::fs::write(sb.path("state/host-id"), "not-an-id\n").unwrap();
    // A review says so and changes nothing.
    let r = collect(&sb, "vz7");
    assert!(
        r.log
            .contains("held `not-an-id`, which is not a UUID; this report carries a temporary id"),
        "{}",
        r.log
    );
    assert_eq!(
        std::fs::read_to_string(sb.path("state/host-id")).unwrap(),
        "not-an-id\n"
    );
    // A report sent replaces it, and its log says so.
    std::fs::write(
        sb.path("etc/cep.toml"),
        format!(
            "[transport]\ntype = \"file\"\npath = \"{}\"\n",
            sb.path("sent.tar.gz").display()
        ),
    )
    .unwrap();
    let o = sb.run(&["send", "--root", host("vz7").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = Report::read(
        &std::fs::read(sb.path("sent.tar.gz")).unwrap(),
        &ReadLimits::default(),
    )
    .unwrap();
    assert!(
        r.log
            .contains("held `not-an-id`, which is not a UUID; made a new host id"),
        "{}",
        r.log
    );
    let stored = std::fs::read_to_string(sb.path("state/host-id")).unwrap();
    assert_eq!(stored.trim(), r.manifest.client_id.to_string());
}

#[test]
fn show_json_is_one_document_with_every_section() {
    let sb = Sandbox::new();
    let o = sb.run(&["show", "--json", "--root", host("vz7").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["manifest"]["format"], "cep-report");
    assert_eq!(v["sections"]["os.kernel"]["line"], "vz7");
    assert_eq!(v["sections"]["hw.memory"]["ksm_pages_shared"], 5120);
    assert_eq!(v["archive"]["sha256"].as_str().unwrap().len(), 64);
    let o = sb.run(&["show", "--root", host("openvz-legacy").to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.contains("== os.kernel [ok] os.kernel.json =="),
        "{text}"
    );
    assert!(
        text.contains("\"release\": \"2.6.32-042stab145.3\""),
        "{text}"
    );
    assert!(text.contains("== collect.log =="), "{text}");
}

#[test]
fn broken_proc_file_costs_one_collector_only() {
    let sb = Sandbox::new();
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .file("/proc/meminfo", "MemTotal: plenty kB\n")
        .build()
        .unwrap();
    let (o, out) = sb.collect_to(fixture.path(), "x.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("error    hw.memory"), "{}", stdout(&o));
    let r = Report::read(&std::fs::read(&out).unwrap(), &ReadLimits::default()).unwrap();
    let mem = r
        .manifest
        .collectors
        .iter()
        .find(|e| e.id == "hw.memory")
        .unwrap();
    assert_eq!(mem.status, Status::Error);
    assert_eq!(mem.file, None);
    assert!(
        mem.error
            .as_deref()
            .unwrap()
            .contains("cannot parse /proc/meminfo")
    );
    assert!(
        r.log
            .contains("error hw.memory: cannot parse /proc/meminfo"),
        "{}",
        r.log
    );
    // Every other collector still reported.
    assert!(!r.sections.contains_key("hw.memory"));
    assert!(r.sections.contains_key("os.release"));
    assert!(r.sections.contains_key("hw.cpu"));
    assert!(
        r.manifest
            .collectors
            .iter()
            .all(|e| e.id == "hw.memory" || e.status != cep_core::Status::Error),
        "{:?}",
        r.manifest.collectors
    );
    assert_eq!(r.sections["os.kernel"].as_json().unwrap()["line"], "vz7");
}

#[test]
fn unreadable_file_is_an_error_status_naming_it() {
    let sb = Sandbox::new();
    // A directory where /etc/os-release should be cannot be read as a file,
    // for root too (unlike a chmod 000 file).
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .build()
        .unwrap();
    let p = fixture.path().join("fs/etc/os-release");
    std::fs::remove_file(&p).unwrap();
    std::fs::create_dir(&p).unwrap();
    let (o, _) = sb.collect_to(fixture.path(), "x.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let line = stdout(&o)
        .lines()
        .find(|l| l.contains("os.release"))
        .unwrap()
        .to_owned();
    assert!(
        line.starts_with("error") && line.contains("/etc/os-release"),
        "{line}"
    );
}

#[test]
fn missing_root_is_a_clear_error_with_exit_1() {
    let sb = Sandbox::new();
    let o = sb.run(&["collect", "--root", "/nonexistent/fixture"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.starts_with("cep: error: fixture host /nonexistent/fixture"),
        "{e}"
    );
    assert!(
        !e.contains("panicked") && !e.contains("RUST_BACKTRACE"),
        "{e}"
    );
}

#[test]
fn corrupt_config_names_file_and_key() {
    let sb = Sandbox::new();
    std::fs::write(sb.path("etc/cep.toml"), "enabled = true\ncolectors = 1\n").unwrap();
    let o = sb.run(&["status"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("cep.toml") && e.contains("colectors"), "{e}");

    std::fs::write(
        sb.path("etc/cep.toml"),
        "[collectors.\"hw.gpu\"]\nenabled = false\n",
    )
    .unwrap();
    let o = sb.run(&["list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("unknown collector `hw.gpu`"),
        "{}",
        stderr(&o)
    );

    let o = sb.run(&["--config", "/nonexistent/cep.toml", "status"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/cep.toml"));
}

#[test]
fn bad_usage_exits_2() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        sb.run(&["collect", "--no-such-flag"]).status.code(),
        Some(2)
    );
}

#[test]
fn disabled_collector_is_not_run() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.path("etc/cep.toml"),
        "[collectors.\"hw.memory\"]\nenabled = false\n",
    )
    .unwrap();
    let r = collect(&sb, "vz7");
    let ids: Vec<&str> = r
        .manifest
        .collectors
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids[..3], ["os.kernel", "os.release", "hw.cpu"]);
    assert!(!ids.contains(&"hw.memory"), "{ids:?}");
    let o = sb.run(&["list"]);
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("hw.memory") && l.ends_with("(disabled)"))
    );
}

#[test]
fn consent_sources_enable_disable_and_status() {
    let sb = Sandbox::new();
    let st = |sb: &Sandbox, env: Option<&str>| {
        let mut c = sb.cmd();
        c.args(["status", "--json"]);
        if let Some(v) = env {
            c.env("DO_NOT_TRACK", v);
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let v = st(&sb, None);
    assert_eq!(v["enabled"], true);
    assert_eq!(v["decided_by"], "default (no opt-out found)");
    assert_eq!(v["host_id"], json!(null));

    let v = st(&sb, Some("1"));
    assert_eq!(v["enabled"], false);
    assert_eq!(v["decided_by"], "DO_NOT_TRACK=1 in the environment");

    let o = sb.run(&["disable"]);
    assert!(stdout(&o).contains("cep-disable"));
    let v = st(&sb, None);
    assert_eq!(v["enabled"], false);
    assert!(v["decided_by"].as_str().unwrap().starts_with("marker file"));

    std::fs::write(sb.path("etc/vzstats-disable"), "").unwrap();
    let o = sb.run(&["enable"]);
    assert_eq!(stdout(&o).matches("removed ").count(), 2, "{}", stdout(&o));
    assert_eq!(st(&sb, None)["enabled"], true);

    std::fs::write(sb.path("etc/cep.toml"), "enabled = false\n").unwrap();
    let o = sb.run(&["enable"]);
    assert!(
        stdout(&o).contains("still disabled by enabled = false in"),
        "{}",
        stdout(&o)
    );
    let o = sb.run(&["status"]);
    assert!(stdout(&o).contains("reporting:   disabled (decided by enabled = false in"));
}

#[test]
fn list_shows_the_external_scripts_and_why_one_does_not_run() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let sb = Sandbox::new();
    let root = sb.path("host");
    let fs = root.join("fs");
    std::fs::create_dir_all(&fs).unwrap();
    if std::fs::metadata(&fs).unwrap().uid() != 0 {
        cep_core::skip!("scripts must be owned by root and this test does not run as root");
        return;
    }
    for (dir, name, mode) in [
        ("usr/libexec/cep/collectors.d", "10-Disks", 0o755),
        ("usr/libexec/cep/collectors.d", "10-disks", 0o755),
        ("usr/libexec/cep/collectors.d", "20-open", 0o777),
        ("usr/libexec/vzstats", "cpuinfo", 0o700),
    ] {
        std::fs::create_dir_all(fs.join(dir)).unwrap();
        let p = fs.join(dir).join(name);
        std::fs::write(&p, "#!/bin/sh\necho hi\n").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let o = sb.run(&["list", "--root", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let scripts: Vec<&str> = text.lines().filter(|l| l.starts_with("scripts.")).collect();
    assert_eq!(
        scripts,
        [
            "scripts.10-disks     weekly fri 19:00   external script /usr/libexec/cep/collectors.d/10-Disks",
            "scripts.? (10-disks) weekly fri 19:00   external script /usr/libexec/cep/collectors.d/10-disks (not run: another script already reports as scripts.10-disks)",
            "scripts.? (20-open)  weekly fri 19:00   external script /usr/libexec/cep/collectors.d/20-open (not run: group- or world-writable (mode 777))",
            "scripts.cpuinfo      weekly fri 19:00   external script /usr/libexec/vzstats/cpuinfo",
        ],
        "{text}"
    );
    let o = sb.run(&["list", "--json", "--root", root.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let open = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["description"] == "external script /usr/libexec/cep/collectors.d/20-open")
        .unwrap();
    assert_eq!(open["enabled"], false);
    assert_eq!(
        open["reason"],
        "not run: group- or world-writable (mode 777)"
    );
    // The same decisions as a collection: one report section per script
    // that runs, the refused ones told in collect.log.
    let (o, out) = sb.collect_to(&root, "r.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let r = cep_core::Report::read(&std::fs::read(out).unwrap(), &Default::default()).unwrap();
    let ids: Vec<&String> = r
        .sections
        .keys()
        .filter(|k| k.starts_with("scripts."))
        .collect();
    assert_eq!(ids, ["scripts.10-disks", "scripts.cpuinfo"]);
    assert!(
        r.log.contains("scripts: skipped /usr/libexec/cep/collectors.d/20-open: group- or world-writable (mode 777)"),
        "{}",
        r.log
    );
}

#[test]
fn list_json_names_every_collector_with_its_schedule() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.path("etc/cep.toml"),
        "[collectors.\"os.kernel\"]\nschedule = \"daily 13:00\"\n",
    )
    .unwrap();
    let o = sb.run(&["list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let k = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "os.kernel")
        .unwrap();
    assert_eq!(k["schedule"], "daily 13:00");
    assert_eq!(k["enabled"], true);
    assert!(v.as_array().unwrap().len() >= 3);
}
