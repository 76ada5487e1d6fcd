//! [`Host`]: everything a collector may touch.
//!
//! Architecture invariant: collectors read the host only through `Host` — a
//! root directory (`/` on a live host, `DIR/fs` on a fixture host) and a
//! [`CommandRunner`]. That is what lets every collector run, unchanged, on a
//! recorded fixture host in tests, benchmarks and bug reports.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

#[cfg(feature = "fixture")]
use crate::command::FixtureRunner;
use crate::command::{CommandError, CommandLimits, CommandOutput, CommandRunner, CommandSpec};

/// Errors reading the host.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    /// The file or directory does not exist. Collectors usually report the
    /// fact as absent rather than failing.
    #[error("{path} does not exist on this host")]
    NotFound {
        /// The path as seen on the host (e.g. `/proc/cpuinfo`).
        path: String,
    },
    /// Reading failed for another reason (permissions, I/O).
    #[error("cannot read {path}: {source}")]
    Io {
        /// The real path that failed.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The file is larger than the read cap.
    #[error("{path} is larger than {cap} bytes; refusing to read it whole")]
    TooLarge {
        /// The path as seen on the host.
        path: String,
        /// The cap in bytes.
        cap: u64,
    },
    /// The path is not absolute or tries to leave the root.
    #[error("{path} is not an absolute path inside the host root")]
    BadPath {
        /// The rejected path.
        path: String,
    },
    /// The fixture host directory is missing or malformed.
    #[error("fixture host {path}: {message}")]
    Fixture {
        /// The fixture directory or file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
}

impl HostError {
    /// True when the error only says that the thing is absent.
    pub fn is_not_found(&self) -> bool {
        matches!(self, HostError::NotFound { .. })
    }
}

/// The largest file [`Host::read`] loads (16 MiB): /proc and /etc files are
/// far smaller; anything bigger is a sign of a broken or hostile host.
pub const DEFAULT_READ_CAP: u64 = 16 * 1024 * 1024;

type MemoCell = Arc<OnceLock<Arc<dyn Any + Send + Sync>>>;

/// Values computed once per host and shared by its clones (see
/// [`Host::memo`]).
#[derive(Clone, Default)]
struct Memo(Arc<Mutex<HashMap<(&'static str, TypeId), MemoCell>>>);

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}

/// The host a collection runs on: a root directory and a command runner.
///
/// Cheap to clone (the runner and the memo are shared).
#[derive(Debug, Clone)]
pub struct Host {
    root: PathBuf,
    runner: Arc<dyn CommandRunner>,
    /// Runs the host's own executable files ([`Host::run_file`]).
    file_runner: Option<Arc<dyn CommandRunner>>,
    limits: CommandLimits,
    live: bool,
    memo: Memo,
}

impl Host {
    /// The machine cep runs on: root `/`, commands and the host's own files
    /// run by `runner`, a live runner (`cep_exec::live_host()` builds it
    /// with `cep_exec::LiveRunner`).
    pub fn live(runner: Arc<dyn CommandRunner>) -> Self {
        Host {
            root: PathBuf::from("/"),
            runner: Arc::clone(&runner),
            file_runner: Some(runner),
            limits: CommandLimits::default(),
            live: true,
            memo: Memo::default(),
        }
    }

    /// A fixture host: `dir/fs/` mirrors the file system and
    /// `dir/commands.toml` lists recorded commands (none when absent).
    /// It runs no file of the host until given a runner for them
    /// ([`Host::with_file_runner`]).
    #[cfg(feature = "fixture")]
    pub fn fixture(dir: impl AsRef<Path>) -> Result<Self, HostError> {
        let dir = dir.as_ref();
        let meta = std::fs::metadata(dir).map_err(|e| HostError::Fixture {
            path: dir.to_owned(),
            message: format!(
                "cannot open the fixture directory ({e}); pass an existing directory to --root"
            ),
        })?;
        if !meta.is_dir() {
            return Err(HostError::Fixture {
                path: dir.to_owned(),
                message: "is not a directory; --root takes a fixture directory holding fs/ and commands.toml".into(),
            });
        }
        let fs = dir.join("fs");
        if !fs.is_dir() {
            return Err(HostError::Fixture {
                path: dir.to_owned(),
                message:
                    "has no fs/ subdirectory; a fixture host mirrors the host's files under DIR/fs/"
                        .into(),
            });
        }
        Ok(Host {
            root: fs,
            runner: Arc::new(FixtureRunner::load(dir)?),
            file_runner: None,
            limits: CommandLimits::default(),
            live: false,
            memo: Memo::default(),
        })
    }

    /// A host with any root and runner (embedders: a chroot, a container
    /// image, a custom runner).
    pub fn new(root: impl Into<PathBuf>, runner: Arc<dyn CommandRunner>) -> Self {
        Host {
            root: root.into(),
            runner,
            file_runner: None,
            limits: CommandLimits::default(),
            live: false,
            memo: Memo::default(),
        }
    }

    /// Runs the host's own executable files ([`Host::run_file`]: external
    /// collector scripts) with `runner`, a live runner, whatever runs the
    /// host's commands: the scripts are files of the host, so they run on
    /// fixture hosts too.
    pub fn with_file_runner(mut self, runner: Arc<dyn CommandRunner>) -> Self {
        self.file_runner = Some(runner);
        self
    }

    /// Replaces the default command limits.
    pub fn with_limits(mut self, limits: CommandLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The command limits in force.
    pub fn limits(&self) -> CommandLimits {
        self.limits
    }

    /// The root directory (`/` when live).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// True for the real machine, false for fixture and custom hosts.
    pub fn is_live(&self) -> bool {
        self.live
    }

    /// Maps an absolute host path (`/proc/cpuinfo`) to the real path under
    /// the root. Relative paths and `..` are refused.
    pub fn path(&self, host_path: &str) -> Result<PathBuf, HostError> {
        let p = Path::new(host_path);
        if !p.is_absolute() {
            return Err(HostError::BadPath {
                path: host_path.into(),
            });
        }
        let mut out = self.root.clone();
        for c in p.components() {
            match c {
                Component::RootDir => {}
                Component::Normal(n) => out.push(n),
                Component::CurDir => {}
                Component::ParentDir | Component::Prefix(_) => {
                    return Err(HostError::BadPath {
                        path: host_path.into(),
                    });
                }
            }
        }
        Ok(out)
    }

    fn io_err(&self, host_path: &str, real: PathBuf, e: std::io::Error) -> HostError {
        if e.kind() == std::io::ErrorKind::NotFound {
            HostError::NotFound {
                path: host_path.into(),
            }
        } else {
            HostError::Io {
                path: real,
                source: e,
            }
        }
    }

    /// Reads a whole file as bytes, up to [`DEFAULT_READ_CAP`].
    pub fn read_bytes(&self, host_path: &str) -> Result<Vec<u8>, HostError> {
        let real = self.path(host_path)?;
        let f = std::fs::File::open(&real).map_err(|e| self.io_err(host_path, real.clone(), e))?;
        let (bytes, truncated) = crate::fsutil::read_file_capped(&f, DEFAULT_READ_CAP)
            .map_err(|e| self.io_err(host_path, real.clone(), e))?;
        if truncated {
            return Err(HostError::TooLarge {
                path: host_path.into(),
                cap: DEFAULT_READ_CAP,
            });
        }
        Ok(bytes)
    }

    /// The start of a file: what one `read(2)` of at most `max` bytes
    /// returns, usually all of a small file. Saves the second `read(2)`
    /// that confirms the end, which shows over thousands of small files
    /// (ploop descriptors); a caller must cope with getting less than the
    /// whole file (a parse that fails on it reads the whole file with
    /// [`Host::read`]). Absent is `Ok(None)`.
    pub fn read_start(&self, host_path: &str, max: usize) -> Result<Option<Vec<u8>>, HostError> {
        use std::io::Read;
        let real = self.path(host_path)?;
        let mut f = match std::fs::File::open(&real) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.io_err(host_path, real, e)),
        };
        let max = max.min(DEFAULT_READ_CAP as usize);
        let mut read_into = |buf: &mut [u8]| loop {
            match f.read(buf) {
                Ok(n) => break Ok(n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => break Err(e),
            }
        };
        // Zeroing a fresh 64 KiB buffer per file cost more than reading
        // the file: small reads go through one zeroed buffer per thread.
        const SCRATCH: usize = 64 * 1024;
        thread_local! {
            static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let got = if max <= SCRATCH {
            BUF.with(|b| match b.try_borrow_mut() {
                Ok(mut b) => {
                    b.resize(SCRATCH, 0);
                    read_into(&mut b[..max]).map(|n| b[..n].to_vec())
                }
                // Only a re-entrant call (none today) gets here.
                Err(_) => {
                    let mut own = vec![0; max];
                    read_into(&mut own).map(|n| own[..n].to_vec())
                }
            })
        } else {
            let mut own = vec![0; max];
            read_into(&mut own).map(|n| {
                own.truncate(n);
                own
            })
        };
        match got {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) => Err(self.io_err(host_path, real, e)),
        }
    }

    /// Reads a whole file as text (invalid UTF-8 is replaced, not an error:
    /// /proc and /etc files are ASCII in practice).
    pub fn read(&self, host_path: &str) -> Result<String, HostError> {
        let bytes = self.read_bytes(host_path)?;
        Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    /// Like [`Host::read`], but an absent file is `Ok(None)`.
    pub fn read_optional(&self, host_path: &str) -> Result<Option<String>, HostError> {
        match self.read(host_path) {
            Ok(s) => Ok(Some(s)),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// True when the path exists (following symlinks within the root's view).
    pub fn exists(&self, host_path: &str) -> bool {
        self.path(host_path).map(|p| p.exists()).unwrap_or(false)
    }

    /// True when the path is a directory.
    pub fn is_dir(&self, host_path: &str) -> bool {
        self.path(host_path).map(|p| p.is_dir()).unwrap_or(false)
    }

    /// Names in a directory, sorted, at most `limit` of them (a bounded walk
    /// stays bounded on a host with 100,000 cgroups).
    pub fn read_dir(&self, host_path: &str, limit: usize) -> Result<Vec<String>, HostError> {
        let real = self.path(host_path)?;
        let rd = std::fs::read_dir(&real).map_err(|e| self.io_err(host_path, real.clone(), e))?;
        let mut names = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| self.io_err(host_path, real.clone(), e))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
            if names.len() >= limit {
                break;
            }
        }
        names.sort();
        Ok(names)
    }

    /// The target of a symbolic link, as stored (sysfs links are relative).
    pub fn read_link(&self, host_path: &str) -> Result<PathBuf, HostError> {
        let real = self.path(host_path)?;
        std::fs::read_link(&real).map_err(|e| self.io_err(host_path, real, e))
    }

    /// File metadata without following a final symlink.
    pub fn metadata(&self, host_path: &str) -> Result<std::fs::Metadata, HostError> {
        let real = self.path(host_path)?;
        std::fs::symlink_metadata(&real).map_err(|e| self.io_err(host_path, real, e))
    }

    /// Runs a command with the host's default limits.
    pub fn run<S: AsRef<str>>(&self, argv: &[S]) -> Result<CommandOutput, CommandError> {
        let mut spec = CommandSpec::new(argv);
        spec.limits = self.limits;
        self.runner.run(&spec)
    }

    /// Runs a command with explicit limits.
    pub fn run_spec(&self, spec: &CommandSpec) -> Result<CommandOutput, CommandError> {
        self.runner.run(spec)
    }

    /// A value computed once for this host and its clones (one collection
    /// run): collectors that need the same costly input (a listing of
    /// 10,000 containers) share it instead of each reading it. Concurrent
    /// callers wait for the first; values are keyed by `key` and type.
    pub fn memo<T: Send + Sync + 'static>(
        &self,
        key: &'static str,
        f: impl FnOnce() -> T,
    ) -> Arc<T> {
        let cell = {
            let mut map = self.memo.0.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(map.entry((key, TypeId::of::<T>())).or_default())
        };
        let any = Arc::clone(cell.get_or_init(|| Arc::new(f())));
        any.downcast::<T>()
            .unwrap_or_else(|_| unreachable!("memo values are keyed by their type"))
    }

    /// Runs an executable file of the host (`/usr/libexec/vzstats/cpuinfo`,
    /// mapped under the root like every path) as a real process with the
    /// host's file runner ([`Host::live`], [`Host::with_file_runner`]);
    /// [`CommandError::NoFileRunner`] when it has none.
    pub fn run_file(
        &self,
        host_path: &str,
        limits: CommandLimits,
    ) -> Result<CommandOutput, CommandError> {
        let real = self.path(host_path).map_err(|_| CommandError::NotFound {
            command: host_path.to_owned(),
        })?;
        let spec = CommandSpec {
            argv: vec![real.to_string_lossy().into_owned()],
            limits,
        };
        match &self.file_runner {
            Some(runner) => runner.run(&spec),
            None => Err(CommandError::NoFileRunner {
                command: host_path.to_owned(),
            }),
        }
    }

    /// Trimmed content of a one-line file, `None` when absent or empty.
    fn one_line(&self, host_path: &str) -> Option<String> {
        self.read_optional(host_path)
            .ok()
            .flatten()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    }

    /// The kernel release (`/proc/sys/kernel/osrelease`).
    pub fn kernel_release(&self) -> Option<String> {
        self.one_line("/proc/sys/kernel/osrelease")
    }

    /// The machine hardware name (`/proc/sys/kernel/arch`, else `uname -m`).
    pub fn machine(&self) -> Option<String> {
        self.one_line("/proc/sys/kernel/arch").or_else(|| {
            self.run(&["uname", "-m"])
                .ok()
                .filter(|o| o.success())
                .map(|o| o.stdout_text().trim().to_owned())
                .filter(|s| !s.is_empty())
        })
    }

    /// The host name (`/proc/sys/kernel/hostname`). Never sent: the privacy
    /// layer uses it to scrub text.
    pub fn hostname(&self) -> Option<String> {
        self.one_line("/proc/sys/kernel/hostname")
    }
}

/// Parses `KEY=value` lines of a shell fragment (vzstats.conf, vz.conf):
/// quotes removed, `$VAR` and `${VAR}` of earlier keys expanded, comments
/// and anything else ignored.
pub fn parse_shell_vars(text: &str) -> std::collections::BTreeMap<String, String> {
    let mut vars: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        let line = line.strip_prefix("export ").unwrap_or(line);
        if line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        if k.is_empty() || !k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        let v = v.trim();
        let (v, expand) =
            if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
                (inner, false)
            } else if let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
                (inner, true)
            } else {
                (v.split(" #").next().unwrap_or(v).trim(), true)
            };
        let value = if expand {
            expand_vars(v, &vars)
        } else {
            v.to_owned()
        };
        vars.insert(k.to_owned(), value);
    }
    vars
}

fn expand_vars(v: &str, vars: &std::collections::BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (name, tail) = if let Some(b) = after.strip_prefix('{') {
            match b.find('}') {
                Some(j) => (&b[..j], &b[j + 1..]),
                None => ("", after),
            }
        } else {
            let j = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..j], &after[j..])
        };
        if name.is_empty() {
            out.push('$');
            rest = after;
        } else {
            out.push_str(vars.get(name).map(String::as_str).unwrap_or(""));
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}
