//! The [`Collector`] trait and what it produces: a [`Section`], described by
//! the [`Field`]s it declares.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::command::CommandError;
use crate::host::{Host, HostError};
use crate::schedule::Schedule;

/// One topic of facts about a host: CPU, containers, packages...
///
/// Implement four methods (`id`, `describe`, `fields`, `collect`); the
/// others have defaults. Collectors are synchronous and run in parallel, each on its own
/// thread with a deadline; a collector that panics or overruns is recorded as
/// `error` or `timeout` and the rest of the report is kept.
///
/// Rules every collector follows (the runner and the privacy layer check
/// them, but a collector should never rely on that):
/// - touch the host only through [`Host`]: no `std::fs`, no `Command`;
/// - emit counts, sizes, versions and buckets, never identifiers: no
///   addresses, host, user, container or VM names, ids or serials.
///
/// ```
/// use cep_core::{Collector, CollectError, Field, FieldKind, Host, Section};
///
/// struct Uptime;
///
/// impl Collector for Uptime {
///     fn id(&self) -> &str { "example.uptime" }
///     fn describe(&self) -> &str { "Whole days since boot" }
///     fn fields(&self) -> Vec<Field> {
///         vec![Field::new("days", FieldKind::Integer, "Whole days since boot").example("12")]
///     }
///     fn collect(&self, host: &Host) -> Result<Section, CollectError> {
///         let text = host.read("/proc/uptime")?;
///         let secs: f64 = text.split_whitespace().next().unwrap_or("")
///             .parse().map_err(|_| CollectError::parse("/proc/uptime", "first column is not a number"))?;
///         Section::json(&serde_json::json!({ "days": (secs / 86400.0) as u64 }))
///     }
/// }
/// ```
pub trait Collector: Send + Sync {
    /// Stable dotted id, e.g. `hw.cpu`; it names the section file in the
    /// report (`hw.cpu.json`). Lowercase letters, digits, `_` and `-`,
    /// segments separated by dots.
    fn id(&self) -> &str;

    /// One line saying what is collected.
    fn describe(&self) -> &str;

    /// Gathers the section. Absent inputs are
    /// [`CollectError::NotApplicable`]; broken ones any other error.
    fn collect(&self, host: &Host) -> Result<Section, CollectError>;

    /// Every field the section may contain: the data inventory is
    /// generated from these, and the runner rejects a JSON section with a
    /// field not declared here. Required, so a collector cannot compile
    /// without saying what it emits.
    fn fields(&self) -> Vec<Field>;

    /// The default schedule slot.
    fn schedule(&self) -> Schedule {
        Schedule::default()
    }

    /// A deadline of its own; `None` uses the runner's.
    fn timeout(&self) -> Option<Duration> {
        None
    }
}

/// Implements [`Collector`] for a wrapper by forwarding to the collector
/// it wraps (`$inner`, given `$s: &Self`); `$timeout` is the deadline.
macro_rules! forward_collector {
    ($ty:ty, |$s:ident| $inner:expr, timeout: $timeout:expr) => {
        impl<C: Collector + ?Sized> Collector for $ty {
            fn id(&self) -> &str {
                let $s = self;
                $inner.id()
            }
            fn describe(&self) -> &str {
                let $s = self;
                $inner.describe()
            }
            fn collect(&self, host: &Host) -> Result<Section, CollectError> {
                let $s = self;
                $inner.collect(host)
            }
            fn fields(&self) -> Vec<Field> {
                let $s = self;
                $inner.fields()
            }
            fn schedule(&self) -> Schedule {
                let $s = self;
                $inner.schedule()
            }
            fn timeout(&self) -> Option<Duration> {
                let $s = self;
                $timeout
            }
        }
    };
}
forward_collector!(Box<C>, |s| (**s), timeout: (**s).timeout());
forward_collector!(Arc<C>, |s| (**s), timeout: (**s).timeout());
forward_collector!(&C, |s| (**s), timeout: (**s).timeout());
forward_collector!(WithTimeout<C>, |s| s.inner, timeout: Some(s.timeout));

/// A collector with a deadline set from outside (the configuration's
/// `[collectors."<id>"] timeout`); everything else is the collector's own.
#[derive(Debug, Clone)]
pub struct WithTimeout<C: ?Sized> {
    /// The deadline, in place of the collector's own.
    pub timeout: Duration,
    /// The collector.
    pub inner: C,
}

/// True when `id` is a valid collector id (see [`Collector::id`]).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('.').all(|seg| {
            !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        })
}

/// What a collector returns: a JSON object of facts, or raw text (external
/// scripts).
#[derive(Debug, Clone, PartialEq)]
pub enum Section {
    /// Structured facts; always a JSON object at the top.
    Json(serde_json::Value),
    /// Raw text, stored as `<id>.txt`.
    Text(String),
}

impl Section {
    /// Serializes `value`, which must serialize to a JSON object.
    pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Section, CollectError> {
        let v = serde_json::to_value(value).map_err(|e| CollectError::Other(e.to_string()))?;
        if !v.is_object() {
            return Err(CollectError::Other(
                "a JSON section must be an object at the top level".into(),
            ));
        }
        Ok(Section::Json(v))
    }

    /// File extension in the archive: `json` or `txt`.
    pub fn extension(&self) -> &'static str {
        match self {
            Section::Json(_) => "json",
            Section::Text(_) => "txt",
        }
    }

    /// The JSON object, when this is a JSON section.
    pub fn as_json(&self) -> Option<&serde_json::Value> {
        match self {
            Section::Json(v) => Some(v),
            Section::Text(_) => None,
        }
    }

    /// The text, when this is a text section.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Section::Text(t) => Some(t),
            Section::Json(_) => None,
        }
    }

    /// The archive member bytes (JSON pretty-printed for reviewers).
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            Section::Json(v) => {
                let mut b = serde_json::to_vec_pretty(v).unwrap_or_default();
                b.push(b'\n');
                b
            }
            Section::Text(t) => t.as_bytes().to_vec(),
        }
    }
}

/// The type of a declared field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// true / false.
    Bool,
    /// A whole number (counts, bytes).
    Integer,
    /// A number with a fraction (MHz).
    Number,
    /// A short string (versions, vendor, public model names).
    String,
    /// A list of short strings.
    StringList,
    /// A nested object whose keys are declared as `name.key`.
    Object,
    /// A list of objects whose keys are declared as `name[].key`.
    List,
    /// A histogram or count map: keys are data (buckets, versions), values
    /// are counts.
    Map,
    /// Raw text (a whole text section).
    Text,
}

/// A field a collector may emit, for the data inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Path of the field: `total_bytes`, `swap.used_bytes`, `disks[].kind`.
    pub name: Cow<'static, str>,
    /// Its type.
    pub kind: FieldKind,
    /// What it means, in one sentence.
    pub meaning: Cow<'static, str>,
    /// An example value as it would appear in the report.
    pub example: Cow<'static, str>,
}

impl Field {
    /// A field with no example.
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        kind: FieldKind,
        meaning: impl Into<Cow<'static, str>>,
    ) -> Self {
        Field {
            name: name.into(),
            kind,
            meaning: meaning.into(),
            example: Cow::Borrowed(""),
        }
    }

    /// Sets the example value.
    pub fn example(mut self, example: impl Into<Cow<'static, str>>) -> Self {
        self.example = example.into();
        self
    }
}

/// Paths in a JSON section that no declared field covers.
///
/// Objects are walked key by key (`a.b`), arrays as `a[]`; a path stops at a
/// declared scalar or [`FieldKind::Map`] (its keys are data).
pub fn undeclared_paths(section: &serde_json::Value, fields: &[Field]) -> Vec<String> {
    fn walk(v: &serde_json::Value, prefix: &str, fields: &[Field], out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    match fields.iter().find(|f| f.name == path) {
                        None => out.push(path),
                        Some(f) if matches!(f.kind, FieldKind::Object | FieldKind::List) => {
                            walk(child, &path, fields, out)
                        }
                        Some(_) => {}
                    }
                }
            }
            serde_json::Value::Array(items) => {
                let path = format!("{prefix}[]");
                for item in items {
                    walk(item, &path, fields, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(section, "", fields, &mut out);
    out.sort();
    out.dedup();
    out
}

/// Why a collector produced no section.
#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    /// The facts do not exist on this host (no OpenVZ, no such file or
    /// tool). Recorded as `skipped`, not as a failure.
    #[error("not applicable: {0}")]
    NotApplicable(String),
    /// Reading the host failed.
    #[error(transparent)]
    Host(#[from] HostError),
    /// A command could not be run.
    #[error(transparent)]
    Command(#[from] CommandError),
    /// Input was malformed.
    #[error("cannot parse {what}: {message}")]
    Parse {
        /// The file or command whose output is malformed.
        what: String,
        /// What is wrong, with a line number where known.
        message: String,
    },
    /// Anything else.
    #[error("{0}")]
    Other(String),
}

impl CollectError {
    /// A parse error about `what` (a path or a command line).
    pub fn parse(what: impl Into<String>, message: impl Into<String>) -> Self {
        CollectError::Parse {
            what: what.into(),
            message: message.into(),
        }
    }

    /// An absent-input error.
    pub fn not_applicable(reason: impl Into<String>) -> Self {
        CollectError::NotApplicable(reason.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Slow;
    impl Collector for Slow {
        fn id(&self) -> &str {
            "test.slow"
        }
        fn describe(&self) -> &str {
            "slow"
        }
        fn fields(&self) -> Vec<Field> {
            vec![Field::new("n", FieldKind::Integer, "n")]
        }
        fn collect(&self, _: &Host) -> Result<Section, CollectError> {
            Section::json(&json!({"n": 1}))
        }
        fn timeout(&self) -> Option<Duration> {
            Some(Duration::from_secs(5))
        }
    }

    #[test]
    fn with_timeout_replaces_only_the_deadline() {
        let c: Arc<dyn Collector> = Arc::new(Slow);
        let w = WithTimeout {
            timeout: Duration::from_millis(100),
            inner: Arc::clone(&c),
        };
        assert_eq!(w.id(), "test.slow");
        assert_eq!(w.describe(), "slow");
        assert_eq!(w.fields(), c.fields());
        assert_eq!(w.schedule(), c.schedule());
        assert_eq!(w.timeout(), Some(Duration::from_millis(100)));
        assert_eq!(c.timeout(), Some(Duration::from_secs(5)));
    }

    #[test]
    fn ids() {
        for ok in ["hw.cpu", "os.kernel", "scripts.my-script_2", "vz"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in [
            "", "Hw.cpu", "hw..cpu", "hw/cpu", ".hw", "hw.", "a b", "../x",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn json_section_must_be_an_object() {
        assert!(Section::json(&json!({"a": 1})).is_ok());
        assert!(Section::json(&json!([1, 2])).is_err());
    }

    #[test]
    fn finds_undeclared_paths() {
        let fields = vec![
            Field::new("total", FieldKind::Integer, "x"),
            Field::new("swap", FieldKind::Object, "x"),
            Field::new("swap.total", FieldKind::Integer, "x"),
            Field::new("disks", FieldKind::List, "x"),
            Field::new("disks[].kind", FieldKind::String, "x"),
            Field::new("by_layout", FieldKind::Map, "x"),
        ];
        let v = json!({
            "total": 1,
            "swap": {"total": 2, "used": 3},
            "disks": [{"kind": "ssd"}, {"kind": "hdd", "serial": "X"}],
            "by_layout": {"ploop": 3, "simfs": 1},
            "hostname": "h"
        });
        assert_eq!(
            undeclared_paths(&v, &fields),
            vec!["disks[].serial", "hostname", "swap.used"]
        );
    }
}
