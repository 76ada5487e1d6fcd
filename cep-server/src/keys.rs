//! The policy signing key file: `cep-server keygen FILE` writes one,
//! `--policy-key FILE` reads it. The file is an Ed25519 private key in
//! PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`; `openssl genpkey -algorithm
//! ed25519` writes the same form), mode 0600; a key file others may read
//! is refused.
//!
//! ```
//! let dir = tempfile::tempdir()?;
//! let file = dir.path().join("policy.key");
//! let made = cep_server::keys::keygen(&file)?;
//! let signer = cep_server::keys::load(&file)?;
//! assert_eq!(signer.public_key(), &made);
//! // What a client pins, and what /privacy and `cep status` show.
//! assert!(made.to_string().starts_with("ed25519:") && made.fingerprint().len() == 16);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write as _;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use cep_core::signing::{PolicyKey, PolicySigner, SignError};

/// Largest key file read (a PEM key is about 120 bytes).
const MAX_KEY_BYTES: u64 = 16 * 1024;

/// What went wrong with a key file; each names it.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Reading or writing it failed.
    #[error("policy key {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// `keygen` never overwrites a key.
    #[error(
        "policy key {0} exists; keygen never replaces a key (clients pin it): remove it first, or choose another file"
    )]
    Exists(PathBuf),
    /// Others may read it.
    #[error(
        "policy key {path} has mode {mode:04o}: other users may read or change it; run `chmod 600 {path}` (0640 with the server's group is fine)"
    )]
    Exposed {
        /// The file.
        path: PathBuf,
        /// Its mode bits.
        mode: u32,
    },
    /// It is not a key.
    #[error("policy key {path}: {source}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Why.
        source: SignError,
    },
}

/// Makes a new key and writes it to `path` (mode 0600, never over an
/// existing file); returns its public key.
pub fn keygen(path: &Path) -> Result<PolicyKey, KeyError> {
    let io = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let (signer, pem) = PolicySigner::generate().map_err(|source| KeyError::Invalid {
        path: path.to_owned(),
        source,
    })?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => KeyError::Exists(path.to_owned()),
            _ => io(e),
        })?;
    f.write_all(pem.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    Ok(signer.public_key().clone())
}

/// Reads the key at `path`, refusing a file other users may read or
/// write.
pub fn load(path: &Path) -> Result<PolicySigner, KeyError> {
    let io = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let f = std::fs::File::open(path).map_err(io)?;
    let mode = f.metadata().map_err(io)?.permissions().mode() & 0o7777;
    if mode & 0o007 != 0 {
        return Err(KeyError::Exposed {
            path: path.to_owned(),
            mode,
        });
    }
    let (bytes, _) = cep_core::fsutil::read_capped(f, MAX_KEY_BYTES).map_err(io)?;
    PolicySigner::from_pem(&bytes).map_err(|source| KeyError::Invalid {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_others_may_read_is_refused_and_keygen_never_overwrites() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("k.pem");
        let key = keygen(&f).unwrap();
        assert_eq!(
            std::fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert!(matches!(keygen(&f), Err(KeyError::Exists(_))));
        assert_eq!(load(&f).unwrap().public_key(), &key);
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
        let e = load(&f).unwrap_err().to_string();
        assert!(e.contains("mode 0644") && e.contains("chmod 600"), "{e}");
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(load(&f).is_ok());
        std::fs::write(d.path().join("x.pem"), "not a key").unwrap();
        std::fs::set_permissions(
            d.path().join("x.pem"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
        let e = load(&d.path().join("x.pem")).unwrap_err().to_string();
        assert!(e.contains("x.pem") && e.contains("keygen"), "{e}");
    }

    /// The form `openssl genpkey -algorithm ed25519` writes (PKCS#8 v1,
    /// no public key inside) reads too: RFC 8410's example key.
    #[test]
    fn an_openssl_key_reads() {
        let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n";
        let s = PolicySigner::from_pem(pem.as_bytes()).unwrap();
        // RFC 8410, section 10.3: its public key.
        assert_eq!(
            s.public_key().to_string(),
            "ed25519:Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="
        );
    }
}
