//! The host id: a random UUID v4 made locally, stored in one file, adopted
//! from vzstats (`/etc/vz/.vzstats-uuid`) when that holds a valid id, so that
//! hosts keep their identity across the move from vzstats to cep.

use std::path::{Path, PathBuf};

use uuid::Uuid;

/// Identity errors.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// The id file could not be written.
    #[error(
        "cannot write the host id to {path}: {source}; check that the directory exists and is writable, or set --state-dir"
    )]
    Write {
        /// The id file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The id file could not be read (not merely absent).
    #[error("cannot read the host id from {path}: {source}")]
    Read {
        /// The id file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
}

/// Parses a host id as vzstats accepted it: 8-4-4-4-12 hex digits, optional
/// braces, any case, surrounding white space ignored. The nil UUID is refused.
pub fn parse_host_id(text: &str) -> Option<Uuid> {
    let t = text.trim();
    let t = match (t.strip_prefix('{'), t.ends_with('}')) {
        (Some(inner), true) => &inner[..inner.len() - 1],
        (None, false) => t,
        _ => return None,
    };
    let groups: Vec<&str> = t.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    if groups.len() != 5
        || groups
            .iter()
            .zip(lens)
            .any(|(g, n)| g.len() != n || !g.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return None;
    }
    Uuid::parse_str(t).ok().filter(|u| !u.is_nil())
}

/// How the host id was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityEvent {
    /// Read from the id file.
    Loaded,
    /// No id anywhere: a new one was made.
    Created,
    /// Taken over from the vzstats id file.
    AdoptedLegacy(PathBuf),
    /// The stored id was invalid (shown, with why) and was replaced.
    ReplacedInvalid {
        /// What was wrong with it.
        reason: String,
    },
}

/// Where ids live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityPaths {
    /// cep's id file (default `<state-dir>/host-id`).
    pub host_id: PathBuf,
    /// vzstats' id file, adopted when cep has none (`/etc/vz/.vzstats-uuid`).
    pub legacy: Option<PathBuf>,
}

fn read_optional(path: &Path) -> Result<Option<String>, IdentityError> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(
            String::from_utf8_lossy(&b[..b.len().min(4096)]).into_owned(),
        )),
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(source) => Err(IdentityError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Reads the stored id without creating one (for `cep status`).
pub fn load_host_id(paths: &IdentityPaths) -> Result<Option<Uuid>, IdentityError> {
    Ok(read_optional(&paths.host_id)?.and_then(|t| parse_host_id(&t)))
}

/// Loads the host id, adopting vzstats' or creating one when needed. The
/// file is written atomically (mode 0644) and never left empty.
pub fn load_or_create_host_id(
    paths: &IdentityPaths,
) -> Result<(Uuid, IdentityEvent), IdentityError> {
    let mut invalid = None;
    if let Some(text) = read_optional(&paths.host_id)? {
        match parse_host_id(&text) {
            Some(id) => return Ok((id, IdentityEvent::Loaded)),
            None => {
                let shown: String = text.trim().chars().take(40).collect();
                invalid = Some(format!(
                    "{} held `{shown}`, which is not a UUID",
                    paths.host_id.display()
                ));
            }
        }
    }
    let (id, event) = match (&paths.legacy, invalid) {
        (_, Some(reason)) => (Uuid::new_v4(), IdentityEvent::ReplacedInvalid { reason }),
        (Some(legacy), None) => match read_optional(legacy)?.and_then(|t| parse_host_id(&t)) {
            Some(id) => (id, IdentityEvent::AdoptedLegacy(legacy.clone())),
            None => (Uuid::new_v4(), IdentityEvent::Created),
        },
        (None, None) => (Uuid::new_v4(), IdentityEvent::Created),
    };
    if let Some(dir) = paths.host_id.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| IdentityError::Write {
            path: paths.host_id.clone(),
            source,
        })?;
    }
    crate::fsutil::atomic_write(
        &paths.host_id,
        format!("{}\n", id.hyphenated()).as_bytes(),
        0o644,
    )
    .map_err(|source| IdentityError::Write {
        path: paths.host_id.clone(),
        source,
    })?;
    Ok((id, event))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_vzstats_accepted() {
        let id = "6B1C2E3A-1111-4222-8333-444455556666";
        for ok in [
            id,
            "{6b1c2e3a-1111-4222-8333-444455556666}",
            " 6b1c2e3a-1111-4222-8333-444455556666\n",
        ] {
            assert_eq!(
                parse_host_id(ok).unwrap().to_string(),
                "6b1c2e3a-1111-4222-8333-444455556666",
                "{ok}"
            );
        }
        for bad in [
            "",
            "{6b1c2e3a-1111-4222-8333-444455556666",
            "6b1c2e3a111142228333444455556666",
            "6b1c2e3a-1111-4222-8333-44445555666g",
            "00000000-0000-0000-0000-000000000000",
            "<html>error</html>",
        ] {
            assert_eq!(parse_host_id(bad), None, "{bad}");
        }
    }

    fn paths(dir: &Path) -> IdentityPaths {
        IdentityPaths {
            host_id: dir.join("state/host-id"),
            legacy: Some(dir.join(".vzstats-uuid")),
        }
    }

    #[test]
    fn creates_once_then_loads() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        assert_eq!(load_host_id(&p).unwrap(), None);
        let (a, ev) = load_or_create_host_id(&p).unwrap();
        assert_eq!(ev, IdentityEvent::Created);
        assert_eq!(a.get_version_num(), 4);
        let (b, ev) = load_or_create_host_id(&p).unwrap();
        assert_eq!((b, ev), (a, IdentityEvent::Loaded));
        assert_eq!(
            std::fs::read_to_string(&p.host_id).unwrap(),
            format!("{a}\n")
        );
    }

    #[test]
    fn adopts_the_vzstats_id() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        std::fs::write(
            d.path().join(".vzstats-uuid"),
            "{0E7A9B58-AAAA-4BBB-8CCC-DDDDDDDDDDDD}\n",
        )
        .unwrap();
        let (id, ev) = load_or_create_host_id(&p).unwrap();
        assert_eq!(id.to_string(), "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd");
        assert_eq!(
            ev,
            IdentityEvent::AdoptedLegacy(d.path().join(".vzstats-uuid"))
        );
        assert_eq!(load_host_id(&p).unwrap(), Some(id));
    }

    #[test]
    fn replaces_an_invalid_stored_id_and_says_why() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        std::fs::create_dir_all(d.path().join("state")).unwrap();
        std::fs::write(&p.host_id, "garbage\n").unwrap();
        let (id, ev) = load_or_create_host_id(&p).unwrap();
        match ev {
            IdentityEvent::ReplacedInvalid { reason } => {
                assert!(
                    reason.contains("`garbage`") && reason.contains("host-id"),
                    "{reason}"
                )
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(load_host_id(&p).unwrap(), Some(id));
        // An empty file is invalid too.
        std::fs::write(&p.host_id, "").unwrap();
        assert!(matches!(
            load_or_create_host_id(&p).unwrap().1,
            IdentityEvent::ReplacedInvalid { .. }
        ));
    }

    #[test]
    fn unwritable_location_is_a_clear_error() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("file"), "").unwrap();
        let p = IdentityPaths {
            host_id: d.path().join("file/host-id"),
            legacy: None,
        };
        let e = load_or_create_host_id(&p).unwrap_err().to_string();
        assert!(
            e.contains("file/host-id") && e.contains("--state-dir"),
            "{e}"
        );
    }
}
