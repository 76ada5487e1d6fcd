//! `sw.services`: which services of a fixed list that matter to
//! virtualization are installed, enabled and running: one `systemctl show`
//! call, or SysV runlevel links on hosts without systemd.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::run_optional;

/// The `sw.services` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct SwServices;

/// The services asked about, as systemd units (`.service` is left out of
/// the names reported).
pub const UNITS: [&str; 16] = [
    "vz.service",
    "vzeventd.service",
    "prl-disp.service",
    "libvirtd.service",
    "vcmmd.service",
    "shaman.service",
    "vstorage-mdsd.target",
    "vstorage-csd.target",
    "readykernel.service",
    "pcompact.service",
    "firewalld.service",
    "iptables.service",
    "ksm.service",
    "ksmtuned.service",
    "tuned.service",
    "vzstats.service",
];

const PROPS: &str = "--property=Id,LoadState,UnitFileState,ActiveState";

/// The `systemctl` argv.
pub fn systemctl_argv() -> Vec<&'static str> {
    let mut v = vec!["systemctl", "show", PROPS];
    v.extend(UNITS);
    v
}

#[derive(Debug, Serialize, Default, PartialEq, Eq)]
struct Out {
    init: &'static str,
    installed: Vec<String>,
    enabled: Vec<String>,
    active: Vec<String>,
}

fn short(unit: &str) -> String {
    unit.strip_suffix(".service").unwrap_or(unit).to_owned()
}

/// Parses `systemctl show` output: blank-line separated blocks of
/// `Key=value`, one per unit.
fn parse_show(cmd: &str, text: &str) -> Result<Out, CollectError> {
    let mut out = Out {
        init: "systemd",
        ..Out::default()
    };
    for (i, block) in text
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .enumerate()
    {
        let get = |k: &str| {
            block
                .lines()
                .find_map(|l| l.strip_prefix(k).and_then(|r| r.strip_prefix('=')))
        };
        let id = get("Id")
            .ok_or_else(|| CollectError::parse(cmd, format!("block {}: no Id= line", i + 1)))?;
        // Only units from the list: nothing else could be an identifier.
        if !UNITS.contains(&id) || get("LoadState") != Some("loaded") {
            continue;
        }
        out.installed.push(short(id));
        if matches!(
            get("UnitFileState"),
            Some("enabled" | "static" | "enabled-runtime")
        ) {
            out.enabled.push(short(id));
        }
        if get("ActiveState") == Some("active") {
            out.active.push(short(id));
        }
    }
    Ok(out)
}

/// The default runlevel from /etc/inittab (`id:3:initdefault:`), else 3.
fn default_runlevel(inittab: Option<&str>) -> char {
    inittab
        .and_then(|t| {
            t.lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .find_map(|l| {
                    let f: Vec<&str> = l.split(':').collect();
                    (f.len() >= 3 && f[2] == "initdefault")
                        .then(|| f[1].chars().next())
                        .flatten()
                })
        })
        .filter(|c| c.is_ascii_digit())
        .unwrap_or('3')
}

/// SysV: installed = /etc/init.d/<name>; enabled = an S link in the default
/// runlevel; active = /var/lock/subsys/<name> (Red Hat init scripts).
fn sysv(host: &Host) -> Result<Out, CollectError> {
    let inittab = host.read_optional("/etc/inittab")?;
    let level = default_runlevel(inittab.as_deref());
    let links = host
        .read_dir(&format!("/etc/rc{level}.d"), 4096)
        .unwrap_or_default();
    let mut out = Out {
        init: "sysv",
        ..Out::default()
    };
    for unit in UNITS.iter().filter_map(|u| u.strip_suffix(".service")) {
        if !host.exists(&format!("/etc/init.d/{unit}")) {
            continue;
        }
        out.installed.push(unit.to_owned());
        // S<two digits><name>
        if links
            .iter()
            .any(|l| l.starts_with('S') && l.get(3..) == Some(unit))
        {
            out.enabled.push(unit.to_owned());
        }
        if host.exists(&format!("/var/lock/subsys/{unit}")) {
            out.active.push(unit.to_owned());
        }
    }
    Ok(out)
}

impl Collector for SwServices {
    fn id(&self) -> &str {
        "sw.services"
    }

    fn describe(&self) -> &str {
        "Which virtualization-related services are installed, enabled and running"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("init", FieldKind::String, "systemd or sysv")
                .example("systemd")
                .one_of(&["systemd", "sysv"]),
            Field::new(
                "installed",
                FieldKind::StringList,
                "Services of the fixed list that exist",
            )
            .example("[\"vz\", \"prl-disp\"]")
            .one_of(crate::kinds::SERVICES),
            Field::new(
                "enabled",
                FieldKind::StringList,
                "Of those, started at boot",
            )
            .example("[\"vz\"]")
            .one_of(crate::kinds::SERVICES),
            Field::new("active", FieldKind::StringList, "Of those, running now")
                .example("[\"vz\"]")
                .one_of(crate::kinds::SERVICES),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Thu, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let argv = systemctl_argv();
        let cmd = argv.join(" ");
        let has_sysv = host.is_dir("/etc/init.d") && host.is_dir("/etc/rc3.d");
        match run_optional(host, &argv)? {
            Some(o) if o.success() => Section::json(&parse_show(&cmd, &o.stdout_text())?),
            // systemctl installed but systemd not running (a container, an
            // old host with the package): fall back to the runlevel links.
            _ if has_sysv => Section::json(&sysv(host)?),
            Some(o) => Err(CollectError::Other(format!(
                "`{cmd}` failed ({:?}): {}",
                o.exit,
                String::from_utf8_lossy(&o.stderr).trim()
            ))),
            None => Err(CollectError::not_applicable(
                "no systemctl and no SysV runlevel links (/etc/rc3.d)",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, files, run, skipped};
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    #[test]
    fn systemd_units() {
        let show = "Id=vz.service\nLoadState=loaded\nUnitFileState=enabled\nActiveState=active\n\n\
                    Id=prl-disp.service\nLoadState=loaded\nUnitFileState=disabled\nActiveState=inactive\n\n\
                    Id=shaman.service\nLoadState=not-found\nUnitFileState=\nActiveState=inactive\n";
        let s = run(
            &SwServices,
            FixtureHostBuilder::new().command(&systemctl_argv(), show, 0),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"init": "systemd", "installed": ["vz", "prl-disp"], "enabled": ["vz"], "active": ["vz"]})
        );
    }

    #[test]
    fn sysv_links() {
        let s = run(
            &SwServices,
            FixtureHostBuilder::new()
                .file("/etc/inittab", "# comment\nid:3:initdefault:\n")
                .file("/etc/init.d/vz", "#!/bin/sh\n")
                .file("/etc/init.d/vzeventd", "#!/bin/sh\n")
                .file("/etc/init.d/iptables", "#!/bin/sh\n")
                .file("/etc/rc3.d/S99vz", "")
                .file("/etc/rc3.d/K08iptables", "")
                .file("/var/lock/subsys/vz", ""),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"init": "sysv", "installed": ["vz", "vzeventd", "iptables"], "enabled": ["vz"], "active": ["vz"]})
        );
        assert_eq!(default_runlevel(Some("id:5:initdefault:\n")), '5');
        assert_eq!(default_runlevel(None), '3');
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&SwServices, files(&[])));
        let show = |out: &str, status| files(&[]).command(&systemctl_argv(), out, status);
        let e = error(&SwServices, show("LoadState=loaded\n", 0));
        assert!(
            e.starts_with("cannot parse systemctl show") && e.ends_with("block 1: no Id= line"),
            "{e}"
        );
        let e = error(&SwServices, show("", 1));
        assert!(e.starts_with("`systemctl show"), "{e}");
    }
}
