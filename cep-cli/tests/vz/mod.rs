//! OpenVZ / Virtuozzo: the in-container refusal, the vz.* sections of a
//! full report, and external collector scripts, through the real binary.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::time::{Duration, Instant};

use super::*;

mod generations;

#[test]
fn collect_refuses_inside_a_container() {
    for sample in [
        "proc-user_beancounters-ct-1and1-vps-blog.txt",
        "proc-user_beancounters-ct-9833-ruby-fixture.txt",
    ] {
        let sb = Sandbox::new();
        let ubc = std::fs::read_to_string(testdata().join("real").join(sample)).unwrap();
        let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("openvz-legacy"))
            .file("/proc/user_beancounters", &ubc)
            .build()
            .unwrap();
        let (o, out) = sb.collect_to(fixture.path(), "out.tar.gz");
        assert_eq!(o.status.code(), Some(1), "{sample}");
        assert_eq!(
            stderr(&o).trim(),
            "cep: error: this is an OpenVZ/Virtuozzo container (/proc/user_beancounters has no \
             VE0 `0:` row); cep reports on the hardware node only: run it there"
        );
        assert!(!out.exists(), "no archive is written in a container");

        // send and run refuse before touching the state directory.
        for args in [&["send"][..], &["run", "--all"][..]] {
            let mut argv = args.to_vec();
            argv.extend(["--root", fixture.path().to_str().unwrap()]);
            let o = sb.run(&argv);
            assert_eq!(o.status.code(), Some(1), "{argv:?}");
            assert!(
                stderr(&o).contains("this is an OpenVZ/Virtuozzo container"),
                "{argv:?}: {}",
                stderr(&o)
            );
            assert!(!sb.path("state").exists(), "{argv:?} touched the state dir");
        }
    }
}

/// Strings of the fixture hosts that must never reach an archive.
const PERSONAL: &[&str] = &[
    "nagilumve",
    "66.228.211",
    "customer-one",
    "customer-two",
    "203.0.113",
    "198.51.100",
    "2001:db8",
    "1c7a1b3e-8f2d",
    "b2de86d9",
    "vstor1",
    "10.30.2",
    "win-buildbox",
    "j.doe",
    "MyVM",
    "acme-golden",
    "mycompany",
    "/vz/private/",
];

fn archive_text(bytes: &[u8]) -> String {
    let mut a = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    let mut all = String::new();
    for e in a.entries().unwrap() {
        let mut e = e.unwrap();
        std::io::Read::read_to_string(&mut e, &mut all).unwrap();
    }
    all
}

#[test]
fn vz7_report_has_vz_sections_and_nothing_personal() {
    let sb = Sandbox::new();
    let (o, out) = sb.collect_to(&host("vz7"), "vz7.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    let r = Report::read(&bytes, &ReadLimits::default()).unwrap();
    for id in [
        "vz.host",
        "vz.containers",
        "vz.beancounters",
        "vz.vms",
        "vz.templates",
        "vz.ploop",
        "vz.storage_cluster",
        "vz.readykernel",
        "vz.simfs",
    ] {
        let e = r.manifest.collectors.iter().find(|e| e.id == id).unwrap();
        assert_eq!(e.status, Status::Ok, "{id}: {:?}", e.error);
    }
    let s = |id: &str| r.sections[id].as_json().unwrap().clone();
    assert_eq!(s("vz.host")["product"], "virtuozzo");
    assert_eq!(s("vz.containers")["configured"], 4);
    assert_eq!(
        s("vz.containers")["prlctl"],
        json!({"containers": 4, "vms": 2})
    );
    assert_eq!(s("vz.vms")["guest_os"], json!({"centos": 1, "windows": 1}));
    assert_eq!(
        s("vz.templates"),
        json!({"source": "vzpkg", "os_templates": {"centos-6": 1},
               "os_templates_cached": {"centos-6": 1}, "app_templates": {"mysql": 1}})
    );
    assert_eq!(s("vz.simfs"), json!({"containers": 0, "fs_types": {}}));
    let text = archive_text(&bytes);
    for p in PERSONAL {
        assert!(!text.contains(p), "`{p}` leaked into the archive");
    }
}

#[test]
fn legacy_report_has_nothing_personal() {
    let sb = Sandbox::new();
    let (o, out) = sb.collect_to(&host("openvz-legacy"), "legacy.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    let r = Report::read(&bytes, &ReadLimits::default()).unwrap();
    let c = r.sections["vz.containers"].as_json().unwrap();
    assert_eq!(
        (c["source"].as_str(), c["configured"].as_u64()),
        (Some("vzlist-json"), Some(10))
    );
    assert_eq!(
        r.sections["vz.host"].as_json().unwrap()["generation"],
        "legacy"
    );
    let text = archive_text(&bytes);
    for p in PERSONAL {
        assert!(!text.contains(p), "`{p}` leaked into the archive");
    }
}

fn add_script(fixture: &Path, dir: &str, name: &str, body: &str, mode: u32) {
    let d = fixture.join("fs").join(dir.trim_start_matches('/'));
    std::fs::create_dir_all(&d).unwrap();
    let p = d.join(name);
    std::fs::write(&p, body).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn external_scripts_hang_flood_fail_and_are_vetted() {
    let sb = Sandbox::new();
    let fixture = cep_core::testing::FixtureHostBuilder::from_dir(host("vz7"))
        .build()
        .unwrap();
    if std::fs::metadata(fixture.path()).unwrap().uid() != 0 {
        cep_core::skip!("scripts must be owned by root and this test does not run as root");
        return;
    }
    let d = "/usr/libexec/cep/collectors.d";
    add_script(
        fixture.path(),
        d,
        "10-hang",
        "#!/bin/sh\nsleep 3600\n",
        0o755,
    );
    add_script(
        fixture.path(),
        d,
        "20-flood",
        "#!/bin/sh\nhead -c 104857600 /dev/zero | tr '\\0' y\n",
        0o755,
    );
    add_script(fixture.path(), d, "30-open", "#!/bin/sh\necho hi\n", 0o777);
    add_script(
        fixture.path(),
        d,
        "40-exit3",
        "#!/bin/sh\necho half done\necho 'cannot reach the thing' >&2\nexit 3\n",
        0o755,
    );
    add_script(
        fixture.path(),
        "/usr/libexec/vzstats",
        "uname",
        "#!/bin/sh\necho 2.6.32-042stab145.3 x86_64\n",
        0o755,
    );
    std::fs::write(
        sb.path("etc/cep.toml"),
        "[scripts]\ntimeout = \"1s\"\noutput_bytes = 65536\n\n[limits]\ncommand_grace = \"500ms\"\n",
    )
    .unwrap();
    let t0 = Instant::now();
    let (o, out) = sb.collect_to(fixture.path(), "s.tar.gz");
    assert!(t0.elapsed() < Duration::from_secs(10), "{:?}", t0.elapsed());
    assert!(o.status.success(), "{}", stderr(&o));
    let r = Report::read(&std::fs::read(&out).unwrap(), &ReadLimits::default()).unwrap();
    let scripts: Vec<_> = r
        .manifest
        .collectors
        .iter()
        .filter(|e| e.id.starts_with("scripts."))
        .collect();
    let ids: Vec<&str> = scripts.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "scripts.10-hang",
            "scripts.20-flood",
            "scripts.40-exit3",
            "scripts.uname"
        ]
    );
    let (hang, flood, exit3, uname) = (scripts[0], scripts[1], scripts[2], scripts[3]);
    assert_eq!(hang.status, Status::Timeout);
    assert_eq!(
        hang.error.as_deref(),
        Some("did not finish within 1s; stopped (TERM, then KILL)")
    );
    assert!(
        hang.duration_ms >= 1000 && hang.duration_ms < 3000,
        "{}",
        hang.duration_ms
    );
    assert_eq!(hang.exit_status, None);
    assert_eq!(flood.status, Status::Ok);
    assert!(flood.truncated);
    assert_eq!(
        r.sections["scripts.20-flood"].as_text().unwrap().len(),
        65536
    );
    assert_eq!(exit3.status, Status::Error);
    assert_eq!(exit3.exit_status, Some(3));
    assert_eq!(exit3.error.as_deref(), Some("exited with status 3"));
    assert_eq!(
        r.sections["scripts.40-exit3"].as_text(),
        Some("half done\n")
    );
    assert_eq!(uname.exit_status, Some(0));
    assert!(!uname.truncated);
    assert_eq!(
        r.sections["scripts.uname"].as_text(),
        Some("2.6.32-042stab145.3 x86_64\n")
    );
    assert!(
        r.log.contains(&format!(
            "scripts: skipped {d}/30-open: group- or world-writable (mode 777)"
        )),
        "{}",
        r.log
    );
    assert!(
        r.log
            .contains("scripts.40-exit3: stderr: cannot reach the thing"),
        "{}",
        r.log
    );
    assert!(
        r.log.contains(&format!("== executing {d}/10-hang ==")),
        "{}",
        r.log
    );
    // The manifest says so too, as JSON fields.
    let m = serde_json::to_value(&r.manifest).unwrap();
    let e = m["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "scripts.20-flood")
        .unwrap();
    assert_eq!(e["truncated"], true);
    assert!(e.get("exit_status").is_none());
}

#[test]
fn generated_host_reports_counts_and_nothing_personal() {
    use cep_collectors::testing::{GenSpec, generate_vz7_host};
    let sb = Sandbox::new();
    let root = sb.path("gen");
    generate_vz7_host(
        &root,
        GenSpec {
            containers: 300,
            vms: 30,
            seed: 3,
        },
    )
    .unwrap();
    let (o, out) = sb.collect_to(&root, "gen.tar.gz");
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    let r = Report::read(&bytes, &ReadLimits::default()).unwrap();
    let c = r.sections["vz.containers"].as_json().unwrap();
    assert_eq!(c["configured"], 300);
    assert_eq!(c["prlctl"], json!({"containers": 300, "vms": 30}));
    assert_eq!(c["by_layout"], json!({"ploop": 270, "simfs": 30}));
    assert_eq!(r.sections["vz.vms"].as_json().unwrap()["vms"], 30);
    assert_eq!(r.sections["vz.ploop"].as_json().unwrap()["images"], 270);
    let text = archive_text(&bytes);
    let conf_ids: Vec<String> = std::fs::read_dir(root.join("fs/etc/vz/conf"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .replace(".conf", "")
        })
        .collect();
    assert_eq!(conf_ids.len(), 300);
    for id in &conf_ids {
        assert!(!text.contains(id.as_str()), "container id {id} leaked");
    }
    for p in [
        "customer",
        "example.com",
        "office.example",
        "10.0.",
        "192.168.",
        "hn42",
        "001C42",
    ] {
        assert!(!text.contains(p), "`{p}` leaked into the archive");
    }
}
