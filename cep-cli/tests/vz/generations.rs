//! One fixture host per OpenVZ / Virtuozzo generation, each shaped as
//! that generation's tools print (see testdata/README.md), through the
//! real `cep show --json` and `cep collect`: every applicable collector
//! is `ok` and the counts are exact.

use super::*;

/// `cep show --json --root <host>`: the document.
fn show(host_name: &str) -> serde_json::Value {
    let sb = Sandbox::new();
    let o = sb.run(&[
        "show",
        "--json",
        "--root",
        host(host_name).to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{host_name}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// Collectors that did not end `ok`, with their status.
fn not_ok(v: &serde_json::Value) -> Vec<(String, String)> {
    v["manifest"]["collectors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] != "ok")
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn section<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    &v["sections"][id]
}

/// The counts every generation is checked on.
fn counts(v: &serde_json::Value) -> serde_json::Value {
    let c = section(v, "vz.containers");
    json!({
        "source": c["source"], "configured": c["configured"], "running": c["running"],
        "stopped": c["stopped"], "suspended": c["suspended"], "by_layout": c["by_layout"],
        "by_template": c["by_template"], "prlctl": c["prlctl"],
        "beancounters": section(v, "vz.beancounters"),
        "vms": section(v, "vz.vms")["vms"],
        "templates": section(v, "vz.templates"),
        "ploop_images": section(v, "vz.ploop")["images"],
        "simfs": section(v, "vz.simfs"),
        "readykernel": section(v, "vz.readykernel")["patch_level"],
        "storage_client": section(v, "vz.storage_cluster")["roles"]["client"],
    })
}

#[test]
fn openvz_legacy_vzctl4_042stab() {
    let v = show("openvz-legacy");
    // No prlctl, no ploop, no ReadyKernel on a legacy node.
    assert_eq!(
        not_ok(&v),
        [
            ("vz.vms".to_owned(), "skipped".to_owned()),
            ("vz.ploop".to_owned(), "skipped".to_owned()),
            ("vz.readykernel".to_owned(), "skipped".to_owned())
        ]
    );
    let h = section(&v, "vz.host");
    assert_eq!(
        (&h["product"], &h["generation"], &h["vzctl_version"]),
        (&json!("openvz"), &json!("legacy"), &json!("4.3"))
    );
    assert_eq!(
        counts(&v),
        json!({
            "source": "vzlist-json", "configured": 10, "running": 9, "stopped": 1, "suspended": 0,
            "by_layout": {"simfs": 10},
            "by_template": {"centos-6": 6, "debian-7": 2, "ubuntu-14.04": 1, "other": 1},
            "prlctl": null,
            "beancounters": {"version": "2.5", "containers": 2, "containers_with_failures": 1,
                             "failcnt_containers": {"tcprcvbuf": 1}},
            "vms": null,
            "templates": {"source": "template-dir", "os_templates": {}, "app_templates": {},
                          "os_templates_cached": {"centos-6": 2, "debian-7.0": 1, "ubuntu-14.04": 1}},
            "ploop_images": null,
            "simfs": {"containers": 10, "fs_types": {"ext4": 10}},
            "readykernel": null,
            "storage_client": false,
        })
    );
}

#[test]
fn vz7_as_first_released_vzctl_7_0_100() {
    // vzlist refuses -j and the cpus field: the configs (VEFSTYPE, no
    // VE_LAYOUT; one with neither, whose private area's `.ve.layout`
    // says 5) and veinfo give the containers.
    let v = show("vz7-2016");
    assert_eq!(not_ok(&v), []);
    let h = section(&v, "vz.host");
    assert_eq!(
        (&h["generation"], &h["vzctl_version"], &h["prlctl_version"]),
        (&json!("7"), &json!("7.0.100"), &json!("7.0.100"))
    );
    assert_eq!(
        counts(&v),
        json!({
            "source": "conf", "configured": 4, "running": 3, "stopped": 1, "suspended": 0,
            "by_layout": {"ploop": 3, "simfs": 1},
            "by_template": {"centos-6": 1, "centos-7": 2, "ubuntu-14.04": 1},
            "prlctl": {"containers": 4, "vms": 2},
            "beancounters": {"version": "2.5", "containers": 3, "containers_with_failures": 1,
                             "failcnt_containers": {"physpages": 1}},
            "vms": 2,
            "templates": {"source": "vzpkg", "os_templates": {"centos-6": 1},
                          "os_templates_cached": {"centos-6": 1}, "app_templates": {"mysql": 1}},
            "ploop_images": 3,
            "simfs": {"containers": 1, "fs_types": {"ext4": 1}},
            "readykernel": "89.0-r1",
            "storage_client": true,
        })
    );
    assert_eq!(section(&v, "vz.ploop")["ploop_version"], "7.0.52");
}

#[test]
fn vz7_as_now_vzctl_7_0_2xx() {
    // numproc twice per object, layout versions, UUID and numeric ids,
    // beancounters named by id, `Virtuozzo_disk_image` descriptors.
    let v = show("vz7-current");
    assert_eq!(not_ok(&v), []);
    let h = section(&v, "vz.host");
    assert_eq!(
        (
            &h["generation"],
            &h["vzctl_version"],
            &h["ve0_in_beancounters"]
        ),
        (&json!("7"), &json!("7.0.229"), &json!(true))
    );
    assert_eq!(
        counts(&v),
        json!({
            "source": "vzlist-json", "configured": 5, "running": 3, "stopped": 1, "suspended": 1,
            "by_layout": {"ploop": 4, "simfs": 1},
            "by_template": {"centos-7": 2, "debian-9.0": 1, "ubuntu-16.04": 1, "vzlinux-7": 1},
            "prlctl": {"containers": 5, "vms": 2},
            "beancounters": {"version": "2.5", "containers": 3, "containers_with_failures": 2,
                             "failcnt_containers": {"physpages": 2}},
            "vms": 2,
            // vztt's columns: an application line names its base template.
            "templates": {"source": "vzpkg",
                          "os_templates": {"centos-7": 1, "debian-9.0": 1, "ubuntu-16.04": 1, "vzlinux-7": 1},
                          "os_templates_cached": {"centos-7": 1, "debian-9.0": 1, "ubuntu-16.04": 1, "vzlinux-7": 1},
                          "app_templates": {"mysql": 1, "nginx": 1, "php": 1}},
            "ploop_images": 3,
            "simfs": {"containers": 1, "fs_types": {"ext4": 1}},
            "readykernel": "89.0-r1",
            "storage_client": true,
        })
    );
    // The suspended container's private area has no `.ve.layout` (version
    // 0): its config's VEFSTYPE makes it ploop; it has no descriptor.
    assert_eq!(section(&v, "vz.ploop")["unreadable"], 1);
    assert_eq!(
        section(&v, "vz.containers")["cpus"],
        json!({"2": 1, "<=4": 1, "unset": 3})
    );
}

#[test]
fn vz9_vzctl_9_without_proc_user_beancounters() {
    let v = show("vz9");
    assert_eq!(not_ok(&v), []);
    let h = section(&v, "vz.host");
    assert_eq!(
        (
            &h["product"],
            &h["generation"],
            &h["vzctl_version"],
            &h["ve0_in_beancounters"],
            &h["hardware_node"]
        ),
        (
            &json!("virtuozzo"),
            &json!("9"),
            &json!("9.0.1"),
            &json!(false),
            &json!(true)
        )
    );
    assert_eq!(section(&v, "os.kernel")["line"], "vz9");
    assert_eq!(
        counts(&v),
        json!({
            "source": "vzlist-json", "configured": 3, "running": 2, "stopped": 1, "suspended": 0,
            "by_layout": {"ploop": 3},
            "by_template": {"almalinux-9": 1, "ubuntu-22.04": 1, "vzlinux-9": 1},
            "prlctl": {"containers": 3, "vms": 2},
            "beancounters": {"version": "2.5", "containers": 2, "containers_with_failures": 1,
                             "failcnt_containers": {"numproc": 1}},
            "vms": 2,
            // centos-7 is installed without a cache: no date column.
            "templates": {"source": "vzpkg",
                          "os_templates": {"almalinux-9": 1, "centos-7": 1, "ubuntu-22.04": 1, "vzlinux-9": 1},
                          "os_templates_cached": {"almalinux-9": 1, "ubuntu-22.04": 1, "vzlinux-9": 1},
                          "app_templates": {"mariadb": 1}},
            "ploop_images": 3,
            "simfs": {"containers": 0, "fs_types": {}},
            // Patches under /sys/kernel/livepatch on a 5.14 kernel.
            "readykernel": "89.0-r1",
            "storage_client": true,
        })
    );
    assert_eq!(section(&v, "vz.ploop")["ploop_version"], "9.0.23");
}

#[test]
fn vz7_documentation_shaped_node() {
    let v = show("vz7");
    assert_eq!(not_ok(&v), []);
    assert_eq!(
        counts(&v),
        json!({
            "source": "vzlist-json", "configured": 4, "running": 2, "stopped": 1, "suspended": 1,
            "by_layout": {"ploop": 4},
            "by_template": {"centos-7": 2, "ubuntu-16.04": 1, "other": 1},
            "prlctl": {"containers": 4, "vms": 2},
            // VE0 only in its /proc/user_beancounters.
            "beancounters": {"version": "2.5", "containers": 0, "containers_with_failures": 0,
                             "failcnt_containers": {}},
            "vms": 2,
            "templates": {"source": "vzpkg", "os_templates": {"centos-6": 1},
                          "os_templates_cached": {"centos-6": 1}, "app_templates": {"mysql": 1}},
            "ploop_images": 3,
            "simfs": {"containers": 0, "fs_types": {}},
            "readykernel": "89.0-r1",
            "storage_client": true,
        })
    );
}

#[test]
fn every_generation_collects_into_an_archive_with_nothing_personal() {
    for name in ["vz7", "vz7-2016", "vz7-current", "vz9", "openvz-legacy"] {
        let sb = Sandbox::new();
        let (o, out) = sb.collect_to(&host(name), "out.tar.gz");
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        // A legacy node has no prlctl, ploop or ReadyKernel.
        let ok = if name == "openvz-legacy" { 17 } else { 20 };
        assert!(
            stdout(&o).contains(&format!("{ok} of 20 collectors ok")),
            "{name}: {}",
            stdout(&o)
        );
        let text = archive_text(&std::fs::read(&out).unwrap());
        for p in PERSONAL
            .iter()
            .chain(&["ct101", "golden.internal", "mail.customer"])
        {
            assert!(!text.contains(p), "{name}: `{p}` leaked into the archive");
        }
    }
}
