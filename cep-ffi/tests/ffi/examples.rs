//! The examples, built with the system's C and C++ compilers against the
//! build's cep.pc (as the README says) and run against the real stats
//! server: the report arrives, the ledger has its line, a collector's
//! section is in the report the server received, and a free-text value
//! with an address in it reaches the server scrubbed.
//!
//! The collectors' reports go over the dispatcher protocol, which sends a
//! report whole: over the native protocol the client sends only the
//! fields of the server's collection policy, and no published table reads
//! an example collector (it is `skipped`, "withheld").

use std::path::Path;

use crate::support::{Client, Server, compile, printed, repo, run};

fn example(path: &str) -> std::path::PathBuf {
    repo().join("examples").join(path)
}

fn section<'a>(report: &'a cep_core::Report, id: &str) -> &'a serde_json::Value {
    report
        .sections
        .get(id)
        .and_then(cep_core::Section::as_json)
        .unwrap_or_else(|| panic!("no section {id} in {:?}", report.manifest))
}

#[test]
fn c_installer_previews_enables_and_sends_once() {
    let dir = tempfile::tempdir().unwrap();
    let Some(exe) = compile(
        &[example("c/installer.c")],
        false,
        &dir.path().join("installer"),
    ) else {
        return;
    };
    let server = Server::start();
    let client = Client::http(server.addr, "cep");
    let o = run(&exe, &[&client.options("vz7"), "yes"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let show = printed(&o.stdout, "show");
    assert_eq!(show["manifest"]["client"]["name"], "cep-ffi-test");
    let sent = printed(&o.stdout, "send");
    let delivered = &sent["delivery"]["delivered"][0];
    let ledger = printed(&o.stdout, "ledger");
    assert_eq!(ledger["entries"][0]["report_id"], delivered["report_id"]);
    assert_eq!(client.ledger().len(), 1);
    assert_eq!(server.reports(), 1);
    // Answered no: reporting off, nothing more sent.
    let o = run(&exe, &[&client.options("vz7"), "no"]);
    assert!(o.status.success());
    assert!(client.path("etc/cep-disable").exists());
    assert_eq!(server.reports(), 1);
}

#[test]
fn c_collector_reaches_the_server_scrubbed() {
    let dir = tempfile::tempdir().unwrap();
    let Some(exe) = compile(
        &[example("c/collector.c")],
        false,
        &dir.path().join("collector"),
    ) else {
        return;
    };
    let server = Server::start();
    let client = Client::http(server.addr, "disp");
    let note = "templates from mirror 10.20.30.40 (admin@example.com) in 12 s";
    let o = run(&exe, &[&client.options("vz7"), note]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ledger = printed(&o.stdout, "ledger");
    assert_eq!(ledger["entries"].as_array().unwrap().len(), 1);
    assert_eq!(server.reports(), 1);
    let archives = server.archives();
    assert_eq!(archives.len(), 1);
    let report = &archives[0];
    assert_eq!(
        report.manifest.report_id.to_string(),
        ledger["entries"][0]["report_id"]
    );
    let s = section(report, "example.installer");
    assert_eq!(s["mode"], "express");
    assert_eq!(s["steps"], 7);
    let sent = s["note"].as_str().unwrap();
    assert!(
        sent.starts_with("templates from mirror ") && sent.ends_with(" in 12 s"),
        "{sent}"
    );
    assert!(
        !sent.contains("10.20.30.40") && !sent.contains("admin@example.com"),
        "{sent}"
    );
    // The built-in collectors reported beside it.
    assert!(report.sections.contains_key("os.kernel"));
}

#[test]
fn cpp_installer_sends_its_collector() {
    let dir = tempfile::tempdir().unwrap();
    let Some(exe) = compile(
        &[example("cpp/installer.cpp")],
        true,
        &dir.path().join("installer"),
    ) else {
        return;
    };
    let server = Server::start();
    let client = Client::http(server.addr, "disp");
    let o = run(&exe, &[&client.options("vz7"), "yes"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        printed(&o.stdout, "show")["sections"]["example.installer"]["steps"],
        12
    );
    assert_eq!(
        printed(&o.stdout, "ledger")["entries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let archives = server.archives();
    assert_eq!(archives.len(), 1);
    assert_eq!(section(&archives[0], "example.installer")["mode"], "custom");
}

#[test]
fn python_installer_sends_once() {
    if !crate::support::have("python3", "--version") {
        return;
    }
    let server = Server::start();
    let client = Client::http(server.addr, "cep");
    let script = repo().join("python/examples/installer.py");
    let o = run(
        Path::new("python3"),
        &[script.to_str().unwrap(), &client.options("vz7"), "yes"],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let ledger = client.ledger();
    assert_eq!(ledger.len(), 1);
    let id = ledger[0]["report_id"].as_str().unwrap();
    assert!(
        out.contains(&format!("delivered report {id} to http://{}", server.addr)),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "ledger: {} {id}",
            ledger[0]["time"].as_str().unwrap()
        )),
        "{out}"
    );
    assert_eq!(server.reports(), 1);
}
