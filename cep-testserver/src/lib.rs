//! A stats server for cep's tests and benchmarks, listening on 127.0.0.1.
//!
//! It speaks the three upload protocols (native `POST /api/v1/reports`,
//! vzstats `submit.php` / `genuuid.php`, dispatcher `/post`), validates each
//! archive with cep-core's reader, deduplicates by report id (a repeat gets
//! the first receipt) and can be told to misbehave: answer an error status,
//! 429 with `Retry-After`, hang, or reset the connection in the middle of the
//! upload, before or after it has recorded the report.
//!
//! The server runs on its own runtime thread, so synchronous tests that
//! start the `cep` binary and async tests use it alike.
#![deny(missing_docs)]
// Handlers return a ready `Response` as their error; its size does not matter here.
#![allow(clippy::result_large_err)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Multipart, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use cep_core::report::{ReadLimits, Report, sha256_hex};
use cep_core::uuid::Uuid;
use cep_core::{Protocol, Receipt};
use tokio::sync::{Notify, oneshot};

/// What the server does with the next upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer this status without looking at the request.
    Status(u16),
    /// 429 with `Retry-After: <seconds>`.
    TooMany(u64),
    /// Never answer (until the server stops); nothing is recorded.
    Hang,
    /// Record the report, then never answer.
    HangAfterRecord,
    /// Read part of the upload, then reset the connection; nothing is
    /// recorded.
    Reset,
    /// Record the report, then reset the connection instead of answering
    /// (the client never learns it arrived).
    ResetAfterRecord,
}

/// One upload the server accepted (repeats included).
#[derive(Debug, Clone)]
pub struct Upload {
    /// Which protocol's endpoint took it.
    pub endpoint: Protocol,
    /// The report id from the archive's manifest.
    pub report_id: Uuid,
    /// The id the client sent (header `Cep-Client-Id` or field `uuid`).
    pub client_id: String,
    /// Archive size.
    pub size: usize,
    /// Archive SHA-256.
    pub sha256: String,
    /// The archive as received.
    pub body: Bytes,
    /// Request headers, names lowercase.
    pub headers: Vec<(String, String)>,
    /// False when the id had been seen before.
    pub first: bool,
}

impl Upload {
    /// A request header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Shared {
    faults: VecDeque<Fault>,
    uploads: Vec<Upload>,
    receipts: HashMap<Uuid, serde_json::Value>,
    order: Vec<Uuid>,
    hanging: usize,
    reset_after: Vec<usize>,
    requests: usize,
    genuuid: Vec<String>,
    policy: Option<cep_core::PolicyDocument>,
    policy_requests: usize,
}

struct Inner {
    shared: Mutex<Shared>,
    changed: Condvar,
    release: Notify,
}

impl Inner {
    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Closes the connection a request came on (set per connection).
#[derive(Clone)]
struct Kill(Arc<Mutex<Option<oneshot::Sender<()>>>>);

impl Kill {
    fn fire(&self) {
        if let Some(tx) = self.0.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = tx.send(());
        }
    }
}

/// A running server; stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    tls: bool,
    inner: Arc<Inner>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// A CA and a server certificate for `localhost` and `127.0.0.1`.
pub struct TlsMaterial {
    /// The CA certificate (PEM), what a client passes as `ca_file`.
    pub ca_pem: String,
    server: rustls::ServerConfig,
}

/// A TLS server presenting `chain` with `key`.
fn server_config(
    chain: Vec<rustls::pki_types::CertificateDer<'static>>,
    key: &rcgen::KeyPair,
) -> rustls::ServerConfig {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(
            chain,
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )
        .expect("server TLS config")
}

impl TlsMaterial {
    /// Makes a fresh CA and a server certificate signed by it.
    pub fn generate() -> TlsMaterial {
        use rcgen::{
            BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair,
            KeyUsagePurpose,
        };
        let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "cep test CA");
        ca.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate().expect("CA key"))
            .expect("CA certificate");
        let key = KeyPair::generate().expect("server key");
        let leaf = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("server params")
            .signed_by(&key, &ca)
            .expect("server certificate");
        TlsMaterial {
            ca_pem: ca.pem(),
            server: server_config(vec![leaf.der().clone(), ca.der().clone()], &key),
        }
    }

    /// A self-signed server certificate for `names`, marked as a CA as
    /// `openssl req -x509` makes it: `ca_pem` is that certificate itself,
    /// what a small deployment pins as `ca_file`.
    pub fn self_signed(names: &[&str]) -> TlsMaterial {
        use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
        let key = KeyPair::generate().expect("server key");
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
                .expect("server params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let cert = params.self_signed(&key).expect("self-signed certificate");
        TlsMaterial {
            ca_pem: cert.pem(),
            server: server_config(vec![cert.der().clone()], &key),
        }
    }
}

impl TestServer {
    /// Starts a plain HTTP server on a free loopback port.
    pub fn start() -> TestServer {
        Self::spawn(None)
    }

    /// Starts an HTTPS server with the given certificate.
    pub fn start_tls(tls: &TlsMaterial) -> TestServer {
        Self::spawn(Some(Arc::new(tls.server.clone())))
    }

    fn spawn(tls: Option<Arc<rustls::ServerConfig>>) -> TestServer {
        let inner = Arc::new(Inner {
            shared: Mutex::new(Shared::default()),
            changed: Condvar::new(),
            release: Notify::new(),
        });
        let std_listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        std_listener.set_nonblocking(true).expect("nonblocking");
        let addr = std_listener.local_addr().expect("local address");
        let (stop_tx, stop_rx) = oneshot::channel();
        let is_tls = tls.is_some();
        let state = inner.clone();
        let thread = std::thread::Builder::new()
            .name("testserver".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("server runtime");
                rt.block_on(serve(std_listener, tls, state, stop_rx));
                rt.shutdown_background();
            })
            .expect("server thread");
        TestServer {
            addr,
            tls: is_tls,
            inner,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:<port>` (or `https://localhost:<port>`).
    pub fn url(&self) -> String {
        if self.tls {
            format!("https://localhost:{}", self.addr.port())
        } else {
            format!("http://{}", self.addr)
        }
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queues faults for the next uploads, one each, in order.
    pub fn inject(&self, faults: &[Fault]) {
        self.inner.lock().faults.extend(faults.iter().cloned());
    }

    /// Faults not yet used.
    pub fn faults_left(&self) -> usize {
        self.inner.lock().faults.len()
    }

    /// Answers for `genuuid.php`, used in order (then fresh UUIDs).
    pub fn genuuid_answers(&self, answers: &[&str]) {
        self.inner
            .lock()
            .genuuid
            .extend(answers.iter().map(|s| s.to_string()));
    }

    /// Publishes `policy` at `GET /api/v1/policy`, unsigned, as cep-server
    /// would (its canonical bytes; 404 until set).
    pub fn set_policy(&self, policy: cep_core::Policy) {
        self.set_policy_document(cep_core::PolicyDocument::unsigned(&policy));
    }

    /// Publishes exactly these bytes and signature header at `GET
    /// /api/v1/policy`: a server impersonated, or a policy altered on its
    /// way.
    pub fn set_policy_document(&self, doc: cep_core::PolicyDocument) {
        self.inner.lock().policy = Some(doc);
    }

    /// How many times the policy was asked for.
    pub fn policy_requests(&self) -> usize {
        self.inner.lock().policy_requests
    }

    /// Every upload accepted, repeats included.
    pub fn uploads(&self) -> Vec<Upload> {
        self.inner.lock().uploads.clone()
    }

    /// Distinct report ids stored, in order of first arrival: what the
    /// server counts.
    pub fn reports(&self) -> Vec<Uuid> {
        self.inner.lock().order.clone()
    }

    /// Upload requests seen (including failed and faulted ones).
    pub fn requests(&self) -> usize {
        self.inner.lock().requests
    }

    /// For each [`Fault::Reset`], how many body bytes the server had read
    /// when it dropped the connection.
    pub fn reset_after(&self) -> Vec<usize> {
        self.inner.lock().reset_after.clone()
    }

    /// Waits until `n` requests are hanging, up to `timeout`.
    pub fn wait_hanging(&self, n: usize, timeout: Duration) -> bool {
        let guard = self.inner.lock();
        let (g, _) = self
            .inner
            .changed
            .wait_timeout_while(guard, timeout, |s| s.hanging < n)
            .unwrap_or_else(|e| e.into_inner());
        g.hanging >= n
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.inner.release.notify_waiters();
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn serve(
    listener: std::net::TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    inner: Arc<Inner>,
    mut stop: oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let app = Router::new()
        .route("/api/v1/reports", post(native))
        .route("/submit.php", post(vzstats))
        .route("/genuuid.php", post(genuuid))
        .route("/api/v1/policy", axum::routing::get(policy))
        .route("/post", post(disp))
        .layer(axum::extract::DefaultBodyLimit::max(4 * 1024 * 1024))
        .with_state(inner);
    loop {
        let stream = tokio::select! {
            _ = &mut stop => return,
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(_) => continue,
            },
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let (kill_tx, kill_rx) = oneshot::channel::<()>();
            let kill = Kill(Arc::new(Mutex::new(Some(kill_tx))));
            let service =
                hyper_util::service::TowerToHyperService::new(app.layer(axum::Extension(kill)));
            match acceptor {
                Some(a) => {
                    let Ok(tls) = a.accept(stream).await else {
                        return;
                    };
                    let conn = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(tls), service);
                    tokio::select! {
                        _ = conn => {}
                        _ = kill_rx => {}
                    }
                }
                None => {
                    let conn = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                    tokio::select! {
                        _ = conn => {}
                        _ = kill_rx => {}
                    }
                }
            }
        });
    }
}

fn json_error(status: StatusCode, msg: &str) -> Response {
    (status, axum::Json(serde_json::json!({ "error": msg }))).into_response()
}

/// What a fault turned into, before the request is handled.
enum Before {
    Go(Option<Fault>),
    Answer(Response),
}

async fn before(inner: &Inner) -> Before {
    let fault = {
        let mut s = inner.lock();
        s.requests += 1;
        s.faults.pop_front()
    };
    match fault {
        Some(Fault::Status(code)) => {
            let code = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            Before::Answer(json_error(code, "injected failure"))
        }
        Some(Fault::TooMany(secs)) => {
            let mut r = json_error(StatusCode::TOO_MANY_REQUESTS, "slow down");
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
            Before::Answer(r)
        }
        Some(Fault::Hang) => Before::Answer(hang(inner).await),
        other => Before::Go(other),
    }
}

/// Reads the first part of the body, then drops the connection with the
/// rest unread (the kernel answers the client with a reset).
async fn reset_mid_upload(inner: &Inner, req: Request, kill: Option<Kill>) -> Response {
    use axum::body::HttpBody;
    let mut body = req.into_body();
    let mut read = 0;
    if let Some(Ok(frame)) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await
        && let Some(data) = frame.data_ref()
    {
        read = data.len();
    }
    inner.lock().reset_after.push(read);
    if let Some(k) = kill {
        k.fire();
    }
    // The connection is being dropped; never answer on it.
    std::future::pending::<()>().await;
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

async fn hang(inner: &Inner) -> Response {
    {
        let mut s = inner.lock();
        s.hanging += 1;
    }
    inner.changed.notify_all();
    inner.release.notified().await;
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// Records an archive (once per id) and returns the first receipt.
fn record(
    inner: &Inner,
    endpoint: Protocol,
    client_id: String,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(bool, serde_json::Value), Response> {
    let report = Report::read(body, &ReadLimits::default())
        .and_then(|r| r.manifest.check_created_at().map(|()| r))
        .map_err(|e| json_error(StatusCode::UNPROCESSABLE_ENTITY, &e.to_string()))?;
    let id = report.manifest.report_id;
    let sha = sha256_hex(body);
    let mut s = inner.lock();
    let first = !s.receipts.contains_key(&id);
    if first {
        s.order.push(id);
        let receipt = serde_json::to_value(Receipt {
            report_id: id,
            received_at: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            sha256: sha.clone(),
        })
        .unwrap_or_default();
        s.receipts.insert(id, receipt);
    }
    s.uploads.push(Upload {
        endpoint,
        report_id: id,
        client_id,
        size: body.len(),
        sha256: sha,
        body: Bytes::copy_from_slice(body),
        headers: headers
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
            .collect(),
        first,
    });
    Ok((first, s.receipts[&id].clone()))
}

async fn after(inner: &Inner, fault: Option<Fault>, kill: Option<Kill>, ok: Response) -> Response {
    match fault {
        Some(Fault::HangAfterRecord) => hang(inner).await,
        Some(Fault::ResetAfterRecord) => {
            if let Some(k) = kill {
                k.fire();
            }
            std::future::pending::<()>().await;
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        _ => ok,
    }
}

async fn native(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    let kill = req.extensions().get::<Kill>().cloned();
    let fault = match before(&inner).await {
        Before::Answer(r) => return r,
        Before::Go(Some(Fault::Reset)) => return reset_mid_upload(&inner, req, kill).await,
        Before::Go(f) => f,
    };
    let headers = req.headers().clone();
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if ctype != "application/gzip" {
        return json_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/gzip",
        );
    }
    let get = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| Uuid::parse_str(v).ok())
    };
    let (Some(report_id), Some(client_id)) = (get("cep-report-id"), get("cep-client-id")) else {
        return json_error(
            StatusCode::BAD_REQUEST,
            "headers Cep-Report-Id and Cep-Client-Id must be UUIDs",
        );
    };
    let body: Bytes = match axum::body::to_bytes(req.into_body(), 4 * 1024 * 1024).await {
        Ok(b) => b,
        Err(_) => return json_error(StatusCode::BAD_REQUEST, "could not read the body"),
    };
    if body.len() as u64 > ReadLimits::default().compressed_bytes {
        return json_error(StatusCode::PAYLOAD_TOO_LARGE, "the archive exceeds 1 MiB");
    }
    let (first, receipt) = match record(
        &inner,
        Protocol::Cep,
        client_id.to_string(),
        &headers,
        &body,
    ) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if receipt["report_id"] != serde_json::json!(report_id) {
        return json_error(
            StatusCode::BAD_REQUEST,
            "Cep-Report-Id does not match manifest.json",
        );
    }
    let status = if first {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    after(
        &inner,
        fault,
        kill,
        (status, axum::Json(receipt)).into_response(),
    )
    .await
}

/// Parts of a multipart upload: text fields and file parts by name.
async fn parts(mut mp: Multipart) -> Result<Vec<(String, Option<String>, Bytes)>, Response> {
    let mut out = Vec::new();
    loop {
        match mp.next_field().await {
            Ok(Some(f)) => {
                let name = f.name().unwrap_or("").to_owned();
                let file = f.file_name().map(str::to_owned);
                let data = f
                    .bytes()
                    .await
                    .map_err(|e| json_error(StatusCode::BAD_REQUEST, &e.to_string()))?;
                out.push((name, file, data));
            }
            Ok(None) => return Ok(out),
            Err(e) => return Err(json_error(StatusCode::BAD_REQUEST, &e.to_string())),
        }
    }
}

async fn legacy(inner: Arc<Inner>, req: Request, endpoint: Protocol) -> Response {
    let kill = req.extensions().get::<Kill>().cloned();
    let fault = match before(&inner).await {
        Before::Answer(r) => return r,
        Before::Go(Some(Fault::Reset)) => return reset_mid_upload(&inner, req, kill).await,
        Before::Go(f) => f,
    };
    let headers = req.headers().clone();
    let mp = match <Multipart as axum::extract::FromRequest<()>>::from_request(req, &()).await {
        Ok(m) => m,
        Err(e) => return e.into_response(),
    };
    let fields = match parts(mp).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let field = |n: &str| fields.iter().find(|(name, _, _)| name == n);
    let (client, file) = match endpoint {
        Protocol::Vzstats => match (field("uuid"), field("file")) {
            (Some(u), Some(f)) => (String::from_utf8_lossy(&u.2).into_owned(), f),
            _ => return (StatusCode::BAD_REQUEST, "uuid and file expected").into_response(),
        },
        _ => match field("report") {
            Some(f) if f.1.as_deref() == Some("report.tar.gz") => (String::new(), f),
            _ => {
                return (
                    StatusCode::BAD_REQUEST,
                    "part report (report.tar.gz) expected",
                )
                    .into_response();
            }
        },
    };
    if let Err(r) = record(&inner, endpoint, client, &headers, &file.2) {
        return r;
    }
    after(
        &inner,
        fault,
        kill,
        (StatusCode::OK, "OK\n").into_response(),
    )
    .await
}

async fn vzstats(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    legacy(inner, req, Protocol::Vzstats).await
}

async fn disp(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    legacy(inner, req, Protocol::Disp).await
}

async fn policy(State(inner): State<Arc<Inner>>) -> Response {
    let mut s = inner.lock();
    s.policy_requests += 1;
    match &s.policy {
        Some(doc) => {
            let mut r = (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                doc.bytes.clone(),
            )
                .into_response();
            if let Some(sig) = doc
                .signature
                .as_deref()
                .and_then(|v| axum::http::HeaderValue::from_str(v).ok())
            {
                r.headers_mut()
                    .insert(cep_core::policy::SIGNATURE_HEADER, sig);
            }
            r
        }
        None => (StatusCode::NOT_FOUND, "no policy").into_response(),
    }
}

async fn genuuid(State(inner): State<Arc<Inner>>, mp: Multipart) -> Response {
    let fields = match parts(mp).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let ok = fields
        .iter()
        .any(|(n, _, v)| n == "magic_word" && v.as_ref() == b"very-please");
    if !ok {
        return (StatusCode::FORBIDDEN, "no magic word").into_response();
    }
    let answer = {
        let mut s = inner.lock();
        if s.genuuid.is_empty() {
            Uuid::new_v4().to_string()
        } else {
            s.genuuid.remove(0)
        }
    };
    (StatusCode::OK, answer).into_response()
}
