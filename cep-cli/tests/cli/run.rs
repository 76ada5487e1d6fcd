//! `cep run` and `cep schedule` with the real binary: due collectors, the
//! lock, crashes around delivery, consent, the run state, clone detection.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use cep_core::{ReadLimits, Report};
use serde_json::json;

use super::{Sandbox, host, stderr, stdout};

const MACHINE_A: &str = "0123456789abcdef0123456789abcdef\n";
const MACHINE_B: &str = "fedcba9876543210fedcba9876543210\n";

/// The collectors these tests reason about; every other built-in one is
/// switched off in the sandbox, so the expectations hold as collectors are
/// added.
const KEPT: [&str; 3] = ["os.kernel", "os.release", "hw.memory"];

/// `[collectors."id"] enabled = false` for every built-in collector not in
/// [`KEPT`], read from `cep list --json`.
fn disable_others(sb: &Sandbox) -> String {
    let o = sb.run(&["list", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut conf = String::new();
    for c in list.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        if !KEPT.contains(&id) {
            conf.push_str(&format!("[collectors.\"{id}\"]\nenabled = false\n"));
        }
    }
    conf
}

/// A sandbox whose reports go to `out/r.tar.gz`, keeping every copy, with
/// no host offset (exact times) and its own machine id.
fn run_sandbox() -> Sandbox {
    let sb = Sandbox::new();
    std::fs::create_dir(sb.path("out")).unwrap();
    std::fs::write(sb.path("machine-id"), MACHINE_A).unwrap();
    let others = disable_others(&sb);
    std::fs::write(
        sb.path("etc/cep.toml"),
        format!(
            "schedule_spread = \"0s\"\nmachine_id_file = \"{}\"\n[scripts]\nschedule = \"off\"\n[transport]\ntype = \"file\"\npath = \"{}\"\nkeep = 50\n{others}",
            sb.path("machine-id").display(),
            sb.path("out/r.tar.gz").display()
        ),
    )
    .unwrap();
    sb
}

fn cep_at(sb: &Sandbox, now: &str) -> Command {
    let mut c = sb.cmd();
    c.env("TZ", "UTC")
        .env("CEP_TEST_NOW", now)
        .env_remove("CEP_TEST_ABORT")
        .env_remove("CEP_TEST_PAUSE");
    c
}

fn run_at(sb: &Sandbox, now: &str, args: &[&str]) -> Output {
    let root = host("vz7");
    let mut all = vec!["run", "--root", root.to_str().unwrap()];
    all.extend_from_slice(args);
    cep_at(sb, now).args(&all).output().unwrap()
}

/// Delivered reports, oldest first (the timestamped copies).
fn delivered(sb: &Sandbox) -> Vec<Report> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(sb.path("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("r-"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| Report::read(&std::fs::read(p).unwrap(), &ReadLimits::default()).unwrap())
        .collect()
}

fn section_ids(r: &Report) -> Vec<&str> {
    r.manifest
        .collectors
        .iter()
        .map(|e| e.id.as_str())
        .collect()
}

/// `cep run` on the vz7 fixture at `now`, aborted at the test hook `point`.
fn run_aborted_at(sb: &Sandbox, now: &str, point: &str) {
    let root = host("vz7");
    let o = cep_at(sb, now)
        .env("CEP_TEST_ABORT", point)
        .args(["run", "--root", root.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("aborting"), "{}", stderr(&o));
}

/// state.json records the three collectors as run at `t`, and nothing
/// pending.
fn assert_all_ran_at(sb: &Sandbox, t: &str) {
    assert_eq!(
        state(sb),
        json!({"version": 1, "last_run": {"os.kernel": t, "os.release": t, "hw.memory": t}})
    );
}

fn state(sb: &Sandbox) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(sb.path("state/state.json")).unwrap()).unwrap()
}

#[test]
fn runs_only_what_is_due_and_records_it() {
    let sb = run_sandbox();
    // Monday 09:00 UTC, never ran: everything is due.
    let o = run_at(&sb, "2026-06-08T09:00:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("ran 3 collectors (3 ok)"),
        "{}",
        stdout(&o)
    );
    let t0 = "2026-06-08T09:00:00Z";
    assert_all_ran_at(&sb, t0);
    // A quarter later: nothing; the next slot is Monday dinner.
    let o = run_at(&sb, "2026-06-08T09:15:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "nothing due; next: hw.memory at 2026-06-08 19:00 UTC\n"
    );
    let o = cep_at(&sb, "2026-06-08T09:15:00Z")
        .arg("schedule")
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        "host offset +0h00m (schedule_spread 0s: no offset)\n\
         os.kernel            weekly mon 08:00   2026-06-15 08:00 UTC     last 2026-06-08 09:00 UTC\n\
         os.release           weekly mon 08:00   2026-06-15 08:00 UTC     last 2026-06-08 09:00 UTC\n\
         hw.memory            weekly mon 19:00   2026-06-08 19:00 UTC     last 2026-06-08 09:00 UTC\n\
         scripts              off                never (off)              never ran\n"
    );
    // At 19:00 only hw.memory runs, in a report of its own.
    let o = run_at(&sb, "2026-06-08T19:00:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let reports = delivered(&sb);
    assert_eq!(reports.len(), 2);
    assert_eq!(
        section_ids(&reports[0]),
        vec!["os.kernel", "os.release", "hw.memory"]
    );
    assert_eq!(section_ids(&reports[1]), vec!["hw.memory"]);
    assert_eq!(
        reports[1].sections.keys().collect::<Vec<_>>(),
        vec!["hw.memory"]
    );
    assert!(
        reports[1].log.contains("run: due collectors (hw.memory)"),
        "{}",
        reports[1].log
    );
    assert_eq!(
        state(&sb)["last_run"],
        json!({"os.kernel": t0, "os.release": t0, "hw.memory": "2026-06-08T19:00:00Z"})
    );

    let o = cep_at(&sb, "2026-06-08T19:05:00Z")
        .args(["schedule", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["now"], "2026-06-08T19:05:00+00:00");
    assert_eq!(doc["host_offset_minutes"], 0);
    assert_eq!(doc["host_offset_known"], true);
    assert_eq!(
        doc["collectors"],
        json!([
            {"id": "os.kernel", "schedule": "weekly mon 08:00", "last_run": "2026-06-08T09:00:00+00:00", "due_now": false, "next_due": "2026-06-15T08:00:00+00:00"},
            {"id": "os.release", "schedule": "weekly mon 08:00", "last_run": "2026-06-08T09:00:00+00:00", "due_now": false, "next_due": "2026-06-15T08:00:00+00:00"},
            {"id": "hw.memory", "schedule": "weekly mon 19:00", "last_run": "2026-06-08T19:00:00+00:00", "due_now": false, "next_due": "2026-06-15T19:00:00+00:00"},
            {"id": "scripts", "schedule": "off", "last_run": null, "due_now": false, "next_due": null},
        ])
    );
}

#[test]
fn schedule_applies_the_host_offset_and_config_overrides() {
    let sb = run_sandbox();
    let id = "6b1c2e3a-1111-4222-8333-444455556666";
    std::fs::create_dir(sb.path("state")).unwrap();
    std::fs::write(sb.path("state/host-id"), format!("{id}\n")).unwrap();
    let conf = std::fs::read_to_string(sb.path("etc/cep.toml")).unwrap();
    std::fs::write(
        sb.path("etc/cep.toml"),
        conf.replace("schedule_spread = \"0s\"", "schedule_spread = \"2h\"")
            + "[collectors.\"os.release\"]\nschedule = \"daily 13:00\"\n[collectors.\"hw.memory\"]\nschedule = \"off\"\n",
    )
    .unwrap();
    std::fs::write(
        sb.path("state/state.json"),
        r#"{"version": 1, "last_run": {"os.kernel": "2026-06-08T12:00:00Z", "os.release": "2026-06-08T12:00:00Z"}}"#,
    )
    .unwrap();
    let offset =
        cep::schedule::host_offset(&id.parse().unwrap(), std::time::Duration::from_secs(7200));
    let minutes = offset.as_secs() / 60;
    assert!(minutes.abs() <= 120);
    let at = |base: &str| {
        let t: jiff::Timestamp = base.parse().unwrap();
        t.checked_add(offset)
            .unwrap()
            .strftime("%Y-%m-%dT%H:%M:%S+00:00")
            .to_string()
    };
    let o = cep_at(&sb, "2026-06-08T12:30:00Z")
        .args(["schedule", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["host_offset_minutes"], minutes);
    assert_eq!(
        doc["collectors"],
        json!([
            {"id": "os.kernel", "schedule": "weekly mon 08:00", "last_run": "2026-06-08T12:00:00+00:00", "due_now": false, "next_due": at("2026-06-15T08:00:00Z")},
            {"id": "os.release", "schedule": "daily 13:00", "last_run": "2026-06-08T12:00:00+00:00", "due_now": false, "next_due": at("2026-06-08T13:00:00Z")},
            {"id": "hw.memory", "schedule": "off", "last_run": null, "due_now": false, "next_due": null},
            {"id": "scripts", "schedule": "off", "last_run": null, "due_now": false, "next_due": null},
        ])
    );
    let o = cep_at(&sb, "2026-06-08T12:30:00Z")
        .arg("schedule")
        .output()
        .unwrap();
    let text = stdout(&o);
    assert!(
        text.contains("hw.memory") && text.contains("never (off)"),
        "{text}"
    );
    assert!(text.starts_with("host offset "), "{text}");
}

#[test]
fn schedule_follows_the_local_time_zone_through_a_dst_gap() {
    let sb = run_sandbox();
    let conf = std::fs::read_to_string(sb.path("etc/cep.toml")).unwrap();
    std::fs::write(
        sb.path("etc/cep.toml"),
        conf + "[collectors.\"os.kernel\"]\nschedule = \"daily 02:30\"\n",
    )
    .unwrap();
    std::fs::create_dir(sb.path("state")).unwrap();
    std::fs::write(
        sb.path("state/state.json"),
        r#"{"version": 1, "last_run": {"os.kernel": "2026-03-28T01:31:00Z"}}"#,
    )
    .unwrap();
    // Central European time, DST from the last Sunday of March: 02:30 on
    // 2026-03-29 does not exist and the slot moves to 03:30 CEST.
    let o = cep_at(&sb, "2026-03-29T00:45:00Z")
        .env("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
        .args(["schedule", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["now"], "2026-03-29T01:45:00+01:00");
    assert_eq!(doc["collectors"][0]["id"], "os.kernel");
    assert_eq!(
        doc["collectors"][0]["last_run"],
        "2026-03-28T02:31:00+01:00"
    );
    assert_eq!(
        doc["collectors"][0]["next_due"],
        "2026-03-29T03:30:00+02:00"
    );
}

#[test]
fn run_all_runs_everything_even_when_nothing_is_due() {
    let sb = run_sandbox();
    assert!(run_at(&sb, "2026-06-08T09:00:00Z", &[]).status.success());
    let o = run_at(&sb, "2026-06-08T09:05:00Z", &["--all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let reports = delivered(&sb);
    assert_eq!(reports.len(), 2);
    assert_eq!(
        section_ids(&reports[1]),
        vec!["os.kernel", "os.release", "hw.memory"]
    );
    assert!(
        reports[1]
            .log
            .contains("run: all collectors (os.kernel, os.release, hw.memory)")
    );
    assert_eq!(state(&sb)["last_run"]["os.kernel"], "2026-06-08T09:05:00Z");
}

#[test]
fn consent_off_touches_nothing() {
    let sb = run_sandbox();
    let o = run_at(&sb, "2026-06-08T09:00:00Z", &[])
        .status
        .success()
        .then(|| {
            let mut c = cep_at(&sb, "2026-06-08T09:00:00Z");
            c.env("DO_NOT_TRACK", "1")
                .args(["run", "--all"])
                .output()
                .unwrap()
        })
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "nothing collected or sent: reporting is disabled by DO_NOT_TRACK=1 in the environment\n"
    );
    assert_eq!(delivered(&sb).len(), 1);

    // On a fresh host with the opt-out marker, not even the state
    // directory is made.
    let sb = run_sandbox();
    std::fs::write(sb.path("etc/cep-disable"), "").unwrap();
    let o = run_at(&sb, "2026-06-08T09:00:00Z", &["--all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("marker file"), "{}", stdout(&o));
    assert!(!sb.path("state").exists());
    assert_eq!(std::fs::read_dir(sb.path("out")).unwrap().count(), 0);
}

#[test]
fn a_second_run_while_one_holds_the_lock_exits_0() {
    let sb = run_sandbox();
    let release = sb.path("release");
    let root = host("vz7");
    let mut first = cep_at(&sb, "2026-06-08T09:00:00Z")
        .env("CEP_TEST_PAUSE", &release)
        .args(["run", "--root", root.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the first run says it holds the lock.
    let mut err = BufReader::new(first.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains("holding the lock"), "{line}");

    let second = run_at(&sb, "2026-06-08T09:00:00Z", &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(
        stdout(&second),
        format!(
            "cep run: already running (lock {} is held); nothing to do\n",
            sb.path("state/lock").display()
        )
    );
    assert!(delivered(&sb).is_empty());

    std::fs::write(&release, "").unwrap();
    let out = first.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("ran 3 collectors"),
        "{}",
        stdout(&out)
    );
    assert_eq!(delivered(&sb).len(), 1);
    // The lock is free again.
    let third = run_at(&sb, "2026-06-08T09:00:00Z", &["--all"]);
    assert!(
        stdout(&third).contains("ran 3 collectors"),
        "{}",
        stdout(&third)
    );
}

#[test]
fn a_crash_between_collect_and_delivery_loses_nothing_and_sends_once() {
    let sb = run_sandbox();
    run_aborted_at(&sb, "2026-06-08T09:00:00Z", "before-deliver");
    // Nothing delivered, nothing recorded: still due.
    assert!(delivered(&sb).is_empty());
    assert!(!sb.path("state/state.json").exists());

    let o = run_at(&sb, "2026-06-08T09:15:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run_at(&sb, "2026-06-08T09:30:00Z", &[]);
    assert!(stdout(&o).starts_with("nothing due"), "{}", stdout(&o));
    let reports = delivered(&sb);
    assert_eq!(reports.len(), 1);
    assert_eq!(
        section_ids(&reports[0]),
        vec!["os.kernel", "os.release", "hw.memory"]
    );
}

#[test]
fn a_crash_after_spooling_delivers_the_spooled_report_once() {
    let sb = run_sandbox();
    run_aborted_at(&sb, "2026-06-08T09:00:00Z", "before-flush");
    // Spooled and recorded, not yet delivered.
    assert!(delivered(&sb).is_empty());
    assert_eq!(
        std::fs::read_dir(sb.path("state/spool"))
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "gz"))
            .count(),
        1
    );
    // The next tick has nothing due but flushes the spool: one delivery.
    let o = run_at(&sb, "2026-06-08T09:15:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("nothing due"), "{}", stdout(&o));
    let reports = delivered(&sb);
    assert_eq!(reports.len(), 1);
    assert_eq!(
        section_ids(&reports[0]),
        vec!["os.kernel", "os.release", "hw.memory"]
    );
    let o = run_at(&sb, "2026-06-08T09:30:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(delivered(&sb).len(), 1);
}

#[test]
fn a_crash_between_spooling_and_recording_collects_nothing_twice() {
    let sb = run_sandbox();
    run_aborted_at(&sb, "2026-06-08T09:00:00Z", "after-spool");
    // Spooled, named in the state, not recorded.
    let st = state(&sb);
    assert_eq!(st["last_run"], json!({}));
    assert_eq!(
        st["pending"]["collectors"],
        json!(["os.kernel", "os.release", "hw.memory"])
    );
    let spooled_id = st["pending"]["report_id"].as_str().unwrap().to_owned();
    // The next tick finds the report spooled: its collectors ran, nothing
    // is collected again, the report is delivered once.
    let o = run_at(&sb, "2026-06-08T09:15:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("nothing due"), "{}", stdout(&o));
    let reports = delivered(&sb);
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].manifest.report_id.to_string(), spooled_id);
    assert_all_ran_at(&sb, "2026-06-08T09:00:00Z");
}

#[test]
fn a_pending_run_whose_report_never_reached_the_spool_is_collected_again() {
    let sb = run_sandbox();
    std::fs::create_dir(sb.path("state")).unwrap();
    // The run died between naming its report and spooling it.
    std::fs::write(
        sb.path("state/state.json"),
        r#"{"version": 1, "last_run": {}, "pending": {"report_id": "6b1c2e3a-1111-4222-8333-444455556666", "at": "2026-06-08T08:55:00Z", "collectors": ["os.kernel", "os.release", "hw.memory"]}}"#,
    )
    .unwrap();
    let o = run_at(&sb, "2026-06-08T09:00:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("ran 3 collectors (3 ok)"),
        "{}",
        stdout(&o)
    );
    assert_eq!(delivered(&sb).len(), 1);
    assert_all_ran_at(&sb, "2026-06-08T09:00:00Z");
}

#[test]
fn a_crash_after_recording_does_not_send_again() {
    let sb = run_sandbox();
    run_aborted_at(&sb, "2026-06-08T09:00:00Z", "after-record");
    assert_eq!(delivered(&sb).len(), 1);
    let o = run_at(&sb, "2026-06-08T09:15:00Z", &[]);
    assert!(stdout(&o).starts_with("nothing due"), "{}", stdout(&o));
    assert_eq!(delivered(&sb).len(), 1);
}

#[test]
fn a_corrupt_state_file_is_logged_and_rewritten() {
    let sb = run_sandbox();
    std::fs::create_dir(sb.path("state")).unwrap();
    std::fs::write(sb.path("state/state.json"), "{\"last_run\": [oops").unwrap();
    let o = run_at(&sb, "2026-06-08T09:00:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("state: ignored"), "{}", stderr(&o));
    let r = &delivered(&sb)[0];
    assert_eq!(section_ids(r).len(), 3);
    let line = r
        .log
        .lines()
        .find(|l| l.starts_with("state: ignored"))
        .unwrap();
    assert!(
        line.contains("state.json")
            && line.ends_with("every collector is due and the file is rewritten"),
        "{line}"
    );
    assert_eq!(state(&sb)["last_run"]["os.kernel"], "2026-06-08T09:00:00Z");
}

#[test]
fn a_cloned_host_gets_a_new_id_and_says_why() {
    let sb = run_sandbox();
    assert!(run_at(&sb, "2026-06-08T09:00:00Z", &[]).status.success());
    let first = delivered(&sb)[0].manifest.client_id;
    // The image boots on another machine: without --all, everything is due
    // again under the new id, although the image's state.json says done.
    std::fs::write(sb.path("machine-id"), MACHINE_B).unwrap();
    let o = run_at(&sb, "2026-06-08T09:05:00Z", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = &delivered(&sb)[1];
    assert_ne!(r.manifest.client_id, first);
    assert!(
        r.log.contains(&format!(
            "identity: {} differs from the machine id {} was made on (a cloned or reinstalled host); made a new host id",
            sb.path("machine-id").display(),
            sb.path("state/host-id").display()
        )),
        "{}",
        r.log
    );
    assert_eq!(section_ids(r), vec!["os.kernel", "os.release", "hw.memory"]);
    assert!(
        r.log.contains("state: new host id; every collector is due"),
        "{}",
        r.log
    );
    // Neither the machine id nor its hash is in the report.
    let all = format!("{:?}{}", r.sections, r.log);
    assert!(!all.contains("fedcba9876543210"));
    let o = sb.run(&["id"]);
    assert_eq!(stdout(&o).trim(), r.manifest.client_id.to_string());
}
