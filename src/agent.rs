//! [`Agent`]: everything `cep` does, for any program that links cep.
//!
//! Built in one step from paths and configuration ([`AgentBuilder`]); each
//! method is one `cep` command and returns a typed, serializable value.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Config, Paths};
use crate::consent::Consent;
use crate::identity::IdentityEvent;
use crate::identity::{
    IdentityPaths, load_host_id, load_or_create_bound_host_id, peek_bound_host_id,
};
use cep_core::{ClientInfo, Collector, CollectorSet, Transport};
use jiff::Timestamp;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::hooks::{Clock, Progress, RunPoint};
#[cfg(feature = "test-hooks")]
use crate::hooks::{Hooks, RunHooks};
use crate::spool::Spool;
use cep_core::Host;

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
    #[cfg(feature = "test-hooks")]
    hooks: Hooks,
    progress: Option<ProgressFn>,
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
            #[cfg(feature = "test-hooks")]
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

    /// Called at each [`RunPoint`](crate::RunPoint) of [`Agent::run`];
    /// tests use it to stop a run where a crash would. Only with the
    /// `test-hooks` feature.
    #[cfg(feature = "test-hooks")]
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
        let clock = self.clock;
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
            #[cfg(feature = "test-hooks")]
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
    #[cfg(feature = "test-hooks")]
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

/// The configured transport, without credentials.
#[derive(Debug, Clone, Serialize)]
pub struct TransportSummary {
    /// `file` or `http`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The path, or the URL and protocol.
    pub destination: String,
}

impl Agent {
    /// The time the Agent's clock reads.
    pub fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// The host to collect from: the fixture directory (whose external
    /// scripts still run as real processes), or this machine, with the
    /// configured command limits.
    pub(crate) fn host(&self) -> Result<Host> {
        let host = match &self.root {
            Some(dir) => Host::fixture(dir)?
                .with_file_runner(std::sync::Arc::new(cep_exec::LiveRunner::new())),
            None => cep_exec::live_host(),
        };
        Ok(host.with_limits(self.config.limits.command()))
    }

    /// [`Agent::host`], refused inside a container (as vzstats did): a
    /// container never reports, not even what a node left in its spool.
    pub(crate) fn node_host(&self) -> Result<Host> {
        let host = self.host()?;
        match cep_collectors::vz_host::container_check(&host) {
            Some(why) => Err(Error::InContainer(why)),
            None => Ok(host),
        }
    }

    /// Checks made before anything is collected for sending, spooled or
    /// sent: consent, then the in-container refusal. `Ok(Err(reason))`:
    /// reporting is off, touch nothing; `Ok(Ok(host))`: go on.
    pub(crate) fn preflight(&self) -> Result<std::result::Result<Host, String>> {
        let consent = self.consent();
        if !consent.enabled {
            return Ok(Err(format!(
                "reporting is disabled by {}",
                consent.decided_by
            )));
        }
        Ok(Ok(self.node_host()?))
    }

    /// The delivery spool under the state directory.
    pub(crate) fn spool(&self) -> Spool {
        Spool::new(&self.config.state_dir, self.config.spool)
    }

    /// The transport: the one given to the builder, else the configured
    /// one. Proxy settings in `wgetrc` and `yum.conf` are read from the
    /// parent of the sysconf directory (`/etc`).
    pub(crate) fn with_transport<T>(&self, f: impl FnOnce(&dyn Transport) -> T) -> Result<T> {
        if let Some(t) = self.transport.as_ref().or_else(|| self.configured.get()) {
            return Ok(f(t.as_ref()));
        }
        let t = cep_transport::build_labelled(
            &self.config.transport,
            &self.transport_env(),
            self.config.fleet.label.as_deref(),
        )?;
        Ok(f(self.configured.get_or_init(|| t).as_ref()))
    }

    /// Where the configured transport looks for proxy settings and keeps
    /// its state.
    pub(crate) fn transport_env(&self) -> cep_transport::Environment {
        let etc = self
            .paths
            .sysconf_dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("/etc"))
            .to_path_buf();
        cep_transport::Environment::from_process(etc, self.config.state_dir.clone())
    }

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

    /// Where the machine id is looked for (`machine_id_file`, else the
    /// defaults).
    fn machine_id_files(&self) -> Vec<PathBuf> {
        match &self.config.machine_id_file {
            Some(p) => vec![p.clone()],
            None => crate::config::DEFAULT_MACHINE_ID_FILES
                .iter()
                .map(PathBuf::from)
                .collect(),
        }
    }

    /// The host id (made on first use, adopted from vzstats, or remade
    /// when the machine changed), with a collect.log line saying how it
    /// was obtained.
    pub(crate) fn host_id_logged(&self) -> Result<(cep_core::uuid::Uuid, Option<String>)> {
        let (id, event) =
            load_or_create_bound_host_id(&self.identity_paths(true), &self.machine_id_files())?;
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

    /// The host id a report built for review carries (`show`, `collect`,
    /// `send --dry-run`), with its collect.log line, writing nothing: the
    /// id a report sent now would carry when it is known (stored, or the
    /// vzstats id it would adopt), else a temporary one, and the log says
    /// so.
    pub(crate) fn preview_host_id(&self) -> Result<(cep_core::uuid::Uuid, Option<String>)> {
        let peeked = peek_bound_host_id(&self.identity_paths(true), &self.machine_id_files())?;
        let why = match peeked {
            (Some(id), IdentityEvent::Loaded) => return Ok((id, None)),
            (Some(id), IdentityEvent::AdoptedLegacy(p)) => {
                let line = format!(
                    "identity: the vzstats host id from {} (the first report sent adopts it)",
                    p.display()
                );
                return Ok((id, Some(line)));
            }
            (_, IdentityEvent::ReplacedInvalid { reason })
            | (_, IdentityEvent::MachineChanged { reason }) => reason,
            _ => "no host id is stored yet".to_owned(),
        };
        let line = format!(
            "identity: {why}; this report carries a temporary id (the first report sent makes the host's own)"
        );
        Ok((cep_core::uuid::Uuid::new_v4(), Some(line)))
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
            self.policy_cache().refresh(self.now(), t, &rt);
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

    /// The state directory.
    pub fn state_dir(&self) -> &Path {
        &self.config.state_dir
    }

    pub(crate) fn tell(&self, p: Progress<'_>) {
        if let Some(f) = &self.progress {
            f(&p);
        }
    }

    /// The collection policy's cache in the state directory.
    pub(crate) fn policy_cache(&self) -> crate::policy::PolicyCache<'_> {
        crate::policy::PolicyCache {
            state_dir: &self.config.state_dir,
            expected: crate::policy::expected(&self.config.transport, self.transport.is_some()),
            whole: crate::policy::whole(&self.config.transport, self.transport.is_some()),
            keys: &self.config.policy.keys,
            deadline: self.config.transport.policy_timeout(),
        }
    }

    /// The policy the next report is built under, where it came from and
    /// why. Reads only the cache: no network.
    pub(crate) fn current_policy(&self) -> crate::policy::PolicyChoice {
        self.policy_cache().current()
    }

    /// The fields a report may carry under `policy`, by collector: the
    /// enabled collectors' declared fields that the policy lets out and
    /// their `never_send` does not keep here.
    pub(crate) fn candidate_fields(
        &self,
        policy: &cep_core::Policy,
    ) -> Result<std::collections::BTreeMap<String, std::collections::BTreeSet<String>>> {
        let mut out = std::collections::BTreeMap::new();
        for c in self.collectors()? {
            let never = &self.config.collector(c.id()).never_send;
            let fields: std::collections::BTreeSet<String> = c
                .fields()
                .into_iter()
                .map(|f| f.name.into_owned())
                .filter(|f| !never_kept(never, f) && policy.uses(c.id(), f))
                .collect();
            if !fields.is_empty() {
                out.insert(c.id().to_owned(), fields);
            }
        }
        Ok(out)
    }

    /// The fields new to this host that the next report withholds, with
    /// the date each starts (none when no policy applies). Reads only.
    pub(crate) fn waiting_fields(&self) -> Result<Vec<crate::notice::WaitingField>> {
        match self.current_policy().policy {
            Some(p) => Ok(self.notice_plan(&p, self.now())?.waiting),
            None => Ok(Vec::new()),
        }
    }

    /// `<state-dir>/fields.json`.
    pub(crate) fn fields_file(&self) -> PathBuf {
        self.config.state_dir.join(crate::notice::FIELDS_FILE)
    }

    /// What the notice withholds from a report built at `now` under
    /// `policy`, and the record to keep.
    pub(crate) fn notice_plan(
        &self,
        policy: &cep_core::Policy,
        now: Timestamp,
    ) -> Result<crate::notice::Plan> {
        let record = crate::notice::Record::load(&self.fields_file())?;
        Ok(crate::notice::plan(
            &record,
            &self.candidate_fields(policy)?,
            now,
            self.config.privacy.new_fields_notice,
        ))
    }

    /// Tells the run hooks (set only with the `test-hooks` feature) that
    /// a run is at `point`.
    pub(crate) fn reached(&self, point: RunPoint) {
        #[cfg(feature = "test-hooks")]
        if let Some(h) = &self.hooks {
            h.reached(point);
        }
        #[cfg(not(feature = "test-hooks"))]
        let _ = point;
    }
}

/// True when `field` is one of `never` or lies under one of them.
pub(crate) fn never_kept(never: &[String], field: &str) -> bool {
    never.iter().any(|n| {
        field == n || field.starts_with(&format!("{n}.")) || field.starts_with(&format!("{n}[]"))
    })
}

pub(crate) fn transport_summary(t: &crate::config::TransportConfig) -> TransportSummary {
    let (kind, destination) = t.summary();
    TransportSummary {
        kind: kind.to_owned(),
        destination,
    }
}

/// `<transport> to <destination>`.
pub(crate) fn describe(t: &dyn Transport) -> String {
    format!("{} to {}", t.name(), t.destination())
}
