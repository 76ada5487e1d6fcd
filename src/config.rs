//! Configuration: `/etc/vz/cep.toml` (or `--config FILE`), with the settings
//! of the programs cep succeeds adopted when present, so existing hosts keep
//! them: `/etc/vz/disp_helper.json` (`report_period`, `protocol`) and
//! `/etc/vz/vzstats.conf` (`URL`, `SUBMIT_URL`). cep.toml wins.
//!
//! Parse, validate, build: every error surfaces here, at load time, naming
//! the file and the key, never in the middle of a run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use cep_core::CommandLimits;
use cep_core::host::parse_shell_vars;
pub use cep_transport::config::{
    HttpConfig, Protocol, RetrySettings, TransportConfig, duration_str, opt_duration_str,
    redact_credentials,
};

use crate::schedule::Schedule;

/// Default directory of cep's and the legacy programs' configuration.
pub const DEFAULT_SYSCONF_DIR: &str = "/etc/vz";
/// State directory when running as root.
pub const DEFAULT_STATE_DIR: &str = "/var/lib/cep";
/// Default `schedule_spread`: each host shifts its slots by up to this much.
pub const DEFAULT_SCHEDULE_SPREAD: Duration = Duration::from_secs(2 * 3600);
/// Largest `schedule_spread` accepted (a slot may move by half a day).
pub const MAX_SCHEDULE_SPREAD: Duration = Duration::from_secs(12 * 3600);
/// Default `[privacy] new_fields_notice`: two weeks.
pub const DEFAULT_NEW_FIELDS_NOTICE: Duration = Duration::from_secs(14 * 86_400);
/// Where the machine id is looked for when `machine_id_file` is not set:
/// systemd's, then D-Bus's (older systems).
pub const DEFAULT_MACHINE_ID_FILES: [&str; 2] = ["/etc/machine-id", "/var/lib/dbus/machine-id"];

/// Configuration errors; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file given with `--config` does not exist or cannot be read.
    #[error("cannot read the configuration {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// Syntax error, unknown key or wrong type. A TOML error keeps the
    /// toml crate's lines: the position, the line with a caret under the
    /// key, and what is wrong.
    #[error("invalid configuration {path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the key (and line, where known).
        message: String,
    },
}

/// Where cep finds its configuration and the legacy files: the system
/// configuration directory (`/etc/vz`; `--sysconf-dir` or `CEP_SYSCONF_DIR`
/// for tests and unprivileged trials) and the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// `/etc/vz` by default.
    pub sysconf_dir: PathBuf,
    /// `--config FILE`: must exist when given.
    pub config_file: Option<PathBuf>,
}

impl Default for Paths {
    fn default() -> Self {
        Paths {
            sysconf_dir: PathBuf::from(DEFAULT_SYSCONF_DIR),
            config_file: None,
        }
    }
}

impl Paths {
    /// The cep.toml in use.
    pub fn config(&self) -> PathBuf {
        self.config_file
            .clone()
            .unwrap_or_else(|| self.sysconf_dir.join("cep.toml"))
    }
    /// disp-helper's JSON configuration.
    pub fn disp_helper_json(&self) -> PathBuf {
        self.sysconf_dir.join("disp_helper.json")
    }
    /// vzstats' configuration.
    pub fn vzstats_conf(&self) -> PathBuf {
        self.sysconf_dir.join("vzstats.conf")
    }
    /// vzstats' host id file.
    pub fn vzstats_uuid(&self) -> PathBuf {
        self.sysconf_dir.join(".vzstats-uuid")
    }
    /// cep's opt-out marker.
    pub fn cep_disable(&self) -> PathBuf {
        self.sysconf_dir.join("cep-disable")
    }
    /// vzstats' opt-out marker.
    pub fn vzstats_disable(&self) -> PathBuf {
        self.sysconf_dir.join("vzstats-disable")
    }
}

/// Timeouts and caps for a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Per external command.
    #[serde(with = "duration_str")]
    pub command_timeout: Duration,
    /// Between TERM and KILL.
    #[serde(with = "duration_str")]
    pub command_grace: Duration,
    /// Bytes kept of a command's stdout (and of its stderr).
    pub command_output_bytes: usize,
    /// Per collector.
    #[serde(with = "duration_str")]
    pub collector_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        let c = CommandLimits::default();
        Limits {
            command_timeout: c.timeout,
            command_grace: c.grace,
            command_output_bytes: c.output_cap,
            collector_timeout: Duration::from_secs(60),
        }
    }
}

impl Limits {
    /// The command part.
    pub fn command(&self) -> CommandLimits {
        CommandLimits {
            timeout: self.command_timeout,
            grace: self.command_grace,
            output_cap: self.command_output_bytes,
        }
    }
}

/// Bounds of the delivery spool (`[spool]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SpoolSettings {
    /// Most reports kept waiting; beyond it the oldest is dropped.
    pub max_reports: usize,
    /// Most bytes kept waiting; beyond it the oldest is dropped.
    pub max_bytes: u64,
}

impl Default for SpoolSettings {
    fn default() -> Self {
        SpoolSettings {
            max_reports: 50,
            max_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Per-collector settings (`[collectors."hw.cpu"]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectorSettings {
    /// Off: the collector never runs.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Overrides the default slot.
    #[serde(default, with = "crate::schedule::opt_text")]
    pub schedule: Option<Schedule>,
    /// Overrides the collector deadline.
    #[serde(default, with = "opt_duration_str")]
    pub timeout: Option<Duration>,
    /// Fields of this collector (paths as in docs/DATA.md) that never
    /// leave the host, whatever the policy asks (`cep never-send`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub never_send: Vec<String>,
}

fn yes() -> bool {
    true
}

impl Default for CollectorSettings {
    fn default() -> Self {
        CollectorSettings {
            enabled: true,
            schedule: None,
            timeout: None,
            never_send: Vec::new(),
        }
    }
}

/// External collector scripts (`[scripts]`): vzstats-compatible
/// plug-ins whose stdout becomes a `scripts.<name>.txt` section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScriptsConfig {
    /// Directories searched, in order; each file in lexical order.
    pub dirs: Vec<PathBuf>,
    /// Per script; TERM when it passes, KILL after `limits.command_grace`.
    #[serde(with = "duration_str")]
    pub timeout: Duration,
    /// Bytes kept of a script's stdout (and of its stderr); more is cut
    /// and marked `truncated` in the manifest.
    pub output_bytes: usize,
    /// When `cep run` runs the scripts (all of them, as one unit).
    #[serde(with = "crate::schedule::as_text")]
    pub schedule: Schedule,
}

impl ScriptsConfig {
    /// The scripts as a collector set; `grace` is the wait between TERM
    /// and KILL (`limits.command_grace`).
    pub fn scripts(&self, grace: Duration) -> cep_collectors::scripts::Scripts {
        cep_collectors::scripts::Scripts::new(
            self.dirs
                .iter()
                .map(|d| d.to_string_lossy().into_owned())
                .collect(),
            CommandLimits {
                timeout: self.timeout,
                grace,
                output_cap: self.output_bytes,
            },
            self.schedule,
        )
    }
}

impl Default for ScriptsConfig {
    fn default() -> Self {
        ScriptsConfig {
            dirs: vec![
                PathBuf::from("/usr/libexec/cep/collectors.d"),
                PathBuf::from("/usr/libexec/vzstats"),
            ],
            timeout: Duration::from_secs(30),
            output_bytes: 1024 * 1024,
            // The CEP plan's "miscellaneous" slot.
            schedule: crate::schedule::Schedule::slot(
                crate::schedule::Weekday::Fri,
                crate::schedule::Meal::Dinner,
            ),
        }
    }
}

/// cep.toml as written; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    enabled: Option<bool>,
    state_dir: Option<PathBuf>,
    host_id_file: Option<PathBuf>,
    #[serde(default, with = "opt_duration_str")]
    report_period: Option<Duration>,
    transport: Option<TransportConfig>,
    limits: Option<Limits>,
    #[serde(default, with = "opt_duration_str")]
    schedule_spread: Option<Duration>,
    machine_id_file: Option<PathBuf>,
    spool: Option<SpoolSettings>,
    retry: Option<RetrySettings>,
    #[serde(default)]
    collectors: BTreeMap<String, CollectorSettings>,
    scripts: Option<ScriptsConfig>,
    privacy: Option<PrivacySettings>,
    policy: Option<PolicySettings>,
    fleet: Option<FleetSettings>,
}

/// `[fleet]` in cep.toml: how a provider's relay names this host.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetSettings {
    /// A name for this host on the fleet view of the provider's relay
    /// (1 to 64 ASCII letters, digits, `.`, `_`, `-`). Sent as the
    /// `Cep-Fleet-Label` header with every upload to the configured
    /// server, never in a report; a relay keeps it and never forwards it,
    /// other servers ignore it.
    #[serde(default)]
    pub label: Option<String>,
}

/// `[policy]` in cep.toml: whose collection policy this host trusts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicySettings {
    /// Public keys (`ed25519:<base64>`, as `cep-server keygen` prints
    /// them). When any is set, a policy is used only if one of them signed
    /// exactly the bytes the server served; else the cached or built-in
    /// policy applies.
    #[serde(default)]
    pub keys: Vec<cep_core::signing::PolicyKey>,
}

/// How long a field new to this host waits before it is sent
/// (`[privacy] new_fields_notice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewFieldsNotice {
    /// Sent this long after it was first seen (`"14d"`; `"0"`: at once).
    After(Duration),
    /// Sent once `cep accept` clears it (`"hold"`).
    Hold,
}

impl Default for NewFieldsNotice {
    fn default() -> Self {
        NewFieldsNotice::After(DEFAULT_NEW_FIELDS_NOTICE)
    }
}

impl<'de> Deserialize<'de> for NewFieldsNotice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        match text.trim() {
            "hold" => Ok(NewFieldsNotice::Hold),
            t => humantime::parse_duration(t)
                .map(NewFieldsNotice::After)
                .map_err(|e| {
                    serde::de::Error::custom(format!(
                        "`{text}` is not a notice period ({e}); write e.g. \"14d\", \"0\" (send at once) or \"hold\" (wait for `cep accept`)"
                    ))
                }),
        }
    }
}

impl std::fmt::Display for NewFieldsNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewFieldsNotice::Hold => f.write_str("hold"),
            NewFieldsNotice::After(d) if d.is_zero() => f.write_str("0"),
            NewFieldsNotice::After(d) => write!(f, "{}", humantime::format_duration(*d)),
        }
    }
}

/// `[privacy]` in cep.toml.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacySettings {
    /// Strings that must never leave the host, matched anywhere and in any
    /// case; `*` (any run of characters other than white space and quotes)
    /// and `?` (one such character) make an entry a glob. The scrubber
    /// replaces them with `<private>` and the tripwire stops a report that
    /// still holds one.
    #[serde(default)]
    pub never_send: Vec<String>,
    /// How long a field new to this host is withheld before it is sent.
    #[serde(default)]
    pub new_fields_notice: NewFieldsNotice,
}

/// The effective configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The cep.toml that was read, if any.
    pub file: Option<PathBuf>,
    /// `enabled` as set in cep.toml; `None` when not set there.
    pub enabled: Option<bool>,
    /// State directory (host id, spool, ledger).
    pub state_dir: PathBuf,
    /// Host id file.
    pub host_id_file: PathBuf,
    /// How often reports go out (disp-helper's `report_period`).
    pub report_period: Option<Duration>,
    /// Transport.
    pub transport: TransportConfig,
    /// Timeouts and caps.
    pub limits: Limits,
    /// Spool bounds.
    pub spool: SpoolSettings,
    /// Retries within a run.
    pub retry: RetrySettings,
    /// External collector scripts.
    pub scripts: ScriptsConfig,
    /// `[privacy]`: the administrator's own never-send list and the
    /// notice period of new fields.
    pub privacy: PrivacySettings,
    /// `[policy]`: the keys a collection policy must be signed with.
    pub policy: PolicySettings,
    /// `[fleet]`: this host's label for a provider's relay.
    pub fleet: FleetSettings,
    /// Per-collector settings; absent ids use defaults.
    pub collectors: BTreeMap<String, CollectorSettings>,
    /// Each host shifts its calendar slots by a stable offset within
    /// `-spread..=spread` (`schedule_spread`, default 2h).
    pub schedule_spread: Duration,
    /// The machine id file the host id is bound to (`machine_id_file`);
    /// `None`: the first of [`DEFAULT_MACHINE_ID_FILES`] that exists.
    pub machine_id_file: Option<PathBuf>,
    /// Where settings came from other than cep.toml, and legacy files that
    /// were ignored, one line each (for `cep status` and collect.log).
    pub notes: Vec<String>,
}

impl Config {
    /// Loads the configuration. `state_dir` (from `--state-dir` or
    /// `CEP_STATE_DIR`) overrides the file's.
    pub fn load(paths: &Paths, state_dir: Option<&Path>) -> Result<Config, ConfigError> {
        let file = paths.config();
        let raw = match std::fs::read_to_string(&file) {
            Ok(text) => {
                Some(
                    toml::from_str::<RawConfig>(&text).map_err(|e| ConfigError::Invalid {
                        path: file.clone(),
                        // toml's own lines (position, the line quoted with a
                        // caret under the key, what is wrong), whose quoted
                        // line may be the URL.
                        message: redact_credentials(e.to_string().trim_end()),
                    })?,
                )
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && paths.config_file.is_none() => {
                None
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: file.clone(),
                    source,
                });
            }
        };
        let read = raw.is_some();
        let raw = raw.unwrap_or_default();
        let mut notes = Vec::new();
        let legacy = Legacy::read(paths, &mut notes);

        let state_dir = state_dir
            .map(Path::to_path_buf)
            .or(raw.state_dir)
            .unwrap_or_else(default_state_dir);
        let host_id_file = raw
            .host_id_file
            .unwrap_or_else(|| state_dir.join("host-id"));
        let transport = match raw.transport {
            Some(t) => t,
            None => match legacy.transport {
                Some((t, note)) => {
                    notes.push(note);
                    t
                }
                None => TransportConfig::default(),
            },
        };
        let report_period = raw.report_period.or_else(|| {
            legacy.report_period.map(|(d, note)| {
                notes.push(note);
                d
            })
        });
        if let TransportConfig::Http(HttpConfig { url, .. }) = &transport
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(ConfigError::Invalid {
                path: file,
                message: format!("transport.url `{url}` must start with http:// or https://"),
            });
        }
        let fleet = raw.fleet.unwrap_or_default();
        if let Some(label) = &fleet.label
            && let Err(why) = cep_core::transport::fleet_label(label)
        {
            return Err(ConfigError::Invalid {
                path: file,
                message: format!("fleet.label `{label}`: {why}; e.g. label = \"hv17\""),
            });
        }
        let schedule_spread = raw.schedule_spread.unwrap_or(DEFAULT_SCHEDULE_SPREAD);
        if schedule_spread > MAX_SCHEDULE_SPREAD {
            return Err(ConfigError::Invalid {
                path: file,
                message: format!(
                    "schedule_spread `{}` is more than {}; write e.g. \"2h\", or \"0s\" for none",
                    humantime::format_duration(schedule_spread),
                    humantime::format_duration(MAX_SCHEDULE_SPREAD)
                ),
            });
        }
        Ok(Config {
            file: read.then_some(file),
            enabled: raw.enabled,
            state_dir,
            host_id_file,
            report_period,
            transport,
            limits: raw.limits.unwrap_or_default(),
            spool: raw.spool.unwrap_or_default(),
            retry: raw.retry.unwrap_or_default(),
            collectors: raw.collectors,
            schedule_spread,
            machine_id_file: raw.machine_id_file,
            scripts: raw.scripts.unwrap_or_default(),
            privacy: raw.privacy.unwrap_or_default(),
            policy: raw.policy.unwrap_or_default(),
            fleet,
            // Notes go into status output and every report's collect.log.
            notes: notes.iter().map(|n| redact_credentials(n)).collect(),
        })
    }

    /// Settings of one collector (defaults when not configured).
    pub fn collector(&self, id: &str) -> CollectorSettings {
        self.collectors.get(id).cloned().unwrap_or_default()
    }
}

/// `/var/lib/cep` for root; otherwise `$XDG_STATE_HOME/cep` or
/// `~/.local/state/cep`, so an unprivileged trial run works.
pub fn default_state_dir() -> PathBuf {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    if euid == 0 {
        return PathBuf::from(DEFAULT_STATE_DIR);
    }
    if let Some(x) = std::env::var_os("XDG_STATE_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("cep");
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/state/cep"),
        None => PathBuf::from(DEFAULT_STATE_DIR),
    }
}

/// What the legacy files say.
#[derive(Default)]
struct Legacy {
    transport: Option<(TransportConfig, String)>,
    report_period: Option<(Duration, String)>,
}

impl Legacy {
    fn read(paths: &Paths, notes: &mut Vec<String>) -> Legacy {
        let mut out = Legacy::default();
        let disp = paths.disp_helper_json();
        match std::fs::read_to_string(&disp) {
            Ok(text) => match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(v) => {
                    if let Some(p) = v.get("report_period").and_then(|p| p.as_str()) {
                        match humantime::parse_duration(p.trim()) {
                            Ok(d) => {
                                out.report_period =
                                    Some((d, format!("report_period {p} from {}", disp.display())))
                            }
                            Err(e) => notes.push(format!(
                                "ignored report_period `{p}` in {}: {e}",
                                disp.display()
                            )),
                        }
                    }
                    match v.get("protocol").and_then(|p| p.as_str()) {
                        Some(p) if p.eq_ignore_ascii_case("file") => {
                            out.transport = Some((
                                TransportConfig::default(),
                                format!("transport file (protocol FILE) from {}", disp.display()),
                            ))
                        }
                        Some(p) if p.eq_ignore_ascii_case("http") => {
                            match v.get("url").and_then(|u| u.as_str()) {
                                Some(url) => {
                                    out.transport = Some((
                                        http(url, Protocol::Disp),
                                        format!("transport http {url} (protocol HTTP) from {}", disp.display()),
                                    ))
                                }
                                None => notes.push(format!(
                                    "ignored protocol HTTP in {}: it names no url; set [transport] in cep.toml",
                                    disp.display()
                                )),
                            }
                        }
                        Some(p) => notes.push(format!(
                            "ignored protocol `{p}` in {}: expected FILE or HTTP",
                            disp.display()
                        )),
                        None => {}
                    }
                }
                Err(e) => notes.push(format!("ignored {}: not valid JSON ({e})", disp.display())),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => notes.push(format!("ignored {}: {e}", disp.display())),
        }
        if out.transport.is_none() {
            let conf = paths.vzstats_conf();
            match std::fs::read_to_string(&conf) {
                Ok(text) => {
                    let vars = parse_shell_vars(&text);
                    let base = vars
                        .get("SUBMIT_URL")
                        .and_then(|s| s.strip_suffix("/submit.php").map(str::to_owned))
                        .or_else(|| vars.get("URL").cloned())
                        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
                    if let Some(url) = base {
                        out.transport = Some((
                            http(&url, Protocol::Vzstats),
                            format!(
                                "transport http {url} (vzstats protocol) from {}",
                                conf.display()
                            ),
                        ));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => notes.push(format!("ignored {}: {e}", conf.display())),
            }
        }
        out
    }
}

fn http(url: &str, protocol: Protocol) -> TransportConfig {
    TransportConfig::Http(HttpConfig::new(url, protocol))
}

#[cfg(test)]
mod tests {
    #[test]
    fn credentials_never_show() {
        let cases = [
            (
                "http://user:password@host:8080/x?q=1",
                "http://host:8080/x?q=1",
            ),
            ("https://u@h", "https://h"),
            (
                "proxy http://a:b@p:3128 and https://c:d@s/ (x)",
                "proxy http://p:3128 and https://s/ (x)",
            ),
            ("no url here", "no url here"),
            ("http://h/p@q", "http://h/p@q"),
            ("\"url\":\"http://u:p@w@h\"", "\"url\":\"http://h\""),
        ];
        for (input, want) in cases {
            assert_eq!(redact_credentials(input), want, "{input}");
        }
        let t = TransportConfig::Http(HttpConfig {
            url: "https://user:s3cret@stats.example.org/base".into(),
            protocol: Protocol::Vzstats,
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
            policy_timeout: Duration::from_secs(5),
            ca_file: None,
            proxy: None,
            id_from_server: false,
        });
        assert_eq!(
            t.summary(),
            (
                "http",
                "https://stats.example.org/base (vzstats)".to_owned()
            )
        );
    }

    use super::*;

    fn paths(dir: &Path) -> Paths {
        Paths {
            sysconf_dir: dir.to_owned(),
            config_file: None,
        }
    }

    #[test]
    fn a_fleet_label_is_read_and_checked() {
        let d = tempfile::tempdir().unwrap();
        let load = |text: &str| {
            std::fs::write(d.path().join("cep.toml"), text).unwrap();
            Config::load(&paths(d.path()), Some(Path::new("/tmp/st")))
        };
        let c = load("[fleet]\nlabel = \"hv17.rack-3\"\n").unwrap();
        assert_eq!(c.fleet.label.as_deref(), Some("hv17.rack-3"));
        assert_eq!(load("").unwrap().fleet, FleetSettings::default());
        let e = load("[fleet]\nlabel = \"hv 17\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("cep.toml")
                && e.contains("fleet.label `hv 17`")
                && e.contains("letters, digits"),
            "{e}"
        );
        let long = "x".repeat(65);
        let e = load(&format!("[fleet]\nlabel = \"{long}\"\n"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("1 to 64 characters, not 65"), "{e}");
        let e = load("[fleet]\nname = \"hv17\"\n").unwrap_err().to_string();
        assert!(e.contains("unknown field `name`"), "{e}");
    }

    #[test]
    fn defaults_without_any_file() {
        let d = tempfile::tempdir().unwrap();
        let c = Config::load(&paths(d.path()), Some(Path::new("/tmp/st"))).unwrap();
        assert_eq!(c.file, None);
        assert_eq!(c.enabled, None);
        assert_eq!(c.state_dir, PathBuf::from("/tmp/st"));
        assert_eq!(c.host_id_file, PathBuf::from("/tmp/st/host-id"));
        assert_eq!(c.transport, TransportConfig::default());
        assert_eq!(c.limits, Limits::default());
        assert_eq!(c.schedule_spread, Duration::from_secs(7200));
        assert_eq!(c.machine_id_file, None);
        assert_eq!(
            c.spool,
            SpoolSettings {
                max_reports: 50,
                max_bytes: 20 * 1024 * 1024
            }
        );
        assert_eq!(
            c.retry,
            RetrySettings {
                initial: Duration::from_secs(1),
                max: Duration::from_secs(60),
                budget: Duration::from_secs(120)
            }
        );
        assert!(c.notes.is_empty());
    }

    #[test]
    fn reads_every_key() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("cep.toml"),
            r#"
enabled = false
state_dir = "/srv/cep"
report_period = "1h"
schedule_spread = "30m"
machine_id_file = "/srv/machine-id"

[transport]
type = "http"
url = "https://stats.example.org/"
protocol = "vzstats"
timeout = "45s"
policy_timeout = "2s"

[limits]
command_timeout = "5s"

[collectors."hw.disks"]
enabled = false
[collectors."hw.cpu"]
schedule = "daily 13:00"
timeout = "3s"
"#,
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.file, Some(d.path().join("cep.toml")));
        assert_eq!(c.enabled, Some(false));
        assert_eq!(c.state_dir, PathBuf::from("/srv/cep"));
        assert_eq!(c.report_period, Some(Duration::from_secs(3600)));
        assert_eq!(c.schedule_spread, Duration::from_secs(1800));
        assert_eq!(c.machine_id_file, Some(PathBuf::from("/srv/machine-id")));
        assert_eq!(
            c.transport,
            TransportConfig::Http(HttpConfig {
                url: "https://stats.example.org/".into(),
                protocol: Protocol::Vzstats,
                connect_timeout: Duration::from_secs(30),
                timeout: Duration::from_secs(45),
                policy_timeout: Duration::from_secs(2),
                ca_file: None,
                proxy: None,
                id_from_server: false,
            })
        );
        assert_eq!(c.spool, SpoolSettings::default());
        assert_eq!(c.retry, RetrySettings::default());
        assert_eq!(c.limits.command_timeout, Duration::from_secs(5));
        assert_eq!(c.limits.collector_timeout, Duration::from_secs(60));
        assert!(!c.collector("hw.disks").enabled);
        assert_eq!(
            c.collector("hw.cpu").schedule,
            Some(crate::schedule::parse("daily 13:00").unwrap())
        );
        assert_eq!(c.collector("hw.cpu").timeout, Some(Duration::from_secs(3)));
        assert!(c.collector("os.kernel").enabled);
    }

    fn load_err(text: &str) -> String {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("cep.toml"), text).unwrap();
        Config::load(&paths(d.path()), None)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_syntax_error_on_the_url_line_does_not_quote_its_password() {
        let e = load_err("[transport]\ntype = \"http\"\nurl = http://u:s3cret@stats.example\n");
        assert!(e.contains("http://stats.example"), "{e}");
        assert!(!e.contains("s3cret"), "{e}");
    }

    #[test]
    fn privacy_never_send() {
        let d = tempfile::tempdir().unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert!(c.privacy.never_send.is_empty());
        std::fs::write(
            d.path().join("cep.toml"),
            "[privacy]\nnever_send = [\"Nightingale\", \"acme-*-prod\"]\n",
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.privacy.never_send, vec!["Nightingale", "acme-*-prod"]);
        std::fs::write(d.path().join("cep.toml"), "[privacy]\nnever = 1\n").unwrap();
        let e = Config::load(&paths(d.path()), None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field `never`"), "{e}");
    }

    #[test]
    fn scripts_table() {
        let d = tempfile::tempdir().unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.scripts, ScriptsConfig::default());
        assert_eq!(c.scripts.timeout, Duration::from_secs(30));
        assert_eq!(c.scripts.output_bytes, 1 << 20);
        std::fs::write(
            d.path().join("cep.toml"),
            "[scripts]\ndirs = [\"/opt/stats.d\"]\ntimeout = \"5s\"\n",
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.scripts.dirs, vec![PathBuf::from("/opt/stats.d")]);
        assert_eq!(c.scripts.timeout, Duration::from_secs(5));
        assert_eq!(c.scripts.output_bytes, 1 << 20);
        let e = load_err("[scripts]\ntimout = \"5s\"\n");
        assert!(e.contains("cep.toml") && e.contains("timout"), "{e}");
    }

    #[test]
    fn errors_name_the_file_and_the_key() {
        let e = load_err("enabeld = true\n");
        assert!(e.contains("cep.toml") && e.contains("enabeld"), "{e}");
        let e = load_err("[transport]\ntype = \"file\"\npaht = \"/x\"\n");
        assert!(e.contains("paht"), "{e}");
        // The HTTP settings are a struct of their own; unknown keys are
        // still refused by name.
        let e = load_err("[transport]\ntype = \"http\"\nurl = \"https://x\"\nca_fiel = \"/c\"\n");
        assert!(e.contains("ca_fiel") && e.contains("ca_file"), "{e}");
        let e = load_err("[collectors.\"hw.cpu\"]\nschedule = \"hourly\"\n");
        assert!(
            e.contains("hourly") && e.contains("weekly mon 08:00"),
            "{e}"
        );
        let e = load_err("[limits]\ncommand_timeout = \"soon\"\n");
        assert!(e.contains("soon"), "{e}");
        let e = load_err("enabled = \n");
        assert!(e.contains("cep.toml"), "{e}");
        let e = load_err("[transport]\ntype = \"http\"\nurl = \"ftp://x\"\n");
        assert!(e.contains("transport.url"), "{e}");
        let e = load_err("schedule_spread = \"13h\"\n");
        assert!(
            e.contains("schedule_spread `13h`") && e.contains("12h"),
            "{e}"
        );
    }

    #[test]
    fn reads_spool_retry_and_http_delivery_keys() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("cep.toml"),
            r#"
[transport]
type = "http"
url = "http://127.0.0.1:8080"
ca_file = "/etc/vz/cep-ca.pem"
proxy = "http://proxy.example:3128"
id_from_server = true

[spool]
max_reports = 3

[retry]
initial = "10ms"
budget = "5s"
"#,
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        match &c.transport {
            TransportConfig::Http(HttpConfig {
                ca_file,
                proxy,
                id_from_server,
                ..
            }) => {
                assert_eq!(ca_file.as_deref(), Some(Path::new("/etc/vz/cep-ca.pem")));
                assert_eq!(proxy.as_deref(), Some("http://proxy.example:3128"));
                assert!(*id_from_server);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(c.spool.max_reports, 3);
        assert_eq!(c.spool.max_bytes, 20 * 1024 * 1024);
        assert_eq!(c.retry.initial, Duration::from_millis(10));
        assert_eq!(c.retry.max, Duration::from_secs(60));
        assert_eq!(c.retry.budget, Duration::from_secs(5));
        let e = load_err(
            "[spool]
max_report = 3
",
        );
        assert!(e.contains("max_report"), "{e}");
    }

    #[test]
    fn explicit_missing_config_is_an_error() {
        let d = tempfile::tempdir().unwrap();
        let p = Paths {
            sysconf_dir: d.path().into(),
            config_file: Some(d.path().join("nope.toml")),
        };
        let e = Config::load(&p, None).unwrap_err().to_string();
        assert!(e.contains("nope.toml"), "{e}");
    }

    #[test]
    fn adopts_legacy_settings_and_cep_toml_wins() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("vzstats.conf"),
            "REP_DIR=/usr/libexec/vzstats\nURL=https://stats.openvz.org\nSUBMIT_URL=$URL/submit.php\nGET_ID_URL=${URL}/genuuid.php\n",
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        match &c.transport {
            TransportConfig::Http(HttpConfig { url, protocol, .. }) => {
                assert_eq!(url, "https://stats.openvz.org");
                assert_eq!(*protocol, Protocol::Vzstats);
            }
            other => panic!("{other:?}"),
        }
        assert!(c.notes[0].contains("vzstats.conf"), "{:?}", c.notes);

        std::fs::write(
            d.path().join("disp_helper.json"),
            r#"{"report_period": "15m", "protocol": "FILE", "other": 1}"#,
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.transport, TransportConfig::default());
        assert_eq!(c.report_period, Some(Duration::from_secs(900)));

        std::fs::write(
            d.path().join("cep.toml"),
            "report_period = \"30m\"\n[transport]\ntype = \"file\"\npath = \"/tmp/r.tgz\"\n",
        )
        .unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.report_period, Some(Duration::from_secs(1800)));
        assert_eq!(
            c.transport,
            TransportConfig::File {
                path: "/tmp/r.tgz".into(),
                keep: 0
            }
        );
    }

    #[test]
    fn broken_legacy_file_is_noted_not_fatal() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("disp_helper.json"), "{not json").unwrap();
        let c = Config::load(&paths(d.path()), None).unwrap();
        assert_eq!(c.transport, TransportConfig::default());
        assert!(c.notes[0].starts_with("ignored") && c.notes[0].contains("disp_helper.json"));
    }

    #[test]
    fn shell_vars() {
        let v = parse_shell_vars("# c\nA=1\nB=\"$A-x\"\nC='$A'\nexport D=${A}y # note\nbad line\n");
        assert_eq!(v["A"], "1");
        assert_eq!(v["B"], "1-x");
        assert_eq!(v["C"], "$A");
        assert_eq!(v["D"], "1y");
        assert_eq!(v.len(), 4);
    }
}
