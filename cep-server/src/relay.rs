//! What a relay forwards: a report it received, whatever the protocol,
//! as a native cep archive reduced to the upstream's collection policy and
//! sealed (docs/PROTOCOL.md, "Relays"), and which policy that is.
//!
//! The forwarded archive keeps the report's id and host id (a vzstats
//! upload's id is the one derived from its host id and day), so the
//! upstream deduplicates it like any other. It holds the report's JSON
//! sections reduced to the policy, a manifest naming the policy and what
//! it withheld, and one line of log; never the node's log, its text
//! sections (script output), its fleet label or its address. It is
//! checked with the privacy guard's tripwire (the generic detectors and
//! the collectors' declared kinds; a relay knows no host's own values)
//! before it is queued.

use std::collections::BTreeMap;

use cep_core::report::{ClientInfo, Status};
use cep_core::signing::{PolicyKey, verify};
use cep_core::{
    Collection, Outcome, Policy, PolicyDocument, PrivacyGuard, Protocol, Report, Sealed, Section,
};
use serde_json::Value;
use uuid::Uuid;

/// Why a report cannot be forwarded.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// The archive could not be written.
    #[error("cannot encode the report to forward: {0}")]
    Encode(String),
    /// The privacy guard stopped the reduced report.
    #[error("the privacy guard stopped the report to forward: {0}")]
    Vetoed(String),
}

/// A report as the relay received it.
#[derive(Debug, Clone)]
pub struct Received<'a> {
    /// Its id (for vzstats, the one derived from the host id and day).
    pub report_id: Uuid,
    /// The host id.
    pub client_id: Uuid,
    /// The manifest's `created_at`, when the upload had a manifest.
    pub created_at: Option<&'a str>,
    /// Who wrote it, when the upload had a manifest.
    pub client: Option<&'a ClientInfo>,
    /// The protocol it came by.
    pub protocol: Protocol,
    /// Its JSON sections, as received.
    pub sections: &'a BTreeMap<String, Value>,
}

/// The policy a relay reduces reports to, and why that one (what the
/// forwarded manifest's `policy` entry and the fleet page say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamPolicy {
    /// The policy.
    pub policy: Policy,
    /// `server` (fetched now), `cache` (fetched earlier) or `built-in`.
    pub source: &'static str,
    /// Why: its signature, when it was fetched, or why none could be used.
    pub reason: String,
    /// SHA-256 of its exact bytes as served (of the canonical bytes for
    /// the built-in one).
    pub sha256: String,
}

impl UpstreamPolicy {
    /// The built-in policy ([`cep_core::policy::BUILTIN`], the fields a
    /// cep-server of this release reads), for `reason`.
    pub fn builtin(reason: impl Into<String>) -> UpstreamPolicy {
        let policy = Policy::builtin();
        UpstreamPolicy {
            sha256: PolicyDocument::unsigned(&policy).sha256(),
            policy,
            source: "built-in",
            reason: reason.into(),
        }
    }

    /// `doc` as served by the upstream (`source`: `server` or `cache`),
    /// when the keys allow it: with keys pinned, only if one of them
    /// signed exactly these bytes (checked before they are parsed).
    /// `Err` says why not.
    pub fn accept(
        doc: &PolicyDocument,
        keys: &[PolicyKey],
        source: &'static str,
        fetched_at: &str,
    ) -> Result<UpstreamPolicy, String> {
        let signer = verify(doc, keys).map_err(|r| r.to_string())?;
        let policy = doc.parse()?;
        let signed = match signer {
            Some(k) => format!("signed by pinned key {}", k.fingerprint()),
            None if doc.signature.is_some() => "signed, no key pinned here".to_owned(),
            None => "unsigned, no key pinned here".to_owned(),
        };
        Ok(UpstreamPolicy {
            policy,
            source,
            reason: format!("fetched {fetched_at}, {signed}"),
            sha256: doc.sha256(),
        })
    }
}

/// The archive to forward for `r`: its JSON sections reduced to `up`'s
/// policy, a manifest that says so, sealed with `guard` (a guard with no
/// host values: the generic detectors and the collectors' kinds). `now`
/// (unix seconds) stands for `created_at` when the upload had none.
pub fn forwardable(
    r: &Received<'_>,
    up: &UpstreamPolicy,
    guard: &PrivacyGuard,
    now: i64,
) -> Result<Vec<u8>, RelayError> {
    let mut collection = Collection {
        outcomes: r
            .sections
            .iter()
            .map(|(id, v)| Outcome {
                id: id.clone(),
                status: Status::Ok,
                duration: std::time::Duration::ZERO,
                section: Some(Section::Json(v.clone())),
                message: None,
                exit_status: None,
                truncated: false,
            })
            .collect(),
        log: vec![format!(
            "forwarded by a relay (cep-server {}): received over the {} protocol",
            env!("CARGO_PKG_VERSION"),
            r.protocol.as_str()
        )],
    };
    let mut note = up.policy.apply(&mut collection, up.source);
    note.reason = Some(up.reason.clone());
    note.sha256 = Some(up.sha256.clone());
    let created = r
        .created_at
        .and_then(cep_core::report::utc_time)
        .unwrap_or_else(|| {
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(now.max(0) as u64)
        });
    let client = r.client.cloned().unwrap_or_else(|| ClientInfo {
        name: r.protocol.as_str().to_owned(),
        version: String::new(),
    });
    let mut report = Report::with_identity(collection, r.client_id, client, r.report_id, created);
    report.manifest.policy = Some(note);
    let archive = report
        .to_archive()
        .map_err(|e| RelayError::Encode(e.to_string()))?;
    match Sealed::check(archive, guard) {
        Ok(sealed) => Ok(sealed.into_parts().1.bytes),
        Err(e) => Err(RelayError::Vetoed(e.to_string())),
    }
}

/// The guard a relay seals forwarded reports with: no host's own values
/// (a relay has none), the generic detectors, and the built-in
/// collectors' declared kinds.
pub fn guard() -> PrivacyGuard {
    let collectors = cep_collectors::builtin();
    PrivacyGuard::with_fields(&cep_core::Secrets::default(), &collectors)
        .expect("a guard with no host values always builds")
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::report::ReadLimits;
    use serde_json::json;

    fn sections() -> BTreeMap<String, Value> {
        serde_json::from_value(json!({
            "os.kernel": {"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7",
                          "machine": "x86_64", "openvz": true},
            "hw.memory": {"total_bytes": 8589934592u64, "swap_bytes": 1024},
            "sys.static": {"uptime_days": 3},
        }))
        .unwrap()
    }

    #[test]
    fn only_the_policys_fields_are_forwarded_under_the_same_ids() {
        let s = sections();
        let (rid, cid) = (Uuid::new_v4(), Uuid::new_v4());
        let client = ClientInfo::default();
        let r = Received {
            report_id: rid,
            client_id: cid,
            created_at: Some("2026-11-22T18:00:00Z"),
            client: Some(&client),
            protocol: Protocol::Cep,
            sections: &s,
        };
        let up = UpstreamPolicy::builtin("never fetched");
        let bytes = forwardable(&r, &up, &guard(), 0).unwrap();
        let got = Report::read(&bytes, &ReadLimits::default()).unwrap();
        assert_eq!((got.manifest.report_id, got.manifest.client_id), (rid, cid));
        assert_eq!(got.manifest.created_at, "2026-11-22T18:00:00Z");
        let json = |id: &str| match &got.sections[id] {
            Section::Json(v) => v.clone(),
            Section::Text(_) => panic!("text"),
        };
        assert_eq!(
            json("os.kernel"),
            json!({"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"})
        );
        assert_eq!(json("hw.memory"), json!({"total_bytes": 8589934592u64}));
        assert!(!got.sections.contains_key("sys.static"));
        let note = got.manifest.policy.unwrap();
        assert_eq!(
            (note.source.as_str(), note.reason.as_deref()),
            ("built-in", Some("never fetched"))
        );
        assert_eq!(note.withheld["os.kernel"], ["machine", "openvz"]);
        assert_eq!(note.withheld["sys.static"], ["uptime_days"]);
        assert!(
            got.log.contains("received over the cep protocol"),
            "{}",
            got.log
        );
        // The same report forwarded again is the same bytes (a resend
        // after a crash matches the upstream's first receipt).
        assert_eq!(forwardable(&r, &up, &guard(), 99).unwrap(), bytes);
    }

    #[test]
    fn a_vzstats_upload_is_forwarded_with_its_derived_id_and_the_time_received() {
        let s = sections();
        let r = Received {
            report_id: Uuid::from_u128(7),
            client_id: Uuid::from_u128(8),
            created_at: None,
            client: None,
            protocol: Protocol::Vzstats,
            sections: &s,
        };
        let bytes =
            forwardable(&r, &UpstreamPolicy::builtin("x"), &guard(), 1_800_000_000).unwrap();
        let got = Report::read(&bytes, &ReadLimits::default()).unwrap();
        assert_eq!(got.manifest.report_id, Uuid::from_u128(7));
        assert_eq!(got.manifest.created_at, "2027-01-15T08:00:00Z");
        assert_eq!(got.manifest.client.name, "vzstats");
    }

    #[test]
    fn an_address_in_a_forwarded_field_is_stopped() {
        let mut s = sections();
        // A free-text field of the policy: the generic detectors read it.
        s.insert(
            "vz.readykernel".into(),
            json!({"installed": true, "patch_level": "89.0 from 10.1.2.3"}),
        );
        let r = Received {
            report_id: Uuid::new_v4(),
            client_id: Uuid::new_v4(),
            created_at: None,
            client: None,
            protocol: Protocol::Disp,
            sections: &s,
        };
        let e = forwardable(&r, &UpstreamPolicy::builtin("x"), &guard(), 0).unwrap_err();
        assert!(matches!(e, RelayError::Vetoed(_)), "{e}");
    }

    #[test]
    fn a_pinned_key_must_have_signed_the_upstreams_policy() {
        let (signer, _) = cep_core::signing::PolicySigner::generate().unwrap();
        let (other, _) = cep_core::signing::PolicySigner::generate().unwrap();
        let doc = signer.document(&Policy::builtin());
        let keys = [signer.public_key().clone()];
        let ok = UpstreamPolicy::accept(&doc, &keys, "server", "now").unwrap();
        assert_eq!(ok.policy, Policy::builtin());
        assert!(ok.reason.contains(&signer.public_key().fingerprint()));
        let e = UpstreamPolicy::accept(&doc, &[other.public_key().clone()], "server", "now")
            .unwrap_err();
        assert!(e.contains("unknown key"), "{e}");
        let mut altered = doc.clone();
        altered.bytes.push(b' ');
        let e = UpstreamPolicy::accept(&altered, &keys, "cache", "now").unwrap_err();
        assert!(e.contains("altered"), "{e}");
        let unsigned = PolicyDocument::unsigned(&Policy::builtin());
        assert!(UpstreamPolicy::accept(&unsigned, &keys, "server", "now").is_err());
        assert!(UpstreamPolicy::accept(&unsigned, &[], "server", "now").is_ok());
    }
}
