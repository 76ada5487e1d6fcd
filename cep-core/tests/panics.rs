//! A collector's panic stays out of the panic hook once
//! `silence_collector_panics` wraps it; any other panic still reaches it.
//! (One test: a panic hook is the whole process's.)

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cep_core::{
    CollectError, Collector, Field, FieldKind, Host, RunOptions, Section, Status, run_collectors,
};

struct Panics;

impl Collector for Panics {
    fn id(&self) -> &str {
        "test.panics"
    }
    fn describe(&self) -> &str {
        "panics"
    }
    fn fields(&self) -> Vec<Field> {
        vec![Field::new("n", FieldKind::Integer, "a number")]
    }
    fn collect(&self, _: &Host) -> Result<Section, CollectError> {
        assert!(cep_core::runner::in_collector());
        panic!("collector bug")
    }
}

#[test]
fn collector_panics_skip_the_hook_and_others_reach_it() {
    static SEEN: AtomicUsize = AtomicUsize::new(0);
    std::panic::set_hook(Box::new(|_| {
        SEEN.fetch_add(1, Ordering::SeqCst);
    }));
    cep_core::runner::silence_collector_panics();

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fs")).unwrap();
    let host = Host::fixture(dir.path()).unwrap();
    let collectors: Vec<Arc<dyn Collector>> = vec![Arc::new(Panics)];
    let c = run_collectors(&collectors, &host, &RunOptions::default());
    assert_eq!(c.outcomes[0].status, Status::Error);
    assert_eq!(
        c.outcomes[0].message.as_deref(),
        Some("collector panicked: collector bug")
    );
    assert!(
        c.log
            .iter()
            .any(|l| l == "error test.panics: collector panicked: collector bug"),
        "{:?}",
        c.log
    );
    assert_eq!(SEEN.load(Ordering::SeqCst), 0);
    assert!(!cep_core::runner::in_collector());

    let other = std::thread::spawn(|| panic!("not a collector")).join();
    assert!(other.is_err());
    assert_eq!(SEEN.load(Ordering::SeqCst), 1);
}
