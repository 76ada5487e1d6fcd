//! Tests of `cep_core::host` through its public API.

use cep_core::host::*;

fn fixture() -> (tempfile::TempDir, Host) {
    let dir = tempfile::tempdir().unwrap();
    let fs = dir.path().join("fs");
    std::fs::create_dir_all(fs.join("proc/sys/kernel")).unwrap();
    std::fs::write(
        fs.join("proc/sys/kernel/osrelease"),
        "2.6.32-042stab145.3\n",
    )
    .unwrap();
    std::fs::write(fs.join("proc/sys/kernel/hostname"), "node1.example.com\n").unwrap();
    let host = Host::fixture(dir.path()).unwrap();
    (dir, host)
}

#[test]
fn read_start_gets_a_small_file_in_one_read() {
    let (dir, host) = fixture();
    assert_eq!(
        host.read_start("/proc/sys/kernel/osrelease", 4096).unwrap(),
        Some(b"2.6.32-042stab145.3\n".to_vec())
    );
    // At most `max` bytes of a bigger file; absent is None.
    std::fs::write(dir.path().join("fs/big"), vec![b'x'; 10_000]).unwrap();
    assert_eq!(host.read_start("/big", 100).unwrap().unwrap().len(), 100);
    assert_eq!(host.read_start("/absent", 100).unwrap(), None);
    assert!(matches!(
        host.read_start("/../etc/passwd", 100),
        Err(HostError::BadPath { .. })
    ));
}

#[test]
fn maps_paths_under_the_root() {
    let (dir, host) = fixture();
    assert_eq!(
        host.path("/proc/cpuinfo").unwrap(),
        dir.path().join("fs/proc/cpuinfo")
    );
    assert!(matches!(
        host.path("/proc/../../etc"),
        Err(HostError::BadPath { .. })
    ));
    assert!(matches!(host.path("proc"), Err(HostError::BadPath { .. })));
}

#[test]
fn host_facts_come_from_files() {
    let (_dir, host) = fixture();
    assert_eq!(
        host.kernel_release().as_deref(),
        Some("2.6.32-042stab145.3")
    );
    assert_eq!(host.hostname().as_deref(), Some("node1.example.com"));
    // No arch file and no recorded uname: unknown, not an error.
    assert_eq!(host.machine(), None);
}

#[test]
fn absent_file_is_not_found_and_optional_none() {
    let (_dir, host) = fixture();
    let e = host.read("/etc/os-release").unwrap_err();
    assert!(e.is_not_found());
    assert_eq!(e.to_string(), "/etc/os-release does not exist on this host");
    assert_eq!(host.read_optional("/etc/os-release").unwrap(), None);
}

#[test]
fn missing_fixture_root_is_a_clear_error() {
    let err = Host::fixture("/nonexistent/cep-fixture")
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent/cep-fixture"), "{err}");
    assert!(err.contains("--root"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let err = Host::fixture(dir.path()).unwrap_err().to_string();
    assert!(err.contains("no fs/"), "{err}");
}

#[test]
fn memo_is_shared_by_clones_and_computed_once() {
    let (_dir, host) = fixture();
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let clone = host.clone();
    let a = host.memo("k", || {
        calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        41u32
    });
    let b = clone.memo("k", || {
        calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        0u32
    });
    assert_eq!((*a, *b), (41, 41));
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 1);
    // Same key, other type: a value of its own.
    assert_eq!(*host.memo("k", || "text"), "text");
    // A new host starts empty.
    let (_d2, other) = fixture();
    assert_eq!(*other.memo("k", || 7u32), 7);
}

#[test]
fn read_dir_is_sorted_and_bounded() {
    let (_dir, host) = fixture();
    let names = host.read_dir("/proc/sys/kernel", 10).unwrap();
    assert_eq!(names, vec!["hostname", "osrelease"]);
    assert_eq!(host.read_dir("/proc/sys/kernel", 1).unwrap().len(), 1);
}

#[test]
fn unreadable_file_is_io_error_naming_path() {
    let (dir, host) = fixture();
    // A directory where a file is expected fails to read on every platform.
    std::fs::create_dir_all(dir.path().join("fs/etc/os-release")).unwrap();
    let e = host.read("/etc/os-release").unwrap_err();
    assert!(!e.is_not_found());
    assert!(e.to_string().contains("os-release"), "{e}");
}
