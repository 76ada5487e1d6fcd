//! Tests of `cep_core::collector` through its public API.

use cep_core::collector::*;
use cep_core::host::Host;
use cep_core::*;
use serde_json::json;
use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

#[test]
fn json_keys_are_borrowed_unless_escaped() {
    let keys: Vec<JsonKey<'_>> =
        serde_json::from_str::<std::collections::BTreeMap<JsonKey<'_>, u8>>(
            r#"{"name": 1, "na\u006de2": 2}"#,
        )
        .unwrap()
        .into_keys()
        .collect();
    assert_eq!(keys[0].as_str(), "name");
    assert!(matches!(keys[0].0, Cow::Borrowed(_)));
    assert_eq!(keys[1].as_str(), "name2");
    assert!(matches!(keys[1].0, Cow::Owned(_)));
}

struct Slow;
impl Collector for Slow {
    fn id(&self) -> &str {
        "test.slow"
    }
    fn describe(&self) -> &str {
        "slow"
    }
    fn fields(&self) -> Vec<Field> {
        vec![Field::new("n", FieldKind::Integer, "n")]
    }
    fn collect(&self, _: &Host) -> Result<Section, CollectError> {
        Section::json(&json!({"n": 1}))
    }
    fn timeout(&self) -> Option<Duration> {
        Some(Duration::from_secs(5))
    }
}

#[test]
fn with_timeout_replaces_only_the_deadline() {
    let c: Arc<dyn Collector> = Arc::new(Slow);
    let w = WithTimeout {
        timeout: Duration::from_millis(100),
        inner: Arc::clone(&c),
    };
    assert_eq!(w.id(), "test.slow");
    assert_eq!(w.describe(), "slow");
    assert_eq!(w.fields(), c.fields());
    assert_eq!(w.schedule(), c.schedule());
    assert_eq!(w.timeout(), Some(Duration::from_millis(100)));
    assert_eq!(c.timeout(), Some(Duration::from_secs(5)));
}

#[test]
fn ids() {
    for ok in ["hw.cpu", "os.kernel", "scripts.my-script_2", "vz"] {
        assert!(is_valid_id(ok), "{ok}");
    }
    for bad in [
        "", "Hw.cpu", "hw..cpu", "hw/cpu", ".hw", "hw.", "a b", "../x",
    ] {
        assert!(!is_valid_id(bad), "{bad}");
    }
}

#[test]
fn json_section_must_be_an_object() {
    assert!(Section::json(&json!({"a": 1})).is_ok());
    assert!(Section::json(&json!([1, 2])).is_err());
}

#[test]
fn finds_undeclared_paths() {
    let fields = vec![
        Field::new("total", FieldKind::Integer, "x"),
        Field::new("swap", FieldKind::Object, "x"),
        Field::new("swap.total", FieldKind::Integer, "x"),
        Field::new("disks", FieldKind::List, "x"),
        Field::new("disks[].kind", FieldKind::String, "x"),
        Field::new("by_layout", FieldKind::Map, "x"),
    ];
    let v = json!({
        "total": 1,
        "swap": {"total": 2, "used": 3},
        "disks": [{"kind": "ssd"}, {"kind": "hdd", "serial": "X"}],
        "by_layout": {"ploop": 3, "simfs": 1},
        "hostname": "h"
    });
    assert_eq!(
        undeclared_paths(&v, &fields),
        vec!["disks[].serial", "hostname", "swap.used"]
    );
}
