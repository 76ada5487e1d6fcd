//! A collector described as data: its id, description, schedule and
//! fields with their value kinds, in the shape `cep inventory --json`
//! shows them. Programs in other languages register collectors this way
//! (the C ABI's `cep_agent_add_collector`, the Python package); the names
//! of types and value kinds are defined here once, for the inventory and
//! for specs alike.

use std::sync::Mutex;
use std::time::Duration;

use cep_core::{Field, FieldKind, Schedule, Section, ValueKind};
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// Every field type with its name in the inventory (`type`).
const TYPES: [(FieldKind, &str); 9] = [
    (FieldKind::Bool, "bool"),
    (FieldKind::Integer, "integer"),
    (FieldKind::Number, "number"),
    (FieldKind::String, "string"),
    (FieldKind::StringList, "string list"),
    (FieldKind::Object, "object"),
    (FieldKind::List, "list of objects"),
    (FieldKind::Map, "map (key → count)"),
    (FieldKind::Text, "text"),
];

/// The inventory's name of a field type.
pub fn type_name(k: FieldKind) -> &'static str {
    TYPES
        .iter()
        .find(|(kind, _)| *kind == k)
        .map_or("text", |(_, n)| *n)
}

/// `count`, `version`, `free text`, `bucket: a, b`, `enum: a, b`: the
/// inventory's name of a value kind.
pub fn value_name(v: &ValueKind) -> String {
    match v.allowed() {
        [] => v.name().to_owned(),
        set => format!("{}: {}", v.name(), set.join(", ")),
    }
}

/// The value kinds a field of type `kind` may declare.
fn kinds_for(kind: FieldKind) -> &'static [&'static str] {
    match kind {
        FieldKind::Bool => &["flag"],
        FieldKind::Integer => &["count", "size"],
        FieldKind::Number => &["ratio"],
        FieldKind::String | FieldKind::StringList | FieldKind::Map => {
            &["undeclared", "version", "bucket", "enum", "free text"]
        }
        FieldKind::Object | FieldKind::List => &["structure"],
        FieldKind::Text => &["free text"],
    }
}

/// Label sets of buckets and enums live as long as the program: a
/// collector's fields are `'static`. Each distinct set is kept once, so
/// registering collectors again does not grow memory.
fn intern(labels: Vec<String>) -> &'static [&'static str] {
    static SETS: Mutex<Vec<&'static [&'static str]>> = Mutex::new(Vec::new());
    let mut sets = SETS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = sets
        .iter()
        .find(|s| s.len() == labels.len() && s.iter().zip(&labels).all(|(a, b)| a == b))
    {
        return s;
    }
    let leaked: Vec<&'static str> = labels
        .into_iter()
        .map(|l| &*Box::leak(l.into_boxed_str()))
        .collect();
    let set: &'static [&'static str] = Box::leak(leaked.into_boxed_slice());
    sets.push(set);
    set
}

/// Reads a value kind as [`value_name`] writes it.
fn parse_value(text: &str, kind: FieldKind, at: &str) -> Result<ValueKind> {
    let (name, labels) = match text.split_once(':') {
        Some((n, rest)) => (n.trim(), Some(rest)),
        None => (text.trim(), None),
    };
    if !kinds_for(kind).contains(&name) {
        return Err(Error::Usage(format!(
            "{at}: value kind `{name}` does not fit type `{}`; it takes {}",
            type_name(kind),
            kinds_for(kind).join(", ")
        )));
    }
    if labels.is_some() && !matches!(name, "bucket" | "enum") {
        return Err(Error::Usage(format!(
            "{at}: value kind `{name}` takes no list of values"
        )));
    }
    let labels = |what: &str| -> Result<&'static [&'static str]> {
        let list: Vec<String> = labels
            .unwrap_or("")
            .split(',')
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        if list.is_empty() {
            return Err(Error::Usage(format!(
                "{at}: {what} needs its values, as in `{what}: a, b`"
            )));
        }
        Ok(intern(list))
    };
    Ok(match name {
        "undeclared" => ValueKind::Undeclared,
        "flag" => ValueKind::Flag,
        "count" => ValueKind::Count,
        "size" => ValueKind::Size,
        "ratio" => ValueKind::Ratio,
        "version" => ValueKind::Version,
        "free text" => ValueKind::FreeText,
        "structure" => ValueKind::Structure,
        "bucket" => ValueKind::Bucket(labels("bucket")?),
        _ => ValueKind::OneOf(labels("enum")?),
    })
}

/// One field of a spec, as a row of `cep inventory --json` shows it
/// (`collector`, `description` and `policy_uses` may be there too).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldRow {
    field: String,
    #[serde(rename = "type")]
    kind: String,
    value: Option<String>,
    #[serde(default)]
    meaning: String,
    #[serde(default)]
    example: String,
    collector: Option<String>,
    #[allow(dead_code)]
    description: Option<String>,
    #[allow(dead_code)]
    policy_uses: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpec {
    id: String,
    description: String,
    schedule: Option<String>,
    timeout: Option<String>,
    fields: Vec<FieldRow>,
}

/// A collector described as data: what [`cep_core::Collector`]'s `id`,
/// `describe`, `fields`, `schedule` and `timeout` answer, read from JSON.
///
/// ```
/// let spec = cep::CollectorSpec::from_json(r#"{
///     "id": "vzctl.usage",
///     "description": "How vzctl was used",
///     "schedule": "daily 13:00",
///     "fields": [
///         {"field": "creates", "type": "integer", "value": "count", "meaning": "Containers created"},
///         {"field": "layout", "type": "string", "value": "enum: ploop, simfs", "meaning": "Default layout"}
///     ]
/// }"#)?;
/// assert_eq!(spec.id, "vzctl.usage");
/// assert_eq!(spec.fields[1].value, cep::core::ValueKind::OneOf(&["ploop", "simfs"]));
/// # Ok::<(), cep::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CollectorSpec {
    /// The collector id (`vzctl.usage`).
    pub id: String,
    /// One line saying what it collects.
    pub description: String,
    /// Its default schedule (default: weekly, Monday 08:00).
    pub schedule: Schedule,
    /// A deadline of its own (`"30s"`); `None`: the runner's.
    pub timeout: Option<Duration>,
    /// Every field its section may hold.
    pub fields: Vec<Field>,
}

impl CollectorSpec {
    /// Reads a spec: `{"id", "description", "schedule"?, "timeout"?,
    /// "fields": [{"field", "type", "value"?, "meaning"?, "example"?}]}`,
    /// types and value kinds named as `cep inventory` names them. Anything
    /// else is [`Error::Usage`], naming the key or field.
    pub fn from_json(text: &str) -> Result<CollectorSpec> {
        let raw: RawSpec = serde_json::from_str(text).map_err(|e| {
            Error::Usage(format!(
                "invalid collector spec: {e}; expected {{\"id\", \"description\", \"schedule\", \"timeout\", \"fields\": [{{\"field\", \"type\", \"value\", \"meaning\", \"example\"}}]}}"
            ))
        })?;
        let id = raw.id;
        if !cep_core::collector::is_valid_id(&id) {
            return Err(Error::Usage(format!(
                "invalid collector id `{id}`: lowercase letters, digits, `_` and `-` in dot-separated segments, at most 64 bytes"
            )));
        }
        let schedule = match raw.schedule {
            Some(s) => crate::schedule::parse(&s)
                .map_err(|e| Error::Usage(format!("collector `{id}`: {e}")))?,
            None => Schedule::default(),
        };
        let timeout = raw
            .timeout
            .map(|t| {
                humantime::parse_duration(&t).map_err(|e| {
                    Error::Usage(format!(
                        "collector `{id}`: invalid timeout `{t}`: {e}; write it as \"30s\" or \"2m\""
                    ))
                })
            })
            .transpose()?;
        if raw.fields.is_empty() {
            return Err(Error::Usage(format!(
                "collector `{id}` declares no fields; a section may hold only the fields its spec lists"
            )));
        }
        let mut fields = Vec::with_capacity(raw.fields.len());
        for row in raw.fields {
            let at = format!("collector `{id}`, field `{}`", row.field);
            if let Some(c) = row.collector.as_deref().filter(|c| *c != id) {
                return Err(Error::Usage(format!("{at}: the row names collector `{c}`")));
            }
            let kind = TYPES
                .iter()
                .find(|(_, n)| {
                    *n == row.kind || (row.kind == "map" && *n == type_name(FieldKind::Map))
                })
                .map(|(k, _)| *k)
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "{at}: unknown type `{}`; the types are {}",
                        row.kind,
                        TYPES.map(|(_, n)| n).join(", ")
                    ))
                })?;
            let mut field = Field::new(row.field, kind, row.meaning).example(row.example);
            if let Some(v) = &row.value {
                field.value = parse_value(v, kind, &at)?;
            }
            if fields.iter().any(|f: &Field| f.name == field.name) {
                return Err(Error::Usage(format!("{at}: declared twice")));
            }
            fields.push(field);
        }
        Ok(CollectorSpec {
            id,
            description: raw.description,
            schedule,
            timeout,
            fields,
        })
    }

    /// The fields, as [`cep_core::Collector::fields`] answers them.
    pub fn fields(&self) -> Vec<Field> {
        self.fields.clone()
    }

    /// Reads the section a collector of a spec wrote as JSON text: it must
    /// be a JSON object of at most [`MAX_SECTION_BYTES`] (its fields are
    /// then checked by the runner and the privacy guard, as for every
    /// collector). The error says what is wrong, for the collector's
    /// `error` in the manifest.
    ///
    /// ```
    /// use cep::CollectorSpec;
    /// assert!(CollectorSpec::section_from_json(br#"{"creates": 3}"#).is_ok());
    /// let e = CollectorSpec::section_from_json(b"[3]").unwrap_err();
    /// assert_eq!(e, "the section must be a JSON object, not a list");
    /// ```
    pub fn section_from_json(json: &[u8]) -> std::result::Result<Section, String> {
        if json.len() > MAX_SECTION_BYTES {
            return Err(format!(
                "the section is {} bytes; at most {MAX_SECTION_BYTES} are taken",
                json.len()
            ));
        }
        match serde_json::from_slice::<Value>(json) {
            Ok(v) if v.is_object() => Ok(Section::Json(v)),
            Ok(v) => Err(format!(
                "the section must be a JSON object, not {}",
                json_type(&v)
            )),
            Err(e) => Err(format!("the section is not JSON: {e}")),
        }
    }
}

/// The largest section [`CollectorSpec::section_from_json`] takes: far
/// above what a report may carry (the stats server takes 1 MiB), so a
/// runaway buffer is refused before it is parsed.
pub const MAX_SECTION_BYTES: usize = 4 << 20;

/// `a string`, `a number`, ... for messages.
pub(crate) fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in collector's inventory rows, read back as a spec,
    /// give its very fields: the names are one grammar both ways.
    #[test]
    fn inventory_rows_read_back_as_the_collectors_fields() {
        for c in cep_collectors::builtin() {
            let fields = c.fields();
            if fields.is_empty() {
                continue;
            }
            let rows: Vec<Value> = fields
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "collector": c.id(),
                        "description": c.describe(),
                        "field": f.name,
                        "type": type_name(f.kind),
                        "value": value_name(&f.value),
                        "meaning": f.meaning,
                        "example": f.example,
                        "policy_uses": true,
                    })
                })
                .collect();
            let spec = serde_json::json!({
                "id": c.id(),
                "description": c.describe(),
                "schedule": crate::schedule::text(&c.schedule()),
                "fields": rows,
            });
            let back = CollectorSpec::from_json(&spec.to_string()).unwrap();
            assert_eq!(back.fields, fields, "{}", c.id());
            assert_eq!(back.schedule, c.schedule(), "{}", c.id());
        }
    }

    #[test]
    fn a_bad_spec_is_a_usage_error_naming_the_field() {
        let cases = [
            (
                r#"{"id": "Bad Id", "description": "", "fields": []}"#,
                "invalid collector id `Bad Id`",
            ),
            (
                r#"{"id": "a.b", "description": "", "fields": []}"#,
                "declares no fields",
            ),
            (
                r#"{"id": "a.b", "description": "", "fields": [{"field": "n", "type": "int"}]}"#,
                "field `n`: unknown type `int`",
            ),
            (
                r#"{"id": "a.b", "description": "", "fields": [{"field": "n", "type": "integer", "value": "version"}]}"#,
                "value kind `version` does not fit type `integer`",
            ),
            (
                r#"{"id": "a.b", "description": "", "fields": [{"field": "n", "type": "string", "value": "enum:"}]}"#,
                "enum needs its values",
            ),
            (
                r#"{"id": "a.b", "description": "", "schedule": "hourly", "fields": [{"field": "n", "type": "bool"}]}"#,
                "invalid schedule `hourly`",
            ),
            (
                r#"{"id": "a.b", "description": "", "fields": [], "colour": 1}"#,
                "unknown field `colour`",
            ),
        ];
        for (text, expected) in cases {
            let e = CollectorSpec::from_json(text).unwrap_err();
            assert!(e.to_string().contains(expected), "{text}: {e}");
            assert_eq!(e.kind(), crate::ErrorKind::Usage);
        }
    }

    #[test]
    fn label_sets_are_kept_once() {
        let a = intern(vec!["x".into(), "y".into()]);
        let b = intern(vec!["x".into(), "y".into()]);
        assert!(std::ptr::eq(a, b));
    }
}
