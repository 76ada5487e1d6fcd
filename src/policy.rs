//! Which collection policy a report is built under, and why: the one the
//! server publishes, fetched at most once a day into
//! `<state-dir>/policy.json` with its exact bytes and signature; the cached
//! one when fetching fails or the fetched one is refused; the built-in one
//! ([`cep_core::policy::BUILTIN`], what cep-server's pages read) when none
//! can be used. With keys pinned (`[policy] keys`), a policy is used only
//! when a pinned key signed exactly its bytes, and the cached one is
//! verified again each time it is used, so a cache edited on disk is
//! refused too. Reports to a receiver that publishes no policy (a file, a
//! legacy server) are sent whole. The fetch has a deadline of its own
//! (`[transport] policy_timeout`), so a server that never answers holds a
//! report back from the spool only that long.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use cep_core::signing::{PolicyKey, verify};
use cep_core::{Policy, PolicyDocument, Protocol, Transport};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::config::TransportConfig;
use std::path::Path;

/// The cache's file name in the state directory.
pub const POLICY_FILE: &str = "policy.json";

/// Fetch again after this long.
const REFRESH_SECS: i64 = 86_400;

/// The largest cache file read.
const MAX_CACHE_BYTES: u64 = 4 << 20;

/// The cache file. Earlier releases wrote `checked_at`, `policy` (parsed,
/// no bytes, no signature) and `failed`; those still read.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Cached {
    /// When the server was last asked (RFC 3339).
    checked_at: Option<Timestamp>,
    /// The last document used: exact bytes (base64) and signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    document: Option<CachedDocument>,
    /// When `document` was fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fetched_at: Option<Timestamp>,
    /// An earlier release's parsed policy (no bytes, no signature).
    #[serde(default, skip_serializing)]
    policy: Option<Policy>,
    /// Whether the last fetch failed or was refused (then `document` is
    /// an older answer).
    #[serde(default)]
    failed: bool,
    /// Why the last fetch failed or was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
    /// True when the server answered that it publishes no policy.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    none: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedDocument {
    bytes: String,
    #[serde(default)]
    signature: Option<String>,
}

impl CachedDocument {
    fn of(doc: &PolicyDocument) -> Self {
        CachedDocument {
            bytes: B64.encode(&doc.bytes),
            signature: doc.signature.clone(),
        }
    }

    fn document(&self) -> Option<PolicyDocument> {
        Some(PolicyDocument {
            bytes: B64.decode(&self.bytes).ok()?,
            signature: self.signature.clone(),
        })
    }
}

/// Reads the cache; `Err`: it exists but cannot be used (the reason).
fn read_cache(state_dir: &Path) -> Result<Option<Cached>, String> {
    let path = state_dir.join(POLICY_FILE);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let (bytes, cut) = cep_core::fsutil::read_capped(file, MAX_CACHE_BYTES)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if cut {
        return Err(format!(
            "{} is larger than {MAX_CACHE_BYTES} bytes",
            path.display()
        ));
    }
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| format!("{} is damaged ({e})", path.display()))
}

/// True when this transport configuration publishes no policy (a file, a
/// vzstats or disp server) and no transport was handed over instead.
pub(crate) fn whole(config: &TransportConfig, given: bool) -> bool {
    !given && !expected(config, false)
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

/// Which policy applies and why: what `cep show`, `cep status`, the
/// collect log and the manifest's `policy` entry say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyChoice {
    /// `server` (the fetched one), `cache` (fetched earlier; the last
    /// fetch failed or was refused), `built-in`, or `none` (the receiver
    /// publishes no policy: reports go whole).
    pub source: &'static str,
    /// Why: its signature, or why a fetched or cached policy was refused.
    pub reason: String,
    /// The policy's version (`None` when reports go whole).
    pub version: Option<String>,
    /// SHA-256 of its exact bytes as served (of the canonical bytes for
    /// the built-in policy).
    pub sha256: Option<String>,
    /// The pinned key that signed it, as its fingerprint.
    pub signed_by: Option<String>,
    /// The policy itself.
    #[serde(skip)]
    pub policy: Option<Policy>,
}

impl std::fmt::Display for PolicyChoice {
    /// `the policy built into cep (version ...): no policy fetched yet`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let which = match self.source {
            "server" => "the server's policy",
            "cache" => "the server's policy kept from an earlier fetch",
            "built-in" => "the policy built into cep",
            _ => return write!(f, "no policy (reports go whole): {}", self.reason),
        };
        match &self.version {
            Some(v) => write!(f, "{which} (version {v}): {}", self.reason),
            None => write!(f, "{which}: {}", self.reason),
        }
    }
}

impl PolicyChoice {
    fn builtin(reason: String) -> PolicyChoice {
        let p = Policy::builtin();
        PolicyChoice {
            source: "built-in",
            reason,
            version: Some(p.version.clone()),
            sha256: Some(PolicyDocument::unsigned(&p).sha256()),
            signed_by: None,
            policy: Some(p),
        }
    }

    fn none(reason: &str) -> PolicyChoice {
        PolicyChoice {
            source: "none",
            reason: reason.to_owned(),
            version: None,
            sha256: None,
            signed_by: None,
            policy: None,
        }
    }
}

/// `2026-06-08 09:00 UTC`.
fn when(t: Option<Timestamp>) -> String {
    t.map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| "earlier".to_owned())
}

/// The policy cache of one state directory.
pub(crate) struct PolicyCache<'a> {
    /// The state directory.
    pub(crate) state_dir: &'a Path,
    /// Whether the receiver publishes a policy ([`expected`]).
    pub(crate) expected: bool,
    /// The configured receiver publishes none (a file, a vzstats or disp
    /// server) and no transport was handed over: reports go whole, pinned
    /// keys or not, and nothing is fetched.
    pub(crate) whole: bool,
    /// `[policy] keys`.
    pub(crate) keys: &'a [PolicyKey],
    /// How long a fetch may take (`[transport] policy_timeout`).
    pub(crate) deadline: Duration,
}

impl PolicyCache<'_> {
    /// Asks the transport for its policy when the cache is older than a
    /// day (or missing) at `now` and keeps the answer when it may be used;
    /// a failure or a refusal keeps the cached document and is not retried
    /// before a day has passed.
    pub(crate) fn refresh(&self, now: Timestamp, t: &dyn Transport, rt: &tokio::runtime::Runtime) {
        if self.whole {
            return;
        }
        let cached = read_cache(self.state_dir).ok().flatten();
        if let Some(at) = cached.as_ref().and_then(|c| c.checked_at)
            && (now.as_second() - at.as_second()).abs() < REFRESH_SECS
        {
            return;
        }
        let mut next = cached.unwrap_or_default();
        next.checked_at = Some(now);
        let answer = rt.block_on(async { tokio::time::timeout(self.deadline, t.policy()).await });
        let answer = answer.unwrap_or_else(|_| {
            Err(cep_core::TransportError::retryable(
                t,
                format!(
                    "no answer within {} (policy_timeout)",
                    cep_core::duration_text(self.deadline)
                ),
            ))
        });
        let problem = match answer {
            Ok(Some(doc)) => match verify(&doc, self.keys)
                .map_err(|r| format!("the server's policy is refused: {r}"))
                .and_then(|_| {
                    doc.parse()
                        .map_err(|e| format!("the server's policy is refused: {e}"))
                }) {
                Ok(_) => {
                    next.document = Some(CachedDocument::of(&doc));
                    next.fetched_at = Some(now);
                    next.policy = None;
                    next.none = false;
                    None
                }
                Err(why) => Some(why),
            },
            Ok(None) if self.keys.is_empty() => {
                next.document = None;
                next.policy = None;
                next.none = true;
                None
            }
            Ok(None) => Some("the server publishes no policy while keys are pinned".to_owned()),
            Err(e) => Some(format!("cannot fetch the collection policy: {e}")),
        };
        let failed = problem.clone();
        next.failed = problem.is_some();
        next.problem = problem;
        let path = self.state_dir.join(POLICY_FILE);
        let bytes = serde_json::to_vec_pretty(&next).unwrap_or_default();
        if let Err(e) = std::fs::create_dir_all(self.state_dir)
            .and_then(|()| cep_core::fsutil::atomic_write(&path, &bytes, 0o644))
        {
            tracing::warn!(
                "cannot keep the collection policy in {}: {e}",
                path.display()
            );
        }
        // Said after the cache is written, so the message names the
        // policy that now applies (never "the one kept earlier" when none
        // was kept).
        if failed.is_some() {
            // The choice's reason starts with what went wrong.
            tracing::warn!("using {}", self.current());
        }
    }

    /// The policy the next report is built under, where it came from and
    /// why. Reads only the cache (verified again): no network.
    pub(crate) fn current(&self) -> PolicyChoice {
        if self.whole {
            return PolicyChoice::none(
                "reports to a file or a vzstats or disp server go whole: no policy is fetched",
            );
        }
        // A receiver with a policy, or pinned keys: never a whole report.
        let fallback = |reason: String| {
            if self.expected || !self.keys.is_empty() {
                PolicyChoice::builtin(reason)
            } else {
                PolicyChoice::none("the receiver publishes no policy: reports go whole")
            }
        };
        let c = match read_cache(self.state_dir) {
            Ok(Some(c)) => c,
            Ok(None) => return fallback("no policy fetched yet".to_owned()),
            Err(why) => return fallback(format!("the cached policy is refused: {why}")),
        };
        let earlier = c
            .problem
            .as_deref()
            .map(|p| format!("{p}; "))
            .unwrap_or_default();
        let source = if c.failed { "cache" } else { "server" };
        if let Some(doc) = c.document.as_ref().and_then(CachedDocument::document) {
            let checked = verify(&doc, self.keys)
                .map_err(|r| r.to_string())
                .and_then(|key| doc.parse().map(|p| (p, key)));
            return match checked {
                Ok((policy, key)) => PolicyChoice {
                    source,
                    reason: format!(
                        "{earlier}fetched {}, {}",
                        when(c.fetched_at),
                        match &key {
                            Some(k) => format!("signed by pinned key {}", k.fingerprint()),
                            None => "not checked (no keys pinned)".to_owned(),
                        }
                    ),
                    version: Some(policy.version.clone()),
                    sha256: Some(doc.sha256()),
                    signed_by: key.map(|k| k.fingerprint()),
                    policy: Some(policy),
                },
                Err(why) => {
                    PolicyChoice::builtin(format!("{earlier}the cached policy is refused: {why}"))
                }
            };
        }
        if let Some(policy) = c.policy {
            // Kept by an earlier release: no bytes, no signature.
            return if self.keys.is_empty() {
                PolicyChoice {
                    source,
                    reason: format!(
                        "{earlier}fetched by an earlier release (kept without its signature; no keys pinned)"
                    ),
                    version: Some(policy.version.clone()),
                    sha256: Some(PolicyDocument::unsigned(&policy).sha256()),
                    signed_by: None,
                    policy: Some(policy),
                }
            } else {
                PolicyChoice::builtin(format!(
                    "{earlier}the cached policy was kept by an earlier release without its signature, and keys are pinned"
                ))
            };
        }
        // The server said it publishes none (an earlier release wrote this
        // as no policy and no failure).
        if !c.failed && self.keys.is_empty() {
            return PolicyChoice::none("the server publishes no policy: reports go whole");
        }
        fallback(if c.failed {
            format!("{earlier}none was ever fetched before")
        } else {
            format!("{earlier}no policy could be used")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an earlier release wrote: the parsed policy, no bytes, no
    /// signature.
    fn legacy_cache(dir: &Path, policy: &Policy) {
        let text = serde_json::json!({
            "checked_at": "2026-06-01T09:00:00Z",
            "policy": policy,
            "failed": false,
        });
        std::fs::write(dir.join(POLICY_FILE), text.to_string()).unwrap();
    }

    #[test]
    fn a_cache_of_an_earlier_release_opens_and_is_refused_only_with_keys() {
        let d = tempfile::tempdir().unwrap();
        let mut fields = Policy::builtin().collectors;
        fields.remove("os.kernel");
        let policy = Policy::new(fields);
        legacy_cache(d.path(), &policy);
        let (signer, _) = cep_core::signing::PolicySigner::generate().unwrap();
        let keys = [signer.public_key().clone()];
        fn cache<'a>(state_dir: &'a Path, keys: &'a [PolicyKey]) -> PolicyCache<'a> {
            PolicyCache {
                state_dir,
                expected: true,
                whole: false,
                keys,
                deadline: Duration::from_secs(5),
            }
        }
        let open = cache(d.path(), &[]).current();
        assert_eq!(open.source, "server");
        assert_eq!(open.policy.as_ref(), Some(&policy));
        assert_eq!(
            open.sha256,
            Some(PolicyDocument::unsigned(&policy).sha256())
        );
        let pinned = cache(d.path(), &keys).current();
        assert_eq!(pinned.source, "built-in");
        assert!(
            pinned
                .reason
                .contains("kept by an earlier release without its signature"),
            "{}",
            pinned.reason
        );
        // A damaged cache is named and the built-in policy applies.
        std::fs::write(d.path().join(POLICY_FILE), "{").unwrap();
        let damaged = cache(d.path(), &[]).current();
        assert_eq!(damaged.source, "built-in");
        assert!(
            damaged.reason.contains("policy.json is damaged"),
            "{}",
            damaged.reason
        );
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
        async fn policy(&self) -> Result<Option<PolicyDocument>, cep_core::TransportError> {
            std::future::pending().await
        }
    }

    #[test]
    fn a_server_that_never_answers_costs_the_deadline_then_the_built_in_policy_applies() {
        let d = tempfile::tempdir().unwrap();
        let cache = PolicyCache {
            state_dir: d.path(),
            expected: true,
            whole: false,
            keys: &[],
            deadline: Duration::from_millis(50),
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        cache.refresh(Timestamp::now(), &Silent, &rt);
        let now = cache.current();
        assert_eq!(now.source, "built-in");
        assert!(
            now.reason
                .contains("no answer within 50ms (policy_timeout)"),
            "{}",
            now.reason
        );
        // Named as what it is, not as a policy kept earlier.
        assert!(
            now.to_string()
                .starts_with("the policy built into cep (version "),
            "{now}"
        );
    }
}
