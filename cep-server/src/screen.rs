//! The checks a section passes at ingest before anything of it is stored
//! or counted, so that one anonymous report cannot bend a published
//! number or smuggle bytes into a page.
//!
//! Only what the collection policy keeps is looked at (the rest is
//! dropped here, as the store would). A section is refused whole, and the
//! rest of the report stored, when what is kept of it has:
//! - `kind`: a value unlike its collector's declared kind
//!   ([`cep_core::check_kinds`] over [`cep_collectors`]' fields): a
//!   negative or fractional count or size, a version that is no version,
//!   a layout or bucket outside its set;
//! - `range`: a number outside its plausible range: a count (containers,
//!   VMs, disks, cores, one key's count in a map, and any number the
//!   tables read at a path no collector declares) above [`MAX_COUNT`] or
//!   not a whole number ≥ 0, a size above [`MAX_SIZE`];
//! - `control`: a control character (C0, DEL or C1: NUL, ESC, ...) in a
//!   key or a string value. No collector prints one into a published
//!   field, so it is refused rather than stripped: a stripped value would
//!   be a value the host never sent.
//!
//! ```
//! use cep_server::screen::{Reason, screen};
//! use serde_json::json;
//!
//! let mut sections = [
//!     ("hw.memory".to_owned(), json!({"total_bytes": -1})),
//!     ("os.kernel".to_owned(), json!({"release": "3.10.0-1160.80.1.vz7.191.4", "line": "vz7"})),
//! ]
//! .into_iter()
//! .collect();
//! let refused = screen(&mut sections);
//! assert_eq!(refused[0].collector, "hw.memory");
//! assert_eq!(refused[0].reason, Reason::Kind);
//! assert_eq!(sections.keys().collect::<Vec<_>>(), ["os.kernel"]);
//! ```

use std::collections::BTreeMap;
use std::sync::LazyLock;

use cep_core::{Field, FieldKind, ValueKind};
use serde_json::Value;

/// The largest count one host may report for anything the tables read
/// (containers, VMs, disks, cores, a map key's count).
pub const MAX_COUNT: u64 = 1_000_000;
/// The largest size one host may report (memory): 1 PiB.
pub const MAX_SIZE: u64 = 1 << 50;

/// Why a section was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// A value unlike its declared kind.
    Kind,
    /// A number outside its plausible range.
    Range,
    /// A control character in a string.
    Control,
}

impl Reason {
    /// Its name in the operator metrics and the log.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Kind => "kind",
            Reason::Range => "range",
            Reason::Control => "control",
        }
    }
}

/// A refused section: which, why and where, never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The collector id.
    pub collector: String,
    /// Why.
    pub reason: Reason,
    /// The field's path (`by_layout`, `disks[].model`).
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "section {} refused ({}): field `{}`: {}",
            self.collector,
            self.reason.label(),
            self.path,
            self.message
        )
    }
}

/// The declared fields of the collection policy's collectors, made once
/// (every upload is screened).
static FIELDS: LazyLock<BTreeMap<String, Vec<Field>>> = LazyLock::new(|| {
    crate::facts::policy()
        .collectors
        .keys()
        .filter_map(|id| Some((id.clone(), cep_collectors::by_id(id).ok()?.fields())))
        .collect()
});

/// Reduces every section to the collection policy's fields and removes
/// the ones that fail a check; returns those, in collector order.
pub fn screen(sections: &mut BTreeMap<String, Value>) -> Vec<Refused> {
    let mut refused = Vec::new();
    sections.retain(|collector, v| {
        if !crate::facts::FILTER.reduce(collector, v) {
            return false;
        }
        match check(collector, v) {
            Ok(()) => true,
            Err(r) => {
                refused.push(r);
                false
            }
        }
    });
    refused
}

/// The checks of one section, already reduced to the policy.
fn check(collector: &str, v: &Value) -> Result<(), Refused> {
    let refuse = |reason, path: String, message: String| Refused {
        collector: collector.to_owned(),
        reason,
        path,
        message,
    };
    if let Some(path) = control(v, "") {
        return Err(refuse(
            Reason::Control,
            path,
            "a control character in a string".to_owned(),
        ));
    }
    let fields = FIELDS.get(collector).map_or(&[][..], Vec::as_slice);
    cep_core::check_kinds(v, fields).map_err(|m| refuse(Reason::Kind, m.path, m.message))?;
    range(v, "", fields, false).map_err(|(path, message)| refuse(Reason::Range, path, message))
}

/// The path of the first key or string holding a control character.
fn control(v: &Value, path: &str) -> Option<String> {
    let bad = |s: &str| s.chars().any(char::is_control);
    match v {
        Value::String(s) if bad(s) => Some(display(path)),
        Value::Array(a) => {
            let p = format!("{path}[]");
            a.iter().find_map(|i| control(i, &p))
        }
        Value::Object(m) => m.iter().find_map(|(k, child)| {
            if bad(k) {
                // The key itself is the data: name its parent.
                return Some(display(path));
            }
            // A member's path is made only for what may hold one.
            match child {
                Value::String(s) if !bad(s) => None,
                Value::Null | Value::Bool(_) | Value::Number(_) => None,
                _ => control(child, &join(path, k)),
            }
        }),
        _ => None,
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn display(path: &str) -> String {
    if path.is_empty() {
        "(the section)".to_owned()
    } else {
        path.to_owned()
    }
}

/// Every number against its plausible range: a size field's against
/// [`MAX_SIZE`], any other (counts, a map's counts, undeclared paths the
/// tables read as counts) against [`MAX_COUNT`]. `in_map`: `v` is a value
/// of a count map, whose keys are data, not paths.
fn range(v: &Value, path: &str, fields: &[Field], in_map: bool) -> Result<(), (String, String)> {
    let declared = (!in_map)
        .then(|| fields.iter().find(|f| f.name == path))
        .flatten();
    match v {
        Value::Number(n) => {
            let size = declared.is_some_and(|f| f.value == ValueKind::Size);
            let (max, what) = if size {
                (MAX_SIZE, "a size")
            } else {
                (MAX_COUNT, "a count")
            };
            match n.as_u64() {
                Some(x) if x <= max => Ok(()),
                Some(_) => Err((
                    display(path),
                    format!("{what} above the plausible {max} for one host"),
                )),
                None => Err((
                    display(path),
                    format!("{what} that is not a whole number ≥ 0"),
                )),
            }
        }
        Value::Array(a) => {
            let p = format!("{path}[]");
            a.iter().try_for_each(|i| range(i, &p, fields, in_map))
        }
        Value::Object(m) => {
            let map = in_map || declared.is_some_and(|f| f.kind == FieldKind::Map);
            m.iter().try_for_each(|(k, child)| {
                // Only numbers are checked: no path for anything else.
                if !matches!(child, Value::Number(_) | Value::Array(_) | Value::Object(_)) {
                    return Ok(());
                }
                let p = if map { path.to_owned() } else { join(path, k) };
                range(child, &p, fields, map)
            })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(collector: &str, v: Value) -> Vec<Refused> {
        let mut s: BTreeMap<String, Value> = [(collector.to_owned(), v)].into_iter().collect();
        let r = screen(&mut s);
        assert_eq!(s.is_empty(), !r.is_empty(), "refused sections are removed");
        r
    }

    fn reason(collector: &str, v: Value) -> Option<(Reason, String)> {
        one(collector, v)
            .into_iter()
            .next()
            .map(|r| (r.reason, r.path))
    }

    #[test]
    fn values_unlike_their_kind_are_refused() {
        assert_eq!(
            reason("hw.memory", json!({"total_bytes": -1})),
            Some((Reason::Kind, "total_bytes".into()))
        );
        assert_eq!(
            reason("vz.containers", json!({"configured": -5})),
            Some((Reason::Kind, "configured".into()))
        );
        // 1e18 is a float in JSON: no whole number of containers.
        assert_eq!(
            reason("vz.containers", json!({"by_layout": {"ploop": 1e18}})),
            Some((Reason::Kind, "by_layout.<key>".into()))
        );
        assert_eq!(
            reason("vz.containers", json!({"by_layout": {"zfs": 1}})),
            Some((Reason::Kind, "by_layout".into()))
        );
        assert_eq!(
            reason(
                "os.kernel",
                json!({"release": "=HYPERLINK(\"http://evil\",\"x\")"})
            ),
            Some((Reason::Kind, "release".into()))
        );
    }

    #[test]
    fn numbers_beyond_one_host_are_refused() {
        assert_eq!(
            reason(
                "vz.containers",
                json!({"by_layout": {"ploop": 1_000_000_000_000_000_000u64}})
            ),
            Some((Reason::Range, "by_layout".into()))
        );
        assert_eq!(
            reason("vz.containers", json!({"configured": 2_000_000})),
            Some((Reason::Range, "configured".into()))
        );
        // Undeclared paths the tables read as counts.
        assert_eq!(
            reason("vz.containers", json!({"total": -3})),
            Some((Reason::Range, "total".into()))
        );
        assert_eq!(
            reason("vz.vms", json!({"by_os": {"centos": 5e7}})),
            Some((Reason::Range, "by_os.centos".into()))
        );
        assert_eq!(
            reason("hw.memory", json!({"total_bytes": 2u64 << 50})),
            Some((Reason::Range, "total_bytes".into()))
        );
        // A 1 TiB machine and 10,000 containers are fine.
        assert_eq!(
            reason("hw.memory", json!({"total_bytes": 1u64 << 40})),
            None
        );
        assert_eq!(
            reason(
                "vz.containers",
                json!({"configured": 10_000, "by_layout": {"ploop": 10_000}})
            ),
            None
        );
    }

    #[test]
    fn control_characters_are_refused_wherever_they_are() {
        assert_eq!(
            reason("hw.cpu", json!({"models": ["Xeon\u{1b}[31m"]})),
            Some((Reason::Control, "models[]".into()))
        );
        assert_eq!(
            reason(
                "vz.containers",
                json!({"by_template": {"cent\u{0}os-7": 1}})
            ),
            Some((Reason::Control, "by_template".into()))
        );
        assert_eq!(
            reason("hw.disks", json!({"disks": [{"model": "ST\u{9b}2000"}]})),
            Some((Reason::Control, "disks[].model".into()))
        );
        // Outside the policy nothing is looked at: it is dropped.
        let mut s: BTreeMap<String, Value> = [(
            "hw.cpu".to_owned(),
            json!({"flags": "a\u{0}b", "vendor": "intel"}),
        )]
        .into_iter()
        .collect();
        assert!(screen(&mut s).is_empty());
        assert_eq!(s["hw.cpu"], json!({"vendor": "intel"}));
    }

    #[test]
    fn real_reports_pass() {
        let hosts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts");
        let mut seen = 0;
        for entry in std::fs::read_dir(hosts).unwrap() {
            let dir = entry.unwrap().path();
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            seen += 1;
            let host = cep_core::Host::fixture(dir).unwrap();
            let collectors = cep_collectors::builtin();
            let c = cep_core::run_collectors(&collectors, &host, &cep_core::RunOptions::default());
            let mut sections: BTreeMap<String, Value> = c
                .outcomes
                .into_iter()
                .filter_map(|o| match o.section {
                    Some(cep_core::Section::Json(v)) => Some((o.id, v)),
                    _ => None,
                })
                .collect();
            let n = sections.len();
            assert!(n > 5, "{name}");
            assert_eq!(screen(&mut sections), [], "{name}");
        }
        assert!(seen >= 5);
    }
}
