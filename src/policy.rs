//! Which collection policy a report is built under: the one the server
//! publishes, fetched at most once a day into `<state-dir>/policy.json`;
//! the cached one when fetching fails; the built-in one
//! ([`cep_core::policy::BUILTIN`], what cep-server's pages read) when none
//! was ever fetched. Reports to a receiver that publishes no policy (a
//! file, a legacy server) are sent whole. The fetch has a deadline of its
//! own (`[transport] policy_timeout`), so a server that never answers
//! holds a report back from the spool only that long.

use crate::config::TransportConfig;
use cep_core::{Policy, Protocol, Transport};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use std::path::Path;
use std::time::Duration;

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

/// Where the collection policy in force comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicySource {
    /// The server's, as its last fetch answered.
    Server,
    /// The server's, from an earlier fetch: the last one failed.
    Cache,
    /// The one built into cep (what cep-server's pages read): none was
    /// ever fetched.
    BuiltIn,
}

impl PolicySource {
    /// `server`, `cache` or `built-in`, as the manifest records it.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicySource::Server => "server",
            PolicySource::Cache => "cache",
            PolicySource::BuiltIn => "built-in",
        }
    }
}

/// Which collection policy the next report is built under, and why: every
/// message about the policy in force is made from this one value.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyChoice {
    /// The policy.
    pub policy: Policy,
    /// Where it comes from.
    pub source: PolicySource,
    /// Why that one (`fetched from the server at ...`, `no policy was
    /// ever fetched`, ...).
    pub reason: String,
}

impl std::fmt::Display for PolicyChoice {
    /// `the policy built into cep (version ...): no policy was ever
    /// fetched from the server`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let which = match self.source {
            PolicySource::Server => "the server's policy",
            PolicySource::Cache => "the server's policy kept from an earlier fetch",
            PolicySource::BuiltIn => "the policy built into cep",
        };
        write!(
            f,
            "{which} (version {}): {}",
            self.policy.version, self.reason
        )
    }
}

/// The choice a cache file makes; `None`: reports go whole.
fn choose(cached: Option<&Cached>, expected: bool) -> Option<PolicyChoice> {
    let choice = |policy, source, reason: String| PolicyChoice {
        policy,
        source,
        reason,
    };
    let at = |c: &Cached| c.checked_at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    match cached {
        Some(
            c @ Cached {
                policy: Some(p),
                failed: false,
                ..
            },
        ) => Some(choice(
            p.clone(),
            PolicySource::Server,
            format!("fetched from the server at {}", at(c)),
        )),
        Some(
            c @ Cached {
                policy: Some(p),
                failed: true,
                ..
            },
        ) => Some(choice(
            p.clone(),
            PolicySource::Cache,
            format!("the last fetch, at {}, failed", at(c)),
        )),
        // The receiver answered that it publishes none.
        Some(Cached {
            policy: None,
            failed: false,
            ..
        }) => None,
        Some(c @ Cached { policy: None, .. }) => expected.then(|| {
            choice(
                Policy::builtin(),
                PolicySource::BuiltIn,
                format!(
                    "the fetch at {} failed and none was ever fetched before",
                    at(c)
                ),
            )
        }),
        None => expected.then(|| {
            choice(
                Policy::builtin(),
                PolicySource::BuiltIn,
                "no policy was ever fetched from the server".to_owned(),
            )
        }),
    }
}

/// The policy cache of one state directory.
pub(crate) struct PolicyCache<'a> {
    /// The state directory.
    pub(crate) state_dir: &'a Path,
    /// Whether the receiver publishes a policy ([`expected`]).
    pub(crate) expected: bool,
    /// How long a fetch may take (`[transport] policy_timeout`).
    pub(crate) deadline: Duration,
}

impl PolicyCache<'_> {
    /// Asks the transport for its policy when the cache is older than a
    /// day (or missing) at `now` and keeps the answer; a failure (no
    /// answer within the deadline included) keeps the cached policy and
    /// is not retried before a day has passed.
    pub(crate) fn refresh(&self, now: Timestamp, t: &dyn Transport, rt: &tokio::runtime::Runtime) {
        let cached = read_cache(self.state_dir);
        if let Some(c) = &cached
            && (now.as_second() - c.checked_at.as_second()).abs() < REFRESH_SECS
        {
            return;
        }
        let answer = rt.block_on(async { tokio::time::timeout(self.deadline, t.policy()).await });
        let failure = match &answer {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(e.to_string()),
            Err(_) => Some(format!(
                "{} to {}: no answer within {}",
                t.name(),
                t.destination(),
                cep_core::duration_text(self.deadline)
            )),
        };
        let fresh = match answer {
            Ok(Ok(policy)) => Cached {
                checked_at: now,
                policy,
                failed: false,
            },
            _ => Cached {
                checked_at: now,
                policy: cached.and_then(|c| c.policy),
                failed: true,
            },
        };
        if let Some(e) = failure {
            let using = choose(Some(&fresh), self.expected)
                .map_or_else(|| "reports go whole".to_owned(), |c| format!("using {c}"));
            tracing::warn!("cannot fetch the collection policy: {e}; {using}");
        }
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

    /// The policy the next report is built under, where it came from and
    /// why; `None`: the report goes whole. Reads only the cache: no
    /// network.
    pub(crate) fn current(&self) -> Option<PolicyChoice> {
        choose(read_cache(self.state_dir).as_ref(), self.expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(policy: Option<Policy>, failed: bool) -> Cached {
        Cached {
            checked_at: "2026-03-02T10:00:00Z".parse().unwrap(),
            policy,
            failed,
        }
    }

    #[test]
    fn the_choice_names_the_policy_in_force_and_why() {
        let builtin = Policy::builtin();
        let mut fields = builtin.collectors.clone();
        fields.remove("os.kernel");
        let served = Policy::new(fields);
        let text = |c: Option<PolicyChoice>| c.map(|c| (c.source, c.to_string()));
        let v = |p: &Policy| p.version.clone();

        assert_eq!(
            text(choose(None, true)),
            Some((
                PolicySource::BuiltIn,
                format!(
                    "the policy built into cep (version {}): no policy was ever fetched from the server",
                    v(&builtin)
                )
            ))
        );
        // No server reached, none kept: the built-in one, said so (not
        // "the one kept earlier").
        assert_eq!(
            text(choose(Some(&cache(None, true)), true)),
            Some((
                PolicySource::BuiltIn,
                format!(
                    "the policy built into cep (version {}): the fetch at 2026-03-02T10:00:00Z failed and none was ever fetched before",
                    v(&builtin)
                )
            ))
        );
        assert_eq!(
            text(choose(Some(&cache(Some(served.clone()), true)), true)),
            Some((
                PolicySource::Cache,
                format!(
                    "the server's policy kept from an earlier fetch (version {}): the last fetch, at 2026-03-02T10:00:00Z, failed",
                    v(&served)
                )
            ))
        );
        assert_eq!(
            text(choose(Some(&cache(Some(served.clone()), false)), true)),
            Some((
                PolicySource::Server,
                format!(
                    "the server's policy (version {}): fetched from the server at 2026-03-02T10:00:00Z",
                    v(&served)
                )
            ))
        );
        // A receiver that publishes none, or none expected: reports go whole.
        assert_eq!(text(choose(Some(&cache(None, false)), true)), None);
        assert_eq!(text(choose(None, false)), None);
        assert_eq!(text(choose(Some(&cache(None, true)), false)), None);
    }

    /// A transport whose policy request never ends.
    struct Silent;

    #[async_trait::async_trait]
    impl Transport for Silent {
        fn name(&self) -> &str {
            "http"
        }
        fn destination(&self) -> String {
            "http://127.0.0.1:9".into()
        }
        async fn send(
            &self,
            _: &cep_core::Sealed,
        ) -> Result<cep_core::Receipt, cep_core::TransportError> {
            std::future::pending().await
        }
        async fn policy(&self) -> Result<Option<Policy>, cep_core::TransportError> {
            std::future::pending().await
        }
    }

    #[test]
    fn a_server_that_never_answers_costs_the_deadline_then_the_built_in_policy_applies() {
        let d = tempfile::tempdir().unwrap();
        let cache = PolicyCache {
            state_dir: d.path(),
            expected: true,
            deadline: Duration::from_millis(50),
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        cache.refresh(Timestamp::now(), &Silent, &rt);
        let kept = read_cache(d.path()).unwrap();
        assert!(kept.failed && kept.policy.is_none());
        let c = cache.current().unwrap();
        assert_eq!(c.source, PolicySource::BuiltIn);
        assert_eq!(c.policy, Policy::builtin());
    }
}
