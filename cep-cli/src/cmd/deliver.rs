//! `cep send`, `cep flush` and `cep spool`: the delivery path, printed.

use std::path::PathBuf;

use cep::{Delivery, Error, Flushed, Progress, Sent, Spooled};
use clap::Args;

use crate::GlobalArgs;
use crate::cmd::collect::human_size;
use crate::cmd::status::JsonFlag;

/// `cep send` options.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// Collect from a fixture host directory (DIR/fs + DIR/commands.toml)
    /// instead of this machine.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Build the report and say what would be sent where; spool and send
    /// nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Warns about reports dropped from a full spool; with `announce`, says
/// which report was spooled.
pub fn print_spooled(s: &Spooled, announce: bool) {
    for id in &s.dropped {
        errln!(
            "warning: the spool is full; dropped the oldest undelivered report {id} (noted in the next report)"
        );
    }
    if announce {
        outln!("spooled report {} ({})", s.report_id, human_size(s.bytes));
    }
}

/// Prints what a flush did, one line per report, and turns a broken
/// delivery or a rejection into the command's error.
pub fn print_delivery(d: &Delivery) -> Result<(), Error> {
    if d.locked {
        outln!(
            "another cep is delivering the spool now; {} report(s) left to it",
            d.remaining
        );
        return Ok(());
    }
    for id in &d.already_delivered {
        outln!(
            "report {id} was delivered before an interruption (the ledger has it); removed from the spool"
        );
    }
    for e in &d.delivered {
        outln!(
            "delivered report {} ({}) by {} to {} (received {})",
            e.report_id,
            human_size(e.size),
            d.transport,
            d.destination,
            e.receipt.received_at
        );
    }
    for q in &d.bad {
        errln!(
            "warning: {} is not a readable report ({}); moved aside, never retried",
            q.path.display(),
            q.reason
        );
    }
    for e in &d.unreadable {
        errln!("warning: {e}");
    }
    for id in &d.unrecorded {
        errln!(
            "warning: report {id} was delivered but the ledger could not be written; the next run records it"
        );
    }
    for id in &d.recorded_late {
        outln!("recorded report {id} in the ledger (delivered by an earlier run)");
    }
    for q in &d.rejected {
        errln!(
            "rejected: report {} refused by the server: {}; kept in {}",
            q.report_id.map(|u| u.to_string()).unwrap_or_default(),
            q.reason,
            q.path.display()
        );
    }
    if let Some(e) = &d.deferred {
        outln!(
            "{} report(s) safely kept in {} for the next run: {e}",
            d.remaining,
            d.spool_dir.display()
        );
    } else if d.is_idle() {
        outln!("nothing to deliver");
    }
    d.failure().map_or(Ok(()), Err)
}

/// `cep send`.
pub fn send(g: &GlobalArgs, a: &SendArgs) -> Result<(), Error> {
    // The spooled report is named before delivery starts.
    let agent = g
        .builder(a.root.as_deref())
        .on_progress(|p| {
            if let Progress::Spooled(s) = p {
                print_spooled(s, true);
            }
        })
        .build()?;
    match agent.send(a.dry_run)? {
        Sent::Disabled { reason } => {
            outln!("nothing collected or sent: {reason}");
            Ok(())
        }
        Sent::DryRun {
            report_id,
            archive,
            would_send_by,
            waiting,
            spool_dir,
        } => {
            outln!("dry run: nothing is spooled or sent");
            outln!(
                "report {report_id} ({}, sha256 {})",
                human_size(archive.bytes as u64),
                archive.sha256
            );
            outln!("would be sent by {would_send_by}");
            if waiting > 0 {
                outln!(
                    "{waiting} report(s) waiting in {} would be sent first",
                    spool_dir.display()
                );
            }
            Ok(())
        }
        Sent::Sent { delivery, .. } => print_delivery(&delivery),
    }
}

/// `cep flush`.
pub fn flush(g: &GlobalArgs) -> Result<(), Error> {
    match g.agent(None)?.flush()? {
        Flushed::Disabled { reason } => {
            outln!("nothing sent: {reason}");
            Ok(())
        }
        Flushed::Delivered(d) => print_delivery(&d),
    }
}

/// `cep spool`.
pub fn list(g: &GlobalArgs, a: &JsonFlag) -> Result<(), Error> {
    let s = g.agent(None)?.spool_status()?;
    if a.json {
        crate::print_json(&s);
        return Ok(());
    }
    outln!("spool {}", s.dir.display());
    outln!("pending: {}", s.pending.len());
    for e in &s.pending {
        outln!(
            "  {}  {}  {}",
            e.report_id,
            e.spooled_at,
            human_size(e.bytes)
        );
    }
    for (title, list) in [("bad", &s.bad), ("rejected", &s.rejected)] {
        outln!("{title}: {}", list.len());
        for q in list {
            outln!("  {}  {}", q.path.display(), q.reason);
        }
    }
    outln!("strays: {}", s.strays.len());
    for t in &s.strays {
        outln!("  {}  {}", t.file.display(), t.reason);
    }
    if !s.delivered_unrecorded.is_empty() {
        outln!(
            "delivered, ledger line owed: {}",
            s.delivered_unrecorded.len()
        );
        for u in &s.delivered_unrecorded {
            outln!("  {}  {}", u.report_id, u.file.display());
        }
    }
    for n in &s.notes {
        outln!("note: {n}");
    }
    Ok(())
}
