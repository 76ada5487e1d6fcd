//! [`Agent`]: everything `cep` does, for any program that links cep.
//!
//! Built in one step from paths and configuration ([`AgentBuilder`]); each
//! method is one `cep` command and returns a typed, serializable value.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Config, Paths};
use crate::consent::Consent;
use crate::identity::IdentityEvent;
use crate::identity::{IdentityPaths, load_host_id, load_or_create_bound_host_id};
use cep_core::{ClientInfo, Collector, CollectorSet, Transport};
use jiff::Timestamp;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::run::{RunHooks, RunPoint};

/// The clock the run loop and `schedule` read.
pub(crate) type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;
/// The run hooks, when set.
pub(crate) type Hooks = Option<Arc<dyn RunHooks>>;
/// The progress callback.
type ProgressFn = Arc<dyn Fn(&Progress<'_>) + Send + Sync>;

/// Builds an [`Agent`]: where configuration and state live, which host,
/// which collectors, which transport.
///
/// ```
/// let dir = tempfile::tempdir()?;
/// let agent = cep::Agent::builder()
///     .sysconf_dir(dir.path().join("etc"))
///     .state_dir(dir.path().join("state"))
///     .client("my-installer", "1.0")
///     .build()?;
/// assert!(agent.status()?.enabled);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct AgentBuilder {
    sysconf_dir: PathBuf,
    config_file: Option<PathBuf>,
    state_dir: Option<PathBuf>,
    root: Option<PathBuf>,
    client: ClientInfo,
    builtin: bool,
    registered: Vec<Arc<dyn Collector>>,
    registered_sets: Vec<Arc<dyn CollectorSet>>,
    transport: Option<Box<dyn Transport>>,
    script_dirs: Option<Vec<PathBuf>>,
    clock: Option<Clock>,
    hooks: Hooks,
    progress: Option<ProgressFn>,
}

/// What an [`Agent`] call has done so far, told as it happens (a caller
/// that prints progress shows a spooled report's id before delivery
/// starts, and a process killed during delivery has already said it).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Progress<'a> {
    /// A new report is safely in the spool.
    Spooled(&'a crate::Spooled),
}

impl Default for AgentBuilder {
    fn default() -> Self {
        AgentBuilder {
            sysconf_dir: PathBuf::from(crate::config::DEFAULT_SYSCONF_DIR),
            config_file: None,
            state_dir: None,
            root: None,
            client: ClientInfo::default(),
            builtin: true,
            registered: Vec::new(),
            registered_sets: Vec::new(),
            transport: None,
            script_dirs: None,
            clock: None,
            hooks: None,
            progress: None,
        }
    }
}

impl AgentBuilder {
    /// Where cep.toml, the opt-out markers and the legacy vzstats and
    /// disp-helper settings live (default `/etc/vz`).
    pub fn sysconf_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.sysconf_dir = dir.into();
        self
    }

    /// The configuration file (default `<sysconf-dir>/cep.toml`).
    pub fn config_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.config_file = Some(file.into());
        self
    }

    /// The state directory: host id, spool, ledger, state.json (default:
    /// the configuration's, else `/var/lib/cep` as root).
    pub fn state_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.state_dir = Some(dir.into());
        self
    }

    /// Collect from a fixture host directory (`DIR/fs` and
    /// `DIR/commands.toml`) instead of this machine.
    pub fn root(mut self, dir: impl Into<PathBuf>) -> Self {
        self.root = Some(dir.into());
        self
    }

    /// The client's name and version, as the manifest records them.
    pub fn client(mut self, name: impl Into<String>, version: impl Into<String>) -> Self {
        self.client = ClientInfo {
            name: name.into(),
            version: version.into(),
        };
        self
    }

    /// Leaves out the built-in collectors (an embedder that reports only
    /// its own).
    pub fn without_builtin(mut self) -> Self {
        self.builtin = false;
        self
    }

    /// Adds a collector. It is listed, inventoried, scheduled, run and
    /// guarded like the built-in ones, after them in report order.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .collector(cep_example_onboot::OnBoot)
    ///     .build()?;
    /// assert!(agent.list()?.collectors.iter().any(|c| c.id == "example.onboot"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn collector(mut self, c: impl Collector + 'static) -> Self {
        self.registered.push(Arc::new(c));
        self
    }

    /// Adds a collector set (members found on the host at run time, one
    /// section each). Like the external scripts, it is listed member by
    /// member, scheduled and run as one unit under its id, after the
    /// collectors, and guarded like every section.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// use cep::config::ScriptsConfig;
    /// let more = ScriptsConfig { dirs: vec!["/opt/tool/cep.d".into()], ..ScriptsConfig::default() };
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .collector_set(more.scripts(std::time::Duration::from_secs(5)))
    ///     .build();
    /// // Its id is taken: the built-in scripts set is `scripts` too.
    /// assert!(matches!(agent, Err(cep::Error::DuplicateCollector(id)) if id == "scripts"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn collector_set(mut self, set: impl CollectorSet + 'static) -> Self {
        self.registered_sets.push(Arc::new(set));
        self
    }

    /// Delivers through this transport instead of the configured one.
    pub fn transport(mut self, t: impl Transport + 'static) -> Self {
        self.transport = Some(Box::new(t));
        self
    }

    /// Looks for external collector scripts in these host directories
    /// (searched in order) instead of `[scripts] dirs`.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// std::fs::create_dir_all(dir.path().join("fs/opt/tool/cep.d"))?;
    /// std::fs::write(dir.path().join("fs/opt/tool/cep.d/usage"), "#!/bin/sh\necho 1\n")?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(dir.path()) // the scripts are looked up on this (fixture) host
    ///     .script_dirs(["/opt/tool/cep.d"])
    ///     .build()?;
    /// let row = agent.list()?.collectors.into_iter().find(|r| r.id.starts_with("scripts."));
    /// // Listed with the reason it may not run (not executable).
    /// assert_eq!(row.map(|r| r.description), Some("external script /opt/tool/cep.d/usage".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn script_dirs<P: Into<PathBuf>>(mut self, dirs: impl IntoIterator<Item = P>) -> Self {
        self.script_dirs = Some(dirs.into_iter().map(Into::into).collect());
        self
    }

    /// The clock of [`Agent::run`] and [`Agent::schedule`] (default: the
    /// system clock).
    pub fn clock(mut self, now: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        self.clock = Some(Arc::new(now));
        self
    }

    /// Called at each [`RunPoint`] of [`Agent::run`]; tests use it to stop
    /// a run where a crash would.
    pub fn run_hooks(mut self, hooks: impl RunHooks + 'static) -> Self {
        self.hooks = Some(Arc::new(hooks));
        self
    }

    /// Called with each step of a call as it happens.
    pub fn on_progress(mut self, f: impl Fn(&Progress<'_>) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Loads the configuration and checks the collector set.
    pub fn build(self) -> Result<Agent> {
        let paths = Paths {
            sysconf_dir: self.sysconf_dir,
            config_file: self.config_file,
        };
        let mut config = Config::load(&paths, self.state_dir.as_deref())?;
        if let Some(dirs) = self.script_dirs {
            config.scripts.dirs = dirs;
        }
        let mut known = if self.builtin {
            cep_collectors::builtin()
        } else {
            Vec::new()
        };
        // The external scripts are the first set; every unit id is unique.
        let mut sets: Vec<Arc<dyn CollectorSet>> = vec![Arc::new(
            config.scripts.scripts(config.limits.command_grace),
        )];
        for c in self.registered {
            if sets.iter().any(|s| s.id() == c.id()) || known.iter().any(|k| k.id() == c.id()) {
                return Err(Error::DuplicateCollector(c.id().to_owned()));
            }
            known.push(c);
        }
        for set in self.registered_sets {
            if sets.iter().any(|s| s.id() == set.id()) || known.iter().any(|k| k.id() == set.id()) {
                return Err(Error::DuplicateCollector(set.id().to_owned()));
            }
            sets.push(set);
        }
        #[cfg(feature = "test-hooks")]
        let (clock, hooks) = crate::test_hooks::from_env(self.clock, self.hooks)?;
        #[cfg(not(feature = "test-hooks"))]
        let (clock, hooks) = (self.clock, self.hooks);
        Ok(Agent {
            paths,
            config,
            root: self.root,
            client: self.client,
            known,
            sets,
            transport: self.transport,
            configured: std::sync::OnceLock::new(),
            clock: clock.unwrap_or_else(|| Arc::new(Timestamp::now)),
            hooks,
            progress: self.progress,
        })
    }
}

/// cep as a library: consent, identity, the report path with its privacy
/// guard, spool, delivery, ledger and the run loop, one method per `cep`
/// command.
///
/// The guarantees hold for every caller: consent is checked before
/// anything is collected for sending; the privacy guard scrubs and checks
/// every report (a hit quarantines it); reports go to the spool before any
/// transport and leave it only with a receipt, which the ledger records;
/// nothing runs inside a container.
///
/// ```
/// # let dir = tempfile::tempdir()?;
/// let agent = cep::Agent::builder()
///     .sysconf_dir(dir.path().join("etc"))
///     .state_dir(dir.path().join("state"))
///     .build()?;
/// // What the report would hold, for the administrator to review.
/// let ids: Vec<String> = agent.inventory().into_iter().map(|r| r.collector).collect();
/// assert!(ids.contains(&"os.kernel".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Agent {
    pub(crate) paths: Paths,
    pub(crate) config: Config,
    pub(crate) root: Option<PathBuf>,
    pub(crate) client: ClientInfo,
    /// Built-in and registered collectors, enabled or not.
    pub(crate) known: Vec<Arc<dyn Collector>>,
    /// The external scripts and registered collector sets, each one
    /// scheduled unit run after the collectors.
    pub(crate) sets: Vec<Arc<dyn CollectorSet>>,
    pub(crate) transport: Option<Box<dyn Transport>>,
    /// The configured transport, built once on first use (a `send` or
    /// `run` prepares it, then delivers through it).
    pub(crate) configured: std::sync::OnceLock<Box<dyn Transport>>,
    pub(crate) clock: Clock,
    pub(crate) hooks: Hooks,
    pub(crate) progress: Option<ProgressFn>,
}

impl std::fmt::Debug for Agent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Agent")
            .field("sysconf_dir", &self.paths.sysconf_dir)
            .field("state_dir", &self.config.state_dir)
            .field("root", &self.root)
            .field("client", &self.client)
            .finish_non_exhaustive()
    }
}

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
}

/// One consent source and whether it says "off".
#[derive(Debug, Clone, Serialize)]
pub struct ConsentCheck {
    /// The source.
    pub source: String,
    /// True when it turns reporting off.
    pub disables: bool,
}

/// The configured transport, without credentials.
#[derive(Debug, Clone, Serialize)]
pub struct TransportSummary {
    /// `file` or `http`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The path, or the URL and protocol.
    pub destination: String,
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

impl Agent {
    /// A builder with the defaults of the `cep` command.
    pub fn builder() -> AgentBuilder {
        AgentBuilder::default()
    }

    /// The effective configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Where configuration and markers live.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// The consent decision, read now (markers, config, `DO_NOT_TRACK`).
    pub fn consent(&self) -> Consent {
        Consent::from_env(&self.paths, &self.config)
    }

    pub(crate) fn config_file(&self) -> PathBuf {
        self.config
            .file
            .clone()
            .unwrap_or_else(|| self.paths.config())
    }

    /// The enabled collectors (built-in and registered), with their
    /// configured deadlines. An unknown id in `[collectors]` is an error.
    pub(crate) fn collectors(&self) -> Result<Vec<Arc<dyn Collector>>> {
        for id in self.config.collectors.keys() {
            if !self.known.iter().any(|c| c.id() == id) {
                return Err(Error::UnknownCollector {
                    id: id.clone(),
                    file: self.config_file(),
                });
            }
        }
        Ok(self
            .known
            .iter()
            .filter(|c| self.config.collector(c.id()).enabled)
            .map(|c| match self.config.collector(c.id()).timeout {
                Some(timeout) => Arc::new(cep_core::WithTimeout {
                    timeout,
                    inner: Arc::clone(c),
                }) as Arc<dyn Collector>,
                None => Arc::clone(c),
            })
            .collect())
    }

    /// A collector's effective schedule: the configured one, else its own.
    pub(crate) fn schedule_of(&self, c: &dyn Collector) -> cep_core::Schedule {
        self.config
            .collector(c.id())
            .schedule
            .unwrap_or_else(|| c.schedule())
    }

    pub(crate) fn identity_paths(&self, legacy: bool) -> IdentityPaths {
        IdentityPaths {
            host_id: self.config.host_id_file.clone(),
            legacy: legacy.then(|| self.paths.vzstats_uuid()),
        }
    }

    /// The stored host id, if any; creates nothing.
    pub(crate) fn stored_host_id(&self) -> Result<Option<cep_core::uuid::Uuid>> {
        Ok(load_host_id(&self.identity_paths(false))?)
    }

    /// The host id (made on first use, adopted from vzstats, or remade
    /// when the machine changed), with a collect.log line saying how it
    /// was obtained.
    pub(crate) fn host_id_logged(&self) -> Result<(cep_core::uuid::Uuid, Option<String>)> {
        let machine_files: Vec<PathBuf> = match &self.config.machine_id_file {
            Some(p) => vec![p.clone()],
            None => crate::config::DEFAULT_MACHINE_ID_FILES
                .iter()
                .map(PathBuf::from)
                .collect(),
        };
        let (id, event) = load_or_create_bound_host_id(&self.identity_paths(true), &machine_files)?;
        let line = match event {
            IdentityEvent::Loaded => None,
            IdentityEvent::Created => Some("identity: made a new host id".to_owned()),
            IdentityEvent::AdoptedLegacy(p) => Some(format!(
                "identity: adopted the vzstats host id from {}",
                p.display()
            )),
            IdentityEvent::ReplacedInvalid { reason }
            | IdentityEvent::MachineChanged { reason } => {
                Some(format!("identity: {reason}; made a new host id"))
            }
        };
        if let Some(l) = &line {
            tracing::info!("{l}");
        }
        Ok((id, line))
    }

    /// The id a report to be sent carries as `client_id`: the host id, or
    /// the id a vzstats server handed out (`id_from_server`, kept by
    /// [`Agent::prepare_transport`]).
    pub(crate) fn report_client_id(&self, host_id: cep_core::uuid::Uuid) -> cep_core::uuid::Uuid {
        cep_transport::report_client_id(&self.config.transport, &self.config.state_dir, host_id)
    }

    /// Lets the transport get ready before a report to be sent is built
    /// (a vzstats server's id goes into the manifest). A transport that
    /// cannot be built is left to delivery to report, after the report is
    /// safely spooled.
    pub(crate) fn prepare_transport(&self) -> Result<()> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(Error::Runtime)?;
        match self.with_transport(|t| {
            self.refresh_policy(t, &rt);
            rt.block_on(t.prepare())
        }) {
            Ok(r) => r.map_err(|e| Error::Transport(cep_transport::Error::from(e))),
            Err(_) => Ok(()),
        }
    }

    /// `cep id`: this host's anonymous id, made on first use.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let id = agent.host_id()?;
    /// assert_eq!(agent.host_id()?, id); // kept in the state directory
    /// assert_eq!(agent.status()?.host_id, Some(id));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn host_id(&self) -> Result<cep_core::uuid::Uuid> {
        Ok(self.host_id_logged()?.0)
    }

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

    /// The collection policy the next report is built under, with its
    /// source (`server`, `cache`, `built-in`); `None` when reports go
    /// whole (a file or a legacy server). Reads the cache only.
    pub fn collection_policy(&self) -> Option<(cep_core::Policy, &'static str)> {
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
        let policy = self.current_policy().map(|(p, _)| p);
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

    /// `cep ledger`: every report that left this host.
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
        })
    }

    /// The state directory.
    pub fn state_dir(&self) -> &Path {
        &self.config.state_dir
    }

    pub(crate) fn tell(&self, p: Progress<'_>) {
        if let Some(f) = &self.progress {
            f(&p);
        }
    }

    pub(crate) fn reached(&self, point: RunPoint) {
        if let Some(h) = &self.hooks {
            h.reached(point);
        }
    }
}

pub(crate) fn transport_summary(t: &crate::config::TransportConfig) -> TransportSummary {
    let (kind, destination) = t.summary();
    TransportSummary {
        kind: kind.to_owned(),
        destination,
    }
}
