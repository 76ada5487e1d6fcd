//! # cep-exec
//!
//! The only code of cep that starts processes: [`LiveRunner`] runs a
//! command of the host it runs on, in a process group of its own, with a
//! timeout (TERM to the group, KILL after a grace period) and an output
//! cap (a command that prints more is stopped and its output marked
//! truncated), so that a command can neither hang a run nor bloat it.
//!
//! [`live_host`] is the machine cep runs on as a [`Host`]; a fixture host
//! that runs the host's external scripts gets a live runner for them with
//! [`Host::with_file_runner`].
//!
//! ```
//! use cep_core::{CommandRunner, CommandSpec, ExitKind};
//! let out = cep_exec::LiveRunner::new().run(&CommandSpec::new(&["sh", "-c", "echo hi"]))?;
//! assert_eq!(out.exit, ExitKind::Code(0));
//! assert_eq!(out.stdout, b"hi\n");
//! # Ok::<(), cep_core::CommandError>(())
//! ```
#![deny(missing_docs)]

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use cep_core::{CommandError, CommandOutput, CommandRunner, CommandSpec, ExitKind, Host};

/// The machine cep runs on: root `/`, every command and external script
/// run by a [`LiveRunner`].
///
/// ```
/// let host = cep_exec::live_host();
/// assert!(host.is_live());
/// assert!(host.kernel_release().is_some());
/// ```
pub fn live_host() -> Host {
    Host::live(Arc::new(LiveRunner::new()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::CommandLimits;

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
}
