//! Names as real nodes have them: Virtuozzo 7 names containers after their
//! numeric ids, hosts are often called `vz7`. With the privacy guard in
//! place every built-in JSON section must come out byte for byte as on the
//! same host with neutral names, no report may be stopped, and a
//! distinctive name planted in script output must not leave.

use std::path::Path;

use cep_collectors::testing::{GenSpec, generate_vz7_host};
use cep_core::privacy::{PrivacyGuard, distinctive};
use cep_core::report::{ClientInfo, ManifestEntry, ReadLimits, Status, read_members};
use cep_core::{Host, RunOptions, Section, seal};
use proptest::prelude::*;

const CONTAINERS: usize = 12;
const VMS: usize = 3;

/// A generated Virtuozzo 7 node whose host, containers and VMs carry the
/// given names, with the values the old guard broke: block size 512,
/// vm.swappiness 10, 101 days of uptime, CPU units 1000, CPU limit 200.
fn node(dir: &Path, host: &str, cts: &[String], vms: &[String]) -> Host {
    generate_vz7_host(
        dir,
        GenSpec {
            containers: CONTAINERS,
            vms: VMS,
            seed: 11,
        },
    )
    .unwrap();
    let fs = dir.join("fs");
    let put = |path: &str, text: &str| {
        let p = fs.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    put("proc/sys/kernel/hostname", &format!("{host}\n"));
    put("etc/hostname", &format!("{host}\n"));
    put(
        "etc/hosts",
        &format!("127.0.0.1 localhost\n10.9.8.7 {host} {}\n", short(host)),
    );
    put("proc/uptime", "8726400.12 1000.00\n");
    put("proc/sys/vm/swappiness", "10\n");
    put("sys/block/sda/queue/logical_block_size", "512\n");
    // The generator names containers `ct<i>` and VMs `vm<i>.office.example`.
    let rename = |file: &str| {
        let p = dir.join("commands").join(file);
        let mut text = std::fs::read_to_string(&p).unwrap();
        for (i, n) in cts.iter().enumerate() {
            text = text.replace(
                &format!("\"name\": \"ct{i}\""),
                &format!("\"name\": \"{n}\""),
            );
        }
        for (i, n) in vms.iter().enumerate() {
            text = text.replace(&format!("\"vm{i}.office.example\""), &format!("\"{n}\""));
        }
        std::fs::write(&p, text).unwrap();
    };
    for f in [
        "vzlist-a-j.json",
        "prlctl-list-a-j.json",
        "prlctl-list-vms.json",
    ] {
        rename(f);
    }
    Host::fixture(dir).unwrap()
}

fn short(host: &str) -> &str {
    host.split('.').next().unwrap_or(host)
}

/// Runs every built-in collector on `host` through the privacy guard, with
/// `plant` as the output of an external script. Returns the JSON sections
/// and every archive member.
/// (section id, pretty JSON) of every JSON section.
type JsonSections = Vec<(String, String)>;
/// (member name, bytes) of every archive member.
type Members = Vec<(String, Vec<u8>)>;

fn report(host: &Host, plant: &str) -> (JsonSections, Members) {
    let collectors = cep_collectors::builtin();
    let secrets =
        cep_collectors::secrets::gather_with(host, cep_collectors::vz_containers::container_names);
    let guard = PrivacyGuard::with_fields(&secrets, &collectors).unwrap();
    let collection = cep_core::run_collectors(&collectors, host, &RunOptions::default());
    let mut r = cep_core::Report::new(collection, uuid(), ClientInfo::default());
    r.manifest.collectors.push(ManifestEntry {
        id: "scripts.plant".into(),
        status: Status::Ok,
        duration_ms: 1,
        file: Some("scripts.plant.txt".into()),
        error: None,
        exit_status: Some(0),
        truncated: false,
    });
    r.sections
        .insert("scripts.plant".into(), Section::Text(plant.to_owned()));
    let p = seal(r, &guard, &[]).unwrap_or_else(|e| panic!("vetoed: {e}"));
    for e in &p.report().manifest.collectors {
        let msg = e.error.as_deref().unwrap_or("");
        assert!(!msg.contains("privacy guard refused"), "{}: {msg}", e.id);
    }
    let json = p
        .report()
        .sections
        .iter()
        .filter_map(|(id, s)| match s {
            Section::Json(v) => Some((id.clone(), serde_json::to_string_pretty(v).unwrap())),
            Section::Text(_) => None,
        })
        .collect();
    let members = read_members(&p.archive().bytes, &ReadLimits::own_archive())
        .unwrap()
        .into_iter()
        .collect();
    (json, members)
}

fn uuid() -> cep_core::uuid::Uuid {
    "0b9e8f6a-4c2d-4e1f-8a3b-5c6d7e8f9a0b".parse().unwrap()
}

fn neutral() -> &'static JsonSections {
    static N: std::sync::OnceLock<JsonSections> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let cts: Vec<String> = (0..CONTAINERS)
            .map(|i| format!("qzjcontainer{i}"))
            .collect();
        let vms: Vec<String> = (0..VMS).map(|i| format!("qzjmachine{i}")).collect();
        let h = node(dir.path(), "qzjnode.hoster.example", &cts, &vms);
        report(&h, "nothing here\n").0
    })
}

/// Lowercase archive text, member names included.
fn archive_text(members: &Members) -> String {
    members
        .iter()
        .map(|(n, b)| format!("{n}\n{}\n", String::from_utf8_lossy(b)))
        .collect::<String>()
        .to_ascii_lowercase()
}

#[test]
fn numeric_names_and_a_vz7_host_leave_every_section_as_with_neutral_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut cts: Vec<String> = ["100", "512", "1000", "101", "10", "200"]
        .map(String::from)
        .to_vec();
    cts.extend((cts.len()..CONTAINERS).map(|i| format!("{}", 2000 + i)));
    let vms: Vec<String> = ["7", "1", "4096"].map(String::from).to_vec();
    let h = node(dir.path(), "vz7.hoster.example", &cts, &vms);
    // The host's full name and domain are secrets; `vz7` and numbers not.
    let s =
        cep_collectors::secrets::gather_with(&h, cep_collectors::vz_containers::container_names);
    assert!(s.hosts.contains("vz7.hoster.example"), "{:?}", s.hosts);
    assert!(
        !s.hosts
            .iter()
            .any(|n| n == "vz7" || n == "100" || n == "512")
    );
    let (json, members) = report(&h, "vz7.hoster.example is up\n");
    let base = neutral();
    assert_eq!(json.len(), base.len());
    // These values broke reports before: they must be there, unchanged.
    let all: String = json.iter().map(|(_, t)| t.as_str()).collect();
    for v in [
        "\"<=1000\"",
        "\"<=200\"",
        "3.10.0-1160.80.1.vz7.191.4",
        "\"uptime_days\": 101",
    ] {
        assert!(all.contains(v), "{v} missing");
    }
    for ((id, a), (bid, b)) in json.iter().zip(base) {
        assert_eq!(id, bid);
        assert_eq!(a, b, "{id} differs from the neutral host's");
    }
    assert!(!archive_text(&members).contains("hoster.example"));
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        // Numeric ids, as Virtuozzo 7 names containers by default.
        "[1-9][0-9]{0,4}",
        // Version-like.
        "[0-9]\\.[0-9]{1,2}(\\.[0-9]{1,3})?",
        // Short.
        "[a-z]{1,3}",
        // Long and mixed case, of letters no report word uses together.
        "[qQxXzZjJ][qxzjkQXZJK]{3,14}[0-9]{0,3}",
        // Mixed: a distinctive word with a number and a separator.
        "[qxzj]{4,8}-[0-9]{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn any_names_leave_sections_alone_and_planted_names_never_leave(
        cts in proptest::collection::vec(name(), CONTAINERS),
        vms in proptest::collection::vec(name(), VMS),
        host in name(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let fqdn = format!("{host}.hoster.example");
        let h = node(dir.path(), &fqdn, &cts, &vms);
        // Planted as real output writes names: joined to `_`, letters,
        // in another case.
        let mut plant = String::new();
        for n in cts.iter().chain(&vms).chain([&host]) {
            plant.push_str(&format!(
                "ct {n} up; /vz/{n}_root.img; host{n}; {}\n",
                n.to_ascii_uppercase()
            ));
        }
        let (json, members) = report(&h, &plant);
        let base = neutral();
        for ((id, a), (_, b)) in json.iter().zip(base) {
            prop_assert_eq!(a, b, "{} differs", id);
        }
        let text = archive_text(&members);
        for n in cts.iter().chain(&vms).chain([&host, &fqdn]) {
            if distinctive(n) {
                prop_assert!(
                    !text.contains(&n.to_ascii_lowercase()),
                    "{} left in the archive", n
                );
            }
        }
    }
}
