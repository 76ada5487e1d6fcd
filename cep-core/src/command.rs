//! External commands as collectors see them: the spec with its limits, the
//! output, the [`CommandRunner`] trait and the fixture runner that replays
//! recorded outputs.
//!
//! Every command a collector runs goes through a [`CommandRunner`] held by
//! [`crate::Host`]. The live runner (crate `cep-exec`, the only code that
//! starts processes) guarantees that a command can neither hang a run
//! (TERM, then KILL after a grace period, to the whole process group) nor
//! bloat it (captured output is capped; a command that exceeds the cap is
//! stopped and its output marked truncated).

use std::collections::HashMap;
#[cfg(feature = "fixture")]
use std::path::Path;
use std::path::PathBuf;
use std::time::Duration;

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
    /// [`crate::Host::run_file`] on a host built without a runner for the
    /// host's files.
    #[error(
        "cannot run `{command}`: this host has no runner for its own files; build it with Host::live or give it one with Host::with_file_runner (cep_exec::LiveRunner)"
    )]
    NoFileRunner {
        /// The file.
        command: String,
    },
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
/// Implementations: `cep_exec::LiveRunner` on a real host, [`FixtureRunner`]
/// for recorded hosts; embedders may supply their own (e.g. to run inside a
/// chroot).
pub trait CommandRunner: Send + Sync + std::fmt::Debug {
    /// Runs one command within its limits.
    fn run(&self, spec: &CommandSpec) -> Result<CommandOutput, CommandError>;
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

#[cfg(feature = "fixture")]
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
    #[cfg(feature = "fixture")]
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
