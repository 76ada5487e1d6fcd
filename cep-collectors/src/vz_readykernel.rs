//! `vz.readykernel`: ReadyKernel (live kernel patching of Virtuozzo 7)
//! installed, enabled, patch level applied.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::yes;

/// The `vz.readykernel` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzReadykernel;

const PATCHES: &str = "/sys/kernel/kpatch/patches";

/// The patch level of a ReadyKernel patch module name
/// (`kpatch_cumulative_89_0_r1` → `89.0-r1`), `None` for other names.
pub fn patch_level(module: &str) -> Option<String> {
    let rest = module.strip_prefix("kpatch_cumulative_")?;
    let parts: Vec<&str> = rest.split('_').collect();
    let num = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [a, b, r] if num(a) && num(b) && r.strip_prefix('r').is_some_and(num) => {
            Some(format!("{a}.{b}-{r}"))
        }
        [a, b] if num(a) && num(b) => Some(format!("{a}.{b}")),
        _ => None,
    }
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
                "Patch modules loaded (/sys/kernel/kpatch/patches)",
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
                cep_core::config::parse_shell_vars(&t)
                    .get("AUTOLOAD")
                    .map(|v| yes(v))
            });
        let modules = match host.read_dir(PATCHES, 1024) {
            Ok(m) => m,
            Err(e) if e.is_not_found() => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        if !installed && modules.is_empty() {
            return Err(CollectError::not_applicable("ReadyKernel is not installed"));
        }
        let mut o = Out {
            installed,
            autoload,
            ..Out::default()
        };
        let mut best: Option<(Vec<u64>, String)> = None;
        for m in &modules {
            o.patches_loaded += 1;
            let enabled = host
                .read_optional(&format!("{PATCHES}/{m}/enabled"))?
                .is_some_and(|t| t.trim() == "1");
            if !enabled {
                continue;
            }
            o.patches_enabled += 1;
            if let Some(level) = patch_level(m) {
                let key: Vec<u64> = level
                    .split(['.', '-', 'r'])
                    .filter_map(|s| s.parse().ok())
                    .collect();
                if best.as_ref().is_none_or(|(k, _)| key > *k) {
                    best = Some((key, level));
                }
            }
        }
        o.patch_level = best.map(|(_, l)| l);
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn levels() {
        assert_eq!(
            patch_level("kpatch_cumulative_89_0_r1").as_deref(),
            Some("89.0-r1")
        );
        assert_eq!(
            patch_level("kpatch_cumulative_12_3").as_deref(),
            Some("12.3")
        );
        assert_eq!(patch_level("kpatch_mycompany_fix"), None);
        assert_eq!(patch_level("kpatch_cumulative_1_2_x"), None);
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
}
