//! What the operator watches: `/healthz` and `/readyz` (on the public
//! port, for load balancers and container health checks, and on the admin
//! port), the operator metrics on the admin port (`--admin-listen`), and
//! the middleware that counts and times every request for them.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

use super::state::AppState;
use crate::telemetry::UploadOutcome;

/// How long the store may take to answer `/readyz`.
const READY_WITHIN: Duration = Duration::from_secs(2);

/// `/healthz` and `/readyz`.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

/// The admin port's routes: the operator metrics, `/healthz`, `/readyz`,
/// and with `--fleet` the fleet view ([`super::fleet`]).
pub fn admin_router(state: Arc<AppState>) -> Router {
    let mut r = Router::new()
        .route("/metrics", get(admin_metrics))
        .merge(routes());
    if state.cfg.fleet {
        r = r.merge(super::fleet::routes());
    }
    r.with_state(state)
}

/// Alive: the process answers. Touches nothing else.
async fn healthz() -> Response {
    axum::Json(json!({"status": "ok"})).into_response()
}

/// Ready: the store thread runs and the database answers a trivial query
/// within [`READY_WITHIN`] ([`crate::store::Store::ready`]); else `503`
/// with the reason.
async fn readyz(State(st): State<Arc<AppState>>) -> Response {
    let reason = match tokio::time::timeout(READY_WITHIN, st.store.ready()).await {
        Ok(Ok(())) => return axum::Json(json!({"status": "ready"})).into_response(),
        Ok(Err(e)) => format!("database error: {e}"),
        Err(_) => format!(
            "the database did not answer within {} s",
            READY_WITHIN.as_secs()
        ),
    };
    tracing::warn!("not ready: {reason}");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        axum::Json(json!({"status": "unavailable", "reason": reason})),
    )
        .into_response()
}

/// The operator metrics; the store's queue and size are read now.
async fn admin_metrics(State(st): State<Arc<AppState>>) -> Response {
    let t = st.telemetry();
    t.set_store_queue(st.store.queued());
    t.set_limiter_keys(st.addrs.len(), st.hosts.len());
    if st.relay.is_some() {
        match tokio::time::timeout(READY_WITHIN, st.store.call(|s| s.outbox_status())).await {
            Ok(Ok(o)) => t.set_outbox(&o, super::worker::now_secs()),
            Ok(Err(e)) => tracing::warn!("cannot read the outbox: {e}"),
            Err(_) => tracing::warn!("the outbox took longer than {READY_WITHIN:?}"),
        }
    }
    match tokio::time::timeout(READY_WITHIN, st.store.size_bytes()).await {
        Ok(Ok(Some(n))) => t.set_database_size(n),
        Ok(Ok(None)) => {}
        Ok(Err(e)) => tracing::warn!("cannot read the database size: {e}"),
        Err(_) => tracing::warn!("the database size took longer than {READY_WITHIN:?}"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        t.encode(),
    )
        .into_response()
}

/// The protocol an upload route speaks.
fn upload_protocol(route: &str) -> Option<&'static str> {
    match route {
        "/api/v1/reports" => Some("cep"),
        "/submit.php" => Some("vzstats"),
        "/post" => Some("disp"),
        _ => None,
    }
}

/// Counts every answered request by route pattern and status; times
/// uploads and publishing requests; counts uploads by outcome.
pub(super) async fn track(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    // The pattern, never the raw path: a bounded set of label values.
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |m| m.as_str())
        .to_owned();
    let method = req.method().clone();
    let start = Instant::now();
    let resp = next.run(req).await;
    let took = start.elapsed();
    let status = resp.status().as_u16();
    let t = st.telemetry();
    t.request(&route, status);
    match upload_protocol(&route) {
        Some(p) if method == Method::POST => {
            t.upload(p, UploadOutcome::of_status(status));
            t.ingest_time(p, took);
        }
        None if method == Method::GET
            && !matches!(
                route.as_str(),
                "unmatched" | "/healthz" | "/readyz" | "/api/v1/policy" | "/genuuid.php"
            ) =>
        {
            t.page_time(took);
        }
        _ => {}
    }
    resp
}
