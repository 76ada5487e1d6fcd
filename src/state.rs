//! What `cep run` remembers between runs: the last run of each collector,
//! in `<state-dir>/state.json`, written atomically.
//!
//! A last-run time is recorded once the report holding that collector's
//! section is in the spool (delivery from there is the spool's job), so a
//! crash before leaves the collector due (nothing lost). Just before the
//! report is spooled, [`PendingRun`] names it: a crash between spooling
//! and recording is settled by the next run, which finds the report
//! spooled (or delivered) and records its collectors then, instead of
//! collecting them into a second report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// File name inside the state directory.
pub const STATE_FILE: &str = "state.json";

/// state.json is tiny; anything bigger is not ours.
const MAX_STATE_BYTES: u64 = 1 << 20;

/// Errors reading or writing state.json.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The file exists but cannot be read (not merely corrupt).
    #[error("cannot read the run state {path}: {source}; check its permissions or set --state-dir")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The file cannot be written.
    #[error(
        "cannot write the run state {path}: {source}; check that the state directory is writable or set --state-dir"
    )]
    Write {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
}

/// A report being spooled whose collectors are not recorded yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingRun {
    /// The report's id.
    pub report_id: cep_core::uuid::Uuid,
    /// The run's time, which its collectors get as their last run.
    pub at: Timestamp,
    /// The collectors (and `scripts`) the report holds.
    pub collectors: Vec<String>,
}

/// The run state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunState {
    /// Format version (1).
    #[serde(default = "one")]
    pub version: u32,
    /// Last run of each collector whose report reached the spool, by id.
    #[serde(default)]
    pub last_run: BTreeMap<String, Timestamp>,
    /// The report being spooled, while its collectors are not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<PendingRun>,
}

fn one() -> u32 {
    1
}

impl RunState {
    /// Loads state.json. An absent file is an empty state; a corrupt one is
    /// an empty state plus a message saying what was wrong (log it: every
    /// collector becomes due, and the next save rewrites the file).
    pub fn load(path: &Path) -> Result<(RunState, Option<String>), StateError> {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((RunState::new(), None));
            }
            Err(source) => {
                return Err(StateError::Read {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let (bytes, truncated) =
            cep_core::fsutil::read_capped(file, MAX_STATE_BYTES).map_err(|source| {
                StateError::Read {
                    path: path.to_owned(),
                    source,
                }
            })?;
        let problem = if truncated {
            format!("larger than {MAX_STATE_BYTES} bytes")
        } else {
            match serde_json::from_slice::<RunState>(&bytes) {
                Ok(s) if s.version == 1 => return Ok((s, None)),
                Ok(s) => format!("unknown version {}", s.version),
                Err(e) => e.to_string(),
            }
        };
        Ok((
            RunState::new(),
            Some(format!(
                "state: ignored {} ({problem}); every collector is due and the file is rewritten",
                path.display()
            )),
        ))
    }

    /// An empty state.
    pub fn new() -> RunState {
        RunState {
            version: 1,
            last_run: BTreeMap::new(),
            pending: None,
        }
    }

    /// Records every collector of `run` as run at its time.
    pub fn record(&mut self, run: &PendingRun) {
        for id in &run.collectors {
            self.last_run.insert(id.clone(), run.at);
        }
    }

    /// Writes state.json atomically (mode 0644).
    pub fn save(&self, path: &Path) -> Result<(), StateError> {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        cep_core::fsutil::atomic_write(path, text.as_bytes(), 0o644).map_err(|source| {
            StateError::Write {
                path: path.to_owned(),
                source,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_absent_is_empty() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(STATE_FILE);
        assert_eq!(RunState::load(&p).unwrap(), (RunState::new(), None));
        let mut s = RunState::new();
        s.last_run
            .insert("os.kernel".into(), "2026-06-08T10:00:00Z".parse().unwrap());
        s.save(&p).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "{\n  \"version\": 1,\n  \"last_run\": {\n    \"os.kernel\": \"2026-06-08T10:00:00Z\"\n  }\n}\n"
        );
        assert_eq!(RunState::load(&p).unwrap(), (s.clone(), None));
        // A pending run survives the round trip and is recorded whole.
        let run = PendingRun {
            report_id: "6b1c2e3a-1111-4222-8333-444455556666".parse().unwrap(),
            at: "2026-06-08T11:00:00Z".parse().unwrap(),
            collectors: vec!["os.kernel".into(), "scripts".into()],
        };
        s.pending = Some(run.clone());
        s.save(&p).unwrap();
        let (mut back, _) = RunState::load(&p).unwrap();
        assert_eq!(back, s);
        back.record(&run);
        assert_eq!(back.last_run.len(), 2);
        assert!(back.last_run.values().all(|t| *t == run.at));
    }

    #[test]
    fn corrupt_file_is_empty_with_a_message() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(STATE_FILE);
        for bad in [
            &b"{\"version\": 1, \"last_run\": {\"os.kernel\": \"yesterday\"}}"[..],
            b"\x00\xff garbage",
            b"",
            b"{\"version\": 7}",
        ] {
            std::fs::write(&p, bad).unwrap();
            let (s, msg) = RunState::load(&p).unwrap();
            assert_eq!(s, RunState::new());
            let msg = msg.unwrap();
            assert!(
                msg.starts_with("state: ignored ") && msg.contains("state.json"),
                "{msg}"
            );
        }
        std::fs::write(&p, vec![b' '; (MAX_STATE_BYTES + 1) as usize]).unwrap();
        assert!(
            RunState::load(&p)
                .unwrap()
                .1
                .unwrap()
                .contains("larger than")
        );
    }

    #[test]
    fn unwritable_location_names_the_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("missing/state.json");
        let e = RunState::new().save(&p).unwrap_err().to_string();
        assert!(
            e.contains("missing/state.json") && e.contains("--state-dir"),
            "{e}"
        );
    }
}
