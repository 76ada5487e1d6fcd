//! Test doubles for embedders and collector authors (feature `testing`):
//! an in-memory transport and a builder for fixture hosts.
//!
//! ```
//! use cep_core::testing::FixtureHostBuilder;
//!
//! let fixture = FixtureHostBuilder::new()
//!     .file("/proc/sys/kernel/osrelease", "3.10.0-1160.80.1.vz7.191.4\n")
//!     .command(&["vzlist", "-a", "-j"], "[]", 0)
//!     .build()
//!     .unwrap();
//! let host = fixture.host().unwrap();
//! assert_eq!(host.kernel_release().as_deref(), Some("3.10.0-1160.80.1.vz7.191.4"));
//! assert_eq!(host.run(&["vzlist", "-a", "-j"]).unwrap().stdout, b"[]");
//! ```

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::host::{Host, HostError};
use crate::pipeline::Sealed;
use crate::report::Archive;
use crate::transport::{Receipt, Retry, Transport, TransportError};

/// A transport that keeps archives in memory, deduplicating by report id as
/// a real server does, and can be told to fail.
#[derive(Debug, Default)]
pub struct InMemoryTransport {
    received: Mutex<Vec<Archive>>,
    failures: Mutex<VecDeque<Retry>>,
}

impl InMemoryTransport {
    /// An empty transport that accepts everything.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next sends fail, one per entry, in order.
    pub fn fail_next(&self, kinds: &[Retry]) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(kinds.iter().copied());
    }

    /// Archives received, once each, in arrival order.
    pub fn received(&self) -> Vec<Archive> {
        self.received
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

#[async_trait::async_trait]
impl Transport for InMemoryTransport {
    fn name(&self) -> &str {
        "memory"
    }

    fn destination(&self) -> String {
        "memory".into()
    }

    async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
        let archive = sealed.archive();
        let failure = self
            .failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop_front();
        match failure {
            Some(Retry::Retryable) => {
                return Err(TransportError::retryable(
                    self,
                    "injected retryable failure",
                ));
            }
            Some(Retry::Permanent) => {
                return Err(TransportError::permanent(
                    self,
                    "injected permanent failure",
                ));
            }
            None => {}
        }
        let mut got = self.received.lock().unwrap_or_else(|e| e.into_inner());
        if !got.iter().any(|a| a.report_id == archive.report_id) {
            got.push(archive.clone());
        }
        Ok(Receipt {
            report_id: archive.report_id,
            received_at: crate::report::utc_text(std::time::SystemTime::now()),
            sha256: archive.sha256(),
        })
    }
}

/// A sealed report for transport tests: an empty collection with `log`
/// as its collect.log, sealed with a privacy guard that knows no host
/// value (the generic detectors still run), so it is what a transport
/// receives from the Agent.
///
/// ```
/// let sealed = cep_core::testing::sealed_report("one line");
/// assert_eq!(sealed.report().log, "one line\n");
/// ```
pub fn sealed_report(log: &str) -> Sealed {
    let collection = crate::Collection {
        outcomes: Vec::new(),
        log: log.lines().map(str::to_owned).collect(),
    };
    let report = crate::Report::new(collection, uuid::Uuid::new_v4(), Default::default());
    let guard = crate::PrivacyGuard::new(&crate::Secrets::default())
        .expect("a guard without host values always compiles");
    crate::seal(report, &guard, &[]).expect("an empty report passes the guard")
}

/// Builds a fixture host directory (`fs/` plus `commands.toml`) in a
/// temporary directory.
#[derive(Debug, Default)]
pub struct FixtureHostBuilder {
    files: Vec<(String, Vec<u8>)>,
    commands: Vec<(Vec<String>, Vec<u8>, i32)>,
    base: Option<PathBuf>,
}

/// A fixture host on disk; removed when dropped.
#[derive(Debug)]
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// The fixture directory (pass it to `--root`).
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A [`Host`] over it.
    pub fn host(&self) -> Result<Host, HostError> {
        Host::fixture(self.dir.path())
    }
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        let ty = entry.file_type()?;
        if ty.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if ty.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path())?, &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

impl FixtureHostBuilder {
    /// An empty host.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts from a copy of an existing fixture directory.
    pub fn from_dir(dir: impl Into<PathBuf>) -> Self {
        FixtureHostBuilder {
            base: Some(dir.into()),
            ..Self::default()
        }
    }

    /// Adds a file at an absolute host path.
    pub fn file(mut self, host_path: &str, content: impl AsRef<[u8]>) -> Self {
        self.files
            .push((host_path.to_owned(), content.as_ref().to_vec()));
        self
    }

    /// Records a command's stdout and exit status.
    pub fn command(mut self, argv: &[&str], stdout: impl AsRef<[u8]>, status: i32) -> Self {
        self.commands.push((
            argv.iter().map(|s| s.to_string()).collect(),
            stdout.as_ref().to_vec(),
            status,
        ));
        self
    }

    /// Writes the fixture.
    pub fn build(self) -> std::io::Result<Fixture> {
        let dir = tempfile::tempdir()?;
        if let Some(base) = &self.base {
            copy_tree(base, dir.path())?;
        }
        let fs = dir.path().join("fs");
        std::fs::create_dir_all(&fs)?;
        for (p, content) in &self.files {
            let rel = p.trim_start_matches('/');
            if rel.split('/').any(|c| c == "..") {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("{p}: `..` is not allowed in fixture paths"),
                ));
            }
            let target = fs.join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, content)?;
        }
        if !self.commands.is_empty() {
            let out_dir = dir.path().join("commands");
            std::fs::create_dir_all(&out_dir)?;
            let toml_path = dir.path().join("commands.toml");
            let mut toml = std::fs::read_to_string(&toml_path).unwrap_or_default();
            // Files of a base fixture stay; new ones are numbered after them.
            let offset = std::fs::read_dir(&out_dir)?.count();
            for (i, (argv, stdout, status)) in self.commands.iter().enumerate() {
                let name = format!("built-{}.out", offset + i);
                std::fs::write(out_dir.join(&name), stdout)?;
                let quoted: Vec<String> = argv
                    .iter()
                    .map(|a| toml::Value::String(a.clone()).to_string())
                    .collect();
                toml.push_str(&format!(
                    "\n[[command]]\nargv = [{}]\nstdout = \"commands/{name}\"\nstatus = {status}\n",
                    quoted.join(", ")
                ));
            }
            std::fs::write(toml_path, toml)?;
        }
        Ok(Fixture { dir })
    }
}

/// Every directory and file under `dir`, files with their bytes, sorted:
/// compare two to show that a call changed nothing on disk (a preview, a
/// refused `forget`). Unreadable entries are left out.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("a"), "1").unwrap();
/// let before = cep_core::testing::snapshot(dir.path());
/// assert_eq!(before, vec![(dir.path().join("a"), b"1".to_vec())]);
/// std::fs::create_dir(dir.path().join("spool")).unwrap();
/// assert_ne!(cep_core::testing::snapshot(dir.path()), before);
/// ```
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for p in entries.flatten().map(|e| e.path()) {
            if p.is_dir() {
                out.push((p.clone(), Vec::new()));
                todo.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}

/// The file under the workspace's `target/tmp` where every skipping test
/// leaves its line (`.ci/run` prints them at the end and fails on any).
pub const SKIPPED_FILE: &str = "cep-skipped.txt";

/// Says that the running test skips, and why: prints `skipped: <test>:
/// <why>` (cargo hides a passing test's output) and appends the line to
/// [`SKIPPED_FILE`] in `target/tmp`, where the end of a run can list it.
/// The test is named by its thread (the test harness names each after its
/// test). `tmp_dir` is cargo's `CARGO_TARGET_TMPDIR` where it sets one
/// (integration tests, benches); unit tests find `target/tmp` from their
/// own path. Call it through [`skip!`](crate::skip), which passes it.
///
/// ```no_run
/// // In a test that needs a tool the machine may lack:
/// if std::process::Command::new("rpmbuild").arg("--version").output().is_err() {
///     cep_core::skip!("rpmbuild not found (Debian package rpm)");
///     return;
/// }
/// ```
pub fn skipped(tmp_dir: Option<&str>, why: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("(unnamed test)");
    let line = format!("skipped: {test}: {why}");
    eprintln!("{line}");
    let dir = tmp_dir.map(PathBuf::from).or_else(|| {
        // <target>/debug/deps/<test binary>: the first ancestor cargo
        // tagged as its target directory.
        let exe = std::env::current_exe().ok()?;
        let target = exe.ancestors().find(|d| d.join("CACHEDIR.TAG").is_file())?;
        Some(target.join("tmp"))
    });
    let Some(dir) = dir else {
        eprintln!("cannot find target/tmp to note the skip in {SKIPPED_FILE}");
        return;
    };
    let path = dir.join(SKIPPED_FILE);
    // One O_APPEND write per line: tests running in parallel do not mix.
    let noted = std::fs::create_dir_all(&dir).and_then(|()| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?
            .write_all(format!("{line}\n").as_bytes())
    });
    if let Err(e) = noted {
        eprintln!("cannot note the skip in {}: {e}", path.display());
    }
}

/// Says that the running test skips, and why (a `format!` string): see
/// [`testing::skipped`](crate::testing::skipped). The caller returns.
///
/// ```no_run
/// let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
///     cep_core::skip!("CEP_TEST_PG_URL is not set");
///     return;
/// };
/// # let _ = url;
/// ```
#[macro_export]
macro_rules! skip {
    ($($arg:tt)*) => {
        $crate::testing::skipped(option_env!("CARGO_TARGET_TMPDIR"), format_args!($($arg)*))
    };
}
