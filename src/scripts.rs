//! The external collector scripts as one scheduled unit of the Agent's
//! collector set: listed, scheduled, run and guarded with the others.

use cep_collectors::scripts::{ScriptSettings, find_scripts, run_scripts};
use cep_core::{Collection, CommandLimits, Host};

use crate::agent::{Agent, ListEntry};

/// The id under which the run loop schedules and records the external
/// scripts (as one unit; their sections are `scripts.<name>`).
pub const SCRIPTS_ID: &str = "scripts";

/// The scripts' directories, limits and schedule, from `[scripts]`.
pub(crate) struct Scripts {
    settings: ScriptSettings,
    schedule: cep_core::Schedule,
}

impl Scripts {
    /// Every file in the script directories, as `cep list` rows, and notes
    /// about directories that cannot be read.
    pub(crate) fn list(&self, host: &Host) -> (Vec<ListEntry>, Vec<String>) {
        let (found, notes) = find_scripts(host, &self.settings);
        let schedule = self.schedule.to_string();
        let rows = found
            .into_iter()
            .map(|f| {
                let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_owned();
                ListEntry {
                    id: f.id.unwrap_or_else(|| format!("scripts.? ({name})")),
                    description: format!("external script {}", f.path),
                    schedule: schedule.clone(),
                    enabled: f.refused.is_none(),
                    reason: f.refused.map(|why| format!("not run: {why}")),
                }
            })
            .collect();
        (rows, notes)
    }

    /// Runs them (after the collectors, one at a time).
    pub(crate) fn run(&self, host: &Host) -> Collection {
        run_scripts(host, &self.settings)
    }

    /// Their schedule (`[scripts] schedule`).
    pub(crate) fn schedule(&self) -> cep_core::Schedule {
        self.schedule
    }
}

impl Agent {
    /// The external scripts as configured.
    pub(crate) fn scripts(&self) -> Scripts {
        let s = &self.config.scripts;
        Scripts {
            settings: ScriptSettings {
                dirs: s
                    .dirs
                    .iter()
                    .map(|d| d.to_string_lossy().into_owned())
                    .collect(),
                limits: CommandLimits {
                    timeout: s.timeout,
                    grace: self.config.limits.command_grace,
                    output_cap: s.output_bytes,
                },
            },
            schedule: s.schedule,
        }
    }
}
