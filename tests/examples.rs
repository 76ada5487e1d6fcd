//! The examples run as a user would run them: the installer answered yes
//! and no, the service for two ticks. Each writes its own sandbox; the
//! reports go to a FILE transport there.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// An example binary, built by `cargo test` next to the test binaries.
fn example(name: &str) -> Command {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(Path::parent).unwrap();
    let mut c = Command::new(dir.join("examples").join(name));
    c.env_remove("DO_NOT_TRACK").env("TZ", "UTC");
    c
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        std::fs::write(
            dir.path().join("machine-id"),
            "00112233445566778899aabbccddeeff\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("etc/cep.toml"),
            format!(
                "machine_id_file = \"{}\"\n[scripts]\nschedule = \"off\"\n[transport]\ntype = \"file\"\npath = \"{}\"\nkeep = 10\n",
                dir.path().join("machine-id").display(),
                dir.path().join("out/r.tar.gz").display()
            ),
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("out")).unwrap();
        Sandbox { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn args(&self) -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/hosts/vz7");
        [
            ("--root", root),
            ("--sysconf-dir", self.path("etc")),
            ("--state-dir", self.path("state")),
        ]
        .into_iter()
        .flat_map(|(f, p)| [f.to_owned(), p.display().to_string()])
        .collect()
    }

    fn installer(&self, answer: &str) -> Output {
        let mut child = example("installer")
            .args(self.args())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answer.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn installer_answered_yes_shows_the_report_then_sends_it_once() {
    let sb = Sandbox::new();
    let o = sb.installer("y\n");
    let out = text(&o.stdout);
    assert!(o.status.success(), "{out}{}", text(&o.stderr));
    assert!(out.contains("The report holds "), "{out}");
    assert!(out.contains("\n  os.kernel\n"), "{out}");
    assert!(
        out.contains("Send anonymous usage statistics? [y/N] "),
        "{out}"
    );
    // The answer is typed after the prompt, on its line.
    let line = out
        .lines()
        .last()
        .unwrap()
        .trim_start_matches("Send anonymous usage statistics? [y/N] ");
    assert!(line.starts_with("report "), "{out}");
    assert!(line.contains(" delivered to "), "{out}");
    let id = line.split_whitespace().nth(1).unwrap();
    let ledger = cep::ledger::Ledger::in_state_dir(&sb.path("state"))
        .read()
        .unwrap();
    assert_eq!(ledger.entries.len(), 1);
    assert_eq!(ledger.entries[0].report_id.to_string(), id);
    let sent = cep::core::Report::read(
        &std::fs::read(sb.path("out/r.tar.gz")).unwrap(),
        &cep::core::ReadLimits::default(),
    )
    .unwrap();
    assert_eq!(sent.manifest.report_id.to_string(), id);
    assert_eq!(sent.manifest.client.name, "example-installer");
    assert!(!sb.path("etc/cep-disable").exists());
}

#[test]
fn installer_answered_no_records_the_opt_out_and_sends_nothing() {
    let sb = Sandbox::new();
    let o = sb.installer("n\n");
    let out = text(&o.stdout);
    assert!(o.status.success(), "{out}{}", text(&o.stderr));
    assert!(
        out.ends_with(&format!(
            "not sending; recorded in {}\n",
            sb.path("etc/cep-disable").display()
        )),
        "{out}"
    );
    assert!(sb.path("etc/cep-disable").exists());
    assert!(!sb.path("out/r.tar.gz").exists());
    assert!(!sb.path("state/ledger.jsonl").exists());
    assert!(!sb.path("state/spool").exists());
}

#[test]
fn service_runs_what_is_due_on_its_own_timer() {
    let sb = Sandbox::new();
    let o = example("service")
        .args(sb.args())
        .args(["--ticks", "2", "--every", "0"])
        .output()
        .unwrap();
    let out = text(&o.stdout);
    assert!(o.status.success(), "{out}{}", text(&o.stderr));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    // First tick: nothing ran before, everything is due and delivered.
    assert!(lines[0].starts_with("tick 0: ran "), "{out}");
    assert!(lines[0].ends_with(", 1 delivered"), "{out}");
    // Second tick, same slot: nothing is due.
    assert!(lines[1].starts_with("tick 1: nothing due; next "), "{out}");
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sb.path("state/state.json")).unwrap()).unwrap();
    assert!(state["last_run"]["os.kernel"].is_string(), "{state}");
    assert_eq!(
        cep::ledger::Ledger::in_state_dir(&sb.path("state"))
            .read()
            .unwrap()
            .entries
            .len(),
        1
    );
}

/// The lines of README.md's "### Examples" block, comments left out.
fn readme_example_lines() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("\n### Examples\n")
        .nth(1)
        .expect("README.md has a section ### Examples");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("the Examples section has a sh block");
    block
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// README.md's commands for the examples, run as written from the
/// workspace: each `cargo run --release --example NAME --` runs the example
/// `cargo test` built, `/tmp/cep-try` is a directory of the test's own, and
/// `cargo test -p <crate>` must name the collector crate of the workspace
/// (`cargo test --workspace` runs its tests).
#[test]
fn the_readme_commands_for_the_examples_run() {
    let lines = readme_example_lines();
    assert_eq!(lines.len(), 4, "{lines:#?}");
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let examples = exe
        .parent()
        .and_then(Path::parent)
        .unwrap()
        .join("examples");
    let mut outputs = Vec::new();
    for line in &lines {
        if let Some(krate) = line.strip_prefix("cargo test -p ") {
            let manifest =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/onboot-collector/Cargo.toml");
            let manifest = std::fs::read_to_string(manifest).unwrap();
            assert!(
                manifest.contains(&format!("\nname = \"{krate}\"\n")),
                "{line}: not the collector crate"
            );
            assert!(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("examples/onboot-collector/tests/fixture.rs")
                    .is_file()
            );
            continue;
        }
        let mut script = line.replace("/tmp/cep-try", dir.path().to_str().unwrap());
        for name in ["installer", "service"] {
            let run = format!("cargo run --release --example {name} --");
            script = script.replace(&run, examples.join(name).to_str().unwrap());
        }
        assert!(
            !script.contains("cargo "),
            "a command the test does not know: {line}"
        );
        let o = Command::new("sh")
            .args(["-c", &script])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("DO_NOT_TRACK")
            .env("TZ", "UTC")
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{line}\n{}{}",
            text(&o.stdout),
            text(&o.stderr)
        );
        outputs.push(text(&o.stdout));
    }
    // The installer sent its report to the trial's file, and the service
    // delivered one more on its first tick.
    let report = dir.path().join("report.tar.gz");
    assert!(
        outputs[1].ends_with(&format!(" delivered to {}\n", report.display())),
        "{}",
        outputs[1]
    );
    let ticks: Vec<&str> = outputs[2].lines().collect();
    assert_eq!(ticks.len(), 2, "{}", outputs[2]);
    assert!(ticks[0].starts_with("tick 0: ran ") && ticks[0].ends_with(", 1 delivered"));
    assert!(
        ticks[1].starts_with("tick 1: nothing due"),
        "{}",
        outputs[2]
    );
    let ledger = cep::ledger::Ledger::in_state_dir(&dir.path().join("state"))
        .read()
        .unwrap();
    assert_eq!(ledger.entries.len(), 2);
    assert!(
        ledger
            .entries
            .iter()
            .all(|e| e.destination == report.display().to_string())
    );
}
