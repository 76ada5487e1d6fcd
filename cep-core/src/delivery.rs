//! Delivery: drives a [`Transport`] over the [`Spool`].
//!
//! Pending reports go out oldest first. A retryable failure is retried with
//! exponential backoff and full jitter (a random wait up to
//! `min(max, initial * 2^attempt)`, never less than the server's
//! `Retry-After`) until the run's budget is spent; what is left stays in the
//! spool for the next run. A report is deleted only after a receipt whose
//! report id matches; the server's refusal (a permanent error with a status)
//! moves it to `rejected/`; an unreadable file moves to `bad/`. A permanent
//! error without a status is a local problem (configuration): delivery stops
//! and every report stays.
//!
//! The clock is injected ([`Clock`]) so tests run the backoff instantly.

use std::time::Duration;

use uuid::Uuid;

use crate::config::RetrySettings;
use crate::spool::{Quarantined, Spool, SpoolError};
use crate::transport::{Retry, Transport, TransportError};

/// Time for the retry loop: a monotonic reading, an async sleep and a source
/// of jitter.
#[async_trait::async_trait]
pub trait Clock: Send + Sync {
    /// Time elapsed since an arbitrary fixed point.
    fn now(&self) -> Duration;
    /// Waits.
    async fn sleep(&self, d: Duration);
    /// A uniformly random duration in `[0, upper]`.
    fn jitter(&self, upper: Duration) -> Duration {
        let r = Uuid::new_v4().as_u128() as u64;
        let nanos = upper.as_nanos().min(u64::MAX as u128) as u64;
        Duration::from_nanos(if nanos == 0 { 0 } else { r % (nanos + 1) })
    }
}

/// One report delivered: exactly what the ledger records.
pub type Delivered = crate::ledger::LedgerEntry;

/// Appends a delivered report to `<state-dir>/ledger.jsonl`. A failure is
/// logged, not fatal: the report did arrive, and sending it again would
/// not undo the write that failed.
fn record_in_ledger(spool: &Spool, line: &Delivered) {
    let Some(state_dir) = spool.dir().parent() else {
        return;
    };
    let ledger = crate::ledger::Ledger::in_state_dir(state_dir);
    if let Err(e) = ledger.append(line) {
        tracing::warn!(
            "report {} was delivered but could not be recorded in {}: {e}",
            line.report_id,
            ledger.path().display()
        );
    }
}

/// The report ids the ledger records as delivered; empty when it cannot
/// be read (the receiver's dedup still keeps a resent report from counting
/// twice).
fn recorded_ids(spool: &Spool) -> std::collections::HashSet<uuid::Uuid> {
    let Some(state_dir) = spool.dir().parent() else {
        return Default::default();
    };
    let ledger = crate::ledger::Ledger::in_state_dir(state_dir);
    match ledger.report_ids() {
        Ok(ids) => ids,
        Err(e) => {
            tracing::warn!("{e}; reports already delivered may be sent again");
            Default::default()
        }
    }
}

/// What a flush did.
#[derive(Debug, Default)]
pub struct FlushReport {
    /// Reports delivered and removed from the spool, in order.
    pub delivered: Vec<Delivered>,
    /// Reports the server refused for good, now in `rejected/`.
    pub rejected: Vec<Quarantined>,
    /// Unreadable files, now in `bad/`.
    pub bad: Vec<Quarantined>,
    /// Reports still pending after the run.
    pub remaining: usize,
    /// The last retryable failure, when reports were left for a later run.
    pub deferred: Option<TransportError>,
    /// A permanent failure that is not the server's refusal (a broken
    /// configuration): delivery stopped, every report stayed.
    pub broken: Option<TransportError>,
    /// Attempts made, successful or not.
    pub attempts: usize,
    /// True when another process was delivering the spool: nothing was done.
    pub locked: bool,
    /// Reports the ledger already records as delivered (a crash came
    /// between the ledger line and the removal): removed, not sent again.
    pub already_delivered: Vec<uuid::Uuid>,
}

/// The backoff ceiling before attempt `attempt + 1` (0-based).
pub fn backoff_ceiling(policy: &RetrySettings, attempt: u32) -> Duration {
    let factor = 1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX);
    policy
        .initial
        .checked_mul(factor)
        .unwrap_or(policy.max)
        .min(policy.max)
}

/// Delivers every pending report through `transport`, oldest first.
pub async fn flush(
    spool: &Spool,
    transport: &dyn Transport,
    policy: &RetrySettings,
    clock: &dyn Clock,
) -> Result<FlushReport, SpoolError> {
    let start = clock.now();
    let mut out = FlushReport::default();
    let Some(_lock) = spool.try_lock()? else {
        out.locked = true;
        out.remaining = spool.pending()?.len();
        return Ok(out);
    };
    // Leftovers of writes killed before their rename; ten minutes is far
    // longer than any write takes.
    spool.sweep_temporaries(Duration::from_secs(600));
    let recorded = recorded_ids(spool);
    'reports: for entry in spool.pending()? {
        if recorded.contains(&entry.report_id) {
            spool.remove(&entry)?;
            tracing::info!(
                "report {} was delivered before an interruption (the ledger has it); removed from the spool",
                entry.report_id
            );
            out.already_delivered.push(entry.report_id);
            continue;
        }
        let archive = match spool.load(&entry) {
            Ok(a) => a,
            Err(reason) => {
                out.bad.push(spool.set_bad(&entry, &reason)?);
                continue;
            }
        };
        let mut attempt = 0u32;
        loop {
            out.attempts += 1;
            let error = match transport.send(&archive).await {
                Ok(receipt) if receipt.report_id == archive.report_id => {
                    // Record what left before forgetting it, so the ledger
                    // never misses a report (a crash right here resends
                    // the same report id, which the receiver dedups).
                    let delivered = Delivered::new(
                        &archive,
                        transport.name(),
                        transport.destination(),
                        receipt,
                    );
                    record_in_ledger(spool, &delivered);
                    // Only now is it safe to forget the report.
                    spool.remove(&entry)?;
                    tracing::info!(
                        "delivered report {} to {}",
                        archive.report_id,
                        transport.destination()
                    );
                    out.delivered.push(delivered);
                    continue 'reports;
                }
                Ok(receipt) => TransportError::retryable(
                    transport,
                    format!(
                        "the receipt names report {} but report {} was sent; kept for a retry",
                        receipt.report_id, archive.report_id
                    ),
                ),
                Err(e) => e,
            };
            match error.retry {
                Retry::Permanent if error.is_rejection() => {
                    tracing::info!("report {} rejected: {error}", archive.report_id);
                    out.rejected
                        .push(spool.set_rejected(&entry, &error.message)?);
                    continue 'reports;
                }
                Retry::Permanent => {
                    out.broken = Some(error);
                    break 'reports;
                }
                Retry::Retryable => {
                    let wait = clock
                        .jitter(backoff_ceiling(policy, attempt))
                        .max(error.retry_after.unwrap_or_default());
                    let spent = clock.now().saturating_sub(start);
                    if spent + wait > policy.budget {
                        tracing::info!(
                            "report {}: {error}; retry budget of {} spent, kept in the spool",
                            archive.report_id,
                            humantime::format_duration(policy.budget)
                        );
                        out.deferred = Some(error);
                        break 'reports;
                    }
                    tracing::info!(
                        "report {}: {error}; retrying in {} ms",
                        archive.report_id,
                        wait.as_millis()
                    );
                    clock.sleep(wait).await;
                    attempt = attempt.saturating_add(1);
                }
            }
        }
    }
    out.remaining = spool.pending()?.len();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SpoolSettings;
    use crate::report::{Archive, ClientInfo, Report};
    use crate::runner::Collection;
    use crate::transport::Receipt;
    use std::collections::VecDeque;
    use std::sync::Mutex;

    /// A clock that advances only when slept on, and records the waits.
    #[derive(Default)]
    struct FakeClock {
        now: Mutex<Duration>,
        sleeps: Mutex<Vec<Duration>>,
        /// Fraction of the ceiling returned as jitter.
        fraction: f64,
    }

    #[async_trait::async_trait]
    impl Clock for FakeClock {
        fn now(&self) -> Duration {
            *self.now.lock().unwrap()
        }
        async fn sleep(&self, d: Duration) {
            *self.now.lock().unwrap() += d;
            self.sleeps.lock().unwrap().push(d);
        }
        fn jitter(&self, upper: Duration) -> Duration {
            upper.mul_f64(self.fraction)
        }
    }

    enum Answer {
        Ok,
        WrongId,
        Fail(TransportError),
    }

    /// Answers from a script, then accepts; counts distinct ids like a
    /// deduplicating server.
    struct Scripted {
        script: Mutex<VecDeque<Answer>>,
        seen: Mutex<Vec<Uuid>>,
    }

    impl Scripted {
        fn new(script: Vec<Answer>) -> Self {
            Scripted {
                script: Mutex::new(script.into()),
                seen: Mutex::new(vec![]),
            }
        }
        fn err(&self, retry: Retry, status: Option<u16>, after: Option<u64>) -> Answer {
            let mut e = match retry {
                Retry::Retryable => TransportError::retryable(self, "boom"),
                Retry::Permanent => TransportError::permanent(self, "HTTP 422: bad manifest"),
            }
            .with_retry_after(after.map(Duration::from_secs));
            e.status = status;
            Answer::Fail(e)
        }
    }

    #[async_trait::async_trait]
    impl Transport for Scripted {
        fn name(&self) -> &str {
            "scripted"
        }
        fn destination(&self) -> String {
            "test://server".into()
        }
        async fn send(&self, a: &Archive) -> Result<Receipt, TransportError> {
            let next = self.script.lock().unwrap().pop_front();
            let mut receipt = Receipt {
                report_id: a.report_id,
                received_at: "2026-01-01T00:00:00Z".into(),
                sha256: a.sha256(),
            };
            match next {
                Some(Answer::Fail(e)) => return Err(e),
                Some(Answer::WrongId) => receipt.report_id = Uuid::nil(),
                Some(Answer::Ok) | None => {}
            }
            let mut seen = self.seen.lock().unwrap();
            if !seen.contains(&a.report_id) {
                seen.push(a.report_id);
            }
            Ok(receipt)
        }
    }

    fn archive() -> Archive {
        Report::new(
            Collection {
                outcomes: vec![],
                log: vec![],
            },
            Uuid::new_v4(),
            ClientInfo::default(),
        )
        .to_archive()
        .unwrap()
    }

    fn policy() -> RetrySettings {
        RetrySettings {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(60),
            budget: Duration::from_secs(120),
        }
    }

    fn setup(n: usize) -> (tempfile::TempDir, Spool, Vec<Uuid>) {
        let d = tempfile::tempdir().unwrap();
        let s = Spool::new(d.path(), SpoolSettings::default());
        let ids = (0..n)
            .map(|_| s.add(&archive()).unwrap().entry.report_id)
            .collect();
        (d, s, ids)
    }

    #[test]
    fn ceiling_doubles_up_to_the_cap() {
        let p = policy();
        let secs: Vec<u64> = (0..9).map(|a| backoff_ceiling(&p, a).as_secs()).collect();
        assert_eq!(secs, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(backoff_ceiling(&p, 200).as_secs(), 60);
    }

    #[tokio::test]
    async fn delivers_oldest_first_and_empties_the_spool() {
        let (_d, s, ids) = setup(3);
        let t = Scripted::new(vec![]);
        let clock = FakeClock::default();
        let r = flush(&s, &t, &policy(), &clock).await.unwrap();
        let got: Vec<Uuid> = r.delivered.iter().map(|d| d.report_id).collect();
        assert_eq!(got, ids);
        assert_eq!(*t.seen.lock().unwrap(), ids);
        assert_eq!((r.remaining, r.attempts), (0, 3));
        assert_eq!(r.delivered[0].transport, "scripted");
        assert_eq!(r.delivered[0].destination, "test://server");
        assert_eq!(r.delivered[0].sha256, r.delivered[0].receipt.sha256);
        assert!(s.pending().unwrap().is_empty());
        assert!(clock.sleeps.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_report_the_ledger_has_is_removed_not_sent_again() {
        let (d, s, ids) = setup(2);
        // A crash after the ledger line for the first report and before
        // its removal from the spool.
        let first = s.pending().unwrap().remove(0);
        assert_eq!(first.report_id, ids[0]);
        let archive = s.load(&first).unwrap();
        let receipt = Receipt {
            report_id: ids[0],
            received_at: "2026-01-01T00:00:00Z".into(),
            sha256: archive.sha256(),
        };
        let ledger = crate::ledger::Ledger::in_state_dir(d.path());
        ledger
            .append(&Delivered::new(
                &archive,
                "scripted",
                "test://server",
                receipt,
            ))
            .unwrap();
        let t = Scripted::new(vec![]);
        let r = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert_eq!(r.already_delivered, vec![ids[0]]);
        assert_eq!(*t.seen.lock().unwrap(), vec![ids[1]]);
        assert_eq!(r.attempts, 1);
        assert!(s.pending().unwrap().is_empty());
        // One ledger line per report, not two for the first.
        let lines: Vec<Uuid> = ledger
            .read()
            .unwrap()
            .entries
            .iter()
            .map(|e| e.report_id)
            .collect();
        assert_eq!(lines, ids);
    }

    #[tokio::test]
    async fn retries_with_backoff_and_honours_retry_after() {
        let (_d, s, ids) = setup(1);
        let t = Scripted::new(vec![]);
        let script = vec![
            t.err(Retry::Retryable, Some(503), None),
            t.err(Retry::Retryable, None, None),
            t.err(Retry::Retryable, Some(429), Some(7)),
            t.err(Retry::Retryable, Some(500), None),
        ];
        *t.script.lock().unwrap() = script.into();
        let clock = FakeClock {
            fraction: 0.5,
            ..Default::default()
        };
        let r = flush(&s, &t, &policy(), &clock).await.unwrap();
        assert_eq!(r.delivered.len(), 1);
        assert_eq!(r.delivered[0].report_id, ids[0]);
        assert_eq!(r.attempts, 5);
        // Half of 1 s, 2 s, then Retry-After 7 s beats half of 4 s, then
        // half of 8 s.
        let ms: Vec<u128> = clock
            .sleeps
            .lock()
            .unwrap()
            .iter()
            .map(|d| d.as_millis())
            .collect();
        assert_eq!(ms, vec![500, 1000, 7000, 4000]);
        assert_eq!(r.remaining, 0);
    }

    #[tokio::test]
    async fn budget_spent_keeps_the_rest_for_the_next_run() {
        let (_d, s, ids) = setup(2);
        let t = Scripted::new(vec![]);
        let fails: Vec<Answer> = (0..100)
            .map(|_| t.err(Retry::Retryable, Some(503), None))
            .collect();
        *t.script.lock().unwrap() = fails.into();
        let clock = FakeClock {
            fraction: 1.0,
            ..Default::default()
        };
        let r = flush(&s, &t, &policy(), &clock).await.unwrap();
        assert!(r.delivered.is_empty());
        assert_eq!(r.remaining, 2);
        assert_eq!(r.deferred.as_ref().unwrap().status, Some(503));
        // 1+2+4+8+16+32 = 63 s; the next 60 s wait would pass 120 s.
        let total: Duration = clock.sleeps.lock().unwrap().iter().sum();
        assert_eq!(total, Duration::from_secs(63));
        assert!(clock.now() <= policy().budget);
        let pending: Vec<Uuid> = s.pending().unwrap().iter().map(|e| e.report_id).collect();
        assert_eq!(pending, ids);
    }

    #[tokio::test]
    async fn rejection_moves_to_rejected_and_the_rest_go_on() {
        let (_d, s, ids) = setup(2);
        let t = Scripted::new(vec![]);
        let first = t.err(Retry::Permanent, Some(422), None);
        *t.script.lock().unwrap() = vec![first].into();
        let r = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert_eq!(r.rejected.len(), 1);
        assert_eq!(r.rejected[0].report_id, Some(ids[0]));
        assert_eq!(r.rejected[0].reason, "HTTP 422: bad manifest");
        assert_eq!(r.delivered.len(), 1);
        assert_eq!(r.delivered[0].report_id, ids[1]);
        assert_eq!(s.rejected().unwrap()[0].reason, "HTTP 422: bad manifest");
        assert_eq!(r.remaining, 0);
    }

    #[tokio::test]
    async fn local_permanent_error_stops_and_keeps_everything() {
        let (_d, s, _ids) = setup(2);
        let t = Scripted::new(vec![]);
        let e = t.err(Retry::Permanent, None, None);
        *t.script.lock().unwrap() = vec![e].into();
        let r = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert!(r.broken.is_some());
        assert!(r.delivered.is_empty() && r.rejected.is_empty());
        assert_eq!(r.remaining, 2);
        assert!(s.rejected().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_receipt_for_another_report_is_not_a_delivery() {
        let (_d, s, ids) = setup(1);
        let t = Scripted::new(vec![Answer::WrongId, Answer::Ok]);
        let clock = FakeClock::default();
        let r = flush(&s, &t, &policy(), &clock).await.unwrap();
        assert_eq!(r.attempts, 2);
        assert_eq!(r.delivered.len(), 1);
        assert_eq!(r.delivered[0].report_id, ids[0]);
        assert_eq!(clock.sleeps.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn corrupt_file_goes_to_bad_and_is_not_retried() {
        let (_d, s, ids) = setup(2);
        let first = s.pending().unwrap().remove(0);
        std::fs::write(&first.path, b"not gzip").unwrap();
        let t = Scripted::new(vec![]);
        let r = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert_eq!(r.bad.len(), 1);
        assert_eq!(r.bad[0].report_id, Some(ids[0]));
        assert_eq!(r.delivered.len(), 1);
        assert_eq!(r.attempts, 1);
        let again = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert_eq!((again.attempts, again.bad.len()), (0, 0));
        assert_eq!(s.bad().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_held_lock_means_another_run_is_delivering() {
        let (_d, s, _ids) = setup(1);
        let _held = s.try_lock().unwrap().unwrap();
        let t = Scripted::new(vec![]);
        let r = flush(&s, &t, &policy(), &FakeClock::default())
            .await
            .unwrap();
        assert!(r.locked);
        assert_eq!((r.attempts, r.remaining), (0, 1));
    }
}
