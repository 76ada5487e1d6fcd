//! The server's settings and the errors of starting it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use cep_core::report::ReadLimits;

use crate::limits::Rate;
use crate::render::Site;
use crate::render::privacy::Notice;
use crate::store::StatsOptions;

/// How log lines look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One line of text each (colours only on a terminal).
    #[default]
    Text,
    /// One JSON object a line, for log collectors.
    Json,
}

/// Server settings: what the flags, the environment and the configuration
/// file give ([`super::Settings`]).
#[derive(Debug, Clone)]
pub struct Config {
    /// The public address.
    pub listen: SocketAddr,
    /// SQLite file or `postgres://` URL (may hold a password: never log it).
    pub db: String,
    /// The admin address (operator metrics, health); none by default.
    pub admin_listen: Option<SocketAddr>,
    /// How log lines look.
    pub log_format: LogFormat,
    /// What to log: a level or tracing's filter directives.
    pub log: String,
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
    /// How long a connection is kept open for its next request (zero:
    /// one request per connection).
    pub keep_alive: Duration,
    /// On SIGTERM or SIGINT, how long the requests under way have to
    /// finish before their connections are closed.
    pub shutdown_timeout: Duration,
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
    pub site: Site,
    /// Signs `/api/v1/policy` (`--policy-key`); `None`: served unsigned.
    pub policy_signer: Option<std::sync::Arc<cep_policy::signing::PolicySigner>>,
    /// Relay mode (`--upstream`): where and how reports are forwarded.
    pub relay: Option<RelayConfig>,
    /// The fleet view on the admin port (`--fleet`); hosts' labels kept.
    pub fleet: bool,
}

/// A relay's settings: its upstream and outbox (`--upstream` and the
/// `--upstream-*` and `--outbox-*` settings).
#[derive(Debug, Clone)]
pub struct RelayConfig {
    /// The upstream's base URL, as given (it may hold credentials: shown
    /// only through [`RelayConfig::destination`]).
    pub url: String,
    /// Keys the upstream's policy must be signed with (none: any).
    pub keys: Vec<cep_policy::signing::PolicyKey>,
    /// Extra CA certificates, or the upstream's own certificate.
    pub ca_file: Option<PathBuf>,
    /// Proxy to the upstream; `None`: the environment's.
    pub proxy: Option<String>,
    /// Longest wait between attempts.
    pub retry_max: Duration,
    /// The outbox's bounds.
    pub bounds: crate::store::OutboxBounds,
}

impl RelayConfig {
    /// Settings for `url` (an http:// or https:// URL), the rest at their
    /// defaults.
    pub fn new(url: &str) -> Result<RelayConfig, ServerError> {
        let parsed = reqwest::Url::parse(url.trim()).map_err(|e| {
            ServerError::Upstream(format!(
                "--upstream `{}` is not a URL ({e}); give the upstream cep-server's base URL, e.g. https://stats.openvz.org",
                cep_core::transport::redact_credentials(url)
            ))
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(ServerError::Upstream(format!(
                "--upstream `{}` must start with http:// or https://",
                cep_core::transport::redact_credentials(url)
            )));
        }
        Ok(RelayConfig {
            url: url.trim().trim_end_matches('/').to_owned(),
            keys: Vec::new(),
            ca_file: None,
            proxy: None,
            retry_max: Duration::from_secs(300),
            bounds: crate::store::OutboxBounds::default(),
        })
    }

    /// The upstream's URL without credentials (messages, the cached
    /// policy's key, the fleet page).
    pub fn destination(&self) -> String {
        cep_core::transport::redact_credentials(&self.url)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: "./stats.db".to_owned(),
            admin_listen: None,
            log_format: LogFormat::Text,
            log: "info".to_owned(),
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
            keep_alive: Duration::from_secs(15),
            shutdown_timeout: Duration::from_secs(20),
            batch: 256,
            stats_cache: Duration::from_secs(1),
            geoip: None,
            trust_forwarded_for: false,
            site: Site::default(),
            policy_signer: None,
            relay: None,
            fleet: false,
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

    /// `/api/v1/policy` as served: the policy's canonical bytes, signed
    /// when a key is configured.
    pub fn policy_document(&self) -> cep_core::PolicyDocument {
        let policy = crate::facts::policy();
        match &self.policy_signer {
            Some(signer) => signer.document(&policy),
            None => policy.unsigned(),
        }
    }

    /// What the privacy notice states for these settings.
    pub fn privacy_notice(&self) -> Notice {
        Notice {
            k: self.stats.k,
            active_days: self.stats.active_days,
            retention_days: self.retention(),
            keep_archives_days: self.keep_archives_days,
            geoip: self.geoip.is_some(),
            policy_key: self.policy_signer.as_ref().map(|s| s.public_key().clone()),
            relay: self.relay.as_ref().map(RelayConfig::destination),
            fleet: self.fleet,
        }
    }
}

/// Errors of starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
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
    /// The configuration file.
    #[error("configuration file {}: {reason}", path.display())]
    Config {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line and key (never the value).
        reason: String,
    },
    /// The operator metrics asked on a public address.
    #[error(
        "--admin-listen {addr} is not a loopback address: the operator metrics are for the operator only; \
         add --admin-allow-remote (admin_allow_remote = true) to serve them there anyway"
    )]
    AdminNotLoopback {
        /// The address.
        addr: SocketAddr,
    },
    /// The policy signing key.
    #[error(transparent)]
    PolicyKey(#[from] crate::keys::KeyError),
    /// The upstream of a relay.
    #[error("{0}")]
    Upstream(String),
    /// `--fleet` without an admin port to serve it on.
    #[error(
        "--fleet serves the fleet view on the admin port only (it lists every host, without k-anonymity): set --admin-listen (admin_listen = \"127.0.0.1:9100\") too"
    )]
    FleetNeedsAdmin,
    /// The GeoIP file.
    #[error("cannot read the GeoIP database {path}: {reason}")]
    GeoIp {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_privacy_md_is_the_notice_with_the_default_settings() {
        let n = Config::default().privacy_notice();
        assert_eq!(n.retention_days, 91);
        let committed = include_str!("../../../docs/PRIVACY.md");
        assert_eq!(
            committed,
            crate::render::privacy::markdown(&n),
            "docs/PRIVACY.md is stale: run `cargo run -p cep-server -- --print-privacy > docs/PRIVACY.md`"
        );
    }
}
