//! Scrubbing speed: 10 MiB of text made of the real samples in
//! testdata/real/ (addresses, host names, UUIDs, versions, tables), with
//! the secrets of the openvz-legacy fixture host.
//!
//! `cargo bench -p cep-privacy --bench scrub`; the target is ≤ 100 ms for
//! 10 MiB in one pass. Prints the best and the median of 15 runs.

use std::path::Path;
use std::time::{Duration, Instant};

use cep_privacy::{Scrubber, Secrets, Tripwire};

fn main() {
    let hostile_only = std::env::args().any(|a| a == "--hostile");
    let testdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut sample = String::new();
    let mut names: Vec<_> = std::fs::read_dir(testdata.join("real"))
        .expect("testdata/real")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for p in names {
        sample.push_str(&std::fs::read_to_string(p).unwrap());
    }
    const SIZE: usize = 10 * 1024 * 1024;
    let mut text = String::with_capacity(SIZE + sample.len());
    while text.len() < SIZE {
        text.push_str(&sample);
    }
    let mut cut = SIZE;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);

    // The fixture host's own names, as the Agent gathers them there.
    let host = testdata.join("hosts/openvz-legacy");
    let read = |p: &str| std::fs::read_to_string(host.join(p)).expect("fixture host file");
    let mut secrets = Secrets::default();
    secrets.add_host(read("fs/proc/sys/kernel/hostname").trim());
    secrets.add_vzlist(&read("commands/vzlist-aH.txt"));
    // The containers' HOSTNAME and NAME lines, as the Agent reads them.
    let mut confs: Vec<_> = std::fs::read_dir(host.join("fs/etc/vz/conf"))
        .expect("fixture configs")
        .map(|e| e.expect("config").path())
        .collect();
    confs.sort();
    for conf in confs {
        for line in std::fs::read_to_string(conf).expect("config").lines() {
            if let Some(v) = line
                .strip_prefix("HOSTNAME=")
                .or_else(|| line.strip_prefix("NAME="))
            {
                secrets.add_host_or_address(v.trim_matches('"'));
            }
        }
    }
    secrets.add_passwd(
        "john:x:1000:1000::/home/john:/bin/bash\nalice:x:1001:1001::/home/alice:/bin/sh\n",
    );
    secrets.add_serial("CZJ1234ABC");
    let t0 = Instant::now();
    let scrubber = Scrubber::new(&secrets).expect("scrubber");
    let build = t0.elapsed();
    hostile(&scrubber);
    if hostile_only {
        return;
    }

    let mut runs: Vec<Duration> = Vec::new();
    let mut findings = 0;
    for _ in 0..15 {
        let t = Instant::now();
        let out = scrubber.scrub(&text, &[]);
        runs.push(t.elapsed());
        findings = out.matches('<').count();
        std::hint::black_box(out);
    }
    runs.sort();
    let mib = text.len() as f64 / (1024.0 * 1024.0);
    let best = runs[0];
    let median = runs[runs.len() / 2];
    println!(
        "scrub {mib:.1} MiB ({} hosts, {} domains, {} users, {} serials; ~{findings} placeholders): \
         best {:.1} ms, median {:.1} ms ({:.0} MiB/s); building the scrubber {:.1} ms",
        secrets.hosts.len(),
        secrets.domains.len(),
        secrets.users.len(),
        secrets.serials.len(),
        best.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        mib / median.as_secs_f64(),
        build.as_secs_f64() * 1e3,
    );
    tripwire(&scrubber.scrub(&text, &[]), &secrets);
    many_names(&text, secrets);
}

/// The tripwire over the scrubbed text: the host's values searched as
/// substrings, then the generic detectors (a text member).
fn tripwire(scrubbed: &str, secrets: &Secrets) {
    let t = Instant::now();
    let tw = Tripwire::new(secrets, "").expect("tripwire");
    let build = t.elapsed();
    let mut runs: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let trips = tw.scan("scripts.bench.txt", scrubbed.as_bytes(), None, &[]);
            assert!(trips.is_empty(), "the tripwire found {:?}", trips.first());
            t.elapsed()
        })
        .collect();
    runs.sort();
    println!(
        "tripwire over the scrubbed text: median {:.1} ms; building it {:.1} ms",
        runs[2].as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );
}

/// Hostile shapes: long runs where every position starts a candidate that
/// the context check rejects. Reported so a regression to quadratic time
/// shows.
fn hostile(scrubber: &Scrubber) {
    let shapes: [(&str, String); 4] = [
        ("dotted digits", "a1.2.3.4".repeat(128 * 1024)),
        ("hex run", "0123456789abcdef".repeat(64 * 1024)),
        ("colons", "1:".repeat(512 * 1024)),
        ("word chars", "x".repeat(1024 * 1024)),
    ];
    for (name, text) in shapes {
        let t = Instant::now();
        let out = scrubber.scrub(&text, &[]);
        std::hint::black_box(out);
        println!(
            "hostile {name}: {:.1} MiB in {:.1} ms",
            text.len() as f64 / (1024.0 * 1024.0),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}

/// The same text on a node with 20,000 containers, each with its own
/// host name (40,000 literals and 500 domains in the automaton).
fn many_names(text: &str, mut secrets: Secrets) {
    for i in 0..20_000 {
        secrets.add_host(&format!("ct{i}.customer{}.example", i % 500));
    }
    let t = Instant::now();
    let scrubber = Scrubber::new(&secrets).expect("scrubber");
    let build = t.elapsed();
    let mut runs: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(scrubber.scrub(text, &[]));
            t.elapsed()
        })
        .collect();
    runs.sort();
    println!(
        "with 20,000 container names: median {:.1} ms; building the scrubber {:.1} ms",
        runs[2].as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );
}
