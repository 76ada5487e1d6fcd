//! Delivery of the spool over HTTP against the test server's faults.

use std::time::Duration;

use cep::core::uuid::Uuid;
use cep::core::{ClientInfo, Collection, Report};
use cep::delivery::TokioClock;
use cep::spool::Spool;
use cep::transport::{Environment, HttpConfig, Protocol, RetrySettings, TransportConfig};
use cep_testserver::{Fault, TestServer};

/// A report sealed as the Agent seals it: the only kind the spool takes.
fn sealed() -> cep::core::Sealed {
    let c = Collection {
        outcomes: vec![],
        log: vec!["a line".into()],
    };
    let guard = cep::core::PrivacyGuard::new(&cep::core::Secrets::default()).unwrap();
    cep::core::seal(
        Report::new(c, Uuid::new_v4(), ClientInfo::default()),
        &guard,
        &[],
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn flush_over_http_survives_faults() {
    let s = TestServer::start();
    let d = tempfile::tempdir().unwrap();
    let spool = Spool::new(d.path(), Default::default());
    let ids: Vec<Uuid> = (0..4)
        .map(|_| spool.add(&sealed()).unwrap().entry.report_id)
        .collect();
    s.inject(&[
        Fault::Status(503),
        Fault::ResetAfterRecord,
        Fault::TooMany(0),
        Fault::Reset,
        Fault::Status(500),
    ]);
    let env = Environment {
        etc_dir: d.path().join("etc"),
        state_dir: d.path().join("state"),
        vars: Default::default(),
    };
    let mut config = HttpConfig::new(&s.url(), Protocol::Cep);
    config.timeout = Duration::from_millis(800);
    config.connect_timeout = Duration::from_secs(2);
    let t = cep::transport::build_with(&TransportConfig::Http(config), &env).unwrap();
    let policy = RetrySettings {
        initial: Duration::from_millis(5),
        max: Duration::from_millis(50),
        budget: Duration::from_secs(20),
    };
    let guard = cep::core::PrivacyGuard::new(&cep::core::Secrets::default()).unwrap();
    let r = cep::delivery::flush(&spool, t.as_ref(), &policy, &TokioClock::default(), &guard)
        .await
        .unwrap();
    let got: Vec<Uuid> = r.delivered.iter().map(|d| d.report_id).collect();
    assert_eq!(got, ids);
    assert_eq!(r.attempts, 9);
    assert_eq!(r.remaining, 0);
    assert_eq!(s.reports(), ids);
    assert_eq!(s.faults_left(), 0);
    assert_eq!(r.delivered[0].destination, s.url());
    assert_eq!(r.delivered[0].transport, "http");
}
