//! `cep collect` and `cep show`: the report exactly as `cep send` would
//! build it, written for review or printed.

use std::path::PathBuf;

use cep::Error;
use cep::core::Status;
use clap::Args;

use crate::GlobalArgs;

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

fn note_consent(agent: &cep::Agent) {
    let consent = agent.consent();
    if !consent.enabled {
        errln!(
            "note: reporting is disabled ({}); this report is for review only and is not sent",
            consent.decided_by
        );
    }
}

/// `512 B`, `19.8 KiB`.
pub fn human_size(n: u64) -> String {
    if n < 1024 {
        format!("{n} B")
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}

/// Prints one line per collector (status, id, duration, error); returns
/// how many are ok.
pub fn print_outcomes(collectors: &[cep::core::ManifestEntry]) -> usize {
    for e in collectors {
        outln!(
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
    collectors.iter().filter(|e| e.status == Status::Ok).count()
}

/// `cep collect`.
pub fn collect(g: &GlobalArgs, a: &CollectArgs) -> Result<(), Error> {
    let agent = g.agent(a.root.as_deref())?;
    note_consent(&agent);
    let c = agent.collect_to(&a.output)?;
    let ok = print_outcomes(&c.collectors);
    outln!(
        "wrote {} ({}, {} of {} collectors ok, report {})",
        c.path.display(),
        human_size(c.archive.bytes as u64),
        ok,
        c.collectors.len(),
        c.report_id
    );
    Ok(())
}

/// `cep show`.
pub fn show(g: &GlobalArgs, a: &ShowArgs) -> Result<(), Error> {
    let agent = g.agent(a.root.as_deref())?;
    note_consent(&agent);
    let p = agent.preview()?;
    let waiting = agent.status()?.waiting;
    if a.json {
        crate::print_json(&p);
        return Ok(());
    }
    let m = &p.manifest;
    outln!("report {} from host {}", m.report_id, m.client_id);
    outln!(
        "created {} by {} {}",
        m.created_at,
        m.client.name,
        m.client.version
    );
    outln!(
        "archive {} (sha256 {})",
        human_size(p.archive.bytes as u64),
        p.archive.sha256
    );
    for e in &m.collectors {
        outln!();
        let file = e.file.as_deref().unwrap_or("-");
        outln!("== {} [{}] {} ==", e.id, e.status.as_str(), file);
        if let Some(err) = &e.error {
            outln!("{err}");
        }
        match p.sections.get(&e.id) {
            Some(serde_json::Value::String(t)) => {
                out!("{t}{}", if t.ends_with('\n') { "" } else { "\n" })
            }
            Some(v) => outln!("{}", serde_json::to_string_pretty(v).unwrap_or_default()),
            None => {}
        }
        if let Some(pol) = &m.policy {
            if let Some(w) = pol.withheld.get(&e.id) {
                outln!("withheld (no published table reads them): {}", w.join(", "));
            }
            if let Some(w) = pol.notice.get(&e.id) {
                let from: Vec<String> = w
                    .iter()
                    .map(|f| {
                        let start = waiting
                            .iter()
                            .find(|x| x.collector == e.id && x.field == *f)
                            .map(cep::WaitingField::start)
                            .unwrap_or_default();
                        format!("{f} (sent {start})")
                    })
                    .collect();
                outln!(
                    "withheld (new to this host, announced before sent): {}",
                    from.join(", ")
                );
            }
            if let Some(w) = pol.never_send.get(&e.id) {
                outln!("withheld (never_send in cep.toml): {}", w.join(", "));
            }
        }
    }
    if let Some(pol) = &m.policy {
        outln!();
        outln!(
            "collection policy {} ({}: {}): fields that no table or chart of the server publishes are withheld; {} collector(s) affected",
            pol.version,
            pol.source,
            pol.reason.as_deref().unwrap_or("-"),
            pol.withheld.len()
        );
        if let Some(sha) = &pol.sha256 {
            outln!("policy sha256 {sha}");
        }
    }
    outln!();
    outln!("== collect.log ==");
    out!("{}", p.log);
    Ok(())
}
