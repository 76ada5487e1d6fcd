//! What a report and a transport carry of the collection policy: the
//! note a report's manifest keeps ([`PolicyNote`]) and a served policy's
//! exact bytes with their signature ([`PolicyDocument`]). The policy
//! itself (its fields, the built-in one, how a report is reduced to it,
//! its signature's check) is the `cep-policy` crate's: a collector needs
//! none of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a report says about the policy it was built under (in
/// `manifest.json` as `policy`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyNote {
    /// The policy's version.
    pub version: String,
    /// Where it came from: `server` (fetched now), `cache` (fetched
    /// earlier), `built-in` (never fetched, or every other refused).
    pub source: String,
    /// Collector id → the field paths removed from its section (a
    /// collector the policy does not name loses its whole section).
    pub withheld: BTreeMap<String, Vec<String>>,
    /// Why this policy applies (the signature it carries, or why a
    /// fetched or cached one was refused). Absent in reports of earlier
    /// releases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// SHA-256 (lowercase hex) of the policy's exact bytes as the server
    /// served them (of its canonical bytes for the built-in policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Collector id → fields new to this host, withheld during their
    /// notice period (sent from the date `cep status` shows).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notice: BTreeMap<String, Vec<String>>,
    /// Collector id → fields the administrator's `never_send` of that
    /// collector keeps here.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub never_send: BTreeMap<String, Vec<String>>,
}

/// The response header that carries a policy's signature:
/// `ed25519:<public key, base64> <signature, base64>`.
pub const SIGNATURE_HEADER: &str = "Cep-Policy-Signature";

/// A policy as a server serves it: the exact bytes of `GET
/// /api/v1/policy` and the value of its signature header, if any
/// (docs/PROTOCOL.md). What a transport returns, what a client caches
/// and verifies before it parses anything, and what a server serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyDocument {
    /// The response body, byte for byte.
    pub bytes: Vec<u8>,
    /// The `Cep-Policy-Signature` header (`ed25519:<key> <signature>`).
    pub signature: Option<String>,
}

impl PolicyDocument {
    /// SHA-256 of the bytes, lowercase hex.
    #[cfg(feature = "digest")]
    pub fn sha256(&self) -> String {
        crate::digest::sha256_hex(&self.bytes)
    }
}
