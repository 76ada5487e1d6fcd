//! Cross-crate tests: built-in collectors on the fixture hosts, through the
//! pipeline, a transport, and back through the archive reader; the Agent
//! embedded with a third-party collector (`agent`); the examples run as a
//! user would (`examples`).

mod agent;
mod delivery_http;
mod examples;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cep::core::testing::InMemoryTransport;
use cep::core::{
    ClientInfo, Collector, Host, PrivacyGuard, ReadLimits, Report, RunOptions, Status, Transport,
    seal, undeclared_paths,
};

fn host(name: &str) -> Host {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/hosts")
        .join(name);
    Host::fixture(dir).unwrap()
}

fn run(name: &str) -> cep::core::Sealed {
    let h = host(name);
    let collectors = cep::collectors::builtin();
    sealed(&collectors, &h, &guard(&collectors, &h))
}

/// The privacy guard the Agent builds for these collectors on `host`.
fn guard(collectors: &[Arc<dyn Collector>], host: &Host) -> PrivacyGuard {
    let secrets = cep::collectors::secrets::gather_with(
        host,
        cep::collectors::vz_containers::container_names,
    );
    PrivacyGuard::with_fields(&secrets, collectors).unwrap()
}

/// The collectors run on `host` and sealed with `guard`.
fn sealed(
    collectors: &[Arc<dyn Collector>],
    host: &Host,
    guard: &PrivacyGuard,
) -> cep::core::Sealed {
    let collection = cep::core::run_collectors(collectors, host, &RunOptions::default());
    let report = Report::new(
        collection,
        cep::core::uuid::Uuid::new_v4(),
        ClientInfo::default(),
    );
    seal(report, guard, &[]).unwrap_or_else(|e| panic!("{e}"))
}

/// Every fixture host in testdata/hosts/.
fn fixture_hosts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/hosts");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().join("fs").is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 2, "{names:?}");
    names
}

#[test]
fn every_builtin_collector_succeeds_on_every_fixture_host_with_declared_fields_only() {
    for name in fixture_hosts() {
        let name = name.as_str();
        let p = run(name);
        for e in &p.report().manifest.collectors {
            assert_ne!(
                e.status,
                Status::Error,
                "{name}: {} failed: {:?}",
                e.id,
                e.error
            );
            assert_ne!(e.status, Status::Timeout, "{name}: {}", e.id);
        }
        for c in cep::collectors::builtin() {
            if let Some(v) = p.report().sections.get(c.id()).and_then(|s| s.as_json()) {
                assert_eq!(
                    undeclared_paths(v, &c.fields()),
                    Vec::<String>::new(),
                    "{name}: {}",
                    c.id()
                );
            }
        }
    }
}

#[tokio::test]
async fn delivered_archive_reads_back_identically() {
    let p = run("vz7");
    let t: Arc<dyn Transport> = Arc::new(InMemoryTransport::new());
    let receipt = t.send(&p).await.unwrap();
    assert_eq!(receipt.report_id, p.report().manifest.report_id);
    assert_eq!(receipt.sha256, p.archive().sha256());

    let d = tempfile::tempdir().unwrap();
    let file = cep::transport::FileTransport::new(d.path().join("report.tar.gz"));
    file.send(&p).await.unwrap();
    let bytes = std::fs::read(d.path().join("report.tar.gz")).unwrap();
    assert_eq!(
        &Report::read(&bytes, &ReadLimits::default()).unwrap(),
        p.report()
    );
}

#[test]
fn a_third_party_collector_joins_the_builtin_ones() {
    struct Count;
    impl Collector for Count {
        fn id(&self) -> &str {
            "thirdparty.conf-count"
        }
        fn describe(&self) -> &str {
            "Number of files in /etc/vz/conf"
        }
        fn fields(&self) -> Vec<cep::core::Field> {
            vec![cep::core::Field::new(
                "files",
                cep::core::FieldKind::Integer,
                "count",
            )]
        }
        fn collect(&self, host: &Host) -> Result<cep::core::Section, cep::core::CollectError> {
            let n = host.read_dir("/etc/vz/conf", 10_000)?.len();
            cep::core::Section::json(&serde_json::json!({ "files": n }))
        }
    }
    let mut all = cep::collectors::builtin();
    all.push(Arc::new(Count));
    let h = host("vz7");
    let p = sealed(&all, &h, &guard(&all, &h));
    assert_eq!(
        p.report().sections["thirdparty.conf-count"]
            .as_json()
            .unwrap()["files"],
        // 0.conf, two samples and four container configs.
        7
    );
    assert_eq!(p.report().sections.len(), all.len());
}

#[test]
fn every_fixture_host_report_passes_the_privacy_tripwire() {
    for name in fixture_hosts() {
        let h = host(&name);
        let guard = cep::core::PrivacyGuard::new(&cep::collectors::secrets::gather(&h)).unwrap();
        let p = sealed(&cep::collectors::builtin(), &h, &guard);
        assert!(
            guard.scan_archive(p.archive()).unwrap().is_empty(),
            "{name}"
        );
        // The host's own name is among what the guard looks for.
        let own = h.hostname().unwrap();
        assert!(
            guard.scrubber().first(&own, &[]).is_some(),
            "{name}: {own} not detected"
        );
    }
}
