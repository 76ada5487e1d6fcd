//! The privacy guard with a fixture host's own values over the real
//! samples in testdata/real/ as script output.

use std::path::{Path, PathBuf};

use cep_core::privacy::PrivacyGuard;
use cep_core::{Host, seal};

#[path = "../../cep-core/tests/support/report.rs"]
mod report;
use report::report_with;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

/// Dotted quads, found without the scrubber: runs of digits and dots.
fn dotted_quads(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|t| {
            let parts: Vec<&str> = t.split('.').collect();
            parts.len() == 4
                && parts.iter().all(|p| {
                    !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n <= 255)
                })
        })
        .map(str::to_owned)
        .collect()
}

/// Braced or bare 8-4-4-4-12 UUIDs, found without the scrubber.
fn uuids(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .filter(|t| {
            let parts: Vec<usize> = t.split('-').map(str::len).collect();
            parts == [8, 4, 4, 4, 12]
        })
        .map(str::to_owned)
        .collect()
}

/// Words of a line that name a host of the sample's domain.
fn domain_names(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| w.contains("nagilumve"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn real_samples_as_script_output_leave_no_address_uuid_or_host_name() {
    let host = Host::fixture(testdata().join("hosts/openvz-legacy")).unwrap();
    let guard = PrivacyGuard::new(&cep_collectors::secrets::gather(&host)).unwrap();
    let mut sections = Vec::new();
    let mut secrets_in = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(testdata().join("real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for (i, path) in names.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        let id = format!("scripts.sample{i:02}");
        let is_package_list = path.to_string_lossy().contains("package-nvr-list");
        if !is_package_list {
            secrets_in.extend(dotted_quads(&text));
        }
        secrets_in.extend(uuids(&text));
        secrets_in.extend(domain_names(&text));
        sections.push((id, text));
    }
    secrets_in.sort();
    secrets_in.dedup();
    // The samples hold these; the check below is only as good as this list.
    assert!(secrets_in.len() >= 100, "{secrets_in:?}");
    for v in [
        "66.228.211.45",
        "10.30.24.176",
        "node8.nagilumve.com",
        "b2de86d9-6539-4ccc-9120-928b33ed31b9",
    ] {
        assert!(secrets_in.iter().any(|s| s == v), "{v} not extracted");
    }

    let originals = sections.clone();
    let p =
        seal(report_with(sections), &guard, &[]).expect("the tripwire passes a scrubbed report");
    for (id, original) in &originals {
        let out = p.report().sections[id].as_text().unwrap();
        for v in &secrets_in {
            assert!(!out.contains(v.as_str()), "{id}: {v} left in\n{out}");
        }
        if original.contains("package-nvr") || id.ends_with("sample28") {
            continue;
        }
    }
    // Versions in the package list survive whole, dotted quads included.
    let pkg_idx = names
        .iter()
        .position(|p| p.to_string_lossy().contains("package-nvr-list"))
        .unwrap();
    let pkg_id = format!("scripts.sample{pkg_idx:02}");
    assert_eq!(
        p.report().sections[&pkg_id].as_text(),
        Some(originals[pkg_idx].1.as_str())
    );
    // And the archive bytes hold none of them either.
    let members = cep_core::report::read_members(&p.archive().bytes, &Default::default()).unwrap();
    for (name, bytes) in members {
        let text = String::from_utf8_lossy(&bytes);
        for v in &secrets_in {
            assert!(!text.contains(v.as_str()), "{name}: {v}");
        }
    }
    // One sample in detail: vzlist's columns keep their shape.
    let vzlist = names
        .iter()
        .position(|p| p.to_string_lossy().contains("vzlist-aH"))
        .unwrap();
    let out = p.report().sections[&format!("scripts.sample{vzlist:02}")]
        .as_text()
        .unwrap();
    assert_eq!(
        out.lines().nth(1),
        Some("       102         32 running   <ipv4>    <host>")
    );
}
