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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collector::Section;
    use crate::privacy::Secrets;
    use crate::report::ClientInfo;
    use crate::runner::Collection;
    use uuid::Uuid;

    /// The privacy guard of a host with one secret host name.
    fn privacy() -> PrivacyGuard {
        let mut s = Secrets::default();
        s.add_host("db1.corp-example.com");
        PrivacyGuard::new(&s).unwrap()
    }

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

    /// Text that gzip cannot shrink much (letters and digits from an LCG),
    /// in lines of 64.
    fn noise(bytes: usize, seed: u64) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut x = seed;
        (0..bytes)
            .map(|i| {
                if i % 65 == 64 {
                    return '\n';
                }
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ALPHABET[(x >> 33) as usize % ALPHABET.len()] as char
            })
            .collect()
    }

    fn with_texts(texts: &[(&str, String)]) -> Report {
        let mut r = report("");
        r.sections.clear();
        for (id, text) in texts {
            r.manifest.collectors.push(crate::report::ManifestEntry {
                id: (*id).into(),
                status: Status::Ok,
                duration_ms: 1,
                file: Some(format!("{id}.txt")),
                error: None,
                exit_status: Some(0),
                truncated: false,
            });
            r.sections.insert((*id).into(), Section::Text(text.clone()));
        }
        r
    }

    #[test]
    fn oversize_script_output_is_cut_to_what_a_server_accepts() {
        let limits = ReadLimits::default();
        let small = "cpu count 4\n".to_owned();
        // 3 MiB that barely compresses: over the member limit, and over
        // the compressed limit once cut to it.
        let big = noise(3 << 20, 7);
        let p = seal(
            with_texts(&[("scripts.a", small.clone()), ("scripts.b", big.clone())]),
            &privacy(),
            &[],
        )
        .unwrap();
        assert!(p.archive().bytes.len() as u64 <= limits.compressed_bytes);
        let back = Report::read(&p.archive().bytes, &limits).unwrap();
        assert_eq!(back.sections["scripts.a"], Section::Text(small));
        let Section::Text(cut) = &back.sections["scripts.b"] else {
            panic!("not text")
        };
        assert!(
            cut.len() < (1 << 20) && cut.len() > 256 * 1024,
            "{}",
            cut.len()
        );
        assert!(big.starts_with(cut.as_str()) && cut.ends_with('\n'));
        let entry = |id: &str| {
            back.manifest
                .collectors
                .iter()
                .find(|e| e.id == id)
                .unwrap()
                .clone()
        };
        assert!(entry("scripts.b").truncated && !entry("scripts.a").truncated);
        assert!(
            back.log.contains("report: scripts.b cut from 3145728 to "),
            "{}",
            back.log
        );
        // The same report always fits the same way.
        let again = seal(
            with_texts(&[("scripts.a", "cpu count 4\n".into()), ("scripts.b", big)]),
            &privacy(),
            &[],
        )
        .unwrap();
        assert_eq!(again.report().sections, p.report().sections);
    }

    #[test]
    fn too_many_sections_and_too_much_json() {
        let limits = ReadLimits::default();
        let many: Vec<(String, String)> = (0..70)
            .map(|i| (format!("scripts.s{i:02}"), format!("line {i}\n")))
            .collect();
        let many: Vec<(&str, String)> = many.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
        let p = seal(with_texts(&many), &privacy(), &[]).unwrap();
        let back = Report::read(&p.archive().bytes, &limits).unwrap();
        // Manifest and log, then 62 sections; the last 8 scripts are errors.
        assert_eq!(back.sections.len(), 62);
        let dropped: Vec<&str> = back
            .manifest
            .collectors
            .iter()
            .filter(|e| e.status == Status::Error)
            .map(|e| e.id.as_str())
            .collect();
        let want: Vec<String> = (62..70).map(|i| format!("scripts.s{i}")).collect();
        assert_eq!(dropped, want);
        assert!(
            back.manifest.collectors[69]
                .error
                .as_deref()
                .unwrap()
                .contains("at most 64 members")
        );
        // JSON is never cut: a section over the member limit is an error.
        let mut r = report("");
        r.sections.clear();
        r.manifest.collectors.push(crate::report::ManifestEntry {
            id: "huge".into(),
            status: Status::Ok,
            duration_ms: 1,
            file: Some("huge.json".into()),
            error: None,
            exit_status: None,
            truncated: false,
        });
        r.sections.insert(
            "huge".into(),
            Section::Json(serde_json::json!({ "blob": "a".repeat(2 << 20) })),
        );
        match seal(r, &privacy(), &[]) {
            Err(PipelineError::Archive(ArchiveError::TooLarge(m))) => {
                assert!(m.contains("member `huge.json`"), "{m}");
                assert!(m.contains("only script output and collect.log"), "{m}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn guards_scrub_then_check() {
        let p = seal(report("fine"), &privacy(), &[&Upper, &NoSecret]).unwrap();
        assert_eq!(p.report().log, "NOTE\n");
        let back = Report::read(&p.archive().bytes, &Default::default()).unwrap();
        assert_eq!(back.log, "NOTE\n");
        match seal(report("secret"), &privacy(), &[&Upper, &NoSecret]) {
            Err(PipelineError::Vetoed { violation, archive }) => {
                assert_eq!(violation.guard, "no-secret");
                assert!(!archive.bytes.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    /// Writes a secret into the log: what an extra guard adds is still
    /// scrubbed by the privacy guard, which runs after it.
    struct Leaky;
    impl Guard for Leaky {
        fn name(&self) -> &str {
            "leaky"
        }
        fn scrub(&self, report: &mut Report) {
            report.log.push_str("peer db1.corp-example.com\n");
        }
    }

    #[test]
    fn the_privacy_guard_runs_with_no_extra_guards_and_after_them() {
        let mut r = with_texts(&[("x.y", "backup to db1.corp-example.com done".into())]);
        r.log.push_str("seen db1.corp-example.com\n");
        let p = seal(r, &privacy(), &[]).unwrap();
        let back = Report::read(&p.archive().bytes, &Default::default()).unwrap();
        let text = back.sections["x.y"].as_text().unwrap();
        assert!(!text.contains("db1.corp-example.com"), "{text}");
        assert!(
            text.starts_with("backup to ") && text.ends_with(" done"),
            "{text}"
        );
        assert!(!back.log.contains("corp-example"), "{}", back.log);
        let p = seal(report("fine"), &privacy(), &[&Leaky]).unwrap();
        assert!(
            p.report().log.starts_with("note\npeer "),
            "{}",
            p.report().log
        );
        assert!(
            p.report().log.len() > "note\npeer \n".len(),
            "{}",
            p.report().log
        );
        assert!(
            !p.report().log.contains("corp-example"),
            "{}",
            p.report().log
        );
    }

    #[test]
    fn the_privacy_tripwire_checks_the_archive() {
        // A report encoded with the secret in it (as a bypassed scrubber
        // would leave it) is stopped by the privacy guard's check.
        let g = privacy();
        let r = with_texts(&[("x.y", "backup to db1.corp-example.com done".into())]);
        let archive = r.to_archive().unwrap();
        let v = Guard::check(&g, &r, &archive).unwrap_err();
        assert_eq!(v.guard, "privacy");
        assert!(v.message.contains("member x.y.txt"), "{}", v.message);
        // Through seal the scrubber removes it first: nothing is vetoed.
        let r = with_texts(&[("x.y", "db1.corp-example.com".into())]);
        let p = seal(r, &g, &[&NoSecret]).unwrap();
        assert!(
            !p.report().sections["x.y"]
                .as_text()
                .unwrap()
                .contains("corp")
        );
    }
}
