//! `cep send`, `cep flush` and `cep spool`: the delivery path.
//!
//! send = preflight → build (the same `collect::build` as collect and show)
//! → spool → flush. A report is on disk before any transport is tried and
//! leaves the spool only with a receipt (cep_core::delivery).

use std::path::PathBuf;

use cep_core::{Consent, FlushReport, RetrySettings, Spool, Transport};
use clap::Args;

use crate::GlobalArgs;
use crate::cmd::collect::{build, human_size};
use crate::cmd::status::JsonFlag;
use crate::context::Context;
use crate::error::CliError;

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

/// Checks made before anything is collected, spooled or sent: the one
/// place for them. `Ok(Some(reason))`: this run does nothing and succeeds
/// (reporting is off); `Err`: it must not run here.
pub fn preflight(
    ctx: &Context,
    root: Option<&std::path::Path>,
) -> Result<Option<String>, CliError> {
    let consent = Consent::from_env(&ctx.paths, &ctx.config);
    if !consent.enabled {
        return Ok(Some(format!(
            "reporting is disabled by {}",
            consent.decided_by
        )));
    }
    // As vzstats did: a container never reports, not even what a hardware
    // node left in its spool.
    let host = ctx.host(root)?;
    if let Some(why) = cep_collectors::vz_host::container_check(&host) {
        return Err(CliError::InContainer(why));
    }
    Ok(None)
}

fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::Runtime)
}

fn describe(t: &dyn Transport) -> String {
    format!("{} to {}", t.name(), t.destination())
}

/// Delivers the spool and prints what happened, one line per report.
/// `report.delivered` is the list the delivery ledger records.
pub fn deliver(
    spool: &Spool,
    transport: &dyn Transport,
    retry: &RetrySettings,
) -> Result<FlushReport, CliError> {
    let rt = runtime()?;
    let clock = cep_transport::TokioClock::default();
    let report = rt
        .block_on(cep_core::flush(spool, transport, retry, &clock))
        .map_err(cep_core::Error::from)?;
    if report.locked {
        println!(
            "another cep is delivering the spool now; {} report(s) left to it",
            report.remaining
        );
        return Ok(report);
    }
    for id in &report.already_delivered {
        println!(
            "report {id} was delivered before an interruption (the ledger has it); removed from the spool"
        );
    }
    for d in &report.delivered {
        println!(
            "delivered report {} ({}) by {} (received {})",
            d.report_id,
            human_size(d.size as usize),
            describe(transport),
            d.receipt.received_at
        );
    }
    for q in &report.bad {
        eprintln!(
            "warning: {} is not a readable report ({}); moved aside, never retried",
            q.path.display(),
            q.reason
        );
    }
    for q in &report.rejected {
        eprintln!(
            "rejected: report {} refused by the server: {}; kept in {}",
            q.report_id.map(|u| u.to_string()).unwrap_or_default(),
            q.reason,
            q.path.display()
        );
    }
    if let Some(e) = &report.deferred {
        println!(
            "{} report(s) safely kept in {} for the next run: {e}",
            report.remaining,
            spool.dir().display()
        );
    } else if report.delivered.is_empty()
        && report.already_delivered.is_empty()
        && report.remaining == 0
        && report.broken.is_none()
    {
        println!("nothing to deliver");
    }
    Ok(report)
}

pub fn finish(spool: &Spool, report: FlushReport) -> Result<(), CliError> {
    if let Some(error) = report.broken {
        return Err(CliError::Delivery { error });
    }
    if !report.rejected.is_empty() {
        return Err(CliError::Rejected {
            count: report.rejected.len(),
            dir: spool.rejected_dir(),
        });
    }
    Ok(())
}

/// `cep send`.
pub fn send(g: &GlobalArgs, a: &SendArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    if let Some(why) = preflight(&ctx, a.root.as_deref())? {
        println!("nothing collected or sent: {why}");
        return Ok(());
    }
    let spool = ctx.spool();
    let notes = spool.notes();
    let p = if a.dry_run {
        super::collect::preview(&ctx, a.root.as_deref())?
    } else {
        build(&ctx, a.root.as_deref())?
    };
    if a.dry_run {
        let transport = ctx.transport()?;
        let waiting = spool.pending().map_err(cep_core::Error::from)?.len();
        println!("dry run: nothing is spooled or sent");
        println!(
            "report {} ({}, sha256 {})",
            p.archive.report_id,
            human_size(p.archive.bytes.len()),
            p.archive.sha256()
        );
        println!("would be sent by {}", describe(transport.as_ref()));
        if waiting > 0 {
            println!(
                "{waiting} report(s) waiting in {} would be sent first",
                spool.dir().display()
            );
        }
        return Ok(());
    }
    let added = spool.add(&p.archive).map_err(cep_core::Error::from)?;
    // This report carries the notes it was built with.
    spool.forget_notes(&notes).map_err(cep_core::Error::from)?;
    for d in &added.dropped {
        eprintln!(
            "warning: the spool is full; dropped the oldest undelivered report {} (noted in the next report)",
            d.report_id
        );
    }
    println!(
        "spooled report {} ({})",
        added.entry.report_id,
        human_size(added.entry.size as usize)
    );
    let transport = ctx.transport()?;
    let report = deliver(&spool, transport.as_ref(), &ctx.config.retry)?;
    finish(&spool, report)
}

/// `cep flush`.
pub fn flush(g: &GlobalArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    if let Some(why) = preflight(&ctx, None)? {
        println!("nothing sent: {why}");
        return Ok(());
    }
    let spool = ctx.spool();
    let transport = ctx.transport()?;
    let report = deliver(&spool, transport.as_ref(), &ctx.config.retry)?;
    finish(&spool, report)
}

/// `cep spool`.
pub fn list(g: &GlobalArgs, a: &JsonFlag) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let spool = ctx.spool();
    let core = |e| CliError::from(cep_core::Error::from(e));
    let pending = spool.pending().map_err(core)?;
    let bad = spool.bad().map_err(core)?;
    let rejected = spool.rejected().map_err(core)?;
    let stamp = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    if a.json {
        let q = |v: &[cep_core::Quarantined]| {
            v.iter()
                .map(|q| serde_json::json!({"file": q.path, "report_id": q.report_id, "reason": q.reason}))
                .collect::<Vec<_>>()
        };
        let doc = serde_json::json!({
            "dir": spool.dir(),
            "pending": pending.iter().map(|e| serde_json::json!({
                "report_id": e.report_id,
                "spooled_at": stamp(e.spooled_at),
                "bytes": e.size,
                "file": e.path,
            })).collect::<Vec<_>>(),
            "bad": q(&bad),
            "rejected": q(&rejected),
            "notes": spool.notes(),
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    println!("spool {}", spool.dir().display());
    println!("pending: {}", pending.len());
    for e in &pending {
        println!(
            "  {}  {}  {}",
            e.report_id,
            stamp(e.spooled_at),
            human_size(e.size as usize)
        );
    }
    for (title, list) in [("bad", &bad), ("rejected", &rejected)] {
        println!("{title}: {}", list.len());
        for q in list {
            println!("  {}  {}", q.path.display(), q.reason);
        }
    }
    for n in spool.notes() {
        println!("note: {n}");
    }
    Ok(())
}
