//! Signed collection policies: a server signs the exact
//! bytes it serves at `GET /api/v1/policy` with an Ed25519 key and sends
//! the signature in the [`SIGNATURE_HEADER`] header; a client that pins
//! public keys (`[policy] keys` in cep.toml) uses a policy only when one
//! of them signed exactly those bytes (docs/PROTOCOL.md, "Signed
//! policy").
//!
//! Ed25519 is ring's, which every cep binary already carries for TLS
//! (rustls' ring provider): no second implementation of the curve.
//!
//! ```
//! use cep_policy::signing::{PolicySigner, verify};
//! let (signer, _pem) = PolicySigner::generate()?;
//! let doc = signer.document(&cep_policy::Policy::builtin());
//! let pinned = [signer.public_key().clone()];
//! assert_eq!(verify(&doc, &pinned)?, Some(signer.public_key().clone()));
//! // One byte changed: refused, and the refusal says why.
//! let mut altered = doc.clone();
//! altered.bytes[10] ^= 1;
//! assert!(verify(&altered, &pinned).unwrap_err().to_string().starts_with("altered"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};

use crate::{Policy, PolicyDocument};

pub use crate::SIGNATURE_HEADER;

/// How a public key is written in cep.toml and in the header.
pub const KEY_PREFIX: &str = "ed25519:";

/// What is wrong with a key or a signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// A public key that is not `ed25519:` and 32 bytes in base64.
    #[error(
        "`{text}` is not a policy key: {why}; write it as `cep-server keygen` prints it, `ed25519:` and 44 base64 characters"
    )]
    BadKey {
        /// The text as given (a public key: nothing secret).
        text: String,
        /// Why.
        why: String,
    },
    /// A private key file that is not an Ed25519 PKCS#8 PEM document.
    #[error(
        "not an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----): {0}; make one with `cep-server keygen FILE`"
    )]
    BadPrivateKey(String),
    /// The system's random source failed while making a key.
    #[error("cannot make a key: the system's random source failed")]
    Random,
}

/// A policy key: an Ed25519 public key, written `ed25519:<base64>`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PolicyKey([u8; 32]);

impl PolicyKey {
    /// Reads `ed25519:<base64 of 32 bytes>` (white space around it is
    /// ignored).
    pub fn parse(text: &str) -> Result<PolicyKey, SignError> {
        let bad = |why: &str| SignError::BadKey {
            text: text.to_owned(),
            why: why.to_owned(),
        };
        let b64 = text
            .trim()
            .strip_prefix(KEY_PREFIX)
            .ok_or_else(|| bad("it does not start with `ed25519:`"))?;
        let raw = B64
            .decode(b64)
            .map_err(|e| bad(&format!("bad base64 ({e})")))?;
        let key: [u8; 32] = raw
            .try_into()
            .map_err(|v: Vec<u8>| bad(&format!("{} bytes where an Ed25519 key has 32", v.len())))?;
        Ok(PolicyKey(key))
    }

    /// Its fingerprint: the first 16 hex digits of the SHA-256 of the 32
    /// key bytes (what `cep-server keygen`, `/privacy` and `cep status`
    /// show).
    pub fn fingerprint(&self) -> String {
        cep_core::report::sha256_hex(&self.0)[..16].to_owned()
    }

    /// The fingerprint's first 8 digits and `…`, for messages that may
    /// travel in a report (16 hex digits would look like an identifier
    /// to the privacy guard).
    pub fn short(&self) -> String {
        format!("{}…", &self.fingerprint()[..8])
    }

    /// True when `signature` is this key's signature of `bytes`.
    pub fn verifies(&self, bytes: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(bytes, signature)
            .is_ok()
    }
}

impl std::fmt::Display for PolicyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{KEY_PREFIX}{}", B64.encode(self.0))
    }
}

impl std::fmt::Debug for PolicyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PolicyKey({})", self.fingerprint())
    }
}

impl std::str::FromStr for PolicyKey {
    type Err = SignError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PolicyKey::parse(s)
    }
}

impl serde::Serialize for PolicyKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PolicyKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PolicyKey::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A server's signing key (the private half; its `Debug` shows only the
/// fingerprint).
pub struct PolicySigner {
    pair: Ed25519KeyPair,
    public: PolicyKey,
}

impl std::fmt::Debug for PolicySigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PolicySigner({})", self.public.fingerprint())
    }
}

impl PolicySigner {
    fn from_pair(pair: Ed25519KeyPair) -> PolicySigner {
        let mut key = [0u8; 32];
        key.copy_from_slice(pair.public_key().as_ref());
        PolicySigner {
            pair,
            public: PolicyKey(key),
        }
    }

    /// A new key from the system's random source, and its PKCS#8 PEM
    /// text (the key file's content).
    pub fn generate() -> Result<(PolicySigner, String), SignError> {
        let rng = ring::rand::SystemRandom::new();
        let der = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| SignError::Random)?;
        let pair = Ed25519KeyPair::from_pkcs8(der.as_ref())
            .map_err(|e| SignError::BadPrivateKey(e.to_string()))?;
        let b64 = B64.encode(der.as_ref());
        let mut pem = String::from("-----BEGIN PRIVATE KEY-----\n");
        for line in b64.as_bytes().chunks(64) {
            pem.push_str(&String::from_utf8_lossy(line));
            pem.push('\n');
        }
        pem.push_str("-----END PRIVATE KEY-----\n");
        Ok((PolicySigner::from_pair(pair), pem))
    }

    /// Reads a PKCS#8 PEM private key: the one `generate` writes (v2, with
    /// the public key) or `openssl genpkey -algorithm ed25519` (v1).
    pub fn from_pem(text: &[u8]) -> Result<PolicySigner, SignError> {
        use rustls_pki_types::pem::PemObject as _;
        let der = rustls_pki_types::PrivatePkcs8KeyDer::from_pem_slice(text)
            .map_err(|e| SignError::BadPrivateKey(e.to_string()))?;
        let pair = Ed25519KeyPair::from_pkcs8_maybe_unchecked(der.secret_pkcs8_der())
            .map_err(|e| SignError::BadPrivateKey(e.to_string()))?;
        Ok(PolicySigner::from_pair(pair))
    }

    /// The public key clients pin.
    pub fn public_key(&self) -> &PolicyKey {
        &self.public
    }

    /// The [`SIGNATURE_HEADER`] value for `bytes`.
    pub fn sign(&self, bytes: &[u8]) -> String {
        format!(
            "{} {}",
            self.public,
            B64.encode(self.pair.sign(bytes).as_ref())
        )
    }

    /// `policy` as a server serves it: its canonical bytes, signed.
    pub fn document(&self, policy: &Policy) -> PolicyDocument {
        let bytes = policy.canonical_bytes();
        PolicyDocument {
            signature: Some(self.sign(&bytes)),
            bytes,
        }
    }
}

/// Why a policy document is not used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No signature while keys are pinned.
    #[error("unsigned while keys are pinned")]
    Unsigned,
    /// The header is not `ed25519:<key> <signature>`.
    #[error("the signature header is malformed ({0})")]
    Malformed(String),
    /// Signed by a key that is not pinned.
    #[error("signature by an unknown key {}", .0.short())]
    UnknownKey(PolicyKey),
    /// Signed by a pinned key, but not these bytes.
    #[error("altered: the signature by key {} does not match", .0.short())]
    Altered(PolicyKey),
}

/// Checks `doc` against the pinned keys. No keys pinned: nothing is
/// checked (`Ok(None)`); else `Ok(Some(key))` names the pinned key that
/// signed exactly these bytes.
pub fn verify(doc: &PolicyDocument, pinned: &[PolicyKey]) -> Result<Option<PolicyKey>, Refusal> {
    if pinned.is_empty() {
        return Ok(None);
    }
    let header = doc.signature.as_deref().ok_or(Refusal::Unsigned)?;
    let mut parts = header.split_ascii_whitespace();
    let (Some(key), Some(sig), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(Refusal::Malformed(
            "expected `ed25519:<key> <signature>`".into(),
        ));
    };
    let key = PolicyKey::parse(key).map_err(|_| Refusal::Malformed("bad key".into()))?;
    let sig = B64
        .decode(sig)
        .map_err(|_| Refusal::Malformed("bad base64 in the signature".into()))?;
    if !pinned.contains(&key) {
        return Err(Refusal::UnknownKey(key));
    }
    if !key.verifies(&doc.bytes, &sig) {
        return Err(Refusal::Altered(key));
    }
    Ok(Some(key))
}
