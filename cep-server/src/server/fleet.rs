//! The fleet view's routes, on the admin port only and only with
//! `--fleet`: `GET /fleet` (the page), `GET /fleet.csv`, and `PUT` /
//! `DELETE /fleet/labels/{host_id}` (a label set here for a host id,
//! which wins over the host's own).

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, put};
use serde_json::json;
use uuid::Uuid;

use super::error::ApiError;
use super::state::AppState;
use super::worker::now_secs;
use crate::render::fleet::{self, Filter, RelayView};
use crate::store::{FleetHost, LabelSource, OutboxStatus, Rejected};

/// Refusals shown on the page.
const REJECTED_SHOWN: usize = 20;

/// The fleet routes.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/fleet", get(page))
        .route("/fleet.csv", get(csv))
        .route(
            "/fleet/labels/{host_id}",
            put(set_label).delete(clear_label),
        )
}

fn filter(q: Result<Query<Filter>, QueryRejection>) -> Result<Filter, ApiError> {
    let Query(f) = q.map_err(|e| ApiError::bad(format!("bad filter: {e}")))?;
    f.silent().map_err(ApiError::bad)?;
    Ok(f)
}

async fn hosts(st: &AppState) -> Result<Vec<FleetHost>, ApiError> {
    st.store
        .call(|s| s.fleet())
        .await
        .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
}

async fn page(
    State(st): State<Arc<AppState>>,
    q: Result<Query<Filter>, QueryRejection>,
) -> Result<Response, ApiError> {
    let f = filter(q)?;
    let hosts = hosts(&st).await?;
    let outbox: Option<(OutboxStatus, Vec<Rejected>)> = match &st.relay {
        Some(_) => Some(
            st.store
                .call(|s| Ok((s.outbox_status()?, s.outbox_rejected(REJECTED_SHOWN)?)))
                .await
                .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))?,
        ),
        None => None,
    };
    let view = match (&st.relay, &outbox) {
        (Some(r), Some((status, rejected))) => {
            let p = r.policy();
            Some(RelayView {
                upstream: &r.destination,
                policy: format!("{} ({}: {})", p.policy.version, p.source, p.reason),
                outbox: status,
                rejected,
            })
        }
        _ => None,
    };
    fleet::page(&hosts, &f, now_secs(), view.as_ref())
        .map(|html| Html(html).into_response())
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

async fn csv(
    State(st): State<Arc<AppState>>,
    q: Result<Query<Filter>, QueryRejection>,
) -> Result<Response, ApiError> {
    let f = filter(q)?;
    let hosts = hosts(&st).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        fleet::csv(&hosts, &f, now_secs()),
    )
        .into_response())
}

fn host_id(text: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(text)
        .ok()
        .filter(|u| !u.is_nil())
        .ok_or_else(|| ApiError::bad(format!("`{text}` is not a host id (a UUID, not nil)")))
}

async fn set_label(
    State(st): State<Arc<AppState>>,
    Path(host): Path<String>,
    body: String,
) -> Result<Response, ApiError> {
    let host = host_id(&host)?;
    let label = cep_core::transport::fleet_label(body.trim())
        .map_err(ApiError::bad)?
        .to_owned();
    let (l, now) = (label.clone(), now_secs());
    st.store
        .call(move |s| s.set_label(host, LabelSource::Relay, Some(&l), now))
        .await
        .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))?;
    Ok(axum::Json(json!({"host_id": host, "label": label})).into_response())
}

async fn clear_label(
    State(st): State<Arc<AppState>>,
    Path(host): Path<String>,
) -> Result<Response, ApiError> {
    let host = host_id(&host)?;
    let now = now_secs();
    st.store
        .call(move |s| s.set_label(host, LabelSource::Relay, None, now))
        .await
        .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))?;
    Ok(axum::Json(json!({"host_id": host, "label": null})).into_response())
}
