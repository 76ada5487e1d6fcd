//! `sys.static`: whitelisted /etc/vz/vz.conf settings, kernel parameters
//! that matter to virtualization, and uptime in whole days.

use std::collections::BTreeMap;

use cep_core::host::parse_shell_vars;
use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use procfs::FromRead;
use serde::Serialize;

use crate::util::{raw_shell_value, read_u64};

/// The `sys.static` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct SysStatic;

/// vz.conf settings reported as they are (values are checked to be short
/// tokens: no paths, nothing free-form).
pub const VZ_SETTINGS: [&str; 16] = [
    "VIRTUOZZO",
    "VE_LAYOUT",
    "VEFSTYPE",
    "VEIMAGEFORMAT",
    "IPTABLES",
    "NETFILTER",
    "VE0CPUUNITS",
    "DISK_QUOTA",
    "IPV6",
    "TRAFFIC_SHAPING",
    "USE_NET_RPS",
    "VZWDOG",
    "VE_STOP_MODE",
    "GOLDEN_IMAGE",
    "USE_VENET_MASK",
    "LOG_LEVEL",
];

/// Path settings, reported only as `default` or `custom`: a custom path may
/// name a person or a customer.
pub const VZ_PATHS: [(&str, &str); 3] = [
    ("TEMPLATE", "/vz/template"),
    ("VE_PRIVATE", "/vz/private/$VEID"),
    ("VE_ROOT", "/vz/root/$VEID"),
];

/// Kernel parameters (whole numbers) and their /proc/sys files.
pub const SYSCTLS: [&str; 12] = [
    "vm.overcommit_memory",
    "vm.swappiness",
    "vm.min_free_kbytes",
    "vm.max_map_count",
    "kernel.pid_max",
    "kernel.threads-max",
    "kernel.panic",
    "fs.file-max",
    "fs.aio-max-nr",
    "net.ipv4.ip_forward",
    "kernel.ve_allow_kthreads",
    "fs.odirect_enable",
];

const VZ_CONF: &str = "/etc/vz/vz.conf";

#[derive(Debug, Serialize)]
struct Out {
    uptime_days: Option<u64>,
    vz_conf: Option<BTreeMap<String, String>>,
    sysctl: BTreeMap<&'static str, u64>,
}

/// A vz.conf value fit to report: a short token of letters, digits and
/// `_ . , : + -` (IPTABLES lists module names separated by spaces).
fn plain_value(v: &str) -> bool {
    v.len() <= 512
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || " _.,:+-".contains(c))
}

fn vz_conf(text: &str) -> BTreeMap<String, String> {
    let vars = parse_shell_vars(text);
    let mut out = BTreeMap::new();
    for key in VZ_SETTINGS {
        if let Some(v) = vars.get(key) {
            let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
            let v = if plain_value(&v) {
                v
            } else {
                "unrecognised".into()
            };
            out.insert(key.to_owned(), v);
        }
    }
    // Raw lines: parse_shell_vars expands $VEID to nothing.
    for (key, default) in VZ_PATHS {
        let raw = raw_shell_value(text, key);
        if let Some(raw) = raw {
            let same = raw == default || raw.replace("${VEID}", "$VEID") == default;
            out.insert(
                key.to_owned(),
                if same { "default" } else { "custom" }.to_owned(),
            );
        }
    }
    out
}

/// Whole days of /proc/uptime (`uptime idle`, seconds with decimals).
fn uptime_days(text: &str) -> Result<u64, CollectError> {
    let bad = || {
        CollectError::parse(
            "/proc/uptime",
            "expected two numbers (uptime and idle seconds)",
        )
    };
    let secs = procfs::Uptime::from_read(text.as_bytes())
        .map_err(|_| bad())?
        .uptime;
    if !(secs.is_finite() && secs >= 0.0) {
        return Err(bad());
    }
    Ok((secs / 86_400.0) as u64)
}

impl Collector for SysStatic {
    fn id(&self) -> &str {
        "sys.static"
    }

    fn describe(&self) -> &str {
        "Whitelisted vz.conf settings, virtualization-related kernel parameters, uptime in days"
    }

    fn fields(&self) -> Vec<Field> {
        let mut f = vec![
            Field::new(
                "uptime_days",
                FieldKind::Integer,
                "Whole days since boot (null without /proc/uptime)",
            )
            .example("41"),
            Field::new(
                "vz_conf",
                FieldKind::Object,
                "Whitelisted /etc/vz/vz.conf settings (null without vz.conf)",
            ),
            Field::new(
                "sysctl",
                FieldKind::Object,
                "Kernel parameters (absent ones left out)",
            ),
        ];
        for k in VZ_SETTINGS {
            f.push(
                Field::new(
                    format!("vz_conf.{k}"),
                    FieldKind::String,
                    format!("{k} from vz.conf"),
                )
                .example("yes")
                .free_text(),
            );
        }
        for (k, _) in VZ_PATHS {
            f.push(
                Field::new(
                    format!("vz_conf.{k}"),
                    FieldKind::String,
                    format!("{k}: default or custom (the path is not sent)"),
                )
                .example("default")
                .one_of(&["default", "custom"]),
            );
        }
        for k in SYSCTLS {
            f.push(
                Field::new(
                    format!("sysctl.{k}"),
                    FieldKind::Integer,
                    format!("sysctl {k}"),
                )
                .example("0"),
            );
        }
        f
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        // Each input costs only its own fields when absent: no
        // /proc/uptime leaves uptime_days null.
        let uptime_days = match host.read_optional("/proc/uptime")? {
            Some(text) => Some(uptime_days(&text)?),
            None => None,
        };
        let mut sysctl = BTreeMap::new();
        for key in SYSCTLS {
            let path = format!("/proc/sys/{}", key.replace('.', "/"));
            if let Some(v) = read_u64(host, &path)? {
                sysctl.insert(key, v);
            }
        }
        let vz_conf = host.read_optional(VZ_CONF)?.map(|t| vz_conf(&t));
        if uptime_days.is_none() && vz_conf.is_none() && sysctl.is_empty() {
            return Err(CollectError::not_applicable(
                "/proc/uptime, /proc/sys and /etc/vz/vz.conf are absent (no /proc mounted)",
            ));
        }
        Section::json(&Out {
            uptime_days,
            vz_conf,
            sysctl,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, files, run, skipped};
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const VZ_CONF_HEAD: &str =
        include_str!("../../testdata/real/etc-vz-vz.conf-vz7-vzctl-HEAD.txt");

    #[test]
    fn settings_sysctls_and_uptime() {
        let s = run(
            &SysStatic,
            FixtureHostBuilder::new()
                .file("/proc/uptime", "3629000.52 7000000.10\n")
                .file(VZ_CONF, VZ_CONF_HEAD)
                .file("/proc/sys/vm/overcommit_memory", "1\n")
                .file("/proc/sys/kernel/pid_max", "4194304\n"),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "uptime_days": 42,
                "vz_conf": {
                    "VIRTUOZZO": "yes", "GOLDEN_IMAGE": "yes", "DISK_QUOTA": "yes", "IPV6": "yes",
                    "TRAFFIC_SHAPING": "no", "VZWDOG": "no", "USE_NET_RPS": "yes", "VEFSTYPE": "xfs",
                    "VEIMAGEFORMAT": "ploop", "USE_VENET_MASK": "yes", "VE_STOP_MODE": "stop", "LOG_LEVEL": "0",
                    "TEMPLATE": "default", "VE_PRIVATE": "default", "VE_ROOT": "default"
                },
                "sysctl": {"vm.overcommit_memory": 1, "kernel.pid_max": 4194304}
            })
        );
    }

    #[test]
    fn custom_paths_and_odd_values_are_not_sent() {
        let m = vz_conf(
            "TEMPLATE=/home/jdoe/tpl\nVE_LAYOUT=\"simfs\"\nVE_PRIVATE=\"/vz/private/${VEID}\"\nNETFILTER='$(id)'\n",
        );
        assert_eq!(
            serde_json::to_value(&m).unwrap(),
            json!({"TEMPLATE": "custom", "VE_LAYOUT": "simfs", "VE_PRIVATE": "default", "NETFILTER": "unrecognised"})
        );
    }

    #[test]
    fn missing_uptime_costs_only_uptime_days() {
        let s = run(
            &SysStatic,
            FixtureHostBuilder::new()
                .file(VZ_CONF, "VE_LAYOUT=ploop\n")
                .file("/proc/sys/kernel/pid_max", "32768\n"),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"uptime_days": null, "vz_conf": {"VE_LAYOUT": "ploop"}, "sysctl": {"kernel.pid_max": 32768}})
        );
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&SysStatic, files(&[])));
        assert_eq!(
            error(&SysStatic, files(&[("/proc/uptime", "soon\n")])),
            "cannot parse /proc/uptime: expected two numbers (uptime and idle seconds)"
        );
        let e = error(&SysStatic, files(&[("/proc/uptime", "-5 1\n")]));
        assert!(e.contains("/proc/uptime"), "{e}");
        assert_eq!(
            error(
                &SysStatic,
                files(&[
                    ("/proc/uptime", "1 1\n"),
                    ("/proc/sys/fs/file-max", "many\n")
                ])
            ),
            "cannot parse /proc/sys/fs/file-max: `many` is not a whole number"
        );
    }
}
