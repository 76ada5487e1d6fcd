//! The one file lock of the Agent: the run lock (`<state-dir>/lock`) and
//! the spool's delivery lock (`spool/.lock`) are both an exclusive
//! `flock` taken without waiting, held until the value is dropped (or the
//! process dies, when the kernel releases it).

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Holds a lock file until dropped.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Takes the lock on `path` (created with `mode` if missing) without
    /// waiting; `None` when another process holds it.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let path = dir.path().join("lock");
    /// let held = cep::lock::FileLock::try_acquire(&path, 0o600)?.expect("free");
    /// assert!(cep::lock::FileLock::try_acquire(&path, 0o600)?.is_none());
    /// drop(held);
    /// assert!(cep::lock::FileLock::try_acquire(&path, 0o600)?.is_some());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn try_acquire(path: &Path, mode: u32) -> io::Result<Option<FileLock>> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(mode)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(e),
        }
    }
}

/// Takes `<state-dir>/lock`, the run lock (one `cep run`, `send` or
/// `forget` at a time), creating the state directory; `None` when
/// another process holds it.
pub(crate) fn run_lock(state_dir: &Path) -> crate::Result<Option<FileLock>> {
    std::fs::create_dir_all(state_dir).map_err(|source| crate::Error::Write {
        path: state_dir.to_owned(),
        source,
    })?;
    let path = state_dir.join("lock");
    FileLock::try_acquire(&path, 0o644).map_err(|source| crate::Error::Write { path, source })
}
