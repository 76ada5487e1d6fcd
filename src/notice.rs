//! New fields are announced before they are sent: the fields this host
//! has sent, per collector, in `<state-dir>/fields.json`, and the plan
//! that withholds a field new to the host (a package upgrade that adds a
//! collector or a field, a wider policy) until its notice period is over
//! (`[privacy] new_fields_notice`) or `cep accept` clears it.
//!
//! The unit is a declared field (`Collector::fields`, docs/DATA.md) that
//! the policy in force lets out and `never_send` does not keep here. The
//! first report of a host (no file yet) sends everything and records it.
//! A damaged file is logged and read as empty: every field then waits
//! one notice period (announced like any new field) and the file is
//! rewritten, so it is neither "new" forever nor sent unannounced.
//! External scripts (collector sets) are the administrator's own files
//! and pass as the policy lets them, outside this record.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::config::NewFieldsNotice;

/// The file's name in the state directory.
pub const FIELDS_FILE: &str = "fields.json";

/// fields.json is small; anything bigger is not ours.
const MAX_FIELDS_BYTES: u64 = 4 << 20;

/// Reading or writing fields.json failed.
#[derive(Debug, thiserror::Error)]
pub enum FieldsError {
    /// The file exists but cannot be read (not merely damaged).
    #[error(
        "cannot read the record of sent fields {path}: {source}; check its permissions or set --state-dir"
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// It cannot be written.
    #[error(
        "cannot write the record of sent fields {path}: {source}; check that the state directory is writable or set --state-dir"
    )]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What fields.json holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentFields {
    /// Format version (1).
    #[serde(default = "one")]
    pub version: u32,
    /// Collector id → the fields this host has sent (the first report's,
    /// those whose notice ended, those accepted).
    #[serde(default)]
    pub sent: BTreeMap<String, BTreeSet<String>>,
    /// Collector id → field → when this host first saw it waiting.
    #[serde(default)]
    pub waiting: BTreeMap<String, BTreeMap<String, Timestamp>>,
}

fn one() -> u32 {
    1
}

/// The record as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// No file: nothing was sent yet; the next report sends everything.
    First,
    /// The record.
    Known(SentFields),
    /// A damaged file, read as empty; the message says what was wrong.
    Damaged(String),
}

impl Record {
    /// Reads `path`.
    pub fn load(path: &Path) -> Result<Record, FieldsError> {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Record::First),
            Err(source) => {
                return Err(FieldsError::Read {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let (bytes, cut) =
            cep_core::fsutil::read_capped(file, MAX_FIELDS_BYTES).map_err(|source| {
                FieldsError::Read {
                    path: path.to_owned(),
                    source,
                }
            })?;
        let problem = if cut {
            format!("larger than {MAX_FIELDS_BYTES} bytes")
        } else {
            match serde_json::from_slice::<SentFields>(&bytes) {
                Ok(s) if s.version == 1 => return Ok(Record::Known(s)),
                Ok(s) => format!("unknown version {}", s.version),
                Err(e) => e.to_string(),
            }
        };
        Ok(Record::Damaged(format!(
            "notice: ignored the damaged record of sent fields {} ({problem}); every field waits its notice period and the file is rewritten",
            path.display()
        )))
    }
}

/// A field withheld until its notice ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WaitingField {
    /// Collector id.
    pub collector: String,
    /// The field's path (docs/DATA.md).
    pub field: String,
    /// When this host first saw it (`None`: not yet recorded; the next
    /// report records it).
    pub first_seen: Option<Timestamp>,
    /// From when it is sent (`None`: `"hold"`, it waits for `cep
    /// accept`).
    pub sends_from: Option<Timestamp>,
}

impl WaitingField {
    /// `os.kernel.release`.
    pub fn name(&self) -> String {
        format!("{}.{}", self.collector, self.field)
    }

    /// `from 2026-06-22` or `when accepted (cep accept)`.
    pub fn start(&self) -> String {
        match self.sends_from {
            Some(t) => format!("from {}", t.strftime("%Y-%m-%d %H:%M UTC")),
            None => "when accepted (cep accept)".to_owned(),
        }
    }
}

/// What the notice withholds now and the record to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The fields withheld from a report built now, by collector, field.
    pub waiting: Vec<WaitingField>,
    /// The record after a report built now.
    pub next: SentFields,
    /// Collectors none of whose fields was ever sent.
    pub new_collectors: BTreeSet<String>,
    /// A line for collect.log about the record (first report, damaged).
    pub note: Option<String>,
}

/// The plan at `now` for `candidates` (collector → the fields a report
/// may carry: declared, let out by the policy, not kept by `never_send`).
pub fn plan(
    record: &Record,
    candidates: &BTreeMap<String, BTreeSet<String>>,
    now: Timestamp,
    notice: NewFieldsNotice,
) -> Plan {
    let (old, note) = match record {
        Record::First => {
            return Plan {
                waiting: Vec::new(),
                next: SentFields {
                    version: 1,
                    sent: candidates.clone(),
                    waiting: BTreeMap::new(),
                },
                new_collectors: BTreeSet::new(),
                note: Some(
                    "notice: no record of fields sent before: this report sends every field and records them"
                        .to_owned(),
                ),
            };
        }
        Record::Known(s) => (s.clone(), None),
        Record::Damaged(why) => (SentFields::default(), Some(why.clone())),
    };
    let mut next = SentFields {
        version: 1,
        sent: old.sent.clone(),
        waiting: BTreeMap::new(),
    };
    let mut waiting = Vec::new();
    let mut new_collectors = BTreeSet::new();
    for (c, fields) in candidates {
        let sent = old.sent.get(c);
        if sent.is_none_or(BTreeSet::is_empty) {
            new_collectors.insert(c.clone());
        }
        for f in fields {
            if sent.is_some_and(|s| s.contains(f)) {
                continue;
            }
            let seen = old.waiting.get(c).and_then(|w| w.get(f)).copied();
            let first = seen.unwrap_or(now);
            let from = match notice {
                NewFieldsNotice::After(d) => Some(
                    first
                        .saturating_add(SignedDuration::try_from(d).unwrap_or(SignedDuration::MAX))
                        .unwrap_or(Timestamp::MAX),
                ),
                NewFieldsNotice::Hold => None,
            };
            if from.is_some_and(|t| t <= now) {
                next.sent.entry(c.clone()).or_default().insert(f.clone());
                continue;
            }
            next.waiting
                .entry(c.clone())
                .or_default()
                .insert(f.clone(), first);
            waiting.push(WaitingField {
                collector: c.clone(),
                field: f.clone(),
                first_seen: seen,
                sends_from: from,
            });
        }
    }
    // A collector counts as new only while none of its fields is sent.
    new_collectors.retain(|c| next.sent.get(c).is_none_or(BTreeSet::is_empty));
    Plan {
        waiting,
        next,
        new_collectors,
        note,
    }
}

impl Plan {
    /// Marks `selected` waiting fields (all when `None`) as sent in the
    /// record: `cep accept`. Returns the fields accepted.
    pub fn accept(&mut self, selected: Option<&[String]>) -> Vec<WaitingField> {
        let chosen = |w: &WaitingField| {
            selected.is_none_or(|names| names.iter().any(|n| *n == w.name() || *n == w.collector))
        };
        let (taken, kept): (Vec<_>, Vec<_>) = self.waiting.drain(..).partition(chosen);
        self.waiting = kept;
        for w in &taken {
            self.next
                .sent
                .entry(w.collector.clone())
                .or_default()
                .insert(w.field.clone());
            if let Some(m) = self.next.waiting.get_mut(&w.collector) {
                m.remove(&w.field);
                if m.is_empty() {
                    self.next.waiting.remove(&w.collector);
                }
            }
        }
        self.new_collectors
            .retain(|c| self.next.sent.get(c).is_none_or(BTreeSet::is_empty));
        taken
    }

    /// Withholds the waiting fields from the JSON sections of `collection`
    /// (a collector none of whose fields was ever sent loses its whole
    /// section and is `skipped` with the date); returns what the manifest
    /// records, collector → fields.
    pub fn apply(&self, collection: &mut cep_core::Collection) -> BTreeMap<String, Vec<String>> {
        let mut by: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for w in &self.waiting {
            by.entry(&w.collector).or_default().insert(w.field.clone());
        }
        let mut out = BTreeMap::new();
        for o in &mut collection.outcomes {
            let Some(fields) = by.get(o.id.as_str()) else {
                continue;
            };
            let Some(cep_core::Section::Json(v)) = &mut o.section else {
                continue;
            };
            if self.new_collectors.contains(&o.id) {
                let start = self
                    .waiting
                    .iter()
                    .find(|w| w.collector == o.id)
                    .map(WaitingField::start)
                    .unwrap_or_default();
                o.section = None;
                o.status = cep_core::Status::Skipped;
                o.message = Some(format!(
                    "withheld: new to this host, sent {start} (cep accept sends it now, cep never-send keeps it here)"
                ));
                out.insert(o.id.clone(), fields.iter().cloned().collect());
                continue;
            }
            let removed = cep_core::policy::remove_fields(v, fields);
            if !removed.is_empty() {
                out.insert(o.id.clone(), removed);
            }
        }
        out
    }

    /// One line naming the waiting fields and their start, for
    /// collect.log and the timer's output; `None` when nothing waits.
    pub fn line(&self) -> Option<String> {
        if self.waiting.is_empty() {
            return None;
        }
        let items: Vec<String> = self
            .waiting
            .iter()
            .map(|w| format!("{} {}", w.name(), w.start()))
            .collect();
        Some(format!("notice: new fields withheld: {}", items.join(", ")))
    }
}

/// Writes the record (atomically).
pub fn save(path: &Path, fields: &SentFields) -> Result<(), FieldsError> {
    let bytes = serde_json::to_vec_pretty(fields).unwrap_or_default();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| FieldsError::Write {
            path: path.to_owned(),
            source,
        })?;
    }
    cep_core::fsutil::atomic_write(path, &bytes, 0o644).map_err(|source| FieldsError::Write {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands(v: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        v.iter()
            .map(|(c, f)| (c.to_string(), f.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    const TWO_WEEKS: NewFieldsNotice =
        NewFieldsNotice::After(std::time::Duration::from_secs(14 * 86_400));

    #[test]
    fn a_new_field_waits_its_notice_then_goes() {
        let first = plan(
            &Record::First,
            &cands(&[("os.kernel", &["line"])]),
            t("2026-06-01T00:00:00Z"),
            TWO_WEEKS,
        );
        assert!(first.waiting.is_empty());
        let wider = cands(&[("os.kernel", &["line", "release"]), ("x.new", &["a"])]);
        let day1 = plan(
            &Record::Known(first.next.clone()),
            &wider,
            t("2026-06-08T00:00:00Z"),
            TWO_WEEKS,
        );
        let names: Vec<String> = day1.waiting.iter().map(WaitingField::name).collect();
        assert_eq!(names, ["os.kernel.release", "x.new.a"]);
        assert_eq!(day1.waiting[0].sends_from, Some(t("2026-06-22T00:00:00Z")));
        assert_eq!(day1.waiting[0].first_seen, None);
        assert!(day1.new_collectors.contains("x.new"));
        // A week later the first sighting holds: the date does not move.
        let day8 = plan(
            &Record::Known(day1.next.clone()),
            &wider,
            t("2026-06-15T00:00:00Z"),
            TWO_WEEKS,
        );
        assert_eq!(day8.waiting[0].first_seen, Some(t("2026-06-08T00:00:00Z")));
        assert_eq!(day8.waiting[0].sends_from, Some(t("2026-06-22T00:00:00Z")));
        let day14 = plan(
            &Record::Known(day8.next),
            &wider,
            t("2026-06-22T00:00:00Z"),
            TWO_WEEKS,
        );
        assert!(day14.waiting.is_empty() && day14.new_collectors.is_empty());
        assert_eq!(day14.next.sent, wider);
        // "hold" never ends by itself; accepting one field leaves the other.
        let mut held = plan(
            &Record::Known(first.next),
            &wider,
            t("2027-01-01T00:00:00Z"),
            NewFieldsNotice::Hold,
        );
        assert_eq!(held.waiting.len(), 2);
        assert_eq!(held.accept(Some(&["x.new".to_owned()])).len(), 1);
        assert_eq!(held.waiting[0].name(), "os.kernel.release");
        assert!(held.next.sent["x.new"].contains("a"));
    }

    #[test]
    fn a_damaged_record_makes_every_field_wait_once_not_forever() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join(FIELDS_FILE);
        std::fs::write(&path, "{not json").unwrap();
        let r = Record::load(&path).unwrap();
        assert!(matches!(&r, Record::Damaged(m) if m.contains("fields.json")));
        let c = cands(&[("os.kernel", &["line"])]);
        let p = plan(&r, &c, t("2026-06-01T00:00:00Z"), TWO_WEEKS);
        assert_eq!(p.waiting.len(), 1);
        save(&path, &p.next).unwrap();
        let r = Record::load(&path).unwrap();
        let later = plan(&r, &c, t("2026-06-15T00:00:00Z"), TWO_WEEKS);
        assert!(later.waiting.is_empty());
    }

    #[test]
    fn withheld_fields_leave_the_section_and_a_new_collector_is_skipped() {
        let first = plan(
            &Record::First,
            &cands(&[("os.kernel", &["line"])]),
            t("2026-06-01T00:00:00Z"),
            TWO_WEEKS,
        );
        let p = plan(
            &Record::Known(first.next),
            &cands(&[("os.kernel", &["line", "release"]), ("x.new", &["a"])]),
            t("2026-06-02T00:00:00Z"),
            TWO_WEEKS,
        );
        let outcome = |id: &str, v: serde_json::Value| cep_core::Outcome {
            id: id.into(),
            status: cep_core::Status::Ok,
            duration: std::time::Duration::ZERO,
            section: Some(cep_core::Section::Json(v)),
            message: None,
            exit_status: None,
            truncated: false,
        };
        let mut c = cep_core::Collection {
            outcomes: vec![
                outcome(
                    "os.kernel",
                    serde_json::json!({"line": "vz7", "release": "3.10"}),
                ),
                outcome("x.new", serde_json::json!({"a": 1})),
            ],
            log: vec![],
        };
        let noted = p.apply(&mut c);
        assert_eq!(noted["os.kernel"], ["release"]);
        assert_eq!(noted["x.new"], ["a"]);
        assert_eq!(
            c.outcomes[0].section,
            Some(cep_core::Section::Json(serde_json::json!({"line": "vz7"})))
        );
        assert_eq!(c.outcomes[1].status, cep_core::Status::Skipped);
        assert!(
            c.outcomes[1]
                .message
                .as_deref()
                .unwrap()
                .contains("2026-06-16"),
            "{:?}",
            c.outcomes[1].message
        );
    }
}
