//! The Agent's settings as one JSON object, for programs that configure
//! cep from another language (the C ABI, the Python package) and for the
//! `cep` binary's global options: one place for their defaults.

use std::path::PathBuf;

use serde::Deserialize;

use crate::agent::{Agent, AgentBuilder};
use crate::error::{Error, Result};

/// Where the `cep` binary and the C ABI read the state directory from when
/// none is given.
pub const STATE_DIR_ENV: &str = "CEP_STATE_DIR";
/// Where they read the sysconf directory from when none is given.
pub const SYSCONF_DIR_ENV: &str = "CEP_SYSCONF_DIR";

/// The Agent's settings: `{"config": path, "sysconf_dir": path,
/// "state_dir": path, "root": fixture-host dir, "client": {"name": s,
/// "version": s}}`, every key optional. The defaults are the `cep`
/// command's: `CEP_SYSCONF_DIR`, else `/etc/vz`; `CEP_STATE_DIR`, else the
/// configuration's; this machine; client `cep` at this version.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentOptions {
    /// The configuration file (default `<sysconf_dir>/cep.toml`).
    pub config: Option<PathBuf>,
    /// Where cep.toml, the opt-out markers and the legacy settings live.
    pub sysconf_dir: Option<PathBuf>,
    /// The state directory: host id, spool, ledger, state.json.
    pub state_dir: Option<PathBuf>,
    /// A fixture host directory to collect from instead of this machine.
    pub root: Option<PathBuf>,
    /// The program that reports, as the manifest records it.
    pub client: Option<ClientOption>,
}

/// `client` of [`AgentOptions`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientOption {
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
}

impl AgentOptions {
    /// Reads the options from JSON text; an unknown key, a value of the
    /// wrong type or text that is not JSON is [`Error::Usage`], naming the
    /// key and the place.
    ///
    /// ```
    /// let o = cep::AgentOptions::from_json(r#"{"state_dir": "/tmp/cep", "client": {"name": "vzctl", "version": "7.0"}}"#)?;
    /// assert_eq!(o.state_dir.as_deref(), Some(std::path::Path::new("/tmp/cep")));
    /// let e = cep::AgentOptions::from_json(r#"{"statedir": "/tmp"}"#).unwrap_err();
    /// assert!(e.to_string().contains("unknown field `statedir`"), "{e}");
    /// # Ok::<(), cep::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<AgentOptions> {
        serde_json::from_str(text).map_err(|e| {
            Error::Usage(format!(
                "invalid Agent options: {e}; expected an object with any of config, sysconf_dir, state_dir, root, client {{name, version}}"
            ))
        })
    }

    /// A builder with these settings and the `cep` command's defaults for
    /// the rest.
    pub fn builder(&self) -> AgentBuilder {
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let mut b = Agent::builder();
        if let Some(d) = self
            .sysconf_dir
            .clone()
            .or_else(|| env(SYSCONF_DIR_ENV).map(PathBuf::from))
        {
            b = b.sysconf_dir(d);
        }
        if let Some(c) = &self.config {
            b = b.config_file(c);
        }
        if let Some(d) = self
            .state_dir
            .clone()
            .or_else(|| env(STATE_DIR_ENV).map(PathBuf::from))
        {
            b = b.state_dir(d);
        }
        if let Some(r) = &self.root {
            b = b.root(r);
        }
        if let Some(c) = &self.client {
            b = b.client(&c.name, &c.version);
        }
        b
    }
}
