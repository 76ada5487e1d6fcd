//! `Host::run_file` with the live runner: a file of a fixture host runs as
//! a real process under its limits; without a file runner it is refused.

use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;
use std::time::Duration;

use cep_core::{CommandError, CommandLimits, ExitKind, Host};

fn host_with_script(body: &str) -> (tempfile::TempDir, Host) {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("fs/usr/libexec/cep");
    std::fs::create_dir_all(&bin).unwrap();
    let file = bin.join("probe");
    std::fs::write(&file, body).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).unwrap();
    let host = Host::fixture(dir.path()).unwrap();
    (dir, host)
}

fn limits(timeout_ms: u64) -> CommandLimits {
    CommandLimits {
        timeout: Duration::from_millis(timeout_ms),
        grace: Duration::from_millis(200),
        output_cap: 1024,
    }
}

#[test]
fn a_fixture_hosts_file_runs_with_the_live_runner_it_was_given() {
    let (_dir, host) = host_with_script("#!/bin/sh\necho from-script\nexit 4\n");
    let host = host.with_file_runner(Arc::new(cep_exec::LiveRunner::new()));
    let out = host
        .run_file("/usr/libexec/cep/probe", limits(5000))
        .unwrap();
    assert_eq!(out.exit, ExitKind::Code(4));
    assert_eq!(out.stdout, b"from-script\n");
}

#[test]
fn a_hung_file_is_stopped_and_a_chatty_one_capped() {
    let (_d1, host) = host_with_script("#!/bin/sh\ntrap '' TERM\nsleep 3600\n");
    let host = host.with_file_runner(Arc::new(cep_exec::LiveRunner::new()));
    let out = host
        .run_file("/usr/libexec/cep/probe", limits(200))
        .unwrap();
    assert_eq!(out.exit, ExitKind::TimedOut);
    assert!(out.duration < Duration::from_secs(5), "{:?}", out.duration);

    let (_d2, host) = host_with_script("#!/bin/sh\nexec yes\n");
    let host = host.with_file_runner(Arc::new(cep_exec::LiveRunner::new()));
    let out = host
        .run_file("/usr/libexec/cep/probe", limits(5000))
        .unwrap();
    assert_eq!(out.exit, ExitKind::OutputCapped);
    assert_eq!(out.stdout.len(), 1024);
    assert!(out.truncated);
}

#[test]
fn without_a_file_runner_run_file_is_a_clear_error() {
    let (_dir, host) = host_with_script("#!/bin/sh\necho no\n");
    let err = host
        .run_file("/usr/libexec/cep/probe", limits(5000))
        .unwrap_err();
    assert!(matches!(err, CommandError::NoFileRunner { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains("/usr/libexec/cep/probe"), "{msg}");
    assert!(msg.contains("with_file_runner"), "{msg}");
}

#[test]
fn the_live_host_runs_commands_and_files() {
    let host = cep_exec::live_host();
    assert!(host.is_live());
    let out = host.run(&["sh", "-c", "echo live"]).unwrap();
    assert_eq!(out.stdout, b"live\n");
    let out = host.run_file("/bin/true", limits(5000)).unwrap();
    assert!(out.success());
}
