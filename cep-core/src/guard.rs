//! What stands between a report and its archive: the [`Guard`] trait the
//! privacy guard and any extra guard implement, and a guard's veto.

use crate::report::{Archive, Report};

/// A guard stands between a report and its archive: it may rewrite the
/// report before encoding (a scrubber) and veto the encoded archive (a
/// tripwire). Both default to doing nothing. Extra guards run besides the
/// [`PrivacyGuard`](crate::PrivacyGuard), never instead of it.
pub trait Guard: Send + Sync {
    /// Short name for messages.
    fn name(&self) -> &str;

    /// Rewrites the report before it is encoded.
    fn scrub(&self, _report: &mut Report) {}

    /// Checks the encoded archive; an error stops the report from going
    /// further.
    fn check(&self, _report: &Report, _archive: &Archive) -> Result<(), GuardViolation> {
        Ok(())
    }
}

/// A guard's veto.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{guard} stopped the report: {message}")]
pub struct GuardViolation {
    /// The guard.
    pub guard: String,
    /// What it found and where (never the offending value in full).
    pub message: String,
}
