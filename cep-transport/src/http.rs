//! The HTTP transport: uploads an archive with one of three protocols
//! (docs/PROTOCOL.md), over rustls with the ring provider (no OpenSSL).
//!
//! Trust: the bundled webpki roots, the system bundle when there is one,
//! and the configured `ca_file`. Retry classification: connection errors,
//! timeouts, 5xx, 408 and 429 are retryable (with `Retry-After`); 401, 403,
//! 404, 405 and 407 mean a wrong address or credentials (a configuration
//! problem: the report stays); any other 4xx is the server refusing the
//! report for good.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cep_core::fsutil::atomic_write;
use cep_core::transport::parse_host_id;
use cep_core::uuid::Uuid;
use cep_core::{Receipt, Sealed, Transport, TransportError};

use crate::config::{HttpConfig, Protocol};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::proxy::ProxyChoice;
use crate::{Environment, Error, SERVER_ID_FILE};

/// System CA bundles, read when present (Debian, RHEL / Virtuozzo).
const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
];

/// Largest response body read (receipts and error messages are small).
const MAX_RESPONSE: usize = 64 * 1024;

/// Settings of an [`HttpTransport`]: the configuration as cep.toml gives
/// it, and what is resolved from it on this host.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    /// `[transport]` as configured (URL, protocol, timeouts, CA file).
    /// Its `proxy` and `id_from_server` are what was asked for; the
    /// transport uses the resolved `proxy` and `server_id_file` below.
    pub config: HttpConfig,
    /// The proxy in use, if any: the configured one, else one found in
    /// the environment ([`crate::proxy::discover`]).
    pub proxy: Option<ProxyChoice>,
    /// vzstats: where the id from `genuuid.php` is kept; when set,
    /// [`Transport::prepare`] asks for it once. Uploads always send the
    /// manifest's `client_id` as `uuid` (the server checks they agree).
    pub server_id_file: Option<PathBuf>,
}

impl HttpSettings {
    /// Resolves `config` on this host: the proxy from the configuration or
    /// `env` (variables, then wgetrc and yum.conf in `env.etc_dir`), and,
    /// for vzstats with `id_from_server`, the id file in `env.state_dir`.
    ///
    /// ```
    /// use cep_transport::config::{HttpConfig, Protocol};
    /// use cep_transport::{Environment, HttpSettings};
    /// let mut config = HttpConfig::new("https://stats.example.org", Protocol::Vzstats);
    /// config.id_from_server = true;
    /// config.proxy = Some("http://proxy.example:3128".into());
    /// let env = Environment { etc_dir: "/nonexistent".into(), state_dir: "/var/lib/cep".into(), vars: Default::default() };
    /// let s = HttpSettings::resolve(config, &env);
    /// assert_eq!(s.proxy.unwrap().url, "http://proxy.example:3128");
    /// assert_eq!(s.server_id_file.unwrap(), std::path::Path::new("/var/lib/cep/vzstats-server-id"));
    /// ```
    pub fn resolve(config: HttpConfig, env: &Environment) -> HttpSettings {
        let lookup = |k: &str| env.vars.get(k).cloned();
        let proxy =
            crate::proxy::discover(&config.url, config.proxy.as_deref(), &lookup, &env.etc_dir);
        let server_id_file = (config.id_from_server && config.protocol == Protocol::Vzstats)
            .then(|| env.state_dir.join(SERVER_ID_FILE));
        HttpSettings {
            config,
            proxy,
            server_id_file,
        }
    }
}

/// Uploads archives to a stats server.
pub struct HttpTransport {
    client: reqwest::Client,
    base: reqwest::Url,
    destination: String,
    protocol: Protocol,
    server_id_file: Option<PathBuf>,
    server_id: Mutex<Option<Uuid>>,
    /// The proxy (without credentials) and where it was configured, for
    /// connection errors.
    proxy: Option<String>,
    /// `[fleet] label`: sent with every upload as `Cep-Fleet-Label`.
    fleet_label: Option<String>,
}

impl std::fmt::Debug for HttpTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpTransport")
            .field("destination", &self.destination)
            .field("protocol", &self.protocol)
            .finish()
    }
}

fn setup(message: String) -> Error {
    Error::Setup {
        kind: "http",
        message,
    }
}

/// The URL without `user:password@`.
fn redact(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.as_str().trim_end_matches('/').to_owned()
        }
        Err(_) => url.to_owned(),
    }
}

/// The certificates of `ca_file`.
fn read_ca_file(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let iter = CertificateDer::pem_file_iter(path).map_err(|e| {
        setup(format!(
            "cannot read transport.ca_file {}: {e}; give a PEM file of CA certificates or the server's own self-signed certificate",
            path.display()
        ))
    })?;
    let mut certs = Vec::new();
    for cert in iter {
        certs.push(cert.map_err(|e| {
            setup(format!(
                "transport.ca_file {} is not valid PEM: {e}",
                path.display()
            ))
        })?);
    }
    if certs.is_empty() {
        return Err(setup(format!(
            "transport.ca_file {} holds no certificate (PEM `BEGIN CERTIFICATE` blocks expected)",
            path.display()
        )));
    }
    Ok(certs)
}

fn tls_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, Error> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for bundle in SYSTEM_BUNDLES {
        if let Ok(iter) = CertificateDer::pem_file_iter(bundle) {
            for cert in iter.flatten() {
                let _ = roots.add(cert);
            }
        }
    }
    let pinned = match ca_file {
        Some(path) => {
            let certs = read_ca_file(path)?;
            for cert in &certs {
                // A server's own certificate may not parse as a CA; it is
                // still pinned below.
                if let Err(e) = roots.add(cert.clone()) {
                    tracing::debug!(
                        "transport.ca_file {}: a certificate is not a CA ({e}); it is trusted only as the server's own",
                        path.display()
                    );
                }
            }
            certs
        }
        None => Vec::new(),
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| setup(format!("TLS setup: {e}")))?;
    if pinned.is_empty() {
        return Ok(builder.with_root_certificates(roots).with_no_client_auth());
    }
    let webpki = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .build()
    .map_err(|e| setup(format!("TLS setup: {e}")))?;
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(PinnedOrChain {
            webpki,
            pinned,
            algorithms: provider.signature_verification_algorithms,
        }))
        .with_no_client_auth())
}

/// Trusts a server whose certificate is exactly one given in `ca_file`
/// (a self-signed server certificate, pinned: its name is still checked
/// against the URL and the handshake signature against its key; being the
/// very certificate configured replaces the chain to a CA, so a CA flag or
/// expiry does not matter); any other server must chain to a trusted CA as
/// usual.
#[derive(Debug)]
struct PinnedOrChain {
    webpki: Arc<rustls::client::WebPkiServerVerifier>,
    pinned: Vec<CertificateDer<'static>>,
    algorithms: rustls::crypto::WebPkiSupportedAlgorithms,
}

impl rustls::client::danger::ServerCertVerifier for PinnedOrChain {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        if self
            .pinned
            .iter()
            .any(|p| p.as_ref() == end_entity.as_ref())
        {
            let cert = rustls::server::ParsedCertificate::try_from(end_entity)?;
            rustls::client::verify_server_name(&cert, server_name)?;
            return Ok(rustls::client::danger::ServerCertVerified::assertion());
        }
        self.webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

impl HttpTransport {
    /// Builds the client: timeouts, trust, proxy, User-Agent `cep/<version>`.
    pub fn new(s: HttpSettings) -> Result<HttpTransport, Error> {
        let c = &s.config;
        let mut base = reqwest::Url::parse(c.url.trim())
            .map_err(|e| setup(format!("transport.url `{}` is not a URL: {e}", c.url)))?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(setup(format!(
                "transport.url `{}` must start with http:// or https://",
                c.url
            )));
        }
        // A fragment is never sent to a server.
        base.set_fragment(None);
        let mut b = reqwest::Client::builder()
            .no_proxy()
            .user_agent(concat!("cep/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(c.connect_timeout)
            .timeout(c.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .tcp_nodelay(true)
            .tls_backend_preconfigured(tls_config(c.ca_file.as_deref())?);
        if let Some(p) = &s.proxy {
            let mut proxy = reqwest::Proxy::all(&p.url).map_err(|e| {
                setup(format!(
                    "proxy `{}` from {} is not usable: {e}",
                    redact(&p.url),
                    p.source
                ))
            })?;
            if let Some((user, pass)) = &p.credentials {
                proxy = proxy.basic_auth(user, pass);
            }
            proxy = proxy.no_proxy(
                p.no_proxy
                    .as_deref()
                    .and_then(reqwest::NoProxy::from_string),
            );
            tracing::info!("proxy {} (from {})", redact(&p.url), p.source);
            b = b.proxy(proxy);
        }
        let client = b
            .build()
            .map_err(|e| setup(format!("cannot build the HTTP client: {}", chain(&e))))?;
        Ok(HttpTransport {
            client,
            destination: redact(base.as_str()),
            base,
            protocol: c.protocol,
            server_id_file: s.server_id_file,
            server_id: Mutex::new(None),
            fleet_label: None,
            proxy: s.proxy.as_ref().map(|p| {
                format!(
                    "the proxy {} (from {}{})",
                    redact(&p.url),
                    p.source,
                    if p.no_proxy.is_some() {
                        "; no_proxy may exempt this host"
                    } else {
                        ""
                    }
                )
            }),
        })
    }

    /// Sends `label` (checked with [`cep_core::transport::fleet_label`])
    /// as `Cep-Fleet-Label` with every upload, whatever the protocol: a
    /// provider's relay keeps it for its fleet view, never forwards it,
    /// and other servers ignore it (docs/PROTOCOL.md, "Relays").
    pub fn with_fleet_label(mut self, label: Option<String>) -> Self {
        self.fleet_label = label;
        self
    }

    fn endpoint(&self) -> reqwest::Url {
        match self.protocol {
            Protocol::Cep => self.url_of(&["api", "v1", "reports"]),
            Protocol::Vzstats => self.url_of(&["submit.php"]),
            Protocol::Disp => self.url_of(&["post"]),
        }
    }

    /// The base URL with `segments` appended to its path; its query stays.
    fn url_of(&self, segments: &[&str]) -> reqwest::Url {
        let mut url = self.base.clone();
        // http(s) URLs always have a path, so this cannot fail.
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    fn network_error(&self, e: &reqwest::Error) -> TransportError {
        if e.is_builder() {
            return TransportError::permanent(self, chain(e));
        }
        let what = if e.is_timeout() {
            "timed out".to_owned()
        } else if e.is_connect() {
            match &self.proxy {
                // The connection goes to the proxy, not the server: say so,
                // or a refused proxy reads like a server that is down.
                Some(proxy) => format!("cannot connect through {proxy}; check that it runs"),
                None => "cannot connect".to_owned(),
            }
        } else {
            "the upload failed".to_owned()
        };
        TransportError::retryable(self, format!("{what}: {}", chain(e)))
    }

    /// vzstats with `id_from_server`: the id `genuuid.php` hands out,
    /// asked once and kept in the server id file (the manifest of every
    /// report built afterwards carries it, see `report_client_id`).
    async fn server_id(&self) -> Result<(), TransportError> {
        let Some(file) = &self.server_id_file else {
            return Ok(());
        };
        if self
            .server_id
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
        {
            return Ok(());
        }
        if let Ok(text) = std::fs::read_to_string(file)
            && let Some(id) = parse_host_id(&text)
        {
            *self.server_id.lock().unwrap_or_else(|e| e.into_inner()) = Some(id);
            return Ok(());
        }
        let form = Form::new().text("magic_word", "very-please");
        let resp = self
            .client
            .post(self.url_of(&["genuuid.php"]))
            .multipart(form)
            .send()
            .await
            .map_err(|e| self.network_error(&e))?;
        let status = resp.status();
        let body = read_body(resp).await;
        if !status.is_success() {
            return Err(self.status_error(status, None, &body));
        }
        let text = String::from_utf8_lossy(&body);
        let id = parse_host_id(&text).ok_or_else(|| {
            TransportError::retryable(
                self,
                format!(
                    "genuuid.php answered `{}`, not a UUID",
                    text.trim().chars().take(80).collect::<String>()
                ),
            )
        })?;
        let state_dir = file.parent().filter(|d| !d.as_os_str().is_empty());
        let stored = match state_dir {
            // The first run may come before anything else made the state
            // directory; it is private like the rest of cep's state.
            Some(dir) => std::os::unix::fs::DirBuilderExt::mode(
                std::fs::DirBuilder::new().recursive(true),
                0o700,
            )
            .create(dir),
            None => Ok(()),
        }
        .and_then(|()| atomic_write(file, format!("{id}\n").as_bytes(), 0o600));
        stored.map_err(|e| {
            TransportError::permanent(
                self,
                format!(
                    "cannot store the server-assigned id in {}: {e}",
                    file.display()
                ),
            )
        })?;
        tracing::info!(
            "vzstats: the server handed out the id {id}; kept in {}",
            file.display()
        );
        *self.server_id.lock().unwrap_or_else(|e| e.into_inner()) = Some(id);
        Ok(())
    }

    /// Sends `req`; the answer's status, `Retry-After` and body.
    async fn exchange(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Option<Duration>, Vec<u8>), TransportError> {
        let resp = req.send().await.map_err(|e| self.network_error(&e))?;
        let status = resp.status();
        let after = retry_after(&resp);
        Ok((status, after, read_body(resp).await))
    }

    /// A 2xx answer's JSON body; one that does not parse is retryable.
    fn json_answer<T: serde::de::DeserializeOwned>(
        &self,
        status: StatusCode,
        body: &[u8],
        what: &str,
    ) -> Result<T, TransportError> {
        serde_json::from_slice(body).map_err(|e| {
            TransportError::retryable(
                self,
                format!(
                    "HTTP {} but the {what} is not valid JSON ({e}): {}",
                    status.as_u16(),
                    server_message(body)
                ),
            )
        })
    }

    fn status_error(
        &self,
        status: StatusCode,
        retry_after: Option<Duration>,
        body: &[u8],
    ) -> TransportError {
        let code = status.as_u16();
        let detail = server_message(body);
        let reason = status.canonical_reason().unwrap_or("");
        let message = if detail.is_empty() {
            format!("HTTP {code} {reason}")
        } else {
            format!("HTTP {code} {reason}: {detail}")
        };
        if matches!(code, 401 | 403 | 404 | 405 | 407) {
            // Wrong address or credentials (of the server or the proxy):
            // a setting to fix, not a reason to set the report aside.
            return TransportError::permanent(
                self,
                format!("{message}; check transport.url and the proxy settings and credentials"),
            );
        }
        let e = if code == 408 || code == 429 || status.is_server_error() {
            TransportError::retryable(self, message).with_retry_after(retry_after)
        } else if status.is_client_error() {
            TransportError::permanent(self, message)
        } else {
            // A redirect or other surprise: the URL is wrong, not the report.
            return TransportError::permanent(
                self,
                format!("{message}; check transport.url (redirects are not followed)"),
            );
        };
        e.with_status(code)
    }
}

/// The error and its sources, one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(c) = src {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = c.source();
    }
    s
}

/// The server's own words: `{"error": ...}`, else the text, shortened.
fn server_message(body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body)
        && let Some(m) = v.get("error").and_then(|m| m.as_str())
    {
        return m.chars().take(500).collect();
    }
    String::from_utf8_lossy(body)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(500)
        .collect()
}

/// `Retry-After` in seconds (the HTTP-date form is not used by stats
/// servers and falls back to the backoff).
fn retry_after(resp: &reqwest::Response) -> Option<Duration> {
    resp.headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

async fn read_body(mut resp: reqwest::Response) -> Vec<u8> {
    let mut out = Vec::new();
    while let Ok(Some(chunk)) = resp.chunk().await {
        let room = MAX_RESPONSE.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if room <= chunk.len() {
            break;
        }
    }
    out
}

#[async_trait::async_trait]
impl Transport for HttpTransport {
    fn name(&self) -> &str {
        "http"
    }

    fn destination(&self) -> String {
        self.destination.clone()
    }

    async fn prepare(&self) -> Result<(), TransportError> {
        self.server_id().await
    }

    /// `GET <url>/api/v1/policy` with the native protocol (a legacy
    /// server publishes none; neither does a cep-server older than the
    /// endpoint, which answers 404).
    /// The body comes back byte for byte with its signature header: the
    /// client verifies those bytes before it parses them.
    async fn policy(&self) -> Result<Option<cep_core::PolicyDocument>, TransportError> {
        if self.protocol != Protocol::Cep {
            return Ok(None);
        }
        let resp = self
            .client
            .get(self.url_of(&["api", "v1", "policy"]))
            .send()
            .await
            .map_err(|e| self.network_error(&e))?;
        let status = resp.status();
        let after = retry_after(&resp);
        let signature = resp
            .headers()
            .get(cep_core::policy::SIGNATURE_HEADER)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let body = read_body(resp).await;
        if status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !status.is_success() {
            return Err(self.status_error(status, after, &body));
        }
        Ok(Some(cep_core::PolicyDocument {
            bytes: body,
            signature,
        }))
    }

    /// `DELETE <url>/api/v1/hosts/<host_id>` (docs/PROTOCOL.md), whatever
    /// the upload protocol: cep-server answers it for all three, and a
    /// server without the endpoint answers 404 or 405.
    async fn forget(&self, host_id: Uuid) -> Result<cep_core::ForgetReceipt, TransportError> {
        let url = self.url_of(&["api", "v1", "hosts", &host_id.to_string()]);
        let (status, after, body) = self.exchange(self.client.delete(url)).await?;
        if matches!(status.as_u16(), 404 | 405) {
            return Err(TransportError::permanent(
                self,
                format!(
                    "HTTP {}: this server does not offer forgetting a host (DELETE /api/v1/hosts/...); ask its operator",
                    status.as_u16()
                ),
            )
            .with_status(status.as_u16()));
        }
        if !status.is_success() {
            return Err(self.status_error(status, after, &body));
        }
        self.json_answer(status, &body, "receipt")
    }

    async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
        let archive = sealed.archive();
        let req = self.client.post(self.endpoint());
        let req = match self.protocol {
            Protocol::Cep => req
                .header(reqwest::header::CONTENT_TYPE, "application/gzip")
                .header("Cep-Client-Id", archive.client_id.to_string())
                .header("Cep-Report-Id", archive.report_id.to_string())
                .body(archive.bytes.clone()),
            Protocol::Vzstats => {
                // The id the manifest carries: the server checks they agree.
                let id = archive.client_id;
                let file = Part::bytes(archive.bytes.clone())
                    .file_name("vzstats.tar.gz")
                    .mime_str("application/octet-stream")
                    .map_err(|e| TransportError::permanent(self, e.to_string()))?;
                req.multipart(Form::new().text("uuid", id.to_string()).part("file", file))
            }
            Protocol::Disp => {
                let file = Part::bytes(archive.bytes.clone())
                    .file_name("report.tar.gz")
                    .mime_str("application/octet-stream")
                    .map_err(|e| TransportError::permanent(self, e.to_string()))?;
                req.multipart(Form::new().part("report", file))
            }
        };
        let req = match &self.fleet_label {
            Some(l) => req.header(cep_core::transport::FLEET_LABEL_HEADER, l),
            None => req,
        };
        let resp = req.send().await.map_err(|e| self.network_error(&e))?;
        let status = resp.status();
        let after = retry_after(&resp);
        let body = read_body(resp).await;
        if !status.is_success() {
            return Err(self.status_error(status, after, &body));
        }
        let sha256 = archive.sha256();
        if self.protocol != Protocol::Cep {
            // The legacy servers answer no receipt: a 2xx is the receipt.
            return Ok(Receipt {
                report_id: archive.report_id,
                received_at: jiff::Timestamp::now()
                    .strftime("%Y-%m-%dT%H:%M:%SZ")
                    .to_string(),
                sha256,
            });
        }
        let receipt: Receipt = self.json_answer(status, &body, "receipt")?;
        if receipt.report_id != archive.report_id {
            return Err(TransportError::retryable(
                self,
                format!(
                    "the receipt names report {}, not {}",
                    receipt.report_id, archive.report_id
                ),
            ));
        }
        if receipt.sha256 != sha256 {
            // The server holds other bytes under this id: resending cannot
            // fix that, so the report is set aside for a person to look at.
            return Err(TransportError::permanent(
                self,
                format!(
                    "the server holds report {} with sha256 {}, but this archive has {sha256}",
                    archive.report_id, receipt.sha256
                ),
            )
            .with_status(status.as_u16()));
        }
        Ok(receipt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_prefer_the_json_error() {
        assert_eq!(
            server_message(br#"{"error": "manifest.json: unknown schema 9"}"#),
            "manifest.json: unknown schema 9"
        );
        assert_eq!(
            server_message(b"<h1>Bad\n  Request</h1>\n"),
            "<h1>Bad Request</h1>"
        );
        assert_eq!(server_message(&[b'x'; 900]).len(), 500);
    }

    fn transport(url: &str, protocol: Protocol) -> HttpTransport {
        let mut config = HttpConfig::new(url, protocol);
        config.url = url.into();
        config.connect_timeout = Duration::from_secs(1);
        config.timeout = Duration::from_secs(1);
        HttpTransport::new(HttpSettings {
            config,
            proxy: None,
            server_id_file: None,
        })
        .unwrap()
    }

    #[test]
    fn endpoints_go_into_the_path_before_query_and_fragment() {
        let cases = [
            (
                "https://s.example/",
                Protocol::Cep,
                "https://s.example/api/v1/reports",
            ),
            (
                "https://s.example/base//",
                Protocol::Cep,
                "https://s.example/base//api/v1/reports",
            ),
            (
                "https://s.example/base?key=1#frag",
                Protocol::Cep,
                "https://s.example/base/api/v1/reports?key=1",
            ),
            (
                "http://s.example/#x",
                Protocol::Vzstats,
                "http://s.example/submit.php",
            ),
            (
                "http://s.example/v?a=b",
                Protocol::Disp,
                "http://s.example/v/post?a=b",
            ),
        ];
        for (url, protocol, want) in cases {
            assert_eq!(transport(url, protocol).endpoint().as_str(), want, "{url}");
        }
        let t = transport("http://s.example/v?a=b#f", Protocol::Vzstats);
        assert_eq!(
            t.url_of(&["genuuid.php"]).as_str(),
            "http://s.example/v/genuuid.php?a=b"
        );
        assert_eq!(t.destination(), "http://s.example/v?a=b");
    }

    #[test]
    fn redact_drops_credentials() {
        assert_eq!(redact("http://u:p@proxy:3128/"), "http://proxy:3128");
        assert_eq!(
            redact("https://stats.openvz.org"),
            "https://stats.openvz.org"
        );
    }

    #[test]
    fn bad_ca_file_is_a_setup_error_naming_it() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("ca.pem");
        std::fs::write(&p, "not a certificate\n").unwrap();
        let e = tls_config(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("ca.pem") && e.contains("no certificate"), "{e}");
        let e = tls_config(Some(&d.path().join("missing.pem")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing.pem"), "{e}");
    }
}
