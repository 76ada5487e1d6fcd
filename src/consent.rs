//! Consent: whether this host reports, and which source decided.
//!
//! Reporting is off when any source says so; one place computes the
//! decision, and `cep status` shows it with every source that was checked.
//! Off means nothing is collected and nothing is sent by `cep run` and
//! `cep send`.

use std::fmt;
use std::path::PathBuf;

use crate::config::{Config, Paths};

/// A place consent can be withdrawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentSource {
    /// `DO_NOT_TRACK=1` in the environment.
    DoNotTrack,
    /// `enabled = false` in cep.toml.
    Config(PathBuf),
    /// cep's marker file (`/etc/vz/cep-disable`).
    Marker(PathBuf),
    /// vzstats' marker file (`/etc/vz/vzstats-disable`).
    LegacyMarker(PathBuf),
    /// Nothing says no: the default.
    Default,
}

impl fmt::Display for ConsentSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConsentSource::DoNotTrack => f.write_str("DO_NOT_TRACK=1 in the environment"),
            ConsentSource::Config(p) => write!(f, "enabled = false in {}", p.display()),
            ConsentSource::Marker(p) => write!(f, "marker file {}", p.display()),
            ConsentSource::LegacyMarker(p) => write!(f, "vzstats marker file {}", p.display()),
            ConsentSource::Default => f.write_str("default (no opt-out found)"),
        }
    }
}

/// The effective decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// True when this host reports.
    pub enabled: bool,
    /// The source that decided (the first opt-out found, or the default).
    pub decided_by: ConsentSource,
    /// Every source checked, with whether it says "off".
    pub checks: Vec<(ConsentSource, bool)>,
}

fn dnt_set(value: Option<&str>) -> bool {
    matches!(value.map(str::trim), Some(v) if !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

impl Consent {
    /// Evaluates every source. `do_not_track` is the value of the
    /// `DO_NOT_TRACK` variable, passed in so callers and tests control it.
    pub fn evaluate(paths: &Paths, config: &Config, do_not_track: Option<&str>) -> Consent {
        let config_file = config.file.clone().unwrap_or_else(|| paths.config());
        let checks = vec![
            (ConsentSource::DoNotTrack, dnt_set(do_not_track)),
            (
                ConsentSource::Config(config_file),
                config.enabled == Some(false),
            ),
            (
                ConsentSource::Marker(paths.cep_disable()),
                paths.cep_disable().exists(),
            ),
            (
                ConsentSource::LegacyMarker(paths.vzstats_disable()),
                paths.vzstats_disable().exists(),
            ),
        ];
        let decided_by = checks
            .iter()
            .find(|(_, off)| *off)
            .map(|(s, _)| s.clone())
            .unwrap_or(ConsentSource::Default);
        Consent {
            enabled: decided_by == ConsentSource::Default,
            decided_by,
            checks,
        }
    }

    /// Evaluates with the process environment.
    pub fn from_env(paths: &Paths, config: &Config) -> Consent {
        let dnt = std::env::var("DO_NOT_TRACK").ok();
        Self::evaluate(paths, config, dnt.as_deref())
    }
}

/// Writes cep's opt-out marker.
pub fn disable(paths: &Paths) -> std::io::Result<PathBuf> {
    let marker = paths.cep_disable();
    cep_core::fsutil::atomic_write(
        &marker,
        b"# Reporting disabled by `cep disable`. Remove this file or run `cep enable` to report again.\n",
        0o644,
    )?;
    Ok(marker)
}

/// Removes cep's and vzstats' opt-out markers; returns those removed.
pub fn enable(paths: &Paths) -> std::io::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for p in [paths.cep_disable(), paths.vzstats_disable()] {
        match std::fs::remove_file(&p) {
            Ok(()) => removed.push(p),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(std::io::Error::new(
                    e.kind(),
                    format!("{}: {e}", p.display()),
                ));
            }
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, Paths, Config) {
        let d = tempfile::tempdir().unwrap();
        let p = Paths {
            sysconf_dir: d.path().into(),
            config_file: None,
        };
        let c = Config::load(&p, Some(d.path())).unwrap();
        (d, p, c)
    }

    #[test]
    fn default_is_on() {
        let (_d, p, c) = setup();
        let k = Consent::evaluate(&p, &c, None);
        assert!(k.enabled);
        assert_eq!(k.decided_by, ConsentSource::Default);
        assert_eq!(k.checks.len(), 4);
    }

    #[test]
    fn each_source_turns_it_off() {
        let (_d, p, c) = setup();
        for v in ["1", "true", "yes"] {
            let k = Consent::evaluate(&p, &c, Some(v));
            assert_eq!(
                (k.enabled, k.decided_by),
                (false, ConsentSource::DoNotTrack)
            );
        }
        assert!(Consent::evaluate(&p, &c, Some("0")).enabled);

        std::fs::write(p.vzstats_disable(), "").unwrap();
        let k = Consent::evaluate(&p, &c, None);
        assert_eq!(
            k.decided_by,
            ConsentSource::LegacyMarker(p.vzstats_disable())
        );

        let marker = disable(&p).unwrap();
        let k = Consent::evaluate(&p, &c, None);
        assert_eq!(k.decided_by, ConsentSource::Marker(marker));

        let removed = enable(&p).unwrap();
        assert_eq!(removed.len(), 2);
        assert!(Consent::evaluate(&p, &c, None).enabled);

        std::fs::write(p.config(), "enabled = false\n").unwrap();
        let c = Config::load(&p, None).unwrap();
        let k = Consent::evaluate(&p, &c, None);
        assert_eq!(k.decided_by, ConsentSource::Config(p.config()));
        assert!(k.decided_by.to_string().contains("enabled = false in"));
    }
}
