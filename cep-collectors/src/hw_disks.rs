//! `hw.disks`: physical block devices (kind, transport, size, model) and md
//! RAID arrays, from /sys/block and /proc/mdstat. Device names and serials
//! are never reported.

use std::collections::BTreeMap;

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::{parse_u64, read_dir_required, read_trimmed, read_u64};

/// The `hw.disks` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct HwDisks;

/// Block devices that are not physical disks.
const VIRTUAL_PREFIXES: [&str; 10] = [
    "loop", "ram", "dm-", "zram", "ploop", "nbd", "md", "sr", "fd", "zd",
];

/// At most this many entries of /sys/block are looked at.
const MAX_DEVICES: usize = 4096;

#[derive(Debug, Serialize)]
struct Disk {
    kind: &'static str,
    transport: &'static str,
    size_bytes: u64,
    logical_block_size: Option<u64>,
    model: Option<String>,
    vendor: Option<String>,
}

#[derive(Debug, Serialize)]
struct MdArray {
    level: Option<String>,
    members: u64,
    member_kinds: BTreeMap<&'static str, u64>,
    size_bytes: Option<u64>,
}

#[derive(Debug, Serialize)]
struct Out {
    count: u64,
    by_kind: BTreeMap<&'static str, u64>,
    total_bytes: u64,
    disks: Vec<Disk>,
    md: Vec<MdArray>,
}

/// The transport of a disk from its name, the sysfs device path it links to
/// and its SCSI vendor (as lsblk's TRAN column would say it). Kernels before
/// 2.6.37 have no `ataN` in the path; libata disks say vendor `ATA` there.
pub fn transport(name: &str, devpath: &str, vendor: Option<&str>) -> &'static str {
    if name.starts_with("nvme") {
        "nvme"
    } else if name.starts_with("vd") || devpath.contains("/virtio") {
        "virtio"
    } else if devpath.contains("/usb") {
        "usb"
    } else if devpath.contains("/ata") || vendor == Some("ATA") {
        "sata"
    } else if devpath.contains("/host") {
        "scsi"
    } else {
        "other"
    }
}

/// A model or vendor string as sysfs pads it; empty means unknown.
fn clean(s: Option<String>) -> Option<String> {
    s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
}

fn read_disk(host: &Host, name: &str) -> Result<Option<Disk>, CollectError> {
    let base = format!("/sys/block/{name}");
    let size_path = format!("{base}/size");
    let Some(sectors) = read_u64(host, &size_path)? else {
        return Ok(None);
    };
    if sectors == 0 {
        // Empty card readers and detached devices.
        return Ok(None);
    }
    let devpath = host
        .read_link(&base)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    // virtio's `vendor` is a PCI id (0x1af4), not a name.
    let vendor = clean(read_trimmed(host, &format!("{base}/device/vendor"))?)
        .filter(|v| !v.starts_with("0x"));
    let transport = transport(name, &devpath, vendor.as_deref());
    let rotational = read_u64(host, &format!("{base}/queue/rotational"))?;
    let kind = if transport == "nvme" {
        "nvme"
    } else if rotational == Some(0) {
        "ssd"
    } else {
        "hdd"
    };
    Ok(Some(Disk {
        kind,
        transport,
        size_bytes: sectors.saturating_mul(512),
        logical_block_size: read_u64(host, &format!("{base}/queue/logical_block_size"))?,
        model: clean(read_trimmed(host, &format!("{base}/device/model"))?),
        vendor,
    }))
}

/// One array of /proc/mdstat: its name, level and member devices.
#[derive(Debug, PartialEq, Eq)]
pub struct MdStat {
    /// `md0`.
    pub name: String,
    /// `raid1`; `None` for an inactive array.
    pub level: Option<String>,
    /// Member devices without their role suffix (`sda1`).
    pub members: Vec<String>,
}

/// Parses /proc/mdstat array lines (`md0 : active raid1 sdb1[1] sda1[0]`).
pub fn parse_mdstat(text: &str) -> Result<Vec<MdStat>, CollectError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if !line.starts_with("md") {
            continue;
        }
        let Some((name, rest)) = line.split_once(" : ") else {
            return Err(CollectError::parse(
                "/proc/mdstat",
                format!("line {}: expected `mdN : <state> <level> <devices>`", n + 1),
            ));
        };
        let mut level = None;
        let mut members = Vec::new();
        for tok in rest.split_whitespace() {
            if tok == "active" || tok == "inactive" || tok.starts_with('(') {
                continue;
            }
            if let Some((dev, _role)) = tok.split_once('[') {
                members.push(dev.to_owned());
            } else if level.is_none() && members.is_empty() {
                level = Some(tok.to_owned());
            } else {
                return Err(CollectError::parse(
                    "/proc/mdstat",
                    format!("line {}: unexpected `{tok}`", n + 1),
                ));
            }
        }
        out.push(MdStat {
            name: name.trim().to_owned(),
            level,
            members,
        });
    }
    Ok(out)
}

/// The disk a member partition lives on: the longest disk name it starts with.
fn parent_disk(member: &str, disks: &[(String, &'static str)]) -> Option<&'static str> {
    disks
        .iter()
        .filter(|(d, _)| member.starts_with(d.as_str()))
        .max_by_key(|(d, _)| d.len())
        .map(|(_, k)| *k)
}

impl Collector for HwDisks {
    fn id(&self) -> &str {
        "hw.disks"
    }

    fn describe(&self) -> &str {
        "Physical disks (kind, transport, size, model) and md RAID arrays"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("count", FieldKind::Integer, "Physical disks").example("3"),
            Field::new("by_kind", FieldKind::Map, "Disks per kind (ssd, hdd, nvme)")
                .example("{\"hdd\": 2, \"nvme\": 1}")
                .one_of(crate::kinds::DISK_KINDS),
            Field::new("total_bytes", FieldKind::Integer, "Sum of disk sizes")
                .example("4000787030016")
                .size(),
            Field::new("disks", FieldKind::List, "One entry per physical disk"),
            Field::new("disks[].kind", FieldKind::String, "ssd, hdd or nvme")
                .example("ssd")
                .one_of(crate::kinds::DISK_KINDS),
            Field::new(
                "disks[].transport",
                FieldKind::String,
                "nvme, sata, scsi, usb, virtio or other",
            )
            .example("sata")
            .one_of(crate::kinds::TRANSPORTS),
            Field::new("disks[].size_bytes", FieldKind::Integer, "Size in bytes")
                .example("480103981056")
                .size(),
            Field::new(
                "disks[].logical_block_size",
                FieldKind::Integer,
                "Logical block size in bytes",
            )
            .example("512")
            .size(),
            Field::new(
                "disks[].model",
                FieldKind::String,
                "Model string from sysfs (never the serial)",
            )
            .example("Samsung SSD 970 EVO 1TB")
            .free_text(),
            Field::new(
                "disks[].vendor",
                FieldKind::String,
                "Vendor string from sysfs",
            )
            .example("ATA")
            .free_text(),
            Field::new("md", FieldKind::List, "One entry per md array"),
            Field::new(
                "md[].level",
                FieldKind::String,
                "RAID level (null when inactive)",
            )
            .example("raid1")
            .free_text(),
            Field::new("md[].members", FieldKind::Integer, "Member devices").example("2"),
            Field::new("md[].member_kinds", FieldKind::Map, "Members per disk kind")
                .example("{\"hdd\": 2}")
                .one_of(crate::kinds::DISK_KINDS),
            Field::new("md[].size_bytes", FieldKind::Integer, "Array size in bytes")
                .example("1000202273280")
                .size(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Tue, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let names = read_dir_required(host, "/sys/block", MAX_DEVICES, "no sysfs mounted")?;
        let mut disks = Vec::new();
        let mut kinds = Vec::new();
        for name in &names {
            if VIRTUAL_PREFIXES.iter().any(|p| name.starts_with(p)) {
                continue;
            }
            if let Some(d) = read_disk(host, name)? {
                kinds.push((name.clone(), d.kind));
                disks.push(d);
            }
        }
        let mut md = Vec::new();
        if let Some(text) = host.read_optional("/proc/mdstat")? {
            for a in parse_mdstat(&text)? {
                let mut member_kinds = BTreeMap::new();
                for m in &a.members {
                    let kind = parent_disk(m, &kinds).unwrap_or("other");
                    *member_kinds.entry(kind).or_insert(0) += 1;
                }
                let size_path = format!("/sys/block/{}/size", a.name);
                let size_bytes = match read_trimmed(host, &size_path)? {
                    Some(s) => Some(parse_u64(&size_path, &s)?.saturating_mul(512)),
                    None => None,
                };
                md.push(MdArray {
                    level: a.level,
                    members: a.members.len() as u64,
                    member_kinds,
                    size_bytes,
                });
            }
        }
        let mut by_kind = BTreeMap::new();
        for d in &disks {
            *by_kind.entry(d.kind).or_insert(0) += 1;
        }
        Section::json(&Out {
            count: disks.len() as u64,
            by_kind,
            total_bytes: disks.iter().map(|d| d.size_bytes).sum(),
            disks,
            md,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, files, run, skipped};
    use serde_json::json;

    #[test]
    fn disks_and_raid1() {
        let s = run(&HwDisks, files(&[
            ("/sys/block/sda/size", "1953525168\n"),
            ("/sys/block/sda/queue/rotational", "1\n"),
            ("/sys/block/sda/queue/logical_block_size", "512\n"),
            ("/sys/block/sda/device/model", "ST1000NM0033-9ZM\n"),
            ("/sys/block/sda/device/vendor", "ATA     \n"),
            ("/sys/block/sda/device/serial", "Z1W0SECRET\n"),
            ("/sys/block/sdb/size", "1953525168\n"),
            ("/sys/block/sdb/queue/rotational", "0\n"),
            ("/sys/block/sdb/device/vendor", "0x1af4\n"),
            ("/sys/block/nvme0n1/size", "1000215216\n"),
            ("/sys/block/nvme0n1/queue/rotational", "0\n"),
            (
                "/sys/block/nvme0n1/device/model",
                "Samsung SSD 970 EVO 500GB               \n",
            ),
            ("/sys/block/loop0/size", "100\n"),
            ("/sys/block/sr0/size", "0\n"),
            ("/sys/block/md0/size", "1953260544\n"),
            (
                "/proc/mdstat",
                "Personalities : [raid1]\nmd0 : active raid1 sdb1[1] sda1[0] nvme0n1p2[2](S)\n      976630272 blocks super 1.2 [2/2] [UU]\n\nunused devices: <none>\n",
            ),
        ]))
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "count": 3,
                "by_kind": {"hdd": 1, "nvme": 1, "ssd": 1},
                "total_bytes": (1953525168u64 * 2 + 1000215216) * 512,
                "disks": [
                    {"kind": "nvme", "transport": "nvme", "size_bytes": 1000215216u64 * 512, "logical_block_size": null, "model": "Samsung SSD 970 EVO 500GB", "vendor": null},
                    {"kind": "hdd", "transport": "sata", "size_bytes": 1953525168u64 * 512, "logical_block_size": 512, "model": "ST1000NM0033-9ZM", "vendor": "ATA"},
                    {"kind": "ssd", "transport": "other", "size_bytes": 1953525168u64 * 512, "logical_block_size": null, "model": null, "vendor": null},
                ],
                "md": [{"level": "raid1", "members": 3, "member_kinds": {"hdd": 1, "nvme": 1, "ssd": 1}, "size_bytes": 1953260544u64 * 512}]
            })
        );
        assert!(!s.as_json().unwrap().to_string().contains("SECRET"));
    }

    #[test]
    fn transports() {
        let pci = "../devices/pci0000:00";
        for (name, path, vendor, want) in [
            (
                "sda",
                "/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda",
                None,
                "sata",
            ),
            // 2.6.32: no ataN in the path, but the SCSI vendor says ATA.
            (
                "sda",
                "/0000:00:1f.2/host0/target0:0:0/0:0:0:0/block/sda",
                Some("ATA"),
                "sata",
            ),
            (
                "sdb",
                "/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb",
                None,
                "usb",
            ),
            (
                "sdc",
                "/0000:03:00.0/host2/target2:0:0/2:0:0:0/block/sdc",
                Some("LSI"),
                "scsi",
            ),
            ("vda", "/0000:00:05.0/virtio2/block/vda", None, "virtio"),
            ("nvme0n1", "/0000:04:00.0/nvme/nvme0/nvme0n1", None, "nvme"),
        ] {
            assert_eq!(
                transport(name, &format!("{pci}{path}"), vendor),
                want,
                "{path}"
            );
        }
    }

    #[test]
    fn inactive_md_and_errors() {
        let a = parse_mdstat("md127 : inactive sdc[0](S)\n").unwrap();
        assert_eq!(
            a,
            vec![MdStat {
                name: "md127".into(),
                level: None,
                members: vec!["sdc".into()]
            }]
        );
        let e = parse_mdstat("md0 active raid1\n").unwrap_err().to_string();
        assert_eq!(
            e,
            "cannot parse /proc/mdstat: line 1: expected `mdN : <state> <level> <devices>`"
        );
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&HwDisks, files(&[])));
        let e = error(&HwDisks, files(&[("/sys/block/sda/size", "many\n")]));
        assert_eq!(
            e,
            "cannot parse /sys/block/sda/size: `many` is not a whole number"
        );
    }
}
