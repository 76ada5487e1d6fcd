//! `vz.vms`: virtual machines by state, guest OS family, vCPUs and memory
//! (from `prlctl list -a -i -j --vmtype vm`).

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::vz_util::{
    Counts, LISTING_CAP, Limit, bump, cpus_bucket, guest_family, ram_bucket, run_optional,
};

/// The argv of the VM listing.
pub const PRLCTL_VMS: [&str; 6] = ["prlctl", "list", "-a", "-i", "-j", "--vmtype"];

fn argv() -> Vec<&'static str> {
    let mut a = PRLCTL_VMS.to_vec();
    a.push("vm");
    a
}

/// The `vz.vms` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzVms;

/// What is kept of one VM: no name, id, UUID or address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VmInfo {
    /// running, stopped, suspended, paused... (lowercase).
    pub state: String,
    /// Guest OS family (`centos`, `windows`, `other`).
    pub os_family: String,
    /// vCPUs.
    pub cpus: Option<u64>,
    /// Memory in bytes.
    pub memory: Option<u64>,
}

#[derive(Deserialize)]
struct JsonVm {
    #[serde(rename = "State")]
    state: Option<Value>,
    #[serde(rename = "OS")]
    os: Option<Value>,
    #[serde(rename = "Type")]
    kind: Option<Value>,
    #[serde(rename = "Hardware")]
    hardware: Option<Value>,
}

/// `2048Mb`, `4Gb`, `1048576Kb` or a plain number of MiB → bytes.
fn memory_size(v: &Value) -> Option<u64> {
    if let Some(n) = v.as_u64() {
        return n.checked_mul(1 << 20);
    }
    let s = v.as_str()?.trim().to_ascii_lowercase();
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n: u64 = digits.parse().ok()?;
    let mult: u64 = match s[digits.len()..].trim() {
        "" | "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "k" | "kb" | "kib" => 1 << 10,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// Parses `prlctl list -a -i -j` output: a JSON array of VM descriptions
/// (`State`, `OS`, `Type`, `Hardware.cpu.cpus`, `Hardware.memory.size`).
/// Entries whose `Type` is `CT` are left out.
pub fn parse_prlctl_info_json(text: &str) -> Result<Vec<VmInfo>, CollectError> {
    let items: Vec<JsonVm> = serde_json::from_str(text)
        .map_err(|e| CollectError::parse(argv().join(" "), e.to_string()))?;
    Ok(items
        .into_iter()
        .filter(|v| {
            !v.kind
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(|k| k.eq_ignore_ascii_case("ct"))
        })
        .map(|v| {
            let hw = v.hardware.as_ref();
            VmInfo {
                state: v
                    .state
                    .as_ref()
                    .and_then(Value::as_str)
                    .map(|s| s.trim().to_ascii_lowercase())
                    .filter(|s| {
                        !s.is_empty() && s.len() <= 24 && s.bytes().all(|b| b.is_ascii_lowercase())
                    })
                    .unwrap_or_else(|| "unknown".into()),
                os_family: v
                    .os
                    .as_ref()
                    .and_then(Value::as_str)
                    .map(guest_family)
                    .unwrap_or_else(|| "unknown".into()),
                cpus: hw.and_then(|h| h.pointer("/cpu/cpus")).and_then(|c| {
                    c.as_u64()
                        .or_else(|| c.as_str().and_then(|s| s.trim().parse().ok()))
                }),
                memory: hw
                    .and_then(|h| h.pointer("/memory/size"))
                    .and_then(memory_size),
            }
        })
        .collect())
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    vms: u64,
    by_state: Counts,
    guest_os: Counts,
    vcpus: Counts,
    memory: Counts,
}

impl Collector for VzVms {
    fn id(&self) -> &str {
        "vz.vms"
    }

    fn describe(&self) -> &str {
        "Virtual machines by state and guest OS family; vCPU and memory histograms"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("vms", FieldKind::Integer, "Virtual machines registered").example("2"),
            Field::new(
                "by_state",
                FieldKind::Map,
                "State (running, stopped, suspended, paused...) → VMs",
            )
            .example("{\"running\": 1, \"stopped\": 1}")
            .free_text(),
            Field::new(
                "guest_os",
                FieldKind::Map,
                "Guest OS family (centos, ubuntu, windows, other...) → VMs",
            )
            .example("{\"windows\": 1}")
            .free_text(),
            Field::new(
                "vcpus",
                FieldKind::Map,
                "vCPU bucket: 1, 2, <=4, <=8, <=16, >16, unset",
            )
            .example("{\"2\": 2}")
            .bucket(crate::kinds::CPUS),
            Field::new(
                "memory",
                FieldKind::Map,
                "Memory bucket: <=512M, <=1G, <=2G, <=4G, <=8G, <=16G, >16G, unset",
            )
            .example("{\"<=2G\": 2}")
            .bucket(crate::kinds::RAM),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Tue, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let Some(text) = run_optional(host, &argv(), LISTING_CAP)? else {
            return Err(CollectError::not_applicable(
                "prlctl is not installed (no virtual machines)",
            ));
        };
        let mut o = Out::default();
        for vm in parse_prlctl_info_json(&text)? {
            o.vms += 1;
            bump(&mut o.by_state, &vm.state);
            bump(&mut o.guest_os, &vm.os_family);
            bump(&mut o.vcpus, cpus_bucket(vm.cpus));
            bump(
                &mut o.memory,
                ram_bucket(vm.memory.map_or(Limit::Unset, Limit::Value)),
            );
        }
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn vz7_fixture_host() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts/vz7");
        let v = VzVms.collect(&Host::fixture(dir).unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"vms": 2, "by_state": {"running": 1, "stopped": 1},
                    "guest_os": {"centos": 1, "windows": 1},
                    "vcpus": {"2": 1, "<=4": 1}, "memory": {"<=2G": 1, "<=8G": 1}})
        );
    }

    #[test]
    fn sizes_and_types() {
        assert_eq!(memory_size(&json!("2048Mb")), Some(2 << 30));
        assert_eq!(memory_size(&json!("4Gb")), Some(4 << 30));
        assert_eq!(memory_size(&json!(512)), Some(512 << 20));
        assert_eq!(memory_size(&json!("lots")), None);
        let vms = parse_prlctl_info_json(
            r#"[{"Type": "CT", "State": "running"}, {"State": "Running!", "OS": "ubuntu"}]"#,
        )
        .unwrap();
        assert_eq!(
            vms,
            vec![VmInfo {
                state: "unknown".into(),
                os_family: "ubuntu".into(),
                cpus: None,
                memory: None
            }]
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_prlctl_info_json(&s);
        }

        #[test]
        fn shaped_never_panics(mem in "\\PC{0,12}", cpus in any::<i64>()) {
            let t = format!(r#"[{{"State": "running", "OS": "win-2012", "Hardware": {{"cpu": {{"cpus": {cpus}}}, "memory": {{"size": {mem:?}}}}}}}]"#);
            let _ = parse_prlctl_info_json(&t);
        }
    }
}
