//! `cep status`, `cep id`, `cep enable`, `cep disable`, `cep forget`,
//! `cep list`.

use cep::Error;
use clap::Args;

use crate::GlobalArgs;

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
pub fn status(g: &GlobalArgs, a: &JsonFlag) -> Result<(), Error> {
    let s = g.agent(None)?.status()?;
    if a.json {
        crate::print_json(&s);
        return Ok(());
    }
    outln!("cep {}", s.version);
    outln!(
        "reporting:   {} (decided by {})",
        if s.enabled { "enabled" } else { "disabled" },
        s.decided_by
    );
    for c in &s.checks {
        outln!(
            "  {} {}",
            if c.disables { "[off]" } else { "[ - ]" },
            c.source
        );
    }
    outln!(
        "host id:     {}",
        s.host_id
            .map(|u| u.to_string())
            .unwrap_or_else(|| "(none)".into())
    );
    outln!(
        "config:      {}",
        s.config_file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| format!("{} (absent: defaults)", s.default_config_file.display()))
    );
    outln!("state dir:   {}", s.state_dir.display());
    outln!(
        "transport:   {} -> {}",
        s.transport.kind,
        s.transport.destination
    );
    outln!("collectors:  {} enabled", s.collectors);
    let p = &s.policy;
    outln!(
        "policy:      {} from {}: {}",
        p.version.as_deref().unwrap_or("(none)"),
        p.source,
        p.reason
    );
    if let Some(sha) = &p.sha256 {
        outln!("             sha256 {sha}");
    }
    for k in &s.policy_keys {
        outln!("policy key:  {} (fingerprint {})", k.key, k.fingerprint);
    }
    outln!("new fields:  notice {}", s.new_fields_notice);
    crate::cmd::privacy::print_waiting(&s.waiting);
    for n in &s.notes {
        outln!("note:        {n}");
    }
    Ok(())
}

/// `cep id`.
pub fn id(g: &GlobalArgs) -> Result<(), Error> {
    outln!("{}", g.agent(None)?.host_id()?);
    Ok(())
}

/// `cep enable`.
pub fn enable(g: &GlobalArgs) -> Result<(), Error> {
    let e = g.agent(None)?.enable()?;
    for p in &e.removed {
        outln!("removed {}", p.display());
    }
    if e.removed.is_empty() {
        outln!("no opt-out marker was present");
    }
    if let Some(by) = &e.still_disabled_by {
        outln!("reporting is still disabled by {by}");
    }
    Ok(())
}

/// `cep disable`.
pub fn disable(g: &GlobalArgs) -> Result<(), Error> {
    let marker = g.agent(None)?.disable()?;
    outln!("reporting disabled: wrote {}", marker.display());
    Ok(())
}

/// `cep forget`.
pub fn forget(g: &GlobalArgs, a: &JsonFlag) -> Result<(), Error> {
    let f = g.agent(None)?.forget()?;
    if a.json {
        crate::print_json(&f);
        return Ok(());
    }
    if f.already {
        for id in &f.ids {
            outln!(
                "this host was forgotten before by {} at {} ({} reports erased); nothing changed",
                f.destination,
                id.receipt.forgotten_at,
                id.receipt.reports
            );
        }
        return Ok(());
    }
    for id in &f.ids {
        outln!(
            "{} forgotten by {} at {} ({} reports erased)",
            id.what,
            f.destination,
            id.receipt.forgotten_at,
            id.receipt.reports
        );
    }
    for p in &f.removed {
        outln!("removed {}", p.display());
    }
    outln!("reporting disabled: wrote {}", f.marker.display());
    outln!("the ledger {} keeps the receipt", f.ledger.display());
    Ok(())
}

/// `cep list`.
pub fn list(g: &GlobalArgs, a: &ListArgs) -> Result<(), Error> {
    let l = g.agent(a.root.as_deref())?.list()?;
    for n in &l.notes {
        errln!("note: {n}");
    }
    if a.json {
        crate::print_json(&l);
        return Ok(());
    }
    for r in &l.collectors {
        outln!(
            "{:<20} {:<18} {}{}",
            r.id,
            r.schedule,
            r.description,
            r.reason
                .as_ref()
                .map(|w| format!(" ({w})"))
                .unwrap_or_default()
        );
    }
    Ok(())
}
