//! `cep status`, `cep id`, `cep enable`, `cep disable`, `cep list`.

use cep_core::identity::{IdentityPaths, load_host_id};
use cep_core::{Consent, consent};
use clap::Args;

use crate::GlobalArgs;
use crate::context::Context;
use crate::error::CliError;

/// A `--json` switch.
#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `cep list` options.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Look for external scripts in a fixture host directory instead of
    /// this machine.
    #[arg(long, value_name = "DIR")]
    pub root: Option<std::path::PathBuf>,
}

/// `cep status`.
pub fn status(g: &GlobalArgs, a: &JsonFlag) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let consent = Consent::from_env(&ctx.paths, &ctx.config);
    let id = load_host_id(&IdentityPaths {
        host_id: ctx.config.host_id_file.clone(),
        legacy: None,
    })
    .map_err(cep_core::Error::from)?;
    let (kind, dest) = ctx.config.transport.summary();
    let collectors = ctx.collectors()?;
    if a.json {
        let doc = serde_json::json!({
            "version": env!("CARGO_PKG_VERSION"),
            "enabled": consent.enabled,
            "decided_by": consent.decided_by.to_string(),
            "checks": consent.checks.iter().map(|(s, off)| serde_json::json!({"source": s.to_string(), "disables": off})).collect::<Vec<_>>(),
            "host_id": id,
            "host_id_file": ctx.config.host_id_file,
            "config_file": ctx.config.file,
            "state_dir": ctx.config.state_dir,
            "transport": {"type": kind, "destination": dest},
            "collectors": collectors.len(),
            "notes": ctx.config.notes,
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    println!("cep {}", env!("CARGO_PKG_VERSION"));
    println!(
        "reporting:   {} (decided by {})",
        if consent.enabled {
            "enabled"
        } else {
            "disabled"
        },
        consent.decided_by
    );
    for (source, off) in &consent.checks {
        println!("  {} {}", if *off { "[off]" } else { "[ - ]" }, source);
    }
    println!(
        "host id:     {}",
        id.map(|u| u.to_string()).unwrap_or_else(|| "(none)".into())
    );
    println!(
        "config:      {}",
        ctx.config
            .file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| format!("{} (absent: defaults)", ctx.paths.config().display()))
    );
    println!("state dir:   {}", ctx.config.state_dir.display());
    println!("transport:   {kind} -> {dest}");
    println!("collectors:  {} enabled", collectors.len());
    for n in &ctx.config.notes {
        println!("note:        {n}");
    }
    Ok(())
}

/// `cep id`.
pub fn id(g: &GlobalArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let (id, _) = super::collect::host_id(&ctx)?;
    println!("{id}");
    Ok(())
}

fn still_off(ctx: &Context) {
    let consent = Consent::from_env(&ctx.paths, &ctx.config);
    if !consent.enabled {
        println!("reporting is still disabled by {}", consent.decided_by);
    }
}

/// `cep enable`.
pub fn enable(g: &GlobalArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let removed = consent::enable(&ctx.paths).map_err(|source| CliError::Marker {
        dir: ctx.paths.sysconf_dir.clone(),
        source,
    })?;
    for p in &removed {
        println!("removed {}", p.display());
    }
    if removed.is_empty() {
        println!("no opt-out marker was present");
    }
    still_off(&ctx);
    Ok(())
}

/// `cep disable`.
pub fn disable(g: &GlobalArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let marker = consent::disable(&ctx.paths).map_err(|source| CliError::Marker {
        dir: ctx.paths.sysconf_dir.clone(),
        source,
    })?;
    println!("reporting disabled: wrote {}", marker.display());
    Ok(())
}

/// `cep list`.
pub fn list(g: &GlobalArgs, a: &ListArgs) -> Result<(), CliError> {
    let ctx = Context::load(g)?;
    let enabled: Vec<String> = ctx
        .collectors()?
        .iter()
        .map(|c| c.id().to_owned())
        .collect();
    // id, description, schedule, enabled, why not.
    let mut rows: Vec<(String, String, String, bool, Option<String>)> = cep_collectors::builtin()
        .into_iter()
        .map(|c| {
            let settings = ctx.config.collector(c.id());
            let schedule = settings.schedule.unwrap_or_else(|| c.schedule());
            let on = enabled.iter().any(|e| e == c.id());
            (
                c.id().to_owned(),
                c.describe().to_owned(),
                schedule.to_string(),
                on,
                (!on).then(|| "disabled".to_owned()),
            )
        })
        .collect();
    // The external scripts, as `cep collect` would find them; they run as
    // one unit on the [scripts] schedule.
    let host = ctx.host(a.root.as_deref())?;
    let (found, notes) = cep_collectors::scripts::find_scripts(&host, &ctx.script_settings());
    for n in notes {
        eprintln!("note: {n}");
    }
    let schedule = ctx.config.scripts.schedule.to_string();
    for f in found {
        let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_owned();
        rows.push((
            f.id.unwrap_or_else(|| format!("scripts.? ({name})")),
            format!("external script {}", f.path),
            schedule.clone(),
            f.refused.is_none(),
            f.refused.map(|why| format!("not run: {why}")),
        ));
    }
    if a.json {
        let doc: Vec<_> = rows
            .iter()
            .map(|(id, d, s, e, why)| serde_json::json!({"id": id, "description": d, "schedule": s, "enabled": e, "reason": why}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return Ok(());
    }
    for (id, d, s, _, why) in rows {
        println!(
            "{:<20} {:<18} {}{}",
            id,
            s,
            d,
            why.map(|w| format!(" ({w})")).unwrap_or_default()
        );
    }
    Ok(())
}
