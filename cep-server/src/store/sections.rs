//! A host's latest sections on its `hosts` row (`hosts.sections`, schema
//! version 5): every collector's latest section with the time it came, as
//! one JSON object `{"<collector>": [<unix time>, <section>], ...}` in
//! collector order, and beside it the oldest of those times where it is
//! older than the host's last report (`hosts.oldest`, what the retention
//! purge finds old sections by). A report updates the host's row it
//! updates anyway, where a row per section (`facts`, to version 4) cost
//! the store thread about a third of its work.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use super::backend::{StoreError, Val};

/// A host's sections as read from its row: collector → (unix time, the
/// section's JSON text, unparsed).
pub(super) type Doc<'a> = BTreeMap<String, (i64, &'a RawValue)>;

/// Reads host `host`'s row text, leaving each section unparsed.
pub(super) fn parse<'a>(host: &str, text: &'a str) -> Result<Doc<'a>, StoreError> {
    serde_json::from_str(text).map_err(|e| {
        StoreError::Corrupt(format!(
            "the sections of host {host}: not a map of collector to [time, section]: {e}"
        ))
    })
}

/// The row text of `entries` (collector → (time, section JSON text)) and
/// the oldest time; `None` for no entries. The texts must be JSON.
fn write(entries: &BTreeMap<&str, (i64, &str)>) -> Option<(String, i64)> {
    let oldest = entries.values().map(|(t, _)| *t).min()?;
    let len: usize = entries
        .iter()
        .map(|(c, (_, s))| c.len() + s.len() + 20)
        .sum();
    let mut out = String::with_capacity(len + 2);
    out.push('{');
    for (i, (c, (t, s))) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // Collector ids are plain ASCII; anything else is escaped.
        if c.bytes()
            .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
        {
            out.push('"');
            out.push_str(c);
            out.push('"');
        } else {
            out.push_str(&serde_json::Value::from(*c).to_string());
        }
        out.push_str(":[");
        out.push_str(&t.to_string());
        out.push(',');
        out.push_str(s);
        out.push(']');
    }
    out.push('}');
    Some((out, oldest))
}

/// `hosts.sections` and `hosts.oldest` of a host with `entries` whose
/// last report came at `last`: the row text ([`write`]) and the oldest
/// time if it is older than `last`, NULL when every section came with
/// the last report (so that the usual report leaves the column and its
/// index alone); both NULL without entries.
pub(super) fn columns(entries: &BTreeMap<&str, (i64, &str)>, last: i64) -> (Val, Val) {
    match write(entries) {
        Some((text, oldest)) => (Val::Text(text), (oldest < last).then_some(oldest).into()),
        None => (Val::Null, Val::Null),
    }
}

/// The section of collector `c` in host `host`'s row, parsed.
pub(super) fn value(
    host: &str,
    c: &str,
    section: &RawValue,
) -> Result<serde_json::Value, StoreError> {
    serde_json::from_str(section.get()).map_err(|e| {
        StoreError::Corrupt(format!("the sections of host {host}, collector {c}: {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_written_row_reads_back_in_collector_order() {
        let entries = BTreeMap::from([
            ("os.kernel", (20, r#"{"release":"3.10.0"}"#)),
            ("hw.cpu", (10, r#"{"cores":8}"#)),
            ("odd \"id\"", (30, "[]")),
        ]);
        let (text, oldest) = write(&entries).unwrap();
        assert_eq!(oldest, 10);
        assert_eq!(
            text,
            r#"{"hw.cpu":[10,{"cores":8}],"odd \"id\"":[30,[]],"os.kernel":[20,{"release":"3.10.0"}]}"#
        );
        let doc = parse("h", &text).unwrap();
        let read: Vec<(&str, i64, serde_json::Value)> = doc
            .iter()
            .map(|(c, (t, s))| (c.as_str(), *t, serde_json::from_str(s.get()).unwrap()))
            .collect();
        assert_eq!(
            read,
            [
                ("hw.cpu", 10, json!({"cores": 8})),
                ("odd \"id\"", 30, json!([])),
                ("os.kernel", 20, json!({"release": "3.10.0"})),
            ]
        );
        assert_eq!(write(&BTreeMap::new()), None);
    }

    #[test]
    fn oldest_is_null_unless_a_section_is_older_than_the_last_report() {
        let entries = BTreeMap::from([("hw.cpu", (10, "{}")), ("os.kernel", (20, "{}"))]);
        assert_eq!(columns(&entries, 20).1, Val::Int(10));
        let fresh = BTreeMap::from([("hw.cpu", (20, "{}")), ("os.kernel", (20, "{}"))]);
        let (text, oldest) = columns(&fresh, 20);
        assert_eq!(
            text,
            Val::Text(r#"{"hw.cpu":[20,{}],"os.kernel":[20,{}]}"#.into())
        );
        assert_eq!(oldest, Val::Null);
        assert_eq!(columns(&BTreeMap::new(), 20), (Val::Null, Val::Null));
    }

    #[test]
    fn a_row_that_is_not_a_map_of_sections_names_its_host() {
        for bad in [
            "",
            "[]",
            r#"{"hw.cpu": {"cores": 8}}"#,
            r#"{"hw.cpu": [1, {]}"#,
        ] {
            let e = parse("1f0c", bad).unwrap_err().to_string();
            assert!(e.contains("the sections of host 1f0c"), "{bad}: {e}");
        }
    }
}
