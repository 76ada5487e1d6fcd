//! `cep run` (the timer's entry point) and `cep schedule`, printed.

use std::path::PathBuf;

use cep::{Error, RunMode, RunOutcome};
use clap::Args;

use crate::GlobalArgs;
use crate::cmd::collect::print_outcomes;
use crate::cmd::deliver::{print_delivery, print_spooled};

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

/// `cep run`.
pub fn run(g: &GlobalArgs, a: &RunArgs) -> Result<(), Error> {
    let agent = g.agent(a.root.as_deref())?;
    let mode = if a.all { RunMode::All } else { RunMode::Due };
    match agent.run(mode)? {
        RunOutcome::Disabled { reason } => {
            outln!("nothing collected or sent: {reason}");
            Ok(())
        }
        RunOutcome::AlreadyRunning { lock } => {
            outln!(
                "cep run: already running (lock {} is held); nothing to do",
                lock.display()
            );
            Ok(())
        }
        RunOutcome::NothingDue { next, delivery } => {
            match next {
                Some(n) => outln!("nothing due; next: {} at {}", n.id, n.at),
                None => outln!("nothing due; every collector is off"),
            }
            delivery.as_ref().map_or(Ok(()), print_delivery)
        }
        RunOutcome::Ran {
            report_id,
            collectors,
            spooled,
            delivery,
            waiting,
        } => {
            let ok = print_outcomes(&collectors);
            crate::cmd::privacy::print_waiting(&waiting);
            print_spooled(&spooled, false);
            delivery.as_ref().map_or(Ok(()), print_delivery)?;
            outln!(
                "ran {} collectors ({ok} ok), report {report_id}",
                collectors.len()
            );
            Ok(())
        }
    }
}

fn signed_minutes(m: i64) -> String {
    format!(
        "{}{}h{:02}m",
        if m < 0 { "-" } else { "+" },
        m.abs() / 60,
        m.abs() % 60
    )
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

/// `cep schedule`.
pub fn schedule(g: &GlobalArgs, a: &ScheduleArgs) -> Result<(), Error> {
    let v = g.agent(None)?.schedule()?;
    if a.json {
        crate::print_json(&v);
        return Ok(());
    }
    if v.host_offset_known {
        outln!(
            "host offset {} (schedule_spread {})",
            signed_minutes(v.host_offset_minutes),
            humantime_short(v.schedule_spread)
        );
    } else {
        outln!("host offset not known yet (no host id; made by the first run)");
    }
    for r in &v.collectors {
        let next = match (&r.next_due, r.due_now) {
            (_, true) => "due now".to_owned(),
            (Some(t), false) => t.to_string(),
            (None, false) => "never (off)".to_owned(),
        };
        let last = r
            .last_run
            .as_ref()
            .map(|t| format!("last {t}"))
            .unwrap_or_else(|| "never ran".to_owned());
        outln!("{:<20} {:<18} {next:<24} {last}", r.id, r.schedule);
    }
    Ok(())
}
