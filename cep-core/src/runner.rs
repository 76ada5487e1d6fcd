//! Running a set of collectors: in parallel, each with a deadline, a panic
//! or an overrun costing only that collector.

use std::sync::Arc;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::collector::{CollectError, Collector, Section, is_valid_id, undeclared_paths};
use crate::host::Host;
use serde::{Deserialize, Serialize};

/// How a collector ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It produced a section.
    Ok,
    /// It failed; `error` says why.
    Error,
    /// It passed its deadline.
    Timeout,
    /// Not applicable on this host, or not due / disabled.
    Skipped,
}

impl Status {
    /// The lowercase name used in the manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Error => "error",
            Status::Timeout => "timeout",
            Status::Skipped => "skipped",
        }
    }
}

/// The result of one collector.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The collector id.
    pub id: String,
    /// How it ended.
    pub status: Status,
    /// Wall time until it returned or was given up on.
    pub duration: Duration,
    /// The section, when `status` is ok.
    pub section: Option<Section>,
    /// The error or skip reason, when any.
    pub message: Option<String>,
    /// The exit status of an external script that exited by itself.
    pub exit_status: Option<i32>,
    /// True when output was cut at its cap (external scripts).
    pub truncated: bool,
}

/// What a run produced: one outcome per collector, in the order given, plus
/// the run's log lines (for `collect.log`).
#[derive(Debug, Clone, Default)]
pub struct Collection {
    /// One per collector.
    pub outcomes: Vec<Outcome>,
    /// Events worth telling the reviewer, one line each.
    pub log: Vec<String>,
}

impl Collection {
    /// Appends another run's outcomes and log lines (the external scripts
    /// run after the collectors, into the same report).
    pub fn append(&mut self, mut other: Collection) {
        self.outcomes.append(&mut other.outcomes);
        self.log.append(&mut other.log);
    }

    /// The outcome of collector `id`.
    pub fn get(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }
}

/// Options for [`run_collectors`].
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Deadline for a collector that sets none of its own.
    pub deadline: Duration,
    /// Reject sections with fields the collector did not declare.
    pub enforce_declared_fields: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            deadline: Duration::from_secs(60),
            enforce_declared_fields: true,
        }
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_owned()
    }
}

fn judge(
    collector: &dyn Collector,
    result: Result<Section, CollectError>,
    opts: &RunOptions,
) -> (Status, Option<Section>, Option<String>) {
    match result {
        Ok(section) => {
            if let (true, Section::Json(v)) = (opts.enforce_declared_fields, &section) {
                let extra = undeclared_paths(v, &collector.fields());
                if !extra.is_empty() {
                    return (
                        Status::Error,
                        None,
                        Some(format!(
                            "emitted undeclared fields: {} (declare them in fields())",
                            extra.join(", ")
                        )),
                    );
                }
            }
            (Status::Ok, Some(section), None)
        }
        Err(CollectError::NotApplicable(reason)) => (Status::Skipped, None, Some(reason)),
        Err(e) => (Status::Error, None, Some(e.to_string())),
    }
}

/// Runs every collector on `host`, in parallel, each on its own thread.
///
/// Never fails as a whole: a collector that errors, panics or passes its
/// deadline is recorded with that status and the others still report. A
/// thread that overruns is abandoned (its commands have their own timeouts,
/// so it ends soon after); its late result is discarded.
pub fn run_collectors(
    collectors: &[Arc<dyn Collector>],
    host: &Host,
    opts: &RunOptions,
) -> Collection {
    let started = Instant::now();
    let (tx, rx) = mpsc::channel::<(usize, Result<Section, CollectError>, Duration)>();
    let mut slots: Vec<Option<Outcome>> = vec![None; collectors.len()];
    let mut deadlines = Vec::with_capacity(collectors.len());
    let mut log = Vec::new();

    for (i, c) in collectors.iter().enumerate() {
        let id = c.id().to_owned();
        deadlines.push(started + c.timeout().unwrap_or(opts.deadline));
        if !is_valid_id(&id) || collectors[..i].iter().any(|p| p.id() == id) {
            let why = if is_valid_id(&id) {
                "duplicate"
            } else {
                "invalid"
            };
            log.push(format!("error {id}: {why} collector id, not run"));
            slots[i] = Some(Outcome {
                id,
                status: Status::Error,
                duration: Duration::ZERO,
                section: None,
                message: Some(format!("{why} collector id")),
                exit_status: None,
                truncated: false,
            });
            continue;
        }
        let c = Arc::clone(c);
        let host = host.clone();
        let tx = tx.clone();
        let spawned = thread::Builder::new()
            .name(format!("cep-{id}"))
            .spawn(move || {
                IN_COLLECTOR.with(|c| c.set(true));
                let t0 = Instant::now();
                let result =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| c.collect(&host)))
                        .unwrap_or_else(|p| {
                            Err(CollectError::Other(format!(
                                "collector panicked: {}",
                                panic_message(p.as_ref())
                            )))
                        });
                let _ = tx.send((i, result, t0.elapsed()));
            });
        if let Err(e) = spawned {
            slots[i] = Some(Outcome {
                id,
                status: Status::Error,
                duration: Duration::ZERO,
                section: None,
                message: Some(format!("cannot start a thread: {e}")),
                exit_status: None,
                truncated: false,
            });
        }
    }
    drop(tx);

    while slots.iter().any(Option::is_none) {
        let next_deadline = slots
            .iter()
            .zip(&deadlines)
            .filter(|(s, _)| s.is_none())
            .map(|(_, d)| *d)
            .min()
            .unwrap_or(started);
        let wait = next_deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wait) {
            Ok((i, result, duration)) => {
                if slots[i].is_some() {
                    continue;
                }
                let (status, section, message) = judge(collectors[i].as_ref(), result, opts);
                slots[i] = Some(Outcome {
                    id: collectors[i].id().to_owned(),
                    status,
                    duration,
                    section,
                    message,
                    exit_status: None,
                    truncated: false,
                });
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let now = Instant::now();
                for (i, slot) in slots.iter_mut().enumerate() {
                    if slot.is_none() && deadlines[i] <= now {
                        let limit = deadlines[i].duration_since(started);
                        *slot = Some(Outcome {
                            id: collectors[i].id().to_owned(),
                            status: Status::Timeout,
                            duration: limit,
                            section: None,
                            message: Some(format!(
                                "did not finish within {}",
                                duration_text(limit)
                            )),
                            exit_status: None,
                            truncated: false,
                        });
                    }
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }

    let outcomes: Vec<Outcome> = slots.into_iter().flatten().collect();
    for o in &outcomes {
        if let (Status::Error | Status::Timeout, Some(m)) = (o.status, &o.message) {
            log.push(format!("{} {}: {}", o.status.as_str(), o.id, m));
        }
    }
    Collection { outcomes, log }
}

thread_local! {
    /// Set on the threads [`run_collectors`] starts for collectors.
    static IN_COLLECTOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True on a thread [`run_collectors`] started for a collector: a panic
/// there is caught and becomes that collector's `error` outcome and a
/// collect.log line, so a panic hook need not print it.
pub fn in_collector() -> bool {
    IN_COLLECTOR.with(|c| c.get())
}

/// Keeps collectors' panics off stderr: wraps the panic hook in place so
/// that it is skipped on a collector's thread ([`in_collector`]; the
/// runner records the panic in the report) and runs as before for every
/// other panic. Call it after installing a hook of your own, once.
///
/// ```
/// cep_core::runner::silence_collector_panics();
/// let outside = std::thread::spawn(|| cep_core::runner::in_collector()).join().unwrap();
/// assert!(!outside);
/// ```
pub fn silence_collector_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !in_collector() {
            previous(info);
        }
    }));
}

/// A duration as cep.toml writes it and messages show it (`1m 30s`,
/// `500ms`, `2days 3h`): humantime's format, which the Agent's
/// configuration parses (a test holds the two equal).
pub fn duration_text(d: Duration) -> String {
    const YEAR: u64 = 31_557_600; // 365.25 days
    const MONTH: u64 = 2_630_016; // 30.44 days
    const DAY: u64 = 86_400;
    let (secs, nanos) = (d.as_secs(), u64::from(d.subsec_nanos()));
    if secs == 0 && nanos == 0 {
        return "0s".to_owned();
    }
    let in_month = secs % YEAR % MONTH;
    let in_day = in_month % DAY;
    // (value, unit, plural with an `s`)
    let parts = [
        (secs / YEAR, "year", true),
        (secs % YEAR / MONTH, "month", true),
        (in_month / DAY, "day", true),
        (in_day / 3600, "h", false),
        (in_day % 3600 / 60, "m", false),
        (in_day % 60, "s", false),
        (nanos / 1_000_000, "ms", false),
        (nanos / 1000 % 1000, "us", false),
        (nanos % 1000, "ns", false),
    ];
    let mut out = String::new();
    for (value, unit, plural) in parts.into_iter().filter(|p| p.0 > 0) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{value}{unit}"));
        if plural && value > 1 {
            out.push('s');
        }
    }
    out
}
