//! SHA-256 as lowercase hex (feature `digest`): an archive's digest and
//! the collection policy's version.

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    // One formatting call, not a String per byte.
    format!("{:x}", Sha256::digest(bytes))
}
