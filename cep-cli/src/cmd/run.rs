//! `cep run` (the timer's entry point) and `cep schedule`.
//!
//! One run: consent first (off: touch nothing), then the lock
//! (`<state-dir>/lock`; a second run exits 0), then the due collectors
//! (schedule + host offset + `state.json`), one report of their sections,
//! delivery, and only then the new last-run times. A crash before delivery
//! leaves the collectors due; a crash after the state is saved leaves them
//! done.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cep_core::identity::{IdentityPaths, load_host_id};
use cep_core::{Collector, Due, PendingRun, Prepared, RunState, Schedule};
use clap::Args;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::collect::SCRIPTS_ID;
use crate::GlobalArgs;
use crate::context::Context;
use crate::error::CliError;

/// `cep run` options.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Run every enabled collector now, due or not (as vzstats did).
    #[arg(long)]
    pub all: bool,
    /// Collect from a fixture host directory instead of this machine.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
}

/// `cep schedule` options.
#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Test hook: `CEP_TEST_NOW=<RFC 3339 time>` replaces the clock, so tests of
/// the real binary can pin "now". Not for production use.
const NOW_VAR: &str = "CEP_TEST_NOW";

/// Test hook: `CEP_TEST_ABORT=before-deliver|after-record` aborts the process
/// at that point of `cep run`, so tests can show what a crash there leaves
/// behind. Not for production use.
const ABORT_VAR: &str = "CEP_TEST_ABORT";

/// Test hook: `CEP_TEST_PAUSE=<file>` makes `cep run` wait, holding the
/// lock, until that file exists (at most 30 s), so a test can start a second
/// run against a held lock. Not for production use.
const PAUSE_VAR: &str = "CEP_TEST_PAUSE";

fn pausepoint() {
    let Some(release) = std::env::var_os(PAUSE_VAR) else {
        return;
    };
    eprintln!("cep: {PAUSE_VAR}: holding the lock");
    let release = PathBuf::from(release);
    for _ in 0..1500 {
        if release.exists() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn failpoint(name: &str) {
    if std::env::var(ABORT_VAR).is_ok_and(|v| v == name) {
        eprintln!("cep: {ABORT_VAR}={name}: aborting");
        std::process::abort();
    }
}

fn now() -> Result<Timestamp, CliError> {
    match std::env::var(NOW_VAR) {
        Ok(v) => v.parse().map_err(|e| CliError::Invalid {
            message: format!("{NOW_VAR}=`{v}` is not an RFC 3339 time: {e}"),
        }),
        Err(_) => Ok(Timestamp::now()),
    }
}

/// The local time zone: `TZ`, else /etc/localtime, else UTC.
fn local_tz() -> TimeZone {
    TimeZone::system()
}

/// A collector's effective schedule: the configured one, else its own slot.
fn schedule_of(ctx: &Context, c: &dyn Collector) -> Schedule {
    ctx.config
        .collector(c.id())
        .schedule
        .unwrap_or_else(|| c.schedule())
}

/// Holds `<state-dir>/lock` until dropped.
struct RunLock {
    _file: File,
}

impl RunLock {
    /// `None` when another run holds it.
    fn acquire(state_dir: &Path) -> Result<Option<RunLock>, CliError> {
        let path = state_dir.join("lock");
        let io_err = |source| CliError::Write {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(state_dir).map_err(|source| CliError::Write {
            path: state_dir.to_owned(),
            source,
        })?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(RunLock { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(io_err(e)),
        }
    }
}

/// True when `run`'s report is in the spool or in the ledger (delivered).
fn report_spooled_or_delivered(ctx: &Context, run: &PendingRun) -> bool {
    let id = run.report_id;
    let spooled = ctx
        .spool()
        .pending()
        .is_ok_and(|p| p.iter().any(|e| e.report_id == id));
    spooled
        || cep_core::ledger::Ledger::in_state_dir(&ctx.config.state_dir)
            .report_ids()
            .is_ok_and(|ids| ids.contains(&id))
}

/// Puts the report into the spool: from here on it is never lost, so the
/// run may record its collectors as done.
fn spool_report(ctx: &Context, prepared: &Prepared, notes: &[String]) -> Result<(), CliError> {
    let spool = ctx.spool();
    let added = spool
        .add(&prepared.archive)
        .map_err(cep_core::Error::from)?;
    spool.forget_notes(notes).map_err(cep_core::Error::from)?;
    for d in &added.dropped {
        eprintln!(
            "warning: the spool is full; dropped the oldest undelivered report {} (noted in the next report)",
            d.report_id
        );
    }
    Ok(())
}

/// Delivers everything in the spool, oldest first (this run's report and
/// any left by earlier runs).
fn flush_spool(ctx: &Context) -> Result<(), CliError> {
    let spool = ctx.spool();
    // A quiet tick stays quiet.
    if spool.pending().map_err(cep_core::Error::from)?.is_empty() {
        return Ok(());
    }
    let transport = ctx.transport()?;
    let report = super::deliver::deliver(&spool, transport.as_ref(), &ctx.config.retry)?;
    super::deliver::finish(&spool, report)
}

/// `cep run`.
pub fn run(g: &GlobalArgs, a: &RunArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    // Consent (and the other pre-collection checks) before anything touches
    // the disk: off means off.
    if let Some(why) = super::deliver::preflight(&ctx, a.root.as_deref())? {
        println!("nothing collected or sent: {why}");
        return Ok(());
    }
    let Some(_lock) = RunLock::acquire(&ctx.config.state_dir)? else {
        println!(
            "cep run: already running (lock {} is held); nothing to do",
            ctx.config.state_dir.join("lock").display()
        );
        return Ok(());
    };
    pausepoint();
    let now = now()?;
    let tz = local_tz();
    let state_file = ctx.state_file();
    let (mut state, state_note) = RunState::load(&state_file).map_err(cep_core::Error::from)?;
    let mut log: Vec<String> = Vec::new();
    if let Some(n) = state_note {
        tracing::warn!("{n}");
        log.push(n);
    }
    let stored_id = load_host_id(&IdentityPaths {
        host_id: ctx.config.host_id_file.clone(),
        legacy: None,
    })
    .map_err(cep_core::Error::from)?;
    let (host_id, id_line) = super::collect::host_id(&ctx)?;
    log.extend(id_line);
    // A new host id (e.g. this host is a clone, with the image's state.json)
    // has reported nothing yet: everything is due under it.
    if stored_id != Some(host_id) && !state.last_run.is_empty() {
        state = RunState::new();
        log.push("state: new host id; every collector is due".to_owned());
    }
    // A crash between spooling the last run's report and recording it:
    // when the report did reach the spool (or left it), its collectors ran.
    if let Some(p) = state.pending.take() {
        if report_spooled_or_delivered(&ctx, &p) {
            state.record(&p);
            log.push(format!(
                "state: report {} of the run at {} reached the spool before an interruption; its collectors count as run",
                p.report_id, p.at
            ));
        }
        state.save(&state_file).map_err(cep_core::Error::from)?;
    }
    let offset = cep_core::host_offset(&host_id, ctx.config.schedule_spread);

    let collectors = ctx.collectors()?;
    let due: Vec<String> = collectors
        .iter()
        .filter(|c| {
            a.all
                || schedule_of(&ctx, c.as_ref())
                    .due(state.last_run.get(c.id()).copied(), now, &tz, offset)
                    .is_now()
        })
        .map(|c| c.id().to_owned())
        .collect();
    // The external scripts are one scheduled unit of their own.
    let scripts_due = a.all
        || ctx
            .config
            .scripts
            .schedule
            .due(state.last_run.get(SCRIPTS_ID).copied(), now, &tz, offset)
            .is_now();
    let mut due = due;
    if scripts_due && !a.all {
        due.push(SCRIPTS_ID.to_owned());
    }
    if due.is_empty() {
        match next_due(&ctx, &collectors, &state, now, &tz, offset) {
            Some((id, t)) => println!("nothing due; next: {id} at {}", local_text(t, &tz)),
            None => println!("nothing due; every collector is off"),
        }
        // Reports left by earlier runs still go out.
        return flush_spool(&ctx);
    }
    log.push(format!(
        "run: {} ({})",
        if a.all {
            "all collectors"
        } else {
            "due collectors"
        },
        due.join(", ")
    ));
    let notes = ctx.spool().notes();
    let only = (!a.all).then_some(due.as_slice());
    super::deliver::prepare(&ctx)?;
    let prepared = super::collect::build_selected(&ctx, a.root.as_deref(), only, &log)?;
    let ok = super::collect::print_outcomes(&prepared.report.manifest);
    failpoint("before-deliver");
    // Every collector in the report counts as run, failed ones too: a
    // broken collector reports its error once per slot, not every tick.
    let mut ran: Vec<String> = prepared
        .report
        .manifest
        .collectors
        .iter()
        .map(|e| e.id.clone())
        .collect();
    if scripts_due {
        ran.push(SCRIPTS_ID.to_owned());
    }
    let run = PendingRun {
        report_id: prepared.report.manifest.report_id,
        at: now,
        collectors: ran,
    };
    // Named before it is spooled, recorded once it is: see cep-core::state.
    state.pending = Some(run.clone());
    state.save(&state_file).map_err(cep_core::Error::from)?;
    spool_report(&ctx, &prepared, &notes)?;
    failpoint("after-spool");
    state.record(&run);
    state.pending = None;
    state.save(&state_file).map_err(cep_core::Error::from)?;
    failpoint("before-flush");
    let delivered = flush_spool(&ctx);
    failpoint("after-record");
    delivered?;
    println!(
        "ran {} collectors ({} ok), report {}",
        prepared.report.manifest.collectors.len(),
        ok,
        prepared.report.manifest.report_id
    );
    Ok(())
}

/// The earliest next due time among the collectors.
fn next_due(
    ctx: &Context,
    collectors: &[Arc<dyn Collector>],
    state: &RunState,
    now: Timestamp,
    tz: &TimeZone,
    offset: SignedDuration,
) -> Option<(String, Timestamp)> {
    collectors
        .iter()
        .map(|c| (c.id(), schedule_of(ctx, c.as_ref())))
        .chain([(SCRIPTS_ID, ctx.config.scripts.schedule)])
        .filter_map(
            |(id, s)| match s.due(state.last_run.get(id).copied(), now, tz, offset) {
                Due::At(t) => Some((id.to_owned(), t)),
                Due::Now { .. } => Some((id.to_owned(), now)),
                Due::Never => None,
            },
        )
        .min_by_key(|(_, t)| *t)
}

fn local_text(t: Timestamp, tz: &TimeZone) -> String {
    t.to_zoned(tz.clone())
        .strftime("%Y-%m-%d %H:%M %Z")
        .to_string()
}

fn local_rfc3339(t: Timestamp, tz: &TimeZone) -> String {
    t.to_zoned(tz.clone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

fn signed_minutes(d: SignedDuration) -> String {
    let m = d.as_secs() / 60;
    format!(
        "{}{}h{:02}m",
        if m < 0 { "-" } else { "+" },
        m.abs() / 60,
        m.abs() % 60
    )
}

/// `cep schedule`.
pub fn schedule(g: &GlobalArgs, a: &ScheduleArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let now = now()?;
    let tz = local_tz();
    // Read-only: no host id or state file is created here.
    let host_id = load_host_id(&IdentityPaths {
        host_id: ctx.config.host_id_file.clone(),
        legacy: None,
    })
    .map_err(cep_core::Error::from)?;
    let offset = host_id
        .map(|id| cep_core::host_offset(&id, ctx.config.schedule_spread))
        .unwrap_or(SignedDuration::ZERO);
    let (state, note) = RunState::load(&ctx.state_file()).map_err(cep_core::Error::from)?;
    if let Some(n) = note {
        tracing::warn!("{n}");
    }
    let collectors = ctx.collectors()?;
    let mut rows: Vec<_> = collectors
        .iter()
        .map(|c| {
            let s = schedule_of(&ctx, c.as_ref());
            let last = state.last_run.get(c.id()).copied();
            (c.id().to_owned(), s, last, s.due(last, now, &tz, offset))
        })
        .collect();
    // The external scripts run as one unit on their own schedule.
    let s = ctx.config.scripts.schedule;
    let last = state.last_run.get(SCRIPTS_ID).copied();
    rows.push((
        SCRIPTS_ID.to_owned(),
        s,
        last,
        s.due(last, now, &tz, offset),
    ));
    if a.json {
        let doc = serde_json::json!({
            "now": local_rfc3339(now, &tz),
            "time_zone": tz.iana_name().unwrap_or("local"),
            "host_offset_minutes": offset.as_secs() / 60,
            "host_offset_known": host_id.is_some(),
            "collectors": rows.iter().map(|(id, s, last, due)| serde_json::json!({
                "id": id,
                "schedule": s.to_string(),
                "last_run": last.map(|t| local_rfc3339(t, &tz)),
                "due_now": due.is_now(),
                "next_due": match due {
                    Due::Now { .. } => Some(local_rfc3339(now, &tz)),
                    Due::At(t) => Some(local_rfc3339(*t, &tz)),
                    Due::Never => None,
                },
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    match host_id {
        Some(_) => println!(
            "host offset {} (schedule_spread {})",
            signed_minutes(offset),
            humantime_short(ctx.config.schedule_spread)
        ),
        None => println!("host offset not known yet (no host id; made by the first run)"),
    }
    for (id, s, last, due) in rows {
        let next = match due {
            Due::Now { .. } => "due now".to_owned(),
            Due::At(t) => local_text(t, &tz),
            Due::Never => "never (off)".to_owned(),
        };
        let last = last
            .map(|t| format!("last {}", local_text(t, &tz)))
            .unwrap_or_else(|| "never ran".to_owned());
        println!("{id:<20} {:<18} {next:<24} {last}", s.to_string());
    }
    Ok(())
}

fn humantime_short(d: std::time::Duration) -> String {
    let m = d.as_secs() / 60;
    match (m / 60, m % 60) {
        (0, 0) => "0s: no offset".to_owned(),
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m:02}m"),
    }
}
