//! `cep show --root` on each fixture host prints every host collector's
//! section, with exact values for the key facts.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

const HOST_SECTIONS: [&str; 9] = [
    "hw.memory",
    "hw.cpu",
    "hw.disks",
    "storage.vz",
    "net.config",
    "sw.packages",
    "sw.services",
    "sys.cgroups",
    "sys.static",
];

fn host(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/hosts")
        .join(name)
}

fn cep(args: &[&str]) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("etc")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_cep"))
        .env("CEP_STATE_DIR", dir.path().join("state"))
        .env("CEP_SYSCONF_DIR", dir.path().join("etc"))
        .env_remove("DO_NOT_TRACK")
        .env_remove("CEP_LOG")
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "cep {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (String::from_utf8(o.stdout).unwrap(), dir)
}

/// `cep show` as text: every section header is printed with its status.
fn show_text(name: &str) -> String {
    cep(&["show", "--root", host(name).to_str().unwrap()]).0
}

/// `cep show --json`: the sections by id, and each collector's status.
fn show_json(name: &str) -> (Value, Vec<(String, String)>) {
    let (out, _dir) = cep(&["show", "--json", "--root", host(name).to_str().unwrap()]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let statuses = v["manifest"]["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (v["sections"].clone(), statuses)
}

fn status_of<'a>(statuses: &'a [(String, String)], id: &str) -> &'a str {
    statuses
        .iter()
        .find(|(i, _)| i == id)
        .map(|(_, s)| s.as_str())
        .unwrap_or_else(|| panic!("{id} not in the manifest"))
}

#[test]
fn every_host_prints_every_host_section() {
    for (name, skipped) in [
        ("openvz-legacy", None),
        ("vz7", None),
        ("debian", Some("storage.vz")),
    ] {
        let text = show_text(name);
        for id in HOST_SECTIONS {
            let header = if Some(id) == skipped {
                format!("== {id} [skipped] - ==")
            } else {
                format!("== {id} [ok] {id}.json ==")
            };
            assert!(text.contains(&header), "{name}: no `{header}` in\n{text}");
        }
    }
}

#[test]
fn vz7_host_facts() {
    let (s, statuses) = show_json("vz7");
    for id in HOST_SECTIONS {
        assert_eq!(status_of(&statuses, id), "ok", "{id}");
    }
    let cpu = &s["hw.cpu"];
    assert_eq!(
        (
            &cpu["vendor"],
            &cpu["sockets"],
            &cpu["cores"],
            &cpu["threads"]
        ),
        (&json!("intel"), &json!(1), &json!(4), &json!(8))
    );
    // A real server's DMI product name is not a hypervisor and is not sent.
    assert_eq!(cpu["hypervisor"], json!(null));
    assert_eq!(
        s["hw.disks"]["by_kind"],
        json!({"hdd": 2, "nvme": 1}),
        "ploop and loop devices are not disks"
    );
    assert_eq!(
        s["hw.disks"]["md"],
        json!([{"level": "raid1", "members": 2, "member_kinds": {"hdd": 2}, "size_bytes": 3906764800u64 * 512}])
    );
    assert_eq!(
        s["hw.disks"]["disks"][0]["model"],
        "SAMSUNG MZQLB960HAJR-00007"
    );
    assert_eq!(s["hw.disks"]["disks"][1]["transport"], "sata");
    assert_eq!(
        s["storage.vz"],
        json!({"fs_type": "ext4", "size_bytes": 1967617212416u64, "used_bytes": 412316860416u64, "free_bytes": 1455309348864u64})
    );
    assert_eq!(
        s["net.config"],
        json!({
            "physical_nics": 3,
            "nics": [{"driver": "igb", "speed_mbps": null, "count": 1}, {"driver": "ixgbe", "speed_mbps": 10000, "count": 2}],
            "bonding": {"count": 1, "modes": {"active-backup": 1}, "slaves": 2},
            "teams": 0, "bridges": 1, "vlans": 0, "other_virtual": 1, "ipv6": true
        })
    );
    let pk = &s["sw.packages"];
    assert_eq!(pk["manager"], "rpm");
    assert_eq!(pk["versions"]["vzctl"], json!(["7.0.165-1.vz7"]));
    assert_eq!(
        pk["versions"]["vzkernel"],
        json!(["3.10.0-1160.80.1.vz7.191.4", "3.10.0-514.26.1.vz7.33.22"])
    );
    assert_eq!(pk["versions"]["vzquota"], json!(null));
    assert_eq!(
        s["sw.services"]["active"],
        json!(["vz", "prl-disp", "libvirtd", "vcmmd", "firewalld", "tuned"])
    );
    assert_eq!(s["sw.services"]["init"], "systemd");
    assert_eq!(s["sys.cgroups"]["version"], "v1");
    assert_eq!(s["sys.cgroups"]["cgroups_per_controller"]["ve"], 14);
    assert_eq!(s["sys.static"]["uptime_days"], 45);
    assert_eq!(s["sys.static"]["vz_conf"]["VEIMAGEFORMAT"], "ploop");
    assert_eq!(s["sys.static"]["sysctl"]["kernel.pid_max"], 4194304);
    // Nothing that names the machine, its NICs or its disks leaves it.
    let all = s.to_string();
    for secret in ["eth0", "bond0", "0c:c4:7a", "sda", "nvme0n1", "PowerEdge"] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
}

#[test]
fn legacy_host_facts() {
    let (s, statuses) = show_json("openvz-legacy");
    for id in HOST_SECTIONS {
        assert_eq!(status_of(&statuses, id), "ok", "{id}");
    }
    assert_eq!(
        s["hw.disks"]["disks"],
        json!([
            {"kind": "ssd", "transport": "sata", "size_bytes": 480103981056u64, "logical_block_size": 512, "model": "INTEL SSDSC2BB48", "vendor": "ATA"},
            {"kind": "hdd", "transport": "sata", "size_bytes": 1000204886016u64, "logical_block_size": 512, "model": "WDC WD1003FBYX-0", "vendor": "ATA"}
        ])
    );
    assert_eq!(s["hw.disks"]["md"], json!([]));
    assert_eq!(s["storage.vz"]["fs_type"], "ext4");
    assert_eq!(
        s["net.config"]["nics"],
        json!([{"driver": "e1000e", "speed_mbps": 1000, "count": 2}])
    );
    assert_eq!(
        s["sw.services"],
        json!({"init": "sysv", "installed": ["vz", "vzeventd", "iptables"], "enabled": ["vz", "iptables"], "active": ["vz", "iptables"]})
    );
    assert_eq!(
        s["sw.packages"]["versions"]["vzkernel"],
        json!(["2.6.32-042stab134.8", "2.6.32-042stab145.3"])
    );
    assert_eq!(s["sw.packages"]["versions"]["vzstats"], json!(["0.5.3-1"]));
    assert_eq!(
        s["sys.cgroups"]["cgroups_per_controller"],
        json!({"blkio": 33})
    );
    assert_eq!(s["sys.static"]["uptime_days"], 213);
    assert_eq!(s["sys.static"]["vz_conf"]["VE0CPUUNITS"], "1000");
}

#[test]
fn debian_host_facts() {
    let (s, statuses) = show_json("debian");
    assert_eq!(status_of(&statuses, "storage.vz"), "skipped");
    assert_eq!(
        s["hw.cpu"],
        json!({
            "vendor": "amd", "vendor_id": "AuthenticAMD", "models": ["AMD EPYC 7302P 16-Core Processor"],
            "sockets": 1, "cores": 4, "threads": 4, "mhz": 3000, "virtualization": null,
            "under_hypervisor": true, "hypervisor": "kvm"
        })
    );
    assert_eq!(s["hw.memory"]["total_bytes"], 8135884u64 * 1024);
    assert_eq!(s["hw.disks"]["by_kind"], json!({"hdd": 2}));
    assert_eq!(
        s["hw.disks"]["total_bytes"],
        (83886080u64 + 209715200) * 512
    );
    assert_eq!(
        s["net.config"]["nics"],
        json!([{"driver": "virtio_net", "speed_mbps": null, "count": 1}])
    );
    assert_eq!(s["net.config"]["bridges"], 1);
    assert_eq!(
        s["sw.packages"],
        json!({"manager": "dpkg", "versions": {"kernel": ["6.1.0-25-amd64", "6.1.0-26-amd64"], "libvirt": ["9.0.0-4"], "qemu": ["1:7.2+dfsg-7+deb12u7"]}})
    );
    assert_eq!(s["sw.services"]["installed"], json!(["libvirtd"]));
    assert_eq!(
        s["sys.cgroups"]["cgroups_per_controller"],
        json!({"cpu": 4, "cpuset": 1, "hugetlb": 1, "io": 4, "memory": 8, "misc": 1, "pids": 8, "rdma": 1})
    );
    assert_eq!(s["sys.cgroups"]["version"], "v2");
    assert_eq!(s["sys.cgroups"]["v2_cgroups"], 8);
    assert_eq!(s["sys.static"]["vz_conf"], json!(null));
    assert_eq!(
        s["sys.static"]["sysctl"]["fs.file-max"],
        9223372036854775807u64
    );
    let all = s.to_string();
    for secret in ["ens3", "veth3c1a2f7", "vda", "build-07", "user-1000"] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
}
