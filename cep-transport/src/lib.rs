//! # cep-transport
//!
//! How reports leave the host: [`FileTransport`] writes the archive to a
//! local file (disp-helper's FILE mode); [`HttpTransport`] uploads it to a
//! stats server with the native, vzstats or dispatcher protocol
//! (docs/PROTOCOL.md). [`build_with`] turns the configuration
//! ([`config`]: `[transport]` and `[retry]` of cep.toml) into one of them.
#![deny(missing_docs)]

pub mod config;
mod file;
mod http;
pub mod proxy;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use file::FileTransport;
pub use http::{HttpSettings, HttpTransport};

use cep_core::Transport;
use cep_core::uuid::Uuid;

pub use config::{HttpConfig, Protocol, RetrySettings, TransportConfig};

/// Errors building a transport from configuration.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configured transport cannot be built.
    #[error(
        "cannot set up the {kind} transport: {}",
        cep_core::transport::redact_credentials(message)
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
        TransportConfig::Http(HttpConfig {
            protocol: Protocol::Vzstats,
            id_from_server: true,
            ..
        }) => std::fs::read_to_string(state_dir.join(SERVER_ID_FILE))
            .ok()
            .and_then(|t| cep_core::transport::parse_host_id(&t))
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

/// Builds the transport the configuration names.
pub fn build_with(
    config: &TransportConfig,
    env: &Environment,
) -> Result<Box<dyn Transport>, Error> {
    build_labelled(config, env, None)
}

/// [`build_with`], and an HTTP transport sends `fleet_label` (`[fleet]
/// label` of cep.toml) with every upload ([`HttpTransport::with_fleet_label`]).
pub fn build_labelled(
    config: &TransportConfig,
    env: &Environment,
    fleet_label: Option<&str>,
) -> Result<Box<dyn Transport>, Error> {
    match config {
        TransportConfig::File { path, keep } => {
            Ok(Box::new(FileTransport::new(path.clone()).keep(*keep)))
        }
        TransportConfig::Http(http) => Ok(Box::new(
            HttpTransport::new(HttpSettings::resolve(http.clone(), env))?
                .with_fleet_label(fleet_label.map(str::to_owned)),
        )),
    }
}
