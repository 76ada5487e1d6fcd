//! Tests of `cep_policy` through its public API.

use cep_core::collector::Section;
use cep_core::runner::{Collection, Status};
use cep_core::*;
use cep_policy::*;
use serde_json::json;

fn policy(fields: &[(&str, &[&str])]) -> Policy {
    Policy::new(
        fields
            .iter()
            .map(|(c, f)| (c.to_string(), f.iter().map(|s| s.to_string()).collect()))
            .collect(),
    )
}

#[test]
fn keeps_paths_members_and_array_elements() {
    let p = policy(&[("hw.disks", &["by_kind", "disks[].model", "bonding.count"])]);
    let mut v = json!({
        "by_kind": {"ssd": 1},
        "count": 2,
        "disks": [{"model": "X", "size_bytes": 1}, {"model": "Y", "vendor": "V"}],
        "bonding": {"count": 1, "modes": ["802.3ad"]},
    });
    let removed = p.filter("hw.disks", &mut v).unwrap();
    assert_eq!(
        v,
        json!({"by_kind": {"ssd": 1}, "disks": [{"model": "X"}, {"model": "Y"}], "bonding": {"count": 1}})
    );
    assert_eq!(
        removed,
        [
            "bonding.modes",
            "count",
            "disks[].size_bytes",
            "disks[].vendor"
        ]
    );
    assert_eq!(p.filter("os.kernel", &mut json!({})), None);
    assert!(p.uses("hw.disks", "disks[].model"));
    assert!(p.uses("hw.disks", "by_kind"));
    assert!(!p.uses("hw.disks", "disks[].vendor"));
    assert!(!p.uses("hw.disks", "count"));
}

#[test]
fn a_filter_made_once_reduces_as_the_policy_does() {
    let p = policy(&[
        ("hw.disks", &["by_kind", "disks[].model", "bonding.count"]),
        ("os.kernel", &["release"]),
    ]);
    let filter = Filter::new(&p);
    let section = json!({
        "by_kind": {"ssd": 1},
        "count": 2,
        "disks": [{"model": "X", "size_bytes": 1}, {"model": "Y", "vendor": "V"}],
        "bonding": {"count": 1, "modes": ["802.3ad"]},
        "lines": [1, 2],
    });
    let (mut a, mut b, mut c) = (section.clone(), section.clone(), section);
    assert_eq!(
        filter.filter("hw.disks", &mut a),
        p.filter("hw.disks", &mut b)
    );
    assert!(filter.reduce("hw.disks", &mut c));
    let reduced = json!({"by_kind": {"ssd": 1}, "disks": [{"model": "X"}, {"model": "Y"}], "bonding": {"count": 1}});
    assert_eq!((&a, &b, &c), (&reduced, &reduced, &reduced));
    // Two uses of one filter: nothing of the first stays in it.
    let mut k = json!({"release": "3.10.0", "machine": "x86_64"});
    assert_eq!(
        filter.filter("os.kernel", &mut k),
        Some(vec!["machine".to_owned()])
    );
    assert_eq!(filter.filter("os.kernel", &mut k), Some(vec![]));
    assert_eq!(filter.filter("vz.vms", &mut json!({"vms": 1})), None);
    assert!(!filter.reduce("vz.vms", &mut json!({"vms": 1})));
}

#[test]
fn the_version_follows_the_fields() {
    let a = policy(&[("os.kernel", &["line", "release"])]);
    assert_eq!(a, policy(&[("os.kernel", &["release", "line"])]));
    assert_ne!(a.version, policy(&[("os.kernel", &["line"])]).version);
    assert_eq!(a.version.len(), 12);
    assert!(
        a.version.chars().all(|c| ('g'..='v').contains(&c)),
        "{}",
        a.version
    );
}

#[test]
fn a_collector_outside_the_policy_is_skipped_with_the_reason() {
    let p = policy(&[("os.kernel", &["line"])]);
    let mut c = Collection::default();
    for (id, v) in [
        ("os.kernel", json!({"line": "vz7", "machine": "x86_64"})),
        ("sys.static", json!({"uptime_days": 3})),
    ] {
        c.outcomes.push(cep_core::runner::Outcome {
            id: id.into(),
            status: Status::Ok,
            duration: std::time::Duration::ZERO,
            section: Some(Section::Json(v)),
            message: None,
            exit_status: None,
            truncated: false,
        });
    }
    let note = p.apply(&mut c, "server");
    assert_eq!(note.withheld["os.kernel"], ["machine"]);
    assert_eq!(note.withheld["sys.static"], ["uptime_days"]);
    assert_eq!(c.outcomes[1].status, Status::Skipped);
    assert!(c.outcomes[1].section.is_none());
    assert!(
        c.outcomes[1]
            .message
            .as_deref()
            .unwrap()
            .contains(&p.version)
    );
}
