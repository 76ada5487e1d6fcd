//! `cep collect` and `cep show`: build the report exactly as `cep send`
//! would, then write it for review or print it.

use std::path::{Path, PathBuf};

use cep_core::identity::{IdentityPaths, load_or_create_bound_host_id};
use cep_core::privacy::OnVeto;
use cep_core::{
    ClientInfo, Consent, IdentityEvent, PipelineError, Prepared, PrivacyGuard, Section, Status,
};
use clap::Args;

use crate::GlobalArgs;
use crate::context::Context;
use crate::error::CliError;

/// `cep collect` options.
#[derive(Debug, Args)]
pub struct CollectArgs {
    /// Collect from a fixture host directory (DIR/fs + DIR/commands.toml)
    /// instead of this machine.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Where to write the archive.
    #[arg(long, short, value_name = "FILE", default_value = "cep-report.tar.gz")]
    pub output: PathBuf,
}

/// `cep show` options.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Collect from a fixture host directory instead of this machine.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Print manifest, sections and log as one JSON document.
    #[arg(long)]
    pub json: bool,
}

/// The id under which `cep run` schedules and records the external
/// collector scripts (as one unit; their sections are `scripts.<name>`).
pub const SCRIPTS_ID: &str = "scripts";

/// The host id, with a collect.log line saying how it was obtained.
pub fn host_id(ctx: &Context) -> Result<(cep_core::uuid::Uuid, Option<String>), CliError> {
    let paths = IdentityPaths {
        host_id: ctx.config.host_id_file.clone(),
        legacy: Some(ctx.paths.vzstats_uuid()),
    };
    let (id, event) = load_or_create_bound_host_id(&paths, &ctx.machine_id_files())
        .map_err(cep_core::Error::from)?;
    let line = match event {
        IdentityEvent::Loaded => None,
        IdentityEvent::Created => Some("identity: made a new host id".to_owned()),
        IdentityEvent::AdoptedLegacy(p) => Some(format!(
            "identity: adopted the vzstats host id from {}",
            p.display()
        )),
        IdentityEvent::ReplacedInvalid { reason } => {
            Some(format!("identity: {reason}; made a new host id"))
        }
        IdentityEvent::MachineChanged { reason } => {
            Some(format!("identity: {reason}; made a new host id"))
        }
    };
    if let Some(l) = &line {
        tracing::info!("{l}");
    }
    Ok((id, line))
}

/// Runs the collectors and builds the guarded archive: the one code path
/// behind collect, show, send and run, so what is reviewed is what is sent.
///
/// Refuses inside a container (as vzstats did); external collector scripts
/// run after the built-in collectors and before the guards. The privacy
/// guard scrubs the report and scans the archive; when the scan finds
/// anything, the archive goes to `<state-dir>/quarantine/` and the error
/// names the member and the detector.
pub fn build(ctx: &Context, root: Option<&Path>) -> Result<Prepared, CliError> {
    build_selected(ctx, root, None, &[])
}

/// [`build`] for a preview (`cep show`, `cep send --dry-run`): a report
/// the tripwire stops is not quarantined, so the state directory is left
/// as it was.
pub fn preview(ctx: &Context, root: Option<&Path>) -> Result<Prepared, CliError> {
    build_guarded(ctx, root, None, &[], OnVeto::Discard)
}

/// [`build`] for a subset of the enabled collectors (`only`: their ids;
/// `None`: all), with `extra_log` lines for collect.log. `cep run` builds
/// the report of the due collectors through this, so checks that must pass
/// before any collector runs belong here, once, for every command.
pub fn build_selected(
    ctx: &Context,
    root: Option<&Path>,
    only: Option<&[String]>,
    extra_log: &[String],
) -> Result<Prepared, CliError> {
    build_guarded(ctx, root, only, extra_log, OnVeto::Quarantine)
}

fn build_guarded(
    ctx: &Context,
    root: Option<&Path>,
    only: Option<&[String]>,
    extra_log: &[String],
    on_veto: OnVeto,
) -> Result<Prepared, CliError> {
    let host = ctx.host(root)?;
    if let Some(why) = cep_collectors::vz_host::container_check(&host) {
        return Err(CliError::InContainer(why));
    }
    let mut collectors = ctx.collectors()?;
    if let Some(ids) = only {
        collectors.retain(|c| ids.iter().any(|id| id == c.id()));
    }
    let (client_id, id_line) = host_id(ctx)?;
    let mut log: Vec<String> = ctx
        .config
        .notes
        .iter()
        .map(|n| format!("config: {n}"))
        .collect();
    log.extend(id_line);
    log.extend(extra_log.iter().cloned());
    // Reports dropped from a full spool are told in the next report.
    log.extend(ctx.spool().notes());
    // Building the privacy guard (every container's host name learnt, an
    // automaton compiled) costs about as much as collecting on a big node:
    // overlap the two. The names come from the container listing the
    // collectors read anyway (one vzlist run, one parse).
    let (privacy, mut collection) = std::thread::scope(|s| {
        let guard = s.spawn(|| {
            let mut secrets = cep_core::privacy::Secrets::gather_with(
                &host,
                cep_collectors::vz_containers::container_names,
            );
            secrets.add_never_send(&ctx.config.privacy.never_send);
            PrivacyGuard::with_fields(&secrets, &collectors)
        });
        let collection = cep_core::run_collectors(&collectors, &host, &ctx.run_options());
        (guard.join(), collection)
    });
    let privacy = privacy
        .map_err(|_| CliError::Invalid {
            message:
                "building the privacy guard failed unexpectedly; nothing was collected for sending"
                    .into(),
        })?
        .map_err(cep_core::Error::from)?;
    log.append(&mut collection.log);
    collection.log = log;
    let mut report = cep_core::Report::new(collection, client_id, ClientInfo::default());
    // External scripts run in full reports and when `cep run` finds them due.
    if only.is_none_or(|ids| ids.iter().any(|id| id == SCRIPTS_ID)) {
        let (runs, script_log) =
            cep_collectors::scripts::run_scripts(&host, &ctx.script_settings());
        cep_collectors::scripts::add_to_report(&mut report, runs, &script_log);
    }
    match cep_core::seal(report, &[&privacy]) {
        Ok(p) => Ok(p),
        Err(PipelineError::Vetoed { violation, archive }) => {
            match on_veto.dispose(&ctx.config.state_dir, &archive) {
                Ok(None) => Err(CliError::Stopped { violation }),
                Ok(Some(quarantine)) => Err(CliError::Quarantined {
                    violation,
                    quarantine,
                }),
                Err(source) => Err(CliError::QuarantineFailed {
                    violation,
                    dir: ctx.config.state_dir.join("quarantine"),
                    source,
                }),
            }
        }
        Err(e) => Err(e.into()),
    }
}

fn note_consent(ctx: &Context) {
    let consent = Consent::from_env(&ctx.paths, &ctx.config);
    if !consent.enabled {
        eprintln!(
            "note: reporting is disabled ({}); this report is for review only and is not sent",
            consent.decided_by
        );
    }
}

/// `512 B`, `19.8 KiB`.
pub fn human_size(n: usize) -> String {
    if n < 1024 {
        format!("{n} B")
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}

/// Prints one line per collector (status, id, duration, error); returns
/// how many are ok.
pub fn print_outcomes(m: &cep_core::Manifest) -> usize {
    for e in &m.collectors {
        println!(
            "{:<8} {:<22} {:>6} ms{}",
            e.status.as_str(),
            e.id,
            e.duration_ms,
            e.error
                .as_deref()
                .map(|m| format!("  {m}"))
                .unwrap_or_default()
        );
    }
    m.collectors
        .iter()
        .filter(|e| e.status == Status::Ok)
        .count()
}

/// `cep collect`.
pub fn collect(g: &GlobalArgs, a: &CollectArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    note_consent(&ctx);
    let p = build(&ctx, a.root.as_deref())?;
    let ok = print_outcomes(&p.report.manifest);
    cep_core::fsutil::atomic_write(&a.output, &p.archive.bytes, 0o644).map_err(|source| {
        CliError::Write {
            path: a.output.clone(),
            source,
        }
    })?;
    println!(
        "wrote {} ({}, {} of {} collectors ok, report {})",
        a.output.display(),
        human_size(p.archive.bytes.len()),
        ok,
        p.report.manifest.collectors.len(),
        p.report.manifest.report_id
    );
    Ok(())
}

/// `cep show`.
pub fn show(g: &GlobalArgs, a: &ShowArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    note_consent(&ctx);
    let p = preview(&ctx, a.root.as_deref())?;
    // Render the archive itself, decoded, not the report it was made from:
    // what is shown is byte for byte what would be sent.
    let decoded = cep_core::Report::read(&p.archive.bytes, &cep_core::ReadLimits::own_archive())
        .map_err(cep_core::Error::from)?;
    let r = &decoded;
    if a.json {
        let sections: serde_json::Map<String, serde_json::Value> = r
            .sections
            .iter()
            .map(|(id, s)| {
                let v = match s {
                    Section::Json(v) => v.clone(),
                    Section::Text(t) => serde_json::Value::String(t.clone()),
                };
                (id.clone(), v)
            })
            .collect();
        let doc = serde_json::json!({
            "manifest": r.manifest,
            "sections": sections,
            "log": r.log,
            "archive": {"bytes": p.archive.bytes.len(), "sha256": p.archive.sha256()},
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    let m = &r.manifest;
    println!("report {} from host {}", m.report_id, m.client_id);
    println!(
        "created {} by {} {}",
        m.created_at, m.client.name, m.client.version
    );
    println!(
        "archive {} (sha256 {})",
        human_size(p.archive.bytes.len()),
        p.archive.sha256()
    );
    for e in &m.collectors {
        println!();
        let file = e.file.as_deref().unwrap_or("-");
        println!("== {} [{}] {} ==", e.id, e.status.as_str(), file);
        if let Some(err) = &e.error {
            println!("{err}");
        }
        match r.sections.get(&e.id) {
            Some(Section::Json(v)) => {
                println!("{}", serde_json::to_string_pretty(v).unwrap_or_default())
            }
            Some(Section::Text(t)) => print!("{t}{}", if t.ends_with('\n') { "" } else { "\n" }),
            None => {}
        }
    }
    println!();
    println!("== collect.log ==");
    print!("{}", r.log);
    Ok(())
}
