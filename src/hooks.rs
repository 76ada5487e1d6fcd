//! What the Agent tells while it works, below every command: its clock,
//! the progress events an embedder is given ([`Progress`]), and, with the
//! `test-hooks` feature only, the points of a run where tests stop or
//! hold it (`RunPoint`, `RunHooks`).

use std::sync::Arc;

use cep_core::uuid::Uuid;
use jiff::Timestamp;
use serde::Serialize;

/// The clock the run loop and `schedule` read.
pub(crate) type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// What an [`Agent`](crate::Agent) call has done so far, told as it happens (a caller
/// that prints progress shows a spooled report's id before delivery
/// starts, and a process killed during delivery has already said it).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Progress<'a> {
    /// A new report is safely in the spool.
    Spooled(&'a Spooled),
}

/// A report put into the spool.
#[derive(Debug, Clone, Serialize)]
pub struct Spooled {
    /// Its id.
    pub report_id: Uuid,
    /// Its size.
    pub bytes: u64,
    /// Older reports dropped to stay within the spool's bounds (noted in
    /// the next report).
    pub dropped: Vec<Uuid>,
}

/// A point of [`Agent::run`] where a crash leaves a state worth testing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RunPoint {
    /// The run holds the lock and has touched nothing else yet.
    Locked,
    /// The report is built; nothing is spooled or recorded.
    BeforeDeliver,
    /// The report is in the spool; state.json still names it as pending.
    AfterSpool,
    /// The last-run times are recorded; the spool is not delivered yet.
    BeforeFlush,
    /// The spool was delivered (or delivery failed).
    AfterRecord,
}

#[cfg(feature = "test-hooks")]
impl RunPoint {
    /// The point's name: `locked`, `before-deliver`, `after-spool`,
    /// `before-flush`, `after-record`.
    pub fn name(self) -> &'static str {
        match self {
            RunPoint::Locked => "locked",
            RunPoint::BeforeDeliver => "before-deliver",
            RunPoint::AfterSpool => "after-spool",
            RunPoint::BeforeFlush => "before-flush",
            RunPoint::AfterRecord => "after-record",
        }
    }
}

/// The run hooks, when set (always `None` without the `test-hooks`
/// feature).
#[cfg(feature = "test-hooks")]
pub(crate) type Hooks = Option<Arc<dyn RunHooks>>;

#[cfg(feature = "test-hooks")]
/// Told when [`Agent::run`] reaches each [`RunPoint`]. Production code
/// sets none; tests stop or hold a run there to show what a crash leaves.
pub trait RunHooks: Send + Sync {
    /// The run is at `point`.
    fn reached(&self, point: RunPoint);
}

#[cfg(feature = "test-hooks")]
impl<F: Fn(RunPoint) + Send + Sync> RunHooks for F {
    fn reached(&self, point: RunPoint) {
        self(point)
    }
}
