//! The ingest routes: native `POST /api/v1/reports`, vzstats
//! `/genuuid.php` and `/submit.php`, disp `/post`, `DELETE
//! /api/v1/hosts/{id}` and the collection policy clients fetch
//! (`/api/v1/policy`); their checks and their answers.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use cep_core::report::{Report, sha256_hex};
use uuid::Uuid;

use super::error::ApiError;
use super::forward::Relay;
use super::state::AppState;
use super::worker::now_secs;
use crate::conn::Peer;
use crate::legacy::LegacyError;
use crate::store::{Incoming, LabelSource, Protocol, Receipt, Stored, protocol_name};

/// The ingest routes; multipart bodies may be `archive_limit` (the
/// largest archive) and 64 KiB of form around it.
pub(super) fn routes(archive_limit: u64) -> Router<Arc<AppState>> {
    let multipart_limit = archive_limit as usize + 64 * 1024;
    Router::new()
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
    label: Option<String>,
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
    let sections = Incoming::json_sections(report.sections);
    let incoming = Incoming {
        report_id: report.manifest.report_id,
        client_id: report.manifest.client_id,
        protocol,
        sha256: sha256_hex(&bytes),
        archive: (st.cfg.keep_archives_days > 0).then(|| bytes.to_vec()),
        sections,
        country: st.country(ip),
    };
    store(st, incoming, Some(&report.manifest), label).await
}

/// Screens the sections ([`crate::screen`]: a section failing a check is
/// refused, the rest stored) and stores the report. Refusals are counted
/// and logged, without the value, once: for a new report only. A relay
/// queues the report for its upstream in the same transaction, reduced
/// to the upstream's policy from the sections as received; with the
/// fleet view, the host's label is kept.
async fn store(
    st: &AppState,
    mut incoming: Incoming,
    manifest: Option<&cep_core::Manifest>,
    label: Option<String>,
) -> Result<Response, ApiError> {
    let forward = match &st.relay {
        Some(relay) => forward_for(st, relay, &incoming, manifest).await,
        None => None,
    };
    let refused = crate::screen::screen(&mut incoming.sections);
    let (report, protocol, host) = (incoming.report_id, incoming.protocol, incoming.client_id);
    let stored = st.store.ingest(incoming, forward).await?;
    if matches!(stored, Stored::New(_)) {
        for r in &refused {
            st.telemetry.section_refused(&r.collector, r.reason.label());
            tracing::info!("report {report} ({}): {r}", protocol_name(protocol));
        }
        if let Some(relay) = &st.relay {
            relay.wake();
        }
    }
    if let Some(label) = label
        && !matches!(stored, Stored::Forgotten(_))
    {
        let now = now_secs();
        if let Err(e) = st
            .store
            .call(move |s| s.set_label(host, LabelSource::Node, Some(&label), now))
            .await
        {
            tracing::warn!("cannot keep a host's fleet label: {e}");
        }
    }
    Ok(respond(stored, protocol))
}

/// The archive a relay forwards for `i`: its sections as received,
/// reduced to the upstream's policy and sealed ([`crate::relay`]). `None`
/// when the privacy guard stops it: the report is stored here and not
/// forwarded (counted as `vetoed`, logged).
async fn forward_for(
    st: &AppState,
    relay: &Arc<Relay>,
    i: &Incoming,
    manifest: Option<&cep_core::Manifest>,
) -> Option<Vec<u8>> {
    let (sections, report_id, client_id, protocol) =
        (i.sections.clone(), i.report_id, i.client_id, i.protocol);
    let created = manifest.map(|m| m.created_at.clone());
    let client = manifest.map(|m| m.client.clone());
    let (relay, now) = (relay.clone(), now_secs());
    let built = tokio::task::spawn_blocking(move || {
        let r = crate::relay::Received {
            report_id,
            client_id,
            created_at: created.as_deref(),
            client: client.as_ref(),
            protocol,
            sections: &sections,
        };
        crate::relay::forwardable(&r, &relay.policy(), &relay.guard, now)
    })
    .await;
    match built {
        Ok(Ok(bytes)) => Some(bytes),
        Ok(Err(e)) => {
            st.telemetry.forward_error("vetoed");
            tracing::warn!("report {report_id} is kept here but not forwarded: {e}");
            None
        }
        Err(e) => {
            tracing::error!("building report {report_id} to forward failed: {e}");
            None
        }
    }
}

/// The fleet label a host sent, when this server keeps labels
/// (`--fleet`); ignored otherwise, and when it breaks the label rule.
fn fleet_label(st: &AppState, h: &HeaderMap) -> Option<String> {
    if !st.cfg.fleet {
        return None;
    }
    let v = h
        .get(cep_core::transport::FLEET_LABEL_HEADER)?
        .to_str()
        .ok()?;
    match cep_core::transport::fleet_label(v.trim()) {
        Ok(l) => Some(l.to_owned()),
        Err(e) => {
            tracing::debug!("a fleet label was ignored: {e}");
            None
        }
    }
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
    let _slot = st.uploads.permit(ip)?;
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
    let label = fleet_label(&st, &headers);
    accept_archive(
        &st,
        bytes,
        Protocol::Cep,
        Some((ids.0, Some(ids.1))),
        ip,
        label,
    )
    .await
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
    headers: HeaderMap,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    let label = fleet_label(&st, &headers);
    check_addr(&st, ip)?;
    let _slot = st.uploads.permit(ip)?;
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
                LegacyError::Archive(a) => archive_error(a),
                e => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
            })?;
    // A cep report sent the vzstats way: read it as one, ids and all.
    let Some(sections) = sections else {
        return accept_archive(
            &st,
            file,
            Protocol::Vzstats,
            Some((client_id, None)),
            ip,
            label,
        )
        .await;
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
    store(&st, incoming, None, label).await
}

async fn disp(
    State(st): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    mp: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    check_addr(&st, ip)?;
    let _slot = st.uploads.permit(ip)?;
    let f = fields(mp, &["report"]).await?;
    let bytes = field(&f, "report")?.clone();
    let label = fleet_label(&st, &headers);
    accept_archive(&st, bytes, Protocol::Disp, None, ip, label).await
}

/// `GET /api/v1/policy`: the fields the published tables read, as the
/// exact bytes that were signed (with `--policy-key`), the signature in
/// the `Cep-Policy-Signature` header.
async fn policy_json(State(st): State<Arc<AppState>>) -> Response {
    let doc = &st.policy;
    let mut r = (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        doc.bytes.clone(),
    )
        .into_response();
    if let Some(v) = doc
        .signature
        .as_deref()
        .and_then(|v| axum::http::HeaderValue::from_str(v).ok())
    {
        r.headers_mut()
            .insert(cep_core::policy::SIGNATURE_HEADER, v);
    }
    r
}
