//! Helpers shared by collectors.

use cep_core::{CollectError, Host};

/// Reads a file; an absent one becomes `NotApplicable` with `why`.
pub(crate) fn read_required(host: &Host, path: &str, why: &str) -> Result<String, CollectError> {
    match host.read(path) {
        Ok(s) => Ok(s),
        Err(e) if e.is_not_found() => Err(CollectError::not_applicable(format!(
            "{path} is absent ({why})"
        ))),
        Err(e) => Err(e.into()),
    }
}

/// A file several collectors read (/etc/vz/vz.conf, /proc/mounts): read
/// once per run (`Host::memo`, keyed by the path) and shared; `None` when
/// absent. A read error is shared too, as its message.
pub(crate) fn shared_file(
    host: &Host,
    path: &'static str,
) -> Result<Option<std::sync::Arc<String>>, CollectError> {
    type Shared = Result<Option<std::sync::Arc<String>>, String>;
    let shared = host.memo(path, || -> Shared {
        host.read_optional(path)
            .map(|t| t.map(std::sync::Arc::new))
            .map_err(|e| e.to_string())
    });
    shared.as_ref().clone().map_err(CollectError::Other)
}

/// [`shared_file`], an absent one `NotApplicable` with `why` (as
/// [`read_required`] says it).
pub(crate) fn shared_required(
    host: &Host,
    path: &'static str,
    why: &str,
) -> Result<std::sync::Arc<String>, CollectError> {
    shared_file(host, path)?
        .ok_or_else(|| CollectError::not_applicable(format!("{path} is absent ({why})")))
}

/// Trimmed one-line content of a file, `None` when absent or empty.
pub(crate) fn read_trimmed(host: &Host, path: &str) -> Result<Option<String>, CollectError> {
    Ok(host
        .read_optional(path)?
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty()))
}

/// Parses a whole number read from `path`, naming the file when it is not one.
pub(crate) fn parse_u64(path: &str, text: &str) -> Result<u64, CollectError> {
    let t = text.trim();
    t.parse::<u64>()
        .map_err(|_| CollectError::parse(path, format!("`{t}` is not a whole number")))
}

/// Reads an optional one-number file (sysfs, /proc/sys).
pub(crate) fn read_u64(host: &Host, path: &str) -> Result<Option<u64>, CollectError> {
    match read_trimmed(host, path)? {
        Some(s) => parse_u64(path, &s).map(Some),
        None => Ok(None),
    }
}

/// Runs a command; a program absent from the host is `Ok(None)`.
pub(crate) fn run_optional(
    host: &Host,
    argv: &[&str],
) -> Result<Option<cep_core::CommandOutput>, CollectError> {
    match host.run(argv) {
        Ok(o) => Ok(Some(o)),
        Err(cep_core::CommandError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The last component of a symlink target (`../../bus/pci/drivers/ixgbe` →
/// `ixgbe`), `None` when the link is absent.
pub(crate) fn link_name(host: &Host, path: &str) -> Result<Option<String>, CollectError> {
    match host.read_link(path) {
        Ok(t) => Ok(t.file_name().map(|n| n.to_string_lossy().into_owned())),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The last raw value of `KEY=` in a shell fragment, quotes removed but `$VAR`
/// kept (vz.conf paths end in `$VEID`, which `parse_shell_vars` would drop).
pub(crate) fn raw_shell_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix(key)?.strip_prefix('='))
        .map(|v| v.trim().trim_matches(|c| c == '"' || c == '\''))
}

/// Lists a directory (at most `limit` names); an absent one becomes
/// `NotApplicable` with `why`.
pub(crate) fn read_dir_required(
    host: &Host,
    path: &str,
    limit: usize,
    why: &str,
) -> Result<Vec<String>, CollectError> {
    match host.read_dir(path, limit) {
        Ok(n) => Ok(n),
        Err(e) if e.is_not_found() => Err(CollectError::not_applicable(format!(
            "{path} is absent ({why})"
        ))),
        Err(e) => Err(e.into()),
    }
}

/// Shorthands for collector unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use cep_core::testing::FixtureHostBuilder;
    use cep_core::{CollectError, Collector, Section};

    /// A fixture host builder holding `files` (host path, content).
    pub(crate) fn files(files: &[(&str, &str)]) -> FixtureHostBuilder {
        files
            .iter()
            .fold(FixtureHostBuilder::new(), |b, (p, c)| b.file(p, c))
    }

    /// Runs `c` on the fixture host `b` builds.
    pub(crate) fn run(c: &dyn Collector, b: FixtureHostBuilder) -> Result<Section, CollectError> {
        c.collect(&b.build().unwrap().host().unwrap())
    }

    /// The message of a run that must fail.
    pub(crate) fn error(c: &dyn Collector, b: FixtureHostBuilder) -> String {
        match run(c, b) {
            Ok(s) => panic!("{} succeeded: {s:?}", c.id()),
            Err(e) => e.to_string(),
        }
    }

    /// True when the run is skipped as not applicable.
    pub(crate) fn skipped(c: &dyn Collector, b: FixtureHostBuilder) -> bool {
        matches!(run(c, b), Err(CollectError::NotApplicable(_)))
    }
}
