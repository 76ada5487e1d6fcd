//! Delivery: drives a [`Transport`] over the [`Spool`].
//!
//! Pending reports go out oldest first. A retryable failure is retried with
//! exponential backoff and full jitter (a random wait up to
//! `min(max, initial * 2^attempt)`, never less than the server's
//! `Retry-After`) until the run's budget is spent; what is left stays in the
//! spool for the next run. A report is deleted only after a receipt whose
//! report id matches; the server's refusal (a permanent error with a status)
//! moves it to `rejected/`; an unreadable file moves to `bad/`; an archive
//! the privacy guard stops when it is checked again before sending moves
//! to the quarantine. A permanent
//! error without a status is a local problem (configuration): delivery stops
//! and every report stays.
//!
//! The clock is injected ([`Clock`]) so tests run the backoff instantly.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;

use cep_core::uuid::Uuid;

use crate::config::RetrySettings;
use crate::spool::{LoadError, Quarantined, Spool, SpoolEntry, SpoolError, Unrecorded};
use cep_core::transport::{Retry, Transport, TransportError};
use cep_core::{PipelineError, PrivacyGuard, Sealed};

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

fn ledger_of(spool: &Spool) -> Option<crate::ledger::Ledger> {
    spool
        .dir()
        .parent()
        .map(crate::ledger::Ledger::in_state_dir)
}

/// Appends a delivered report to `<state-dir>/ledger.jsonl`; when that
/// fails (a full disk), the spool keeps a record of the delivery
/// ([`Spool::set_delivered`]) so the line is written by the next run and
/// the report is not sent again. Returns whether the line was written.
fn record_delivery(
    spool: &Spool,
    entry: &SpoolEntry,
    line: &Delivered,
) -> Result<bool, SpoolError> {
    let Some(ledger) = ledger_of(spool) else {
        spool.remove(entry)?;
        return Ok(true);
    };
    match ledger.append(line) {
        Ok(()) => {
            spool.remove(entry)?;
            Ok(true)
        }
        Err(e) => {
            let kept = spool.set_delivered(entry, line)?;
            tracing::warn!(
                "report {} was delivered but could not be recorded in {}: {e}; kept in {} until the next run records it",
                line.report_id,
                ledger.path().display(),
                kept.display()
            );
            Ok(false)
        }
    }
}

/// Writes the ledger lines an earlier run owes (its ledger write failed),
/// from the spool's record in `delivered/`. Returns the report ids now
/// recorded; what still fails stays for the run after.
fn record_owed(spool: &Spool, transport: &dyn Transport) -> Result<Vec<Uuid>, SpoolError> {
    let owed = spool.unrecorded()?;
    if owed.is_empty() {
        return Ok(Vec::new());
    }
    let Some(ledger) = ledger_of(spool) else {
        return Ok(Vec::new());
    };
    let known = recorded_ids(spool);
    let mut done = Vec::new();
    for u in owed {
        if !known.contains(&u.report_id) {
            let line = match &u.line {
                Some(line) => line.clone(),
                None => rebuilt_line(spool, &u, transport)?,
            };
            if let Err(e) = ledger.append(&line) {
                tracing::warn!(
                    "report {} is still not recorded in the ledger: {e}; kept in {} for the next run",
                    u.report_id,
                    u.path.display()
                );
                continue;
            }
        }
        spool.forget_unrecorded(&u)?;
        done.push(u.report_id);
    }
    Ok(done)
}

/// The ledger line of an unrecorded delivery whose line could not be kept:
/// id, size and SHA-256 from the archive, the time of the move to
/// `delivered/`, this transport's name and destination.
fn rebuilt_line(
    spool: &Spool,
    u: &Unrecorded,
    transport: &dyn Transport,
) -> Result<Delivered, SpoolError> {
    let bytes = spool.read_unrecorded(u)?;
    let archive = cep_core::report::Archive::new(u.report_id, Uuid::nil(), bytes);
    let time = u.delivered_at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let receipt = cep_core::transport::Receipt {
        report_id: u.report_id,
        received_at: time.clone(),
        sha256: archive.sha256(),
    };
    let mut line = Delivered::new(&archive, transport.name(), transport.destination(), receipt);
    line.time = time;
    Ok(line)
}

/// The report ids the ledger records as delivered; empty when it cannot
/// be read (the receiver's dedup still keeps a resent report from counting
/// twice).
fn recorded_ids(spool: &Spool) -> std::collections::HashSet<cep_core::uuid::Uuid> {
    let Some(ledger) = ledger_of(spool) else {
        return Default::default();
    };
    match ledger.report_ids() {
        Ok(ids) => ids,
        Err(e) => {
            tracing::warn!("{e}; reports already delivered may be sent again");
            Default::default()
        }
    }
}

/// What one flush of the spool did: the one result of delivery, for the
/// ledger lines it wrote and for `cep send` / `cep flush --json`, which
/// print it as it serializes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Delivery {
    /// The transport's name (`file`, `http`).
    pub transport: String,
    /// Where it delivers (never with credentials).
    pub destination: String,
    /// The spool directory.
    pub spool_dir: PathBuf,
    /// True when another process was delivering the spool: nothing was done
    /// (that process delivers until the spool is empty, reports added
    /// meanwhile included).
    pub locked: bool,
    /// Reports delivered and removed from the spool, in order, as the
    /// ledger records them.
    pub delivered: Vec<Delivered>,
    /// Reports the ledger already records as delivered (a crash came
    /// between the ledger line and the removal): removed, not sent again.
    pub already_delivered: Vec<Uuid>,
    /// Files that are not reports (corrupt archives, strays that are not
    /// regular files), now in `bad/`.
    pub bad: Vec<Quarantined>,
    /// Reports the server refused for good, now in `rejected/`.
    pub rejected: Vec<Quarantined>,
    /// Spooled reports the privacy guard stopped on their way out (each
    /// archive is checked again before it is sent): moved to
    /// `<state-dir>/quarantine/`, never sent (absent from JSON when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub vetoed: Vec<Quarantined>,
    /// Reports that could not be read (permissions, I/O errors): they stay
    /// in the spool; each error names the file and what to check.
    #[serde(serialize_with = "texts")]
    pub unreadable: Vec<LoadError>,
    /// Reports delivered whose ledger line could not be written: kept in
    /// `spool/delivered/` and recorded by the next run, never sent again.
    pub unrecorded: Vec<Uuid>,
    /// Ledger lines an earlier run owed, written now.
    pub recorded_late: Vec<Uuid>,
    /// Reports still pending after the run.
    pub remaining: usize,
    /// The last retryable failure, when reports were left for a later run.
    #[serde(serialize_with = "text")]
    pub deferred: Option<TransportError>,
    /// What keeps delivery from working at all (a broken configuration):
    /// delivery stopped, every report stayed. [`Delivery::failure`] turns
    /// it into an error.
    #[serde(serialize_with = "text")]
    pub broken: Option<Broken>,
    /// Attempts made, successful or not.
    #[serde(skip)]
    pub attempts: usize,
}

/// Why delivery could not work at all.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Broken {
    /// The transport cannot be built from the configuration.
    #[error("{0}")]
    Setup(String),
    /// The transport refused to work as configured (a permanent failure
    /// that is not the server's refusal).
    #[error(transparent)]
    Transport(TransportError),
}

/// Each value as its message.
fn texts<S: serde::Serializer, T: std::fmt::Display>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(ToString::to_string))
}

/// The value as its message, or null.
fn text<S: serde::Serializer, T: std::fmt::Display>(
    v: &Option<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.collect_str(v),
        None => s.serialize_none(),
    }
}

impl Delivery {
    /// True when the spool held nothing to deliver and nothing needed
    /// attention: no report was delivered, set aside, unreadable or left.
    pub fn is_idle(&self) -> bool {
        !self.locked
            && self.delivered.is_empty()
            && self.already_delivered.is_empty()
            && self.bad.is_empty()
            && self.rejected.is_empty()
            && self.vetoed.is_empty()
            && self.unreadable.is_empty()
            && self.recorded_late.is_empty()
            && self.remaining == 0
            && self.broken.is_none()
    }

    /// The error this flush amounts to: delivery broken by the
    /// configuration, or reports rejected by the server; `None` when every
    /// report was delivered or safely kept for the next run.
    pub fn failure(&self) -> Option<crate::Error> {
        match &self.broken {
            Some(Broken::Setup(message)) => {
                return Some(crate::Error::Invalid {
                    message: message.clone(),
                });
            }
            Some(Broken::Transport(error)) => {
                return Some(crate::Error::Delivery {
                    error: error.clone(),
                });
            }
            None => {}
        }
        (!self.rejected.is_empty()).then(|| crate::Error::Rejected {
            count: self.rejected.len(),
            dir: self.spool_dir.join("rejected"),
        })
    }
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

/// Delivers every pending report through `transport`, oldest first, until
/// the spool is empty or the budget is spent: reports another process adds
/// while this one delivers (its `cep send` found the lock taken) are
/// delivered too, in the same run. Each archive read back from the spool
/// is checked by `privacy` (as [`Sealed::check`] does) before it is sent:
/// only a sealed report leaves, and one the guard stops goes to the
/// quarantine instead.
pub async fn flush(
    spool: &Spool,
    transport: &dyn Transport,
    policy: &RetrySettings,
    clock: &dyn Clock,
    privacy: &PrivacyGuard,
) -> Result<Delivery, SpoolError> {
    let ctx = Run {
        spool,
        transport,
        policy,
        clock,
        privacy,
    };
    let start = clock.now();
    let mut out = Delivery {
        transport: transport.name().to_owned(),
        destination: transport.destination(),
        spool_dir: spool.dir().to_owned(),
        ..Delivery::default()
    };
    // Reports this run has tried (or that stay unreadable): never twice.
    let mut seen = std::collections::HashSet::new();
    let mut first = true;
    loop {
        let Some(lock) = spool.try_lock()? else {
            // A process that finds the lock taken leaves its reports to the
            // holder, which looks again after releasing it (below).
            out.locked = first;
            break;
        };
        let stopped = deliver_locked(&ctx, start, &mut seen, &mut out).await?;
        drop(lock);
        first = false;
        // A report spooled after the holder's last look and before its
        // unlock found the lock taken: look once more now it is free.
        let unseen = spool.pending()?.iter().any(|e| !seen.contains(&e.path));
        if stopped || !unseen {
            break;
        }
        if clock.now().saturating_sub(start) > policy.budget {
            out.deferred = Some(budget_spent(transport, policy));
            break;
        }
    }
    out.remaining = spool.pending()?.len();
    Ok(out)
}

/// What one flush delivers with.
#[derive(Clone, Copy)]
struct Run<'a> {
    spool: &'a Spool,
    transport: &'a dyn Transport,
    policy: &'a RetrySettings,
    clock: &'a dyn Clock,
    privacy: &'a PrivacyGuard,
}

/// Why reports spooled during a run wait for the next one.
fn budget_spent(transport: &dyn Transport, policy: &RetrySettings) -> TransportError {
    TransportError::retryable(
        transport,
        format!(
            "the run's budget of {} is spent; reports spooled during it wait for the next run",
            humantime::format_duration(policy.budget)
        ),
    )
}

/// One pass under the lock: owed ledger lines, strays, then pending
/// reports until none is new. Returns true when delivery stopped (the
/// budget was spent or the configuration is broken).
async fn deliver_locked(
    ctx: &Run<'_>,
    start: Duration,
    seen: &mut std::collections::HashSet<std::path::PathBuf>,
    out: &mut Delivery,
) -> Result<bool, SpoolError> {
    let Run {
        spool,
        transport,
        policy,
        clock,
        ..
    } = *ctx;
    // Leftovers of writes killed before their rename; ten minutes is far
    // longer than any write takes.
    spool.sweep_temporaries(Duration::from_secs(600));
    out.recorded_late.extend(record_owed(spool, transport)?);
    let recorded = recorded_ids(spool);
    loop {
        out.bad.extend(spool.set_aside_strays()?);
        let batch: Vec<SpoolEntry> = spool
            .pending()?
            .into_iter()
            .filter(|e| !seen.contains(&e.path))
            .collect();
        if batch.is_empty() {
            return Ok(false);
        }
        let first_look = seen.is_empty();
        for entry in batch {
            seen.insert(entry.path.clone());
            if recorded.contains(&entry.report_id) {
                spool.remove(&entry)?;
                tracing::info!(
                    "report {} was delivered before an interruption (the ledger has it); removed from the spool",
                    entry.report_id
                );
                out.already_delivered.push(entry.report_id);
                continue;
            }
            // What was pending when the run began gets its attempt as
            // always; reports spooled since then only within the budget.
            if !first_look && clock.now().saturating_sub(start) > policy.budget {
                out.deferred = Some(budget_spent(transport, policy));
                return Ok(true);
            }
            if !deliver_one(ctx, start, &entry, out).await? {
                return Ok(true);
            }
        }
    }
}

/// Delivers one report with retries. Returns false when delivery must stop
/// (budget spent, configuration broken).
async fn deliver_one(
    ctx: &Run<'_>,
    start: Duration,
    entry: &SpoolEntry,
    out: &mut Delivery,
) -> Result<bool, SpoolError> {
    let Run {
        spool,
        transport,
        policy,
        clock,
        privacy,
    } = *ctx;
    let archive = match spool.load(entry) {
        Ok(a) => a,
        Err(e @ LoadError::Unreadable { .. }) => {
            tracing::warn!("{e}");
            out.unreadable.push(e);
            return Ok(true);
        }
        Err(LoadError::Invalid(reason)) => {
            out.bad.push(spool.set_bad(entry, &reason)?);
            return Ok(true);
        }
    };
    let sealed = match Sealed::check(archive, privacy) {
        Ok(sealed) => sealed,
        Err(PipelineError::Vetoed { violation, archive }) => {
            out.vetoed
                .push(spool.set_vetoed(entry, &archive, &violation)?);
            return Ok(true);
        }
        Err(PipelineError::Archive(e)) => {
            out.bad.push(spool.set_bad(entry, &e.to_string())?);
            return Ok(true);
        }
    };
    let archive = sealed.archive();
    let mut attempt = 0u32;
    loop {
        out.attempts += 1;
        let error = match transport.send(&sealed).await {
            Ok(receipt) if receipt.report_id == archive.report_id => {
                // Record what left before forgetting it, so the ledger
                // never misses a report (a crash right here resends the
                // same report id, which the receiver dedups).
                let delivered =
                    Delivered::new(archive, transport.name(), transport.destination(), receipt)
                        .with_policy(sealed.report().manifest.policy.as_ref());
                if !record_delivery(spool, entry, &delivered)? {
                    out.unrecorded.push(archive.report_id);
                }
                tracing::info!(
                    "delivered report {} to {}",
                    archive.report_id,
                    transport.destination()
                );
                out.delivered.push(delivered);
                return Ok(true);
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
                    .push(spool.set_rejected(entry, &error.message)?);
                return Ok(true);
            }
            Retry::Permanent => {
                out.broken = Some(Broken::Transport(error));
                return Ok(false);
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
                    return Ok(false);
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

/// The real clock: monotonic time and tokio's sleep.
#[derive(Debug, Clone, Copy)]
pub struct TokioClock {
    start: Instant,
}

impl Default for TokioClock {
    fn default() -> Self {
        TokioClock {
            start: Instant::now(),
        }
    }
}

#[async_trait::async_trait]
impl Clock for TokioClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
    async fn sleep(&self, d: Duration) {
        tokio::time::sleep(d).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SpoolSettings;
    use cep_core::report::{Archive, ClientInfo, Report};
    use cep_core::runner::Collection;
    use cep_core::transport::Receipt;
    use std::collections::VecDeque;
    use std::fs;
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
        async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
            let a = sealed.archive();
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

    /// The guard delivery re-checks with: no host value (the generic
    /// detectors only).
    fn guard() -> PrivacyGuard {
        PrivacyGuard::new(&cep_core::Secrets::default()).unwrap()
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
            .map(|_| {
                s.add(&crate::spool::sealed(archive()))
                    .unwrap()
                    .entry
                    .report_id
            })
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
        let r = flush(&s, &t, &policy(), &clock, &guard()).await.unwrap();
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
    async fn a_spooled_report_is_checked_again_and_a_hit_is_quarantined_not_sent() {
        let d = tempfile::tempdir().unwrap();
        let s = Spool::new(d.path(), SpoolSettings::default());
        // Spooled when the guard knew no host value (sealed as it was)...
        let leaking = Report::new(
            Collection {
                outcomes: vec![],
                log: vec!["ping node17.example.com".into()],
            },
            Uuid::new_v4(),
            ClientInfo::default(),
        )
        .to_archive()
        .unwrap();
        let leaking_id = leaking.report_id;
        s.add(&crate::spool::sealed(leaking)).unwrap();
        let clean = s
            .add(&crate::spool::sealed(archive()))
            .unwrap()
            .entry
            .report_id;
        // ...and delivered by a run whose guard knows the host's name.
        let mut secrets = cep_core::Secrets::default();
        secrets.add_host("node17.example.com");
        let privacy = PrivacyGuard::new(&secrets).unwrap();
        let t = Scripted::new(vec![]);
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &privacy)
            .await
            .unwrap();
        assert_eq!(*t.seen.lock().unwrap(), vec![clean]);
        assert_eq!(r.vetoed.len(), 1);
        let v = &r.vetoed[0];
        assert_eq!(v.report_id, Some(leaking_id));
        assert_eq!(
            v.path,
            d.path().join(format!("quarantine/{leaking_id}.tar.gz"))
        );
        assert!(v.path.is_file());
        assert!(
            v.reason
                .contains("member collect.log: host name matched `no…`"),
            "{}",
            v.reason
        );
        assert!(s.pending().unwrap().is_empty());
        assert!(!r.is_idle());
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
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
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
        let r = flush(&s, &t, &policy(), &clock, &guard()).await.unwrap();
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
        let r = flush(&s, &t, &policy(), &clock, &guard()).await.unwrap();
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
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
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
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
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
        let r = flush(&s, &t, &policy(), &clock, &guard()).await.unwrap();
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
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert_eq!(r.bad.len(), 1);
        assert_eq!(r.bad[0].report_id, Some(ids[0]));
        assert_eq!(r.delivered.len(), 1);
        assert_eq!(r.attempts, 1);
        let again = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
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
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert!(r.locked);
        assert_eq!((r.attempts, r.remaining), (0, 1));
    }

    /// Accepts everything; its first sends spool new reports, as
    /// concurrent `cep send`s do while this run holds the lock.
    struct Adding {
        inner: Scripted,
        spool: Spool,
        to_add: Mutex<usize>,
        added: Mutex<Vec<Uuid>>,
    }

    #[async_trait::async_trait]
    impl Transport for Adding {
        fn name(&self) -> &str {
            "scripted"
        }
        fn destination(&self) -> String {
            "test://server".into()
        }
        async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
            {
                let mut left = self.to_add.lock().unwrap();
                if *left > 0 {
                    *left -= 1;
                    let id = self
                        .spool
                        .add(&crate::spool::sealed(archive()))
                        .unwrap()
                        .entry
                        .report_id;
                    self.added.lock().unwrap().push(id);
                }
            }
            self.inner.send(sealed).await
        }
    }

    #[tokio::test]
    async fn reports_spooled_during_delivery_go_out_in_the_same_run() {
        let (_d, s, ids) = setup(2);
        let t = Adding {
            inner: Scripted::new(vec![]),
            spool: s.clone(),
            to_add: Mutex::new(3),
            added: Mutex::new(vec![]),
        };
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        let mut want = ids.clone();
        want.extend(t.added.lock().unwrap().iter().copied());
        assert_eq!(want.len(), 5);
        let got: Vec<Uuid> = r.delivered.iter().map(|d| d.report_id).collect();
        assert_eq!(got, want);
        assert_eq!(*t.inner.seen.lock().unwrap(), want);
        assert_eq!(r.remaining, 0);
        assert!(s.pending().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_ledger_line_that_could_not_be_written_is_written_by_the_next_run() {
        let (d, s, ids) = setup(2);
        let ledger = crate::ledger::Ledger::in_state_dir(d.path());
        // The ledger cannot be appended to (as on a full disk): a directory
        // stands where the file goes.
        fs::create_dir(ledger.path()).unwrap();
        let t = Scripted::new(vec![]);
        let r = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert_eq!(r.delivered.len(), 2);
        assert_eq!(r.unrecorded, ids);
        assert!(s.pending().unwrap().is_empty());
        let owed = s.unrecorded().unwrap();
        assert_eq!(owed.iter().map(|u| u.report_id).collect::<Vec<_>>(), ids);
        // Even the line beside the first could not be kept: it is rebuilt.
        let mut first_line = owed[0].path.clone().into_os_string();
        first_line.push(".ledger.json");
        fs::remove_file(first_line).unwrap();
        let first_sha =
            cep_core::report::Archive::new(ids[0], Uuid::nil(), fs::read(&owed[0].path).unwrap())
                .sha256();

        // Still failing: nothing is lost, nothing is sent.
        let again = flush(&s, &t, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert!(again.recorded_late.is_empty());
        assert_eq!(s.unrecorded().unwrap().len(), 2);

        fs::remove_dir(ledger.path()).unwrap();
        let next = Scripted::new(vec![]);
        let r = flush(&s, &next, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert_eq!(r.recorded_late, ids);
        assert!(next.seen.lock().unwrap().is_empty(), "never sent again");
        assert!(!r.is_idle());
        let lines = ledger.read().unwrap().entries;
        assert_eq!(lines.iter().map(|l| l.report_id).collect::<Vec<_>>(), ids);
        assert_eq!(lines[0].sha256, first_sha);
        assert_eq!(lines[0].receipt.sha256, first_sha);
        assert_eq!(lines[0].destination, "test://server");
        assert_eq!(lines[1], r_line(&lines[1]));
        assert!(s.unrecorded().unwrap().is_empty());
        // A third run has nothing to do.
        let r = flush(&s, &next, &policy(), &FakeClock::default(), &guard())
            .await
            .unwrap();
        assert!(r.is_idle());
        assert_eq!(ledger.read().unwrap().entries.len(), 2);
    }

    /// The second line was kept beside its archive: written as it was.
    fn r_line(l: &Delivered) -> Delivered {
        assert_eq!(l.receipt.received_at, "2026-01-01T00:00:00Z");
        l.clone()
    }
}
