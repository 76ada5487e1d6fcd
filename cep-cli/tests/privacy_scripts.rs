//! The real samples (they hold real addresses, host names and UUIDs),
//! printed by a real external collector script on the legacy fixture host
//! they come from (its `vzlist -aH` and container configs name the same
//! hosts), come out of the real `cep collect` with none of those values.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLES: &[&str] = &[
    "proc-vz-veinfo-host-vz_tools.txt",
    "vzlist-aH-plain-vz_tools.txt",
    "shaman-stat-vz7-users-guide.txt",
    "shaman-v-stat-vz7-users-guide.txt",
    "prlctl-list-a-plain-vz7-users-guide.txt",
    "prlctl-list-a-o-name-ctid-vz7-users-guide.txt",
    "prlctl-list-t-plain-vz7-users-guide.txt",
    "pstat-d5-vz7-getting-started.txt",
];

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata")
        .canonicalize()
        .unwrap()
}

/// IPv4 addresses, UUIDs and host names under the samples' domain, found
/// with plain token rules (independent of the scrubber's detectors).
fn personal_values(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || "{}'\\*,()".contains(c)) {
        let parts: Vec<&str> = token.split('.').collect();
        let ipv4 = parts.len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n < 256));
        let groups: Vec<&str> = token.split('-').collect();
        let uuid = groups.len() == 5
            && groups
                .iter()
                .zip([8, 4, 4, 4, 12])
                .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()));
        if ipv4 || uuid || token.ends_with(".nagilumve.com") {
            out.push(token.to_owned());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn real_samples_printed_by_a_script_leave_no_address_uuid_or_host_name() {
    let fixture =
        cep_core::testing::FixtureHostBuilder::from_dir(testdata().join("hosts/openvz-legacy"))
            .build()
            .unwrap();
    if std::fs::metadata(fixture.path()).unwrap().uid() != 0 {
        cep_core::skip!("scripts must be owned by root and this test does not run as root");
        return;
    }
    let real = testdata().join("real");
    let mut expected = Vec::new();
    let mut body = String::from("#!/bin/sh\n");
    for s in SAMPLES {
        let path = real.join(s);
        expected.extend(personal_values(&std::fs::read_to_string(&path).unwrap()));
        body.push_str(&format!("cat '{}'\n", path.display()));
    }
    expected.sort();
    expected.dedup();
    // The samples do hold such values: the check below is not vacuous.
    assert!(expected.len() > 100, "{expected:?}");
    assert!(expected.iter().any(|v| v == "66.228.211.162"));
    assert!(expected.iter().any(|v| v == "node4.nagilumve.com"));
    assert!(
        expected
            .iter()
            .any(|v| v == "600adc12-0e39-41b3-bf05-c59b7d26dd73")
    );

    let dir = fixture.path().join("fs/usr/libexec/cep/collectors.d");
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("50-samples");
    std::fs::write(&script, body).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();

    let sb = tempfile::tempdir().unwrap();
    std::fs::create_dir(sb.path().join("etc")).unwrap();
    let out = sb.path().join("r.tar.gz");
    let o = Command::new(env!("CARGO_BIN_EXE_cep"))
        .args([
            "collect",
            "--root",
            fixture.path().to_str().unwrap(),
            "--output",
        ])
        .arg(&out)
        .env("CEP_STATE_DIR", sb.path().join("state"))
        .env("CEP_SYSCONF_DIR", sb.path().join("etc"))
        .env_remove("DO_NOT_TRACK")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&out).unwrap();
    let members = cep_core::report::read_members(&bytes, &cep_core::ReadLimits::default()).unwrap();
    let section = String::from_utf8(members["scripts.50-samples.txt"].clone()).unwrap();
    // The script's output is there, scrubbed.
    assert!(section.contains("running"), "{section}");
    assert!(
        section.contains("<ipv4>") && section.contains("<uuid>") && section.contains("<host>"),
        "{section}"
    );
    for (name, data) in &members {
        let text = String::from_utf8_lossy(data);
        for v in &expected {
            assert!(!text.contains(v.as_str()), "{v} left the host in {name}");
        }
    }
}
