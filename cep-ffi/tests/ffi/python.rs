//! The Python package: its unittest suite (python/tests) run by the
//! system's python3 over the built library, and its source checked for
//! Python 3.6, the version of EL7 hosts, with vermin.

use std::process::Command;

use crate::support::{fixture, have, library, repo};

#[test]
fn python_suite_passes() {
    if !have("python3", "--version") {
        return;
    }
    let o = Command::new("python3")
        .args(["-m", "unittest", "discover", "-v", "-s"])
        .arg(repo().join("python/tests"))
        .env("PYTHONPATH", repo().join("python"))
        .env("CEP_LIBRARY", library())
        .env("CEP_TEST_FIXTURE", fixture("vz7"))
        .env_remove("DO_NOT_TRACK")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    // unittest reports on stderr: "Ran N tests ... OK".
    let ran: usize = err
        .lines()
        .find_map(|l| {
            l.strip_prefix("Ran ")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap();
    assert!(ran >= 8, "{err}");
    assert!(!err.contains("skipped"), "{err}");
}

/// `pip install vermin` (.ci/run does): the package and its example need
/// nothing newer than Python 3.6.
#[test]
fn python_package_runs_on_python_3_6() {
    if !have("vermin", "--version") {
        return;
    }
    let o = Command::new("vermin")
        .args(["-t=3.6-", "--no-tips", "--violations"])
        .arg(repo().join("python"))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}
