//! The HTTP side: routes, ingest checks, abuse limits, and the store thread
//! that batches writes.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use cep_core::Section;
use cep_core::report::{ReadLimits, Report, sha256_hex};
use tokio::sync::{Semaphore, mpsc, oneshot};
use uuid::Uuid;

use crate::conn::{ConnLimits, Peer};
use crate::limits::{Limiter, Rate};
use crate::store::{
    ForgetReceipt, Incoming, Protocol, Receipt, RetentionPurge, Stats, StatsOptions, Store, Stored,
    protocol_name,
};

/// Server settings (the command line maps onto this one to one).
#[derive(Debug, Clone)]
pub struct Config {
    /// Archive limits; `compressed_bytes` is also the body limit.
    pub limits: ReadLimits,
    /// Keep raw archives this many days (0: do not keep them).
    pub keep_archives_days: i64,
    /// Keep per-host rows (reports, facts, keys) this many days after
    /// they were written, then only the aggregates; 0 is
    /// [`StatsOptions::default_retention`]. At least
    /// [`StatsOptions::retention_floor`].
    pub retention_days: i64,
    /// What the stats count.
    pub stats: StatsOptions,
    /// Per host id.
    pub host_rate: Rate,
    /// Per client address (in memory only).
    pub addr_rate: Rate,
    /// Most keys each rate limiter tracks.
    pub limiter_keys: usize,
    /// Uploads handled at once; more get 503.
    pub max_uploads: usize,
    /// Uploads handled at once from one client address; more get 429
    /// (0: no cap).
    pub max_uploads_per_address: usize,
    /// Open connections at once; at the cap an idle one (still waiting
    /// for its request head) is closed: the oldest of the address holding
    /// the most connections.
    pub max_connections: usize,
    /// Open connections from one address (0: no cap; not applied behind a
    /// reverse proxy).
    pub max_connections_per_address: usize,
    /// The request head must be complete this long after the connection
    /// opened (also the grace before `min_body_rate` counts).
    pub head_timeout: Duration,
    /// Least average request body rate, bytes a second (0: none).
    pub min_body_rate: u64,
    /// Whole-request deadline.
    pub request_timeout: Duration,
    /// Most reports per database transaction.
    pub batch: usize,
    /// How long computed stats are reused.
    pub stats_cache: Duration,
    /// MaxMind country database (GeoLite2-Country.mmdb or compatible).
    pub geoip: Option<PathBuf>,
    /// Take the client address from `X-Forwarded-For` (only behind a
    /// reverse proxy that sets it).
    pub trust_forwarded_for: bool,
    /// What the pages and the data downloads say about themselves.
    pub site: crate::html::Site,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            limits: ReadLimits::default(),
            keep_archives_days: 0,
            retention_days: 0,
            stats: StatsOptions::default(),
            host_rate: Rate {
                per_minute: 60.0,
                burst: 30.0,
            },
            addr_rate: Rate {
                per_minute: 600.0,
                burst: 200.0,
            },
            limiter_keys: 100_000,
            max_uploads: 64,
            max_uploads_per_address: 8,
            max_connections: 1024,
            max_connections_per_address: 64,
            head_timeout: Duration::from_secs(5),
            min_body_rate: 1024,
            request_timeout: Duration::from_secs(30),
            batch: 256,
            stats_cache: Duration::from_secs(1),
            geoip: None,
            trust_forwarded_for: false,
            site: crate::html::Site::default(),
        }
    }
}

impl Config {
    /// The retention in days: `retention_days`, or the default for these
    /// stats options.
    pub fn retention(&self) -> i64 {
        if self.retention_days > 0 {
            self.retention_days
        } else {
            self.stats.default_retention()
        }
    }
}

/// Errors of the server: starting it, and reading a legacy upload.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// A vzstats upload that cannot be read.
    #[error(transparent)]
    Archive(#[from] cep_core::report::ArchiveError),
    /// A vzstats upload with nothing this server reads.
    #[error(
        "not a vzstats report: none of its {members} files is the output of a vzstats script this server reads ({})",
        crate::legacy::READ_FILES
    )]
    NoVzstatsOutput {
        /// How many files the tarball held.
        members: usize,
    },
    /// The database.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// The listening socket.
    #[error("cannot listen on {addr}: {reason}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// Why.
        reason: String,
    },
    /// A retention that would change published numbers.
    #[error(
        "--retention-days {days} is shorter than the {floor} days the published numbers need (the longer active window plus a week); use at least {floor}"
    )]
    Retention {
        /// Asked for.
        days: i64,
        /// The least allowed.
        floor: i64,
    },
    /// The GeoIP file.
    #[error("cannot read the GeoIP database {path}: {reason}")]
    GeoIp {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// How long one retention step may hold the store thread: a request that
/// arrives during a step waits for it.
const PURGE_STEP: Duration = Duration::from_millis(10);

enum Job {
    Ingest(Box<Incoming>, oneshot::Sender<Result<Stored, String>>),
    Stats(StatsOptions, oneshot::Sender<Result<Stats, String>>),
    /// The hourly purge: per-host rows past the retention, archives past
    /// `--keep-archives-days` (0: kept archives are not touched).
    Retain {
        days: i64,
        archive_days: i64,
    },
    Forget(Uuid, oneshot::Sender<Result<ForgetReceipt, String>>),
}

/// Sends work to the store thread.
#[derive(Clone)]
pub struct StoreHandle {
    tx: mpsc::Sender<Job>,
}

fn now_secs() -> i64 {
    jiff::Timestamp::now().as_second()
}

impl StoreHandle {
    /// Starts the thread that owns the store. Writes that queue up while a
    /// transaction runs go into the next one together (group commit).
    pub fn spawn(mut store: Store, batch: usize) -> StoreHandle {
        let (tx, mut rx) = mpsc::channel::<Job>(4096);
        std::thread::Builder::new()
            .name("cep-store".into())
            .spawn(move || {
                // A retention purge with steps left: they run only while no
                // other work waits, so ingest and stats never queue behind it.
                let mut retaining: Option<RetentionPurge> = None;
                loop {
                    let job = match retaining {
                        Some(_) => match rx.try_recv() {
                            Ok(job) => job,
                            // The database is behind with earlier writes
                            // (a WAL to checkpoint): the purge can wait.
                            Err(mpsc::error::TryRecvError::Empty) if store.should_yield() => {
                                std::thread::sleep(Duration::from_millis(1));
                                continue;
                            }
                            Err(mpsc::error::TryRecvError::Empty) => {
                                retention_step(&mut store, &mut retaining);
                                continue;
                            }
                            Err(mpsc::error::TryRecvError::Disconnected) => break,
                        },
                        None => match rx.blocking_recv() {
                            Some(job) => job,
                            None => break,
                        },
                    };
                    let mut items = Vec::new();
                    let mut replies = Vec::new();
                    let mut others = Vec::new();
                    let mut next = Some(job);
                    while let Some(job) = next.take() {
                        match job {
                            Job::Ingest(i, r) => {
                                items.push(*i);
                                replies.push(r);
                            }
                            other => others.push(other),
                        }
                        if items.len() < batch.max(1) {
                            next = rx.try_recv().ok();
                        }
                    }
                    if !items.is_empty() {
                        match store.ingest(&items, now_secs()) {
                            Ok(res) => {
                                for (r, s) in replies.into_iter().zip(res) {
                                    let _ = r.send(Ok(s));
                                }
                            }
                            Err(e) => {
                                tracing::error!("storing {} reports failed: {e}", items.len());
                                for r in replies {
                                    let _ = r.send(Err(e.to_string()));
                                }
                            }
                        }
                    }
                    for job in others {
                        match job {
                            Job::Stats(opts, r) => {
                                let _ = r.send(
                                    store.stats(now_secs(), &opts).map_err(|e| e.to_string()),
                                );
                            }
                            // A purge under way goes on with its own cutoffs.
                            Job::Retain { days, archive_days } => {
                                if retaining.is_none() {
                                    retaining = Some(
                                        RetentionPurge::paced(now_secs(), days, PURGE_STEP)
                                            .archives(archive_days),
                                    );
                                }
                            }
                            Job::Forget(host, r) => {
                                let _ = r.send(
                                    store.forget(host, now_secs()).map_err(|e| e.to_string()),
                                );
                            }
                            Job::Ingest(..) => {}
                        }
                    }
                }
            })
            .expect("spawning the store thread");
        StoreHandle { tx }
    }

    async fn ingest(&self, i: Incoming) -> Result<Stored, ApiError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(Job::Ingest(Box::new(i), tx))
            .await
            .map_err(|_| ApiError::unavailable("the store is not running"))?;
        rx.await
            .map_err(|_| ApiError::unavailable("the store is not running"))?
            .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
    }

    /// Computes the stats.
    pub async fn stats(&self, opts: StatsOptions) -> Result<Stats, String> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(Job::Stats(opts, tx))
            .await
            .map_err(|_| "the store is not running".to_owned())?;
        rx.await
            .map_err(|_| "the store is not running".to_owned())?
    }

    async fn forget(&self, host: Uuid) -> Result<ForgetReceipt, ApiError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(Job::Forget(host, tx))
            .await
            .map_err(|_| ApiError::unavailable("the store is not running"))?;
        rx.await
            .map_err(|_| ApiError::unavailable("the store is not running"))?
            .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
    }

    fn retain(&self, days: i64, archive_days: i64) {
        let _ = self.tx.try_send(Job::Retain { days, archive_days });
    }
}

/// One step of the purge under way; says what it erased when it ends.
fn retention_step(store: &mut Store, retaining: &mut Option<RetentionPurge>) {
    let Some(purge) = retaining.as_mut() else {
        return;
    };
    match purge.step(store) {
        Ok(true) => return,
        Ok(false) => {
            let p = purge.erased();
            if p != crate::store::Purged::default() {
                tracing::info!(
                    "retention: erased {} silent hosts' rows, {} report rows and {} kept archives",
                    p.hosts,
                    p.reports,
                    p.archives
                );
            }
        }
        Err(e) => tracing::error!("retention purge failed: {e}"),
    }
    *retaining = None;
}

/// Shared by all handlers.
pub struct AppState {
    cfg: Config,
    store: StoreHandle,
    hosts: Limiter<Uuid>,
    addrs: Limiter<IpAddr>,
    uploads: Uploads,
    geo: Option<maxminddb::Reader<Vec<u8>>>,
    cache: Mutex<Option<(Instant, Arc<Stats>)>>,
}

impl AppState {
    /// Builds the state and starts the store thread and the hourly purge
    /// (per-host rows past the retention; archives, when kept).
    pub fn new(cfg: Config, mut store: Store) -> Result<Arc<AppState>, ServerError> {
        store.set_fact_window_days(cfg.stats.active_days);
        let geo = match &cfg.geoip {
            Some(p) => {
                Some(
                    maxminddb::Reader::open_readfile(p).map_err(|e| ServerError::GeoIp {
                        path: p.clone(),
                        reason: e.to_string(),
                    })?,
                )
            }
            None => None,
        };
        let retention = cfg.retention();
        let floor = cfg.stats.retention_floor();
        if retention < floor {
            return Err(ServerError::Retention {
                days: retention,
                floor,
            });
        }
        let handle = StoreHandle::spawn(store, cfg.batch);
        let h = handle.clone();
        let archive_days = cfg.keep_archives_days;
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(3600));
            loop {
                tick.tick().await;
                h.retain(retention, archive_days);
            }
        });
        Ok(Arc::new(AppState {
            hosts: Limiter::new(cfg.host_rate, cfg.limiter_keys),
            addrs: Limiter::new(cfg.addr_rate, cfg.limiter_keys),
            uploads: Uploads {
                all: Arc::new(Semaphore::new(cfg.max_uploads.max(1))),
                per_ip: Arc::default(),
                per_ip_max: cfg.max_uploads_per_address,
            },
            store: handle,
            geo,
            cache: Mutex::new(None),
            cfg,
        }))
    }

    /// The store handle.
    pub fn store(&self) -> &StoreHandle {
        &self.store
    }

    /// What the privacy notice states for these settings.
    pub fn privacy_notice(&self) -> crate::privacy::Notice {
        crate::privacy::Notice::of(&self.cfg)
    }

    /// The site settings.
    pub fn site(&self) -> &crate::html::Site {
        &self.cfg.site
    }

    /// The stats, reused for `stats_cache`.
    pub async fn stats(&self) -> Result<Arc<Stats>, String> {
        if let Some((at, s)) = &*self.cache.lock().unwrap_or_else(|e| e.into_inner())
            && at.elapsed() < self.cfg.stats_cache
        {
            return Ok(s.clone());
        }
        let s = Arc::new(self.store.stats(self.cfg.stats).await?);
        *self.cache.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), s.clone()));
        Ok(s)
    }

    fn country(&self, ip: IpAddr) -> Option<String> {
        let geo = self.geo.as_ref()?;
        let c: maxminddb::geoip2::Country<'_> = geo.lookup(ip).ok()?.decode().ok()??;
        let code = c.country.iso_code?;
        (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())).then(|| code.to_owned())
    }
}

/// A JSON error: `{"error": "<reason>"}`, with Retry-After on 429 and 503.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }
    fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
    fn unavailable(message: &str) -> Self {
        ApiError {
            retry_after: Some(5),
            ..Self::new(StatusCode::SERVICE_UNAVAILABLE, message)
        }
    }
    fn limited(what: &str, wait: Duration) -> Self {
        ApiError {
            retry_after: Some(wait.as_secs_f64().ceil().max(1.0) as u64),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!("rate limited ({what}); retry later"),
            )
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        tracing::debug!("answered {}: {}", self.status, self.message);
        let body = serde_json::json!({ "error": self.message }).to_string();
        let mut r = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
        if let Some(s) = self.retry_after {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        r
    }
}

/// All routes, with the request deadline and body limits.
pub fn router(state: Arc<AppState>) -> Router {
    let multipart_limit = state.cfg.limits.compressed_bytes as usize + 64 * 1024;
    Router::new()
        .merge(crate::site::routes())
        .route("/api/v1/stats", get(stats_json))
        .route("/api/v1/policy", get(policy_json))
        .route("/api/v1/reports", post(native))
        .route("/api/v1/hosts/{host_id}", delete(forget))
        .route(
            "/genuuid.php",
            post(genuuid).layer(DefaultBodyLimit::max(4096)),
        )
        .route(
            "/submit.php",
            post(submit).layer(DefaultBodyLimit::max(multipart_limit)),
        )
        .route(
            "/post",
            post(disp).layer(DefaultBodyLimit::max(multipart_limit)),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            deadline,
        ))
        .with_state(state)
}

async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        format!("no such path: {}", uri.path()),
    )
}

async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("method {method} is not allowed on {}", uri.path()),
    )
}

async fn deadline(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(st.cfg.request_timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => ApiError::unavailable(&format!(
            "request timed out after {} s",
            st.cfg.request_timeout.as_secs()
        ))
        .into_response(),
    }
}

/// Serves on `listener` until the future is dropped, under the
/// connection limits of [`crate::conn`]: a request head deadline, a least
/// body rate, caps on connections (overall and per address) and the oldest
/// connection still waiting for its head closed first at the cap.
pub async fn serve(listener: tokio::net::TcpListener, state: Arc<AppState>) -> std::io::Result<()> {
    let c = &state.cfg;
    let limits = ConnLimits {
        max_connections: c.max_connections,
        per_address: c.max_connections_per_address,
        head_timeout: c.head_timeout,
        min_body_rate: c.min_body_rate,
        idle: c.request_timeout * 2,
    };
    let per_address = !c.trust_forwarded_for;
    crate::conn::serve(listener, router(state), limits, per_address).await
}

/// Binds `listen` and serves on the current tokio runtime in the
/// background; returns the bound address (use port 0 for a free one). For
/// embedding the server in tests and benchmarks.
pub async fn spawn(
    listen: SocketAddr,
    cfg: Config,
    store: Store,
) -> Result<SocketAddr, ServerError> {
    let state = AppState::new(cfg, store)?;
    let listener =
        tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| ServerError::Listen {
                addr: listen,
                reason: e.to_string(),
            })?;
    let local = listener.local_addr().map_err(|e| ServerError::Listen {
        addr: listen,
        reason: e.to_string(),
    })?;
    tokio::spawn(async move {
        if let Err(e) = serve(listener, state).await {
            tracing::error!("server stopped: {e}");
        }
    });
    Ok(local)
}

/// The client's address: the peer's, or behind a trusted reverse proxy the
/// last `X-Forwarded-For` entry (the one that proxy added). Used in memory
/// only; never stored, never logged.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<Arc<AppState>> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        st: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        if st.cfg.trust_forwarded_for
            && let Some(ip) = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|v| v.trim().parse::<IpAddr>().ok())
                .next_back()
        {
            return Ok(ClientIp(ip));
        }
        parts
            .extensions
            .get::<ConnectInfo<Peer>>()
            .map(|c| ClientIp(c.0.0.ip()))
            .ok_or_else(|| ApiError::unavailable("no peer address"))
    }
}

fn ids_from_headers(h: &HeaderMap) -> Result<(Uuid, Uuid), ApiError> {
    let get = |name: &str| -> Result<Uuid, ApiError> {
        let v = h
            .get(name)
            .ok_or_else(|| ApiError::bad(format!("missing header {name}")))?;
        v.to_str()
            .ok()
            .and_then(|s| Uuid::parse_str(s.trim()).ok())
            .ok_or_else(|| ApiError::bad(format!("header {name} is not a UUID")))
    };
    let ids = (get("Cep-Client-Id")?, get("Cep-Report-Id")?);
    if ids.0.is_nil() || ids.1.is_nil() {
        return Err(ApiError::bad(
            "Cep-Client-Id and Cep-Report-Id must not be the nil UUID",
        ));
    }
    Ok(ids)
}

/// A body that the connection cut for arriving too slowly: `408` with the
/// connection's reason.
fn too_slow(e: &(dyn std::error::Error + 'static)) -> Option<ApiError> {
    std::iter::successors(Some(e), |e| e.source())
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .find(|e| e.kind() == std::io::ErrorKind::TimedOut)
        .map(|e| ApiError::new(StatusCode::REQUEST_TIMEOUT, e.to_string()))
}

async fn read_body(body: Body, limit: usize) -> Result<Bytes, ApiError> {
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        if let Some(slow) = too_slow(&e) {
            return slow;
        }
        let too_large =
            std::iter::successors(Some(&e as &(dyn std::error::Error + 'static)), |e| {
                e.source()
            })
            .any(|e| e.to_string().contains("length limit exceeded"));
        if too_large {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("body larger than {limit} bytes"),
            )
        } else {
            ApiError::bad(format!("cannot read the body: {e}"))
        }
    })
}

fn check_addr(st: &AppState, ip: IpAddr) -> Result<(), ApiError> {
    st.addrs
        .check(&ip, Instant::now())
        .map_err(|w| ApiError::limited("too many requests from this address", w))
}

/// Upload slots, overall and per client address.
struct Uploads {
    all: Arc<Semaphore>,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
    per_ip_max: usize,
}

/// One upload in progress; its slots are freed when it is dropped.
struct UploadSlot {
    _permit: tokio::sync::OwnedSemaphorePermit,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Drop for UploadSlot {
    fn drop(&mut self) {
        let mut m = self.per_ip.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

fn upload_permit(st: &AppState, ip: IpAddr) -> Result<UploadSlot, ApiError> {
    let u = &st.uploads;
    let mut m = u.per_ip.lock().unwrap_or_else(|e| e.into_inner());
    let n = m.get(&ip).copied().unwrap_or(0);
    if u.per_ip_max > 0 && n >= u.per_ip_max {
        return Err(ApiError::limited(
            "too many uploads at once from this address",
            Duration::from_secs(5),
        ));
    }
    let permit = u
        .all
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::unavailable("server overloaded: too many uploads at once"))?;
    m.insert(ip, n + 1);
    Ok(UploadSlot {
        _permit: permit,
        per_ip: u.per_ip.clone(),
        ip,
    })
}

/// `413` for an archive over a size limit, `422` for any other defect.
fn archive_error(e: cep_core::report::ArchiveError) -> ApiError {
    let status = match e {
        cep_core::report::ArchiveError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::new(status, e.to_string())
}

/// The receipt, logged at debug level the same way for every protocol.
fn respond(stored: Stored, protocol: Protocol) -> Response {
    let (status, receipt): (StatusCode, Receipt) = match stored {
        Stored::New(r) => {
            tracing::debug!(
                "stored report {} ({})",
                r.report_id,
                protocol_name(protocol)
            );
            (StatusCode::CREATED, r)
        }
        Stored::Duplicate(r) => {
            tracing::debug!(
                "report {} ({}) seen before: first receipt",
                r.report_id,
                protocol_name(protocol)
            );
            (StatusCode::OK, r)
        }
        Stored::Forgotten(f) => {
            return ApiError::new(
                StatusCode::GONE,
                format!(
                    "this host id was forgotten at {} and is not accepted again; a new host id starts afresh",
                    f.forgotten_at
                ),
            )
            .into_response();
        }
    };
    (status, axum::Json(receipt)).into_response()
}

/// Reads a cep archive and stores it.
async fn accept_archive(
    st: &AppState,
    bytes: Bytes,
    protocol: Protocol,
    expect: Option<(Uuid, Option<Uuid>)>,
    ip: IpAddr,
) -> Result<Response, ApiError> {
    let limits = st.cfg.limits;
    let body = bytes.clone();
    // Large bodies decompress off the async threads.
    let report = if bytes.len() > 64 * 1024 {
        tokio::task::spawn_blocking(move || Report::read(&body, &limits))
            .await
            .map_err(|_| ApiError::unavailable("reading the archive failed"))?
    } else {
        Report::read(&body, &limits)
    };
    let report = report.map_err(archive_error)?;
    report.manifest.check_created_at().map_err(archive_error)?;
    let m = &report.manifest;
    if let Some((client, rid)) = expect {
        if client != m.client_id {
            return Err(ApiError::bad(format!(
                "client id {client} does not match the manifest's client_id {}",
                m.client_id
            )));
        }
        if let Some(rid) = rid
            && rid != m.report_id
        {
            return Err(ApiError::bad(format!(
                "Cep-Report-Id {rid} does not match the manifest's report_id {}",
                m.report_id
            )));
        }
    }
    st.hosts
        .check(&m.client_id, Instant::now())
        .map_err(|w| ApiError::limited("too many reports from this host", w))?;
    let sections = report
        .sections
        .into_iter()
        .filter_map(|(id, s)| match s {
            Section::Json(v) => Some((id, v)),
            Section::Text(_) => None,
        })
        .collect();
    let incoming = Incoming {
        report_id: report.manifest.report_id,
        client_id: report.manifest.client_id,
        protocol,
        sha256: sha256_hex(&bytes),
        archive: (st.cfg.keep_archives_days > 0).then(|| bytes.to_vec()),
        sections,
        country: st.country(ip),
    };
    Ok(respond(st.store.ingest(incoming).await?, protocol))
}

/// `DELETE /api/v1/hosts/{host_id}`: erases the host; the host id is the
/// credential. Rate-limited like uploads (per address and per host id).
async fn forget(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    axum::extract::Path(host_id): axum::extract::Path<String>,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let host = Uuid::parse_str(&host_id)
        .ok()
        .filter(|u| !u.is_nil())
        .ok_or_else(|| ApiError::bad(format!("`{host_id}` is not a host id (a UUID, not nil)")))?;
    if let Err(wait) = st.hosts.check(&host, Instant::now()) {
        return Err(ApiError::limited("requests for this host", wait));
    }
    let receipt = st.store.forget(host).await?;
    tracing::debug!("forgot a host ({} reports)", receipt.reports);
    Ok((StatusCode::OK, axum::Json(receipt)).into_response())
}

async fn native(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let _slot = upload_permit(&st, ip)?;
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = ct.split(';').next().unwrap_or("").trim();
    if !mime.eq_ignore_ascii_case("application/gzip") {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("Content-Type must be application/gzip, not `{ct}`"),
        ));
    }
    let ids = ids_from_headers(&headers)?;
    let limit = st.cfg.limits.compressed_bytes as usize;
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
        && len > limit as u64
    {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("body of {len} bytes is larger than {limit} bytes"),
        ));
    }
    let bytes = read_body(body, limit).await?;
    accept_archive(&st, bytes, Protocol::Cep, Some((ids.0, Some(ids.1))), ip).await
}

/// Collects multipart fields by name, each capped; unknown fields are
/// drained and dropped.
async fn fields(
    mp: Result<Multipart, MultipartRejection>,
    wanted: &[&str],
) -> Result<Vec<(String, Bytes)>, ApiError> {
    let mut mp = mp.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let mut out = Vec::new();
    let mut seen = 0usize;
    while let Some(f) = mp
        .next_field()
        .await
        .map_err(|e| too_slow(&e).unwrap_or_else(|| ApiError::new(e.status(), e.body_text())))?
    {
        seen += 1;
        if seen > 16 {
            return Err(ApiError::bad("too many multipart fields"));
        }
        let name = f.name().unwrap_or("").to_owned();
        let data = f.bytes().await.map_err(|e| {
            too_slow(&e).unwrap_or_else(|| ApiError::new(e.status(), e.body_text()))
        })?;
        if wanted.contains(&name.as_str()) && !out.iter().any(|(n, _)| *n == name) {
            out.push((name, data));
        }
    }
    Ok(out)
}

fn field<'a>(f: &'a [(String, Bytes)], name: &str) -> Result<&'a Bytes, ApiError> {
    f.iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b)
        .ok_or_else(|| ApiError::bad(format!("missing multipart field `{name}`")))
}

async fn genuuid(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let f = fields(mp, &["magic_word"]).await?;
    if field(&f, "magic_word")?.trim_ascii() != b"very-please" {
        return Err(ApiError::bad("magic_word must be `very-please`"));
    }
    Ok((
        [(header::CONTENT_TYPE, "text/plain")],
        format!("{}\n", Uuid::new_v4()),
    )
        .into_response())
}

async fn submit(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let _slot = upload_permit(&st, ip)?;
    let f = fields(mp, &["uuid", "file"]).await?;
    let raw = String::from_utf8_lossy(field(&f, "uuid")?)
        .trim()
        .to_owned();
    let client_id = Uuid::parse_str(raw.trim_start_matches('{').trim_end_matches('}'))
        .map_err(|_| ApiError::bad("field `uuid` is not a UUID"))?;
    if client_id.is_nil() {
        return Err(ApiError::bad(
            "field `uuid` is the nil UUID; remove /etc/vz/.vzstats-uuid to get a new one",
        ));
    }
    let file = field(&f, "file")?.clone();
    let limits = st.cfg.limits;
    let body = file.clone();
    let sections =
        tokio::task::spawn_blocking(move || crate::legacy::parse_tarball(&body, &limits))
            .await
            .map_err(|_| ApiError::unavailable("reading the archive failed"))?
            .map_err(|e| match e {
                ServerError::Archive(a) => archive_error(a),
                e => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
            })?;
    // A cep report sent the vzstats way: read it as one, ids and all.
    let Some(sections) = sections else {
        return accept_archive(&st, file, Protocol::Vzstats, Some((client_id, None)), ip).await;
    };
    // vzstats takes any answer for success, so a 429 would lose its report
    // silently. Instead of a rate limit, a host counts once a day: the
    // report id is derived from the host id and the day, and a later
    // upload the same day gets the first receipt (200) and is not counted.
    let sha = sha256_hex(&file);
    let day = now_secs().div_euclid(86_400);
    let digest = sha256_hex(format!("vzstats {client_id} {day}").as_bytes());
    let mut idb = [0u8; 16];
    for (i, b) in idb.iter_mut().enumerate() {
        *b = u8::from_str_radix(&digest[2 * i..2 * i + 2], 16).unwrap_or(0);
    }
    let report_id = uuid::Builder::from_random_bytes(idb).into_uuid();
    let incoming = Incoming {
        report_id,
        client_id,
        protocol: Protocol::Vzstats,
        sha256: sha,
        archive: (st.cfg.keep_archives_days > 0).then(|| file.to_vec()),
        sections,
        country: st.country(ip),
    };
    Ok(respond(st.store.ingest(incoming).await?, Protocol::Vzstats))
}

async fn disp(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let _slot = upload_permit(&st, ip)?;
    let f = fields(mp, &["report"]).await?;
    let bytes = field(&f, "report")?.clone();
    accept_archive(&st, bytes, Protocol::Disp, None, ip).await
}

/// `GET /api/v1/policy`: the fields the published tables read.
async fn policy_json() -> Response {
    axum::Json(crate::facts::policy()).into_response()
}

async fn stats_json(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let s = st
        .stats()
        .await
        .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))?;
    Ok(axum::Json(&*s).into_response())
}
