//! # cep-collectors
//!
//! The collectors cep ships. Each reads the host only through
//! [`cep_core::Host`], declares every field it emits, and emits counts,
//! sizes, versions and buckets — never identifiers.
//!
//! [`builtin`] returns them all, in report order.
#![deny(missing_docs)]

use std::sync::Arc;

use cep_core::Collector;

pub mod hw_cpu;
pub mod hw_disks;
pub mod hw_memory;
pub mod kinds;
pub mod net_config;
pub mod os_kernel;
pub mod os_release;
pub mod scripts;
pub mod secrets;
pub mod storage_vz;
pub mod sw_packages;
pub mod sw_services;
pub mod sys_cgroups;
pub mod sys_static;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
mod util;
pub mod vz_beancounters;
pub mod vz_containers;
pub mod vz_host;
pub mod vz_ploop;
pub mod vz_readykernel;
pub mod vz_simfs;
pub mod vz_storage_cluster;
pub mod vz_templates;
pub mod vz_util;
pub mod vz_vms;

/// Every built-in collector, in report order.
pub fn builtin() -> Vec<Arc<dyn Collector>> {
    vec![
        Arc::new(os_kernel::OsKernel),
        Arc::new(os_release::OsRelease),
        Arc::new(hw_memory::HwMemory),
        Arc::new(hw_cpu::HwCpu),
        Arc::new(hw_disks::HwDisks),
        Arc::new(storage_vz::StorageVz),
        Arc::new(net_config::NetConfig),
        Arc::new(sw_packages::SwPackages),
        Arc::new(sw_services::SwServices),
        Arc::new(sys_cgroups::SysCgroups),
        Arc::new(sys_static::SysStatic),
        Arc::new(vz_host::VzHost),
        Arc::new(vz_containers::VzContainers),
        Arc::new(vz_beancounters::VzBeancounters),
        Arc::new(vz_vms::VzVms),
        Arc::new(vz_templates::VzTemplates),
        Arc::new(vz_ploop::VzPloop),
        Arc::new(vz_storage_cluster::VzStorageCluster),
        Arc::new(vz_readykernel::VzReadykernel),
        Arc::new(vz_simfs::VzSimfs),
    ]
}

/// Errors of this crate's helpers (collectors themselves report
/// [`cep_core::CollectError`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A collector id that no built-in collector has.
    #[error("unknown collector `{0}`; `cep list` shows the ids")]
    UnknownCollector(String),
}

/// The built-in collector with this id.
pub fn by_id(id: &str) -> Result<Arc<dyn Collector>, Error> {
    builtin()
        .into_iter()
        .find(|c| c.id() == id)
        .ok_or_else(|| Error::UnknownCollector(id.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_unique_and_described() {
        let all = builtin();
        let mut ids: Vec<&str> = all.iter().map(|c| c.id()).collect();
        for c in &all {
            assert!(cep_core::collector::is_valid_id(c.id()), "{}", c.id());
            assert!(!c.describe().is_empty());
            assert!(!c.fields().is_empty(), "{} declares no fields", c.id());
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
        assert!(by_id("os.kernel").is_ok());
    }

    #[test]
    fn every_builtin_field_declares_its_value_kind() {
        let undeclared: Vec<String> = builtin()
            .iter()
            .flat_map(|c| {
                c.fields()
                    .into_iter()
                    .filter(|f| f.value == cep_core::ValueKind::Undeclared)
                    .map(move |f| format!("{}: {}", c.id(), f.name))
            })
            .collect();
        assert!(undeclared.is_empty(), "{undeclared:?}");
        // Every example of a typed field fits its kind.
        for c in builtin() {
            for f in c.fields() {
                let ex = f.example.trim();
                let scalar = matches!(f.kind, cep_core::FieldKind::String) && !ex.is_empty();
                if scalar && !f.value.is_free() {
                    assert!(f.value.fits_str(ex), "{}: {} example {ex}", c.id(), f.name);
                }
            }
        }
        assert_eq!(
            by_id("nope")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default(),
            "unknown collector `nope`; `cep list` shows the ids"
        );
    }
}
