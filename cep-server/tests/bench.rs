//! Every `cep-server-bench` subcommand, run small: each must still work on
//! this build's schema (the bench writes some tables directly), and print
//! the figures its README rows quote.

use std::process::Command;

fn bench(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cep-server-bench"))
        .args(args)
        .output()
        .expect("running cep-server-bench");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(
        out.status.success(),
        "cep-server-bench {args:?}: {}\n{stdout}\n{stderr}",
        out.status
    );
    stdout
}

#[test]
fn ingest_posts_every_report_without_an_error() {
    let out = bench(&["ingest", "60", "4"]);
    assert!(
        out.starts_with("ingest: 60 reports (20 hosts, ") && out.contains("; 0 errors"),
        "{out}"
    );
    // From hosts seeded in bulk.
    let out = bench(&["ingest", "30", "4", "40", "120"]);
    assert!(
        out.starts_with("ingest: 30 reports (10 hosts, ") && out.contains("; 0 errors"),
        "{out}"
    );
}

#[test]
fn handle_and_ingest_store_say_where_the_time_goes() {
    let out = bench(&["handle", "30"]);
    assert!(out.starts_with("handle: 30 reports ("), "{out}");
    assert!(
        out.contains("(reading ") && out.contains(", screening ") && out.contains(", preparing "),
        "{out}"
    );
    let out = bench(&["ingest-store", "60", "8"]);
    assert!(
        out.starts_with("ingest-store: 60 reports (20 hosts) in batches of 8"),
        "{out}"
    );
    // Every host has its row, its keys and a week's share.
    assert!(
        out.contains("rows: hosts Int(20), host_keys Int(20), host_weeks Int(20), "),
        "{out}"
    );
}

#[test]
fn stats_times_every_path_of_a_seeded_database() {
    let out = bench(&["stats", "40", "200", "20"]);
    assert!(out.contains("\n  /api/v1/stats: p50 "), "{out}");
    assert!(
        out.contains("stats after it: 40 hosts, 200 reports; 153 paths x 3 requests: ")
            && out.contains("active hosts 40 of 40"),
        "{out}"
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeded.db");
    let db = db.to_str().unwrap();
    bench(&["seed", db, "40", "200"]);
    let out = bench(&["stats-db", db, "20"]);
    assert!(out.contains("\n  /api/v1/stats: p50 "), "{out}");
    assert!(out.contains("40 hosts, 200 reports; "), "{out}");
}
