//! The ledger: one JSON line per report that left the host, in
//! `<state-dir>/ledger.jsonl`, so an administrator can see what was sent,
//! when, where, and check it against a kept copy by its SHA-256.
//!
//! Each entry is one `write(2)` of one line to a file opened with
//! `O_APPEND`, then `fsync`: concurrent writers never interleave and a crash
//! loses at most the line being written. Reading tolerates a truncated last
//! line and says so.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use cep_core::uuid::Uuid;
use serde::{Deserialize, Serialize};

use cep_core::report::Archive;
use cep_core::transport::Receipt;

/// The ledger file's name in the state directory.
pub const LEDGER_FILE: &str = "ledger.jsonl";

/// The largest ledger read (64 MiB, about 150,000 reports).
const READ_CAP: u64 = 64 * 1024 * 1024;

/// One delivered report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// When the delivery finished (RFC 3339, UTC).
    pub time: String,
    /// The report id.
    pub report_id: Uuid,
    /// SHA-256 of the archive that was sent (lowercase hex).
    pub sha256: String,
    /// Archive size in bytes.
    pub size: u64,
    /// The transport's name (`file`, `http`).
    pub transport: String,
    /// Where it went (path or URL, without credentials).
    pub destination: String,
    /// What the receiver acknowledged.
    pub receipt: Receipt,
    /// The version of the collection policy the report was built under
    /// (absent: none applied, or a line of an earlier release).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<String>,
    /// SHA-256 of that policy's exact bytes as the server served them (of
    /// the canonical bytes for the built-in policy): `sha256sum` of the
    /// policy document proves which policy governed the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_sha256: Option<String>,
}

impl LedgerEntry {
    /// The entry for `archive`, delivered now by a transport named
    /// `transport` to `destination` with `receipt`.
    pub fn new(
        archive: &Archive,
        transport: impl Into<String>,
        destination: impl Into<String>,
        receipt: Receipt,
    ) -> LedgerEntry {
        LedgerEntry {
            time: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            report_id: archive.report_id,
            sha256: archive.sha256(),
            size: archive.bytes.len() as u64,
            transport: transport.into(),
            destination: destination.into(),
            receipt,
            policy_version: None,
            policy_sha256: None,
        }
    }

    /// Records the policy the report was built under (its manifest's
    /// `policy` entry).
    pub fn with_policy(mut self, note: Option<&cep_core::PolicyNote>) -> LedgerEntry {
        self.policy_version = note.map(|n| n.version.clone());
        self.policy_sha256 = note.and_then(|n| n.sha256.clone());
        self
    }
}

/// The line left when the host was forgotten (`cep forget`): the server's
/// receipt, where it came from, and nothing about the reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgottenEntry {
    /// When the client erased its state (RFC 3339, UTC).
    pub time: String,
    /// The transport's name.
    pub transport: String,
    /// The server (URL without credentials).
    pub destination: String,
    /// What the server answered.
    pub forgotten: cep_core::transport::ForgetReceipt,
}

/// Ledger errors; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// Reading or writing failed.
    #[error("ledger {path}: {source}")]
    Io {
        /// The ledger file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// A line other than the last is not a ledger entry.
    #[error(
        "ledger {path}, line {line}: not a ledger entry ({message}); the file was edited or damaged"
    )]
    Corrupt {
        /// The ledger file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// The file is larger than cep reads.
    #[error("ledger {path} is larger than {cap} bytes; archive it elsewhere and remove it")]
    TooLarge {
        /// The ledger file.
        path: PathBuf,
        /// The cap.
        cap: u64,
    },
}

/// What [`Ledger::read`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LedgerContents {
    /// The entries, oldest first.
    pub entries: Vec<LedgerEntry>,
    /// The host was forgotten: the line [`Ledger::forgotten`] left.
    pub forgotten: Option<ForgottenEntry>,
    /// A last line cut short (a crash while appending): its line number and
    /// length in bytes. It is not an entry.
    pub truncated: Option<(usize, usize)>,
}

/// The ledger file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    path: PathBuf,
}

impl Ledger {
    /// The report ids the ledger records as delivered.
    pub fn report_ids(
        &self,
    ) -> Result<std::collections::HashSet<cep_core::uuid::Uuid>, LedgerError> {
        Ok(self
            .read()?
            .entries
            .into_iter()
            .map(|e| e.report_id)
            .collect())
    }

    /// The ledger at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Ledger {
        Ledger { path: path.into() }
    }

    /// The ledger of a state directory (`<dir>/ledger.jsonl`).
    pub fn in_state_dir(dir: &Path) -> Ledger {
        Ledger::new(dir.join(LEDGER_FILE))
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn io(&self, source: std::io::Error) -> LedgerError {
        LedgerError::Io {
            path: self.path.clone(),
            source,
        }
    }

    /// Appends one entry: one line, one write to an `O_APPEND` file, then
    /// fsync. Creates the file (mode 0600) and its directory when missing.
    /// If a crash left the last line without its newline, the entry starts
    /// on a fresh line.
    pub fn append(&self, entry: &LedgerEntry) -> Result<(), LedgerError> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| self.io(e))?;
        }
        let mut f = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&self.path)
            .map_err(|e| self.io(e))?;
        let len = f.metadata().map_err(|e| self.io(e))?.len();
        if len > 0 {
            let mut last = [0u8; 1];
            f.seek(SeekFrom::Start(len - 1)).map_err(|e| self.io(e))?;
            f.read_exact(&mut last).map_err(|e| self.io(e))?;
            if last[0] != b'\n' {
                self.drop_cut_line(&mut f, len)?;
            }
        }
        let mut line = Vec::with_capacity(512);
        serde_json::to_writer(&mut line, entry).map_err(|e| self.io(std::io::Error::other(e)))?;
        line.push(b'\n');
        // One write call: O_APPEND makes it land whole at the end.
        let n = f.write(&line).map_err(|e| self.io(e))?;
        if n != line.len() {
            return Err(self.io(std::io::Error::new(
                std::io::ErrorKind::WriteZero,
                format!("short write ({n} of {} bytes)", line.len()),
            )));
        }
        f.sync_all().map_err(|e| self.io(e))
    }

    /// Cuts a last line left without its newline by a crash (it never
    /// became an entry), so the next entry starts on a line of its own and
    /// the ledger stays readable.
    fn drop_cut_line(&self, f: &mut std::fs::File, len: u64) -> Result<(), LedgerError> {
        let keep = len.saturating_sub(READ_CAP.min(len));
        f.seek(SeekFrom::Start(keep)).map_err(|e| self.io(e))?;
        let mut tail = Vec::new();
        f.read_to_end(&mut tail).map_err(|e| self.io(e))?;
        let cut = tail
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(keep, |i| keep + i as u64 + 1);
        tracing::warn!(
            "ledger {}: dropping a cut last line of {} bytes",
            self.path.display(),
            len - cut
        );
        f.set_len(cut).map_err(|e| self.io(e))
    }

    /// Replaces the whole ledger by the one line saying the host was
    /// forgotten (`cep forget`): the reports' lines name report ids the
    /// server no longer holds. Atomic: the old ledger or the new line.
    pub fn forgotten(&self, entry: &ForgottenEntry) -> Result<(), LedgerError> {
        let mut line = serde_json::to_vec(entry).map_err(|e| self.io(std::io::Error::other(e)))?;
        line.push(b'\n');
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| self.io(e))?;
        }
        cep_core::fsutil::atomic_write(&self.path, &line, 0o600).map_err(|e| self.io(e))
    }

    /// Reads every entry. A missing file is an empty ledger; a truncated
    /// last line is reported in [`LedgerContents::truncated`]; any other
    /// bad line is an error naming its number.
    pub fn read(&self) -> Result<LedgerContents, LedgerError> {
        let f = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(LedgerContents::default());
            }
            Err(e) => return Err(self.io(e)),
        };
        let (bytes, over) = cep_core::fsutil::read_capped(f, READ_CAP).map_err(|e| self.io(e))?;
        if over {
            return Err(LedgerError::TooLarge {
                path: self.path.clone(),
                cap: READ_CAP,
            });
        }
        let ends_whole = bytes.last().is_none_or(|&b| b == b'\n');
        let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        // split leaves an empty piece after a final newline.
        let count = if ends_whole {
            lines.len().saturating_sub(1)
        } else {
            lines.len()
        };
        let mut out = LedgerContents::default();
        for (i, line) in lines.iter().take(count).enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<LedgerEntry>(line) {
                Ok(e) => out.entries.push(e),
                Err(_) if let Ok(f) = serde_json::from_slice::<ForgottenEntry>(line) => {
                    out.forgotten = Some(f);
                }
                Err(_) if i + 1 == count && !ends_whole => {
                    out.truncated = Some((i + 1, line.len()));
                }
                Err(e) => {
                    return Err(LedgerError::Corrupt {
                        path: self.path.clone(),
                        line: i + 1,
                        message: e.to_string(),
                    });
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: u8) -> LedgerEntry {
        let archive = Archive::new(Uuid::from_bytes([n; 16]), Uuid::nil(), vec![n; 10]);
        LedgerEntry {
            time: format!("2026-11-22T18:00:0{n}Z"),
            report_id: archive.report_id,
            sha256: archive.sha256(),
            size: 10,
            transport: "http".into(),
            destination: "https://stats.example.org".into(),
            receipt: Receipt {
                report_id: archive.report_id,
                received_at: "2026-11-22T18:00:00Z".into(),
                sha256: archive.sha256(),
            },
            policy_version: None,
            policy_sha256: None,
        }
    }

    #[test]
    fn appends_and_reads_back() {
        let d = tempfile::tempdir().unwrap();
        let l = Ledger::in_state_dir(&d.path().join("state"));
        assert_eq!(l.read().unwrap(), LedgerContents::default());
        l.append(&entry(1)).unwrap();
        l.append(&entry(2)).unwrap();
        let c = l.read().unwrap();
        assert_eq!(c.entries, vec![entry(1), entry(2)]);
        assert_eq!(c.truncated, None);
        let text = std::fs::read_to_string(l.path()).unwrap();
        assert_eq!(text.lines().count(), 2);
        assert!(text.ends_with("}\n"));
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(l.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn truncated_last_line_is_reported_and_the_next_entry_starts_fresh() {
        let d = tempfile::tempdir().unwrap();
        let l = Ledger::in_state_dir(d.path());
        l.append(&entry(1)).unwrap();
        let mut f = OpenOptions::new().append(true).open(l.path()).unwrap();
        f.write_all(b"{\"time\":\"2026-11-22T18:00:02Z\",\"report_id\":\"02")
            .unwrap();
        drop(f);
        let c = l.read().unwrap();
        assert_eq!(c.entries, vec![entry(1)]);
        assert_eq!(c.truncated, Some((2, 46)));
        // The next append drops the cut line: the ledger stays readable.
        l.append(&entry(3)).unwrap();
        let c = l.read().unwrap();
        assert_eq!(c.entries, vec![entry(1), entry(3)]);
        assert_eq!(c.truncated, None);
    }

    #[test]
    fn a_bad_line_in_the_middle_is_an_error_with_its_number() {
        let d = tempfile::tempdir().unwrap();
        let l = Ledger::in_state_dir(d.path());
        l.append(&entry(1)).unwrap();
        std::fs::write(
            l.path(),
            format!(
                "{}\nnot json\n{}\n",
                serde_json::to_string(&entry(1)).unwrap(),
                serde_json::to_string(&entry(2)).unwrap()
            ),
        )
        .unwrap();
        let err = l.read().unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
        assert!(err.contains("ledger.jsonl"), "{err}");
    }
}
