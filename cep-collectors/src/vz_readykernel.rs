//! `vz.readykernel`: ReadyKernel (live kernel patching of Virtuozzo 7)
//! installed, enabled, patch level applied.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::yes;

/// The `vz.readykernel` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzReadykernel;

/// Where loaded patch modules show, in the order the kpatch tool looks
/// (`init_sysfs_var` in Virtuozzo's kpatch, euspectre/kpatch branch
/// `vz7`): the kpatch 0.3 core module's `patches` directory (ReadyKernel
/// on Virtuozzo 7), the kpatch 0.4+ core module's directory, then the
/// kernel's livepatch (Virtuozzo Hybrid Server 9 kernels).
const PATCH_DIRS: [&str; 3] = [
    "/sys/kernel/kpatch/patches",
    "/sys/kernel/kpatch",
    "/sys/kernel/livepatch",
];

/// The version and release of an official ReadyKernel cumulative patch
/// module, `kpatch_cumulative_<version with _ for .>_r<release>` (the
/// kpatch tool's `is_cumulative_patch` and `verrel_gte`); `None` for any
/// other module name.
fn cumulative(module: &str) -> Option<(Vec<u64>, u64)> {
    let rest = module.strip_prefix("kpatch_cumulative_")?;
    let (version, release) = rest.rsplit_once("_r")?;
    let num = |s: &str| -> Option<u64> {
        if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let parts: Option<Vec<u64>> = version.split('_').map(num).collect();
    let parts = parts.filter(|p| !p.is_empty() && p.len() <= 8)?;
    Some((parts, num(release)?))
}

/// The patch level of a ReadyKernel cumulative patch module name
/// (`kpatch_cumulative_89_0_r1` → `89.0-r1`), `None` for other names.
pub fn patch_level(module: &str) -> Option<String> {
    let (version, release) = cumulative(module)?;
    let version: Vec<String> = version.iter().map(u64::to_string).collect();
    Some(format!("{}-r{release}", version.join(".")))
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    installed: bool,
    autoload: Option<bool>,
    patches_loaded: u64,
    patches_enabled: u64,
    patch_level: Option<String>,
}

impl Collector for VzReadykernel {
    fn id(&self) -> &str {
        "vz.readykernel"
    }

    fn describe(&self) -> &str {
        "ReadyKernel live patching: installed, enabled, patch level applied"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "installed",
                FieldKind::Bool,
                "The readykernel tool is installed",
            )
            .example("true"),
            Field::new(
                "autoload",
                FieldKind::Bool,
                "Patches load at boot (AUTOLOAD in /etc/sysconfig/readykernel); null when not set",
            )
            .example("true"),
            Field::new(
                "patches_loaded",
                FieldKind::Integer,
                "Patch modules loaded (/sys/kernel/kpatch/patches, /sys/kernel/kpatch or /sys/kernel/livepatch)",
            )
            .example("1"),
            Field::new(
                "patches_enabled",
                FieldKind::Integer,
                "Loaded patch modules that are enabled",
            )
            .example("1"),
            Field::new(
                "patch_level",
                FieldKind::String,
                "Highest enabled cumulative patch level",
            )
            .example("89.0-r1")
            .free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let installed = ["/usr/sbin/readykernel", "/usr/bin/readykernel"]
            .iter()
            .any(|p| host.exists(p));
        let autoload = host
            .read_optional("/etc/sysconfig/readykernel")?
            .and_then(|t| {
                cep_core::host::parse_shell_vars(&t)
                    .get("AUTOLOAD")
                    .map(|v| yes(v))
            });
        let mut dir = PATCH_DIRS[0];
        let mut modules = Vec::new();
        for d in PATCH_DIRS {
            match host.read_dir(d, 1024) {
                Ok(m) => {
                    // The 0.3 core module's root holds only `patches`; a
                    // core module without patches defers to livepatch.
                    dir = d;
                    modules = m.into_iter().filter(|m| m != "patches").collect();
                    if !modules.is_empty() {
                        break;
                    }
                }
                Err(e) if e.is_not_found() => {}
                Err(e) => return Err(e.into()),
            }
        }
        if !installed && modules.is_empty() {
            return Err(CollectError::not_applicable("ReadyKernel is not installed"));
        }
        let mut o = Out {
            installed,
            autoload,
            ..Out::default()
        };
        let mut best: Option<((Vec<u64>, u64), String)> = None;
        for m in &modules {
            o.patches_loaded += 1;
            let enabled = host
                .read_optional(&format!("{dir}/{m}/enabled"))?
                .is_some_and(|t| t.trim() == "1");
            if !enabled {
                continue;
            }
            o.patches_enabled += 1;
            if let (Some(key), Some(level)) = (cumulative(m), patch_level(m))
                && best.as_ref().is_none_or(|(k, _)| key > *k)
            {
                best = Some((key, level));
            }
        }
        o.patch_level = best.map(|(_, l)| l);
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn levels() {
        assert_eq!(
            patch_level("kpatch_cumulative_89_0_r1").as_deref(),
            Some("89.0-r1")
        );
        assert_eq!(
            patch_level("kpatch_cumulative_89_0_1_r12").as_deref(),
            Some("89.0.1-r12")
        );
        // Not official cumulative patches (`is_cumulative_patch`).
        assert_eq!(patch_level("kpatch_cumulative_12_3"), None);
        assert_eq!(patch_level("kpatch_mycompany_fix"), None);
        assert_eq!(patch_level("kpatch_cumulative_1_2_x"), None);
        assert_eq!(patch_level("kpatch_cumulative__r1"), None);
        assert_eq!(patch_level("livepatch_cumulative_89_0_r1"), None);
    }

    #[test]
    fn vz7_fixture_host() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts/vz7");
        let v = VzReadykernel.collect(&Host::fixture(dir).unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"installed": true, "autoload": true,
            "patches_loaded": 2, "patches_enabled": 1, "patch_level": "89.0-r1"})
        );
        let legacy = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts/openvz-legacy");
        assert!(matches!(
            VzReadykernel.collect(&Host::fixture(legacy).unwrap()),
            Err(CollectError::NotApplicable(_))
        ));
    }

    /// The kpatch 0.4+ core module and livepatch list patch modules at
    /// their root; the highest enabled version-release wins, compared as
    /// numbers (`verrel_gte`: 89.0-r10 after 89.0-r9).
    #[test]
    fn newer_kpatch_and_livepatch_directories() {
        for dir in ["/sys/kernel/kpatch", "/sys/kernel/livepatch"] {
            let f = FixtureHostBuilder::new()
                .file(&format!("{dir}/kpatch_cumulative_89_0_r9/enabled"), "1\n")
                .file(&format!("{dir}/kpatch_cumulative_89_0_r10/enabled"), "1\n")
                .file(&format!("{dir}/kpatch_cumulative_90_0_r1/enabled"), "0\n")
                .file(&format!("{dir}/kpatch_local_fix/enabled"), "1\n")
                .build()
                .unwrap();
            let v = VzReadykernel.collect(&f.host().unwrap()).unwrap();
            assert_eq!(
                v.as_json().unwrap(),
                &json!({"installed": false, "autoload": null,
                "patches_loaded": 4, "patches_enabled": 3, "patch_level": "89.0-r10"}),
                "{dir}"
            );
        }
    }

    proptest! {
        #[test]
        fn names_never_panic(s in "\\PC*") {
            let _ = patch_level(&s);
        }

        /// Official names with random versions read back as printed.
        #[test]
        fn official_names(parts in proptest::collection::vec(0u64..100_000, 1..5), rel in 0u64..1000) {
            let v: Vec<String> = parts.iter().map(u64::to_string).collect();
            let name = format!("kpatch_cumulative_{}_r{rel}", v.join("_"));
            prop_assert_eq!(patch_level(&name), Some(format!("{}-r{rel}", v.join("."))));
        }
    }
}
