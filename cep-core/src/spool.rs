//! The spool: archives waiting for delivery, kept on disk until a receipt
//! says they arrived.
//!
//! Layout of `<state-dir>/spool/` (mode 0700):
//! - `<nanoseconds since 1970, 20 digits>-<report id>.tar.gz`: pending
//!   reports. Names sort oldest first and carry the report id, so a crash
//!   between sending and deleting resends the same id (the server
//!   deduplicates it).
//! - `bad/`: files that could not be read back as a report, with a
//!   `<name>.reason.txt` beside each. Never retried.
//! - `rejected/`: reports the server refused for good, with the server's
//!   message in `<name>.reason.txt`. Never retried.
//! - `notes`: reports dropped because the spool was full, one line each;
//!   the next report carries them in its collect.log.
//! - `.lock`: held (flock) while the spool is being delivered.
//!
//! Every file is written with [`crate::fsutil::atomic_write`],
//! so a crash never leaves a half-written report under a pending name.
//! This module does no network I/O; `delivery` drives a transport over it.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::config::SpoolSettings;
use crate::fsutil::{atomic_write, read_capped};
use crate::report::{Archive, ReadLimits, Report};

const SUFFIX: &str = ".tar.gz";
const REASON_SUFFIX: &str = ".reason.txt";
const NOTES: &str = "notes";
/// Largest spool file read back; anything bigger is not a report cep wrote.
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Spool errors; each names the path.
#[derive(Debug, thiserror::Error)]
#[error("spool {path}: {source}; check that the state directory is writable (--state-dir)")]
pub struct SpoolError {
    /// The file or directory.
    pub path: PathBuf,
    /// The reason.
    pub source: io::Error,
}

fn err(path: &Path) -> impl FnOnce(io::Error) -> SpoolError + '_ {
    move |source| SpoolError {
        path: path.to_owned(),
        source,
    }
}

/// One pending report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpoolEntry {
    /// Its file.
    pub path: PathBuf,
    /// The report id from the file name.
    pub report_id: Uuid,
    /// When it was spooled.
    pub spooled_at: jiff::Timestamp,
    /// Size in bytes.
    pub size: u64,
}

/// A file in `bad/` or `rejected/`, with the reason written beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// The moved file.
    pub path: PathBuf,
    /// The report id, when the name carries one.
    pub report_id: Option<Uuid>,
    /// Why it was moved (the server's message for rejections).
    pub reason: String,
}

/// What [`Spool::add`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// The new entry.
    pub entry: SpoolEntry,
    /// Older reports dropped to stay within the bounds.
    pub dropped: Vec<SpoolEntry>,
}

/// Held while the spool is delivered; released on drop (or by the kernel
/// when the process dies).
#[derive(Debug)]
pub struct SpoolLock {
    _file: File,
}

/// The delivery spool of one state directory.
#[derive(Debug, Clone)]
pub struct Spool {
    dir: PathBuf,
    limits: SpoolSettings,
}

impl Spool {
    /// The spool under `state_dir` (`<state_dir>/spool`), bounded by
    /// `limits`. Nothing is created until something is written.
    pub fn new(state_dir: &Path, limits: SpoolSettings) -> Spool {
        Spool {
            dir: state_dir.join("spool"),
            limits,
        }
    }

    /// The spool directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `spool/bad`.
    pub fn bad_dir(&self) -> PathBuf {
        self.dir.join("bad")
    }

    /// `spool/rejected`.
    pub fn rejected_dir(&self) -> PathBuf {
        self.dir.join("rejected")
    }

    fn ensure(&self, dir: &Path) -> Result<(), SpoolError> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(err(dir))?;
        // An existing directory keeps its mode; reports are for root only.
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(err(dir))
    }

    /// Writes an archive into the spool (temp file, fsync, rename), then
    /// drops the oldest reports while the spool is over its bounds. The new
    /// report itself is never dropped. Each drop is noted for the next
    /// report's collect.log.
    pub fn add(&self, archive: &Archive) -> Result<Added, SpoolError> {
        self.ensure(&self.dir)?;
        let now = jiff::Timestamp::now();
        let mut nanos = now.as_nanosecond().max(0) as u128;
        let mut path;
        loop {
            path = self
                .dir
                .join(format!("{nanos:020}-{}{SUFFIX}", archive.report_id));
            if !path.exists() {
                break;
            }
            nanos += 1;
        }
        // The newest file must sort last, even if the clock went back.
        if let Some(last) = self.pending()?.last() {
            let last_nanos = last.spooled_at.as_nanosecond().max(0) as u128;
            if last_nanos >= nanos {
                nanos = last_nanos + 1;
                path = self
                    .dir
                    .join(format!("{nanos:020}-{}{SUFFIX}", archive.report_id));
            }
        }
        atomic_write(&path, &archive.bytes, 0o600).map_err(err(&path))?;
        let entry = parse_name(&path, archive.bytes.len() as u64).ok_or_else(|| SpoolError {
            path: path.clone(),
            source: io::Error::other("spool file name does not parse back"),
        })?;

        let mut dropped = Vec::new();
        let mut pending = self.pending()?;
        loop {
            let count = pending.len();
            let bytes: u64 = pending.iter().map(|e| e.size).sum();
            if count <= self.limits.max_reports.max(1) && bytes <= self.limits.max_bytes {
                break;
            }
            if pending.first().is_none_or(|e| e.path == entry.path) {
                break;
            }
            let oldest = pending.remove(0);
            match fs::remove_file(&oldest.path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(err(&oldest.path)(e)),
            }
            self.note(&format!(
                "spool: dropped undelivered report {} spooled at {} ({} bytes): the spool holds at most {} reports and {} bytes",
                oldest.report_id,
                oldest.spooled_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                oldest.size,
                self.limits.max_reports,
                self.limits.max_bytes
            ))?;
            tracing::info!(
                "spool full: dropped the oldest undelivered report {}",
                oldest.report_id
            );
            dropped.push(oldest);
        }
        Ok(Added { entry, dropped })
    }

    /// Pending reports, oldest first. Stale temporary files from an
    /// interrupted write are ignored (the write never completed, so the
    /// report was never spooled).
    pub fn pending(&self) -> Result<Vec<SpoolEntry>, SpoolError> {
        let rd = match fs::read_dir(&self.dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(err(&self.dir)(e)),
        };
        let mut out = Vec::new();
        for e in rd {
            let e = e.map_err(err(&self.dir))?;
            let name = e.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') || !name.ends_with(SUFFIX) {
                continue;
            }
            let Ok(meta) = e.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            let path = e.path();
            match parse_name(&path, meta.len()) {
                Some(entry) => out.push(entry),
                None => {
                    // Not a name cep writes: set aside once, never retried.
                    self.quarantine(
                        &path,
                        &self.bad_dir(),
                        "the file name is not <time>-<report id>.tar.gz",
                    )?;
                }
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// Reads a pending report back: the archive must decode as a report
    /// whose manifest carries the id in the file name. The error is the
    /// reason to move the file to `bad/`.
    pub fn load(&self, entry: &SpoolEntry) -> Result<Archive, String> {
        let file = File::open(&entry.path).map_err(|e| format!("cannot open: {e}"))?;
        let (bytes, truncated) =
            read_capped(file, MAX_FILE_BYTES).map_err(|e| format!("cannot read: {e}"))?;
        if truncated {
            return Err(format!("larger than {MAX_FILE_BYTES} bytes"));
        }
        let limits = ReadLimits {
            compressed_bytes: MAX_FILE_BYTES,
            members: 4096,
            member_bytes: 8 * 1024 * 1024,
            total_bytes: 32 * 1024 * 1024,
        };
        let report = Report::read(&bytes, &limits).map_err(|e| e.to_string())?;
        if report.manifest.report_id != entry.report_id {
            return Err(format!(
                "its manifest says report {}, the file name {}",
                report.manifest.report_id, entry.report_id
            ));
        }
        Ok(Archive::new(
            report.manifest.report_id,
            report.manifest.client_id,
            bytes,
        ))
    }

    /// Forgets a delivered report. Already gone is fine (another run
    /// delivered it).
    pub fn remove(&self, entry: &SpoolEntry) -> Result<(), SpoolError> {
        match fs::remove_file(&entry.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(err(&entry.path)(e)),
        }
    }

    /// Moves an unreadable file to `bad/` with the reason beside it.
    pub fn set_bad(&self, entry: &SpoolEntry, reason: &str) -> Result<Quarantined, SpoolError> {
        tracing::info!(
            "spool: {} is not a readable report ({reason}); moved to {}",
            entry.path.display(),
            self.bad_dir().display()
        );
        self.quarantine(&entry.path, &self.bad_dir(), reason)
    }

    /// Moves a report the server refused to `rejected/` with the server's
    /// message beside it.
    pub fn set_rejected(
        &self,
        entry: &SpoolEntry,
        message: &str,
    ) -> Result<Quarantined, SpoolError> {
        self.quarantine(&entry.path, &self.rejected_dir(), message)
    }

    fn quarantine(&self, path: &Path, dir: &Path, reason: &str) -> Result<Quarantined, SpoolError> {
        self.ensure(dir)?;
        let name = path.file_name().unwrap_or_default();
        let target = dir.join(name);
        let mut reason_name = name.to_os_string();
        reason_name.push(REASON_SUFFIX);
        let reason_file = dir.join(reason_name);
        atomic_write(&reason_file, format!("{reason}\n").as_bytes(), 0o600)
            .map_err(err(&reason_file))?;
        fs::rename(path, &target).map_err(err(path))?;
        Ok(Quarantined {
            report_id: name.to_str().and_then(id_from_name),
            path: target,
            reason: reason.to_owned(),
        })
    }

    /// Files in `bad/`.
    pub fn bad(&self) -> Result<Vec<Quarantined>, SpoolError> {
        list_quarantined(&self.bad_dir())
    }

    /// Files in `rejected/`.
    pub fn rejected(&self) -> Result<Vec<Quarantined>, SpoolError> {
        list_quarantined(&self.rejected_dir())
    }

    fn notes_path(&self) -> PathBuf {
        self.dir.join(NOTES)
    }

    fn note(&self, line: &str) -> Result<(), SpoolError> {
        let p = self.notes_path();
        let mut text = match fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(err(&p)(e)),
        };
        text.push_str(line);
        text.push('\n');
        atomic_write(&p, text.as_bytes(), 0o600).map_err(err(&p))
    }

    /// Notes waiting for the next report's collect.log (reports dropped
    /// when the spool was full).
    pub fn notes(&self) -> Vec<String> {
        fs::read_to_string(self.notes_path())
            .map(|t| t.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Forgets the notes once a report carrying them is spooled.
    pub fn clear_notes(&self) -> Result<(), SpoolError> {
        self.forget_notes(&self.notes())
    }

    /// Forgets these notes (those a spooled report carries), keeping any
    /// written since they were read.
    pub fn forget_notes(&self, carried: &[String]) -> Result<(), SpoolError> {
        let p = self.notes_path();
        let mut rest = self.notes();
        for line in carried {
            if let Some(i) = rest.iter().position(|l| l == line) {
                rest.remove(i);
            }
        }
        if rest.is_empty() {
            return match fs::remove_file(&p) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(err(&p)(e)),
            };
        }
        let text: String = rest.iter().map(|l| format!("{l}\n")).collect();
        atomic_write(&p, text.as_bytes(), 0o600).map_err(err(&p))
    }

    /// Removes temporary files older than `min_age` left by a write that
    /// was interrupted (a crash or SIGKILL before the rename): the report
    /// they held was never spooled. Younger ones may belong to a write in
    /// progress and are kept. Returns how many were removed.
    pub fn sweep_temporaries(&self, min_age: std::time::Duration) -> usize {
        let Ok(rd) = fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for e in rd.flatten() {
            let name = e.file_name();
            let Some(name) = name.to_str() else { continue };
            if !(name.starts_with('.') && name.contains(".tmp.")) {
                continue;
            }
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age >= min_age);
            if old && fs::remove_file(e.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }

    /// Takes the delivery lock without waiting; `None` when another process
    /// holds it.
    pub fn try_lock(&self) -> Result<Option<SpoolLock>, SpoolError> {
        self.ensure(&self.dir)?;
        let p = self.dir.join(".lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&p)
            .map_err(err(&p))?;
        // SAFETY: flock on a descriptor we own; no memory is involved.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if rc == 0 {
            return Ok(Some(SpoolLock { _file: file }));
        }
        let e = io::Error::last_os_error();
        if e.kind() == io::ErrorKind::WouldBlock {
            Ok(None)
        } else {
            Err(err(&p)(e))
        }
    }
}

fn id_from_name(name: &str) -> Option<Uuid> {
    let stem = name.strip_suffix(SUFFIX)?;
    let (_, id) = stem.split_once('-')?;
    Uuid::parse_str(id).ok()
}

fn parse_name(path: &Path, size: u64) -> Option<SpoolEntry> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(SUFFIX)?;
    let (time, id) = stem.split_once('-')?;
    if time.len() != 20 || !time.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let nanos: i128 = time.parse().ok()?;
    let spooled_at = jiff::Timestamp::from_nanosecond(nanos).ok()?;
    let report_id = Uuid::parse_str(id).ok()?;
    if report_id.hyphenated().to_string() != id {
        return None;
    }
    Some(SpoolEntry {
        path: path.to_owned(),
        report_id,
        spooled_at,
        size,
    })
}

fn list_quarantined(dir: &Path) -> Result<Vec<Quarantined>, SpoolError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(err(dir)(e)),
    };
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(err(dir))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.ends_with(REASON_SUFFIX) {
            continue;
        }
        let reason = fs::read_to_string(dir.join(format!("{name}{REASON_SUFFIX}")))
            .map(|t| t.trim_end().to_owned())
            .unwrap_or_else(|_| "(no reason recorded)".into());
        out.push(Quarantined {
            path: e.path(),
            report_id: id_from_name(&name),
            reason,
        });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ClientInfo;
    use crate::runner::Collection;

    pub(crate) fn archive() -> Archive {
        let r = Report::new(
            Collection {
                outcomes: vec![],
                log: vec!["x".into()],
            },
            Uuid::new_v4(),
            ClientInfo::default(),
        );
        r.to_archive().unwrap()
    }

    fn spool(dir: &Path, max_reports: usize, max_bytes: u64) -> Spool {
        Spool::new(
            dir,
            SpoolSettings {
                max_reports,
                max_bytes,
            },
        )
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn add_writes_a_private_file_named_by_time_and_id() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let a = archive();
        let added = s.add(&a).unwrap();
        assert!(added.dropped.is_empty());
        assert_eq!(added.entry.report_id, a.report_id);
        assert_eq!(added.entry.size, a.bytes.len() as u64);
        let name = added.entry.path.file_name().unwrap().to_str().unwrap();
        assert_eq!(name.len(), 20 + 1 + 36 + SUFFIX.len());
        assert!(
            name.ends_with(&format!("-{}.tar.gz", a.report_id)),
            "{name}"
        );
        assert_eq!(fs::read(&added.entry.path).unwrap(), a.bytes);
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(s.dir()), 0o700);
        assert_eq!(mode(&added.entry.path), 0o600);
        // No temporary file is left.
        assert_eq!(names(s.dir()), vec![name.to_owned()]);
        let back = s.load(&added.entry).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn pending_is_oldest_first_even_within_one_clock_tick() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let ids: Vec<Uuid> = (0..5)
            .map(|_| s.add(&archive()).unwrap().entry.report_id)
            .collect();
        let pending: Vec<Uuid> = s.pending().unwrap().iter().map(|e| e.report_id).collect();
        assert_eq!(pending, ids);
    }

    #[test]
    fn full_spool_drops_the_oldest_and_notes_it() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 3, 1 << 20);
        let ids: Vec<Uuid> = (0..5)
            .map(|_| s.add(&archive()).unwrap().entry.report_id)
            .collect();
        let pending: Vec<Uuid> = s.pending().unwrap().iter().map(|e| e.report_id).collect();
        assert_eq!(pending, ids[2..].to_vec());
        let notes = s.notes();
        assert_eq!(notes.len(), 2);
        assert!(notes[0].starts_with(&format!("spool: dropped undelivered report {}", ids[0])));
        assert!(notes[1].contains(&ids[1].to_string()));
        assert!(notes[0].contains("at most 3 reports"), "{}", notes[0]);
        s.forget_notes(&notes[..1]).unwrap();
        assert_eq!(s.notes(), notes[1..].to_vec());
        s.clear_notes().unwrap();
        assert!(s.notes().is_empty());
    }

    #[test]
    fn byte_bound_drops_the_oldest_but_never_the_new_report() {
        let d = tempfile::tempdir().unwrap();
        let a = archive();
        let size = a.bytes.len() as u64;
        // Archives differ by a few bytes (ids, times): room for two, not three.
        let s = spool(d.path(), 50, size * 2 + 32);
        s.add(&a).unwrap();
        let b = s.add(&archive()).unwrap();
        assert!(b.dropped.is_empty());
        let c = s.add(&archive()).unwrap();
        assert_eq!(c.dropped.len(), 1);
        assert_eq!(c.dropped[0].report_id, a.report_id);
        // A report larger than the whole bound is still kept.
        let tiny = spool(d.path(), 50, 1);
        let last = tiny.add(&archive()).unwrap();
        let pending = tiny.pending().unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].report_id, last.entry.report_id);
    }

    #[test]
    fn corrupt_and_foreign_files_go_to_bad_once() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let a = s.add(&archive()).unwrap().entry;
        fs::write(&a.path, b"\x1f\x8b garbage").unwrap();
        let err = s.load(&a).unwrap_err();
        assert!(err.contains("not a valid report archive"), "{err}");
        let q = s.set_bad(&a, &err).unwrap();
        assert_eq!(q.report_id, Some(a.report_id));
        // An id that does not match the manifest is bad too.
        let other = archive();
        let wrong = s
            .dir()
            .join(format!("{:020}-{}.tar.gz", 1u64, Uuid::new_v4()));
        fs::write(&wrong, &other.bytes).unwrap();
        let e = s.pending().unwrap().remove(0);
        assert!(s.load(&e).unwrap_err().contains("manifest says report"));
        // A foreign name is set aside when listing.
        fs::write(s.dir().join("whatever.tar.gz"), b"x").unwrap();
        let pending = s.pending().unwrap();
        assert_eq!(pending.len(), 1);
        let bad = s.bad().unwrap();
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[1].path.file_name().unwrap(), "whatever.tar.gz");
        assert!(bad[1].reason.contains("file name"), "{}", bad[1].reason);
        assert!(bad[0].reason.contains("not a valid report archive"));
        assert!(!s.dir().join("whatever.tar.gz").exists());
    }

    #[test]
    fn rejected_keeps_the_servers_message() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let e = s.add(&archive()).unwrap().entry;
        s.set_rejected(&e, "HTTP 422: manifest.json: unknown schema 9")
            .unwrap();
        assert!(s.pending().unwrap().is_empty());
        let r = s.rejected().unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].reason, "HTTP 422: manifest.json: unknown schema 9");
        assert_eq!(r[0].report_id, Some(e.report_id));
        assert!(r[0].path.exists());
    }

    #[test]
    fn lock_is_exclusive() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let held = s.try_lock().unwrap();
        assert!(held.is_some());
        assert!(s.try_lock().unwrap().is_none());
        drop(held);
        assert!(s.try_lock().unwrap().is_some());
    }

    #[test]
    fn interrupted_writes_are_swept_when_old() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let kept = s.add(&archive()).unwrap().entry;
        let tmp = s.dir().join(".00000000000000000001-x.tar.gz.tmp.4242");
        fs::write(&tmp, b"half a report").unwrap();
        assert_eq!(s.sweep_temporaries(std::time::Duration::from_secs(600)), 0);
        assert!(tmp.exists(), "a young temporary may be a write in progress");
        assert_eq!(s.sweep_temporaries(std::time::Duration::ZERO), 1);
        assert!(!tmp.exists());
        assert_eq!(s.pending().unwrap(), vec![kept]);
    }

    #[test]
    fn missing_spool_is_empty() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(&d.path().join("nope"), 50, 1 << 20);
        assert!(s.pending().unwrap().is_empty());
        assert!(s.bad().unwrap().is_empty());
        assert!(s.notes().is_empty());
    }
}
