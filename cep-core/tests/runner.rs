//! Tests of `cep_core::runner` through its public API.

use cep_core::collector::{CollectError, Collector, Section};
use cep_core::collector::{Field, FieldKind};
use cep_core::host::Host;
use cep_core::runner::*;
use cep_core::*;
use serde_json::json;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

struct Fixed(&'static str, Result<serde_json::Value, &'static str>);
impl Collector for Fixed {
    fn id(&self) -> &str {
        self.0
    }
    fn describe(&self) -> &str {
        "fixed"
    }
    fn fields(&self) -> Vec<Field> {
        vec![Field::new("n", FieldKind::Integer, "a number")]
    }
    fn collect(&self, _: &Host) -> Result<Section, CollectError> {
        match &self.1 {
            Ok(v) => Section::json(v),
            Err("skip") => Err(CollectError::not_applicable("nothing here")),
            Err("panic") => panic!("boom"),
            Err("hang") => {
                thread::sleep(Duration::from_secs(30));
                Section::json(&json!({}))
            }
            Err(e) => Err(CollectError::Other((*e).into())),
        }
    }
    fn timeout(&self) -> Option<Duration> {
        (self.1 == Err("hang")).then_some(Duration::from_millis(100))
    }
}

fn host() -> Host {
    Host::new("/nonexistent", Arc::new(cep_core::FixtureRunner::empty()))
}

#[test]
fn each_failure_costs_only_its_collector() {
    let cs: Vec<Arc<dyn Collector>> = vec![
        Arc::new(Fixed("a.ok", Ok(json!({"n": 1})))),
        Arc::new(Fixed("b.err", Err("broken input"))),
        Arc::new(Fixed("c.panic", Err("panic"))),
        Arc::new(Fixed("d.hang", Err("hang"))),
        Arc::new(Fixed("e.skip", Err("skip"))),
        Arc::new(Fixed("f.undeclared", Ok(json!({"n": 1, "hostname": "x"})))),
        Arc::new(Fixed("a.ok", Ok(json!({"n": 2})))),
    ];
    let t0 = Instant::now();
    let c = run_collectors(&cs, &host(), &RunOptions::default());
    assert!(t0.elapsed() < Duration::from_secs(10));
    let st: Vec<(&str, Status)> = c
        .outcomes
        .iter()
        .map(|o| (o.id.as_str(), o.status))
        .collect();
    assert_eq!(
        st,
        vec![
            ("a.ok", Status::Ok),
            ("b.err", Status::Error),
            ("c.panic", Status::Error),
            ("d.hang", Status::Timeout),
            ("e.skip", Status::Skipped),
            ("f.undeclared", Status::Error),
            ("a.ok", Status::Error),
        ]
    );
    assert_eq!(c.outcomes[0].section, Some(Section::Json(json!({"n": 1}))));
    assert_eq!(c.outcomes[1].message.as_deref(), Some("broken input"));
    assert_eq!(
        c.outcomes[2].message.as_deref(),
        Some("collector panicked: boom")
    );
    assert!(
        c.outcomes[5]
            .message
            .as_deref()
            .unwrap()
            .contains("hostname")
    );
    assert_eq!(
        c.outcomes[6].message.as_deref(),
        Some("duplicate collector id")
    );
    assert!(
        c.log.iter().any(|l| l.starts_with("timeout d.hang:")),
        "{:?}",
        c.log
    );
    // A skip is not an error: it is not in the log.
    assert!(!c.log.iter().any(|l| l.contains("e.skip")));
}
