//! Small file-system helpers shared by the identity store, the spool, the
//! state file and the transports: every persistent write in cep goes
//! through [`atomic_write`], so a crash never leaves a half-written file
//! behind.
//!
//! Public because the other cep crates write through it (cep-transport's
//! FILE transport and vzstats id, the facade's `collect_to`, the CLI's
//! generated files); it is a helper, not part of the model, and may change
//! with them.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// directory, `fsync`, `rename`, then `fsync` of the directory.
///
/// Readers see either the old content or the new one, never a mix. `mode`
/// applies to the new file (e.g. `0o600` for the host id).
pub fn atomic_write(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp.{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(mode)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Reads at most `cap` bytes of `reader`; the flag tells whether more was
/// available. Keeps memory bounded whatever the source claims its size is
/// (files under /proc report 0).
pub fn read_capped(reader: impl Read, cap: u64) -> io::Result<(Vec<u8>, bool)> {
    read_capped_sized(reader, cap, || None)
}

/// [`read_capped`] for a file: past the first 16 KiB the buffer is sized
/// once from the file's length (a 12 MB listing grown by doubling costs
/// copies and page faults), still never beyond `cap`. Small files cost no
/// extra system call.
pub fn read_file_capped(file: &File, cap: u64) -> io::Result<(Vec<u8>, bool)> {
    read_capped_sized(file, cap, || file.metadata().ok().map(|m| m.len()))
}

fn read_capped_sized(
    reader: impl Read,
    cap: u64,
    size: impl FnOnce() -> Option<u64>,
) -> io::Result<(Vec<u8>, bool)> {
    const FIRST: u64 = 16 * 1024;
    let limit = cap.saturating_add(1);
    let mut reader = reader.take(limit);
    // Room for a typical /proc or /etc file up front: an empty Vec makes
    // read_to_end probe and grow with about seven read(2) calls for a 1 KiB
    // file, which shows when thousands of container files are read.
    let mut buf = Vec::with_capacity(limit.min(FIRST) as usize);
    (&mut reader).take(FIRST).read_to_end(&mut buf)?;
    if buf.len() as u64 == FIRST.min(limit) {
        if let Some(len) = size() {
            let want = len.saturating_add(1).min(limit) as usize;
            buf.reserve_exact(want.saturating_sub(buf.len()));
        }
        reader.read_to_end(&mut buf)?;
    }
    if buf.len() as u64 > cap {
        buf.truncate(cap as usize);
        Ok((buf, true))
    } else {
        Ok((buf, false))
    }
}
