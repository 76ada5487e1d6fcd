//! The FILE transport: the archive replaces a local file atomically, and
//! optionally the last N archives are kept beside it with timestamps.

use std::path::{Path, PathBuf};

use cep_core::fsutil::atomic_write;
use cep_core::{Archive, Receipt, Sealed, Transport, TransportError};

/// Writes each archive to one path (temp file, fsync, rename).
#[derive(Debug, Clone)]
pub struct FileTransport {
    path: PathBuf,
    keep: usize,
}

impl FileTransport {
    /// Writes to `path` (default `/var/cache/cep/report.tar.gz`).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileTransport {
            path: path.into(),
            keep: 0,
        }
    }

    /// Also keeps the last `n` archives as `<stem>-<UTC time>.tar.gz` beside
    /// the file (0: only the latest).
    pub fn keep(mut self, n: usize) -> Self {
        self.keep = n;
        self
    }

    /// The target path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn stem(&self) -> String {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "report.tar.gz".into());
        name.strip_suffix(".tar.gz")
            .or_else(|| name.strip_suffix(".tgz"))
            .unwrap_or(&name)
            .to_owned()
    }

    fn keep_copy(&self, archive: &Archive, now: jiff::Timestamp) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let stem = self.stem();
        // Microseconds, so that names sort by time even within one second.
        let stamp = format!(
            "{}.{:06}Z",
            now.strftime("%Y%m%dT%H%M%S"),
            now.subsec_microsecond()
        );
        let copy = dir.join(format!(
            "{stem}-{stamp}-{}.tar.gz",
            &archive.report_id.simple().to_string()[..8]
        ));
        atomic_write(&copy, &archive.bytes, 0o600)?;
        // Timestamped names sort by time: drop the oldest beyond `keep`.
        let prefix = format!("{stem}-");
        let mut kept: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".tar.gz"))
            })
            .collect();
        kept.sort();
        let excess = kept.len().saturating_sub(self.keep);
        for old in &kept[..excess] {
            let _ = std::fs::remove_file(old);
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl Transport for FileTransport {
    fn name(&self) -> &str {
        "file"
    }

    fn destination(&self) -> String {
        self.path.display().to_string()
    }

    async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
        let archive = sealed.archive();
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                TransportError::permanent(
                    self,
                    format!(
                        "cannot create {}: {e}; choose a writable transport.path",
                        dir.display()
                    ),
                )
            })?;
        }
        let fail = |e: std::io::Error| {
            let msg = format!("cannot write the archive: {e}");
            // A full disk may clear up; permissions and bad paths will not.
            if e.kind() == std::io::ErrorKind::StorageFull {
                TransportError::retryable(self, msg)
            } else {
                TransportError::permanent(self, msg)
            }
        };
        atomic_write(&self.path, &archive.bytes, 0o600).map_err(fail)?;
        let now = jiff::Timestamp::now();
        if self.keep > 0 {
            self.keep_copy(archive, now).map_err(fail)?;
        }
        Ok(Receipt {
            report_id: archive.report_id,
            received_at: now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            sha256: archive.sha256(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive(n: u8) -> Sealed {
        cep_core::testing::sealed_report(&format!("report {n}"))
    }

    #[tokio::test]
    async fn writes_atomically_and_returns_a_receipt() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("cache/report.tar.gz");
        let t = FileTransport::new(&p);
        let a = archive(1);
        let r = t.send(&a).await.unwrap();
        assert_eq!(r.report_id, a.archive().report_id);
        assert_eq!(r.sha256, a.archive().sha256());
        assert_eq!(std::fs::read(&p).unwrap(), a.archive().bytes);
        let b = archive(2);
        t.send(&b).await.unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b.archive().bytes);
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary or extra files");
    }

    #[tokio::test]
    async fn keeps_the_last_n() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("report.tar.gz");
        let t = FileTransport::new(&p).keep(2);
        let sent: Vec<Sealed> = (0..4).map(archive).collect();
        for a in &sent {
            t.send(a).await.unwrap();
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        let mut names: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.iter().all(|n| n.starts_with("report")));
        // The two kept copies are the two newest archives.
        let newest: Vec<Vec<u8>> = names[..2]
            .iter()
            .map(|n| std::fs::read(d.path().join(n)).unwrap())
            .collect();
        assert_eq!(
            newest,
            vec![
                sent[2].archive().bytes.clone(),
                sent[3].archive().bytes.clone()
            ]
        );
    }

    #[tokio::test]
    async fn unwritable_path_is_a_permanent_error_naming_it() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("file"), "").unwrap();
        let t = FileTransport::new(d.path().join("file/report.tar.gz"));
        let e = t.send(&archive(0)).await.unwrap_err();
        assert!(!e.is_retryable());
        assert!(e.to_string().contains("file/report.tar.gz"), "{e}");
    }
}
