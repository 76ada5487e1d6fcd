//! Every `cep` command by name: a command name and a JSON object of its
//! options in, the command's JSON document out. The `cep` binary's
//! `--json` output and the C ABI (`cep-ffi`, and the Python package over
//! it) both go through [`Agent::call`], so their documents cannot drift.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::agent::Agent;
use crate::error::{Error, Result};
use crate::run::{RunMode, RunOutcome};
use crate::send::{Flushed, Sent};
use crate::spec::json_type;

/// What a command called by name answered.
#[derive(Debug)]
pub struct Answer {
    /// The command's document: exactly what `cep <command> --json`
    /// prints.
    pub document: Value,
    /// How the command ended.
    pub end: End,
    /// Messages that are not part of the document (script directories
    /// that could not be read, a ledger line cut short); the `cep` binary
    /// prints them on stderr.
    pub notes: Vec<String>,
}

/// How a command called by name ended.
#[derive(Debug)]
pub enum End {
    /// It did what it was asked.
    Done,
    /// Reporting is off (`send`, `flush`, `run`): nothing was collected,
    /// touched or sent; the document says which source decided.
    Disabled(String),
    /// It ran and its document says what happened, but the result is a
    /// failure the `cep` binary exits 1 with: a delivery the
    /// configuration breaks, or reports the server rejected.
    Failed(Error),
}

impl Answer {
    /// The document as `cep <command> --json` prints it (pretty-printed,
    /// keys sorted), without the final newline.
    pub fn text(&self) -> String {
        serde_json::to_string_pretty(&self.document).unwrap_or_default()
    }
}

/// The JSON type of a command's option.
#[derive(Clone, Copy)]
enum Kind {
    /// `true` or `false`; absent is false.
    Flag,
    /// A string.
    Text,
    /// A list of strings; absent is empty.
    Texts,
}

/// A command's options, checked against those it takes.
struct Options<'a> {
    command: &'a str,
    map: &'a Map<String, Value>,
}

impl Options<'_> {
    /// A boolean option; absent is false.
    fn flag(&self, key: &str) -> bool {
        self.map.get(key).and_then(Value::as_bool).unwrap_or(false)
    }

    /// A string option the command cannot do without.
    fn text(&self, key: &str) -> Result<&str> {
        self.map
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| Error::Usage(format!("`{}` needs the option `{key}`", self.command)))
    }

    /// A list-of-strings option; absent is empty.
    fn texts(&self, key: &str) -> Vec<String> {
        self.map
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

type Handler = fn(&Agent, &Options<'_>) -> Result<Answer>;

/// The options a command takes: name and JSON type.
type Takes = &'static [(&'static str, Kind)];

/// The commands: name, the options it takes, the call. Adding a command
/// is one line here.
const COMMANDS: &[(&str, Takes, Handler)] = &[
    ("show", &[], |a, _| done(&a.preview()?)),
    ("status", &[], |a, _| done(&a.status()?)),
    ("id", &[], |a, _| done(&a.host_id()?)),
    ("list", &[], |a, _| list(a)),
    ("inventory", &[], |a, _| done(&a.inventory())),
    ("schedule", &[], |a, _| done(&a.schedule()?)),
    ("send", &[("dry_run", Kind::Flag)], |a, o| {
        sent(a.send(o.flag("dry_run"))?)
    }),
    ("flush", &[], |a, _| flushed(a.flush()?)),
    ("run", &[("all", Kind::Flag)], |a, o| {
        ran(a.run(run_mode(o))?)
    }),
    ("enable", &[], |a, _| done(&a.enable()?)),
    ("disable", &[], |a, _| done(&a.disable()?)),
    ("forget", &[], |a, _| done(&a.forget()?)),
    ("ledger", &[], |a, _| ledger(a)),
    ("spool", &[], |a, _| done(&a.spool_status()?)),
    ("accept", &[("fields", Kind::Texts)], |a, o| {
        done(&a.accept(&o.texts("fields"))?)
    }),
    ("never-send", &[("field", Kind::Text)], |a, o| {
        done(&a.never_send(o.text("field")?)?)
    }),
];

/// The names of the commands [`Agent::call`] takes, in the order of
/// `cep --help`'s groups.
///
/// ```
/// assert!(cep::command_names().any(|n| n == "send"));
/// ```
pub fn command_names() -> impl Iterator<Item = &'static str> {
    COMMANDS.iter().map(|(name, _, _)| *name)
}

fn run_mode(o: &Options<'_>) -> RunMode {
    if o.flag("all") {
        RunMode::All
    } else {
        RunMode::Due
    }
}

fn document(v: &impl Serialize) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Internal(format!("cannot write a document: {e}")))
}

fn answer(v: &impl Serialize, end: End) -> Result<Answer> {
    Ok(Answer {
        document: document(v)?,
        end,
        notes: Vec::new(),
    })
}

fn done(v: &impl Serialize) -> Result<Answer> {
    answer(v, End::Done)
}

/// Ended by the failure a delivery amounts to, if any.
fn failed_or_done(failure: Option<Error>) -> End {
    failure.map_or(End::Done, End::Failed)
}

fn sent(s: Sent) -> Result<Answer> {
    let end = match &s {
        Sent::Disabled { reason } => End::Disabled(reason.clone()),
        Sent::DryRun { .. } => End::Done,
        Sent::Sent { delivery, .. } => failed_or_done(delivery.failure()),
    };
    answer(&s, end)
}

fn flushed(f: Flushed) -> Result<Answer> {
    let end = match &f {
        Flushed::Disabled { reason } => End::Disabled(reason.clone()),
        Flushed::Delivered(d) => failed_or_done(d.failure()),
    };
    answer(&f, end)
}

fn ran(r: RunOutcome) -> Result<Answer> {
    let end = match &r {
        RunOutcome::Disabled { reason } => End::Disabled(reason.clone()),
        other => failed_or_done(other.failure()),
    };
    answer(&r, end)
}

fn list(a: &Agent) -> Result<Answer> {
    let l = a.list()?;
    let mut out = done(&l)?;
    out.notes = l.notes;
    Ok(out)
}

fn ledger(a: &Agent) -> Result<Answer> {
    let l = a.ledger()?;
    let mut out = done(&l)?;
    out.notes = l.notes();
    Ok(out)
}

/// Checks `options` against what `command` takes: `null` or an object
/// whose keys the command knows, each of its type.
fn check<'a>(command: &'a str, takes: &[(&str, Kind)], options: &'a Value) -> Result<Options<'a>> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    let map = match options {
        Value::Null => EMPTY.get_or_init(Map::new),
        Value::Object(m) => m,
        other => {
            return Err(Error::Usage(format!(
                "the options of `{command}` must be a JSON object, not {}",
                json_type(other)
            )));
        }
    };
    for (key, value) in map {
        let Some((_, kind)) = takes.iter().find(|(name, _)| name == key) else {
            let accepted = if takes.is_empty() {
                "it takes none".to_owned()
            } else {
                let names: Vec<&str> = takes.iter().map(|(name, _)| *name).collect();
                format!("it takes {}", names.join(", "))
            };
            return Err(Error::Usage(format!(
                "`{command}` has no option `{key}`: {accepted}"
            )));
        };
        let (fits, wanted) = match kind {
            Kind::Flag => (value.is_boolean(), "true or false"),
            Kind::Text => (value.is_string(), "a string"),
            Kind::Texts => (
                value
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_string)),
                "a list of strings",
            ),
        };
        if !fits {
            return Err(Error::Usage(format!(
                "option `{key}` of `{command}` must be {wanted}, not {}",
                json_type(value)
            )));
        }
    }
    Ok(Options { command, map })
}

impl Agent {
    /// Runs the `cep` command `command` with `options` (a JSON object of
    /// its switches and arguments, `{"dry_run": true}` for `send`,
    /// `{"all": true}` for `run`, `{"fields": ["os.kernel.release"]}` for
    /// `accept`, `{"field": "os.kernel.release"}` for `never-send`; `null`
    /// for none) and answers its JSON document, exactly
    /// what `cep <command> --json` prints. The commands are those of
    /// [`command_names`]; every guarantee of the method behind each holds.
    ///
    /// An unknown command or option is [`Error::Usage`]. A command that
    /// ran answers `Ok` even when reporting is off ([`End::Disabled`]) or
    /// its delivery failed ([`End::Failed`]): the document says what
    /// happened either way.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let id = agent.call("id", &serde_json::Value::Null)?;
    /// assert_eq!(id.document, serde_json::json!(agent.host_id()?.to_string()));
    /// let dry = agent.call("send", &serde_json::json!({"dry_run": true}))?;
    /// assert_eq!(dry.document["outcome"], "dry_run");
    /// let e = agent.call("send", &serde_json::json!({"dry-run": true})).unwrap_err();
    /// assert_eq!(e.to_string(), "`send` has no option `dry-run`: it takes dry_run");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn call(&self, command: &str, options: &Value) -> Result<Answer> {
        let Some((_, takes, handler)) = COMMANDS.iter().find(|(name, _, _)| *name == command)
        else {
            return Err(Error::Usage(format!(
                "unknown command `{command}`; the commands are {}",
                command_names().collect::<Vec<_>>().join(", ")
            )));
        };
        let options = check(command, takes, options)?;
        handler(self, &options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_checked_against_the_command() {
        let bad = [
            ("send", serde_json::json!([true]), "must be a JSON object"),
            (
                "send",
                serde_json::json!({"dry_run": 1}),
                "must be true or false",
            ),
            ("id", serde_json::json!({"all": true}), "it takes none"),
            (
                "accept",
                serde_json::json!({"fields": "os.kernel.release"}),
                "must be a list of strings, not a string",
            ),
            (
                "never-send",
                serde_json::json!({"field": ["os.kernel.release"]}),
                "must be a string, not a list",
            ),
        ];
        for (cmd, opts, expected) in bad {
            let takes = COMMANDS.iter().find(|c| c.0 == cmd).unwrap().1;
            let e = check(cmd, takes, &opts).err().unwrap();
            assert!(e.to_string().contains(expected), "{e}");
            assert_eq!(e.kind(), crate::ErrorKind::Usage);
        }
        let send = &[("dry_run", Kind::Flag)];
        let ok = serde_json::json!({"dry_run": true});
        assert!(check("send", send, &ok).unwrap().flag("dry_run"));
        assert!(!check("send", send, &Value::Null).unwrap().flag("dry_run"));
        let accept = &[("fields", Kind::Texts)];
        let ok = serde_json::json!({"fields": ["os.kernel", "os.kernel.release"]});
        let o = check("accept", accept, &ok).unwrap();
        assert_eq!(o.texts("fields"), ["os.kernel", "os.kernel.release"]);
        assert!(
            check("accept", accept, &Value::Null)
                .unwrap()
                .texts("fields")
                .is_empty()
        );
        let never = &[("field", Kind::Text)];
        let o = check("never-send", never, &Value::Null).unwrap();
        let e = o.text("field").unwrap_err();
        assert_eq!(e.to_string(), "`never-send` needs the option `field`");
        assert_eq!(e.kind(), crate::ErrorKind::Usage);
    }

    #[test]
    fn every_command_name_is_once_in_the_table() {
        let mut names: Vec<&str> = command_names().collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n);
        assert_eq!(n, 16);
    }
}
