//! How a third party writes a collector: implement `id`, `describe`,
//! `fields` and `collect`, read only through `Host`, emit counts, never
//! names. Depends on `cep-core` alone.
//!
//! Run: `cargo run --example third_party_collector`

use std::sync::Arc;

use cep::core::testing::FixtureHostBuilder;
use cep::core::{
    ClientInfo, CollectError, Collector, Field, FieldKind, Host, RunOptions, Section, prepare,
};

/// Counts container configuration files by whether they start on boot.
struct OnBootCount;

impl Collector for OnBootCount {
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

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        if !host.is_dir("/etc/vz/conf") {
            return Err(CollectError::not_applicable(
                "no /etc/vz/conf: not an OpenVZ node",
            ));
        }
        let (mut onboot, mut manual) = (0u64, 0u64);
        for name in host.read_dir("/etc/vz/conf", 100_000)? {
            // Container ids name the files; count them, never emit them.
            if !name.ends_with(".conf") || name == "0.conf" {
                continue;
            }
            let text = host.read(&format!("/etc/vz/conf/{name}"))?;
            let vars = cep::core::config::parse_shell_vars(&text);
            if vars.get("ONBOOT").is_some_and(|v| v == "yes") {
                onboot += 1;
            } else {
                manual += 1;
            }
        }
        Section::json(&serde_json::json!({ "onboot": onboot, "manual": manual }))
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Test it on a fixture host, as its own tests would.
    let fixture = FixtureHostBuilder::new()
        .file("/etc/vz/conf/101.conf", "ONBOOT=\"yes\"\n")
        .file("/etc/vz/conf/102.conf", "ONBOOT=\"no\"\n")
        .file("/etc/vz/conf/0.conf", "ONBOOT=\"no\"\n")
        .build()?;
    let collectors: Vec<Arc<dyn Collector>> = vec![Arc::new(OnBootCount)];
    let p = prepare(
        &collectors,
        &fixture.host()?,
        &RunOptions::default(),
        cep::core::uuid::Uuid::new_v4(),
        ClientInfo::default(),
        &[],
        &[],
    )?;
    let section = p.report.sections["example.onboot"].as_json().cloned();
    println!("{}", serde_json::to_string_pretty(&section)?);
    assert_eq!(section, Some(serde_json::json!({"onboot": 1, "manual": 1})));
    Ok(())
}
