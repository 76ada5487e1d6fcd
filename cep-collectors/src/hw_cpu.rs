//! `hw.cpu`: vendor, model names, sockets, cores, threads, MHz,
//! virtualization flags and whether the node itself is a virtual machine.

use std::collections::{BTreeSet, HashSet};

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use procfs::FromRead;
use serde::Serialize;

use crate::util::{read_required, read_trimmed};

/// The `hw.cpu` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct HwCpu;

#[derive(Debug, Serialize, PartialEq)]
struct Out {
    vendor: &'static str,
    vendor_id: Option<String>,
    models: Vec<String>,
    sockets: Option<u64>,
    cores: Option<u64>,
    threads: u64,
    mhz: Option<u64>,
    virtualization: Option<&'static str>,
    under_hypervisor: bool,
    hypervisor: Option<&'static str>,
}

const CPUINFO: &str = "/proc/cpuinfo";
const DMI_PRODUCT: &str = "/sys/class/dmi/id/product_name";

/// Maps a DMI product name to the hypervisor it names, or `None` for real
/// hardware (whose product name is never reported).
pub fn hypervisor_of_product(product: &str) -> Option<&'static str> {
    let p = product.to_ascii_lowercase();
    [
        ("kvm", "kvm"),
        ("qemu", "qemu"),
        ("vmware", "vmware"),
        ("virtualbox", "virtualbox"),
        ("virtual machine", "hyper-v"),
        ("hvm domu", "xen"),
        ("xen", "xen"),
        ("parallels", "parallels"),
        ("virtuozzo", "virtuozzo"),
        ("bochs", "bochs"),
        ("openstack", "openstack"),
        ("bhyve", "bhyve"),
        ("google compute engine", "gce"),
    ]
    .iter()
    .find(|(needle, _)| p.contains(needle))
    .map(|(_, name)| *name)
}

fn parse_cpuinfo(text: &str) -> Result<procfs::CpuInfo, CollectError> {
    if !text
        .lines()
        .any(|l| l.split(':').next().map(str::trim) == Some("processor"))
    {
        return Err(CollectError::parse(CPUINFO, "no `processor` line"));
    }
    procfs::CpuInfo::from_read(text.as_bytes())
        .map_err(|e| CollectError::parse(CPUINFO, e.to_string()))
}

fn summarize(info: &procfs::CpuInfo) -> Result<Out, CollectError> {
    let threads = info.num_cores() as u64;
    let vendor_id = info.vendor_id(0).map(str::to_owned);
    let vendor = match vendor_id.as_deref() {
        Some("GenuineIntel") => "intel",
        Some("AuthenticAMD") => "amd",
        _ => "other",
    };
    let models: BTreeSet<String> = (0..info.num_cores())
        .filter_map(|i| info.model_name(i))
        .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let sockets: HashSet<u32> = (0..info.num_cores())
        .filter_map(|i| info.physical_id(i))
        .collect();
    // Cores: distinct (socket, core id) pairs, as lscpu counts them.
    let cores: HashSet<(u32, &str)> = (0..info.num_cores())
        .filter_map(|i| Some((info.physical_id(i)?, info.get_field(i, "core id")?)))
        .collect();
    let mut mhz: Option<f64> = None;
    for i in 0..info.num_cores() {
        if let Some(v) = info.get_field(i, "cpu MHz") {
            let v: f64 = v.parse().map_err(|_| {
                CollectError::parse(
                    CPUINFO,
                    format!("processor {i}: cpu MHz `{v}` is not a number"),
                )
            })?;
            mhz = Some(mhz.map_or(v, |m: f64| m.max(v)));
        }
    }
    let flags: HashSet<&str> = info.flags(0).unwrap_or_default().into_iter().collect();
    let virtualization = if flags.contains("vmx") {
        Some("vmx")
    } else if flags.contains("svm") {
        Some("svm")
    } else {
        None
    };
    Ok(Out {
        vendor,
        vendor_id,
        models: models.into_iter().collect(),
        sockets: (!sockets.is_empty()).then_some(sockets.len() as u64),
        cores: (!cores.is_empty()).then_some(cores.len() as u64),
        threads,
        mhz: mhz.map(|m| m.round() as u64),
        virtualization,
        under_hypervisor: flags.contains("hypervisor"),
        hypervisor: None,
    })
}

impl Collector for HwCpu {
    fn id(&self) -> &str {
        "hw.cpu"
    }

    fn describe(&self) -> &str {
        "CPU vendor and models, sockets, cores, threads, virtualization support"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("vendor", FieldKind::String, "intel, amd or other").example("intel").one_of(&["intel", "amd", "other"]),
            Field::new("vendor_id", FieldKind::String, "Vendor id from cpuinfo")
                .example("GenuineIntel").free_text(),
            Field::new("models", FieldKind::StringList, "Distinct CPU model names")
                .example("[\"Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz\"]").free_text(),
            Field::new("sockets", FieldKind::Integer, "Physical packages (null when cpuinfo has no physical id)")
                .example("2"),
            Field::new("cores", FieldKind::Integer, "Physical cores over all sockets")
                .example("32"),
            Field::new("threads", FieldKind::Integer, "Logical CPUs").example("64"),
            Field::new("mhz", FieldKind::Integer, "Highest current clock over all CPUs, MHz")
                .example("2100"),
            Field::new("virtualization", FieldKind::String, "Hardware virtualization flag: vmx, svm or null")
                .example("vmx").one_of(&["vmx", "svm"]),
            Field::new("under_hypervisor", FieldKind::Bool, "True when the node itself is a virtual machine")
                .example("false"),
            Field::new("hypervisor", FieldKind::String, "Hypervisor named by the DMI product name (kvm, vmware, ...); null on real hardware")
                .example("kvm").one_of(crate::kinds::HYPERVISORS),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Tue, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let text = read_required(host, CPUINFO, "no /proc mounted")?;
        let mut out = summarize(&parse_cpuinfo(&text)?)?;
        // Only the product name, and only when it names a hypervisor: the
        // serial and UUID files next to it are never read.
        if let Some(product) = read_trimmed(host, DMI_PRODUCT)? {
            out.hypervisor = hypervisor_of_product(&product);
        }
        out.under_hypervisor |= out.hypervisor.is_some();
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{files, run};
    use serde_json::json;

    const REAL: &str = include_str!("../../testdata/real/proc-cpuinfo-openvz-nova-driver.txt");
    const REAL_OLD: &str = include_str!("../../testdata/real/vz_tools-host-cpuinfo.txt");

    fn collect(f: &[(&str, &str)]) -> Result<Section, CollectError> {
        run(&HwCpu, files(f))
    }

    /// Two sockets, two cores each, two threads per core, with vmx.
    fn two_sockets() -> String {
        let mut s = String::new();
        for n in 0..8 {
            s.push_str(&format!(
                "processor\t: {n}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)  Gold 6130 CPU @ 2.10GHz\ncpu MHz\t\t: {}.5\nphysical id\t: {}\ncore id\t\t: {}\nflags\t\t: fpu vmx sse2\n\n",
                2000 + n * 10,
                n / 4,
                n % 2
            ));
        }
        s
    }

    #[test]
    fn real_openvz_cpuinfo() {
        let s = collect(&[("/proc/cpuinfo", REAL)]).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "vendor": "intel", "vendor_id": "GenuineIntel",
                "models": ["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],
                "sockets": 1, "cores": 4, "threads": 8, "mhz": 1200,
                "virtualization": null, "under_hypervisor": false, "hypervisor": null
            })
        );
        // An old single-CPU cpuinfo without physical or core ids.
        let s = collect(&[("/proc/cpuinfo", REAL_OLD)]).unwrap();
        let v = s.as_json().unwrap();
        assert_eq!(
            v["models"],
            json!(["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"])
        );
        assert_eq!(
            (
                v["sockets"].clone(),
                v["cores"].clone(),
                v["threads"].clone()
            ),
            (json!(null), json!(null), json!(1))
        );
        assert_eq!(v["mhz"], 2163);
    }

    #[test]
    fn two_sockets_and_a_hypervisor() {
        let text = two_sockets();
        let s = collect(&[("/proc/cpuinfo", &text)]).unwrap();
        let v = s.as_json().unwrap();
        assert_eq!(
            (&v["sockets"], &v["cores"], &v["threads"]),
            (&json!(2), &json!(4), &json!(8))
        );
        assert_eq!(v["mhz"], 2071);
        assert_eq!(v["virtualization"], "vmx");
        assert_eq!(v["under_hypervisor"], false);
        // Real hardware's product name is not reported.
        let s = collect(&[("/proc/cpuinfo", &text), (DMI_PRODUCT, "PowerEdge R640\n")]).unwrap();
        assert_eq!(s.as_json().unwrap()["hypervisor"], json!(null));
        let amd = text
            .replace("GenuineIntel", "AuthenticAMD")
            .replace("vmx", "svm hypervisor");
        let s = collect(&[
            ("/proc/cpuinfo", &amd),
            (DMI_PRODUCT, "VMware Virtual Platform\n"),
        ])
        .unwrap();
        let v = s.as_json().unwrap();
        assert_eq!(
            (&v["vendor"], &v["virtualization"]),
            (&json!("amd"), &json!("svm"))
        );
        assert_eq!(
            (&v["under_hypervisor"], &v["hypervisor"]),
            (&json!(true), &json!("vmware"))
        );
    }

    #[test]
    fn missing_and_malformed() {
        assert!(matches!(collect(&[]), Err(CollectError::NotApplicable(_))));
        let e = collect(&[("/proc/cpuinfo", "garbage\n")])
            .unwrap_err()
            .to_string();
        assert_eq!(e, "cannot parse /proc/cpuinfo: no `processor` line");
        let bad = REAL.replace("cpu MHz\t\t: 1200.000", "cpu MHz\t\t: fast");
        let e = collect(&[("/proc/cpuinfo", &bad)]).unwrap_err().to_string();
        assert!(e.contains("/proc/cpuinfo") && e.contains("`fast`"), "{e}");
    }

    #[test]
    fn hypervisor_names() {
        for (p, h) in [
            ("KVM", Some("kvm")),
            ("Standard PC (Q35 + ICH9, 2009)", None),
            ("Virtual Machine", Some("hyper-v")),
            ("HVM domU", Some("xen")),
            ("VirtualBox", Some("virtualbox")),
            ("ProLiant DL380 Gen10", None),
        ] {
            assert_eq!(hypervisor_of_product(p), h, "{p}");
        }
    }
}
