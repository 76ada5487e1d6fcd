//! `vz.host`: is this an OpenVZ / Virtuozzo hardware node, which product
//! and generation, and which vzctl and prlctl versions.
//!
//! Also the in-container check: cep refuses to collect, send or run inside
//! a container, as vzstats did ([`container_check`]).

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_beancounters::ubc_facts;
use crate::vz_util::{first_version, run_optional};

const UBC: &str = "/proc/user_beancounters";
const VEINFO: &str = "/proc/vz/veinfo";

/// The `vz.host` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzHost;

/// One row of /proc/vz/veinfo: `ctid class nproc [ip...]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VeinfoRow {
    /// The container id (`0` is VE0, the node itself). Never reported.
    pub ctid: String,
    /// Processes in the container.
    pub nproc: u64,
    /// How many IP addresses it has (the addresses are never kept).
    pub ips: usize,
}

/// Parses /proc/vz/veinfo.
pub fn parse_veinfo(text: &str) -> Result<Vec<VeinfoRow>, CollectError> {
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut w = line.split_whitespace();
        let Some(ctid) = w.next() else { continue };
        let err = |m: &str| CollectError::parse(VEINFO, format!("line {}: {m}", n + 1));
        if ctid.len() > 64 || !ctid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(err("the first column is not a container id"));
        }
        let class = w.next().ok_or_else(|| err("no class column"))?;
        class
            .parse::<u64>()
            .map_err(|_| err("the class column is not a number"))?;
        let nproc = w
            .next()
            .ok_or_else(|| err("no process count column"))?
            .parse::<u64>()
            .map_err(|_| err("the process count column is not a number"))?;
        rows.push(VeinfoRow {
            ctid: ctid.to_owned(),
            nproc,
            ips: w.count(),
        });
    }
    Ok(rows)
}

/// Why this host is a container, or `None` on a hardware node or a host
/// without OpenVZ.
///
/// The rule is vzstats': /proc/user_beancounters is readable and has no
/// row for VE0 (`0:`). `cep collect`, `cep show`, `cep send` and `cep run`
/// call this first and exit 1 with the message.
pub fn container_check(host: &Host) -> Option<String> {
    if ubc_facts(host).ok().flatten()?.ve0 {
        return None;
    }
    Some(format!(
        "this is an OpenVZ/Virtuozzo container ({UBC} has no VE0 `0:` row); \
         cep reports on the hardware node only: run it there"
    ))
}

#[derive(Debug, Serialize, PartialEq)]
struct Out {
    hardware_node: bool,
    openvz_kernel: bool,
    product: &'static str,
    generation: &'static str,
    ve0_in_beancounters: bool,
    ve0_in_veinfo: bool,
    vzctl_version: Option<String>,
    prlctl_version: Option<String>,
}

/// Product and generation from the release file and the kernel release.
fn product(release: Option<&str>, kernel: Option<&str>) -> (&'static str, &'static str) {
    let release = release.unwrap_or("").to_ascii_lowercase();
    let kernel = kernel.unwrap_or("");
    // Kernels name their line (`.vz7.`, `.vz8.`, `.vz9.`); release files
    // say `... release 7.0.3`, `Virtuozzo Hybrid Server release 9.0`.
    let generation = ["7", "8", "9"].into_iter().find(|g| {
        kernel.contains(&format!(".vz{g}.")) || release.contains(&format!("release {g}"))
    });
    if release.starts_with("virtuozzo") {
        ("virtuozzo", generation.unwrap_or("other"))
    } else if release.starts_with("openvz") {
        ("openvz", generation.unwrap_or("other"))
    } else if kernel.contains("stab") {
        ("openvz", "legacy")
    } else if let Some(g) = generation {
        ("openvz", g)
    } else {
        ("none", "none")
    }
}

impl Collector for VzHost {
    fn id(&self) -> &str {
        "vz.host"
    }

    fn describe(&self) -> &str {
        "Whether this is an OpenVZ / Virtuozzo hardware node, product, generation, vzctl and prlctl versions"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "hardware_node",
                FieldKind::Bool,
                "An OpenVZ kernel with VE0 in /proc/user_beancounters or /proc/vz/veinfo",
            )
            .example("true"),
            Field::new(
                "openvz_kernel",
                FieldKind::Bool,
                "The kernel has OpenVZ interfaces (/proc/user_beancounters or /proc/vz)",
            )
            .example("true"),
            Field::new("product", FieldKind::String, "openvz, virtuozzo or none")
                .example("virtuozzo")
                .one_of(&["openvz", "virtuozzo", "none"]),
            Field::new(
                "generation",
                FieldKind::String,
                "legacy (RHEL5/6 kernels, vzctl 4.x), 7, 8, 9, other or none",
            )
            .example("7")
            .one_of(&["legacy", "7", "8", "9", "other", "none"]),
            Field::new(
                "ve0_in_beancounters",
                FieldKind::Bool,
                "/proc/user_beancounters has a 0: row",
            )
            .example("true"),
            Field::new(
                "ve0_in_veinfo",
                FieldKind::Bool,
                "/proc/vz/veinfo has a VE0 row",
            )
            .example("true"),
            Field::new("vzctl_version", FieldKind::String, "vzctl --version")
                .example("4.3")
                .free_text(),
            Field::new("prlctl_version", FieldKind::String, "prlctl --version")
                .example("7.0.182")
                .free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let ubc = ubc_facts(host)?;
        let veinfo = host.read_optional(VEINFO)?;
        let ve0_ubc = ubc.as_ref().is_some_and(|f| f.ve0);
        let ve0_veinfo = match &veinfo {
            Some(t) => parse_veinfo(t)?.iter().any(|r| r.ctid == "0"),
            None => false,
        };
        let openvz_kernel = ubc.is_some() || veinfo.is_some() || host.is_dir("/proc/vz");
        let release = host
            .read_optional("/etc/virtuozzo-release")?
            .or(host.read_optional("/etc/openvz-release")?);
        let kernel = host.kernel_release();
        let (product, generation) = if openvz_kernel || release.is_some() {
            product(release.as_deref(), kernel.as_deref())
        } else {
            ("none", "none")
        };
        let version = |argv: &[&str]| -> Result<Option<String>, CollectError> {
            Ok(run_optional(host, argv, 0)?
                .as_deref()
                .and_then(first_version))
        };
        Section::json(&Out {
            hardware_node: openvz_kernel && (ve0_ubc || ve0_veinfo),
            openvz_kernel,
            product,
            generation,
            ve0_in_beancounters: ve0_ubc,
            ve0_in_veinfo: ve0_veinfo,
            vzctl_version: version(&["vzctl", "--version"])?,
            prlctl_version: version(&["prlctl", "--version"])?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    const VEINFO_REAL: &str = include_str!("../../testdata/real/proc-vz-veinfo-host-vz_tools.txt");
    const CT_WIDE: &str =
        include_str!("../../testdata/real/proc-user_beancounters-ct-1and1-vps-blog.txt");
    const CT_RUBY: &str =
        include_str!("../../testdata/real/proc-user_beancounters-ct-9833-ruby-fixture.txt");
    const VE0: &str =
        include_str!("../../testdata/real/proc-user_beancounters-host-ve0-only-ruby-fixture.txt");
    const BANNER: &str = include_str!("../../testdata/real/vzctl-4.3-version-banner-fog-docs.txt");

    fn host_dir(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts")
            .join(name)
    }

    #[test]
    fn real_veinfo() {
        let rows = parse_veinfo(VEINFO_REAL).unwrap();
        assert_eq!(rows.len(), 10);
        assert_eq!(rows.last().unwrap().ctid, "0");
        assert_eq!(rows[0].ips, 1);
        assert_eq!(rows[5].ips, 68);
        assert_eq!(
            rows.iter().map(|r| r.nproc).sum::<u64>(),
            35 + 129 + 220 + 136 + 20 + 9 + 32 + 31 + 55 + 143
        );
        let e = parse_veinfo("101 x 3\n").unwrap_err().to_string();
        assert_eq!(
            e,
            "cannot parse /proc/vz/veinfo: line 1: the class column is not a number"
        );
    }

    #[test]
    fn container_check_follows_vzstats() {
        for ct in [CT_WIDE, CT_RUBY] {
            let f = FixtureHostBuilder::new().file(UBC, ct).build().unwrap();
            let why = container_check(&f.host().unwrap()).unwrap();
            assert!(
                why.contains("container") && why.contains("hardware node"),
                "{why}"
            );
        }
        let f = FixtureHostBuilder::new().file(UBC, VE0).build().unwrap();
        assert_eq!(container_check(&f.host().unwrap()), None);
        // No OpenVZ at all: not a container.
        let f = FixtureHostBuilder::new().build().unwrap();
        assert_eq!(container_check(&f.host().unwrap()), None);
        assert_eq!(
            container_check(&cep_core::Host::fixture(host_dir("openvz-legacy")).unwrap()),
            None
        );
        assert_eq!(
            container_check(&cep_core::Host::fixture(host_dir("vz7")).unwrap()),
            None
        );
    }

    #[test]
    fn legacy_fixture_host() {
        let host = cep_core::Host::fixture(host_dir("openvz-legacy")).unwrap();
        let v = VzHost.collect(&host).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"hardware_node": true, "openvz_kernel": true, "product": "openvz",
                    "generation": "legacy", "ve0_in_beancounters": true, "ve0_in_veinfo": true,
                    "vzctl_version": "4.3", "prlctl_version": null})
        );
    }

    #[test]
    fn vz7_fixture_host() {
        let host = cep_core::Host::fixture(host_dir("vz7")).unwrap();
        let v = VzHost.collect(&host).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"hardware_node": true, "openvz_kernel": true, "product": "virtuozzo",
                    "generation": "7", "ve0_in_beancounters": true, "ve0_in_veinfo": true,
                    "vzctl_version": "7.0.229", "prlctl_version": "7.0.182"})
        );
    }

    #[test]
    fn products_and_generations() {
        let vz7 = Some("3.10.0-1160.80.1.vz7.191.4");
        assert_eq!(
            product(Some("OpenVZ release 7.0.15 (136)"), vz7),
            ("openvz", "7")
        );
        assert_eq!(
            product(Some("Virtuozzo release 7.0.3 (640)"), vz7),
            ("virtuozzo", "7")
        );
        assert_eq!(
            product(
                Some("Virtuozzo release 6.0.12"),
                Some("2.6.32-042stab145.3")
            ),
            ("virtuozzo", "other")
        );
        assert_eq!(
            product(None, Some("2.6.32-042stab145.3")),
            ("openvz", "legacy")
        );
        assert_eq!(product(None, vz7), ("openvz", "7"));
        assert_eq!(
            product(
                Some("Virtuozzo Hybrid Server release 9.0.1 (227)"),
                Some("5.14.0-362.8.1.vz9.35.9")
            ),
            ("virtuozzo", "9")
        );
        assert_eq!(
            product(None, Some("4.18.0-425.3.1.vz8.11.3")),
            ("openvz", "8")
        );
        assert_eq!(product(None, Some("5.10.0-20-amd64")), ("none", "none"));
    }

    #[test]
    fn plain_linux_and_container() {
        let f = FixtureHostBuilder::new()
            .file("/proc/sys/kernel/osrelease", "5.10.0-20-amd64\n")
            .build()
            .unwrap();
        let v = VzHost.collect(&f.host().unwrap()).unwrap();
        assert_eq!(v.as_json().unwrap()["product"], "none");
        assert_eq!(v.as_json().unwrap()["hardware_node"], false);
        let f = FixtureHostBuilder::new()
            .file(UBC, CT_WIDE)
            .file("/proc/sys/kernel/osrelease", "2.6.32-042stab145.3\n")
            .command(&["vzctl", "--version"], BANNER, 0)
            .build()
            .unwrap();
        let v = VzHost.collect(&f.host().unwrap()).unwrap();
        let v = v.as_json().unwrap();
        assert_eq!(v["hardware_node"], false);
        assert_eq!(v["openvz_kernel"], true);
        assert_eq!(v["vzctl_version"], "4.3");
    }

    #[test]
    fn vz7_veinfo_names_containers() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../testdata/formats/proc-vz-veinfo-vz7.txt"),
        )
        .unwrap();
        let rows = parse_veinfo(&text).unwrap();
        let got: Vec<(&str, u64, usize)> = rows
            .iter()
            .map(|r| (r.ctid.as_str(), r.nproc, r.ips))
            .collect();
        assert_eq!(
            got,
            [
                ("1c7a1b3e-8f2d-4b8e-9d3a-2f1e0c9b8a71", 20, 1),
                ("101", 21, 2),
                ("0", 268, 0)
            ]
        );
    }

    proptest! {
        /// `veinfo_seq_show`'s rows (`%10s %5u %5u` and addresses) with
        /// random names and counts parse to the same values.
        #[test]
        fn veinfo_shaped_rows_with_random_values(
            rows in proptest::collection::vec((
                prop_oneof!["[0-9]{1,10}", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "[a-z][a-z0-9-]{0,30}"],
                any::<u32>(), any::<u32>(),
                proptest::collection::vec("[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}|2001:db8::[0-9a-f]{1,4}", 0..4)
            ), 0..10)
        ) {
            let text: String = rows
                .iter()
                .map(|(n, c, p, ips)| format!("{n:>10} {c:>5} {p:>5}{}\n", ips.iter().map(|a| format!(" {a}")).collect::<String>()))
                .collect();
            let parsed = parse_veinfo(&text).unwrap();
            prop_assert_eq!(parsed.len(), rows.len());
            for (r, (n, _, p, ips)) in parsed.iter().zip(&rows) {
                prop_assert_eq!(&r.ctid, n);
                prop_assert_eq!(r.nproc, u64::from(*p));
                prop_assert_eq!(r.ips, ips.len());
            }
        }

        #[test]
        fn veinfo_never_panics(s in "\\PC*") {
            let _ = parse_veinfo(&s);
        }

        #[test]
        fn veinfo_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_veinfo(&String::from_utf8_lossy(&b));
        }
    }
}
