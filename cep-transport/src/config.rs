//! The transport's configuration (`[transport]` and `[retry]` of
//! cep.toml): the one definition of these settings, which the Agent's
//! configuration reads and hands as is to [`crate::build_with`].

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Default path of the FILE transport's archive (disp-helper's FILE mode).
pub const DEFAULT_FILE_PATH: &str = "/var/cache/cep/report.tar.gz";

pub use cep_core::transport::{Protocol, redact_credentials};

/// How reports leave the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum TransportConfig {
    /// Write the archive to a local file (replaced atomically).
    File {
        /// Where.
        #[serde(default = "default_file_path")]
        path: PathBuf,
        /// Also keep this many earlier archives beside it, timestamped.
        #[serde(default)]
        keep: usize,
    },
    /// Upload to a stats server.
    Http(HttpConfig),
}

/// `[transport]` with `type = "http"`: the one definition of the HTTP
/// transport's settings, read from cep.toml and handed as is to
/// `cep_transport::HttpSettings`, which adds what it resolves (the proxy
/// chosen, the file of the vzstats id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Base URL of the server, e.g. `https://stats.openvz.org`.
    pub url: String,
    /// Protocol.
    #[serde(default)]
    pub protocol: Protocol,
    /// Connect timeout (TCP and TLS).
    #[serde(default = "default_connect_timeout", with = "duration_str")]
    pub connect_timeout: Duration,
    /// Whole-request timeout.
    #[serde(default = "default_request_timeout", with = "duration_str")]
    pub timeout: Duration,
    /// How long fetching the collection policy may take before the
    /// report is built under the policy at hand (kept or built in).
    #[serde(default = "default_policy_timeout", with = "duration_str")]
    pub policy_timeout: Duration,
    /// Extra CA bundle (PEM) trusted besides the system roots.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// Proxy URL (`http://[user:password@]host:port`); when unset, the
    /// `https_proxy` / `http_proxy` / `no_proxy` variables, then
    /// /etc/wgetrc and /etc/yum.conf are consulted.
    #[serde(default)]
    pub proxy: Option<String>,
    /// vzstats protocol: ask the server for the id sent as `uuid`
    /// (`genuuid.php`) instead of sending the local host id.
    #[serde(default)]
    pub id_from_server: bool,
}

impl HttpConfig {
    /// Settings for `url` with this protocol and every other setting at
    /// its default (timeouts 30 s and 120 s, no CA file, proxy from the
    /// environment, the local host id).
    ///
    /// ```
    /// use cep_transport::config::{HttpConfig, Protocol};
    /// let h = HttpConfig::new("https://stats.example.org/", Protocol::Cep);
    /// assert_eq!(h.url, "https://stats.example.org");
    /// assert_eq!(h.timeout.as_secs(), 120);
    /// ```
    pub fn new(url: &str, protocol: Protocol) -> HttpConfig {
        HttpConfig {
            url: url.trim_end_matches('/').to_owned(),
            protocol,
            connect_timeout: default_connect_timeout(),
            timeout: default_request_timeout(),
            policy_timeout: default_policy_timeout(),
            ca_file: None,
            proxy: None,
            id_from_server: false,
        }
    }
}

fn default_file_path() -> PathBuf {
    PathBuf::from(DEFAULT_FILE_PATH)
}
fn default_connect_timeout() -> Duration {
    Duration::from_secs(30)
}
fn default_request_timeout() -> Duration {
    Duration::from_secs(120)
}
fn default_policy_timeout() -> Duration {
    DEFAULT_POLICY_TIMEOUT
}

/// Default `policy_timeout`: a server that never answers holds a report
/// back from the spool this long at most.
pub const DEFAULT_POLICY_TIMEOUT: Duration = Duration::from_secs(5);

impl TransportConfig {
    /// How long fetching the collection policy may take: the HTTP
    /// transport's `policy_timeout`, else [`DEFAULT_POLICY_TIMEOUT`].
    pub fn policy_timeout(&self) -> Duration {
        match self {
            TransportConfig::Http(h) => h.policy_timeout,
            TransportConfig::File { .. } => DEFAULT_POLICY_TIMEOUT,
        }
    }

    /// The transport's kind (`file`, `http`) and where it delivers, for
    /// `cep status`: a path, or the URL without credentials and with its
    /// protocol (`https://stats.example.org (cep)`).
    pub fn summary(&self) -> (&'static str, String) {
        match self {
            TransportConfig::File { path, .. } => ("file", path.display().to_string()),
            TransportConfig::Http(h) => (
                "http",
                format!("{} ({})", redact_credentials(&h.url), h.protocol.as_str()),
            ),
        }
    }
}

impl Default for TransportConfig {
    fn default() -> Self {
        TransportConfig::File {
            path: default_file_path(),
            keep: 0,
        }
    }
}

/// Retries within one run (`[retry]`): exponential backoff with full
/// jitter, bounded by a budget; what is left waits in the spool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetrySettings {
    /// First backoff ceiling.
    #[serde(with = "duration_str")]
    pub initial: Duration,
    /// Largest backoff ceiling.
    #[serde(with = "duration_str")]
    pub max: Duration,
    /// Time one run may spend delivering, waits included.
    #[serde(with = "duration_str")]
    pub budget: Duration,
}

impl Default for RetrySettings {
    fn default() -> Self {
        RetrySettings {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(60),
            budget: Duration::from_secs(120),
        }
    }
}

/// Serde helpers for durations written as `"30s"`, `"2m"`.
pub mod duration_str {
    use std::time::Duration;

    /// Serializes as humantime text.
    pub fn serialize<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&humantime::format_duration(*d))
    }

    /// Deserializes humantime text.
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        humantime::parse_duration(s.trim()).map_err(|e| {
            serde::de::Error::custom(format!(
                "invalid duration `{s}` ({e}); write e.g. \"30s\" or \"2m\""
            ))
        })
    }
}

/// Serde helpers for optional durations.
pub mod opt_duration_str {
    use std::time::Duration;

    /// Serializes as humantime text.
    pub fn serialize<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&humantime::format_duration(*d)),
            None => s.serialize_none(),
        }
    }

    /// Deserializes humantime text.
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Duration>, D::Error> {
        super::duration_str::deserialize(d).map(Some)
    }
}
