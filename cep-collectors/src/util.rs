//! Helpers shared by collectors.

use cep_core::{CollectError, Host};

/// Reads a file; an absent one becomes `NotApplicable` with `why`.
pub(crate) fn read_required(host: &Host, path: &str, why: &str) -> Result<String, CollectError> {
    match host.read(path) {
        Ok(s) => Ok(s),
        Err(e) if e.is_not_found() => Err(CollectError::not_applicable(format!(
            "{path} is absent ({why})"
        ))),
        Err(e) => Err(e.into()),
    }
}

/// Trimmed one-line content of a file, `None` when absent or empty.
pub(crate) fn read_trimmed(host: &Host, path: &str) -> Result<Option<String>, CollectError> {
    Ok(host
        .read_optional(path)?
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty()))
}
