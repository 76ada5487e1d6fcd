//! In-memory token buckets, keyed by host id or client address, in a map of
//! bounded size. Addresses live only here, only in memory, and only as long
//! as their bucket is not full again.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A rate: `burst` requests at once, refilled at `per_minute`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// Tokens added per minute; 0 disables the limit.
    pub per_minute: f64,
    /// Bucket size.
    pub burst: f64,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Token buckets for many keys.
#[derive(Debug)]
pub struct Limiter<K> {
    rate: Rate,
    cap: usize,
    map: Mutex<HashMap<K, Bucket>>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    /// At most `cap` keys are tracked at once.
    pub fn new(rate: Rate, cap: usize) -> Self {
        Limiter {
            rate,
            cap: cap.max(1),
            map: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key` at `now`; `Err(wait)` when there is none.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), Duration> {
        if self.rate.per_minute <= 0.0 {
            return Ok(());
        }
        let per_sec = self.rate.per_minute / 60.0;
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if !map.contains_key(key) && map.len() >= self.cap {
            // Forget the keys whose bucket is full again: they carry no
            // state. If the map is still full (a flood of distinct keys),
            // start over rather than grow: limits fail open, memory never.
            let burst = self.rate.burst;
            map.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_sec < burst
            });
            if map.len() >= self.cap {
                map.clear();
            }
        }
        let b = map.entry(key.clone()).or_insert(Bucket {
            tokens: self.rate.burst,
            at: now,
        });
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * per_sec).min(self.rate.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / per_sec))
        }
    }

    /// Keys tracked now.
    pub fn len(&self) -> usize {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// No key tracked.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refill() {
        let l = Limiter::new(
            Rate {
                per_minute: 60.0,
                burst: 2.0,
            },
            10,
        );
        let t = Instant::now();
        assert!(l.check(&1, t).is_ok());
        assert!(l.check(&1, t).is_ok());
        let wait = l.check(&1, t).unwrap_err();
        assert_eq!(wait.as_secs_f64().ceil(), 1.0);
        assert!(l.check(&2, t).is_ok(), "other keys have their own bucket");
        assert!(l.check(&1, t + Duration::from_secs(1)).is_ok());
    }

    #[test]
    fn the_map_never_grows_past_its_cap() {
        let l = Limiter::new(
            Rate {
                per_minute: 1.0,
                burst: 1.0,
            },
            100,
        );
        let t = Instant::now();
        for k in 0..10_000u32 {
            let _ = l.check(&k, t);
            assert!(l.len() <= 100);
        }
    }

    #[test]
    fn zero_rate_disables() {
        let l = Limiter::new(
            Rate {
                per_minute: 0.0,
                burst: 0.0,
            },
            1,
        );
        for _ in 0..100 {
            assert!(l.check(&"a", Instant::now()).is_ok());
        }
        assert!(l.is_empty());
    }
}
