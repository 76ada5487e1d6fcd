//! A relay's forwarder (`--upstream`): a task that sends what the outbox
//! holds to the upstream cep-server, oldest first, over the native
//! protocol (cep-transport's HTTP transport: its own connection pool,
//! rustls, the proxy, the receipt checked against the report id and
//! SHA-256), and keeps the upstream's collection policy that ingest
//! reduces reports to.
//!
//! An item leaves the outbox only on the upstream's receipt; a refusal
//! (a 4xx other than 408 and 429, or a receipt for other bytes) moves it
//! aside with the reason; anything else (the network, 5xx, 408, 429, a
//! wrong URL) is retried, the same item first, after a wait that doubles
//! from 1 s up to `--upstream-retry-max`, with full jitter and at least
//! the upstream's `Retry-After`.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use cep_core::{Archive, Sealed, Transport, TransportError};
use cep_transport::{Environment, HttpConfig, HttpSettings, HttpTransport, Protocol};
use tokio::sync::{Notify, watch};
use uuid::Uuid;

use super::config::{RelayConfig, ServerError};
use super::worker::{StoreHandle, now_secs};
use crate::relay::UpstreamPolicy;
use crate::store::{ItemKind, OutboxItem};
use crate::telemetry::Telemetry;

/// The upstream's policy is fetched again after this long.
const POLICY_REFRESH: Duration = Duration::from_secs(86_400);
/// After a failed fetch, it is tried again after this long.
const POLICY_RETRY: Duration = Duration::from_secs(3600);
/// With nothing to do, the outbox is looked at again after this long
/// (new reports wake the forwarder at once).
const IDLE: Duration = Duration::from_secs(30);
/// Items read from the outbox at a time.
const BATCH: usize = 32;
/// The first wait after a failure.
const FIRST_WAIT: Duration = Duration::from_secs(1);

/// What ingest and the forwarder share.
pub struct Relay {
    /// The upstream's URL without credentials.
    pub destination: String,
    keys: Vec<cep_core::signing::PolicyKey>,
    retry_max: Duration,
    transport: HttpTransport,
    /// The policy new reports are reduced to.
    policy: RwLock<UpstreamPolicy>,
    /// The guard forwarded archives are sealed with.
    pub guard: cep_core::PrivacyGuard,
    /// New work in the outbox.
    wake: Notify,
    /// True once the server stops.
    stop: watch::Sender<bool>,
}

/// How an attempt ended.
enum Outcome {
    Delivered,
    Rejected(Option<u16>, String),
    Retry {
        kind: &'static str,
        message: String,
        after: Option<Duration>,
    },
}

/// `2026-06-08 09:00 UTC`.
fn when(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| secs.to_string())
}

impl Relay {
    /// The relay of `cfg`: its HTTP client, the built-in policy until the
    /// cached or fetched one replaces it ([`Relay::run`]).
    pub fn new(cfg: &RelayConfig) -> Result<Relay, ServerError> {
        let mut http = HttpConfig::new(&cfg.url, Protocol::Cep);
        http.ca_file = cfg.ca_file.clone();
        http.proxy = cfg.proxy.clone();
        let env = Environment::from_process("/etc".into(), std::env::temp_dir());
        let transport = HttpTransport::new(HttpSettings::resolve(http, &env))
            .map_err(|e| ServerError::Upstream(format!("--upstream: {e}")))?;
        Ok(Relay {
            destination: cfg.destination(),
            keys: cfg.keys.clone(),
            retry_max: cfg.retry_max,
            transport,
            policy: RwLock::new(UpstreamPolicy::builtin(
                "the upstream's policy was not fetched yet",
            )),
            guard: crate::relay::guard(),
            wake: Notify::new(),
            stop: watch::channel(false).0,
        })
    }

    /// The policy new reports are reduced to now.
    pub fn policy(&self) -> UpstreamPolicy {
        self.policy
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn set_policy(&self, p: UpstreamPolicy) {
        *self.policy.write().unwrap_or_else(|e| e.into_inner()) = p;
    }

    /// Tells the forwarder that the outbox has new work.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Asks the forwarder to stop after the item it is sending.
    pub fn stop(&self) {
        let _ = self.stop.send(true);
    }

    /// The policy kept from an earlier fetch, if it may still be used
    /// (verified again: a cache changed in the database is refused).
    async fn cached(&self, store: &StoreHandle, why: &str) -> UpstreamPolicy {
        let up = self.destination.clone();
        match store.call(move |s| s.upstream_policy(&up)).await {
            Ok(Some((doc, at))) => {
                match UpstreamPolicy::accept(&doc, &self.keys, "cache", &when(at)) {
                    Ok(mut p) => {
                        if !why.is_empty() {
                            p.reason = format!("{why}; {}", p.reason);
                        }
                        p
                    }
                    Err(refused) => UpstreamPolicy::builtin(format!(
                        "{why}{}the cached policy is refused: {refused}",
                        if why.is_empty() { "" } else { "; " }
                    )),
                }
            }
            Ok(None) => UpstreamPolicy::builtin(if why.is_empty() {
                "the upstream's policy was never fetched".to_owned()
            } else {
                format!("{why}; none was fetched before")
            }),
            Err(e) => UpstreamPolicy::builtin(format!("cannot read the cached policy: {e}")),
        }
    }

    /// Fetches the upstream's policy: used and kept when the keys allow
    /// it, else the cached one (or the built-in one) stays, saying why.
    /// Whether the fetch succeeded.
    async fn refresh_policy(&self, store: &StoreHandle) -> bool {
        let now = now_secs();
        let (p, ok) = match self.transport.policy().await {
            Ok(Some(doc)) => match UpstreamPolicy::accept(&doc, &self.keys, "server", &when(now)) {
                Ok(p) => {
                    let up = self.destination.clone();
                    if let Err(e) = store
                        .call(move |s| s.set_upstream_policy(&up, &doc, now))
                        .await
                    {
                        tracing::warn!("cannot keep the upstream's policy: {e}");
                    }
                    (p, true)
                }
                Err(refused) => (
                    self.cached(
                        store,
                        &format!("the upstream's policy is refused: {refused}"),
                    )
                    .await,
                    false,
                ),
            },
            Ok(None) => (
                UpstreamPolicy::builtin("the upstream publishes no collection policy"),
                true,
            ),
            Err(e) => {
                // The reason goes into every forwarded manifest: the
                // status only, never the message, which names the
                // upstream's address (the privacy guard would stop it).
                tracing::warn!("cannot fetch the upstream's policy: {}", e.message);
                let why = match e.status {
                    Some(s) => format!("the upstream's policy could not be fetched (HTTP {s})"),
                    None => "the upstream's policy could not be fetched (no answer)".to_owned(),
                };
                (self.cached(store, &why).await, false)
            }
        };
        if ok {
            tracing::info!(
                "upstream policy {} ({}: {})",
                p.policy.version,
                p.source,
                p.reason
            );
        } else {
            tracing::warn!(
                "upstream policy {} ({}: {})",
                p.policy.version,
                p.source,
                p.reason
            );
        }
        self.set_policy(p);
        ok
    }

    /// Forwards until [`Relay::stop`]: the outbox oldest first, the
    /// policy refreshed daily.
    pub async fn run(self: Arc<Self>, store: StoreHandle, telemetry: Arc<Telemetry>) {
        let mut stop = self.stop.subscribe();
        self.set_policy(self.cached(&store, "").await);
        let mut policy_due = tokio::time::Instant::now();
        let mut failures: u32 = 0;
        loop {
            if *stop.borrow() {
                break;
            }
            if tokio::time::Instant::now() >= policy_due {
                let ok = self.refresh_policy(&store).await;
                policy_due =
                    tokio::time::Instant::now() + if ok { POLICY_REFRESH } else { POLICY_RETRY };
            }
            let items = match store.call(|s| s.outbox_next(BATCH)).await {
                Ok(items) => items,
                Err(e) => {
                    tracing::error!("cannot read the outbox: {e}");
                    Vec::new()
                }
            };
            if items.is_empty() {
                tokio::select! {
                    _ = self.wake.notified() => {}
                    _ = tokio::time::sleep_until(policy_due.min(tokio::time::Instant::now() + IDLE)) => {}
                    _ = stop.changed() => {}
                }
                continue;
            }
            for item in items {
                if *stop.borrow() {
                    break;
                }
                let id = item.id.clone();
                match self.forward(&item).await {
                    Outcome::Delivered => {
                        failures = 0;
                        telemetry.forwarded();
                        if let Err(e) = store.call(move |s| s.outbox_delivered(&id)).await {
                            tracing::error!("cannot clear a forwarded item from the outbox: {e}");
                        }
                    }
                    Outcome::Rejected(status, reason) => {
                        telemetry.forward_error(if status.is_some() {
                            "rejected"
                        } else {
                            "vetoed"
                        });
                        tracing::warn!(
                            "{} refused {} for good, set aside: {reason}",
                            self.destination,
                            describe(&item)
                        );
                        let now = now_secs();
                        if let Err(e) = store
                            .call(move |s| s.outbox_reject(&id, status, &reason, now))
                            .await
                        {
                            tracing::error!("cannot set a refused item aside: {e}");
                        }
                    }
                    Outcome::Retry {
                        kind,
                        message,
                        after,
                    } => {
                        telemetry.forward_error(kind);
                        let wait = self.backoff(failures, after);
                        failures = failures.saturating_add(1);
                        let say = format!(
                            "forwarding {} to {} failed ({kind}): {message}; next attempt in {} s",
                            describe(&item),
                            self.destination,
                            wait.as_secs()
                        );
                        if kind == "config" {
                            tracing::error!("{say}; check --upstream and its settings");
                        } else {
                            tracing::warn!("{say}");
                        }
                        if let Err(e) = store.call(move |s| s.outbox_failed(&id, &message)).await {
                            tracing::error!("cannot note a failed attempt: {e}");
                        }
                        tokio::select! {
                            _ = tokio::time::sleep(wait) => {}
                            _ = stop.changed() => {}
                        }
                        break;
                    }
                }
            }
        }
        tracing::info!("the forwarder stopped");
    }

    /// The wait before the next attempt after `failures` failures in a
    /// row: full jitter under min(max, 1 s × 2^failures), at least
    /// `after`.
    fn backoff(&self, failures: u32, after: Option<Duration>) -> Duration {
        let ceiling = FIRST_WAIT
            .saturating_mul(1u32 << failures.min(20))
            .min(self.retry_max);
        // uuid's v4 generator is the randomness the server already has.
        let r = Uuid::new_v4().as_u128() as u64;
        let jitter = Duration::from_millis(r % (ceiling.as_millis() as u64 + 1));
        jitter
            .max(after.unwrap_or_default())
            .min(self.retry_max.max(after.unwrap_or_default()))
    }

    /// One attempt at one item.
    async fn forward(&self, item: &OutboxItem) -> Outcome {
        let result = match item.kind {
            ItemKind::Report => {
                let Ok(report_id) = Uuid::parse_str(&item.id) else {
                    return Outcome::Rejected(None, format!("`{}` is no report id", item.id));
                };
                // Sealed again as it leaves, as the client checks its spool.
                let archive = Archive::new(report_id, item.host, item.body.clone());
                let sealed = match Sealed::check(archive, &self.guard) {
                    Ok(s) => s,
                    Err(e) => return Outcome::Rejected(None, e.to_string()),
                };
                self.transport.send(&sealed).await.map(|_| ())
            }
            ItemKind::Forget => self.transport.forget(item.host).await.map(|_| ()),
        };
        match result {
            Ok(()) => Outcome::Delivered,
            Err(e) => classify(e),
        }
    }
}

/// A transport error as an outcome: a refusal (a status the transport
/// marks permanent), else a retry of a kind.
fn classify(e: TransportError) -> Outcome {
    if e.is_rejection() {
        return Outcome::Rejected(e.status, e.message);
    }
    let kind = if !e.is_retryable() {
        "config"
    } else {
        match e.status {
            Some(429) => "rate_limited",
            Some(_) => "server",
            None => "network",
        }
    };
    Outcome::Retry {
        kind,
        message: e.message,
        after: e.retry_after,
    }
}

fn describe(item: &OutboxItem) -> String {
    match item.kind {
        ItemKind::Report => format!("report {}", item.id),
        ItemKind::Forget => "a request to forget a host".to_owned(),
    }
}
