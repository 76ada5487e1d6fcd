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

/// What a field's values may be, for privacy: the guard checks every value
/// of a JSON section against its field's kind and scrubs only free text. A
/// count, a bucket label, an allow-listed value or a valid version goes out
/// as it is; a value that does not fit makes the collector's result an
/// error, never a silent rewrite. For a [`FieldKind::Map`] the kind is the
/// keys' (its values are counts); for a [`FieldKind::StringList`] each
/// item's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "values")]
pub enum ValueKind {
    /// No kind declared (a third-party collector): the value is scrubbed
    /// as free text.
    Undeclared,
    /// true / false.
    Flag,
    /// A whole number ≥ 0 of things.
    Count,
    /// A whole number ≥ 0 of bytes (or another unit named by the field).
    Size,
    /// A number (a fraction, a rate, MHz).
    Ratio,
    /// A label from the collector's fixed bucket set.
    Bucket(&'static [&'static str]),
    /// A version: a digit (or `v` and a digit) first, then at most 128
    /// letters, digits and `._+~:-`.
    Version,
    /// One value of an allow-list.
    OneOf(&'static [&'static str]),
    /// Free text: scrubbed like script output.
    FreeText,
    /// An object or a list of objects: its members are declared apart.
    Structure,
}

impl ValueKind {
    /// Short name for the inventory (`bucket`, `enum`...).
    pub fn name(&self) -> &'static str {
        match self {
            ValueKind::Undeclared => "undeclared",
            ValueKind::Flag => "flag",
            ValueKind::Count => "count",
            ValueKind::Size => "size",
            ValueKind::Ratio => "ratio",
            ValueKind::Bucket(_) => "bucket",
            ValueKind::Version => "version",
            ValueKind::OneOf(_) => "enum",
            ValueKind::FreeText => "free text",
            ValueKind::Structure => "structure",
        }
    }

    /// The allowed labels of a bucket or an enum.
    pub fn allowed(&self) -> &'static [&'static str] {
        match self {
            ValueKind::Bucket(v) | ValueKind::OneOf(v) => v,
            _ => &[],
        }
    }

    /// Whether values of this kind are scrubbed (free text or undeclared).
    pub fn is_free(&self) -> bool {
        matches!(self, ValueKind::FreeText | ValueKind::Undeclared)
    }

    /// Whether a string value fits this kind.
    pub fn fits_str(&self, s: &str) -> bool {
        match self {
            ValueKind::Undeclared | ValueKind::FreeText => true,
            ValueKind::Bucket(v) | ValueKind::OneOf(v) => v.contains(&s),
            ValueKind::Version => is_version(s),
            ValueKind::Flag
            | ValueKind::Count
            | ValueKind::Size
            | ValueKind::Ratio
            | ValueKind::Structure => false,
        }
    }
}

/// The version grammar of [`ValueKind::Version`]: `3.10.0-1160.80.1.vz7.191.4`,
/// `7.0.93-1.vz7`, `v2`, `1:2.3-4.el7` (one definition, shared with the
/// privacy engine's notion of a version).
pub use cep_privacy::is_version;

/// A field a collector may emit, for the data inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Path of the field: `total_bytes`, `swap.used_bytes`, `disks[].kind`.
    pub name: Cow<'static, str>,
    /// Its type.
    pub kind: FieldKind,
    /// What its values may be (privacy).
    pub value: ValueKind,
    /// What it means, in one sentence.
    pub meaning: Cow<'static, str>,
    /// An example value as it would appear in the report.
    pub example: Cow<'static, str>,
}

impl Field {
    /// A field with no example. Numbers, flags and structures get their
    /// value kind from `kind` (an integer is a count); strings, string
    /// lists and maps are [`ValueKind::Undeclared`] until one of
    /// [`Field::version`], [`Field::bucket`], [`Field::one_of`] or
    /// [`Field::free_text`] says what they hold.
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        kind: FieldKind,
        meaning: impl Into<Cow<'static, str>>,
    ) -> Self {
        let value = match kind {
            FieldKind::Bool => ValueKind::Flag,
            FieldKind::Integer => ValueKind::Count,
            FieldKind::Number => ValueKind::Ratio,
            FieldKind::Object | FieldKind::List => ValueKind::Structure,
            FieldKind::Text => ValueKind::FreeText,
            FieldKind::String | FieldKind::StringList | FieldKind::Map => ValueKind::Undeclared,
        };
        Field {
            name: name.into(),
            kind,
            value,
            meaning: meaning.into(),
            example: Cow::Borrowed(""),
        }
    }

    /// Sets the example value.
    pub fn example(mut self, example: impl Into<Cow<'static, str>>) -> Self {
        self.example = example.into();
        self
    }

    /// A whole number of bytes (or of the unit the name says).
    pub fn size(mut self) -> Self {
        self.value = ValueKind::Size;
        self
    }

    /// A version (see [`is_version`]).
    pub fn version(mut self) -> Self {
        self.value = ValueKind::Version;
        self
    }

    /// A label of the collector's fixed bucket set.
    pub fn bucket(mut self, labels: &'static [&'static str]) -> Self {
        self.value = ValueKind::Bucket(labels);
        self
    }

    /// One value of an allow-list.
    pub fn one_of(mut self, values: &'static [&'static str]) -> Self {
        self.value = ValueKind::OneOf(values);
        self
    }

    /// Free text, scrubbed before it leaves.
    pub fn free_text(mut self) -> Self {
        self.value = ValueKind::FreeText;
        self
    }
}

/// A value that does not fit its declared field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    /// The path (`disks[].kind`, `by_layout` for a map's key).
    pub path: String,
    /// What is wrong, without the value itself (it may be personal).
    pub message: String,
}

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "field `{}`: {}", self.path, self.message)
    }
}

/// Where a JSON string sits, for [`visit_strings`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// An object key.
    Key,
    /// A string value.
    Value,
}

/// Checks a JSON section against its declared fields: every value fits its
/// field's [`ValueKind`] (a map's keys its kind, its values counts). The
/// first misfit is returned; paths no field covers are left to
/// [`undeclared_paths`].
pub fn check_kinds(section: &serde_json::Value, fields: &[Field]) -> Result<(), Misfit> {
    use serde_json::Value;
    fn describe(v: &Value) -> &'static str {
        match v {
            Value::Null => "null",
            Value::Bool(_) => "a flag",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
    fn scalar(path: &str, kind: &ValueKind, v: &Value) -> Result<(), Misfit> {
        let bad = |message: String| Misfit {
            path: path.to_owned(),
            message,
        };
        let ok = match (kind, v) {
            (_, Value::Null) => true,
            (ValueKind::Undeclared | ValueKind::FreeText | ValueKind::Structure, _) => true,
            (ValueKind::Flag, Value::Bool(_)) => true,
            (ValueKind::Count | ValueKind::Size, Value::Number(n)) => n.is_u64(),
            (ValueKind::Ratio, Value::Number(_)) => true,
            (_, Value::String(s)) => kind.fits_str(s),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        Err(bad(match (kind, v) {
            (ValueKind::Bucket(_) | ValueKind::OneOf(_), Value::String(_)) => format!(
                "a {} value outside its declared set ({})",
                kind.name(),
                kind.allowed().join(", ")
            ),
            (ValueKind::Version, Value::String(_)) => {
                "a string that is not a version (a digit first, then letters, digits and ._+~:-)"
                    .to_owned()
            }
            (ValueKind::Count | ValueKind::Size, Value::Number(_)) => {
                format!("a {} that is not a whole number ≥ 0", kind.name())
            }
            _ => format!("{} where a {} is declared", describe(v), kind.name()),
        }))
    }
    fn walk(v: &Value, prefix: &str, fields: &[Field]) -> Result<(), Misfit> {
        let Value::Object(map) = v else {
            return Ok(());
        };
        for (k, child) in map {
            let path = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            let Some(f) = fields.iter().find(|f| f.name == path) else {
                continue;
            };
            match (f.kind, child) {
                (FieldKind::Object, _) => walk(child, &path, fields)?,
                (FieldKind::List, Value::Array(items)) => {
                    let p = format!("{path}[]");
                    for i in items {
                        walk(i, &p, fields)?;
                    }
                }
                (FieldKind::Map, Value::Object(m)) => {
                    for (key, count) in m {
                        if !f.value.fits_str(key) {
                            let set = match f.value.allowed() {
                                [] => "see the version grammar".to_owned(),
                                set => set.join(", "),
                            };
                            return Err(Misfit {
                                path,
                                message: format!(
                                    "a key that is not a declared {} ({set})",
                                    f.value.name()
                                ),
                            });
                        }
                        if !(count.is_u64() || count.is_null()) {
                            return Err(Misfit {
                                path: format!("{path}.<key>"),
                                message: format!("{} where a count is declared", describe(count)),
                            });
                        }
                    }
                }
                (FieldKind::StringList, Value::Array(items)) => {
                    for i in items {
                        scalar(&format!("{path}[]"), &f.value, i)?;
                    }
                }
                (FieldKind::Map | FieldKind::List | FieldKind::StringList, Value::Null) => {}
                (FieldKind::Map | FieldKind::List | FieldKind::StringList, other) => {
                    return Err(Misfit {
                        path,
                        message: format!(
                            "{} where a {} is declared",
                            describe(other),
                            match f.kind {
                                FieldKind::Map => "map",
                                _ => "list",
                            }
                        ),
                    });
                }
                _ => scalar(&path, &f.value, child)?,
            }
        }
        Ok(())
    }
    walk(section, "", fields)
}

/// An object key of a JSON document being deserialized, borrowed from the
/// input unless it holds escapes. serde's own `Cow<str>` always copies:
/// tens of thousands of objects (`vzlist -a -j`, `prlctl list -a -j` on a
/// big node) then cost a heap allocation per key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct JsonKey<'de>(pub Cow<'de, str>);

impl JsonKey<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for JsonKey<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<JsonKey<'de>, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = JsonKey<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<JsonKey<'de>, E> {
                Ok(JsonKey(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<JsonKey<'de>, E> {
                Ok(JsonKey(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<JsonKey<'de>, E> {
                Ok(JsonKey(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// Calls `visit` with every string (object keys and string values) of a
/// JSON section and the [`ValueKind`] its declared field gives it
/// ([`ValueKind::Undeclared`] where no field covers it). Keys of objects
/// and lists of objects are the section's structure and count as their
/// field's kind: [`ValueKind::Structure`].
pub fn visit_strings(
    section: &serde_json::Value,
    fields: &[Field],
    visit: &mut dyn FnMut(&str, Place, &ValueKind),
) {
    use serde_json::Value;
    fn walk(
        v: &Value,
        prefix: &str,
        kind: Option<&Field>,
        fields: &[Field],
        visit: &mut dyn FnMut(&str, Place, &ValueKind),
    ) {
        let undeclared = ValueKind::Undeclared;
        match v {
            Value::String(s) => visit(s, Place::Value, kind.map_or(&undeclared, |f| &f.value)),
            Value::Array(items) => {
                let p = format!("{prefix}[]");
                for i in items {
                    let inner = match kind {
                        Some(f) if f.kind == FieldKind::List => None,
                        other => other,
                    };
                    walk(i, &p, inner, fields, visit);
                }
            }
            Value::Object(map) => {
                // A map's keys are data of its kind; its values counts.
                if let Some(f) = kind.filter(|f| f.kind == FieldKind::Map) {
                    for (k, child) in map {
                        visit(k, Place::Key, &f.value);
                        walk(child, prefix, Some(f), fields, visit);
                    }
                    return;
                }
                for (k, child) in map {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    let f = fields.iter().find(|f| f.name == path);
                    let key_kind = if f.is_some() {
                        ValueKind::Structure
                    } else {
                        ValueKind::Undeclared
                    };
                    visit(k, Place::Key, &key_kind);
                    walk(child, &path, f, fields, visit);
                }
            }
            _ => {}
        }
    }
    walk(section, "", None, fields, visit);
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
