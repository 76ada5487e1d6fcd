//! The HTTP transport against a real server on 127.0.0.1: the three
//! protocols, every status class, hangs and resets, HTTPS with a CA made in
//! the test, and a real forward proxy (tinyproxy).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use cep_core::uuid::Uuid;
use cep_core::{
    ClientInfo, Collection, PrivacyGuard, Report, Retry, Sealed, Secrets, Transport,
    TransportError, seal,
};
use cep_testserver::{Fault, TestServer, TlsMaterial};
use cep_transport::{Environment, HttpConfig, Protocol, TransportConfig, build_with};

/// A report sealed as the Agent seals it: the only kind a transport takes.
fn sealed(report: Report) -> Sealed {
    let guard = PrivacyGuard::new(&Secrets::default()).unwrap();
    seal(report, &guard, &[]).unwrap()
}

fn archive() -> Sealed {
    let c = Collection {
        outcomes: vec![],
        log: vec!["a line".into()],
    };
    sealed(Report::new(c, Uuid::new_v4(), ClientInfo::default()))
}

/// About 190 KiB compressed: a section of letters gzip cannot shrink much.
fn big_archive() -> Sealed {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let text: String = (0..250 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (b'a' + (x % 26) as u8) as char
        })
        .collect();
    let c = Collection {
        outcomes: vec![cep_core::Outcome {
            id: "test.payload".into(),
            status: cep_core::Status::Ok,
            duration: Duration::from_millis(1),
            section: Some(cep_core::Section::Text(text)),
            message: None,
            exit_status: None,
            truncated: false,
        }],
        log: vec![],
    };
    sealed(Report::new(c, Uuid::new_v4(), ClientInfo::default()))
}

fn http(url: &str, protocol: Protocol) -> TransportConfig {
    TransportConfig::Http(HttpConfig {
        url: url.into(),
        protocol,
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_millis(800),
        policy_timeout: Duration::from_secs(5),
        ca_file: None,
        proxy: None,
        id_from_server: false,
    })
}

fn env_in(dir: &Path, vars: &[(&str, &str)]) -> Environment {
    Environment {
        etc_dir: dir.join("etc"),
        state_dir: dir.join("state"),
        vars: vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<HashMap<_, _>>(),
    }
}

fn transport(config: &TransportConfig) -> (tempfile::TempDir, Box<dyn Transport>) {
    let d = tempfile::tempdir().unwrap();
    let t = build_with(config, &env_in(d.path(), &[])).unwrap();
    (d, t)
}

#[tokio::test(flavor = "multi_thread")]
async fn native_upload_gets_a_receipt_and_a_repeat_gets_the_first() {
    let s = TestServer::start();
    let (_d, t) = transport(&http(&format!("{}/", s.url()), Protocol::Cep));
    assert_eq!(t.name(), "http");
    assert_eq!(t.destination(), s.url());
    let a = archive();
    let r1 = t.send(&a).await.unwrap();
    assert_eq!(r1.report_id, a.archive().report_id);
    assert_eq!(r1.sha256, a.archive().sha256());
    let r2 = t.send(&a).await.unwrap();
    assert_eq!(r2, r1, "a repeat is answered with the first receipt");
    assert_eq!(s.reports(), vec![a.archive().report_id]);
    let ups = s.uploads();
    assert_eq!(ups.len(), 2);
    assert_eq!((ups[0].first, ups[1].first), (true, false));
    let u = &ups[0];
    assert_eq!(u.endpoint, Protocol::Cep);
    assert_eq!(u.header("content-type"), Some("application/gzip"));
    assert_eq!(
        u.header("cep-report-id"),
        Some(a.archive().report_id.to_string().as_str())
    );
    assert_eq!(
        u.header("cep-client-id"),
        Some(a.archive().client_id.to_string().as_str())
    );
    assert_eq!(u.header("user-agent"), Some("cep/0.1.0"));
    assert_eq!(u.size, a.archive().bytes.len());
}

async fn fail_with(s: &TestServer, t: &dyn Transport, fault: Fault) -> TransportError {
    s.inject(&[fault]);
    t.send(&archive()).await.unwrap_err()
}

#[tokio::test(flavor = "multi_thread")]
async fn statuses_are_classified() {
    let s = TestServer::start();
    let (_d, t) = transport(&http(&s.url(), Protocol::Cep));
    for code in [500u16, 502, 503, 408] {
        let e = fail_with(&s, t.as_ref(), Fault::Status(code)).await;
        assert_eq!((e.retry, e.status), (Retry::Retryable, Some(code)), "{e}");
        assert!(e.message.starts_with(&format!("HTTP {code}")), "{e}");
    }
    let e = fail_with(&s, t.as_ref(), Fault::TooMany(7)).await;
    assert_eq!((e.retry, e.status), (Retry::Retryable, Some(429)));
    assert_eq!(e.retry_after, Some(Duration::from_secs(7)));
    assert_eq!(e.message, "HTTP 429 Too Many Requests: slow down");
    for code in [400u16, 409, 413, 415] {
        let e = fail_with(&s, t.as_ref(), Fault::Status(code)).await;
        assert_eq!((e.retry, e.status), (Retry::Permanent, Some(code)), "{e}");
        assert!(e.is_rejection());
    }
    // A wrong URL or credentials is a setting to fix, not the report's
    // fault: permanent, but not a rejection.
    for code in [401u16, 403, 404, 405, 407] {
        let e = fail_with(&s, t.as_ref(), Fault::Status(code)).await;
        assert_eq!((e.retry, e.status), (Retry::Permanent, None), "{e}");
        assert!(e.message.contains("check transport.url"), "{e}");
    }
    // The server's own reason reaches the message.
    let e = fail_with(&s, t.as_ref(), Fault::Status(422)).await;
    assert_eq!((e.retry, e.status), (Retry::Permanent, Some(422)));
    assert!(
        e.message
            .starts_with("HTTP 422 Unprocessable Entity: injected failure"),
        "{e}"
    );
    assert!(s.reports().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn hangs_resets_and_refusals_are_retryable() {
    let s = TestServer::start();
    let (_d, t) = transport(&http(&s.url(), Protocol::Cep));
    let e = fail_with(&s, t.as_ref(), Fault::Hang).await;
    assert!(
        e.is_retryable() && e.message.starts_with("timed out"),
        "{e}"
    );
    // Reset in the middle of a large upload: the server read only a part.
    let big = big_archive();
    s.inject(&[Fault::Reset]);
    let e = t.send(&big).await.unwrap_err();
    assert!(e.is_retryable() && e.status.is_none(), "{e}");
    let read = s.reset_after();
    assert_eq!(read.len(), 1);
    assert!(
        read[0] > 0 && read[0] < big.archive().bytes.len(),
        "{read:?} of {}",
        big.archive().bytes.len()
    );
    assert_eq!(
        t.send(&big).await.unwrap().report_id,
        big.archive().report_id
    );
    // The server stored it but the answer was lost: the resend is answered
    // with the first receipt and counted once.
    let a = archive();
    s.inject(&[Fault::ResetAfterRecord]);
    let e = t.send(&a).await.unwrap_err();
    assert!(e.is_retryable(), "{e}");
    let r = t.send(&a).await.unwrap();
    assert_eq!(r.report_id, a.archive().report_id);
    assert_eq!(
        s.reports(),
        vec![big.archive().report_id, a.archive().report_id]
    );

    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (_d2, closed) = transport(&http(&format!("http://127.0.0.1:{port}"), Protocol::Cep));
    let e = closed.send(&archive()).await.unwrap_err();
    assert!(
        e.is_retryable() && e.message.starts_with("cannot connect"),
        "{e}"
    );
    assert_eq!(e.destination, format!("http://127.0.0.1:{port}"));
}

#[tokio::test(flavor = "multi_thread")]
async fn vzstats_and_disp_protocols() {
    let s = TestServer::start();
    let (_d, vz) = transport(&http(&s.url(), Protocol::Vzstats));
    let a = archive();
    let r = vz.send(&a).await.unwrap();
    assert_eq!(
        (r.report_id, r.sha256.clone()),
        (a.archive().report_id, a.archive().sha256())
    );
    let (_d2, disp) = transport(&http(&s.url(), Protocol::Disp));
    let b = archive();
    disp.send(&b).await.unwrap();
    let ups = s.uploads();
    assert_eq!(ups[0].endpoint, Protocol::Vzstats);
    assert_eq!(ups[0].client_id, a.archive().client_id.to_string());
    assert_eq!(ups[0].sha256, a.archive().sha256());
    assert!(
        ups[0]
            .header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary=")
    );
    assert_eq!(ups[1].endpoint, Protocol::Disp);
    assert_eq!(ups[1].report_id, b.archive().report_id);
    assert_eq!(
        s.reports(),
        vec![a.archive().report_id, b.archive().report_id]
    );
}

/// An archive whose manifest carries `client_id`.
fn archive_of(client_id: Uuid) -> Sealed {
    let c = Collection {
        outcomes: vec![],
        log: vec![],
    };
    sealed(Report::new(c, client_id, ClientInfo::default()))
}

#[tokio::test(flavor = "multi_thread")]
async fn vzstats_id_from_the_server_is_fetched_once_and_kept() {
    let s = TestServer::start();
    let d = tempfile::tempdir().unwrap();
    let mut cfg = http(&s.url(), Protocol::Vzstats);
    if let TransportConfig::Http(HttpConfig { id_from_server, .. }) = &mut cfg {
        *id_from_server = true;
    }
    std::fs::create_dir_all(d.path().join("state")).unwrap();
    let env = env_in(d.path(), &[]);
    let state = d.path().join("state");
    let host_id = Uuid::new_v4();
    s.genuuid_answers(&[
        "<html>oops</html>",
        "{0E9C3B2A-1111-4222-8333-444455556666}",
    ]);
    let t = build_with(&cfg, &env).unwrap();
    let e = t.prepare().await.unwrap_err();
    assert!(e.is_retryable(), "{e}");
    assert!(
        e.message
            .contains("genuuid.php answered `<html>oops</html>`, not a UUID"),
        "{e}"
    );
    let id_file = d.path().join("state/vzstats-server-id");
    assert!(!id_file.exists());
    // Until the server handed one out, reports carry the host id.
    assert_eq!(
        cep_transport::report_client_id(&cfg, &state, host_id),
        host_id
    );
    t.prepare().await.unwrap();
    t.prepare().await.unwrap();
    let want = "0e9c3b2a-1111-4222-8333-444455556666";
    assert_eq!(
        std::fs::read_to_string(&id_file).unwrap(),
        format!("{want}\n")
    );
    let client_id = cep_transport::report_client_id(&cfg, &state, host_id);
    assert_eq!(client_id.to_string(), want);
    t.send(&archive_of(client_id)).await.unwrap();
    // A new transport (next run) reuses the stored id without asking (the
    // server would hand out a fresh one).
    let t2 = build_with(&cfg, &env).unwrap();
    t2.prepare().await.unwrap();
    t2.send(&archive_of(client_id)).await.unwrap();
    assert_eq!(
        std::fs::read_to_string(&id_file).unwrap(),
        format!("{want}\n")
    );
    let ids: Vec<String> = s.uploads().iter().map(|u| u.client_id.clone()).collect();
    assert_eq!(ids, vec![want; 2]);
    // Without id_from_server, nothing is asked and the host id stays.
    let plain = http(&s.url(), Protocol::Vzstats);
    assert_eq!(
        cep_transport::report_client_id(&plain, &state, host_id),
        host_id
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn https_with_a_pinned_ca() {
    let tls = TlsMaterial::generate();
    let s = TestServer::start_tls(&tls);
    assert!(s.url().starts_with("https://localhost:"));
    let d = tempfile::tempdir().unwrap();
    let ca = d.path().join("ca.pem");
    std::fs::write(&ca, &tls.ca_pem).unwrap();
    // Without the CA the server is not trusted.
    let (_d, untrusted) = transport(&http(&s.url(), Protocol::Cep));
    let e = untrusted.send(&archive()).await.unwrap_err();
    assert!(e.is_retryable(), "{e}");
    assert!(e.message.to_lowercase().contains("certificate"), "{e}");
    let mut cfg = http(&s.url(), Protocol::Cep);
    if let TransportConfig::Http(HttpConfig { ca_file, .. }) = &mut cfg {
        *ca_file = Some(ca);
    }
    let (_d2, t) = transport(&cfg);
    let a = archive();
    assert_eq!(t.send(&a).await.unwrap().report_id, a.archive().report_id);
    assert_eq!(s.reports(), vec![a.archive().report_id]);
}

/// tinyproxy on a free loopback port with its own configuration.
struct Tinyproxy {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Tinyproxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tinyproxy_binary() -> Option<PathBuf> {
    [
        "/usr/bin/tinyproxy",
        "/usr/sbin/tinyproxy",
        "/usr/local/bin/tinyproxy",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn start_tinyproxy(auth: Option<(&str, &str)>) -> Result<Tinyproxy, String> {
    let bin = tinyproxy_binary().ok_or("tinyproxy is not installed (Debian package tinyproxy)")?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        l.local_addr().map_err(|e| e.to_string())?.port()
    };
    let mut conf = format!(
        "Port {port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\nLogLevel Info\nLogFile \"{}\"\nPidFile \"{}\"\n",
        dir.path().join("log").display(),
        dir.path().join("pid").display()
    );
    if let Some((u, p)) = auth {
        conf.push_str(&format!("BasicAuth {u} {p}\n"));
    }
    let conf_path = dir.path().join("tinyproxy.conf");
    std::fs::write(&conf_path, conf).map_err(|e| e.to_string())?;
    let mut child = Command::new(&bin)
        .arg("-d")
        .arg("-c")
        .arg(&conf_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(Tinyproxy {
                child,
                port,
                _dir: dir,
            });
        }
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                use std::io::Read;
                let _ = e.read_to_string(&mut err);
            }
            return Err(format!("tinyproxy exited with {status}: {}", err.trim()));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    Err("tinyproxy did not listen within 5 s".into())
}

#[tokio::test(flavor = "multi_thread")]
async fn through_tinyproxy_from_the_environment_and_yum_conf() {
    let proxy = match start_tinyproxy(None) {
        Ok(p) => p,
        Err(why) => {
            cep_core::skip!("{why}");
            return;
        }
    };
    let s = TestServer::start();
    let d = tempfile::tempdir().unwrap();
    let purl = format!("http://127.0.0.1:{}", proxy.port);
    let env = env_in(d.path(), &[("http_proxy", &purl)]);
    let t = build_with(&http(&s.url(), Protocol::Cep), &env).unwrap();
    let a = archive();
    assert_eq!(t.send(&a).await.unwrap().report_id, a.archive().report_id);
    let via = s.uploads()[0].header("via").map(str::to_owned);
    assert!(
        via.as_deref().is_some_and(|v| v.contains("tinyproxy")),
        "the upload did not pass the proxy: Via = {via:?}"
    );
    // no_proxy exempts the server: the request goes direct.
    let env = env_in(
        d.path(),
        &[("http_proxy", &purl), ("NO_PROXY", "127.0.0.1")],
    );
    let t = build_with(&http(&s.url(), Protocol::Cep), &env).unwrap();
    t.send(&archive()).await.unwrap();
    assert_eq!(s.uploads()[1].header("via"), None);

    // With credentials from yum.conf.
    let authed = match start_tinyproxy(Some(("cep", "s3cret"))) {
        Ok(p) => p,
        Err(why) => {
            cep_core::skip!("the BasicAuth part: {why}");
            return;
        }
    };
    std::fs::create_dir_all(d.path().join("etc")).unwrap();
    std::fs::write(
        d.path().join("etc/yum.conf"),
        format!(
            "[main]\nproxy=http://127.0.0.1:{}\nproxy_username=cep\nproxy_password=s3cret\n",
            authed.port
        ),
    )
    .unwrap();
    let env = env_in(d.path(), &[]);
    let t = build_with(&http(&s.url(), Protocol::Cep), &env).unwrap();
    let b = archive();
    t.send(&b).await.unwrap();
    let last = s.uploads().pop().unwrap();
    assert_eq!(last.report_id, b.archive().report_id);
    assert!(last.header("via").is_some_and(|v| v.contains("tinyproxy")));
    // Wrong credentials: the proxy refuses (407), which is not the
    // server rejecting the report.
    std::fs::write(
        d.path().join("etc/yum.conf"),
        format!(
            "[main]\nproxy=http://127.0.0.1:{}\nproxy_username=cep\nproxy_password=wrong\n",
            authed.port
        ),
    )
    .unwrap();
    let t = build_with(&http(&s.url(), Protocol::Cep), &env).unwrap();
    let e = t.send(&archive()).await.unwrap_err();
    assert_eq!((e.retry, e.status), (Retry::Permanent, None), "{e}");
    assert!(
        e.message.starts_with("HTTP 401") || e.message.starts_with("HTTP 407"),
        "{e}"
    );
    assert!(!e.is_rejection());
}

#[tokio::test(flavor = "multi_thread")]
async fn https_through_tinyproxy_tunnel() {
    let proxy = match start_tinyproxy(None) {
        Ok(p) => p,
        Err(why) => {
            cep_core::skip!("{why}");
            return;
        }
    };
    let tls = TlsMaterial::generate();
    let s = TestServer::start_tls(&tls);
    let d = tempfile::tempdir().unwrap();
    let ca = d.path().join("ca.pem");
    std::fs::write(&ca, &tls.ca_pem).unwrap();
    let mut cfg = http(&s.url(), Protocol::Cep);
    if let TransportConfig::Http(HttpConfig {
        ca_file, proxy: p, ..
    }) = &mut cfg
    {
        *ca_file = Some(ca);
        *p = Some(format!("http://127.0.0.1:{}", proxy.port));
    }
    let t = build_with(&cfg, &env_in(d.path(), &[])).unwrap();
    let a = archive();
    assert_eq!(t.send(&a).await.unwrap().report_id, a.archive().report_id);
    assert_eq!(s.reports(), vec![a.archive().report_id]);
    // Proof it went through the tunnel: the proxy logged the CONNECT.
    let log = std::fs::read_to_string(proxy._dir.path().join("log")).unwrap_or_default();
    assert!(
        log.contains("CONNECT") && log.contains(&format!("localhost:{}", s.addr().port())),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_query_or_fragment_in_the_url_stays_after_the_endpoint_path() {
    let s = TestServer::start();
    for protocol in [Protocol::Cep, Protocol::Vzstats, Protocol::Disp] {
        let (_d, t) = transport(&http(&format!("{}/?site=7#top", s.url()), protocol));
        let a = archive();
        assert_eq!(
            t.send(&a).await.unwrap().report_id,
            a.archive().report_id,
            "{protocol:?}"
        );
        assert_eq!(t.destination(), format!("{}/?site=7", s.url()));
    }
    let endpoints: Vec<Protocol> = s.uploads().iter().map(|u| u.endpoint).collect();
    assert_eq!(
        endpoints,
        vec![Protocol::Cep, Protocol::Vzstats, Protocol::Disp]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proxy_that_refuses_the_connection_is_named() {
    let s = TestServer::start();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut cfg = http(&s.url(), Protocol::Cep);
    if let TransportConfig::Http(HttpConfig { proxy, .. }) = &mut cfg {
        *proxy = Some(format!("http://cep:pr0xypw@127.0.0.1:{closed}"));
    }
    let (_d, t) = transport(&cfg);
    let e = t.send(&archive()).await.unwrap_err();
    assert!(e.is_retryable(), "{e}");
    let want = format!(
        "cannot connect through the proxy http://127.0.0.1:{closed} (from transport.proxy in cep.toml); check that it runs"
    );
    assert!(e.message.starts_with(&want), "{e}");
    assert!(!e.to_string().contains("pr0xypw"), "{e}");
    assert!(s.uploads().is_empty());
}

/// A transport for `url` trusting the PEM `pem` as `ca_file`.
fn with_ca_file(url: &str, pem: &str) -> (tempfile::TempDir, Box<dyn Transport>) {
    let d = tempfile::tempdir().unwrap();
    let ca = d.path().join("server.pem");
    std::fs::write(&ca, pem).unwrap();
    let mut cfg = http(url, Protocol::Cep);
    if let TransportConfig::Http(HttpConfig { ca_file, .. }) = &mut cfg {
        *ca_file = Some(ca);
    }
    let t = build_with(&cfg, &env_in(d.path(), &[])).unwrap();
    (d, t)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_self_signed_server_certificate_given_as_ca_file_is_pinned() {
    let tls = TlsMaterial::self_signed(&["localhost"]);
    let s = TestServer::start_tls(&tls);
    let (_d, t) = with_ca_file(&s.url(), &tls.ca_pem);
    let a = archive();
    assert_eq!(t.send(&a).await.unwrap().report_id, a.archive().report_id);
    assert_eq!(s.reports(), vec![a.archive().report_id]);

    // Pinning is exact: another self-signed certificate is not trusted.
    let other = TlsMaterial::self_signed(&["localhost"]);
    let (_d2, t) = with_ca_file(&s.url(), &other.ca_pem);
    let e = t.send(&archive()).await.unwrap_err();
    assert!(e.message.to_lowercase().contains("certificate"), "{e}");
    // And the name is still checked: the pinned certificate is for another
    // host than the URL names.
    let elsewhere = TlsMaterial::self_signed(&["stats.example.org"]);
    let s2 = TestServer::start_tls(&elsewhere);
    let (_d3, t) = with_ca_file(&s2.url(), &elsewhere.ca_pem);
    let e = t.send(&archive()).await.unwrap_err();
    assert!(
        e.message
            .contains("certificate not valid for name \"localhost\""),
        "{e}"
    );
    assert!(s2.reports().is_empty());
}

/// The request heads a listener on 127.0.0.1 received, each answered 503.
fn recording_listener(n: usize) -> (String, std::thread::JoinHandle<Vec<String>>) {
    use std::io::{Read, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let h = std::thread::spawn(move || {
        let mut heads = Vec::new();
        for _ in 0..n {
            let (mut c, _) = l.accept().unwrap();
            let mut buf = Vec::new();
            let mut byte = [0u8; 1];
            while !buf.ends_with(b"\r\n\r\n") && c.read(&mut byte).unwrap() == 1 {
                buf.push(byte[0]);
            }
            heads.push(String::from_utf8_lossy(&buf).to_lowercase());
            let _ = c.write_all(
                b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            );
        }
        heads
    });
    (url, h)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fleet_label_goes_with_every_upload_as_a_header_and_nowhere_else() {
    let protocols = [Protocol::Cep, Protocol::Vzstats, Protocol::Disp];
    let (url, heads) = recording_listener(protocols.len() + 1);
    let d = tempfile::tempdir().unwrap();
    for protocol in protocols {
        let t = cep_transport::build_labelled(
            &http(&url, protocol),
            &env_in(d.path(), &[]),
            Some("hv17.rack-3"),
        )
        .unwrap();
        let e = t.send(&archive()).await.unwrap_err();
        assert!(e.is_retryable(), "{e:?}");
    }
    // Without a label, no such header.
    let t = build_with(&http(&url, Protocol::Cep), &env_in(d.path(), &[])).unwrap();
    assert!(t.send(&archive()).await.is_err());
    let heads = heads.join().unwrap();
    for h in &heads[..3] {
        assert!(h.contains("\r\ncep-fleet-label: hv17.rack-3\r\n"), "{h}");
    }
    assert!(!heads[3].contains("cep-fleet-label"), "{}", heads[3]);
}
