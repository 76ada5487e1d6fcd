//! Which collection policy a report is built under: the one the server
//! publishes, fetched at most once a day into `<state-dir>/policy.json`;
//! the cached one when fetching fails; the built-in one
//! ([`cep_core::policy::BUILTIN`], what cep-server's pages read) when none
//! was ever fetched. Reports to a receiver that publishes no policy (a
//! file, a legacy server) are sent whole.

use crate::config::TransportConfig;
use cep_core::{Policy, Protocol, Transport};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::Agent;

/// The cache's file name in the state directory.
pub const POLICY_FILE: &str = "policy.json";

/// Fetch again after this long.
const REFRESH_SECS: i64 = 86_400;

#[derive(Debug, Serialize, Deserialize)]
struct Cached {
    /// When the server was last asked (RFC 3339).
    checked_at: Timestamp,
    /// Its answer: `None` when it publishes no policy.
    policy: Option<Policy>,
    /// Whether the last fetch failed (then `policy` is an older answer).
    #[serde(default)]
    failed: bool,
}

impl Agent {
    fn read_policy_cache(&self) -> Option<Cached> {
        let text = std::fs::read(self.config.state_dir.join(POLICY_FILE)).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// True when the configured transport talks to a cep-server, which
    /// publishes a policy.
    fn expects_policy(&self) -> bool {
        self.transport.is_none()
            && matches!(
                self.config.transport,
                TransportConfig::Http(crate::config::HttpConfig {
                    protocol: Protocol::Cep,
                    ..
                })
            )
    }

    /// Asks the transport for its policy when the cache is older than a
    /// day (or missing) and keeps the answer; a failure keeps the cached
    /// policy and is not retried before a day has passed.
    pub(crate) fn refresh_policy(&self, t: &dyn Transport, rt: &tokio::runtime::Runtime) {
        let now = self.now();
        let cached = self.read_policy_cache();
        if let Some(c) = &cached
            && (now.as_second() - c.checked_at.as_second()).abs() < REFRESH_SECS
        {
            return;
        }
        let fresh = match rt.block_on(t.policy()) {
            Ok(policy) => Cached {
                checked_at: now,
                policy,
                failed: false,
            },
            Err(e) => {
                tracing::warn!(
                    "cannot fetch the collection policy: {e}; using the one kept earlier"
                );
                Cached {
                    checked_at: now,
                    policy: cached.and_then(|c| c.policy),
                    failed: true,
                }
            }
        };
        let path = self.config.state_dir.join(POLICY_FILE);
        let bytes = serde_json::to_vec_pretty(&fresh).unwrap_or_default();
        if let Err(e) = std::fs::create_dir_all(&self.config.state_dir)
            .and_then(|()| cep_core::fsutil::atomic_write(&path, &bytes, 0o644))
        {
            tracing::warn!(
                "cannot keep the collection policy in {}: {e}",
                path.display()
            );
        }
    }

    /// The policy the next report is built under and where it came from
    /// (`server`, `cache`, `built-in`); `None`: the report goes whole.
    /// Reads only the cache: no network.
    pub(crate) fn current_policy(&self) -> Option<(Policy, &'static str)> {
        match self.read_policy_cache() {
            Some(Cached {
                policy: Some(p),
                failed,
                ..
            }) => Some((p, if failed { "cache" } else { "server" })),
            Some(Cached {
                policy: None,
                failed: false,
                ..
            }) => None,
            _ => self
                .expects_policy()
                .then(|| (Policy::builtin(), "built-in")),
        }
    }
}
