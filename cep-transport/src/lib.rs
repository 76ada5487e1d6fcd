//! # cep-transport
//!
//! How reports leave the host: [`FileTransport`] writes the archive to a
//! local file (disp-helper's FILE mode); [`HttpTransport`] uploads it to a
//! stats server with the native, vzstats or dispatcher protocol
//! (docs/PROTOCOL.md). [`build`] turns the configuration into one of them;
//! [`TokioClock`] is the real clock for `cep_core::delivery::flush`.
#![deny(missing_docs)]

mod file;
mod http;
pub mod proxy;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use file::FileTransport;
pub use http::{HttpSettings, HttpTransport};

use cep_core::uuid::Uuid;
use cep_core::{Transport, TransportConfig};

/// Errors building a transport from configuration.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configured transport cannot be built.
    #[error(
        "cannot set up the {kind} transport: {}",
        cep_core::config::redact_credentials(message)
    )]
    Setup {
        /// `file` or `http`.
        kind: &'static str,
        /// What is wrong and what to do.
        message: String,
    },
    /// The transport could not get ready for the report about to be built
    /// (see [`Transport::prepare`]): the vzstats server did not hand out
    /// an id.
    #[error("{0}; nothing was collected or spooled: cep tries again on the next run")]
    Prepare(#[from] cep_core::TransportError),
}

/// Where the vzstats id handed out by `genuuid.php` is kept.
pub const SERVER_ID_FILE: &str = "vzstats-server-id";

/// The id a report's manifest carries as `client_id` under this
/// configuration: the host id, except with the vzstats protocol and
/// `id_from_server = true`, where it is the id the server handed out, once
/// [`Transport::prepare`] has asked for it (kept in
/// `<state-dir>/vzstats-server-id`). Reads only that file: reports built
/// for review before the first delivery carry the host id.
pub fn report_client_id(config: &TransportConfig, state_dir: &Path, host_id: Uuid) -> Uuid {
    match config {
        TransportConfig::Http(cep_core::HttpConfig {
            protocol: cep_core::Protocol::Vzstats,
            id_from_server: true,
            ..
        }) => std::fs::read_to_string(state_dir.join(SERVER_ID_FILE))
            .ok()
            .and_then(|t| cep_core::identity::parse_host_id(&t))
            .unwrap_or(host_id),
        _ => host_id,
    }
}

/// What building a transport needs besides its configuration.
#[derive(Debug, Clone)]
pub struct Environment {
    /// Where `wgetrc` and `yum.conf` are read (`/etc`).
    pub etc_dir: PathBuf,
    /// cep's state directory (the vzstats server-assigned id lives there).
    pub state_dir: PathBuf,
    /// Proxy variables (`https_proxy`, `http_proxy`, `no_proxy`, either case).
    pub vars: HashMap<String, String>,
}

impl Environment {
    /// Reads the proxy variables of this process.
    pub fn from_process(etc_dir: PathBuf, state_dir: PathBuf) -> Environment {
        let vars = [
            "https_proxy",
            "HTTPS_PROXY",
            "http_proxy",
            "HTTP_PROXY",
            "no_proxy",
            "NO_PROXY",
        ]
        .iter()
        .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
        .collect();
        Environment {
            etc_dir,
            state_dir,
            vars,
        }
    }
}

/// Builds the transport the configuration names, with `/etc` and the
/// process environment for proxy discovery.
pub fn build(config: &TransportConfig) -> Result<Box<dyn Transport>, Error> {
    build_with(
        config,
        &Environment::from_process(PathBuf::from("/etc"), cep_core::config::default_state_dir()),
    )
}

/// Builds the transport the configuration names.
pub fn build_with(
    config: &TransportConfig,
    env: &Environment,
) -> Result<Box<dyn Transport>, Error> {
    match config {
        TransportConfig::File { path, keep } => {
            Ok(Box::new(FileTransport::new(path.clone()).keep(*keep)))
        }
        TransportConfig::Http(http) => Ok(Box::new(HttpTransport::new(HttpSettings::resolve(
            http.clone(),
            env,
        ))?)),
    }
}

/// The real clock: monotonic time and tokio's sleep.
#[derive(Debug, Clone, Copy)]
pub struct TokioClock {
    start: Instant,
}

impl Default for TokioClock {
    fn default() -> Self {
        TokioClock {
            start: Instant::now(),
        }
    }
}

#[async_trait::async_trait]
impl cep_core::Clock for TokioClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
    async fn sleep(&self, d: Duration) {
        tokio::time::sleep(d).await
    }
}
