//! The facade's one error type: what can stop an [`Agent`](crate::Agent)
//! call, each message saying what failed, where, and what to do.

use std::path::PathBuf;

/// What can make an [`Agent`](crate::Agent) call fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// From cep-core: host, archive, command, privacy guard, sealing.
    #[error(transparent)]
    Core(#[from] cep_core::Error),
    /// The configuration.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// The host id.
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    /// The run state (state.json).
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    /// The record of sent fields (fields.json).
    #[error(transparent)]
    Fields(#[from] crate::notice::FieldsError),
    /// The delivery spool.
    #[error(transparent)]
    Spool(#[from] crate::spool::SpoolError),
    /// One spooled report that cannot be loaded.
    #[error(transparent)]
    Load(#[from] crate::spool::LoadError),
    /// The ledger of sent reports.
    #[error(transparent)]
    Ledger(#[from] crate::ledger::LedgerError),
    /// Setting up a transport.
    #[error(transparent)]
    Transport(#[from] cep_transport::Error),
    /// A collector id in the configuration that does not exist.
    #[error("unknown collector `{id}` in [collectors] of {file}; `cep list` shows the ids")]
    UnknownCollector {
        /// The id.
        id: String,
        /// The configuration file.
        file: PathBuf,
    },
    /// Two collectors registered on the Agent with one id.
    #[error("collector id `{0}` is registered twice; each collector needs an id of its own")]
    DuplicateCollector(String),
    /// cep was started inside an OpenVZ / Virtuozzo container.
    #[error("{0}")]
    InContainer(String),
    /// Writing an output file or the run lock.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The server refused reports for good.
    #[error(
        "{count} report(s) rejected by the server and moved to {dir}; `cep spool` shows the server's reasons"
    )]
    Rejected {
        /// How many.
        count: usize,
        /// `spool/rejected`.
        dir: PathBuf,
    },
    /// Delivery cannot work as configured; the reports stay in the spool.
    #[error("{error}; the reports stay in the spool: fix the configuration, then run `cep flush`")]
    Delivery {
        /// What failed.
        error: cep_core::TransportError,
    },
    /// The async runtime for delivery could not start.
    #[error("cannot start the delivery runtime: {0}")]
    Runtime(std::io::Error),
    /// The privacy tripwire stopped the report.
    #[error(
        "{violation}; the report was not sent and is kept in {quarantine} for review; see README.md, \"Privacy\""
    )]
    Quarantined {
        /// What was found, where (never the value in full).
        violation: cep_core::GuardViolation,
        /// Where the archive is.
        quarantine: PathBuf,
    },
    /// The tripwire stopped a preview's report (nothing is written).
    #[error(
        "{violation}; nothing was written (a preview keeps no copy); run `cep collect` to keep the stopped archive in quarantine for review; see README.md, \"Privacy\""
    )]
    Stopped {
        /// What was found, where (never the value in full).
        violation: cep_core::GuardViolation,
    },
    /// The tripwire stopped the report and it could not be quarantined.
    #[error("{violation}; the report was not sent, and quarantining it in {dir} failed: {source}")]
    QuarantineFailed {
        /// What was found.
        violation: cep_core::GuardViolation,
        /// The quarantine directory.
        dir: PathBuf,
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
    /// Anything else that stops a call, with what to do.
    #[error("{message}")]
    Invalid {
        /// What failed.
        message: String,
    },
}

/// Each cep-core error converts through `cep_core::Error`, so `?` works on
/// every cep-core call without a `map_err`.
macro_rules! from_core {
    ($($ty:ty),* $(,)?) => {$(
        impl From<$ty> for Error {
            fn from(e: $ty) -> Error {
                Error::Core(cep_core::Error::from(e))
            }
        }
    )*};
}
from_core!(
    cep_core::HostError,
    cep_core::ArchiveError,
    cep_core::TransportError,
    cep_core::PipelineError,
    cep_core::PrivacyError,
    cep_core::CommandError,
);

/// Results of the facade.
pub type Result<T, E = Error> = std::result::Result<T, E>;
