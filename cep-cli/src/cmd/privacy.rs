//! `cep inventory` (every field a report can hold), `cep ledger` (every
//! report that left the host), and `cep accept` / `cep never-send` (the
//! ends of a new field's notice).

use cep::{Error, InventoryRow};
use clap::Args;

use crate::GlobalArgs;

/// The one command that regenerates docs/DATA.md.
pub const REGENERATE_DATA_MD: &str = "cargo run -p cep-cli -- inventory --markdown > docs/DATA.md";

/// `cep inventory` options.
#[derive(Debug, Args)]
pub struct InventoryArgs {
    /// One JSON document: a list of fields.
    #[arg(long, conflicts_with = "markdown")]
    pub json: bool,
    /// Markdown, as committed in docs/DATA.md.
    #[arg(long)]
    pub markdown: bool,
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn code(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("`{}`", cell(s))
    }
}

/// The inventory as markdown (docs/DATA.md).
fn markdown(rows: &[InventoryRow]) -> String {
    let mut md = String::new();
    md.push_str("# Data inventory\n\n");
    md.push_str(
        "Every field a cep report can contain, generated from the fields the\n\
         collectors declare (a collector that emits an undeclared field is an\n\
         error, and a test keeps this file current). Regenerate it with:\n\n",
    );
    md.push_str(&format!("    {REGENERATE_DATA_MD}\n\n"));
    md.push_str(
        "Besides the sections below, every report holds `manifest.json` (format,\n\
         schema, `report_id`, `client_id` — a random id, not derived from the\n\
         hardware — `created_at`, the client's name and version, and per\n\
         collector its id, status, duration, file and error message) and\n\
         `collect.log` (one line per event). The `kind` column says what a\n\
         value may be: a count, size or ratio is a number; a bucket label or\n\
         an enum value must be one of the listed set, a version must follow\n\
         the version grammar (a digit first, then letters, digits and\n\
         `._+~:-`). Such values go out unchanged, and a value that does not fit\n\
         makes the collector's result an error. Only free text (and the keys\n\
         of a free-text map) passes through the scrubber. The whole archive\n\
         is then searched again for every value of the host before it may\n\
         leave (README.md, \"Privacy\").\n",
    );
    let mut current = "";
    for r in rows {
        if r.collector != current {
            current = &r.collector;
            md.push_str(&format!(
                "\n## {}\n\n{}\n\n",
                r.collector,
                cell(&r.description)
            ));
            md.push_str("| field | type | kind | meaning | example |\n|---|---|---|---|---|\n");
        }
        md.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            cell(&r.field),
            r.kind,
            cell(&r.value),
            cell(&r.meaning),
            code(&r.example)
        ));
    }
    md
}

/// `cep inventory`. Lists the collectors whether or not the
/// configuration turns them off, so the output is the same on every host.
pub fn inventory(g: &GlobalArgs, a: &InventoryArgs) -> Result<(), Error> {
    let agent = g.agent(None)?;
    let rows = agent.inventory();
    if a.json {
        crate::print_json(&rows);
    } else if a.markdown {
        out!("{}", markdown(&rows));
    } else {
        let choice = agent.collection_policy();
        if let Some(v) = &choice.version {
            outln!(
                "collection policy {v} ({}: {}): fields marked [withheld] are not sent (no published table reads them)",
                choice.source,
                choice.reason
            );
        }
        for r in &rows {
            outln!(
                "{:<20} {:<28} {:<16} {:<10} {}{}{}",
                r.collector,
                r.field,
                r.kind,
                r.value.split(':').next().unwrap_or(""),
                r.meaning,
                if r.example.is_empty() {
                    String::new()
                } else {
                    format!(" (e.g. {})", r.example)
                },
                match r.policy_uses {
                    Some(true) => " [used]",
                    Some(false) => " [withheld]",
                    None => "",
                }
            );
        }
    }
    Ok(())
}

/// `cep ledger` options.
#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// One JSON document: the list of entries.
    #[arg(long)]
    pub json: bool,
}

/// `cep ledger`.
pub fn ledger(g: &GlobalArgs, a: &LedgerArgs) -> Result<(), Error> {
    let l = g.agent(None)?.ledger()?;
    if let Some((line, len)) = l.truncated {
        errln!(
            "note: {} line {line} is cut short ({len} bytes; an append was interrupted); it is not an entry",
            l.path.display()
        );
    }
    if a.json {
        crate::print_json(&l);
        return Ok(());
    }
    if let Some(f) = &l.forgotten {
        outln!(
            "{}: this host was forgotten by {} (receipt: erased at {}, {} reports)",
            f.time,
            f.destination,
            f.forgotten.forgotten_at,
            f.forgotten.reports
        );
    }
    if l.entries.is_empty() && l.delivered_unrecorded.is_empty() {
        if l.forgotten.is_none() {
            outln!("no report has left this host ({})", l.path.display());
        }
        return Ok(());
    }
    outln!(
        "{:<20}  {:<36}  {:>8}  {:<9} {:<64}  destination",
        "time",
        "report",
        "bytes",
        "transport",
        "sha256"
    );
    let row = |e: &cep::ledger::LedgerEntry| {
        outln!(
            "{:<20}  {:<36}  {:>8}  {:<9} {:<64}  {}",
            e.time,
            e.report_id,
            e.size,
            e.transport,
            e.sha256,
            e.destination
        )
    };
    l.entries.iter().for_each(row);
    if !l.delivered_unrecorded.is_empty() {
        outln!(
            "delivered, ledger line owed (the next cep flush, send or run writes it): {}",
            l.delivered_unrecorded.len()
        );
        for u in &l.delivered_unrecorded {
            match &u.entry {
                Some(e) => row(e),
                None => outln!(
                    "{:<20}  {:<36}  (line rebuilt from {})",
                    u.delivered_at,
                    u.report_id,
                    u.file.display()
                ),
            }
        }
    }
    Ok(())
}

/// `cep accept` options.
#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// Fields to accept (`os.kernel.release`, or a collector id for all
    /// of its fields); none: every waiting field.
    #[arg(value_name = "FIELD")]
    pub fields: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `cep never-send` options.
#[derive(Debug, Args)]
pub struct NeverSendArgs {
    /// The field (`os.kernel.release`), or a collector id.
    #[arg(value_name = "FIELD")]
    pub field: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `cep accept`.
pub fn accept(g: &GlobalArgs, a: &AcceptArgs) -> Result<(), Error> {
    let r = g.agent(None)?.accept(&a.fields)?;
    if a.json {
        crate::print_json(&r);
        return Ok(());
    }
    if r.accepted.is_empty() {
        outln!("no field was waiting");
    }
    for w in &r.accepted {
        outln!("accepted {}: the next report sends it", w.name());
    }
    print_waiting(&r.waiting);
    Ok(())
}

/// `cep never-send`.
pub fn never_send(g: &GlobalArgs, a: &NeverSendArgs) -> Result<(), Error> {
    let r = g.agent(None)?.never_send(&a.field)?;
    if a.json {
        crate::print_json(&r);
        return Ok(());
    }
    outln!(
        "wrote `{}` under [collectors.\"{}\"] in {}: {} never leaves this host",
        r.setting,
        r.collector,
        r.config_file.display(),
        match &r.field {
            Some(f) => format!("{}.{f}", r.collector),
            None => format!("nothing of {}", r.collector),
        }
    );
    Ok(())
}

/// One line per waiting field: its name and from when it is sent.
pub fn print_waiting(waiting: &[cep::WaitingField]) {
    for w in waiting {
        outln!(
            "waiting:     {} (new to this host; sent {}; `cep accept` or `cep never-send` ends the wait)",
            w.name(),
            w.start()
        );
    }
}
