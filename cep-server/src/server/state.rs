//! What every handler shares: settings, the store thread, rate limiters,
//! upload slots, the GeoIP database and the cached stats.

use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use uuid::Uuid;

use super::config::{Config, ServerError};
use super::forward::Relay;
use super::uploads::Uploads;
use super::worker::StoreHandle;
use crate::limits::Limiter;
use crate::render::Site;
use crate::render::privacy::Notice;
use crate::store::{Stats, Store};
use crate::telemetry::Telemetry;

/// Shared by all handlers.
pub struct AppState {
    pub(super) cfg: Config,
    pub(super) store: StoreHandle,
    pub(super) hosts: Limiter<Uuid>,
    pub(super) addrs: Limiter<IpAddr>,
    pub(super) uploads: Uploads,
    pub(super) geo: Option<maxminddb::Reader<Vec<u8>>>,
    pub(super) cache: Mutex<Option<(Instant, Arc<Stats>)>>,
    pub(super) telemetry: Arc<Telemetry>,
    /// `/api/v1/policy` as served, signed once at start.
    pub(super) policy: cep_core::PolicyDocument,
    /// Relay mode: the forwarder and the policy ingest reduces to.
    pub(super) relay: Option<Arc<Relay>>,
    /// The forwarder task, awaited at shutdown.
    forwarder: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

impl AppState {
    /// Builds the state and starts the store thread and the hourly purge
    /// (per-host rows past the retention; archives, when kept).
    pub fn new(cfg: Config, mut store: Store) -> Result<Arc<AppState>, ServerError> {
        store.set_fact_window_days(cfg.stats.active_days);
        let geo = match &cfg.geoip {
            Some(p) => {
                Some(
                    maxminddb::Reader::open_readfile(p).map_err(|e| ServerError::GeoIp {
                        path: p.clone(),
                        reason: e.to_string(),
                    })?,
                )
            }
            None => None,
        };
        let retention = cfg.retention();
        let floor = cfg.stats.retention_floor();
        if retention < floor {
            return Err(ServerError::Retention {
                days: retention,
                floor,
            });
        }
        let telemetry = Arc::new(Telemetry::new());
        let relay = match &cfg.relay {
            Some(r) => Some(Arc::new(Relay::new(r)?)),
            None => None,
        };
        let handle = StoreHandle::spawn(
            store,
            cfg.batch,
            telemetry.clone(),
            cfg.relay.as_ref().map(|r| r.bounds),
        );
        let forwarder = relay.clone().map(|relay| {
            let (h, t) = (handle.clone(), telemetry.clone());
            tokio::spawn(async move {
                match h.call(|s| s.outbox_status()).await {
                    Ok(st) => t.restore_relay_counts(&st),
                    Err(e) => tracing::error!("cannot read the outbox: {e}"),
                }
                tracing::info!("relay: forwarding to {}", relay.destination);
                relay.run(h, t).await;
            })
        });
        let h = handle.clone();
        let archive_days = cfg.keep_archives_days;
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(3600));
            loop {
                tick.tick().await;
                h.retain(retention, archive_days);
            }
        });
        Ok(Arc::new(AppState {
            hosts: Limiter::new(cfg.host_rate, cfg.limiter_keys),
            addrs: Limiter::new(cfg.addr_rate, cfg.limiter_keys),
            uploads: Uploads::new(cfg.max_uploads, cfg.max_uploads_per_address),
            store: handle,
            geo,
            cache: Mutex::new(None),
            telemetry,
            policy: cfg.policy_document(),
            relay,
            forwarder: Mutex::new(forwarder),
            cfg,
        }))
    }

    /// Stops the forwarder after the item it is sending (at most 10 s);
    /// what it had not forwarded stays in the outbox.
    pub async fn shutdown(&self) {
        if let Some(r) = &self.relay {
            r.stop();
        }
        let task = self
            .forwarder
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(task) = task
            && tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .is_err()
        {
            tracing::warn!("the forwarder did not stop within 10 s");
        }
    }

    /// The store handle.
    pub fn store(&self) -> &StoreHandle {
        &self.store
    }

    /// The operator's metrics.
    pub fn telemetry(&self) -> &Arc<Telemetry> {
        &self.telemetry
    }

    /// What the privacy notice states for these settings.
    pub fn privacy_notice(&self) -> Notice {
        self.cfg.privacy_notice()
    }

    /// The site settings.
    pub fn site(&self) -> &Site {
        &self.cfg.site
    }

    /// The stats, reused for `stats_cache`.
    pub async fn stats(&self) -> Result<Arc<Stats>, String> {
        if let Some((at, s)) = &*self.cache.lock().unwrap_or_else(|e| e.into_inner())
            && at.elapsed() < self.cfg.stats_cache
        {
            return Ok(s.clone());
        }
        let s = Arc::new(self.store.stats(self.cfg.stats).await?);
        *self.cache.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), s.clone()));
        Ok(s)
    }

    /// The country code of `ip` from the GeoIP database, if one is
    /// configured and knows it.
    pub(super) fn country(&self, ip: IpAddr) -> Option<String> {
        let geo = self.geo.as_ref()?;
        let c: maxminddb::geoip2::Country<'_> = geo.lookup(ip).ok()?.decode().ok()??;
        let code = c.country.iso_code?;
        (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())).then(|| code.to_owned())
    }
}
