//! The collector on fixture hosts, as its author tests it: a host built in
//! the test, a recorded Virtuozzo 7 node, and a host that is not a node.

use std::sync::Arc;

use cep_core::testing::FixtureHostBuilder;
use cep_core::{Collector, Host, RunOptions, Status, run_collectors};
use cep_example_onboot::OnBoot;

/// Runs the collector as cep's runner does (declared fields enforced).
fn collect(host: &Host) -> cep_core::Outcome {
    let collectors: Vec<Arc<dyn Collector>> = vec![Arc::new(OnBoot)];
    let mut c = run_collectors(&collectors, host, &RunOptions::default());
    c.outcomes.remove(0)
}

#[test]
fn counts_onboot_and_manual_containers_and_skips_the_node_config() {
    let fixture = FixtureHostBuilder::new()
        .file("/etc/vz/conf/101.conf", "ONBOOT=\"yes\"\n")
        .file("/etc/vz/conf/102.conf", "ONBOOT=\"no\"\n")
        .file("/etc/vz/conf/103.conf", "# no ONBOOT line\n")
        .file("/etc/vz/conf/0.conf", "ONBOOT=\"yes\"\n")
        .file("/etc/vz/conf/ve-basic.conf-sample", "ONBOOT=\"yes\"\n")
        .build()
        .unwrap();
    let o = collect(&fixture.host().unwrap());
    assert_eq!(o.status, Status::Ok, "{:?}", o.message);
    assert_eq!(
        o.section.unwrap().as_json().cloned(),
        Some(cep_core::serde_json::json!({"onboot": 1, "manual": 2}))
    );
}

#[test]
fn on_the_recorded_vz7_node() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/hosts/vz7");
    let o = collect(&Host::fixture(dir).unwrap());
    assert_eq!(o.status, Status::Ok, "{:?}", o.message);
    // Four containers: three start on boot (testdata/hosts/vz7/fs/etc/vz/conf).
    assert_eq!(
        o.section.unwrap().as_json().cloned(),
        Some(cep_core::serde_json::json!({"onboot": 3, "manual": 1}))
    );
}

#[test]
fn not_an_openvz_node_is_skipped() {
    let fixture = FixtureHostBuilder::new()
        .file("/etc/os-release", "ID=debian\n")
        .build()
        .unwrap();
    let o = collect(&fixture.host().unwrap());
    assert_eq!(o.status, Status::Skipped);
    assert_eq!(
        o.message.as_deref(),
        Some("no /etc/vz/conf: not an OpenVZ node")
    );
}

#[test]
fn declares_its_fields_and_a_weekly_slot() {
    let names: Vec<String> = OnBoot.fields().iter().map(|f| f.name.to_string()).collect();
    assert_eq!(names, vec!["onboot", "manual"]);
    assert_eq!(
        OnBoot.schedule(),
        cep_core::Schedule::slot(cep_core::Weekday::Mon, cep_core::Meal::Breakfast)
    );
}
