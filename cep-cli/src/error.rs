//! The CLI's errors: each says what failed, where, and what to do.

use std::path::PathBuf;

/// What can make a `cep` command fail.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// From cep-core: host, config, identity, archive, transport.
    #[error(transparent)]
    Core(#[from] cep_core::Error),
    /// Setting up a transport.
    #[error(transparent)]
    Transport(#[from] cep_transport::Error),
    /// Building the report.
    #[error(transparent)]
    Pipeline(#[from] cep_core::PipelineError),
    /// A collector id in the configuration that does not exist.
    #[error("unknown collector `{id}` in [collectors] of {file}; `cep list` shows the ids")]
    UnknownCollector {
        /// The id.
        id: String,
        /// The configuration file.
        file: PathBuf,
    },
    /// cep was started inside an OpenVZ / Virtuozzo container.
    #[error("{0}")]
    InContainer(String),
    /// Writing an output file.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// Changing an opt-out marker.
    #[error(
        "cannot change the opt-out marker in {dir}: {source}; run as root or pass --sysconf-dir"
    )]
    Marker {
        /// The sysconf directory.
        dir: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        1
    }
}
