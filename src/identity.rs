//! The host id: a random UUID v4 made locally, stored in one file, adopted
//! from vzstats (`/etc/vz/.vzstats-uuid`) when that holds a valid id, so that
//! hosts keep their identity across the move from vzstats to cep.
//!
//! Clone safety: beside the id file, `<id file>.machine` holds a random salt
//! and the SHA-256 of salt + `/etc/machine-id` (never sent anywhere). When
//! the machine id no longer matches, the host was cloned from an image (or
//! reinstalled): it gets a new host id, so cloned nodes do not report as
//! one.

use std::path::{Path, PathBuf};

use cep_core::uuid::Uuid;

pub use cep_core::transport::parse_host_id;

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
    /// The machine id changed since the host id was made (a clone): the id
    /// was replaced.
    MachineChanged {
        /// Why, naming the files.
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

/// What the id file holds: a valid id, or why it is not one (`None`,
/// `None`: no file).
fn stored_id(paths: &IdentityPaths) -> Result<(Option<Uuid>, Option<String>), IdentityError> {
    let Some(text) = read_optional(&paths.host_id)? else {
        return Ok((None, None));
    };
    Ok(match parse_host_id(&text) {
        Some(id) => (Some(id), None),
        None => {
            let shown: String = text.trim().chars().take(40).collect();
            let reason = format!(
                "{} held `{shown}`, which is not a UUID",
                paths.host_id.display()
            );
            (None, Some(reason))
        }
    })
}

/// The vzstats id cep would adopt, when its file holds a valid one.
fn legacy_id(paths: &IdentityPaths) -> Result<Option<(Uuid, PathBuf)>, IdentityError> {
    let Some(legacy) = &paths.legacy else {
        return Ok(None);
    };
    Ok(read_optional(legacy)?
        .and_then(|t| parse_host_id(&t))
        .map(|id| (id, legacy.clone())))
}

/// Loads the host id, adopting vzstats' or creating one when needed. The
/// file is written atomically (mode 0644) and never left empty.
pub fn load_or_create_host_id(
    paths: &IdentityPaths,
) -> Result<(Uuid, IdentityEvent), IdentityError> {
    let (id, event) = match stored_id(paths)? {
        (Some(id), _) => return Ok((id, IdentityEvent::Loaded)),
        (None, Some(reason)) => (Uuid::new_v4(), IdentityEvent::ReplacedInvalid { reason }),
        (None, None) => match legacy_id(paths)? {
            Some((id, legacy)) => (id, IdentityEvent::AdoptedLegacy(legacy)),
            None => (Uuid::new_v4(), IdentityEvent::Created),
        },
    };
    if let Some(dir) = paths.host_id.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| IdentityError::Write {
            path: paths.host_id.clone(),
            source,
        })?;
    }
    cep_core::fsutil::atomic_write(
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

/// The salted machine-id hash kept beside the id file.
pub fn machine_binding_path(host_id: &Path) -> PathBuf {
    let mut name = host_id
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "host-id".into());
    name.push(".machine");
    host_id.with_file_name(name)
}

/// The machine id from the first candidate file that holds one (32 hex
/// digits). An empty or "uninitialized" file, as in a fresh image, is none.
pub fn read_machine_id(candidates: &[PathBuf]) -> Option<(PathBuf, String)> {
    candidates.iter().find_map(|p| {
        let text = read_optional(p).ok()??;
        let id = text.trim().to_ascii_lowercase();
        (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| (p.clone(), id))
    })
}

fn machine_hash(salt: &str, machine_id: &str) -> String {
    use sha2::Digest;
    cep_core::report::sha256_hex(
        &sha2::Sha256::new()
            .chain_update(b"cep machine-id\0")
            .chain_update(salt.as_bytes())
            .chain_update(machine_id.as_bytes())
            .finalize(),
    )
}

fn write_binding(path: &Path, machine_id: &str) -> Result<(), IdentityError> {
    let salt = Uuid::new_v4().simple().to_string();
    let text = format!("v1 {salt} {}\n", machine_hash(&salt, machine_id));
    cep_core::fsutil::atomic_write(path, text.as_bytes(), 0o600).map_err(|source| {
        IdentityError::Write {
            path: path.to_owned(),
            source,
        }
    })
}

/// Whether the binding file matches `machine_id`; `None` when the file is
/// absent or unreadable as a binding.
fn binding_matches(path: &Path, machine_id: &str) -> Result<Option<bool>, IdentityError> {
    let Some(text) = read_optional(path)? else {
        return Ok(None);
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    Ok(match words.as_slice() {
        ["v1", salt, hash] => Some(machine_hash(salt, machine_id) == *hash),
        _ => None,
    })
}

/// [`load_or_create_host_id`], then checks the id against the machine id
/// (the first of `machine_id_files` that holds one). A new, adopted or
/// unbound id is bound to this machine; an id bound to another machine is
/// replaced with a new one ([`IdentityEvent::MachineChanged`]). Without a
/// machine id nothing is bound and the id is kept.
pub fn load_or_create_bound_host_id(
    paths: &IdentityPaths,
    machine_id_files: &[PathBuf],
) -> Result<(Uuid, IdentityEvent), IdentityError> {
    let (id, event) = load_or_create_host_id(paths)?;
    let Some((mid_file, machine_id)) = read_machine_id(machine_id_files) else {
        return Ok((id, event));
    };
    let binding = machine_binding_path(&paths.host_id);
    let matches = if event == IdentityEvent::Loaded {
        binding_matches(&binding, &machine_id)?
    } else {
        None
    };
    match matches {
        Some(true) => Ok((id, event)),
        // Unbound (new id, or made before cep bound ids): bind it now.
        None => {
            write_binding(&binding, &machine_id)?;
            Ok((id, event))
        }
        Some(false) => {
            let new = Uuid::new_v4();
            // Id first, then binding: a crash in between only makes one more
            // id that is never reported, never a clone keeping the old one.
            cep_core::fsutil::atomic_write(
                &paths.host_id,
                format!("{}\n", new.hyphenated()).as_bytes(),
                0o644,
            )
            .map_err(|source| IdentityError::Write {
                path: paths.host_id.clone(),
                source,
            })?;
            write_binding(&binding, &machine_id)?;
            let reason = machine_changed(&mid_file, &paths.host_id);
            Ok((new, IdentityEvent::MachineChanged { reason }))
        }
    }
}

fn machine_changed(machine_id_file: &Path, host_id: &Path) -> String {
    format!(
        "{} differs from the machine id {} was made on (a cloned or reinstalled host)",
        machine_id_file.display(),
        host_id.display()
    )
}

/// What [`load_or_create_bound_host_id`] would do, without writing
/// anything (a preview leaves the state directory as it was): the id it
/// would return and how it would get it. `None` when it would make a new
/// id ([`IdentityEvent::Created`], [`IdentityEvent::ReplacedInvalid`] or
/// [`IdentityEvent::MachineChanged`], with the reason).
///
/// ```
/// use cep::identity::{IdentityEvent, IdentityPaths, peek_bound_host_id};
/// let dir = tempfile::tempdir()?;
/// let paths = IdentityPaths { host_id: dir.path().join("host-id"), legacy: None };
/// assert_eq!(peek_bound_host_id(&paths, &[])?, (None, IdentityEvent::Created));
/// assert!(!paths.host_id.exists());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn peek_bound_host_id(
    paths: &IdentityPaths,
    machine_id_files: &[PathBuf],
) -> Result<(Option<Uuid>, IdentityEvent), IdentityError> {
    match stored_id(paths)? {
        (Some(id), _) => {
            if let Some((mid_file, machine_id)) = read_machine_id(machine_id_files)
                && binding_matches(&machine_binding_path(&paths.host_id), &machine_id)?
                    == Some(false)
            {
                let reason = machine_changed(&mid_file, &paths.host_id);
                return Ok((None, IdentityEvent::MachineChanged { reason }));
            }
            Ok((Some(id), IdentityEvent::Loaded))
        }
        (None, Some(reason)) => Ok((None, IdentityEvent::ReplacedInvalid { reason })),
        (None, None) => Ok(match legacy_id(paths)? {
            Some((id, legacy)) => (Some(id), IdentityEvent::AdoptedLegacy(legacy)),
            None => (None, IdentityEvent::Created),
        }),
    }
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

    #[test]
    fn a_clone_gets_a_new_id_and_the_original_keeps_its_own() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        let mid = d.path().join("machine-id");
        let mids = vec![d.path().join("absent"), mid.clone()];
        std::fs::write(&mid, "0123456789abcdef0123456789ABCDEF\n").unwrap();
        let (a, ev) = load_or_create_bound_host_id(&p, &mids).unwrap();
        assert_eq!(ev, IdentityEvent::Created);
        let binding = std::fs::read_to_string(d.path().join("state/host-id.machine")).unwrap();
        // The hash is salted: the machine id itself is not in the file.
        assert!(
            binding.starts_with("v1 ") && !binding.to_lowercase().contains("0123456789abcdef0123")
        );
        assert_eq!(
            load_or_create_bound_host_id(&p, &mids).unwrap(),
            (a, IdentityEvent::Loaded)
        );

        // The image boots elsewhere with a new machine id.
        std::fs::write(&mid, "fedcba9876543210fedcba9876543210\n").unwrap();
        let (b, ev) = load_or_create_bound_host_id(&p, &mids).unwrap();
        assert_ne!(a, b);
        match ev {
            IdentityEvent::MachineChanged { reason } => {
                assert!(
                    reason.contains("machine-id differs") && reason.contains("host-id"),
                    "{reason}"
                )
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(load_host_id(&p).unwrap(), Some(b));
        assert_eq!(
            load_or_create_bound_host_id(&p, &mids).unwrap(),
            (b, IdentityEvent::Loaded)
        );
        assert_ne!(
            std::fs::read_to_string(d.path().join("state/host-id.machine")).unwrap(),
            binding
        );
    }

    #[test]
    fn no_machine_id_or_an_unbound_id_keeps_the_id() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        let mid = d.path().join("machine-id");
        // A fresh image: empty machine id; nothing is bound.
        std::fs::write(&mid, "\n").unwrap();
        let (a, _) = load_or_create_bound_host_id(&p, std::slice::from_ref(&mid)).unwrap();
        assert!(!d.path().join("state/host-id.machine").exists());
        std::fs::write(&mid, "uninitialized\n").unwrap();
        assert_eq!(
            load_or_create_bound_host_id(&p, std::slice::from_ref(&mid))
                .unwrap()
                .0,
            a
        );
        // An id made before binding existed is bound, not replaced.
        std::fs::write(&mid, "0123456789abcdef0123456789abcdef").unwrap();
        assert_eq!(
            load_or_create_bound_host_id(&p, std::slice::from_ref(&mid)).unwrap(),
            (a, IdentityEvent::Loaded)
        );
        assert!(d.path().join("state/host-id.machine").exists());
        // A damaged binding file is rewritten, the id kept.
        std::fs::write(d.path().join("state/host-id.machine"), "junk").unwrap();
        assert_eq!(
            load_or_create_bound_host_id(&p, std::slice::from_ref(&mid)).unwrap(),
            (a, IdentityEvent::Loaded)
        );
        assert_eq!(
            load_or_create_bound_host_id(&p, std::slice::from_ref(&mid)).unwrap(),
            (a, IdentityEvent::Loaded)
        );
    }
}
