//! Delivering a 20 KiB report over loopback with the native protocol:
//! plain HTTP, one client (connections reused as the transport does within a
//! run), the test server validating each archive and answering a receipt.
//! TLS handshakes are not part of the figure.
//!
//! `cargo bench -p cep-transport --bench loopback`

use std::time::{Duration, Instant};

use cep_core::uuid::Uuid;
use cep_core::{
    ClientInfo, Collection, Outcome, PrivacyGuard, Report, Sealed, Secrets, Section, Status, seal,
};
use cep_testserver::TestServer;
use cep_transport::{HttpConfig, HttpSettings, HttpTransport, Protocol};

/// An archive of at least 20 KiB compressed: a text section of
/// pseudo-random letters (which gzip cannot shrink much).
/// A report sealed as the Agent seals it (a transport takes only those).
fn archive(client: Uuid, seed: u64, guard: &PrivacyGuard) -> Sealed {
    let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";
    let mut x = seed | 1;
    let mut text = String::new();
    loop {
        for _ in 0..1024 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push(alphabet[(x % 64) as usize] as char);
        }
        let c = Collection {
            outcomes: vec![Outcome {
                id: "bench.payload".into(),
                status: Status::Ok,
                duration: Duration::from_millis(1),
                section: Some(Section::Text(text.clone())),
                message: None,
                exit_status: None,
                truncated: false,
            }],
            log: vec![],
        };
        let a = seal(Report::new(c, client, ClientInfo::default()), guard, &[]).expect("sealed");
        if a.archive().bytes.len() >= 20 * 1024 {
            return a;
        }
    }
}

fn main() {
    let server = TestServer::start();
    let mut config = HttpConfig::new(&server.url(), Protocol::Cep);
    config.connect_timeout = Duration::from_secs(5);
    config.timeout = Duration::from_secs(5);
    let t = HttpTransport::new(HttpSettings {
        config,
        proxy: None,
        server_id_file: None,
    })
    .expect("transport");
    let client = Uuid::new_v4();
    let warmup = 50;
    let runs = 1000;
    let guard = PrivacyGuard::new(&Secrets::default()).expect("guard");
    let archives: Vec<Sealed> = (0..warmup + runs)
        .map(|i| archive(client, 0x9e37_79b9_7f4a_7c15 ^ i as u64, &guard))
        .collect();
    let size = archives[0].archive().bytes.len();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut times: Vec<Duration> = rt.block_on(async {
        use cep_core::Transport;
        let mut times = Vec::with_capacity(runs);
        for (i, a) in archives.iter().enumerate() {
            let start = Instant::now();
            let r = t.send(a).await.expect("delivery");
            let took = start.elapsed();
            assert_eq!(r.report_id, a.archive().report_id);
            if i >= warmup {
                times.push(took);
            }
        }
        times
    });
    assert_eq!(server.reports().len(), warmup + runs);
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "deliver {size} B report over loopback (native protocol, {runs} runs): median {:.0} us, mean {:.0} us, p95 {:.0} us, p99 {:.0} us",
        us(pct(0.5)),
        us(mean),
        us(pct(0.95)),
        us(pct(0.99))
    );
    let target = Duration::from_millis(5);
    println!(
        "target median <= 5 ms: {}",
        if pct(0.5) <= target { "met" } else { "NOT met" }
    );
}
