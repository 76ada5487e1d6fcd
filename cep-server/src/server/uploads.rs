//! The cap on uploads handled at once, overall and per client address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Semaphore;

use super::error::ApiError;

/// Upload slots, overall and per client address.
pub(super) struct Uploads {
    all: Arc<Semaphore>,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
    per_ip_max: usize,
}

/// One upload in progress; its slots are freed when it is dropped.
pub(super) struct UploadSlot {
    _permit: tokio::sync::OwnedSemaphorePermit,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Drop for UploadSlot {
    fn drop(&mut self) {
        let mut m = self.per_ip.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

impl Uploads {
    /// `max` uploads at once, `per_ip_max` of them from one address (0:
    /// no cap per address).
    pub(super) fn new(max: usize, per_ip_max: usize) -> Uploads {
        Uploads {
            all: Arc::new(Semaphore::new(max.max(1))),
            per_ip: Arc::default(),
            per_ip_max,
        }
    }

    /// A slot for one upload from `ip`: `429` when that address has all
    /// its slots, `503` when the server has.
    pub(super) fn permit(&self, ip: IpAddr) -> Result<UploadSlot, ApiError> {
        let mut m = self.per_ip.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.get(&ip).copied().unwrap_or(0);
        if self.per_ip_max > 0 && n >= self.per_ip_max {
            return Err(ApiError::limited(
                "too many uploads at once from this address",
                Duration::from_secs(5),
            ));
        }
        let permit =
            self.all.clone().try_acquire_owned().map_err(|_| {
                ApiError::unavailable("server overloaded: too many uploads at once")
            })?;
        m.insert(ip, n + 1);
        Ok(UploadSlot {
            _permit: permit,
            per_ip: self.per_ip.clone(),
            ip,
        })
    }
}
