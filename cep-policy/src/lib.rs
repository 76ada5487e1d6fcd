//! The collection policy: which fields of which collectors a stats server
//! uses (`GET /api/v1/policy`, docs/PROTOCOL.md). A report keeps only
//! those; the rest is withheld before the report is sealed, and the
//! manifest says what was withheld under which policy version.
//!
//! Field paths are written as in docs/DATA.md: `release`, `bonding.count`
//! (a member of an object), `disks[].model` (a member of every element of
//! an array). A path keeps everything under it.
//!
//! Also the policy's signature ([`signing`]): a server signs the bytes it
//! serves, a client that pins keys uses only what one of them signed.
//! cep-core carries only what a report and a transport hold of it
//! ([`PolicyNote`], [`PolicyDocument`], [`SIGNATURE_HEADER`]).

#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use cep_core::collector::Section;
pub use cep_core::policy::{PolicyDocument, PolicyNote, SIGNATURE_HEADER};
use cep_core::runner::{Collection, Status};

pub mod signing;
pub use signing::{PolicyKey, PolicySigner, Refusal, SignError, verify};

/// What the cep-server's pages and API publish, by collector: the policy
/// a client uses when it has never fetched one. cep-server's tests check
/// that it equals the policy the server derives from its tables.
pub const BUILTIN: &[(&str, &[&str])] = &[
    (
        "hw.cpu",
        &["cores", "model", "model_name", "models", "vendor"],
    ),
    (
        "hw.disks",
        &[
            "by_kind",
            "devices[].kind",
            "devices[].model",
            "disks[].kind",
            "disks[].model",
        ],
    ),
    ("hw.memory", &["total_bytes"]),
    (
        "net.config",
        &[
            "bonding.count",
            "bonds",
            "bonding",
            "teaming.count",
            "teams",
        ],
    ),
    ("os.kernel", &["line", "release"]),
    ("os.release", &["id", "version"]),
    (
        "sw.packages",
        &["ploop", "versions.ploop", "versions.vzkernel", "vzkernel"],
    ),
    ("sw.services", &["active"]),
    (
        "vz.containers",
        &[
            "by_layout",
            "by_os",
            "by_status.running",
            "by_template",
            "configured",
            "count",
            "cpus",
            "disk_limit",
            "features",
            "layout",
            "ram_limit",
            "running",
            "templates",
            "total",
            "vswap",
            "with_vswap",
        ],
    ),
    ("vz.host", &["prlctl_version", "vzctl_version"]),
    ("vz.readykernel", &["installed", "patch_level"]),
    ("vz.templates", &["os", "os_templates", "templates"]),
    (
        "vz.vms",
        &[
            "by_guest_os",
            "by_os",
            "configured",
            "count",
            "guest_os",
            "memory",
            "total",
            "vcpus",
            "vms",
        ],
    ),
];

/// A collection policy: a version and, per collector, the field paths used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Changes whenever the fields change (a digest of them).
    pub version: String,
    /// Collector id → field paths.
    pub collectors: BTreeMap<String, BTreeSet<String>>,
}

/// The path of member `k` of the object at `at` (`""`: the section).
fn member_path(at: &str, k: &str) -> String {
    if at.is_empty() {
        k.to_owned()
    } else {
        format!("{at}.{k}")
    }
}

/// Removes the declared field paths in `fields` (as in docs/DATA.md:
/// `a.b`, `a[].b`; a key may itself hold dots, as `sysctl.vm.swappiness`
/// does) from a JSON section, with everything under them. Returns the
/// paths removed, sorted.
///
/// ```
/// let mut v = serde_json::json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [{"f": 1, "g": 2}]});
/// let fields = ["b.c", "e[].g"].map(String::from).into_iter().collect();
/// assert_eq!(cep_policy::remove_fields(&mut v, &fields), ["b.c", "e[].g"]);
/// assert_eq!(v, serde_json::json!({"a": 1, "b": {"d": 3}, "e": [{"f": 1}]}));
/// ```
pub fn remove_fields(section: &mut Value, fields: &BTreeSet<String>) -> Vec<String> {
    fn walk(v: &mut Value, at: &str, fields: &BTreeSet<String>, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => m.retain(|k, child| {
                let path = member_path(at, k);
                if fields.contains(&path) {
                    out.insert(path);
                    return false;
                }
                walk(child, &path, fields, out);
                true
            }),
            Value::Array(a) => {
                let at = format!("{at}[]");
                for e in a.iter_mut() {
                    walk(e, &at, fields, out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if !fields.is_empty() {
        walk(section, "", fields, &mut out);
    }
    out.into_iter().collect()
}

/// Kept paths as a tree.
#[derive(Debug, Default)]
struct Keep {
    all: bool,
    members: BTreeMap<String, Keep>,
    elements: Option<Box<Keep>>,
}

impl Keep {
    /// The tree of a collector's field paths.
    fn of(fields: &BTreeSet<String>) -> Keep {
        let mut keep = Keep::default();
        for f in fields {
            keep.add(f);
        }
        keep
    }

    fn add(&mut self, path: &str) {
        let mut node = self;
        for seg in path.split('.') {
            let (name, each) = match seg.strip_suffix("[]") {
                Some(n) => (n, true),
                None => (seg, false),
            };
            node = node.members.entry(name.to_owned()).or_default();
            if each {
                node = node.elements.get_or_insert_with(Box::default);
            }
        }
        node.all = true;
    }

    /// Removes what is not kept from `v`; records removed paths in
    /// `removed` when asked to.
    fn filter(&self, v: &mut Value, at: &str, mut removed: Option<&mut BTreeSet<String>>) {
        if self.all {
            return;
        }
        match v {
            // A member's path is made only where it is needed: most kept
            // members are kept whole.
            Value::Object(m) => m.retain(|k, child| match self.members.get(k) {
                Some(keep) if keep.all => true,
                Some(keep) => {
                    let path = match removed {
                        Some(_) => member_path(at, k),
                        None => String::new(),
                    };
                    keep.filter(child, &path, removed.as_deref_mut());
                    true
                }
                None => {
                    if let Some(r) = removed.as_deref_mut() {
                        r.insert(member_path(at, k));
                    }
                    false
                }
            }),
            Value::Array(a) => match &self.elements {
                Some(keep) => {
                    let at = match removed {
                        Some(_) => format!("{at}[]"),
                        None => String::new(),
                    };
                    for e in a.iter_mut() {
                        keep.filter(e, &at, removed.as_deref_mut());
                    }
                }
                None => {
                    if let Some(r) = removed {
                        r.insert(at.to_owned());
                    }
                    a.clear();
                }
            },
            _ => {}
        }
    }
}

/// A policy's field paths made into trees once, for a server that reduces
/// every section it receives to its policy ([`Policy::filter`] makes the
/// tree of one collector on each call).
///
/// ```
/// use cep_policy::{Filter, Policy};
/// let policy = Policy::new(
///     [("os.kernel".to_owned(), ["release".to_owned()].into())].into(),
/// );
/// let filter = Filter::new(&policy);
/// let mut v = serde_json::json!({"release": "3.10.0", "machine": "x86_64"});
/// assert_eq!(filter.filter("os.kernel", &mut v), Some(vec!["machine".to_owned()]));
/// assert_eq!(v, serde_json::json!({"release": "3.10.0"}));
/// let mut v = serde_json::json!({"release": "3.10.0", "machine": "x86_64"});
/// assert!(filter.reduce("os.kernel", &mut v));
/// assert_eq!(v, serde_json::json!({"release": "3.10.0"}));
/// assert!(!filter.reduce("hw.cpu", &mut v));
/// ```
#[derive(Debug)]
pub struct Filter {
    collectors: BTreeMap<String, Keep>,
}

impl Filter {
    /// The trees of `policy`'s fields.
    pub fn new(policy: &Policy) -> Filter {
        Filter {
            collectors: policy
                .collectors
                .iter()
                .map(|(c, fields)| (c.clone(), Keep::of(fields)))
                .collect(),
        }
    }

    /// As [`Policy::filter`]: `section` reduced to the policy's fields;
    /// the removed paths, sorted; `None` when the policy does not name
    /// `collector`.
    pub fn filter(&self, collector: &str, section: &mut Value) -> Option<Vec<String>> {
        let keep = self.collectors.get(collector)?;
        let mut removed = BTreeSet::new();
        keep.filter(section, "", Some(&mut removed));
        Some(removed.into_iter().collect())
    }

    /// [`Filter::filter`] without the removed paths: false when the policy
    /// does not name `collector` (nothing of it may be kept).
    pub fn reduce(&self, collector: &str, section: &mut Value) -> bool {
        match self.collectors.get(collector) {
            Some(keep) => {
                keep.filter(section, "", None);
                true
            }
            None => false,
        }
    }
}

impl Policy {
    /// A policy over these fields; its version is a digest of them.
    pub fn new(collectors: BTreeMap<String, BTreeSet<String>>) -> Policy {
        let canonical = serde_json::to_vec(&collectors).unwrap_or_default();
        // The digest in letters g..v: hex digits would look like an
        // identifier to the privacy guard's detectors.
        let version = cep_core::report::sha256_hex(&canonical)[..12]
            .chars()
            .filter_map(|c| c.to_digit(16))
            .map(|d| char::from(b'g' + d as u8))
            .collect();
        Policy {
            version,
            collectors,
        }
    }

    /// The bytes a server serves for this policy and a client hashes for
    /// the built-in one: compact JSON, `version` first, fields sorted.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// This policy served unsigned: its canonical bytes.
    pub fn unsigned(&self) -> PolicyDocument {
        PolicyDocument {
            bytes: self.canonical_bytes(),
            signature: None,
        }
    }

    /// The policy a served document's bytes hold.
    pub fn from_document(doc: &PolicyDocument) -> Result<Policy, String> {
        serde_json::from_slice(&doc.bytes).map_err(|e| format!("not a collection policy ({e})"))
    }

    /// [`BUILTIN`] as a policy.
    pub fn builtin() -> Policy {
        Policy::new(
            BUILTIN
                .iter()
                .map(|(c, f)| ((*c).to_owned(), f.iter().map(|s| (*s).to_owned()).collect()))
                .collect(),
        )
    }

    /// True when the policy uses `field` (a path as in docs/DATA.md) of
    /// `collector`: the field, something under it or something above it.
    pub fn uses(&self, collector: &str, field: &str) -> bool {
        self.collectors.get(collector).is_some_and(|fields| {
            fields.iter().any(|f| {
                f == field
                    || field.starts_with(&format!("{f}."))
                    || field.starts_with(&format!("{f}[]"))
                    || f.starts_with(&format!("{field}."))
                    || f.starts_with(&format!("{field}[]"))
            })
        })
    }

    /// A JSON section of `collector` reduced to the policy's fields; the
    /// removed paths, sorted. `None` when the policy does not name the
    /// collector (nothing of it may be kept).
    pub fn filter(&self, collector: &str, section: &mut Value) -> Option<Vec<String>> {
        let keep = Keep::of(self.collectors.get(collector)?);
        let mut removed = BTreeSet::new();
        keep.filter(section, "", Some(&mut removed));
        Some(removed.into_iter().collect())
    }

    /// Applies the policy to the JSON sections of a collection (text
    /// sections, the external scripts' output, are the administrator's
    /// own and pass as they are): fields outside it are removed, and a
    /// collector the policy does not name is `skipped` with the reason.
    /// Returns the note for the manifest.
    pub fn apply(&self, collection: &mut Collection, source: &str) -> PolicyNote {
        let mut withheld = BTreeMap::new();
        for o in &mut collection.outcomes {
            let Some(Section::Json(v)) = &mut o.section else {
                continue;
            };
            match self.filter(&o.id, v) {
                Some(removed) => {
                    if !removed.is_empty() {
                        withheld.insert(o.id.clone(), removed);
                    }
                }
                None => {
                    let fields: Vec<String> = match v {
                        Value::Object(m) => m.keys().cloned().collect(),
                        _ => vec![],
                    };
                    withheld.insert(o.id.clone(), fields);
                    o.section = None;
                    o.status = Status::Skipped;
                    o.message = Some(format!(
                        "withheld: the collection policy {} uses no field of it",
                        self.version
                    ));
                }
            }
        }
        PolicyNote {
            version: self.version.clone(),
            source: source.to_owned(),
            withheld,
            reason: None,
            sha256: None,
            notice: BTreeMap::new(),
            never_send: BTreeMap::new(),
        }
    }
}
