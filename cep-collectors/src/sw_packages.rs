//! `sw.packages`: installed versions of the virtualization stack, from one
//! `rpm -q` call on RPM hosts or one `dpkg-query -W` call on Debian-like ones.

use std::collections::BTreeMap;

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::run_optional;

/// The `sw.packages` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct SwPackages;

/// The packages asked about; `kernel` and `vzkernel` list every installed
/// version.
pub const PACKAGES: [&str; 16] = [
    "vzctl",
    "vzctl-core",
    "vzquota",
    "ploop",
    "ploop-lib",
    "prlctl",
    "prl-disp-service",
    "libvirt",
    "qemu-kvm-vz",
    "vzkernel",
    "kernel",
    "readykernel",
    "vstorage",
    "shaman",
    "vzstats",
    "disp-helper",
];

/// The `rpm` query: one line `NAME VERSION-RELEASE` per installed package,
/// `package X is not installed` for the others.
pub fn rpm_argv() -> Vec<&'static str> {
    let mut v = vec!["rpm", "-q", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n"];
    v.extend(PACKAGES);
    v
}

/// Debian package patterns and the name each is reported under.
const DEB: [(&str, &str); 7] = [
    ("vzctl", "vzctl"),
    ("vzquota", "vzquota"),
    ("ploop", "ploop"),
    ("libvirt-daemon", "libvirt"),
    ("qemu-system-x86", "qemu"),
    ("linux-image-[0-9]*", "kernel"),
    ("vzstats", "vzstats"),
];

/// The `dpkg-query` call: package, version and status per match.
pub fn dpkg_argv() -> Vec<&'static str> {
    let mut v = vec![
        "dpkg-query",
        "-W",
        "-f",
        "${Package}\\t${Version}\\t${db:Status-Abbrev}\\n",
    ];
    v.extend(DEB.iter().map(|(p, _)| *p));
    v
}

#[derive(Debug, Serialize)]
struct Out {
    manager: &'static str,
    versions: BTreeMap<String, Vec<String>>,
}

fn parse_rpm(cmd: &str, text: &str) -> Result<BTreeMap<String, Vec<String>>, CollectError> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (line.starts_with("package ") && line.ends_with(" is not installed"))
        {
            continue;
        }
        let (name, version) = line
            .split_once(' ')
            .filter(|(n, v)| PACKAGES.contains(n) && !v.contains(' '))
            .ok_or_else(|| {
                CollectError::parse(
                    cmd,
                    format!("line {}: expected `<package> <version-release>`", n + 1),
                )
            })?;
        out.entry(name.to_owned())
            .or_default()
            .push(version.to_owned());
    }
    Ok(out)
}

fn parse_dpkg(cmd: &str, text: &str) -> Result<BTreeMap<String, Vec<String>>, CollectError> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [package, version, status] = cols[..] else {
            return Err(CollectError::parse(
                cmd,
                format!("line {}: expected three tab-separated columns", n + 1),
            ));
        };
        // Only installed packages ("ii"), not removed ones with configs left.
        if !status.starts_with("ii") {
            continue;
        }
        let (name, version) = match package.strip_prefix("linux-image-") {
            // The kernel release is in the package name, as uname -r says it.
            Some(release) => ("kernel", release.to_owned()),
            None => match DEB.iter().find(|(p, _)| *p == package) {
                Some((_, name)) => (*name, version.to_owned()),
                None => continue,
            },
        };
        out.entry(name.to_owned()).or_default().push(version);
    }
    Ok(out)
}

impl Collector for SwPackages {
    fn id(&self) -> &str {
        "sw.packages"
    }

    fn describe(&self) -> &str {
        "Installed versions of the virtualization stack (vzctl, ploop, prlctl, libvirt, kernels, ...)"
    }

    fn fields(&self) -> Vec<Field> {
        let mut f = vec![
            Field::new(
                "manager",
                FieldKind::String,
                "Package manager asked: rpm or dpkg",
            )
            .example("rpm")
            .one_of(&["rpm", "dpkg"]),
            Field::new(
                "versions",
                FieldKind::Object,
                "Installed versions per package; absent packages are left out",
            ),
        ];
        let mut names: Vec<&str> = PACKAGES.to_vec();
        names.push("qemu");
        for n in names {
            f.push(
                Field::new(
                    format!("versions.{n}"),
                    FieldKind::StringList,
                    format!("Installed versions of {n}"),
                )
                .example("[\"7.0.165-1.vz7\"]")
                .version(),
            );
        }
        f
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Thu, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let mut ran = false;
        // rpm exits with the number of packages not installed: its status
        // says nothing about failure, the lines do.
        let argv = rpm_argv();
        if let Some(o) = run_optional(host, &argv)? {
            ran = true;
            let mut versions = parse_rpm(&argv.join(" "), &o.stdout_text())?;
            if !versions.is_empty() {
                versions.values_mut().for_each(|v| v.sort());
                return Section::json(&Out {
                    manager: "rpm",
                    versions,
                });
            }
        }
        // dpkg-query exits 1 when a pattern matches nothing.
        let argv = dpkg_argv();
        if let Some(o) = run_optional(host, &argv)? {
            let mut versions = parse_dpkg(&argv.join(" "), &o.stdout_text())?;
            versions.values_mut().for_each(|v| v.sort());
            return Section::json(&Out {
                manager: "dpkg",
                versions,
            });
        }
        if ran {
            return Section::json(&Out {
                manager: "rpm",
                versions: BTreeMap::new(),
            });
        }
        Err(CollectError::not_applicable(
            "neither rpm nor dpkg-query is installed",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{files, run};
    use serde_json::json;

    fn collect(cmds: &[(Vec<&str>, &str, i32)]) -> Result<Section, CollectError> {
        let b = cmds.iter().fold(files(&[]), |b, (argv, out, status)| {
            b.command(argv, out, *status)
        });
        run(&SwPackages, b)
    }

    #[test]
    fn rpm_versions() {
        let s = collect(&[(
            rpm_argv(),
            "vzctl 7.0.165-1.vz7\npackage vzquota is not installed\nvzkernel 3.10.0-514.26.1.vz7.33.22\nvzkernel 3.10.0-1160.80.1.vz7.191.4\n",
            2,
        )])
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"manager": "rpm", "versions": {"vzctl": ["7.0.165-1.vz7"], "vzkernel": ["3.10.0-1160.80.1.vz7.191.4", "3.10.0-514.26.1.vz7.33.22"]}})
        );
    }

    #[test]
    fn dpkg_when_rpm_knows_nothing() {
        let s = collect(&[
            (rpm_argv(), "package vzctl is not installed\n", 16),
            (
                dpkg_argv(),
                "libvirt-daemon\t9.0.0-4\tii \nlinux-image-6.1.0-26-amd64\t6.1.112-1\tii \nlinux-image-6.1.0-25-amd64\t6.1.106-3\trc \n",
                1,
            ),
        ])
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"manager": "dpkg", "versions": {"libvirt": ["9.0.0-4"], "kernel": ["6.1.0-26-amd64"]}})
        );
    }

    #[test]
    fn missing_and_malformed() {
        assert!(matches!(collect(&[]), Err(CollectError::NotApplicable(_))));
        let e = collect(&[(rpm_argv(), "error: rpmdb open failed\n", 1)])
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("cannot parse rpm -q --qf")
                && e.ends_with("line 1: expected `<package> <version-release>`"),
            "{e}"
        );
        let e = collect(&[(dpkg_argv(), "garbage\n", 0)])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("dpkg-query -W") && e.contains("three tab-separated columns"),
            "{e}"
        );
    }
}
