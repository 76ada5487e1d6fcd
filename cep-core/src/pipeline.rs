//! The path of a report: report → privacy guard and any extra guards
//! (scrub the report, then check the archive) → archive. [`seal`] is the
//! only way to a [`Sealed`] report, and it always runs the
//! [`PrivacyGuard`]: there is no argument that leaves it out. These are the
//! building blocks of the facade's `cep::Agent`, whose one report path
//! (behind `cep collect`, `show`, `send` and `run`) seals every report; a
//! program that embeds cep calls the Agent, not these.
//!
//! Delivery (spool, transport, receipt) continues from the [`Archive`] this
//! returns.

use crate::collector::Section;
pub use crate::guard::{Guard, GuardViolation};
use crate::privacy::PrivacyGuard;
use crate::report::{Archive, ArchiveError, ReadLimits, Report, Status, read_members};

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

/// A report and the archive that encodes it, after the privacy guard (and
/// any extra guards) scrubbed the report and passed the archive. Only
/// [`seal`] and [`Sealed::check`] make one, and its parts can be read but
/// not replaced, so a `Sealed` is proof that the guard passed these very
/// bytes: it is what [`crate::Transport::send`] and the Agent's spool
/// take.
///
/// Each way around the seal fails to compile. A struct literal (the
/// fields are private):
///
/// ```compile_fail,E0451
/// # fn f(report: cep_core::Report, archive: cep_core::Archive) {
/// let sealed = cep_core::Sealed { report, archive };
/// # }
/// ```
///
/// Swapping in another archive (no field can be assigned):
///
/// ```compile_fail,E0616
/// # fn f(mut sealed: cep_core::Sealed, other: cep_core::Archive) {
/// sealed.archive = other;
/// # }
/// ```
///
/// Sending a plain archive (a transport takes only a `Sealed`):
///
/// ```compile_fail,E0308
/// # async fn f(t: &dyn cep_core::Transport, archive: cep_core::Archive) {
/// let _ = t.send(&archive).await;
/// # }
/// ```
///
/// The same three with what the seal gives compile:
///
/// ```
/// # async fn f(t: &dyn cep_core::Transport, sealed: cep_core::Sealed) {
/// let (report, archive) = (sealed.report(), sealed.archive());
/// assert_eq!(report.manifest.report_id, archive.report_id);
/// let _ = t.send(&sealed).await;
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Sealed {
    report: Report,
    archive: Archive,
}

impl Sealed {
    /// The report after the guards' scrubbing.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Its encoding: the bytes the guards passed.
    pub fn archive(&self) -> &Archive {
        &self.archive
    }

    /// The report and the archive, no longer sealed.
    pub fn into_parts(self) -> (Report, Archive) {
        (self.report, self.archive)
    }

    /// An archive already encoded (a spooled report read back from disk,
    /// one a server forwards) checked as [`seal`] checks its own: read
    /// back under the limits of an archive this host wrote, then the
    /// privacy guard's tripwire over every member and member name. The
    /// bytes are kept as they are.
    pub fn check(archive: Archive, privacy: &PrivacyGuard) -> Result<Sealed, PipelineError> {
        let report = Report::read(&archive.bytes, &ReadLimits::own_archive())?;
        if let Err(violation) = Guard::check(privacy, &report, &archive) {
            return Err(PipelineError::Vetoed {
                violation,
                archive: Box::new(archive),
            });
        }
        Ok(Sealed { report, archive })
    }
}

/// Applies the privacy guard, then the `extra` guards, to a built report
/// and encodes it so that it meets the protocol's limits ([`fit`]).
///
/// Scrubbing runs the extra guards first and the privacy guard last, so
/// nothing an extra guard writes escapes the scrubber; checking runs the
/// privacy guard's tripwire first. The first veto stops the report.
///
/// ```
/// use cep_core::{ClientInfo, Collection, PrivacyGuard, Report, Secrets, Section, seal};
/// let mut secrets = Secrets::default();
/// secrets.add_host("db1.example.com");
/// let guard = PrivacyGuard::new(&secrets)?;
/// let mut report = Report::new(Collection::default(), cep_core::uuid::Uuid::new_v4(), ClientInfo::default());
/// report.log = "connected to db1.example.com\n".into();
/// let sealed = seal(report, &guard, &[])?;
/// assert!(!sealed.report().log.contains("db1.example.com"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn seal(
    mut report: Report,
    privacy: &PrivacyGuard,
    extra: &[&dyn Guard],
) -> Result<Sealed, PipelineError> {
    for g in extra {
        g.scrub(&mut report);
    }
    Guard::scrub(privacy, &mut report);
    let archive = fit(&mut report, &ReadLimits::default())?;
    let privacy: &dyn Guard = privacy;
    for g in std::iter::once(&privacy).chain(extra) {
        if let Err(violation) = g.check(&report, &archive) {
            return Err(PipelineError::Vetoed {
                violation,
                archive: Box::new(archive),
            });
        }
    }
    Ok(Sealed { report, archive })
}

/// Encodes `report` so that it meets `limits` (the native protocol's: what
/// a server accepts), cutting text where it must. A report the server
/// would refuse is as good as lost, and external scripts may print up to
/// their own output cap each: text sections (script output) and
/// collect.log are cut, the largest first, at a line end where one is
/// near, their manifest entries marked `truncated` and each cut told in
/// collect.log; text sections beyond the member count become `error`
/// entries. JSON sections and the manifest are never cut: when they alone
/// are too large the error names the limit.
pub fn fit(report: &mut Report, limits: &ReadLimits) -> Result<Archive, PipelineError> {
    // Each round removes at least half of some text; 64 rounds end it.
    for _ in 0..64 {
        let archive = report.to_archive()?;
        let over = match read_members(&archive.bytes, limits) {
            Ok(_) => return Ok(archive),
            Err(ArchiveError::TooLarge(why)) => why,
            Err(e) => return Err(e.into()),
        };
        if !shrink(report, limits, &archive) {
            return Err(ArchiveError::TooLarge(format!(
                "{over}; only script output and collect.log are cut to fit"
            ))
            .into());
        }
    }
    Err(
        ArchiveError::TooLarge("the report cannot be made to fit the protocol's limits".into())
            .into(),
    )
}

/// One step towards the limits; false when no text cut can help.
fn shrink(report: &mut Report, limits: &ReadLimits, archive: &Archive) -> bool {
    const LOG: &str = "collect.log";
    let members = report.members();
    if members.len() > limits.members {
        // Drop the last text section (scripts come last, in name order).
        let Some(e) = report.manifest.collectors.iter_mut().rev().find(|e| {
            e.file.is_some() && matches!(report.sections.get(&e.id), Some(Section::Text(_)))
        }) else {
            return false;
        };
        report.sections.remove(&e.id);
        e.file = None;
        e.status = Status::Error;
        e.error = Some(format!(
            "output dropped: a report holds at most {} members",
            limits.members
        ));
        return true;
    }
    // The section id behind a member name, when the member is text.
    let text_id = |name: &str| -> Option<String> {
        if name == LOG {
            return Some(LOG.to_owned());
        }
        report
            .manifest
            .collectors
            .iter()
            .find(|e| e.file.as_deref() == Some(name))
            .filter(|e| matches!(report.sections.get(&e.id), Some(Section::Text(_))))
            .map(|e| e.id.clone())
    };
    let member_cap = limits.member_bytes.saturating_sub(4096) as usize;
    let (id, to) = if let Some((name, bytes)) = members
        .iter()
        .find(|(_, b)| b.len() as u64 > limits.member_bytes)
    {
        // One member over its limit: cut it to the limit, with room for
        // the note; JSON and the manifest cannot be cut.
        match text_id(name) {
            Some(id) => (id, member_cap.min(bytes.len())),
            None => return false,
        }
    } else {
        // The whole is over: halve the largest text, collect.log only when
        // it is big (each cut adds a line to it).
        let Some((len, id)) = members
            .iter()
            .filter_map(|(name, b)| text_id(name).map(|id| (b.len(), id)))
            .filter(|(len, id)| *len > 1024 && (id != LOG || *len > 64 * 1024))
            .max()
        else {
            return false;
        };
        (id, len / 2)
    };
    let text = if id == LOG {
        &mut report.log
    } else {
        match report.sections.get_mut(&id) {
            Some(Section::Text(t)) => t,
            _ => return false,
        }
    };
    let was = text.len();
    cut(text, to);
    let now = text.len();
    if let Some(e) = report.manifest.collectors.iter_mut().find(|e| e.id == id) {
        e.truncated = true;
    }
    report.log.push_str(&format!(
        "report: {id} cut from {was} to {now} bytes to fit the protocol's limits ({} members, {} bytes a member, {} bytes decompressed, {} bytes compressed; this archive was {} bytes)\n",
        limits.members,
        limits.member_bytes,
        limits.total_bytes,
        limits.compressed_bytes,
        archive.bytes.len()
    ));
    true
}

/// Cuts `text` to at most `max` bytes, at the last line end in the final
/// quarter when there is one, else at a character boundary.
fn cut(text: &mut String, max: usize) {
    if text.len() <= max {
        return;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(nl) = text[..end].rfind('\n')
        && nl + 1 >= end - end / 4
    {
        end = nl + 1;
    }
    text.truncate(end);
}
