//! Tests of `cep_core::testing` through its public API.

use cep_core::testing::*;
use cep_core::transport::{Retry, Transport};

#[tokio::test]
async fn in_memory_transport_dedups_and_fails_on_request() {
    let t = InMemoryTransport::new();
    let s = sealed_report("x");
    let a = s.archive();
    t.fail_next(&[Retry::Retryable, Retry::Permanent]);
    assert!(t.send(&s).await.unwrap_err().is_retryable());
    assert!(!t.send(&s).await.unwrap_err().is_retryable());
    let r1 = t.send(&s).await.unwrap();
    let r2 = t.send(&s).await.unwrap();
    assert_eq!(r1.report_id, a.report_id);
    assert_eq!(r2.sha256, a.sha256());
    assert_eq!(t.received().len(), 1);
}

#[test]
fn builder_overlays_a_base_fixture() {
    let base = FixtureHostBuilder::new()
        .file("/etc/os-release", "ID=debian\n")
        .command(&["uname", "-m"], "x86_64\n", 0)
        .build()
        .unwrap();
    let f = FixtureHostBuilder::from_dir(base.path())
        .file("/proc/sys/kernel/osrelease", "6.1.0\n")
        .command(&["vzlist", "-a", "-j"], "[]", 0)
        .build()
        .unwrap();
    let h = f.host().unwrap();
    assert_eq!(h.read("/etc/os-release").unwrap(), "ID=debian\n");
    assert_eq!(h.machine().as_deref(), Some("x86_64"));
    assert_eq!(h.run(&["vzlist", "-a", "-j"]).unwrap().stdout, b"[]");
    assert!(FixtureHostBuilder::new().file("/../x", "").build().is_err());
}
