//! The `cep` binary's test hooks, compiled only with the `test-hooks`
//! feature (turned on by cep-cli's tests, never in a release build):
//!
//! - `CEP_TEST_NOW=<RFC 3339 time>` replaces the clock;
//! - `CEP_TEST_ABORT=before-deliver|after-spool|before-flush|after-record`
//!   aborts the process at that [`RunPoint`];
//! - `CEP_TEST_PAUSE=<file>` holds the run, lock taken, until that file
//!   exists (at most 30 s).
//!
//! Hooks set on the builder win over the environment.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;

use crate::error::{Error, Result};
use crate::hooks::{Clock, Hooks, RunHooks, RunPoint};

const NOW_VAR: &str = "CEP_TEST_NOW";
const ABORT_VAR: &str = "CEP_TEST_ABORT";
const PAUSE_VAR: &str = "CEP_TEST_PAUSE";

struct EnvHooks {
    abort_at: Option<String>,
    pause_until: Option<PathBuf>,
}

impl RunHooks for EnvHooks {
    fn reached(&self, point: RunPoint) {
        if let (RunPoint::Locked, Some(release)) = (point, &self.pause_until) {
            eprintln!("cep: {PAUSE_VAR}: holding the lock");
            for _ in 0..1500 {
                if release.exists() {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        if self.abort_at.as_deref() == Some(point.name()) {
            eprintln!("cep: {ABORT_VAR}={}: aborting", point.name());
            std::process::abort();
        }
    }
}

/// The clock and hooks from the environment, where the builder set none.
pub(crate) fn from_env(clock: Option<Clock>, hooks: Hooks) -> Result<(Option<Clock>, Hooks)> {
    let clock = match (clock, std::env::var(NOW_VAR)) {
        (Some(c), _) => Some(c),
        (None, Ok(v)) => {
            let t: Timestamp = v.parse().map_err(|e| Error::Invalid {
                message: format!("{NOW_VAR}=`{v}` is not an RFC 3339 time: {e}"),
            })?;
            Some(Arc::new(move || t) as Clock)
        }
        (None, Err(_)) => None,
    };
    let hooks = hooks.or_else(|| {
        let h = EnvHooks {
            abort_at: std::env::var(ABORT_VAR).ok(),
            pause_until: std::env::var_os(PAUSE_VAR).map(PathBuf::from),
        };
        (h.abort_at.is_some() || h.pause_until.is_some()).then(|| Arc::new(h) as Arc<dyn RunHooks>)
    });
    Ok((clock, hooks))
}
