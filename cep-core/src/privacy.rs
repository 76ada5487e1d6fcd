//! The privacy guard applied to a report: typed sections, the scrubber
//! and the pre-send tripwire. The detection engine is `cep-privacy`
//! (re-exported here); this module walks a report by its collectors'
//! declared fields.
//!
//! - [`PrivacyGuard`] is a [`Guard`]: `scrub` checks JSON sections against
//!   their fields' [`crate::ValueKind`]s and rewrites only free text (text
//!   sections, free-text values, collect.log, the manifest's messages);
//!   `check` runs the [`Tripwire`] over every member. A hit stops the
//!   report.
//!
//! Architecture invariant: the report's own ids (report_id, client_id) are
//! the only UUIDs an archive may hold.

use std::collections::BTreeMap;

pub use cep_privacy::{
    Detector, Finding, MIN_SECRET, PrivacyError, Scrubber, Secrets, Trip, Tripwire, distinctive,
};

use crate::collector::{Field, FieldKind, check_kinds, visit_strings};
use crate::guard::{Guard, GuardViolation};
use crate::report::{Archive, ReadLimits, Report, read_members};

/// The privacy [`Guard`]: checks typed sections and scrubs free text, then
/// runs the [`Tripwire`] over the archive.
#[derive(Debug, Clone)]
pub struct PrivacyGuard {
    scrubber: Scrubber,
    tripwire: Tripwire,
    /// Declared fields by collector id.
    fields: BTreeMap<String, Vec<Field>>,
}

impl PrivacyGuard {
    /// A guard for these secrets that knows no collector's fields: every
    /// string of every JSON section is scrubbed as free text.
    pub fn new(secrets: &Secrets) -> Result<PrivacyGuard, PrivacyError> {
        Ok(PrivacyGuard {
            scrubber: Scrubber::new(secrets)?,
            tripwire: Tripwire::new(
                secrets,
                &cep_privacy::structure_vocabulary(std::iter::empty()),
            )?,
            fields: BTreeMap::new(),
        })
    }

    /// A guard for these secrets and these collectors: each JSON section
    /// is checked against its collector's declared fields ([`check_kinds`])
    /// and only its free text is scrubbed.
    pub fn with_fields<C: crate::Collector + ?Sized>(
        secrets: &Secrets,
        collectors: &[std::sync::Arc<C>],
    ) -> Result<PrivacyGuard, PrivacyError> {
        let fields: BTreeMap<String, Vec<Field>> = collectors
            .iter()
            .map(|c| (c.id().to_owned(), c.fields()))
            .collect();
        let mut words: Vec<&str> = Vec::new();
        for (id, fs) in &fields {
            words.push(id);
            for f in fs {
                words.push(&f.name);
                words.extend(f.value.allowed());
            }
        }
        Ok(PrivacyGuard {
            scrubber: Scrubber::new(secrets)?,
            tripwire: Tripwire::new(
                secrets,
                &cep_privacy::structure_vocabulary(words.into_iter()),
            )?,
            fields,
        })
    }

    /// The scrubber in use.
    pub fn scrubber(&self) -> &Scrubber {
        &self.scrubber
    }

    /// The tripwire in use.
    pub fn tripwire(&self) -> &Tripwire {
        &self.tripwire
    }

    /// Everything the tripwire finds in an archive's members; empty when
    /// the archive is clean.
    pub fn scan_archive(&self, archive: &Archive) -> Result<Vec<Trip>, crate::ArchiveError> {
        let limits = ReadLimits::own_archive();
        let members = read_members(&archive.bytes, &limits)?;
        let mut ids = vec![archive.report_id.to_string(), archive.client_id.to_string()];
        // The digest of the policy the report was built under is the
        // server's, not the host's: the one other hex id allowed.
        ids.extend(
            members
                .get("manifest.json")
                .and_then(|bytes| policy_digest(bytes)),
        );
        let allow: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        for (name, bytes) in members {
            let fields = name
                .strip_suffix(".json")
                .and_then(|id| self.fields.get(id))
                .map(Vec::as_slice);
            // In a JSON section whose kinds are declared, the generic
            // detectors look at its free-text values only.
            let free: Option<Vec<String>> = fields
                .filter(|f| !f.is_empty() && name.ends_with(".json"))
                .and_then(|f| {
                    let v = serde_json::from_slice::<serde_json::Value>(&bytes).ok()?;
                    let mut free = Vec::new();
                    visit_strings(&v, f, &mut |s, _, kind| {
                        if kind.is_free() {
                            free.push(s.to_owned());
                        }
                    });
                    Some(free)
                });
            let free: Option<Vec<&str>> = free
                .as_ref()
                .map(|f| f.iter().map(String::as_str).collect());
            out.extend(self.tripwire.scan(&name, &bytes, free.as_deref(), &allow));
        }
        Ok(out)
    }

    /// Scrubs the free text of a JSON value whose field is `field` (none:
    /// undeclared, all of it is free text).
    fn scrub_typed(
        &self,
        v: &mut serde_json::Value,
        prefix: &str,
        field: Option<&Field>,
        fields: &[Field],
        allow: &[&str],
    ) {
        use serde_json::Value;
        let free = field.is_none_or(|f| f.value.is_free());
        match v {
            Value::String(s) => {
                if free && let std::borrow::Cow::Owned(n) = self.scrubber.scrub(s, allow) {
                    *s = n;
                }
            }
            Value::Array(items) => {
                let p = format!("{prefix}[]");
                let inner = field.filter(|f| f.kind != FieldKind::List);
                for i in items {
                    self.scrub_typed(i, &p, inner, fields, allow);
                }
            }
            Value::Object(map) => {
                if field.is_some_and(|f| f.kind == FieldKind::Map) {
                    // Keys are data of the field's kind, values counts.
                    if free {
                        self.scrubber.scrub_json(v, allow);
                    }
                    return;
                }
                let old = std::mem::take(map);
                for (k, mut child) in old {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    let f = fields.iter().find(|f| f.name == path);
                    self.scrub_typed(&mut child, &path, f, fields, allow);
                    let key = if f.is_some() {
                        k
                    } else {
                        self.scrubber.scrub(&k, allow).into_owned()
                    };
                    match map.get_mut(&key) {
                        None => {
                            map.insert(key, child);
                        }
                        Some(existing) => cep_privacy::merge_json(existing, child),
                    }
                }
            }
            _ => {}
        }
    }
}

/// The manifest's `policy.sha256`, when it is one (64 lowercase hex
/// digits).
fn policy_digest(manifest: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(manifest).ok()?;
    let d = v.get("policy")?.get("sha256")?.as_str()?;
    (d.len() == 64 && d.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| d.to_owned())
}

impl Guard for PrivacyGuard {
    fn name(&self) -> &str {
        "privacy"
    }

    fn scrub(&self, report: &mut Report) {
        let ids = [
            report.manifest.report_id.to_string(),
            report.manifest.client_id.to_string(),
        ];
        let allow: Vec<&str> = ids.iter().map(String::as_str).collect();
        let s = &self.scrubber;
        let mut misfits = Vec::new();
        for (id, section) in report.sections.iter_mut() {
            let fields = self.fields.get(id).filter(|f| !f.is_empty());
            match (section, fields) {
                (crate::Section::Text(t), _) => {
                    if let std::borrow::Cow::Owned(n) = s.scrub(t, &allow) {
                        *t = n;
                    }
                }
                (crate::Section::Json(v), Some(fields)) => match check_kinds(v, fields) {
                    Ok(()) => self.scrub_typed(v, "", None, fields, &allow),
                    Err(m) => misfits.push((id.clone(), m)),
                },
                (crate::Section::Json(v), None) => s.scrub_json(v, &allow),
            }
        }
        // A value that does not fit its kind is the collector's error:
        // the section is dropped whole, never rewritten.
        for (id, m) in misfits {
            report.sections.remove(&id);
            if let Some(e) = report.manifest.collectors.iter_mut().find(|e| e.id == id) {
                e.status = crate::report::Status::Error;
                e.file = None;
                e.error = Some(format!(
                    "the privacy guard refused the section: {m}; the collector must emit only values of the kinds it declares in fields()"
                ));
            }
        }
        if let std::borrow::Cow::Owned(n) = s.scrub(&report.log, &allow) {
            report.log = n;
        }
        for e in &mut report.manifest.collectors {
            if let Some(msg) = &mut e.error
                && let std::borrow::Cow::Owned(n) = s.scrub(msg, &allow)
            {
                *msg = n;
            }
        }
        // Why a policy applies may quote a transport error (a URL).
        if let Some(reason) = report
            .manifest
            .policy
            .as_mut()
            .and_then(|p| p.reason.as_mut())
            && let std::borrow::Cow::Owned(n) = s.scrub(reason, &allow)
        {
            *reason = n;
        }
    }

    fn check(&self, _report: &Report, archive: &Archive) -> Result<(), GuardViolation> {
        let hits = self.scan_archive(archive).map_err(|e| GuardViolation {
            guard: self.name().into(),
            message: format!("cannot read the archive back to check it: {e}"),
        })?;
        if hits.is_empty() {
            return Ok(());
        }
        const SHOWN: usize = 5;
        let mut parts: Vec<String> = hits
            .iter()
            .take(SHOWN)
            .map(|t| {
                format!(
                    "member {}: {} matched {} at byte {}",
                    t.member, t.what, t.preview, t.at
                )
            })
            .collect();
        if hits.len() > SHOWN {
            parts.push(format!("and {} more", hits.len() - SHOWN));
        }
        Err(GuardViolation {
            guard: self.name().into(),
            message: parts.join("; "),
        })
    }
}
