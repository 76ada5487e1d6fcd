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

use std::path::Path;

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

fn read_cache(state_dir: &Path) -> Option<Cached> {
    let text = std::fs::read(state_dir.join(POLICY_FILE)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// True when this transport configuration talks to a cep-server, which
/// publishes a policy (`given`: a transport handed to the Agent instead).
pub(crate) fn expected(config: &TransportConfig, given: bool) -> bool {
    !given
        && matches!(
            config,
            TransportConfig::Http(crate::config::HttpConfig {
                protocol: Protocol::Cep,
                ..
            })
        )
}

/// The policy cache of one state directory.
pub(crate) struct PolicyCache<'a> {
    /// The state directory.
    pub(crate) state_dir: &'a Path,
    /// Whether the receiver publishes a policy ([`expected`]).
    pub(crate) expected: bool,
}

impl PolicyCache<'_> {
    /// Asks the transport for its policy when the cache is older than a
    /// day (or missing) at `now` and keeps the answer; a failure keeps the
    /// cached policy and is not retried before a day has passed.
    pub(crate) fn refresh(&self, now: Timestamp, t: &dyn Transport, rt: &tokio::runtime::Runtime) {
        let cached = read_cache(self.state_dir);
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
        let path = self.state_dir.join(POLICY_FILE);
        let bytes = serde_json::to_vec_pretty(&fresh).unwrap_or_default();
        if let Err(e) = std::fs::create_dir_all(self.state_dir)
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
    pub(crate) fn current(&self) -> Option<(Policy, &'static str)> {
        match read_cache(self.state_dir) {
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
            _ => self.expected.then(|| (Policy::builtin(), "built-in")),
        }
    }
}
