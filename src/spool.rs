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
//! - `delivered/`: reports the server acknowledged whose ledger line could
//!   not be written (a full disk), with the line beside each in
//!   `<name>.ledger.json` when even that could be written. The next
//!   delivery writes the ledger line and removes them; they are never sent
//!   again.
//! - `notes`: reports dropped because the spool was full, one line each;
//!   the next report carries them in its collect.log.
//! - `.lock`: held (flock) while the spool is being delivered.
//!
//! Anything else is a stray: listed by [`Spool::scan`] (which never moves
//! anything), and, when it is not a regular file (a symlink, FIFO,
//! directory, socket or device, which cep never opens) or is a `.tar.gz`
//! whose name cep does not write, moved to `bad/` by the deliverer
//! ([`Spool::set_aside_strays`]).
//!
//! Every file is written with [`cep_core::fsutil::atomic_write`],
//! so a crash never leaves a half-written report under a pending name.
//! This module does no network I/O; `delivery` drives a transport over it.

use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use cep_core::uuid::Uuid;
use serde::Serialize;

use crate::config::SpoolSettings;
use crate::ledger::LedgerEntry;
use crate::lock::FileLock;
use cep_core::fsutil::{atomic_write, read_capped};
use cep_core::pipeline::Sealed;
use cep_core::report::{Archive, ReadLimits, Report};

const SUFFIX: &str = ".tar.gz";
const REASON_SUFFIX: &str = ".reason.txt";
const NOTES: &str = "notes";
const LEDGER_SUFFIX: &str = ".ledger.json";
/// cep's own entries of the spool directory.
const OWN_NAMES: &[&str] = &["bad", "rejected", "delivered", NOTES, ".lock"];
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quarantined {
    /// The moved file.
    #[serde(rename = "file")]
    pub path: PathBuf,
    /// The report id, when the name carries one.
    pub report_id: Option<Uuid>,
    /// Why it was moved (the server's message for rejections).
    pub reason: String,
}

/// Why a pending report could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// Opening or reading the file failed (permissions, I/O): a local
    /// problem to fix; the report stays in the spool.
    #[error(
        "{path}: cannot read the report ({message}); it stays in the spool: check its owner and mode (cep writes 0600 files owned by the user it runs as)"
    )]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        message: String,
    },
    /// The bytes are not the report the name says: the file moves to
    /// `bad/`, this is the reason written beside it.
    #[error("{0}")]
    Invalid(String),
}

/// What kind of stray entry the spool directory holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrayKind {
    /// A symbolic link.
    Symlink,
    /// A named pipe (opening it could block forever).
    Fifo,
    /// A directory.
    Directory,
    /// A socket or a device.
    Special,
    /// A regular file whose name cep does not write.
    File,
}

impl StrayKind {
    /// `symlink`, `FIFO`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            StrayKind::Symlink => "symlink",
            StrayKind::Fifo => "FIFO",
            StrayKind::Directory => "directory",
            StrayKind::Special => "socket or device",
            StrayKind::File => "file",
        }
    }
}

/// An entry of the spool directory that is neither a pending report nor
/// one of cep's own files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stray {
    /// Its path.
    pub path: PathBuf,
    /// What it is.
    pub kind: StrayKind,
    /// True when its name is a pending report's name.
    pub report_name: bool,
}

impl Stray {
    /// Whether the deliverer moves it to `bad/`: anything that is not a
    /// regular file, and files named `*.tar.gz` that cep did not name.
    /// Other stray files are only listed.
    pub fn set_aside(&self) -> bool {
        self.kind != StrayKind::File || self.path.to_string_lossy().ends_with(SUFFIX)
    }

    /// Why it is not a report, for `bad/` and listings.
    pub fn reason(&self) -> String {
        match (self.kind, self.report_name) {
            (StrayKind::File, _) => "the file name is not <time>-<report id>.tar.gz".to_owned(),
            (kind, true) => format!(
                "named like a report but a {}, not a regular file",
                kind.as_str()
            ),
            (kind, false) => format!("a {} that is not cep's", kind.as_str()),
        }
    }
}

/// What [`Spool::scan`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Pending reports (regular files with a report's name), oldest first.
    pub pending: Vec<SpoolEntry>,
    /// Everything else that is not cep's own, by name.
    pub strays: Vec<Stray>,
}

/// A report the server acknowledged whose ledger line is still owed (see
/// [`Spool::set_delivered`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrecorded {
    /// The archive, in `delivered/`.
    pub path: PathBuf,
    /// The report id from its name.
    pub report_id: Uuid,
    /// The ledger line written beside it, when that write succeeded.
    pub line: Option<LedgerEntry>,
    /// When it was moved to `delivered/` (the rename's ctime): the
    /// delivery time when no line was written.
    pub delivered_at: jiff::Timestamp,
}

/// A delivered report whose ledger line is still owed, as `cep spool` and
/// `cep ledger` show it.
#[derive(Debug, Clone, Serialize)]
pub struct UnrecordedReport {
    /// Its id.
    pub report_id: Uuid,
    /// Its file in `spool/delivered/`.
    pub file: PathBuf,
    /// When it was moved to `delivered/` (UTC, `%Y-%m-%dT%H:%M:%SZ`).
    pub delivered_at: String,
    /// The ledger line kept beside it, which the next flush appends
    /// (`null` when that write failed too: the line is rebuilt then).
    pub entry: Option<LedgerEntry>,
}

impl From<Unrecorded> for UnrecordedReport {
    fn from(u: Unrecorded) -> Self {
        UnrecordedReport {
            report_id: u.report_id,
            file: u.path,
            delivered_at: u.delivered_at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            entry: u.line,
        }
    }
}

/// What [`Spool::add`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// The new entry.
    pub entry: SpoolEntry,
    /// Older reports dropped to stay within the bounds.
    pub dropped: Vec<SpoolEntry>,
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

    /// `spool/delivered`.
    pub fn delivered_dir(&self) -> PathBuf {
        self.dir.join("delivered")
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

    /// Writes a sealed report's archive into the spool (temp file, fsync,
    /// rename), then drops the oldest reports while the spool is over its
    /// bounds. The new report itself is never dropped. Each drop is noted
    /// for the next report's collect.log. Only a [`Sealed`] report (one
    /// the privacy guard passed, see [`cep_core::seal`]) can be spooled:
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let spool = cep::spool::Spool::new(dir.path(), Default::default());
    /// let sealed = cep::core::testing::sealed_report("a line");
    /// let added = spool.add(&sealed)?;
    /// assert_eq!(added.entry.report_id, sealed.archive().report_id);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// and a plain archive does not compile:
    ///
    /// ```compile_fail,E0308
    /// # fn f(spool: &cep::spool::Spool, archive: cep::core::Archive) {
    /// let _ = spool.add(&archive);
    /// # }
    /// ```
    pub fn add(&self, sealed: &Sealed) -> Result<Added, SpoolError> {
        let archive = sealed.archive();
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

    /// Pending reports, oldest first (see [`Spool::scan`]).
    pub fn pending(&self) -> Result<Vec<SpoolEntry>, SpoolError> {
        Ok(self.scan()?.pending)
    }

    /// Lists the spool directory without changing it: pending reports,
    /// oldest first, and strays. Stale temporary files from an interrupted
    /// write are not listed (the write never completed, so the report was
    /// never spooled). Entries are classified without following links or
    /// opening anything, so a FIFO cannot block the listing.
    pub fn scan(&self) -> Result<Listing, SpoolError> {
        let rd = match fs::read_dir(&self.dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Listing::default()),
            Err(e) => return Err(err(&self.dir)(e)),
        };
        let mut out = Listing::default();
        for e in rd {
            let e = e.map_err(err(&self.dir))?;
            let name = e.file_name();
            let text = name.to_string_lossy();
            if OWN_NAMES.contains(&text.as_ref()) || is_temporary(&text) {
                continue;
            }
            // The entry itself (lstat): a symlink is a symlink.
            let Ok(meta) = fs::symlink_metadata(e.path()) else {
                continue; // removed meanwhile (delivered by another run)
            };
            let path = e.path();
            let entry = parse_name(&path, meta.len());
            let ft = meta.file_type();
            let kind = if ft.is_file() {
                match entry {
                    Some(entry) => {
                        out.pending.push(entry);
                        continue;
                    }
                    None => StrayKind::File,
                }
            } else if ft.is_symlink() {
                StrayKind::Symlink
            } else if ft.is_dir() {
                StrayKind::Directory
            } else if std::os::unix::fs::FileTypeExt::is_fifo(&ft) {
                StrayKind::Fifo
            } else {
                StrayKind::Special
            };
            out.strays.push(Stray {
                path,
                kind,
                report_name: entry.is_some(),
            });
        }
        out.pending.sort_by(|a, b| a.path.cmp(&b.path));
        out.strays.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// Moves the strays that are not regular files, and `.tar.gz` files
    /// cep did not name, to `bad/` with the reason beside each. Called by
    /// the deliverer, never by a listing.
    pub fn set_aside_strays(&self) -> Result<Vec<Quarantined>, SpoolError> {
        let mut moved = Vec::new();
        for stray in self.scan()?.strays {
            if !stray.set_aside() {
                continue;
            }
            let reason = stray.reason();
            tracing::info!(
                "spool: {} is {reason}; moved to {}",
                stray.path.display(),
                self.bad_dir().display()
            );
            moved.push(self.quarantine(&stray.path, &self.bad_dir(), &reason)?);
        }
        Ok(moved)
    }

    /// Reads a pending report back: the archive must decode as a report
    /// whose manifest carries the id in the file name. A file that cannot
    /// be read is [`LoadError::Unreadable`] (it stays); bytes that are not
    /// that report are [`LoadError::Invalid`] (the reason to move the file
    /// to `bad/`).
    pub fn load(&self, entry: &SpoolEntry) -> Result<Archive, LoadError> {
        let unreadable = |e: io::Error| LoadError::Unreadable {
            path: entry.path.clone(),
            message: e.to_string(),
        };
        // O_NOFOLLOW | O_NONBLOCK: a report swapped for a link or a FIFO
        // after the listing is refused, never followed or waited on.
        let file = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(&entry.path)
            .map_err(unreadable)?;
        let meta = file.metadata().map_err(unreadable)?;
        if !meta.is_file() {
            return Err(LoadError::Invalid("not a regular file".into()));
        }
        let (bytes, truncated) = read_capped(file, MAX_FILE_BYTES).map_err(unreadable)?;
        if truncated {
            return Err(LoadError::Invalid(format!(
                "larger than {MAX_FILE_BYTES} bytes"
            )));
        }
        let limits = ReadLimits {
            compressed_bytes: MAX_FILE_BYTES,
            members: 4096,
            member_bytes: 8 * 1024 * 1024,
            total_bytes: 32 * 1024 * 1024,
        };
        let report =
            Report::read(&bytes, &limits).map_err(|e| LoadError::Invalid(e.to_string()))?;
        if report.manifest.report_id != entry.report_id {
            return Err(LoadError::Invalid(format!(
                "its manifest says report {}, the file name {}",
                report.manifest.report_id, entry.report_id
            )));
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

    /// Moves a spooled report the privacy guard stopped on its way out
    /// to `<state-dir>/quarantine/` (as a report stopped when it was
    /// built) and takes it out of the spool.
    pub fn set_vetoed(
        &self,
        entry: &SpoolEntry,
        archive: &Archive,
        violation: &cep_core::GuardViolation,
    ) -> Result<Quarantined, SpoolError> {
        let state_dir = self.dir.parent().unwrap_or(&self.dir);
        let path = crate::quarantine::quarantine(state_dir, archive)
            .map_err(err(&state_dir.join("quarantine")))?;
        tracing::warn!(
            "spool: {} stopped on its way out: {violation}; moved to {}",
            entry.path.display(),
            path.display()
        );
        self.remove(entry)?;
        Ok(Quarantined {
            path,
            report_id: Some(archive.report_id),
            reason: violation.to_string(),
        })
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

    /// Keeps the spool's record of a report the server acknowledged but
    /// whose ledger line could not be written: the archive moves to
    /// `delivered/` (a rename, which needs no free space on a full disk)
    /// after `line` is written beside it (best effort: when that fails too,
    /// the line is rebuilt from the archive). Such a report is never sent
    /// again; [`Spool::unrecorded`] lists it until its line is written.
    pub fn set_delivered(
        &self,
        entry: &SpoolEntry,
        line: &LedgerEntry,
    ) -> Result<PathBuf, SpoolError> {
        let dir = self.delivered_dir();
        self.ensure(&dir)?;
        let name = entry.path.file_name().unwrap_or_default();
        let mut line_name = name.to_os_string();
        line_name.push(LEDGER_SUFFIX);
        let line_path = dir.join(line_name);
        let json = serde_json::to_vec(line).unwrap_or_default();
        if let Err(e) = atomic_write(&line_path, &json, 0o600) {
            tracing::debug!(
                "{}: {e}; the ledger line will be rebuilt from the archive",
                line_path.display()
            );
        }
        let target = dir.join(name);
        fs::rename(&entry.path, &target).map_err(err(&entry.path))?;
        Ok(target)
    }

    /// Reports in `delivered/` whose ledger line is still owed, oldest
    /// first.
    pub fn unrecorded(&self) -> Result<Vec<Unrecorded>, SpoolError> {
        let dir = self.delivered_dir();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(err(&dir)(e)),
        };
        let mut out = Vec::new();
        for e in rd {
            let e = e.map_err(err(&dir))?;
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(report_id) = id_from_name(&name) else {
                continue;
            };
            let Ok(meta) = fs::symlink_metadata(e.path()) else {
                continue;
            };
            let line = fs::read(dir.join(format!("{name}{LEDGER_SUFFIX}")))
                .ok()
                .and_then(|b| serde_json::from_slice::<LedgerEntry>(&b).ok())
                .filter(|l| l.report_id == report_id);
            let ctime = std::os::unix::fs::MetadataExt::ctime(&meta);
            out.push(Unrecorded {
                path: e.path(),
                report_id,
                line,
                delivered_at: jiff::Timestamp::from_second(ctime)
                    .unwrap_or_else(|_| jiff::Timestamp::now()),
            });
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// Reads an unrecorded report's archive back (to rebuild its ledger
    /// line).
    pub fn read_unrecorded(&self, u: &Unrecorded) -> Result<Vec<u8>, SpoolError> {
        let file = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(&u.path)
            .map_err(err(&u.path))?;
        let (bytes, _) = read_capped(file, MAX_FILE_BYTES).map_err(err(&u.path))?;
        Ok(bytes)
    }

    /// Forgets an unrecorded report once its ledger line is written.
    pub fn forget_unrecorded(&self, u: &Unrecorded) -> Result<(), SpoolError> {
        let mut line = u.path.clone().into_os_string();
        line.push(LEDGER_SUFFIX);
        for p in [u.path.clone(), PathBuf::from(line)] {
            match fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(err(&p)(e)),
            }
        }
        Ok(())
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
            if !is_temporary(name) {
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
    pub fn try_lock(&self) -> Result<Option<FileLock>, SpoolError> {
        self.ensure(&self.dir)?;
        let p = self.dir.join(".lock");
        FileLock::try_acquire(&p, 0o600).map_err(err(&p))
    }
}

/// A temporary file of [`atomic_write`] (`.<name>.tmp.<pid>`).
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.contains(".tmp.")
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

/// For tests of the spool and delivery: `archive` checked by a privacy
/// guard that knows no host value (the generic detectors only).
#[cfg(test)]
pub(crate) fn sealed(archive: Archive) -> Sealed {
    let guard = cep_core::PrivacyGuard::new(&cep_core::Secrets::default()).unwrap();
    Sealed::check(archive, &guard).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::report::ClientInfo;
    use cep_core::runner::Collection;
    use std::os::unix::fs::FileTypeExt;

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
        let added = s.add(&crate::spool::sealed(a.clone())).unwrap();
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
            .map(|_| {
                s.add(&crate::spool::sealed(archive()))
                    .unwrap()
                    .entry
                    .report_id
            })
            .collect();
        let pending: Vec<Uuid> = s.pending().unwrap().iter().map(|e| e.report_id).collect();
        assert_eq!(pending, ids);
    }

    #[test]
    fn full_spool_drops_the_oldest_and_notes_it() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 3, 1 << 20);
        let ids: Vec<Uuid> = (0..5)
            .map(|_| {
                s.add(&crate::spool::sealed(archive()))
                    .unwrap()
                    .entry
                    .report_id
            })
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
        s.add(&crate::spool::sealed(a.clone())).unwrap();
        let b = s.add(&crate::spool::sealed(archive())).unwrap();
        assert!(b.dropped.is_empty());
        let c = s.add(&crate::spool::sealed(archive())).unwrap();
        assert_eq!(c.dropped.len(), 1);
        assert_eq!(c.dropped[0].report_id, a.report_id);
        // A report larger than the whole bound is still kept.
        let tiny = spool(d.path(), 50, 1);
        let last = tiny.add(&crate::spool::sealed(archive())).unwrap();
        let pending = tiny.pending().unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].report_id, last.entry.report_id);
    }

    fn invalid(e: LoadError) -> String {
        match e {
            LoadError::Invalid(reason) => reason,
            other => panic!("expected an invalid report, got {other}"),
        }
    }

    #[test]
    fn corrupt_and_foreign_files_go_to_bad_once() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let a = s.add(&crate::spool::sealed(archive())).unwrap().entry;
        fs::write(&a.path, b"\x1f\x8b garbage").unwrap();
        let err = invalid(s.load(&a).unwrap_err());
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
        assert!(invalid(s.load(&e).unwrap_err()).contains("manifest says report"));
        // A foreign name is listed, and set aside only by the deliverer.
        fs::write(s.dir().join("whatever.tar.gz"), b"x").unwrap();
        assert_eq!(s.pending().unwrap().len(), 1);
        assert!(
            s.dir().join("whatever.tar.gz").exists(),
            "listing moved a file"
        );
        let moved = s.set_aside_strays().unwrap();
        assert_eq!(moved.len(), 1);
        let bad = s.bad().unwrap();
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[1].path.file_name().unwrap(), "whatever.tar.gz");
        assert!(bad[1].reason.contains("file name"), "{}", bad[1].reason);
        assert!(bad[0].reason.contains("not a valid report archive"));
        assert!(!s.dir().join("whatever.tar.gz").exists());
    }

    #[test]
    fn strays_are_listed_without_moving_and_set_aside_unless_regular_files() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let real = s.add(&crate::spool::sealed(archive())).unwrap().entry;
        let named = |n: u64| s.dir().join(format!("{n:020}-{}.tar.gz", Uuid::new_v4()));
        let (link, fifo, dir) = (named(1), named(2), named(3));
        std::os::unix::fs::symlink(&real.path, &link).unwrap();
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo touches no memory of ours.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        fs::create_dir(&dir).unwrap();
        let stray_file = s.dir().join("README");
        fs::write(&stray_file, b"left by someone").unwrap();
        let before = names(s.dir());
        let listing = s.scan().unwrap();
        assert_eq!(names(s.dir()), before, "a listing must not move anything");
        assert_eq!(listing.pending, vec![real.clone()]);
        let kinds: Vec<(PathBuf, StrayKind, bool)> = listing
            .strays
            .iter()
            .map(|t| (t.path.clone(), t.kind, t.report_name))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (link.clone(), StrayKind::Symlink, true),
                (fifo.clone(), StrayKind::Fifo, true),
                (dir.clone(), StrayKind::Directory, true),
                (stray_file.clone(), StrayKind::File, false),
            ]
        );
        assert_eq!(
            listing.strays[1].reason(),
            "named like a report but a FIFO, not a regular file"
        );
        let moved = s.set_aside_strays().unwrap();
        assert_eq!(moved.len(), 3);
        assert!(
            fs::symlink_metadata(s.bad_dir().join(fifo.file_name().unwrap()))
                .unwrap()
                .file_type()
                .is_fifo()
        );
        assert!(
            fs::symlink_metadata(s.bad_dir().join(link.file_name().unwrap()))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        // The regular stray stays, listed; the report is untouched.
        let after = s.scan().unwrap();
        assert_eq!(after.pending, vec![real]);
        assert_eq!(after.strays.len(), 1);
        assert_eq!(after.strays[0].path, stray_file);
    }

    #[test]
    fn delivered_but_unrecorded_reports_are_kept_until_forgotten() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let a = archive();
        let e = s.add(&crate::spool::sealed(a.clone())).unwrap().entry;
        let receipt = cep_core::transport::Receipt {
            report_id: a.report_id,
            received_at: "2026-11-30T03:00:00Z".into(),
            sha256: a.sha256(),
        };
        let line = LedgerEntry::new(&a, "http", "https://s", receipt);
        let kept = s.set_delivered(&e, &line).unwrap();
        assert!(s.pending().unwrap().is_empty());
        assert!(s.scan().unwrap().strays.is_empty());
        let owed = s.unrecorded().unwrap();
        assert_eq!(owed.len(), 1);
        assert_eq!(
            (owed[0].path.clone(), owed[0].report_id),
            (kept, a.report_id)
        );
        assert_eq!(owed[0].line.as_ref(), Some(&line));
        assert_eq!(s.read_unrecorded(&owed[0]).unwrap(), a.bytes);
        s.forget_unrecorded(&owed[0]).unwrap();
        assert!(s.unrecorded().unwrap().is_empty());
        assert!(names(&s.delivered_dir()).is_empty());
    }

    #[test]
    fn rejected_keeps_the_servers_message() {
        let d = tempfile::tempdir().unwrap();
        let s = spool(d.path(), 50, 1 << 20);
        let e = s.add(&crate::spool::sealed(archive())).unwrap().entry;
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
        let kept = s.add(&crate::spool::sealed(archive())).unwrap().entry;
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
