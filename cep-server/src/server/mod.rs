//! The HTTP side, above [`crate::render`] and [`crate::store`]: the
//! router over the ingest routes (`ingest`: native, vzstats and disp
//! uploads, forgetting a host, the collection policy) and the publishing
//! routes (`site`: pages, tables, trends, `/api/v1/stats`, `/metrics`),
//! the state they share (`state`, with the upload caps of `uploads`), the
//! store thread (`worker`), the settings (`config`, and `settings`: flags,
//! environment and configuration file merged), `/healthz`, `/readyz` and
//! the admin port's operator metrics (`ops`) and the JSON error every
//! route answers with (`error`); the request deadline; serving under the
//! connection limits of [`crate::conn`] and stopping cleanly.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

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
        .layer(axum::middleware::map_response(error::json_errors))
        // Outermost, so it sees the deadline's answers and the final
        // status of every error.
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

/// What a clean stop did: the connections' part and the reports the
/// store committed after the signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped {
    /// Connections and answers.
    pub conns: crate::conn::Drained,
    /// Reports stored after the stop began.
    pub committed: u64,
    /// The grace the requests under way had.
    pub grace: Duration,
}

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &self.conns;
        write!(
            f,
            "stopped: {} answers finished after the signal on {} busy connections, \
             {} idle connections closed, {} cut at the {} s deadline; {} reports committed \
             after the signal; database closed",
            c.answered,
            c.busy,
            c.idle_closed,
            c.cut,
            self.grace.as_secs_f64(),
            self.committed
        )
    }
}

/// Serves on `listener` under the connection limits of [`crate::conn`] (a
/// deadline per phase of a request, caps on connections overall and per
/// address, the oldest idle connection closed first at a cap) until `stop`
/// completes; then stops cleanly: no new connections, idle ones closed, the
/// requests under way answered within `shutdown_timeout`, every queued
/// report committed and the database closed (SQLite checkpoints its WAL).
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    stop: impl std::future::Future<Output = ()>,
) -> std::io::Result<Stopped> {
    let c = &state.cfg;
    let limits = ConnLimits {
        max_connections: c.max_connections,
        per_address: c.max_connections_per_address,
        head_timeout: c.head_timeout,
        min_body_rate: c.min_body_rate,
        idle: c.request_timeout * 2,
        keep_alive: c.keep_alive,
    };
    let (per_address, grace) = (!c.trust_forwarded_for, c.shutdown_timeout);
    let store = state.store.clone();
    let mut committed = 0;
    let stop = async {
        stop.await;
        committed = store.committed();
    };
    let telemetry = state.telemetry().clone();
    let shed: crate::conn::Shed = Arc::new(move || telemetry.connection_shed());
    let relay = state.clone();
    let conns = crate::conn::serve(
        listener,
        router(state),
        limits,
        per_address,
        stop,
        grace,
        shed,
    )
    .await?;
    // A relay's forwarder finishes the item it is sending (and records its
    // receipt) before the store closes; the rest waits in the outbox for
    // the next start.
    relay.shutdown().await;
    let total = store.stop().await;
    Ok(Stopped {
        conns,
        committed: total.saturating_sub(committed),
        grace,
    })
}

/// Listens for SIGTERM and SIGINT from now on: the future ends at the
/// first and says which; a second one afterwards ends the process at once
/// (exit status 1). Call it before saying where the server listens, so
/// that no signal finds the default action.
pub fn signal() -> std::io::Result<impl std::future::Future<Output = &'static str>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        let name = tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        };
        let first = tokio::time::Instant::now();
        tokio::spawn(async move {
            loop {
                let again = tokio::select! {
                    _ = term.recv() => "SIGTERM",
                    _ = int.recv() => "SIGINT",
                };
                // One signal sent to the process and to its group comes
                // twice at once; a second one is a later one.
                if first.elapsed() > std::time::Duration::from_millis(500) {
                    tracing::warn!("{again} while stopping: exiting at once");
                    std::process::exit(1);
                }
            }
        });
        name
    })
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
        if let Err(e) = serve(listener, state, std::future::pending()).await {
            tracing::error!("server stopped: {e}");
        }
    });
    Ok(local)
}
