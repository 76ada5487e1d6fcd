//! What `cep` prints: into a pipe whose reader has gone, and about a
//! broken cep.toml.

use std::process::Stdio;

use super::{Sandbox, host, stderr};

/// Every command that prints, with its stdout a pipe whose reader is gone
/// (`cep inventory | head -1` once `head` has exited): its first write
/// fails with EPIPE, and cep ends quietly with status 0, never a panic
/// ("failed printing to stdout: Broken pipe", status 101).
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let sb = Sandbox::new();
    let root = host("vz7");
    let root = root.to_str().unwrap();
    let archive = sb.path("r.tar.gz");
    let archive = archive.to_str().unwrap();
    let commands: [&[&str]; 16] = [
        &["inventory"],
        &["inventory", "--json"],
        &["inventory", "--markdown"],
        &["show", "--root", root],
        &["show", "--json", "--root", root],
        &["status"],
        &["status", "--json"],
        &["list", "--root", root],
        &["list", "--json"],
        &["schedule"],
        &["spool"],
        &["ledger"],
        &["collect", "--root", root, "--output", archive],
        &["send", "--dry-run", "--root", root],
        &["generate", "man"],
        &["generate", "completions", "bash"],
    ];
    for args in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = sb
            .cmd()
            .args(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
    // The archive was written before anything was printed about it.
    assert!(sb.path("r.tar.gz").is_file());
}

/// Any other write error is one line naming it, and exit 1.
#[test]
fn a_full_disk_on_stdout_is_an_error() {
    let sb = Sandbox::new();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = sb.cmd().arg("inventory").stdout(full).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "cep: error: cannot write to standard output: No space left on device (os error 28)\n"
    );
}

/// A TOML error shows toml's own lines: where, the line with a caret under
/// the key, and what is wrong, after the file's path.
#[test]
fn a_broken_cep_toml_is_shown_with_its_line_and_a_caret() {
    let sb = Sandbox::new();
    let file = sb.path("etc/cep.toml");
    std::fs::write(&file, "enabled = true\ncolectors = 1\n").unwrap();
    let o = sb.run(&["status"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "cep: error: invalid configuration {}: TOML parse error at line 2, column 1\n  |\n2 | colectors = 1\n  | ^^^^^^^^^\nunknown field `colectors`, expected one of {}\n",
            file.display(),
            "`enabled`, `state_dir`, `host_id_file`, `report_period`, `transport`, `limits`, `schedule_spread`, `machine_id_file`, `spool`, `retry`, `collectors`, `scripts`, `privacy`, `policy`, `fleet`"
        )
    );
    // A URL's password in the quoted line stays hidden.
    std::fs::write(
        &file,
        "[transport]\ntype = \"http\"\nurl = http://u:s3cret@stats.example\n",
    )
    .unwrap();
    let e = stderr(&sb.run(&["status"]));
    assert!(e.contains("\n3 | url = http://"), "{e}");
    assert!(!e.contains("s3cret"), "{e}");
}
