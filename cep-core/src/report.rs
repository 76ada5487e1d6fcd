//! The report: a manifest, one section per collector and a log, written as a
//! deterministic gzip-compressed tar archive and read back under limits.
//!
//! Archive layout (member order is fixed):
//! 1. `manifest.json`
//! 2. `collect.log`
//! 3. one `<id>.json` or `<id>.txt` per collector that produced a section,
//!    in manifest order.

use std::collections::{BTreeMap, HashSet};
use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::collector::{Section, is_valid_id};
#[cfg(feature = "digest")]
pub use crate::digest::sha256_hex;
use crate::runner::Collection;
pub use crate::runner::Status;

/// `manifest.json`'s `format`.
pub const FORMAT: &str = "cep-report";
/// The manifest schema this crate writes and reads.
pub const SCHEMA: u32 = 1;
/// Name of the manifest member.
pub const MANIFEST: &str = "manifest.json";
/// Name of the log member.
pub const LOG: &str = "collect.log";

/// Who wrote the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientInfo {
    /// Program name (`cep`, or the embedding tool's).
    pub name: String,
    /// Its version.
    pub version: String,
}

impl Default for ClientInfo {
    fn default() -> Self {
        ClientInfo {
            name: "cep".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

/// One collector's line in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Collector id.
    pub id: String,
    /// How it ended.
    pub status: Status,
    /// How long it ran, in milliseconds.
    pub duration_ms: u64,
    /// The section member, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The error or skip reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Exit status of an external script (absent for built-in collectors
    /// and for scripts that were stopped).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_status: Option<i32>,
    /// True when the section was cut at the output cap.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`SCHEMA`] for reports this crate writes.
    pub schema: u32,
    /// Fresh per report: the server's idempotency key.
    pub report_id: Uuid,
    /// The host id.
    pub client_id: Uuid,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// Who wrote it.
    pub client: ClientInfo,
    /// One entry per collector run.
    pub collectors: Vec<ManifestEntry>,
    /// The collection policy the report was built under and what it
    /// withheld (absent when no policy applied).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::policy::PolicyNote>,
}

impl Manifest {
    /// Checks `created_at` as a strict RFC 3339 time within the range a
    /// timestamp holds: what a server does with an archive from
    /// elsewhere ([`Report::read`] checks the structure, not the clock).
    #[cfg(feature = "rfc3339")]
    pub fn check_created_at(&self) -> Result<(), ArchiveError> {
        if self.created_at.parse::<jiff::Timestamp>().is_err() {
            // A well-formed time that a timestamp cannot hold (year 9999 at
            // the end of the range) is out of range, not malformed.
            let civil = self
                .created_at
                .strip_suffix(['Z', 'z'])
                .is_some_and(|t| t.parse::<jiff::civil::DateTime>().is_ok());
            return Err(ArchiveError::Manifest(if civil {
                format!(
                    "created_at `{}` is out of range (latest {})",
                    self.created_at,
                    jiff::Timestamp::MAX.strftime("%Y-%m-%dT%H:%M:%SZ")
                )
            } else {
                format!("created_at `{}` is not an RFC 3339 time", self.created_at)
            }));
        }
        Ok(())
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date, and back
/// (H. Hinnant's `days_from_civil` and `civil_from_days`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let (era, yoe) = (y.div_euclid(400), y.rem_euclid(400));
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `t` as a manifest writes times: RFC 3339 in UTC, whole seconds
/// (`2026-11-22T18:00:00Z`).
pub fn utc_text(t: std::time::SystemTime) -> String {
    let secs = match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs_f64().ceil() as i64),
    };
    let (days, in_day) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// Unix seconds of a time written as [`utc_text`] writes it; `None` for
/// any other form.
pub fn utc_seconds(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let shape = b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    if !shape {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = text.get(r)?;
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let month_days = [
        31,
        28 + i64::from(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)),
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m)
        || d < 1
        || d > month_days[(m - 1) as usize]
        || h > 23
        || min > 59
        || sec > 59
    {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60 + sec)
}

/// The time a manifest's text names, as [`utc_seconds`] reads it.
pub fn utc_time(text: &str) -> Option<std::time::SystemTime> {
    let secs = utc_seconds(text)?;
    let d = std::time::Duration::from_secs(secs.unsigned_abs());
    if secs >= 0 {
        std::time::UNIX_EPOCH.checked_add(d)
    } else {
        std::time::UNIX_EPOCH.checked_sub(d)
    }
}

/// A report in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The manifest.
    pub manifest: Manifest,
    /// Sections by collector id.
    pub sections: BTreeMap<String, Section>,
    /// `collect.log`: one line per event.
    pub log: String,
}

/// Limits for reading an archive that came from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// Largest compressed archive.
    pub compressed_bytes: u64,
    /// Most members.
    pub members: usize,
    /// Largest member, decompressed.
    pub member_bytes: u64,
    /// Largest total, decompressed (tar headers included).
    pub total_bytes: u64,
}

impl Default for ReadLimits {
    /// The native protocol's limits: 1 MiB compressed, 64 members,
    /// 1 MiB a member (an external script's default output cap), 8 MiB in
    /// all.
    fn default() -> Self {
        ReadLimits {
            compressed_bytes: 1024 * 1024,
            members: 64,
            member_bytes: 1024 * 1024,
            total_bytes: 8 * 1024 * 1024,
        }
    }
}

impl ReadLimits {
    /// No practical limit: only for an archive this process has just built
    /// (the privacy check, `cep show`), never for one from elsewhere.
    pub const fn own_archive() -> Self {
        ReadLimits {
            compressed_bytes: u64::MAX / 4,
            members: usize::MAX,
            member_bytes: u64::MAX / 4,
            total_bytes: u64::MAX / 4,
        }
    }
}

/// Errors writing or reading an archive. Reading names the member at fault.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// An I/O error while writing.
    #[error("cannot write the report archive: {0}")]
    Write(#[source] std::io::Error),
    /// Not a gzip-compressed tar, or truncated.
    #[error("not a valid report archive (gzip-compressed tar expected): {0}")]
    Corrupt(String),
    /// A limit was exceeded.
    #[error("report archive exceeds a limit: {0}")]
    TooLarge(String),
    /// A member is not allowed (link, directory, device, bad name, duplicate).
    #[error("report archive member `{member}` rejected: {reason}")]
    BadMember {
        /// The member name as stored (lossy).
        member: String,
        /// Why.
        reason: String,
    },
    /// The manifest is missing or invalid.
    #[error("report manifest invalid: {0}")]
    Manifest(String),
}

/// An encoded report ready for a transport: the archive bytes with the ids a
/// transport needs and the digest a receipt is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    /// The report id (idempotency key).
    pub report_id: Uuid,
    /// The host id.
    pub client_id: Uuid,
    /// The gzip-compressed tar.
    pub bytes: Vec<u8>,
}

impl Archive {
    /// Wraps archive bytes with their ids.
    pub fn new(report_id: Uuid, client_id: Uuid, bytes: Vec<u8>) -> Self {
        Archive {
            report_id,
            client_id,
            bytes,
        }
    }

    /// Lowercase hex SHA-256 of the bytes.
    #[cfg(feature = "digest")]
    pub fn sha256(&self) -> String {
        crate::digest::sha256_hex(&self.bytes)
    }
}

impl Report {
    /// Builds a report from a collection, with a fresh report id and the
    /// current time.
    pub fn new(collection: Collection, client_id: Uuid, client: ClientInfo) -> Report {
        let now = std::time::SystemTime::now();
        Self::with_identity(collection, client_id, client, Uuid::new_v4(), now)
    }

    /// Like [`Report::new`] with an explicit report id and time (for
    /// reproducible output in tests).
    pub fn with_identity(
        collection: Collection,
        client_id: Uuid,
        client: ClientInfo,
        report_id: Uuid,
        created_at: std::time::SystemTime,
    ) -> Report {
        let mut sections = BTreeMap::new();
        let mut collectors = Vec::with_capacity(collection.outcomes.len());
        for o in collection.outcomes {
            let file = o
                .section
                .as_ref()
                .map(|s| format!("{}.{}", o.id, s.extension()));
            collectors.push(ManifestEntry {
                id: o.id.clone(),
                status: o.status,
                duration_ms: o.duration.as_millis().min(u64::MAX as u128) as u64,
                file,
                error: o.message,
                exit_status: o.exit_status,
                truncated: o.truncated,
            });
            if let Some(s) = o.section {
                sections.insert(o.id, s);
            }
        }
        let mut log = String::new();
        for line in &collection.log {
            log.push_str(line);
            log.push('\n');
        }
        Report {
            manifest: Manifest {
                format: FORMAT.into(),
                schema: SCHEMA,
                report_id,
                client_id,
                created_at: utc_text(created_at),
                client,
                collectors,
                policy: None,
            },
            sections,
            log,
        }
    }

    /// The members in archive order: (name, bytes).
    pub fn members(&self) -> Vec<(String, Vec<u8>)> {
        let mut manifest = serde_json::to_vec_pretty(&self.manifest).unwrap_or_default();
        manifest.push(b'\n');
        let mut out = vec![
            (MANIFEST.to_owned(), manifest),
            (LOG.to_owned(), self.log.as_bytes().to_vec()),
        ];
        for e in &self.manifest.collectors {
            if let (Some(file), Some(section)) = (&e.file, self.sections.get(&e.id)) {
                out.push((file.clone(), section.to_bytes()));
            }
        }
        out
    }

    /// Encodes the report as a gzip-compressed tar. The same report always
    /// gives the same bytes.
    pub fn to_archive(&self) -> Result<Archive, ArchiveError> {
        let mtime = utc_seconds(&self.manifest.created_at)
            .map(|t| t.max(0) as u64)
            .unwrap_or(0);
        let gz = flate2::GzBuilder::new()
            .mtime(0)
            .write(Vec::new(), flate2::Compression::best());
        let mut tar = tar::Builder::new(gz);
        tar.mode(tar::HeaderMode::Deterministic);
        for (name, bytes) in self.members() {
            let mut h = tar::Header::new_ustar();
            h.set_entry_type(tar::EntryType::Regular);
            h.set_size(bytes.len() as u64);
            h.set_mode(0o644);
            h.set_uid(0);
            h.set_gid(0);
            h.set_mtime(mtime);
            tar.append_data(&mut h, &name, bytes.as_slice())
                .map_err(ArchiveError::Write)?;
        }
        let gz = tar.into_inner().map_err(ArchiveError::Write)?;
        let bytes = gz.finish().map_err(ArchiveError::Write)?;
        Ok(Archive::new(
            self.manifest.report_id,
            self.manifest.client_id,
            bytes,
        ))
    }

    /// Reads and validates an archive under `limits`.
    ///
    /// Rejects, with an error naming the member: links, directories and
    /// devices, names that are not a plain file name, duplicates, members the
    /// manifest does not list, oversize members, gzip bombs (the total
    /// decompressed size is capped while reading), and invalid manifests or
    /// sections.
    ///
    /// A cep archive is stricter than [`read_members`]: member names carry no
    /// `./` prefix and `manifest.json` is the first member.
    pub fn read(bytes: &[u8], limits: &ReadLimits) -> Result<Report, ArchiveError> {
        let (tar, members, first) = read_archive(bytes, limits, false)?;
        if let Some(first) = first.filter(|f| f != MANIFEST && members.contains_key(MANIFEST)) {
            return Err(ArchiveError::BadMember {
                member: first,
                reason: format!("{MANIFEST} must be the first member"),
            });
        }
        Self::from_members(
            members
                .into_iter()
                .map(|(name, at)| (name, &tar[at]))
                .collect(),
        )
    }

    /// Assembles a report from already-read members (slices of the tar:
    /// a section is parsed where it lies, not copied first).
    fn from_members(mut members: BTreeMap<String, &[u8]>) -> Result<Report, ArchiveError> {
        let manifest_bytes = members
            .remove(MANIFEST)
            .ok_or_else(|| ArchiveError::Manifest(format!("no {MANIFEST} member")))?;
        let manifest: Manifest = serde_json::from_slice(manifest_bytes)
            .map_err(|e| ArchiveError::Manifest(e.to_string()))?;
        if manifest.format != FORMAT {
            return Err(ArchiveError::Manifest(format!(
                "format is `{}`, expected `{FORMAT}`",
                manifest.format
            )));
        }
        if manifest.schema != SCHEMA {
            return Err(ArchiveError::Manifest(format!(
                "schema {} is not supported (this reader knows schema {SCHEMA}); upgrade the reader",
                manifest.schema
            )));
        }
        for (what, id) in [
            ("report_id", manifest.report_id),
            ("client_id", manifest.client_id),
        ] {
            if id.is_nil() {
                return Err(ArchiveError::Manifest(format!(
                    "{what} is the nil UUID; a client must use a random UUID"
                )));
            }
        }
        let log = match members.remove(LOG) {
            Some(b) => std::str::from_utf8(b)
                .map_err(|_| ArchiveError::BadMember {
                    member: LOG.into(),
                    reason: "not UTF-8 text".into(),
                })?
                .to_owned(),
            None => String::new(),
        };
        let mut sections = BTreeMap::new();
        let mut seen = HashSet::new();
        for e in &manifest.collectors {
            if !is_valid_id(&e.id) || !seen.insert(e.id.as_str()) {
                return Err(ArchiveError::Manifest(format!(
                    "collector id `{}` is invalid or repeated",
                    e.id
                )));
            }
            let Some(file) = &e.file else { continue };
            let bytes = members.remove(file).ok_or_else(|| {
                ArchiveError::Manifest(format!(
                    "member `{file}` of collector `{}` is missing",
                    e.id
                ))
            })?;
            let section = if *file == format!("{}.json", e.id) {
                let v: serde_json::Value =
                    serde_json::from_slice(bytes).map_err(|err| ArchiveError::BadMember {
                        member: file.clone(),
                        reason: format!("invalid JSON: {err}"),
                    })?;
                if !v.is_object() {
                    return Err(ArchiveError::BadMember {
                        member: file.clone(),
                        reason: "a JSON section must be an object".into(),
                    });
                }
                Section::Json(v)
            } else if *file == format!("{}.txt", e.id) {
                Section::Text(
                    std::str::from_utf8(bytes)
                        .map_err(|_| ArchiveError::BadMember {
                            member: file.clone(),
                            reason: "not UTF-8 text".into(),
                        })?
                        .to_owned(),
                )
            } else {
                return Err(ArchiveError::Manifest(format!(
                    "file `{file}` of collector `{}` must be `{}.json` or `{}.txt`",
                    e.id, e.id, e.id
                )));
            };
            sections.insert(e.id.clone(), section);
        }
        if let Some(extra) = members.keys().next() {
            return Err(ArchiveError::BadMember {
                member: extra.clone(),
                reason: "not listed in the manifest".into(),
            });
        }
        Ok(Report {
            manifest,
            sections,
            log,
        })
    }
}

/// Counts decompressed bytes and fails past the cap (gzip-bomb guard).
struct Capped<R> {
    inner: R,
    left: u64,
    cap: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // Probe one byte: reaching exactly the cap is fine, more is not.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::other(format!(
                    "more than {} bytes decompressed",
                    self.cap
                ))),
            };
        }
        let max = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..max])?;
        self.left -= n as u64;
        Ok(n)
    }
}

fn io_to_archive(e: std::io::Error, cap: u64) -> ArchiveError {
    let msg = e.to_string();
    if msg.contains("bytes decompressed") {
        ArchiveError::TooLarge(format!("{msg} (limit {cap})"))
    } else {
        ArchiveError::Corrupt(msg)
    }
}

/// Reads the members of a gzip-compressed tar under `limits`: plain file
/// names only (a leading `./` is accepted and dropped, as `tar czf -C dir .`
/// writes them), regular files only, no duplicates. The gzip stream must
/// end with a matching CRC and length, and nothing may follow it.
pub fn read_members(
    bytes: &[u8],
    limits: &ReadLimits,
) -> Result<BTreeMap<String, Vec<u8>>, ArchiveError> {
    let (tar, members, _) = read_archive(bytes, limits, true)?;
    Ok(members
        .into_iter()
        .map(|(name, at)| (name, tar[at].to_vec()))
        .collect())
}

/// Where each member's bytes lie in the tar, by name.
type Members = BTreeMap<String, std::ops::Range<usize>>;

/// [`read_members`] as the decompressed tar and where each member lies in
/// it, also giving the first member's name; `dot_slash` accepts (and
/// drops) a leading `./`.
fn read_archive(
    bytes: &[u8],
    limits: &ReadLimits,
    dot_slash: bool,
) -> Result<(Vec<u8>, Members, Option<String>), ArchiveError> {
    if bytes.len() as u64 > limits.compressed_bytes {
        return Err(ArchiveError::TooLarge(format!(
            "{} bytes compressed (limit {})",
            bytes.len(),
            limits.compressed_bytes
        )));
    }
    if bytes.len() < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b {
        return Err(ArchiveError::Corrupt("no gzip header".into()));
    }
    // bufread: the decoder takes from the slice only what the gzip member
    // holds, so what is left afterwards is trailing data. The whole tar is
    // decompressed first (under the cap) so that tar reads it from memory
    // and seeks over padding: skipping on a stream zeroes a 32 KiB buffer
    // a member, the largest cost of reading a small report.
    let mut capped = Capped {
        inner: flate2::bufread::GzDecoder::new(bytes),
        left: limits.total_bytes,
        cap: limits.total_bytes,
    };
    // The gzip trailer's length (ISIZE, the tar's size modulo 2^32) sizes
    // the buffer at once, within bounds a forged one cannot stretch.
    let told = bytes
        .last_chunk::<4>()
        .map_or(0, |b| u32::from_le_bytes(*b) as usize);
    let most = bytes.len().saturating_mul(64).min(1 << 20);
    let hint = told
        .saturating_add(1)
        .min(most)
        .max(bytes.len().saturating_mul(4).min(most));
    let mut tar_bytes = Vec::with_capacity(hint);
    capped
        .read_to_end(&mut tar_bytes)
        .map_err(|e| io_to_archive(e, limits.total_bytes))?;
    let rest = capped.inner.into_inner();
    if !rest.is_empty() {
        return Err(ArchiveError::Corrupt(format!(
            "{} bytes of trailing data after the gzip stream",
            rest.len()
        )));
    }
    let mut archive = tar::Archive::new(std::io::Cursor::new(tar_bytes.as_slice()));
    let mut out = BTreeMap::new();
    let mut first = None;
    let entries = archive
        .entries_with_seek()
        .map_err(|e| io_to_archive(e, limits.total_bytes))?;
    for entry in entries {
        let entry = entry.map_err(|e| io_to_archive(e, limits.total_bytes))?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let name = match raw.strip_prefix("./") {
            Some(n) if dot_slash => n.to_owned(),
            _ => raw.clone(),
        };
        let kind = entry.header().entry_type();
        if kind.is_dir() && name.is_empty() {
            continue; // the "./" entry of `tar czf -C dir .`
        }
        let bad = |reason: &str| ArchiveError::BadMember {
            member: raw.clone(),
            reason: reason.into(),
        };
        if !(kind.is_file() || kind == tar::EntryType::Continuous) {
            return Err(bad(&format!(
                "only regular files are allowed, this is {}",
                match kind {
                    tar::EntryType::Symlink => "a symbolic link".to_owned(),
                    tar::EntryType::Link => "a hard link".to_owned(),
                    tar::EntryType::Directory => "a directory".to_owned(),
                    other => format!("of type {:?}", other.as_byte() as char),
                }
            )));
        }
        if !dot_slash && raw.starts_with("./") {
            return Err(bad("a cep report archive names its members without `./`"));
        }
        if name.is_empty()
            || name.contains('/')
            || name.contains('\\')
            || name == "."
            || name == ".."
            || name.starts_with('.')
            || name.chars().any(|c| c.is_control())
        {
            return Err(bad("the name must be a plain file name"));
        }
        if out.contains_key(&name) {
            return Err(bad("duplicate member"));
        }
        if out.len() >= limits.members {
            return Err(ArchiveError::TooLarge(format!(
                "more than {} members",
                limits.members
            )));
        }
        // The size a PAX header gives, else the header's own.
        let size = entry.size();
        if size > limits.member_bytes {
            return Err(ArchiveError::TooLarge(format!(
                "member `{name}` is {size} bytes (limit {})",
                limits.member_bytes
            )));
        }
        // The tar is in memory: a member is where its data lies in it.
        let start = entry.raw_file_position();
        let end = start.saturating_add(size);
        if end > tar_bytes.len() as u64 {
            return Err(ArchiveError::Corrupt(format!(
                "member `{name}` is cut short: {size} bytes announced, {} there",
                (tar_bytes.len() as u64).saturating_sub(start)
            )));
        }
        first.get_or_insert_with(|| name.clone());
        out.insert(name, start as usize..end as usize);
    }
    Ok((tar_bytes, out, first))
}

/// Writes `members` as a gzip-compressed tar, in the given order (for tests
/// and tools that need an archive that is not a [`Report`]).
pub fn write_members(members: &[(&str, &[u8])]) -> Result<Vec<u8>, ArchiveError> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (name, bytes) in members {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, name, *bytes)
            .map_err(ArchiveError::Write)?;
    }
    let mut gz = tar.into_inner().map_err(ArchiveError::Write)?;
    gz.flush().map_err(ArchiveError::Write)?;
    gz.finish().map_err(ArchiveError::Write)
}
