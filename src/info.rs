//! The commands that show what the Agent knows and change consent:
//! `cep status`, `enable`, `disable`, `list`, `inventory`, `ledger`.

use std::path::PathBuf;

use serde::Serialize;

use crate::agent::{Agent, TransportSummary, transport_summary};
use crate::error::{Error, Result};

/// What `cep status` shows.
#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// The client's version.
    pub version: String,
    /// True when this host reports.
    pub enabled: bool,
    /// The source that decided.
    pub decided_by: String,
    /// Every source checked.
    pub checks: Vec<ConsentCheck>,
    /// The host id, when one was made.
    pub host_id: Option<cep_core::uuid::Uuid>,
    /// Where it lives.
    pub host_id_file: PathBuf,
    /// The configuration file read, if any.
    pub config_file: Option<PathBuf>,
    /// Where the configuration would be read from.
    #[serde(skip)]
    pub default_config_file: PathBuf,
    /// The state directory.
    pub state_dir: PathBuf,
    /// The configured transport.
    pub transport: TransportSummary,
    /// How many collectors are enabled.
    pub collectors: usize,
    /// Notes from loading the configuration.
    pub notes: Vec<String>,
    /// Which collection policy the next report is built under, and why.
    pub policy: crate::policy::PolicyChoice,
    /// The pinned policy keys (`[policy] keys`).
    pub policy_keys: Vec<PinnedKey>,
    /// `[privacy] new_fields_notice` (`14d`, `0`, `hold`).
    pub new_fields_notice: String,
    /// Fields new to this host, withheld until the date shown.
    pub waiting: Vec<crate::notice::WaitingField>,
}

/// A pinned policy key.
#[derive(Debug, Clone, Serialize)]
pub struct PinnedKey {
    /// `ed25519:<base64>`, as in cep.toml.
    pub key: String,
    /// Its fingerprint (as `cep-server keygen` and `/privacy` show it).
    pub fingerprint: String,
}

/// One consent source and whether it says "off".
#[derive(Debug, Clone, Serialize)]
pub struct ConsentCheck {
    /// The source.
    pub source: String,
    /// True when it turns reporting off.
    pub disables: bool,
}

/// What `cep enable` did.
#[derive(Debug, Clone, Serialize)]
pub struct Enabled {
    /// The opt-out markers removed.
    pub removed: Vec<PathBuf>,
    /// Another source that still turns reporting off.
    pub still_disabled_by: Option<String>,
}

/// One row of `cep list`.
#[derive(Debug, Clone, Serialize)]
pub struct ListEntry {
    /// Collector id (`scripts.<name>` for an external script).
    pub id: String,
    /// What it collects.
    pub description: String,
    /// Its effective schedule.
    pub schedule: String,
    /// True when it runs.
    pub enabled: bool,
    /// Why not.
    pub reason: Option<String>,
}

/// `cep list`: the collectors and the external scripts.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Listing {
    /// One row each, in report order.
    pub collectors: Vec<ListEntry>,
    /// Script directories that could not be read (not part of the JSON).
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// One row of `cep inventory`: a field a report can contain.
#[derive(Debug, Clone, Serialize)]
pub struct InventoryRow {
    /// Collector id.
    pub collector: String,
    /// What the collector collects.
    pub description: String,
    /// The field's path.
    pub field: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The value kind the privacy guard checks (`count`, `version`,
    /// `free text`, `bucket: <=1G, ...`, `enum: a, b`).
    pub value: String,
    /// What it means.
    pub meaning: String,
    /// An example value.
    pub example: String,
    /// Whether the collection policy in force uses the field (absent when
    /// no policy applies: reports go whole).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_uses: Option<bool>,
}

/// `cep ledger`: every report that left this host, and whether the host
/// was forgotten.
#[derive(Debug, Clone, Serialize)]
pub struct LedgerView {
    /// The entries, oldest first.
    pub entries: Vec<crate::ledger::LedgerEntry>,
    /// The ledger file (not part of the JSON).
    #[serde(skip)]
    pub path: PathBuf,
    /// A cut last line: its number and length (not part of the JSON).
    #[serde(skip)]
    pub truncated: Option<(usize, usize)>,
    /// The line `cep forget` left: when, where, and the server's receipt
    /// (`null` in the JSON if the host was never forgotten).
    pub forgotten: Option<crate::ledger::ForgottenEntry>,
    /// Reports delivered whose line is not written yet (they wait in
    /// `spool/delivered/`; the next flush writes it), oldest first.
    pub delivered_unrecorded: Vec<crate::spool::UnrecordedReport>,
}

impl Agent {
    /// `cep status`: whether this host reports, why, and with which
    /// settings. Reads only.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .transport(cep::transport::FileTransport::new(dir.path().join("out.tar.gz")))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let s = agent.status()?;
    /// assert!(s.enabled);
    /// assert_eq!(s.host_id, None); // status makes no host id
    /// assert_eq!(s.transport.kind, "file");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Result<StatusView> {
        let consent = self.consent();
        let policy = self.current_policy();
        let host_id = self.stored_host_id()?;
        let transport = match &self.transport {
            Some(t) => TransportSummary {
                kind: t.name().to_owned(),
                destination: t.destination(),
            },
            None => transport_summary(&self.config.transport),
        };
        Ok(StatusView {
            version: self.client.version.clone(),
            enabled: consent.enabled,
            decided_by: consent.decided_by.to_string(),
            checks: consent
                .checks
                .iter()
                .map(|(s, off)| ConsentCheck {
                    source: s.to_string(),
                    disables: *off,
                })
                .collect(),
            host_id,
            host_id_file: self.config.host_id_file.clone(),
            config_file: self.config.file.clone(),
            default_config_file: self.paths.config(),
            state_dir: self.config.state_dir.clone(),
            transport,
            collectors: self.collectors()?.len(),
            notes: self.config.notes.clone(),
            waiting: self.waiting_fields()?,
            policy,
            policy_keys: self
                .config
                .policy
                .keys
                .iter()
                .map(|k| PinnedKey {
                    key: k.to_string(),
                    fingerprint: k.fingerprint(),
                })
                .collect(),
            new_fields_notice: self.config.privacy.new_fields_notice.to_string(),
        })
    }

    /// `cep enable`: removes the opt-out markers.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # std::fs::create_dir(dir.path().join("etc"))?; // /etc/vz exists on a node
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .transport(cep::transport::FileTransport::new(dir.path().join("out.tar.gz")))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let marker = agent.disable()?;
    /// assert!(marker.exists() && !agent.status()?.enabled);
    /// assert_eq!(agent.enable()?.removed, vec![marker]);
    /// assert!(agent.status()?.enabled);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn enable(&self) -> Result<Enabled> {
        let removed = crate::consent::enable(&self.paths).map_err(|source| Error::Marker {
            dir: self.paths.sysconf_dir.clone(),
            source,
        })?;
        let consent = self.consent();
        Ok(Enabled {
            removed,
            still_disabled_by: (!consent.enabled).then(|| consent.decided_by.to_string()),
        })
    }

    /// `cep disable`: writes `<sysconf-dir>/cep-disable`; returns its path.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # std::fs::create_dir(dir.path().join("etc"))?; // /etc/vz exists on a node
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .transport(cep::transport::FileTransport::new(dir.path().join("out.tar.gz")))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let marker = agent.disable()?;
    /// assert_eq!(marker, dir.path().join("etc/cep-disable"));
    /// assert!(matches!(agent.flush()?, cep::Flushed::Disabled { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn disable(&self) -> Result<PathBuf> {
        crate::consent::disable(&self.paths).map_err(|source| Error::Marker {
            dir: self.paths.sysconf_dir.clone(),
            source,
        })
    }

    /// `cep list`: every collector (enabled or not, with its schedule) and
    /// the external scripts as they would run now.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let list = agent.list()?;
    /// let kernel = list.collectors.iter().find(|r| r.id == "os.kernel").unwrap();
    /// assert!(kernel.enabled && kernel.reason.is_none());
    /// assert_eq!(kernel.schedule, "weekly mon 08:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn list(&self) -> Result<Listing> {
        let enabled = self.collectors()?;
        let mut rows: Vec<ListEntry> = self
            .known
            .iter()
            .map(|c| {
                let on = enabled.iter().any(|e| e.id() == c.id());
                ListEntry {
                    id: c.id().to_owned(),
                    description: c.describe().to_owned(),
                    schedule: crate::schedule::text(&self.schedule_of(c.as_ref())),
                    enabled: on,
                    reason: (!on).then(|| "disabled".to_owned()),
                }
            })
            .collect();
        let host = self.host()?;
        let mut notes = Vec::new();
        for set in &self.sets {
            let (members, mut set_notes) = set.members(&host);
            let schedule = crate::schedule::text(&set.schedule());
            rows.extend(members.into_iter().map(|m| ListEntry {
                id: m.id,
                description: m.description,
                schedule: schedule.clone(),
                enabled: m.refused.is_none(),
                reason: m.refused.map(|why| format!("not run: {why}")),
            }));
            notes.append(&mut set_notes);
        }
        Ok(Listing {
            collectors: rows,
            notes,
        })
    }

    /// The collection policy the next report is built under, where it
    /// came from (`server`, `cache`, `built-in`; `none` when reports go
    /// whole: a file or a legacy server) and why. Reads the cache only.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .build()?;
    /// // The default transport writes a file: reports go whole.
    /// assert_eq!(agent.collection_policy().source, "none");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn collection_policy(&self) -> crate::policy::PolicyChoice {
        self.current_policy()
    }

    /// `cep inventory`: every field a report can contain, from the
    /// collectors' declarations (built-in and registered, whether or not
    /// the configuration turns them off, so it is the same on every host).
    /// Collector sets (the external scripts) add no rows: their members
    /// are found per host and their text is the host's own.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let rows = agent.inventory();
    /// let release = rows.iter().find(|r| r.collector == "os.kernel" && r.field == "release").unwrap();
    /// assert_eq!(release.kind, "string");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn inventory(&self) -> Vec<InventoryRow> {
        let policy = self.current_policy().policy;
        let mut out = Vec::new();
        for c in &self.known {
            let fields = c.fields();
            if fields.is_empty() {
                // A collector of raw text: its lines are the data.
                out.push(InventoryRow {
                    collector: c.id().into(),
                    description: c.describe().into(),
                    field: "(whole section)".into(),
                    kind: kind_name(cep_core::FieldKind::Text),
                    value: cep_core::ValueKind::FreeText.name().to_owned(),
                    meaning: "Raw text, scrubbed like every section".into(),
                    example: String::new(),
                    policy_uses: None,
                });
            }
            for f in fields {
                let policy_uses = policy.as_ref().map(|p| p.uses(c.id(), &f.name));
                out.push(InventoryRow {
                    collector: c.id().into(),
                    description: c.describe().into(),
                    field: f.name.into_owned(),
                    kind: kind_name(f.kind),
                    value: value_name(&f.value),
                    meaning: f.meaning.into_owned(),
                    example: f.example.into_owned(),
                    policy_uses,
                });
            }
        }
        out
    }

    /// `cep ledger`: every report that left this host, those whose line
    /// is still owed included.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// // Nothing has left this host yet.
    /// assert!(agent.ledger()?.entries.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ledger(&self) -> Result<LedgerView> {
        let ledger = crate::ledger::Ledger::in_state_dir(&self.config.state_dir);
        let contents = ledger.read()?;
        Ok(LedgerView {
            entries: contents.entries,
            path: ledger.path().to_owned(),
            truncated: contents.truncated,
            forgotten: contents.forgotten,
            delivered_unrecorded: self
                .spool()
                .unrecorded()?
                .into_iter()
                .map(crate::spool::UnrecordedReport::from)
                .collect(),
        })
    }
}

fn kind_name(k: cep_core::FieldKind) -> &'static str {
    use cep_core::FieldKind;
    match k {
        FieldKind::Bool => "bool",
        FieldKind::Integer => "integer",
        FieldKind::Number => "number",
        FieldKind::String => "string",
        FieldKind::StringList => "string list",
        FieldKind::Object => "object",
        FieldKind::List => "list of objects",
        FieldKind::Map => "map (key → count)",
        FieldKind::Text => "text",
    }
}

/// `count`, `version`, `free text`, `bucket: a, b`, `enum: a, b`.
fn value_name(v: &cep_core::ValueKind) -> String {
    match v.allowed() {
        [] => v.name().to_owned(),
        set => format!("{}: {}", v.name(), set.join(", ")),
    }
}
