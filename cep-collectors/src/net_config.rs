//! `net.config`: physical NICs by driver and speed, bonding, teaming,
//! bridges, VLANs and whether IPv6 is on. Interface names and addresses are
//! never reported.

use std::collections::BTreeMap;

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::{link_name, read_dir_required, read_trimmed};

/// The `net.config` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct NetConfig;

/// At most this many interfaces are looked at.
const MAX_INTERFACES: usize = 4096;

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct NicGroup {
    driver: String,
    speed_mbps: Option<u64>,
    count: u64,
}

#[derive(Debug, Serialize, Default)]
struct Bonding {
    count: u64,
    modes: BTreeMap<String, u64>,
    slaves: u64,
}

#[derive(Debug, Serialize, Default)]
struct Out {
    physical_nics: u64,
    nics: Vec<NicGroup>,
    bonding: Bonding,
    teams: u64,
    bridges: u64,
    vlans: u64,
    other_virtual: u64,
    ipv6: bool,
}

/// The bonding mode of `/proc/net/bonding/<bond>` text, as its short name
/// (`fault-tolerance (active-backup)` → `active-backup`), and the number of
/// slave interfaces.
pub fn parse_bonding(path: &str, text: &str) -> Result<(String, u64), CollectError> {
    let mode = text
        .lines()
        .find_map(|l| l.strip_prefix("Bonding Mode:"))
        .map(str::trim)
        .ok_or_else(|| CollectError::parse(path, "no `Bonding Mode:` line"))?;
    // "fault-tolerance (active-backup)", "IEEE 802.3ad Dynamic link
    // aggregation", "load balancing (round-robin)", ...
    let short = match mode.rsplit_once('(') {
        Some((_, inner)) => inner.trim_end_matches(')').trim().to_owned(),
        None if mode.starts_with("IEEE 802.3ad") => "802.3ad".to_owned(),
        None => mode.to_owned(),
    };
    let slaves = text
        .lines()
        .filter(|l| l.starts_with("Slave Interface:"))
        .count() as u64;
    Ok((short, slaves))
}

/// The DEVTYPE line of a sysfs uevent file.
fn devtype(uevent: &str) -> Option<&str> {
    uevent.lines().find_map(|l| l.strip_prefix("DEVTYPE="))
}

fn speed(host: &Host, path: &str) -> Result<Option<u64>, CollectError> {
    // Reading `speed` of a link that is down fails with EINVAL; -1 means
    // unknown too.
    let text = match host.read(path) {
        Ok(t) => t,
        Err(e) if e.is_not_found() => return Ok(None),
        Err(cep_core::HostError::Io { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let t = text.trim();
    match t.parse::<i64>() {
        Ok(v) if v > 0 && v < u32::MAX as i64 => Ok(Some(v as u64)),
        Ok(_) => Ok(None),
        Err(_) => Err(CollectError::parse(path, format!("`{t}` is not a number"))),
    }
}

impl Collector for NetConfig {
    fn id(&self) -> &str {
        "net.config"
    }

    fn describe(&self) -> &str {
        "Physical NICs by driver and speed; bonding, teaming, bridges, VLANs, IPv6"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "physical_nics",
                FieldKind::Integer,
                "Interfaces backed by a device",
            )
            .example("4"),
            Field::new(
                "nics",
                FieldKind::List,
                "Physical NICs grouped by driver and speed",
            ),
            Field::new("nics[].driver", FieldKind::String, "Kernel driver")
                .example("ixgbe")
                .free_text(),
            Field::new(
                "nics[].speed_mbps",
                FieldKind::Integer,
                "Link speed in Mbit/s (null when down or unknown)",
            )
            .example("10000"),
            Field::new(
                "nics[].count",
                FieldKind::Integer,
                "NICs with this driver and speed",
            )
            .example("2"),
            Field::new("bonding", FieldKind::Object, "Bonding devices"),
            Field::new("bonding.count", FieldKind::Integer, "Bonding devices").example("1"),
            Field::new("bonding.modes", FieldKind::Map, "Bonds per mode")
                .example("{\"active-backup\": 1}")
                .free_text(),
            Field::new(
                "bonding.slaves",
                FieldKind::Integer,
                "Slave interfaces over all bonds",
            )
            .example("2"),
            Field::new("teams", FieldKind::Integer, "Team devices run by teamd").example("0"),
            Field::new("bridges", FieldKind::Integer, "Bridges").example("1"),
            Field::new("vlans", FieldKind::Integer, "VLAN interfaces").example("2"),
            Field::new(
                "other_virtual",
                FieldKind::Integer,
                "Other interfaces without a device (venet, veth, tun, ...)",
            )
            .example("3"),
            Field::new("ipv6", FieldKind::Bool, "IPv6 is loaded and not disabled").example("true"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Mon, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let names = read_dir_required(host, "/sys/class/net", MAX_INTERFACES, "no sysfs mounted")?;
        let mut out = Out::default();
        let mut groups: BTreeMap<(String, Option<u64>), u64> = BTreeMap::new();
        for name in names.iter().filter(|n| n.as_str() != "lo") {
            let base = format!("/sys/class/net/{name}");
            let uevent = host
                .read_optional(&format!("{base}/uevent"))?
                .unwrap_or_default();
            match devtype(&uevent) {
                Some("bond") => {
                    let path = format!("/proc/net/bonding/{name}");
                    out.bonding.count += 1;
                    if let Some(text) = host.read_optional(&path)? {
                        let (mode, slaves) = parse_bonding(&path, &text)?;
                        *out.bonding.modes.entry(mode).or_insert(0) += 1;
                        out.bonding.slaves += slaves;
                    }
                }
                Some("bridge") => out.bridges += 1,
                Some("vlan") => out.vlans += 1,
                Some("team") => {} // counted from teamd below
                _ if host.exists(&format!("{base}/device")) => {
                    let driver = link_name(host, &format!("{base}/device/driver"))?
                        .unwrap_or_else(|| "unknown".into());
                    let speed = speed(host, &format!("{base}/speed"))?;
                    *groups.entry((driver, speed)).or_insert(0) += 1;
                    out.physical_nics += 1;
                }
                _ => out.other_virtual += 1,
            }
        }
        out.nics = groups
            .into_iter()
            .map(|((driver, speed_mbps), count)| NicGroup {
                driver,
                speed_mbps,
                count,
            })
            .collect();
        // teamd keeps one pid file per team device.
        for dir in ["/run/teamd", "/var/run/teamd"] {
            if let Ok(files) = host.read_dir(dir, MAX_INTERFACES) {
                out.teams = files.iter().filter(|f| f.ends_with(".pid")).count() as u64;
                break;
            }
        }
        let disabled = read_trimmed(host, "/proc/sys/net/ipv6/conf/all/disable_ipv6")?;
        out.ipv6 = matches!(disabled.as_deref(), Some("0"));
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, run, skipped};
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const BOND: &str = "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\nBonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0\nMII Status: up\n\nSlave Interface: eth0\nMII Status: up\nSpeed: 10000 Mbps\nPermanent HW addr: 00:11:22:33:44:55\n\nSlave Interface: eth1\nMII Status: up\n";

    #[test]
    fn bonding_modes() {
        assert_eq!(
            parse_bonding("b", BOND).unwrap(),
            ("active-backup".into(), 2)
        );
        assert_eq!(
            parse_bonding("b", "Bonding Mode: IEEE 802.3ad Dynamic link aggregation\n").unwrap(),
            ("802.3ad".into(), 0)
        );
        assert_eq!(
            parse_bonding("/proc/net/bonding/bond0", "nothing\n")
                .unwrap_err()
                .to_string(),
            "cannot parse /proc/net/bonding/bond0: no `Bonding Mode:` line"
        );
    }

    #[test]
    fn counts_by_kind() {
        // Plain files stand in for sysfs links here; the fixture hosts use
        // real relative links for drivers.
        let s = run(
            &NetConfig,
            FixtureHostBuilder::new()
                .file("/sys/class/net/lo/uevent", "INTERFACE=lo\n")
                .file("/sys/class/net/eth0/device/vendor", "0x8086\n")
                .file("/sys/class/net/eth0/speed", "1000\n")
                .file("/sys/class/net/eth1/device/vendor", "0x8086\n")
                .file("/sys/class/net/eth1/speed", "-1\n")
                .file(
                    "/sys/class/net/bond0/uevent",
                    "DEVTYPE=bond\nINTERFACE=bond0\n",
                )
                .file("/proc/net/bonding/bond0", BOND)
                .file("/sys/class/net/br0/uevent", "DEVTYPE=bridge\n")
                .file("/sys/class/net/bond0.100/uevent", "DEVTYPE=vlan\n")
                .file("/sys/class/net/venet0/uevent", "INTERFACE=venet0\n")
                .file("/run/teamd/team0.pid", "123\n")
                .file("/proc/sys/net/ipv6/conf/all/disable_ipv6", "0\n"),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "physical_nics": 2,
                "nics": [{"driver": "unknown", "speed_mbps": null, "count": 1}, {"driver": "unknown", "speed_mbps": 1000, "count": 1}],
                "bonding": {"count": 1, "modes": {"active-backup": 1}, "slaves": 2},
                "teams": 1, "bridges": 1, "vlans": 1, "other_virtual": 1, "ipv6": true
            })
        );
        let text = s.as_json().unwrap().to_string();
        assert!(!text.contains("eth0") && !text.contains("00:11"), "{text}");
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&NetConfig, FixtureHostBuilder::new()));
        let e = error(
            &NetConfig,
            FixtureHostBuilder::new()
                .file("/sys/class/net/eth0/device/vendor", "0x8086\n")
                .file("/sys/class/net/eth0/speed", "fast\n"),
        );
        assert_eq!(
            e,
            "cannot parse /sys/class/net/eth0/speed: `fast` is not a number"
        );
    }
}
