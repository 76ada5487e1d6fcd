//! What every command needs: paths, configuration, the collector set.

use std::sync::Arc;

use cep_core::{Collector, Config, Host, Paths, RunOptions};

use crate::GlobalArgs;
use crate::error::CliError;

/// Loaded once per invocation.
pub struct Context {
    /// Where configuration and markers live.
    pub paths: Paths,
    /// The effective configuration.
    pub config: Config,
}

impl Context {
    /// Loads the configuration named by the global options.
    pub fn load(g: &GlobalArgs) -> Result<Context, CliError> {
        let paths = Paths {
            sysconf_dir: g.sysconf_dir.clone(),
            config_file: g.config.clone(),
        };
        let config = Config::load(&paths, g.state_dir.as_deref()).map_err(cep_core::Error::from)?;
        Ok(Context { paths, config })
    }

    /// Built-in collectors, minus those turned off in the configuration.
    /// An unknown id in `[collectors]` is an error.
    pub fn collectors(&self) -> Result<Vec<Arc<dyn Collector>>, CliError> {
        let all = cep_collectors::builtin();
        for id in self.config.collectors.keys() {
            if !all.iter().any(|c| c.id() == id) {
                return Err(CliError::UnknownCollector {
                    id: id.clone(),
                    file: self
                        .config
                        .file
                        .clone()
                        .unwrap_or_else(|| self.paths.config()),
                });
            }
        }
        Ok(all
            .into_iter()
            .filter(|c| self.config.collector(c.id()).enabled)
            .map(|c| {
                let timeout = self.config.collector(c.id()).timeout;
                match timeout {
                    Some(t) => Arc::new(WithTimeout(c, t)) as Arc<dyn Collector>,
                    None => c,
                }
            })
            .collect())
    }

    /// The host to collect from: a fixture directory, or this machine.
    pub fn host(&self, root: Option<&std::path::Path>) -> Result<Host, CliError> {
        let host = match root {
            Some(dir) => Host::fixture(dir).map_err(cep_core::Error::from)?,
            None => Host::live(),
        };
        Ok(host.with_limits(self.config.limits.command()))
    }

    /// Candidate machine id files, for binding the host id to this machine.
    pub fn machine_id_files(&self) -> Vec<std::path::PathBuf> {
        match &self.config.machine_id_file {
            Some(p) => vec![p.clone()],
            None => cep_core::config::DEFAULT_MACHINE_ID_FILES
                .iter()
                .map(std::path::PathBuf::from)
                .collect(),
        }
    }

    /// The run state file.
    pub fn state_file(&self) -> std::path::PathBuf {
        self.config.state_dir.join(cep_core::state::STATE_FILE)
    }

    /// The delivery spool under the state directory.
    pub fn spool(&self) -> cep_core::Spool {
        cep_core::Spool::new(&self.config.state_dir, self.config.spool)
    }

    /// The configured transport. Proxy settings in `wgetrc` and `yum.conf`
    /// are read from the parent of the sysconf directory (`/etc`).
    pub fn transport(&self) -> Result<Box<dyn cep_core::Transport>, CliError> {
        let etc = self
            .paths
            .sysconf_dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("/etc"))
            .to_path_buf();
        let env = cep_transport::Environment::from_process(etc, self.config.state_dir.clone());
        Ok(cep_transport::build_with(&self.config.transport, &env)?)
    }

    /// Where external collector scripts live and their limits.
    pub fn script_settings(&self) -> cep_collectors::scripts::ScriptSettings {
        let s = &self.config.scripts;
        cep_collectors::scripts::ScriptSettings {
            dirs: s
                .dirs
                .iter()
                .map(|d| d.to_string_lossy().into_owned())
                .collect(),
            limits: cep_core::CommandLimits {
                timeout: s.timeout,
                grace: self.config.limits.command_grace,
                output_cap: s.output_bytes,
            },
        }
    }

    /// Runner options from the configuration.
    pub fn run_options(&self) -> RunOptions {
        RunOptions {
            deadline: self.config.limits.collector_timeout,
            ..RunOptions::default()
        }
    }
}

/// A collector with a deadline set in the configuration.
struct WithTimeout(Arc<dyn Collector>, std::time::Duration);

impl Collector for WithTimeout {
    fn id(&self) -> &str {
        self.0.id()
    }
    fn describe(&self) -> &str {
        self.0.describe()
    }
    fn collect(&self, host: &Host) -> Result<cep_core::Section, cep_core::CollectError> {
        self.0.collect(host)
    }
    fn fields(&self) -> Vec<cep_core::Field> {
        self.0.fields()
    }
    fn schedule(&self) -> cep_core::Schedule {
        self.0.schedule()
    }
    fn timeout(&self) -> Option<std::time::Duration> {
        Some(self.1)
    }
}
