//! The privacy notice: what is collected, published and stored, for how
//! long, and how to opt out or have a host forgotten. One text, generated
//! from the collection policy ([`crate::facts::policy`]) and the server's
//! settings, served as `/privacy` and committed as docs/PRIVACY.md (with
//! the default settings; a test keeps the file current).

use std::fmt::Write as _;

use crate::facts::DISTS;

/// The settings the notice states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Smallest published group.
    pub k: i64,
    /// Distributions count hosts active this many days.
    pub active_days: i64,
    /// Per-host rows are kept this many days.
    pub retention_days: i64,
    /// Raw archives are kept this many days (0: not kept).
    pub keep_archives_days: i64,
    /// A GeoIP database is configured (the country is kept).
    pub geoip: bool,
    /// The public key the policy is signed with (`--policy-key`).
    pub policy_key: Option<cep_core::signing::PolicyKey>,
    /// The upstream a relay forwards to (its URL without credentials).
    pub relay: Option<String>,
    /// The fleet view is on (hosts' labels are kept).
    pub fleet: bool,
}

/// A piece of the notice. Text may hold `code` spans in backquotes
/// ([`super::inline::code_spans`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    H2(&'static str),
    /// A paragraph.
    P(String),
    /// A list of items.
    List(Vec<String>),
    /// The policy table: collector, fields, the tables that read them.
    Table(Vec<[String; 3]>),
}

/// The notice for these settings, piece by piece: the page
/// ([`super::pages::privacy`]) and [`markdown`] show the same pieces.
pub fn blocks(n: &Notice) -> Vec<Block> {
    let policy = crate::facts::policy();
    let mut rows = Vec::new();
    for (collector, fields) in &policy.collectors {
        let tables: Vec<&str> = DISTS
            .iter()
            .filter(|d| d.collector == collector)
            .map(|d| d.title)
            .collect();
        let fields: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        rows.push([
            format!("`{collector}`"),
            fields.join(", "),
            tables.join("; "),
        ]);
    }
    let (archives, kept) = if n.keep_archives_days > 0 {
        (
            format!(
                "The report archives as received are kept {} days for troubleshooting, then deleted: whole, with whatever a client sent beyond the list above (this server's operator chose to keep them).",
                n.keep_archives_days
            ),
            format!(
                "the server's tables keep nothing else even from a client that sends more (the archives as received, below, are kept {} days)",
                n.keep_archives_days
            ),
        )
    } else {
        (
            "Report archives as received are not kept.".to_owned(),
            "the server keeps nothing else even from a client that sends more".to_owned(),
        )
    };
    let country = if n.geoip {
        "The connection's address is looked up in a country database in memory; only the two-letter country code is kept, as the host's `server.geo` fact."
    } else {
        "No country lookup is configured."
    };
    let signed = match &n.policy_key {
        Some(key) => format!(
            "This server signs its collection policy (`/api/v1/policy`) with the Ed25519 key whose fingerprint is `{}`. A client that pins the key in `/etc/vz/cep.toml` uses a policy only when that key signed exactly the bytes it received; an unsigned, altered or otherwise signed policy is refused, and the client keeps the policy it had (or the one built into it) and says why (`cep status`). Compare the key with the one the operator publishes elsewhere before pinning it:\n`[policy] keys = [\"{key}\"]`. The threat this answers: a compromised or impersonated server widening collection.",
            key.fingerprint()
        ),
        None => "This server does not sign its collection policy. A client that pins keys (`[policy] keys` in `/etc/vz/cep.toml`) refuses an unsigned policy and keeps the one it had (or the one built into it); operators sign with `cep-server keygen FILE` and `--policy-key FILE`. The threat this answers: a compromised or impersonated server widening collection.".to_owned(),
    };
    let labels = if n.fleet {
        "This server's operator has a fleet view, on a port only the operator reaches: every host's id, its label (a host's own `[fleet] label`, or one the operator sets), its last report, generation, kernel, vzctl, prlctl and ploop versions, ReadyKernel patch level and numbers of containers and VMs. It is per-host data: k-anonymity does not apply there, and it is never published. Labels are kept until the host is forgotten or the label cleared."
    } else {
        "A fleet label a host sends (`[fleet] label`, meant for a provider's own relay) is ignored here: neither stored nor logged."
    };
    let mut stored = vec![
        format!(
            "Per host, under its random id: each report's id, time and digest, the latest fields of the list above, and the host's part of each published count: kept {} days after they were written; a host silent that long loses every row. After that only the counts remain.",
            n.retention_days
        ),
        archives,
        "The published counts (aggregates, no host ids) are kept for the trends.".to_owned(),
        "The connection's IP address is never stored or logged; it is used in memory only, for rate limits.".to_owned(),
        country.to_owned(),
        labels.to_owned(),
    ];
    let mut forwarded = Vec::new();
    if let Some(up) = &n.relay {
        stored.push("Reports waiting to be forwarded (below) are kept, reduced to the upstream's policy, until the upstream gives a receipt for them.".to_owned());
        forwarded.push(Block::H2("Forwarded to another server"));
        forwarded.push(Block::P(format!(
            "This server is a relay: it forwards each report it receives, once, to `{up}`, reduced to the fields that server's collection policy names (fetched from it, and checked against its signing key when one is configured here) and checked again for addresses and ids. What is forwarded carries the report's and the host's random ids, never the host's label, its log or its address: that server sees this server's address only. `cep forget` on a host is forwarded too."
        )));
    }
    let mut out = vec![
        Block::P(format!(
            "This server publishes anonymous usage statistics of OpenVZ / Virtuozzo hosts. This page is generated from its collection policy (version `{}`) and its settings.",
            policy.version
        )),
        Block::H2("What is collected"),
        Block::P(format!(
            "Only the fields a published table reads; the server publishes this list at `/api/v1/policy`, cep clients fetch it and send nothing else, and {kept}. No host names, addresses, user names, serials, container or VM names or ids are ever part of a report: the client scrubs every text and refuses to send a report in which its detectors still find one."
        )),
        Block::Table(rows),
        Block::H2("What is published"),
        Block::P(format!(
            "Counts of hosts (and of their containers, VMs or disks) per value, over the hosts that reported in the last {} days, and weekly snapshots of them. A value held by fewer than {} hosts is shown as \"other\"; no per-host row and no host id is ever published.",
            n.active_days, n.k
        )),
        Block::P(format!(
            "One report cannot bend a table: a section with a value unlike its field's kind, a count above {} or a size above 1 PiB, or a control character in a text is refused when it arrives (the rest of the report is kept), and one host counts at most {} containers, VMs or disks in a table (more are scaled down to that, in proportion).",
            crate::screen::MAX_COUNT,
            crate::facts::MAX_HOST_UNITS
        )),
        Block::H2("What is stored, and for how long"),
        Block::List(stored),
        Block::H2("Trusting the policy"),
        Block::P(signed),
        Block::H2("New fields are announced before they are sent"),
        Block::P(
            "A cep client remembers, per collector, the fields it has sent. A field new to the host (a package upgrade that adds a collector or a field, or a policy that asks for more) is withheld for a notice period first (`[privacy] new_fields_notice`, 14 days by default; `\"hold\"` waits for the administrator): `cep status`, `cep show` and each run's log line name it and the date it starts, and `cep accept` or `cep never-send` end the wait. The threat this answers: a silent upgrade widening collection on hosts whose administrators agreed to less. A host's first report is not delayed.".to_owned(),
        ),
        Block::H2("How to opt out"),
        Block::P(
            "On the host, `cep disable` (it writes `/etc/vz/cep-disable`); `enabled = false` in `/etc/vz/cep.toml`, the vzstats marker `/etc/vz/vzstats-disable` or `DO_NOT_TRACK=1` do the same. `cep status` says which one decided. Nothing is collected or sent afterwards.".to_owned(),
        ),
        Block::H2("How to have a host forgotten"),
        Block::P(
            "On the host, `cep forget`: the server erases the host's reports, stored fields and archives and takes its part back out of every published count and trend, as if it had never reported; the host then erases its id and state and stops reporting. The host id is the credential, and it is never published, so only the host can ask (`DELETE /api/v1/hosts/<host id>`, see docs/PROTOCOL.md). Asking again gives the same receipt; reports under a forgotten id are refused (for this the server keeps a SHA-256 digest of the id, the time and the number of reports erased, nothing else).".to_owned(),
        ),
    ];
    // Where reports go next comes right after what is stored here.
    let at = out
        .iter()
        .position(|b| *b == Block::H2("Trusting the policy"))
        .unwrap_or(out.len());
    out.splice(at..at, forwarded);
    out
}

/// The notice as Markdown (docs/PRIVACY.md, with the default settings).
pub fn markdown(n: &Notice) -> String {
    let mut out = String::from(
        "# Privacy\n\n<!-- Generated by cep-server (`cep-server --print-privacy`) from its collection policy and default settings; a test keeps it current. The server shows the same text, with its own settings, at /privacy. -->\n\n",
    );
    for b in blocks(n) {
        match b {
            Block::H2(t) => {
                let _ = write!(out, "## {t}\n\n");
            }
            Block::P(t) => {
                let _ = write!(out, "{t}\n\n");
            }
            Block::List(items) => {
                for i in items {
                    let _ = writeln!(out, "- {i}");
                }
                out.push('\n');
            }
            Block::Table(rows) => {
                out.push_str("| collector | fields | published in |\n|---|---|---|\n");
                for r in rows {
                    let _ = writeln!(out, "| {} | {} | {} |", r[0], r[1], r[2]);
                }
                out.push('\n');
            }
        }
    }
    out
}
