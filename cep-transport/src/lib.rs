//! # cep-transport
//!
//! How reports leave the host: [`FileTransport`] writes the archive to a
//! local file (disp-helper's FILE mode); the HTTP transport uploads it to a
//! stats server. [`build`] turns the configuration into one of them.
#![deny(missing_docs)]

mod file;

pub use file::FileTransport;

use cep_core::{Transport, TransportConfig};

/// Errors building a transport from configuration.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configured transport cannot be built.
    #[error("cannot set up the {kind} transport: {message}")]
    Setup {
        /// `file` or `http`.
        kind: &'static str,
        /// What is wrong and what to do.
        message: String,
    },
}

/// Builds the transport the configuration names.
pub fn build(config: &TransportConfig) -> Result<Box<dyn Transport>, Error> {
    match config {
        TransportConfig::File { path, keep } => {
            Ok(Box::new(FileTransport::new(path.clone()).keep(*keep)))
        }
        TransportConfig::Http { url, .. } => Err(Error::Setup {
            kind: "http",
            message: format!(
                "uploading to {url} is not available in this build; set [transport] type = \"file\" in cep.toml"
            ),
        }),
    }
}
