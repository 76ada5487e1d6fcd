//! A third-party cep collector, as its author would publish it: how many
//! containers start on boot. It depends on `cep-core` alone, reads the
//! host only through [`Host`], and emits counts, never container ids.
//!
//! Registered on an Agent (`cep::Agent::builder().collector(OnBoot)`) it
//! is listed, inventoried, scheduled, run and guarded like cep's own
//! collectors; the facade's tests (`tests/agent.rs`) do exactly that.
#![deny(missing_docs)]

use cep_core::{
    CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday, serde_json,
};

/// Most container configs read (as cep's own collectors bound theirs).
const MAX_CONFIGS: usize = 100_000;

/// Counts container configurations by whether they start on boot.
#[derive(Debug, Clone, Copy, Default)]
pub struct OnBoot;

impl Collector for OnBoot {
    fn id(&self) -> &str {
        "example.onboot"
    }

    fn describe(&self) -> &str {
        "Containers that start on boot, and those that do not"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("onboot", FieldKind::Integer, "Containers with ONBOOT=yes").example("3"),
            Field::new("manual", FieldKind::Integer, "Other containers").example("1"),
        ]
    }

    /// Once a week is plenty for a setting that rarely changes.
    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Mon, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        if !host.is_dir("/etc/vz/conf") {
            return Err(CollectError::not_applicable(
                "no /etc/vz/conf: not an OpenVZ node",
            ));
        }
        let (mut onboot, mut manual) = (0u64, 0u64);
        for name in host.read_dir("/etc/vz/conf", MAX_CONFIGS)? {
            // Container ids name the files: count them, never emit them.
            // 0.conf is the node's own.
            if !name.ends_with(".conf") || name == "0.conf" {
                continue;
            }
            let text = host.read(&format!("/etc/vz/conf/{name}"))?;
            let vars = cep_core::host::parse_shell_vars(&text);
            if vars.get("ONBOOT").is_some_and(|v| v == "yes") {
                onboot += 1;
            } else {
                manual += 1;
            }
        }
        Section::json(&serde_json::json!({ "onboot": onboot, "manual": manual }))
    }
}
