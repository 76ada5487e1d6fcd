//! Tests of `cep_core::fsutil` through its public API.

use cep_core::fsutil::*;
use std::fs::{self, File};
use std::io;
use std::os::unix::fs::PermissionsExt;

#[test]
fn atomic_write_replaces_and_sets_mode() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("id");
    atomic_write(&p, b"one", 0o600).unwrap();
    atomic_write(&p, b"two", 0o600).unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"two");
    assert_eq!(
        fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // No temporary file is left beside it.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("id")]);
}

#[test]
fn atomic_write_into_missing_dir_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let err = atomic_write(&dir.path().join("no/such/file"), b"x", 0o644).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
}

#[test]
fn read_capped_reports_truncation() {
    let (b, t) = read_capped(&b"abcdef"[..], 4).unwrap();
    assert_eq!((b.as_slice(), t), (&b"abcd"[..], true));
    let (b, t) = read_capped(&b"abc"[..], 4).unwrap();
    assert_eq!((b.as_slice(), t), (&b"abc"[..], false));
    let (b, t) = read_capped(&b"abcd"[..], 4).unwrap();
    assert_eq!((b.as_slice(), t), (&b"abcd"[..], false));
}

#[test]
fn read_file_capped_sizes_big_files_once_and_keeps_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f");
    // Around the 16 KiB first read, and well past it.
    for len in [0, 1, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 3 << 20] {
        let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        fs::write(&p, &data).unwrap();
        let (b, t) = read_file_capped(&File::open(&p).unwrap(), 4 << 20).unwrap();
        assert_eq!((b.len(), t), (len, false), "len {len}");
        assert!(b == data, "len {len}");
        // Sized from the file: no doubling beyond it.
        assert!(b.capacity() <= (len + 1).max(16 * 1024), "len {len}");
        let (b, t) = read_file_capped(&File::open(&p).unwrap(), 20_000).unwrap();
        assert_eq!((b.len(), t), (len.min(20_000), len > 20_000), "len {len}");
        assert!(b.capacity() <= 20_001, "len {len}: {}", b.capacity());
    }
    // A file that claims no length (as /proc files do) is still read.
    let (b, t) = read_file_capped(&File::open("/proc/self/status").unwrap(), 1 << 20).unwrap();
    assert!(!t && String::from_utf8(b).unwrap().contains("Pid:"));
}
