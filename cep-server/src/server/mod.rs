//! The HTTP side, above [`crate::render`] and [`crate::store`]: the
//! router over the ingest routes (`ingest`: native, vzstats and disp
//! uploads, forgetting a host, the collection policy) and the publishing
//! routes (`site`: pages, tables, trends, `/api/v1/stats`, `/metrics`),
//! the state they share (`state`, with the upload caps of `uploads`), the
//! store thread (`worker`), the settings (`config`, and `settings`: flags,
//! environment and configuration file merged), `/healthz`, `/readyz` and
//! the admin port's operator metrics (`ops`) and the JSON error every
//! route answers with (`error`); the request deadline; serving under the
//! connection limits of [`crate::conn`].

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::conn::ConnLimits;
use crate::store::Store;

mod config;
mod error;
mod fleet;
mod forward;
mod ingest;
mod ops;
mod settings;
mod site;
mod state;
mod uploads;
mod worker;

pub use config::{Config, LogFormat, RelayConfig, ServerError};
pub use error::ApiError;
pub use forward::Relay;
pub use ingest::ClientIp;
pub use ops::admin_router;
pub use settings::Settings;
pub use state::AppState;
pub use worker::StoreHandle;

/// All routes, with the request deadline and body limits.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .merge(site::routes())
        .merge(ingest::routes(state.cfg.limits.compressed_bytes))
        .merge(ops::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            deadline,
        ))
        // Outermost, so it sees the deadline's answers too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::track,
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

/// Serves the admin port (the operator metrics, `/healthz`, `/readyz`)
/// on `listener` until the future is dropped. Plain axum: the admin port
/// is on loopback, or reachable only by the operator's own network.
pub async fn serve_admin(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
) -> std::io::Result<()> {
    axum::serve(listener, admin_router(state)).await
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
