//! The server's settings from the command line, the environment and the
//! configuration file (`--config`; the package ships
//! `/etc/cep/server.toml`), merged into one [`Config`]: a flag wins over
//! its environment variable, which wins over the file, which wins over the
//! default. Every flag has a key of the same name with `_` for `-`, and
//! an environment variable `CEP_SERVER_<KEY>`.
//!
//! ```
//! use cep_server::server::Settings;
//!
//! let dir = tempfile::tempdir()?;
//! let file = dir.path().join("server.toml");
//! std::fs::write(&file, "k = 7\ntrend_weeks = 12\n")?;
//! let flags = Settings { trend_weeks: Some(52), ..Settings::default() };
//! let cfg = flags.or(Settings::from_file(&file)?).into_config()?;
//! assert_eq!((cfg.stats.k, cfg.stats.trend_weeks), (7, 52));
//!
//! std::fs::write(&file, "kay = 7\n")?;
//! let err = Settings::from_file(&file).unwrap_err().to_string();
//! assert!(err.contains("server.toml: line 1: ") && err.contains("unknown field `kay`"), "{err}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::config::{Config, LogFormat, RelayConfig, ServerError};
use crate::limits::Rate;

/// Every setting, each optional: from flags (and their environment
/// variables) or from the configuration file. Unset ones keep
/// [`Config::default`]'s value.
#[derive(Debug, Clone, Default, clap::Args, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "CEP_SERVER_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// SQLite file, or a postgres://user:password@host/db URL [default:
    /// ./stats.db].
    #[arg(long, env = "CEP_SERVER_DB")]
    pub db: Option<String>,
    /// Keep raw report archives this many days (0: do not keep them)
    /// [default: 0].
    #[arg(long, env = "CEP_SERVER_KEEP_ARCHIVES_DAYS")]
    pub keep_archives_days: Option<i64>,
    /// Keep per-host rows (reports, facts, keys) this many days, then only
    /// the aggregates [default: the longer active window plus 30 days,
    /// 91; at least that window plus 7].
    #[arg(long, env = "CEP_SERVER_RETENTION_DAYS")]
    pub retention_days: Option<i64>,
    /// Largest accepted body (compressed archive), in bytes [default:
    /// 1048576].
    #[arg(long, env = "CEP_SERVER_MAX_BODY")]
    pub max_body: Option<u64>,
    /// Only hosts that reported in this many days count in distributions
    /// [default: 14].
    #[arg(long, env = "CEP_SERVER_ACTIVE_DAYS")]
    pub active_days: Option<i64>,
    /// Values held by fewer hosts are merged into "other" [default: 5].
    #[arg(long, env = "CEP_SERVER_K")]
    pub k: Option<i64>,
    /// Reports per minute per host id (0: no limit) [default: 60].
    #[arg(long, env = "CEP_SERVER_HOST_RATE")]
    pub host_rate: Option<f64>,
    /// Burst per host id [default: 30].
    #[arg(long, env = "CEP_SERVER_HOST_BURST")]
    pub host_burst: Option<f64>,
    /// Requests per minute per client address (0: no limit) [default:
    /// 600].
    #[arg(long, env = "CEP_SERVER_ADDR_RATE")]
    pub addr_rate: Option<f64>,
    /// Burst per client address [default: 200].
    #[arg(long, env = "CEP_SERVER_ADDR_BURST")]
    pub addr_burst: Option<f64>,
    /// Uploads handled at once; more get 503 [default: 64].
    #[arg(long, env = "CEP_SERVER_MAX_UPLOADS")]
    pub max_uploads: Option<usize>,
    /// Uploads handled at once from one client address; more get 429
    /// (0: no cap) [default: 8].
    #[arg(long, env = "CEP_SERVER_MAX_UPLOADS_PER_ADDRESS")]
    pub max_uploads_per_address: Option<usize>,
    /// Open connections at once; at the cap, an idle connection (still
    /// waiting for its request head) is closed to make room: the oldest of
    /// the address holding the most connections [default: 1024].
    #[arg(long, env = "CEP_SERVER_MAX_CONNECTIONS")]
    pub max_connections: Option<usize>,
    /// Open connections from one address (0: no cap; not applied with
    /// --trust-forwarded-for) [default: 64].
    #[arg(long, env = "CEP_SERVER_MAX_CONNECTIONS_PER_ADDRESS")]
    pub max_connections_per_address: Option<usize>,
    /// Seconds from connecting to a complete request head (else 408)
    /// [default: 5].
    #[arg(long, env = "CEP_SERVER_HEAD_TIMEOUT")]
    pub head_timeout: Option<u64>,
    /// Least average request body rate, in bytes a second, counted after
    /// --head-timeout (0: none) [default: 1024].
    #[arg(long, env = "CEP_SERVER_MIN_BODY_RATE")]
    pub min_body_rate: Option<u64>,
    /// Whole-request deadline, in seconds (a connection being answered
    /// that moves no byte for twice that is closed) [default: 30].
    #[arg(long, env = "CEP_SERVER_REQUEST_TIMEOUT")]
    pub request_timeout: Option<u64>,
    /// Seconds a connection waits for its next request (0: one request
    /// per connection) [default: 15].
    #[arg(long, env = "CEP_SERVER_KEEP_ALIVE")]
    pub keep_alive: Option<u64>,
    /// On SIGTERM or SIGINT, seconds the requests under way have to finish
    /// (a second signal exits at once) [default: 20].
    #[arg(long, env = "CEP_SERVER_SHUTDOWN_TIMEOUT")]
    pub shutdown_timeout: Option<u64>,
    /// How long computed stats are reused, in milliseconds [default:
    /// 1000].
    #[arg(long, env = "CEP_SERVER_STATS_CACHE_MS")]
    pub stats_cache_ms: Option<u64>,
    /// MaxMind country database (.mmdb) for the country distribution.
    #[arg(long, env = "CEP_SERVER_GEOIP")]
    pub geoip: Option<PathBuf>,
    /// Take the client address from the last X-Forwarded-For entry (only
    /// behind a reverse proxy that sets it) [default: false].
    #[arg(long, env = "CEP_SERVER_TRUST_FORWARDED_FOR", num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub trust_forwarded_for: Option<bool>,
    /// The licence of the published data, shown on every page and in the
    /// JSON and /metrics outputs (a URL in it becomes a link) [default: CC
    /// BY 4.0, with the licence's URL].
    #[arg(long, env = "CEP_SERVER_DATA_LICENSE")]
    pub data_license: Option<String>,
    /// Weeks shown in the distribution trends [default: 26].
    #[arg(long, env = "CEP_SERVER_TREND_WEEKS")]
    pub trend_weeks: Option<i64>,
    /// Serve the operator metrics (and /healthz, /readyz) on this address;
    /// a loopback address unless --admin-allow-remote [default: off].
    #[arg(long, env = "CEP_SERVER_ADMIN_LISTEN")]
    pub admin_listen: Option<SocketAddr>,
    /// Allow --admin-listen on an address other than loopback (a
    /// container's, or a network only the operator reaches) [default:
    /// false].
    #[arg(long, env = "CEP_SERVER_ADMIN_ALLOW_REMOTE", num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub admin_allow_remote: Option<bool>,
    /// Log lines as text or as JSON objects, one a line, for log
    /// collectors [default: text].
    #[arg(long, env = "CEP_SERVER_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,
    /// What to log: a level (error, warn, info, debug, trace) or
    /// tracing's filter directives [default: info].
    #[arg(long, env = "CEP_SERVER_LOG")]
    pub log: Option<String>,
    /// Sign /api/v1/policy with this Ed25519 key (PKCS#8 PEM, as
    /// `cep-server keygen` writes it; a file others may read is refused)
    /// [default: unsigned].
    #[arg(long, value_name = "FILE", env = "CEP_SERVER_POLICY_KEY")]
    pub policy_key: Option<PathBuf>,
    /// Relay mode: forward every report received to this cep-server
    /// (http:// or https:// URL), reduced to its collection policy, from a
    /// durable outbox in this server's database [default: off].
    #[arg(long, value_name = "URL", env = "CEP_SERVER_UPSTREAM")]
    pub upstream: Option<String>,
    /// A key the upstream's policy must be signed with
    /// (`ed25519:<base64>`, as `cep-server keygen` prints it); repeat or
    /// separate with commas. Unset: the policy is used signed or not.
    #[arg(
        long,
        value_name = "KEY",
        env = "CEP_SERVER_UPSTREAM_POLICY_KEY",
        value_delimiter = ','
    )]
    pub upstream_policy_key: Option<Vec<String>>,
    /// PEM file of CA certificates (or the upstream's own certificate)
    /// trusted for the upstream besides the system's [default: none].
    #[arg(long, value_name = "FILE", env = "CEP_SERVER_UPSTREAM_CA_FILE")]
    pub upstream_ca_file: Option<PathBuf>,
    /// Proxy to reach the upstream through (`http://[user:password@]host:port`)
    /// [default: https_proxy / http_proxy / no_proxy of the environment].
    #[arg(long, value_name = "URL", env = "CEP_SERVER_UPSTREAM_PROXY")]
    pub upstream_proxy: Option<String>,
    /// Longest wait between two attempts while the upstream fails, in
    /// seconds (the waits grow from 1 s, with jitter) [default: 300].
    #[arg(long, env = "CEP_SERVER_UPSTREAM_RETRY_MAX")]
    pub upstream_retry_max: Option<u64>,
    /// Most reports the outbox holds; beyond it the oldest are dropped
    /// and counted [default: 100000].
    #[arg(long, env = "CEP_SERVER_OUTBOX_MAX_REPORTS")]
    pub outbox_max_reports: Option<u64>,
    /// Most bytes of reports the outbox holds; beyond it the oldest are
    /// dropped and counted [default: 536870912].
    #[arg(long, env = "CEP_SERVER_OUTBOX_MAX_BYTES")]
    pub outbox_max_bytes: Option<u64>,
    /// The fleet view: every host with its label, kernel, tools and
    /// counts, no k-anonymity, on the admin port only (needs
    /// --admin-listen); hosts' labels are kept [default: false].
    #[arg(long, env = "CEP_SERVER_FLEET", num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub fleet: Option<bool>,
}

/// `$a.f.or($b.f)` for every field; a field left out is a build error.
macro_rules! either {
    ($a:ident, $b:ident; $($f:ident),* $(,)?) => {
        Settings { $($f: $a.$f.or($b.$f)),* }
    };
}

impl Settings {
    /// These settings where set, else `lower`'s (flags over the file).
    pub fn or(self, lower: Settings) -> Settings {
        let (a, b) = (self, lower);
        either!(a, b;
            listen, db, keep_archives_days, retention_days, max_body, active_days, k,
            host_rate, host_burst, addr_rate, addr_burst, max_uploads,
            max_uploads_per_address, max_connections, max_connections_per_address,
            head_timeout, min_body_rate, request_timeout, keep_alive, shutdown_timeout,
            stats_cache_ms, geoip,
            trust_forwarded_for, data_license, trend_weeks, admin_listen,
            admin_allow_remote, log_format, log, policy_key, upstream, upstream_policy_key,
            upstream_ca_file, upstream_proxy, upstream_retry_max, outbox_max_reports,
            outbox_max_bytes, fleet,
        )
    }

    /// The settings of a TOML configuration file; an unknown key, a value
    /// of the wrong type or bad syntax is an error naming the file, the
    /// line and the key (never the value: the file may hold a password).
    pub fn from_file(path: &Path) -> Result<Settings, ServerError> {
        let text = std::fs::read_to_string(path).map_err(|e| ServerError::Config {
            path: path.to_owned(),
            reason: format!("cannot read it: {e}"),
        })?;
        toml::from_str(&text).map_err(|e| ServerError::Config {
            path: path.to_owned(),
            reason: toml_error(&text, &e),
        })
    }

    /// Onto [`Config::default`]; checks what no single value can.
    pub fn into_config(self) -> Result<Config, ServerError> {
        let mut c = Config::default();
        let s = self;
        if let Some(v) = s.listen {
            c.listen = v;
        }
        if let Some(v) = s.db {
            c.db = v;
        }
        if let Some(v) = s.keep_archives_days {
            c.keep_archives_days = v;
        }
        if let Some(v) = s.retention_days {
            c.retention_days = v;
        }
        if let Some(v) = s.max_body {
            c.limits.compressed_bytes = v;
        }
        if let Some(v) = s.active_days {
            c.stats.active_days = v;
        }
        if let Some(v) = s.k {
            c.stats.k = v;
        }
        if let Some(v) = s.trend_weeks {
            c.stats.trend_weeks = v;
        }
        c.host_rate = Rate {
            per_minute: s.host_rate.unwrap_or(c.host_rate.per_minute),
            burst: s.host_burst.unwrap_or(c.host_rate.burst),
        };
        c.addr_rate = Rate {
            per_minute: s.addr_rate.unwrap_or(c.addr_rate.per_minute),
            burst: s.addr_burst.unwrap_or(c.addr_rate.burst),
        };
        if let Some(v) = s.max_uploads {
            c.max_uploads = v;
        }
        if let Some(v) = s.max_uploads_per_address {
            c.max_uploads_per_address = v;
        }
        if let Some(v) = s.max_connections {
            c.max_connections = v;
        }
        if let Some(v) = s.max_connections_per_address {
            c.max_connections_per_address = v;
        }
        if let Some(v) = s.head_timeout {
            c.head_timeout = Duration::from_secs(v.max(1));
        }
        if let Some(v) = s.min_body_rate {
            c.min_body_rate = v;
        }
        if let Some(v) = s.request_timeout {
            c.request_timeout = Duration::from_secs(v);
        }
        if let Some(v) = s.keep_alive {
            c.keep_alive = Duration::from_secs(v);
        }
        if let Some(v) = s.shutdown_timeout {
            c.shutdown_timeout = Duration::from_secs(v);
        }
        if let Some(v) = s.stats_cache_ms {
            c.stats_cache = Duration::from_millis(v);
        }
        if s.geoip.is_some() {
            c.geoip = s.geoip;
        }
        if let Some(v) = s.trust_forwarded_for {
            c.trust_forwarded_for = v;
        }
        if let Some(v) = s.data_license {
            c.site.data_license = v;
        }
        if let Some(v) = s.log_format {
            c.log_format = v;
        }
        if let Some(v) = s.log {
            c.log = v;
        }
        if let Some(f) = &s.policy_key {
            c.policy_signer = Some(std::sync::Arc::new(crate::keys::load(f)?));
        }
        if let Some(url) = s.upstream {
            let mut relay = RelayConfig::new(&url)?;
            for k in s.upstream_policy_key.unwrap_or_default() {
                relay.keys.push(cep_policy::signing::PolicyKey::parse(&k).map_err(|e| {
                    ServerError::Upstream(format!(
                        "--upstream-policy-key `{k}`: {e}; give the line `cep-server keygen` printed (ed25519:<base64>)"
                    ))
                })?);
            }
            relay.ca_file = s.upstream_ca_file;
            relay.proxy = s.upstream_proxy;
            if let Some(v) = s.upstream_retry_max {
                relay.retry_max = Duration::from_secs(v.max(1));
            }
            if let Some(v) = s.outbox_max_reports {
                relay.bounds.max_reports = v;
            }
            if let Some(v) = s.outbox_max_bytes {
                relay.bounds.max_bytes = v;
            }
            c.relay = Some(relay);
        } else if let Some(key) = [
            ("upstream_policy_key", s.upstream_policy_key.is_some()),
            ("upstream_ca_file", s.upstream_ca_file.is_some()),
            ("upstream_proxy", s.upstream_proxy.is_some()),
            ("upstream_retry_max", s.upstream_retry_max.is_some()),
            ("outbox_max_reports", s.outbox_max_reports.is_some()),
            ("outbox_max_bytes", s.outbox_max_bytes.is_some()),
        ]
        .iter()
        .find(|(_, set)| *set)
        {
            return Err(ServerError::Upstream(format!(
                "{} is set but there is no upstream: set --upstream (upstream = \"https://...\") for a relay, or remove it",
                key.0
            )));
        }
        c.fleet = s.fleet.unwrap_or(false);
        c.admin_listen = s.admin_listen;
        if c.fleet && c.admin_listen.is_none() {
            return Err(ServerError::FleetNeedsAdmin);
        }
        if let Some(addr) = c.admin_listen
            && !addr.ip().is_loopback()
            && !s.admin_allow_remote.unwrap_or(false)
        {
            return Err(ServerError::AdminNotLoopback { addr });
        }
        Ok(c)
    }
}

/// A TOML error as `line N: key `k`: message`, without the line's text.
fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim();
    let Some(span) = e.span() else {
        return message.to_owned();
    };
    let start = span.start.min(text.len());
    let line_no = text[..start].matches('\n').count() + 1;
    let line = text.lines().nth(line_no - 1).unwrap_or("");
    // The key is the part before `=`: never the value, which may be a
    // password.
    let key = line.split_once('=').map(|(k, _)| k.trim()).filter(|k| {
        !k.is_empty()
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.\"".contains(c))
    });
    match key {
        Some(k) if !message.contains(&format!("`{k}`")) => {
            format!("line {line_no}: key `{k}`: {message}")
        }
        _ => format!("line {line_no}: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Settings, String> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("server.toml");
        std::fs::write(&p, text).unwrap();
        Settings::from_file(&p).map_err(|e| e.to_string())
    }

    #[test]
    fn errors_name_the_file_line_and_key_but_never_the_value() {
        let e = parse("k = 5\nmax_uploads = \"many\"\n").unwrap_err();
        assert!(
            e.contains("server.toml: line 2: key `max_uploads`: "),
            "{e}"
        );
        let e = parse("db = \"postgres://cep:s3cret@db/cep\nk = 1\n").unwrap_err();
        assert!(e.contains("line 1") && !e.contains("s3cret"), "{e}");
        let e = parse("[server]\nlisten = \"127.0.0.1:1\"\n").unwrap_err();
        assert!(e.contains("unknown field `server`"), "{e}");
        let e = Settings::from_file(Path::new("/nonexistent/server.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("configuration file /nonexistent/server.toml: cannot read it: "),
            "{e}"
        );
    }

    #[test]
    fn every_key_lands_in_the_config() {
        let s = parse(
            r#"
listen = "127.0.0.1:9999"
db = "/var/lib/cep-server/stats.db"
keep_archives_days = 3
retention_days = 100
max_body = 2048
active_days = 10
k = 3
host_rate = 1.5
host_burst = 2
addr_rate = 10
addr_burst = 20
max_uploads = 7
max_uploads_per_address = 2
max_connections = 99
max_connections_per_address = 9
head_timeout = 4
min_body_rate = 10
request_timeout = 11
keep_alive = 0
shutdown_timeout = 3
stats_cache_ms = 12
geoip = "/usr/share/GeoIP/GeoLite2-Country.mmdb"
trust_forwarded_for = true
data_license = "CC0"
trend_weeks = 8
admin_listen = "10.0.0.1:9100"
admin_allow_remote = true
log_format = "json"
log = "debug"
"#,
        )
        .unwrap();
        let c = s.into_config().unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:9999");
        assert_eq!(c.db, "/var/lib/cep-server/stats.db");
        assert_eq!((c.keep_archives_days, c.retention_days), (3, 100));
        assert_eq!(c.limits.compressed_bytes, 2048);
        assert_eq!(
            (c.stats.active_days, c.stats.k, c.stats.trend_weeks),
            (10, 3, 8)
        );
        assert_eq!((c.host_rate.per_minute, c.host_rate.burst), (1.5, 2.0));
        assert_eq!((c.addr_rate.per_minute, c.addr_rate.burst), (10.0, 20.0));
        assert_eq!((c.max_uploads, c.max_uploads_per_address), (7, 2));
        assert_eq!((c.max_connections, c.max_connections_per_address), (99, 9));
        assert_eq!(c.head_timeout, Duration::from_secs(4));
        assert_eq!(c.min_body_rate, 10);
        assert_eq!(c.request_timeout, Duration::from_secs(11));
        assert_eq!(c.keep_alive, Duration::ZERO);
        assert_eq!(c.shutdown_timeout, Duration::from_secs(3));
        assert_eq!(c.stats_cache, Duration::from_millis(12));
        assert!(c.geoip.is_some() && c.trust_forwarded_for);
        assert_eq!(c.site.data_license, "CC0");
        assert_eq!(c.admin_listen.unwrap().to_string(), "10.0.0.1:9100");
        assert_eq!((c.log_format, c.log.as_str()), (LogFormat::Json, "debug"));
    }

    #[test]
    fn the_admin_port_is_loopback_unless_allowed() {
        let s = Settings {
            admin_listen: Some("0.0.0.0:9100".parse().unwrap()),
            ..Settings::default()
        };
        let e = s.clone().into_config().unwrap_err().to_string();
        assert!(
            e.contains("0.0.0.0:9100") && e.contains("--admin-allow-remote"),
            "{e}"
        );
        let s = Settings {
            admin_allow_remote: Some(true),
            ..s
        };
        assert!(s.into_config().is_ok());
    }

    /// The example configuration the package ships names every key.
    #[test]
    fn the_shipped_server_toml_documents_every_key_and_loads() {
        use clap::CommandFactory;
        #[derive(clap::Parser)]
        struct Probe {
            #[command(flatten)]
            s: Settings,
        }
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging/server.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        for arg in Probe::command().get_arguments() {
            let key = arg.get_id().as_str();
            if key == "help" {
                continue;
            }
            let documented = text.lines().any(|l| {
                let l = l.trim_start_matches('#').trim_start();
                l.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            });
            assert!(documented, "packaging/server.toml lacks `{key}`");
        }
        let c = Settings::from_file(&path).unwrap().into_config().unwrap();
        assert_eq!(c.db, "/var/lib/cep-server/stats.db");
    }
}
