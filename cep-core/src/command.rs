//! Running external commands: the live runner with its timeout and output
//! cap, and the fixture runner that replays recorded outputs.
//!
//! Every command a collector runs goes through a [`CommandRunner`] held by
//! [`crate::Host`]. The live runner guarantees that a command can neither
//! hang a run (TERM, then KILL after a grace period, to the whole process
//! group) nor bloat it (captured output is capped; a command that exceeds the
//! cap is stopped and its output marked truncated).

use std::collections::HashMap;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde::Deserialize;

/// Limits applied to one command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandLimits {
    /// Wall-clock limit; TERM is sent when it passes.
    pub timeout: Duration,
    /// How long after TERM the process group gets KILL.
    pub grace: Duration,
    /// Most bytes kept of stdout and of stderr, each.
    pub output_cap: usize,
}

impl Default for CommandLimits {
    fn default() -> Self {
        CommandLimits {
            timeout: Duration::from_secs(10),
            grace: Duration::from_secs(2),
            output_cap: 1024 * 1024,
        }
    }
}

/// A command to run: the argument vector and its limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandSpec {
    /// Program and arguments; the program is looked up in `PATH` unless it
    /// contains a slash.
    pub argv: Vec<String>,
    /// Limits for this invocation.
    pub limits: CommandLimits,
}

impl CommandSpec {
    /// A command with the given argv and default limits.
    pub fn new<S: AsRef<str>>(argv: &[S]) -> Self {
        CommandSpec {
            argv: argv.iter().map(|s| s.as_ref().to_owned()).collect(),
            limits: CommandLimits::default(),
        }
    }

    /// The argv joined with spaces, for messages.
    pub fn display(&self) -> String {
        self.argv.join(" ")
    }
}

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// It exited with this status code.
    Code(i32),
    /// It was ended by this signal (not sent by cep).
    Signal(i32),
    /// It ran past its timeout and was stopped (TERM, then KILL if needed).
    TimedOut,
    /// It printed more than the output cap and was stopped.
    OutputCapped,
}

/// The result of a command that was started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutput {
    /// How it ended.
    pub exit: ExitKind,
    /// Captured stdout, at most the cap.
    pub stdout: Vec<u8>,
    /// Captured stderr, at most the cap.
    pub stderr: Vec<u8>,
    /// True when stdout or stderr was cut at the cap.
    pub truncated: bool,
    /// How long it ran.
    pub duration: Duration,
}

impl CommandOutput {
    /// True when the command exited with status 0.
    pub fn success(&self) -> bool {
        self.exit == ExitKind::Code(0)
    }

    /// Stdout as text (invalid UTF-8 replaced).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

/// Why a command produced no output.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The program is not on this host. Collectors treat this as "absent".
    #[error("command `{command}` is not available on this host")]
    NotFound {
        /// The command line.
        command: String,
    },
    /// The program exists but could not be started.
    #[error("cannot start `{command}`: {source}")]
    Spawn {
        /// The command line.
        command: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The argv was empty.
    #[error("empty command line")]
    Empty,
    /// A recorded output file of a fixture host could not be read.
    #[error("fixture output {path} for `{command}` cannot be read: {source}")]
    Fixture {
        /// The command line.
        command: String,
        /// The file named in commands.toml.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
}

/// Runs commands on behalf of collectors.
///
/// Implementations: [`LiveRunner`] on a real host, [`FixtureRunner`] for
/// recorded hosts; embedders may supply their own (e.g. to run inside a
/// chroot).
pub trait CommandRunner: Send + Sync + std::fmt::Debug {
    /// Runs one command within its limits.
    fn run(&self, spec: &CommandSpec) -> Result<CommandOutput, CommandError>;
}

/// Runs real processes with a timeout and an output cap.
#[derive(Debug, Clone, Default)]
pub struct LiveRunner;

impl LiveRunner {
    /// A live runner. `PATH` gains /sbin, /usr/sbin and /usr/local/sbin, and
    /// the locale is C so that outputs parse the same on every host.
    pub fn new() -> Self {
        LiveRunner
    }
}

fn search_path() -> String {
    let mut path = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into());
    for extra in ["/sbin", "/usr/sbin", "/usr/local/sbin"] {
        if !path.split(':').any(|p| p == extra) {
            path.push(':');
            path.push_str(extra);
        }
    }
    path
}

fn find_program(program: &str, path: &str) -> Option<PathBuf> {
    if program.contains('/') {
        return Path::new(program).exists().then(|| PathBuf::from(program));
    }
    path.split(':')
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file())
}

/// Sends `sig` to the process group led by `child`.
fn signal_group(child: &Child, sig: i32) {
    let pid = child.id() as i32;
    // SAFETY: kill(2) with a negative pid signals the process group; it has no
    // memory-safety preconditions. The group was created for this child.
    unsafe {
        libc::kill(-pid, sig);
    }
}

fn spawn_reader(
    mut stream: impl Read + Send + 'static,
    cap: usize,
    over_cap: mpsc::Sender<()>,
) -> mpsc::Receiver<(Vec<u8>, bool)> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 8192];
        let mut truncated = false;
        loop {
            match stream.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    let room = cap.saturating_sub(buf.len());
                    if n > room {
                        buf.extend_from_slice(&chunk[..room]);
                        truncated = true;
                        let _ = over_cap.send(());
                        break;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = tx.send((buf, truncated));
    });
    rx
}

impl CommandRunner for LiveRunner {
    fn run(&self, spec: &CommandSpec) -> Result<CommandOutput, CommandError> {
        let program = spec.argv.first().ok_or(CommandError::Empty)?;
        let path = search_path();
        let resolved = find_program(program, &path).ok_or_else(|| CommandError::NotFound {
            command: spec.display(),
        })?;
        let started = Instant::now();
        let mut child = Command::new(&resolved)
            .args(&spec.argv[1..])
            .env("PATH", &path)
            .env("LC_ALL", "C")
            .env("LANG", "C")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Own process group, so TERM/KILL reach the command's children too.
            .process_group(0)
            .spawn()
            .map_err(|source| match source.kind() {
                std::io::ErrorKind::NotFound => CommandError::NotFound {
                    command: spec.display(),
                },
                _ => CommandError::Spawn {
                    command: spec.display(),
                    source,
                },
            })?;
        let (cap_tx, cap_rx) = mpsc::channel();
        let out_rx = spawn_reader(
            child.stdout.take().expect("stdout is piped"),
            spec.limits.output_cap,
            cap_tx.clone(),
        );
        let err_rx = spawn_reader(
            child.stderr.take().expect("stderr is piped"),
            spec.limits.output_cap,
            cap_tx,
        );

        let deadline = started + spec.limits.timeout;
        let mut stopped: Option<ExitKind> = None;
        let mut kill_at: Option<Instant> = None;
        let mut nap = Duration::from_millis(1);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) => {}
                Err(_) => break None,
            }
            let now = Instant::now();
            if stopped.is_none() {
                if cap_rx.try_recv().is_ok() {
                    stopped = Some(ExitKind::OutputCapped);
                } else if now >= deadline {
                    stopped = Some(ExitKind::TimedOut);
                }
                if stopped.is_some() {
                    signal_group(&child, libc::SIGTERM);
                    kill_at = Some(now + spec.limits.grace);
                }
            } else if kill_at.is_some_and(|k| now >= k) {
                signal_group(&child, libc::SIGKILL);
                kill_at = None;
            }
            thread::sleep(nap);
            nap = (nap * 2).min(Duration::from_millis(20));
        };
        // A reader that hit the cap closes its pipe; the command may then die
        // of SIGPIPE before the loop saw the cap. It was still capped.
        if stopped.is_none() && cap_rx.try_recv().is_ok() {
            stopped = Some(ExitKind::OutputCapped);
        }
        // The leader is gone; make sure nothing it started keeps the pipes open.
        if stopped.is_some() {
            signal_group(&child, libc::SIGKILL);
        }
        // Readers end at EOF. A grandchild that left the group could hold the
        // pipe open: give up on it after the grace period rather than hang.
        let collect = |rx: mpsc::Receiver<(Vec<u8>, bool)>| {
            rx.recv_timeout(spec.limits.grace.max(Duration::from_millis(100)))
                .unwrap_or_default()
        };
        let (stdout, t1) = collect(out_rx);
        let (stderr, t2) = collect(err_rx);
        let exit = match (stopped, status) {
            (Some(kind), _) => kind,
            (None, Some(s)) => match s.code() {
                Some(c) => ExitKind::Code(c),
                None => ExitKind::Signal(s.signal().unwrap_or(0)),
            },
            (None, None) => ExitKind::Signal(0),
        };
        Ok(CommandOutput {
            exit,
            stdout,
            stderr,
            truncated: t1 || t2,
            duration: started.elapsed(),
        })
    }
}

/// One entry of a fixture host's `commands.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedCommand {
    /// The exact argv that matches this entry.
    pub argv: Vec<String>,
    /// File with the recorded stdout, relative to the fixture directory.
    #[serde(default)]
    pub stdout: Option<PathBuf>,
    /// File with the recorded stderr, relative to the fixture directory.
    #[serde(default)]
    pub stderr: Option<PathBuf>,
    /// Exit status; 0 when omitted.
    #[serde(default)]
    pub status: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandsFile {
    #[serde(default)]
    command: Vec<RecordedCommand>,
}

/// Replays the commands recorded in a fixture host's `commands.toml`.
///
/// An invocation matches an entry when its argv is equal; any other command
/// behaves as absent from the host.
#[derive(Debug, Clone, Default)]
pub struct FixtureRunner {
    dir: PathBuf,
    commands: HashMap<Vec<String>, RecordedCommand>,
}

impl FixtureRunner {
    /// A runner with no commands at all.
    pub fn empty() -> Self {
        FixtureRunner::default()
    }

    /// Loads `dir/commands.toml`; a missing file means no commands.
    pub fn load(dir: &Path) -> Result<Self, crate::HostError> {
        let file = dir.join("commands.toml");
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(FixtureRunner {
                    dir: dir.to_owned(),
                    commands: HashMap::new(),
                });
            }
            Err(source) => return Err(crate::HostError::Io { path: file, source }),
        };
        let parsed: CommandsFile =
            toml::from_str(&text).map_err(|e| crate::HostError::Fixture {
                path: file.clone(),
                message: e.to_string(),
            })?;
        let mut commands = HashMap::new();
        for c in parsed.command {
            if c.argv.is_empty() {
                return Err(crate::HostError::Fixture {
                    path: file,
                    message: "a [[command]] entry has an empty argv".into(),
                });
            }
            commands.insert(c.argv.clone(), c);
        }
        Ok(FixtureRunner {
            dir: dir.to_owned(),
            commands,
        })
    }

    /// Adds or replaces a recorded command (for builders and tests).
    pub fn insert(&mut self, command: RecordedCommand) {
        self.commands.insert(command.argv.clone(), command);
    }

    fn read_recorded(
        &self,
        spec: &CommandSpec,
        rel: &Option<PathBuf>,
    ) -> Result<(Vec<u8>, bool), CommandError> {
        let Some(rel) = rel else {
            return Ok((Vec::new(), false));
        };
        let path = self.dir.join(rel);
        let file = std::fs::File::open(&path).map_err(|source| CommandError::Fixture {
            command: spec.display(),
            path: path.clone(),
            source,
        })?;
        crate::fsutil::read_file_capped(&file, spec.limits.output_cap as u64).map_err(|source| {
            CommandError::Fixture {
                command: spec.display(),
                path,
                source,
            }
        })
    }
}

impl CommandRunner for FixtureRunner {
    fn run(&self, spec: &CommandSpec) -> Result<CommandOutput, CommandError> {
        if spec.argv.is_empty() {
            return Err(CommandError::Empty);
        }
        let rec = self
            .commands
            .get(&spec.argv)
            .ok_or_else(|| CommandError::NotFound {
                command: spec.display(),
            })?;
        let (stdout, t1) = self.read_recorded(spec, &rec.stdout)?;
        let (stderr, t2) = self.read_recorded(spec, &rec.stderr)?;
        Ok(CommandOutput {
            exit: if t1 || t2 {
                ExitKind::OutputCapped
            } else {
                ExitKind::Code(rec.status)
            },
            stdout,
            stderr,
            truncated: t1 || t2,
            duration: Duration::ZERO,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(argv: &[&str], timeout_ms: u64, grace_ms: u64, cap: usize) -> CommandSpec {
        CommandSpec {
            argv: argv.iter().map(|s| s.to_string()).collect(),
            limits: CommandLimits {
                timeout: Duration::from_millis(timeout_ms),
                grace: Duration::from_millis(grace_ms),
                output_cap: cap,
            },
        }
    }

    #[test]
    fn captures_stdout_stderr_and_status() {
        let out = LiveRunner::new()
            .run(&spec(
                &["sh", "-c", "echo out; echo err >&2; exit 3"],
                5000,
                500,
                1024,
            ))
            .unwrap();
        assert_eq!(out.exit, ExitKind::Code(3));
        assert_eq!(out.stdout, b"out\n");
        assert_eq!(out.stderr, b"err\n");
        assert!(!out.truncated);
    }

    #[test]
    fn missing_program_is_not_found() {
        let err = LiveRunner::new()
            .run(&CommandSpec::new(&["cep-no-such-program-xyz"]))
            .unwrap_err();
        assert!(matches!(err, CommandError::NotFound { .. }), "{err}");
        assert!(err.to_string().contains("cep-no-such-program-xyz"));
    }

    #[test]
    fn hung_command_is_terminated() {
        let out = LiveRunner::new()
            .run(&spec(&["sleep", "3600"], 200, 500, 1024))
            .unwrap();
        assert_eq!(out.exit, ExitKind::TimedOut);
        assert!(out.duration < Duration::from_secs(5), "{:?}", out.duration);
    }

    #[test]
    fn command_ignoring_term_is_killed() {
        // The shell ignores TERM and so does its sleeping child.
        let out = LiveRunner::new()
            .run(&spec(
                &["sh", "-c", "trap '' TERM; echo started; sleep 3600"],
                200,
                300,
                1024,
            ))
            .unwrap();
        assert_eq!(out.exit, ExitKind::TimedOut);
        assert_eq!(out.stdout, b"started\n");
        assert!(out.duration < Duration::from_secs(5), "{:?}", out.duration);
    }

    #[test]
    fn chatty_command_is_capped() {
        let out = LiveRunner::new()
            .run(&spec(&["yes"], 10_000, 500, 4096))
            .unwrap();
        assert_eq!(out.exit, ExitKind::OutputCapped);
        assert_eq!(out.stdout.len(), 4096);
        assert!(out.truncated);
        assert!(out.duration < Duration::from_secs(5), "{:?}", out.duration);
    }

    #[test]
    fn fixture_runner_replays_exact_argv_only() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("commands")).unwrap();
        std::fs::write(dir.path().join("commands/uname.txt"), "x86_64\n").unwrap();
        std::fs::write(
            dir.path().join("commands.toml"),
            "[[command]]\nargv = [\"uname\", \"-m\"]\nstdout = \"commands/uname.txt\"\n\n[[command]]\nargv = [\"false\"]\nstatus = 1\n",
        )
        .unwrap();
        let r = FixtureRunner::load(dir.path()).unwrap();
        let out = r.run(&CommandSpec::new(&["uname", "-m"])).unwrap();
        assert_eq!(out.stdout_text(), "x86_64\n");
        assert!(out.success());
        assert_eq!(
            r.run(&CommandSpec::new(&["false"])).unwrap().exit,
            ExitKind::Code(1)
        );
        assert!(matches!(
            r.run(&CommandSpec::new(&["uname", "-r"])),
            Err(CommandError::NotFound { .. })
        ));
    }

    #[test]
    fn fixture_commands_toml_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("commands.toml"), "[[command]]\nargs = []\n").unwrap();
        let err = FixtureRunner::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("commands.toml"), "{err}");
        assert!(err.contains("args"), "{err}");
    }

    #[test]
    fn fixture_missing_output_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("commands.toml"),
            "[[command]]\nargv = [\"vzlist\"]\nstdout = \"nope.txt\"\n",
        )
        .unwrap();
        let r = FixtureRunner::load(dir.path()).unwrap();
        let err = r
            .run(&CommandSpec::new(&["vzlist"]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("nope.txt"), "{err}");
    }
}
