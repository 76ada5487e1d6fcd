//! The path of a report, in one place: collect → report → guards (scrub the
//! report, then check the archive) → archive. `cep collect`, `cep show` and
//! `cep send` all call [`prepare`], so what an administrator reviews is what
//! would leave the host.
//!
//! Delivery (spool, transport, receipt) continues from the [`Archive`] this
//! returns.

use std::sync::Arc;

use uuid::Uuid;

use crate::collector::Collector;
use crate::host::Host;
use crate::report::{Archive, ArchiveError, ClientInfo, Report};
use crate::runner::{RunOptions, run_collectors};

/// A guard stands between a report and its archive: it may rewrite the
/// report before encoding (a scrubber) and veto the encoded archive (a
/// tripwire). Both default to doing nothing.
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

/// Why no archive came out.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// Encoding failed.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// A guard vetoed the archive; the report and archive are kept for
    /// quarantine.
    #[error("{violation}")]
    Vetoed {
        /// The veto.
        violation: GuardViolation,
        /// The archive that was stopped.
        archive: Box<Archive>,
    },
}

/// A report and the archive that encodes it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The report after the guards' scrubbing.
    pub report: Report,
    /// Its encoding.
    pub archive: Archive,
}

/// Runs the collectors and turns the collection into a guarded archive.
///
/// `extra_log` lines (identity events, config notes) go into collect.log
/// before the collectors' own lines.
pub fn prepare(
    collectors: &[Arc<dyn Collector>],
    host: &Host,
    opts: &RunOptions,
    client_id: Uuid,
    client: ClientInfo,
    extra_log: &[String],
    guards: &[&dyn Guard],
) -> Result<Prepared, PipelineError> {
    let mut collection = run_collectors(collectors, host, opts);
    if !extra_log.is_empty() {
        let mut log = extra_log.to_vec();
        log.append(&mut collection.log);
        collection.log = log;
    }
    let report = Report::new(collection, client_id, client);
    seal(report, guards)
}

/// Applies the guards to a built report and encodes it.
pub fn seal(mut report: Report, guards: &[&dyn Guard]) -> Result<Prepared, PipelineError> {
    for g in guards {
        g.scrub(&mut report);
    }
    let archive = report.to_archive()?;
    for g in guards {
        if let Err(violation) = g.check(&report, &archive) {
            return Err(PipelineError::Vetoed {
                violation,
                archive: Box::new(archive),
            });
        }
    }
    Ok(Prepared { report, archive })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collector::Section;
    use crate::runner::Collection;

    struct Upper;
    impl Guard for Upper {
        fn name(&self) -> &str {
            "upper"
        }
        fn scrub(&self, report: &mut Report) {
            report.log = report.log.to_uppercase();
        }
    }

    struct NoSecret;
    impl Guard for NoSecret {
        fn name(&self) -> &str {
            "no-secret"
        }
        fn check(&self, report: &Report, _: &Archive) -> Result<(), GuardViolation> {
            if report
                .sections
                .values()
                .any(|s| s.as_text() == Some("secret"))
            {
                return Err(GuardViolation {
                    guard: self.name().into(),
                    message: "member x.y.txt holds a secret".into(),
                });
            }
            Ok(())
        }
    }

    fn report(text: &str) -> Report {
        let mut r = Report::new(
            Collection {
                outcomes: vec![],
                log: vec!["note".into()],
            },
            Uuid::new_v4(),
            ClientInfo::default(),
        );
        r.sections.insert("x.y".into(), Section::Text(text.into()));
        r
    }

    #[test]
    fn guards_scrub_then_check() {
        let p = seal(report("fine"), &[&Upper, &NoSecret]).unwrap();
        assert_eq!(p.report.log, "NOTE\n");
        let back = Report::read(&p.archive.bytes, &Default::default()).unwrap();
        assert_eq!(back.log, "NOTE\n");
        match seal(report("secret"), &[&Upper, &NoSecret]) {
            Err(PipelineError::Vetoed { violation, archive }) => {
                assert_eq!(violation.guard, "no-secret");
                assert!(!archive.bytes.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }
}
