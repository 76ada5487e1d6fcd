//! External collector scripts (`scripts.<name>`), the vzstats-compatible
//! plug-in mechanism.
//!
//! Every regular file in the configured directories runs in lexical order,
//! but only if it is owned by root, executable by its owner and neither
//! group- nor world-writable (a skipped file is logged with the reason).
//! Its stdout becomes the text section `scripts.<name>.txt`; its stderr
//! goes to collect.log; exit status, duration and truncation go to the
//! manifest. Each script has a timeout (TERM, then KILL to its process
//! group) and an output cap. Text sections pass through the report's
//! guards (the privacy scrubber) like every other section.
//!
//! [`Scripts`] is the [`CollectorSet`] the Agent lists, schedules (as one
//! unit, [`SCRIPTS_ID`], on `[scripts] schedule`) and runs after the
//! collectors.

use std::os::unix::fs::MetadataExt;
use std::time::Duration;

use cep_core::{
    Collection, CollectorSet, CommandLimits, ExitKind, Host, Member, Outcome, Schedule, Section,
    Status,
};

/// The id under which the external scripts are scheduled and recorded as
/// one unit; their sections are `scripts.<name>`.
pub const SCRIPTS_ID: &str = "scripts";

/// The external scripts as a [`CollectorSet`]: where they are looked up,
/// their limits and their schedule.
///
/// ```
/// use cep_collectors::scripts::Scripts;
/// use cep_core::{CollectorSet, CommandLimits, Host, Schedule};
/// let dir = tempfile::tempdir()?;
/// std::fs::create_dir_all(dir.path().join("fs/opt/cep.d"))?;
/// std::fs::write(dir.path().join("fs/opt/cep.d/usage"), "#!/bin/sh\necho 1\n")?;
/// let scripts = Scripts::new(vec!["/opt/cep.d".into()], CommandLimits::default(), Schedule::Off);
/// let (members, _) = scripts.members(&Host::fixture(dir.path())?);
/// assert_eq!(members[0].description, "external script /opt/cep.d/usage");
/// assert!(members[0].refused.is_some()); // not executable, not root's
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scripts {
    settings: ScriptSettings,
    schedule: Schedule,
}

impl Scripts {
    /// The scripts found in `dirs` (host directories, searched in order;
    /// each file in lexical order), each run under `limits`, all of them
    /// as one unit on `schedule` (the Agent builds it from `[scripts]`).
    pub fn new(dirs: Vec<String>, limits: CommandLimits, schedule: Schedule) -> Scripts {
        Scripts {
            settings: ScriptSettings { dirs, limits },
            schedule,
        }
    }
}

impl CollectorSet for Scripts {
    fn id(&self) -> &str {
        SCRIPTS_ID
    }

    fn describe(&self) -> &str {
        "external collector scripts, one text section each"
    }

    /// Every file in the script directories, with the reason it will not
    /// run (owner, mode, name, a duplicate id).
    fn members(&self, host: &Host) -> (Vec<Member>, Vec<String>) {
        let (found, notes) = find_scripts(host, &self.settings);
        let members = found
            .into_iter()
            .map(|f| {
                let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_owned();
                Member {
                    id: f.id.unwrap_or_else(|| format!("{SCRIPTS_ID}.? ({name})")),
                    description: format!("external script {}", f.path),
                    refused: f.refused,
                }
            })
            .collect();
        (members, notes)
    }

    /// Runs them one at a time, in run order: one outcome each, stdout as
    /// its text section, stderr to collect.log.
    fn run(&self, host: &Host) -> Collection {
        run_scripts(host, &self.settings)
    }

    fn schedule(&self) -> Schedule {
        self.schedule
    }
}

/// Where and how scripts run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScriptSettings {
    /// Host directories, searched in order.
    pub(crate) dirs: Vec<String>,
    /// Per-script limits (timeout, grace before KILL, output cap).
    pub(crate) limits: CommandLimits,
}

/// Most files looked at in one directory.
const MAX_FILES: usize = 1000;
/// Most stderr lines of one script copied into collect.log.
const MAX_STDERR_LINES: usize = 50;

/// The collector id for a script file name: `scripts.` and the name in
/// lowercase with anything but letters, digits, `_` and `-` turned into
/// `_`; `None` when no valid id results.
pub fn script_id(file_name: &str) -> Option<String> {
    let name: String = file_name
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let id = format!("scripts.{name}");
    (!name.trim_matches('_').is_empty() && cep_core::collector::is_valid_id(&id)).then_some(id)
}

/// Why a file may not run, or `None` when it may.
fn refusal(meta: &std::fs::Metadata) -> Option<String> {
    if !meta.file_type().is_file() {
        return Some("not a regular file".into());
    }
    let mode = meta.mode();
    if meta.uid() != 0 {
        return Some(format!("owned by uid {}, not root", meta.uid()));
    }
    if mode & 0o022 != 0 {
        return Some(format!(
            "group- or world-writable (mode {:o})",
            mode & 0o7777
        ));
    }
    if mode & 0o100 == 0 {
        return Some("not executable by its owner".into());
    }
    None
}

/// A file in the script directories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundScript {
    /// Its path on the host.
    pub(crate) path: String,
    /// `scripts.<name>`, when it may run.
    pub(crate) id: Option<String>,
    /// Why it does not run (ownership, mode, name, a duplicate id).
    pub(crate) refused: Option<String>,
}

/// The files in the script directories, in run order, each with its id or
/// the reason it will not run, and collect.log lines for directories that
/// cannot be read. Nothing runs here: `cep list` shows the same list
/// ([`Scripts`]' members).
pub(crate) fn find_scripts(
    host: &Host,
    settings: &ScriptSettings,
) -> (Vec<FoundScript>, Vec<String>) {
    let mut found: Vec<FoundScript> = Vec::new();
    let mut log = Vec::new();
    for dir in &settings.dirs {
        let names = match host.read_dir(dir, MAX_FILES) {
            Ok(n) => n,
            Err(e) if e.is_not_found() => continue,
            Err(e) => {
                log.push(format!("scripts: skipped directory {dir}: {e}"));
                continue;
            }
        };
        for name in names {
            let path = format!("{}/{name}", dir.trim_end_matches('/'));
            let refused = match host.metadata(&path) {
                Ok(meta) => refusal(&meta),
                Err(e) => Some(e.to_string()),
            };
            let id = script_id(&name);
            let refused = refused.or_else(|| match &id {
                None => Some("its name does not make a valid collector id".into()),
                Some(id) if found.iter().any(|f| f.id.as_ref() == Some(id)) => {
                    Some(format!("another script already reports as {id}"))
                }
                Some(_) => None,
            });
            found.push(FoundScript {
                id: if refused.is_none() { id } else { None },
                path,
                refused,
            });
        }
    }
    (found, log)
}

/// Runs every eligible script, one after the other in run order: one
/// outcome each (stdout as its text section) and collect.log lines, ready
/// to join the collectors' [`Collection`] before the report is built
/// ([`Scripts`]' run).
pub(crate) fn run_scripts(host: &Host, settings: &ScriptSettings) -> Collection {
    let (found, mut log) = find_scripts(host, settings);
    let mut runs: Vec<Outcome> = Vec::new();
    for f in found {
        match (f.id, f.refused) {
            (Some(id), None) => {
                log.push(format!("== executing {} ==", f.path));
                runs.push(run_one(host, &f.path, id, settings.limits, &mut log));
            }
            (_, why) => log.push(format!(
                "scripts: skipped {}: {}",
                f.path,
                why.unwrap_or_default()
            )),
        }
    }
    Collection {
        outcomes: runs,
        log,
    }
}

fn run_one(
    host: &Host,
    path: &str,
    id: String,
    limits: CommandLimits,
    log: &mut Vec<String>,
) -> Outcome {
    let out = match host.run_file(path, limits) {
        Ok(o) => o,
        Err(e) => {
            log.push(format!("{id}: {e}"));
            return Outcome {
                id,
                status: Status::Error,
                duration: Duration::ZERO,
                section: None,
                message: Some(e.to_string()),
                exit_status: None,
                truncated: false,
            };
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    for l in lines.iter().take(MAX_STDERR_LINES) {
        log.push(format!("{id}: stderr: {l}"));
    }
    if lines.len() > MAX_STDERR_LINES {
        log.push(format!(
            "{id}: stderr: ... {} more lines not kept",
            lines.len() - MAX_STDERR_LINES
        ));
    }
    let (status, exit_status, message) = match out.exit {
        ExitKind::Code(0) => (Status::Ok, Some(0), None),
        ExitKind::Code(c) => (
            Status::Error,
            Some(c),
            Some(format!("exited with status {c}")),
        ),
        ExitKind::Signal(s) => (Status::Error, None, Some(format!("killed by signal {s}"))),
        ExitKind::TimedOut => (
            Status::Timeout,
            None,
            Some(format!(
                "did not finish within {}; stopped (TERM, then KILL)",
                humantime_secs(limits.timeout)
            )),
        ),
        ExitKind::OutputCapped => (
            Status::Ok,
            None,
            Some(format!(
                "output cut at {} bytes; the script was stopped",
                limits.output_cap
            )),
        ),
    };
    if let Some(m) = &message {
        log.push(format!("{id}: {m}"));
    }
    Outcome {
        id,
        status,
        duration: out.duration,
        section: Some(Section::Text(out.stdout_text())),
        message,
        exit_status,
        truncated: out.truncated,
    }
}

fn humantime_secs(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{}ms", d.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::time::Instant;

    #[test]
    fn ids_are_sanitized() {
        assert_eq!(script_id("cpuinfo").as_deref(), Some("scripts.cpuinfo"));
        assert_eq!(
            script_id("10-Disk.Usage.sh").as_deref(),
            Some("scripts.10-disk_usage_sh")
        );
        assert_eq!(script_id("..."), None);
        assert_eq!(script_id(&"x".repeat(80)), None);
    }

    fn script(root: &std::path::Path, name: &str, body: &str, mode: u32) {
        let dir = root.join("fs/usr/libexec/cep/collectors.d");
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn hung_chatty_writable_and_failing_scripts() {
        let dir = tempfile::tempdir().unwrap();
        if std::fs::metadata(dir.path()).unwrap().uid() != 0 {
            cep_core::skip!("scripts must be owned by root and the tests do not run as root");
            return;
        }
        script(
            dir.path(),
            "a-ok",
            "#!/bin/sh\necho hello\necho oops >&2\n",
            0o755,
        );
        script(dir.path(), "b-hang", "#!/bin/sh\nexec sleep 3600\n", 0o755);
        script(
            dir.path(),
            "c-chatty",
            "#!/bin/sh\nhead -c 104857600 /dev/zero | tr '\\0' x\n",
            0o755,
        );
        script(dir.path(), "d-writable", "#!/bin/sh\necho no\n", 0o757);
        script(
            dir.path(),
            "e-exit3",
            "#!/bin/sh\necho partial\nexit 3\n",
            0o700,
        );
        script(dir.path(), "f-noexec", "#!/bin/sh\necho no\n", 0o644);
        let host = Host::fixture(dir.path())
            .unwrap()
            .with_file_runner(std::sync::Arc::new(cep_exec::LiveRunner::new()));
        let settings = ScriptSettings {
            dirs: vec![
                "/usr/libexec/cep/collectors.d".into(),
                "/usr/libexec/vzstats".into(),
            ],
            limits: CommandLimits {
                timeout: Duration::from_millis(500),
                grace: Duration::from_millis(200),
                output_cap: 64 * 1024,
            },
        };
        let t0 = Instant::now();
        let Collection {
            outcomes: runs,
            log,
        } = run_scripts(&host, &settings);
        assert!(t0.elapsed() < Duration::from_secs(5), "{:?}", t0.elapsed());
        let ids: Vec<&str> = runs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            vec![
                "scripts.a-ok",
                "scripts.b-hang",
                "scripts.c-chatty",
                "scripts.e-exit3"
            ]
        );
        assert_eq!(runs[0].status, Status::Ok);
        assert_eq!(
            runs[0].section.as_ref().and_then(Section::as_text),
            Some("hello\n")
        );
        assert_eq!(runs[0].exit_status, Some(0));
        assert_eq!(runs[1].status, Status::Timeout);
        assert_eq!(runs[1].exit_status, None);
        assert_eq!(
            runs[1].message.as_deref(),
            Some("did not finish within 500ms; stopped (TERM, then KILL)")
        );
        assert_eq!(runs[2].status, Status::Ok);
        assert!(runs[2].truncated);
        assert_eq!(
            runs[2]
                .section
                .as_ref()
                .and_then(Section::as_text)
                .unwrap()
                .len(),
            64 * 1024
        );
        assert_eq!(runs[3].status, Status::Error);
        assert_eq!(runs[3].exit_status, Some(3));
        assert_eq!(
            runs[3].section.as_ref().and_then(Section::as_text),
            Some("partial\n")
        );
        let log = log.join("\n");
        assert!(log.contains("scripts.a-ok: stderr: oops"), "{log}");
        assert!(
            log.contains("skipped /usr/libexec/cep/collectors.d/d-writable: group- or world-writable (mode 757)"),
            "{log}"
        );
        assert!(
            log.contains(
                "skipped /usr/libexec/cep/collectors.d/f-noexec: not executable by its owner"
            ),
            "{log}"
        );
        assert!(
            log.contains("== executing /usr/libexec/cep/collectors.d/a-ok =="),
            "{log}"
        );
    }
}
