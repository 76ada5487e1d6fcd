//! The host collectors on this very machine, checked against tools no one
//! here wrote: `lscpu -J`, `free -b`, `lsblk -J -b -d` and `ip -d -j link`.
//! Same counts, sizes within 1%. A missing tool skips its check with a
//! printed reason.

use std::process::Command;

use cep_collectors::{
    hw_cpu::HwCpu, hw_disks::HwDisks, hw_memory::HwMemory, net_config::NetConfig,
};
use cep_core::Collector;
use serde_json::Value;

/// A tool's stdout, or `None` (with the reason printed) when it cannot run.
fn tool(argv: &[&str]) -> Option<String> {
    match Command::new(argv[0]).args(&argv[1..]).output() {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => {
            cep_core::skip!(
                "`{}` failed: {}",
                argv.join(" "),
                String::from_utf8_lossy(&o.stderr).trim()
            );
            None
        }
        Err(e) => {
            cep_core::skip!(
                "`{}` cannot run ({e}); install it (util-linux, procps, iproute2)",
                argv[0]
            );
            None
        }
    }
}

fn collect(c: &dyn Collector) -> Value {
    c.collect(&cep_exec::live_host())
        .unwrap_or_else(|e| panic!("{} failed on this machine: {e}", c.id()))
        .as_json()
        .unwrap()
        .clone()
}

fn within_1pct(ours: u64, theirs: u64, what: &str) {
    let diff = ours.abs_diff(theirs) as f64;
    assert!(
        diff <= theirs as f64 / 100.0,
        "{what}: ours {ours}, theirs {theirs}"
    );
}

/// lscpu's JSON as field → data, whichever layout (flat in util-linux
/// before 2.38, nested under `children` since).
fn lscpu_fields(v: &Value, out: &mut Vec<(String, String)>) {
    for item in v.as_array().into_iter().flatten() {
        if let (Some(f), Some(d)) = (item["field"].as_str(), item["data"].as_str()) {
            out.push((f.trim_end_matches(':').to_owned(), d.to_owned()));
        }
        lscpu_fields(&item["children"], out);
    }
}

#[test]
fn cpu_matches_lscpu() {
    let Some(text) = tool(&["lscpu", "-J"]) else {
        return;
    };
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut f = Vec::new();
    lscpu_fields(&v["lscpu"], &mut f);
    let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, d)| d.as_str());
    let num = |k: &str| get(k).and_then(|d| d.parse::<u64>().ok());
    let ours = collect(&HwCpu);
    eprintln!("hw.cpu: {ours}");
    assert_eq!(ours["threads"].as_u64(), num("CPU(s)"), "logical CPUs");
    assert_eq!(ours["vendor_id"].as_str(), get("Vendor ID"));
    if let Some(sockets) = ours["sockets"].as_u64() {
        assert_eq!(Some(sockets), num("Socket(s)"), "sockets");
        if let (Some(cores), Some(per)) = (ours["cores"].as_u64(), num("Core(s) per socket")) {
            assert_eq!(cores, per * sockets, "cores");
        }
    }
    if let Some(model) = get("Model name") {
        assert!(
            ours["models"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m == model),
            "model {model} not in {}",
            ours["models"]
        );
    }
    let virt = get("Virtualization").map(|v| if v == "VT-x" { "vmx" } else { "svm" });
    assert_eq!(ours["virtualization"].as_str(), virt, "virtualization flag");
}

#[test]
fn memory_matches_free() {
    let Some(text) = tool(&["free", "-b"]) else {
        return;
    };
    let row = |name: &str| -> Vec<u64> {
        text.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} row in free -b:\n{text}"))
            .split_whitespace()
            .skip(1)
            .map(|n| n.parse().unwrap())
            .collect()
    };
    let (mem, swap) = (row("Mem:"), row("Swap:"));
    let ours = collect(&HwMemory);
    eprintln!("hw.memory: {ours}");
    within_1pct(ours["total_bytes"].as_u64().unwrap(), mem[0], "total");
    // The last Mem: column is `available`; it moves while the test runs.
    within_1pct(
        ours["available_bytes"].as_u64().unwrap(),
        mem[mem.len() - 1],
        "available",
    );
    within_1pct(
        ours["swap_total_bytes"].as_u64().unwrap(),
        swap[0],
        "swap total",
    );
    // Used swap may be 0 on both sides; allow 1% of the total.
    assert!(
        ours["swap_used_bytes"].as_u64().unwrap().abs_diff(swap[1]) <= swap[0] / 100,
        "swap used: ours {}, free {}",
        ours["swap_used_bytes"],
        swap[1]
    );
}

#[test]
fn disks_match_lsblk() {
    let Some(text) = tool(&[
        "lsblk",
        "-J",
        "-b",
        "-d",
        "-o",
        "NAME,ROTA,SIZE,MODEL,TRAN,TYPE",
    ]) else {
        return;
    };
    let v: Value = serde_json::from_str(&text).unwrap();
    const SKIP: [&str; 10] = [
        "loop", "ram", "dm-", "zram", "ploop", "nbd", "md", "sr", "fd", "zd",
    ];
    // Older lsblk prints numbers and booleans as strings.
    let as_u64 = |v: &Value| v.as_u64().or_else(|| v.as_str()?.parse().ok());
    let as_rota = |v: &Value| v.as_bool().or_else(|| v.as_str().map(|s| s == "1"));
    let mut theirs: Vec<(u64, bool)> = v["blockdevices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["type"] == "disk")
        .filter(|d| {
            !SKIP
                .iter()
                .any(|p| d["name"].as_str().unwrap_or("").starts_with(p))
        })
        .map(|d| {
            (
                as_u64(&d["size"]).unwrap_or(0),
                as_rota(&d["rota"]).unwrap_or(true),
            )
        })
        .filter(|(size, _)| *size > 0)
        .collect();
    let ours = collect(&HwDisks);
    eprintln!("hw.disks: {ours}");
    let mut mine: Vec<(u64, bool)> = ours["disks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["size_bytes"].as_u64().unwrap(), d["kind"] == "hdd"))
        .collect();
    theirs.sort();
    mine.sort();
    assert_eq!(
        mine.len(),
        theirs.len(),
        "disk count: ours {mine:?}, lsblk {theirs:?}"
    );
    for ((s1, r1), (s2, r2)) in mine.iter().zip(&theirs) {
        within_1pct(*s1, *s2, "disk size");
        assert_eq!(r1, r2, "rotational");
    }
}

#[test]
fn network_matches_ip_link() {
    let Some(text) = tool(&["ip", "-d", "-j", "link"]) else {
        return;
    };
    let v: Value = serde_json::from_str(&text).unwrap();
    let links = v.as_array().unwrap();
    let kind = |l: &Value| l["linkinfo"]["info_kind"].as_str().map(str::to_owned);
    let count = |k: &str| {
        links
            .iter()
            .filter(|l| kind(l).as_deref() == Some(k))
            .count() as u64
    };
    // Physical: an Ethernet link with no virtual kind.
    let physical = links
        .iter()
        .filter(|l| l["link_type"] == "ether" && kind(l).is_none())
        .count() as u64;
    let ours = collect(&NetConfig);
    eprintln!("net.config: {ours}");
    assert_eq!(
        ours["physical_nics"].as_u64(),
        Some(physical),
        "physical NICs"
    );
    let grouped: u64 = ours["nics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["count"].as_u64().unwrap())
        .sum();
    assert_eq!(grouped, physical);
    assert_eq!(
        ours["bonding"]["count"].as_u64(),
        Some(count("bond")),
        "bonds"
    );
    assert_eq!(ours["bridges"].as_u64(), Some(count("bridge")), "bridges");
    assert_eq!(ours["vlans"].as_u64(), Some(count("vlan")), "vlans");
    let not_lo = links.iter().filter(|l| l["ifname"] != "lo").count() as u64;
    let virtual_others =
        not_lo - physical - count("bond") - count("bridge") - count("vlan") - count("team");
    assert_eq!(
        ours["other_virtual"].as_u64(),
        Some(virtual_others),
        "other virtual"
    );
}
