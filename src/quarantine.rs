//! What becomes of an archive the guards stopped: quarantined for
//! review, or (a preview) discarded.

use std::path::{Path, PathBuf};

use cep_core::Archive;

/// What becomes of an archive the guards stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnVeto {
    /// `cep collect`, `cep send`, `cep run`: kept in the state directory's
    /// quarantine for review ([`quarantine`]).
    Quarantine,
    /// `cep show`, `cep send --dry-run`: a preview leaves no trace; the
    /// archive is dropped and nothing is written.
    Discard,
}

impl OnVeto {
    /// Disposes of a stopped archive: the quarantine path, or `None` when
    /// it was discarded (nothing written).
    pub fn dispose(self, state_dir: &Path, archive: &Archive) -> std::io::Result<Option<PathBuf>> {
        match self {
            OnVeto::Quarantine => quarantine(state_dir, archive).map(Some),
            OnVeto::Discard => Ok(None),
        }
    }
}

/// How many quarantined archives are kept; older ones are removed, so a
/// timer that keeps producing a leaking report cannot fill the disk.
pub const QUARANTINE_KEEP: usize = 20;

/// Moves a stopped archive to `<state-dir>/quarantine/<report_id>.tar.gz`
/// (mode 0600, directory 0700) and returns the path. Keeps the newest
/// [`QUARANTINE_KEEP`] archives.
pub fn quarantine(state_dir: &Path, archive: &Archive) -> std::io::Result<PathBuf> {
    let dir = state_dir.join("quarantine");
    std::fs::create_dir_all(&dir)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let path = dir.join(format!("{}.tar.gz", archive.report_id));
    cep_core::fsutil::atomic_write(&path, &archive.bytes, 0o600)?;
    let mut kept: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tar.gz"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    if kept.len() > QUARANTINE_KEEP {
        kept.sort();
        for (_, old) in &kept[..kept.len() - QUARANTINE_KEEP] {
            if *old != path {
                let _ = std::fs::remove_file(old);
            }
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_keeps_the_archive_privately() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let a = Archive::new(
            cep_core::uuid::Uuid::from_bytes([7; 16]),
            cep_core::uuid::Uuid::nil(),
            vec![1, 2],
        );
        let p = quarantine(dir.path(), &a).unwrap();
        assert_eq!(
            p,
            dir.path()
                .join("quarantine/07070707-0707-0707-0707-070707070707.tar.gz")
        );
        assert_eq!(std::fs::read(&p).unwrap(), vec![1, 2]);
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        for n in 0..QUARANTINE_KEEP as u8 + 5 {
            let a = Archive::new(
                cep_core::uuid::Uuid::from_bytes([n; 16]),
                cep_core::uuid::Uuid::nil(),
                vec![n],
            );
            quarantine(dir.path(), &a).unwrap();
        }
        let left = std::fs::read_dir(dir.path().join("quarantine"))
            .unwrap()
            .count();
        assert_eq!(left, QUARANTINE_KEEP);
    }
}
