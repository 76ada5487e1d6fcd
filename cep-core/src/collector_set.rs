//! [`CollectorSet`]: one scheduled unit whose members are found on the host
//! at run time, each reporting a section of its own (`<set id>.<name>`).
//! The external collector scripts are one (`scripts`, in cep-collectors).
//!
//! A set takes part in everything a [`Collector`](crate::Collector) does,
//! through the same calls of the facade's `Agent`: `list` shows each member
//! (and why one will not run), `schedule` and `run` treat the set as one
//! unit under its own id, and the privacy guard scrubs every member's
//! section like any other, as free text. `inventory` lists no rows for a
//! set: its members are found per host and their text is the host's own,
//! while the inventory is the same on every host.

use crate::host::Host;
use crate::runner::Collection;
use crate::schedule::Schedule;

/// A member of a [`CollectorSet`] as found on a host (nothing has run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Its section id (`scripts.usage`), or a label when it has none
    /// (`scripts.? (bad name)`).
    pub id: String,
    /// What it is (`external script /usr/libexec/vzstats/usage`).
    pub description: String,
    /// Why it will not run, when it will not.
    pub refused: Option<String>,
}

/// Several collectors found at run time, scheduled and run as one unit.
///
/// ```
/// use cep_core::{Collection, CollectorSet, Host, Member, Outcome, Section, Status};
/// struct Hooks;
/// impl CollectorSet for Hooks {
///     fn id(&self) -> &str { "hooks" }
///     fn describe(&self) -> &str { "one section per hook" }
///     fn members(&self, _: &Host) -> (Vec<Member>, Vec<String>) {
///         let m = Member { id: "hooks.a".into(), description: "hook a".into(), refused: None };
///         (vec![m], vec![])
///     }
///     fn run(&self, _: &Host) -> Collection {
///         Collection {
///             outcomes: vec![Outcome {
///                 id: "hooks.a".into(),
///                 status: Status::Ok,
///                 duration: std::time::Duration::ZERO,
///                 section: Some(Section::Text("a\n".into())),
///                 message: None,
///                 exit_status: Some(0),
///                 truncated: false,
///             }],
///             log: vec![],
///         }
///     }
/// }
/// let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("fs"))?;
/// let c = Hooks.run(&Host::fixture(dir.path())?);
/// assert_eq!(c.outcomes[0].id, "hooks.a");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait CollectorSet: Send + Sync {
    /// The unit's id in the schedule and state.json (`scripts`); each
    /// member's section id starts with it and a dot.
    fn id(&self) -> &str;

    /// What the set collects.
    fn describe(&self) -> &str;

    /// The members on `host` in run order, each with the reason it will
    /// not run, if any, and notes for collect.log (a directory that cannot
    /// be read). Runs nothing.
    fn members(&self, host: &Host) -> (Vec<Member>, Vec<String>);

    /// Runs every member that may run: one outcome each, in run order, and
    /// collect.log lines. Never fails as a whole; each member bounds its own
    /// time and output.
    fn run(&self, host: &Host) -> Collection;

    /// When the unit runs (default: weekly, like a collector).
    fn schedule(&self) -> Schedule {
        Schedule::default()
    }
}
