//! The C ABI answers what the binary prints: every command of
//! `cep::command_names()` runs as `cep <command> --json` on one client
//! host and through `cep_agent_call` on its twin (the same fixture host,
//! cep.toml and steps, in another directory), and the documents are
//! equal. Masked before comparing: what the clock or a fresh id makes
//! differ (report and host ids and the host offset they give, times,
//! archive sizes and digests, durations, spool sequence numbers) and each
//! twin's own directory.

use std::ffi::{CStr, CString, c_char};
use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use super::host;

struct Twin {
    dir: tempfile::TempDir,
}

impl Twin {
    fn new() -> Twin {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("etc")).unwrap();
        std::fs::create_dir_all(dir.path().join("out")).unwrap();
        std::fs::write(
            dir.path().join("machine-id"),
            "00112233445566778899aabbccddeeff\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("etc/cep.toml"),
            format!(
                "machine_id_file = \"{}\"\n[scripts]\nschedule = \"off\"\n[transport]\ntype = \"file\"\npath = \"{}\"\nkeep = 20\n",
                dir.path().join("machine-id").display(),
                dir.path().join("out/r.tar.gz").display()
            ),
        )
        .unwrap();
        Twin { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// `cep <args> --json` on `twin`: its document, or its error message.
fn cli(twin: &Twin, args: &[&str]) -> Result<Value, String> {
    let o = Command::new(env!("CARGO_BIN_EXE_cep"))
        .arg("--sysconf-dir")
        .arg(twin.path().join("etc"))
        .arg("--state-dir")
        .arg(twin.path().join("state"))
        .args(args)
        .arg("--json")
        .env_remove("DO_NOT_TRACK")
        .env_remove("CEP_STATE_DIR")
        .env_remove("CEP_SYSCONF_DIR")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    if o.status.success() {
        Ok(serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {err}")))
    } else {
        let line = err.lines().find_map(|l| l.strip_prefix("cep: error: "));
        Err(line.unwrap_or_else(|| panic!("{args:?}: {err}")).to_owned())
    }
}

/// An agent of the C ABI on `twin`, collecting from `root` when given (as
/// the binary does for the commands that take `--root`).
struct Abi(*mut cep_ffi::cep_agent);

impl Abi {
    fn open(twin: &Twin, root: Option<&Path>) -> Abi {
        let mut options = json!({
            "sysconf_dir": twin.path().join("etc"),
            "state_dir": twin.path().join("state"),
        });
        if let Some(r) = root {
            options["root"] = json!(r);
        }
        let options = CString::new(options.to_string()).unwrap();
        let mut agent = std::ptr::null_mut();
        // SAFETY: a valid string and out-pointer.
        let rc = unsafe { cep_ffi::cep_agent_open(options.as_ptr(), &mut agent) };
        assert_eq!(rc, 0, "{}", last_error());
        Abi(agent)
    }

    /// The document, or the error message (without the function's name).
    fn call(&self, command: &str, args: &Value) -> Result<Value, String> {
        let command = CString::new(command).unwrap();
        let args = CString::new(args.to_string()).unwrap();
        let mut out: *mut c_char = std::ptr::null_mut();
        // SAFETY: an open agent, valid strings and out-pointer.
        let rc =
            unsafe { cep_ffi::cep_agent_call(self.0, command.as_ptr(), args.as_ptr(), &mut out) };
        let doc = (!out.is_null()).then(|| {
            // SAFETY: a string of cep_agent_call, freed once.
            let v = serde_json::from_slice(unsafe { CStr::from_ptr(out) }.to_bytes()).unwrap();
            // SAFETY: as above.
            unsafe { cep_ffi::cep_string_free(out) };
            v
        });
        // The binary exits 0 when reporting is off (CEP_DISABLED, 3).
        match (rc, doc) {
            (0 | 3, Some(doc)) => Ok(doc),
            _ => Err(last_error()
                .trim_start_matches("cep_agent_call: ")
                .to_owned()),
        }
    }
}

impl Drop for Abi {
    fn drop(&mut self) {
        // SAFETY: opened by Abi::open, closed once.
        unsafe { cep_ffi::cep_agent_close(self.0) };
    }
}

fn last_error() -> String {
    // SAFETY: never NULL; valid until the next call on this thread.
    unsafe { CStr::from_ptr(cep_ffi::cep_last_error()) }
        .to_string_lossy()
        .into_owned()
}

/// Masks what legitimately differs between the twins.
fn mask(v: &Value, dir: &Path) -> Value {
    use std::sync::LazyLock;
    static PATTERNS: LazyLock<Vec<(regex::Regex, &str)>> = LazyLock::new(|| {
        [
            (r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"),
            (r"\b[0-9a-f]{64}\b", "<sha256>"),
            (
                r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}| [A-Z]{3,5})?",
                "<time>",
            ),
            (r"\d{10,}", "<n>"),
            (r"\d+ ?ms\b", "<n> ms"),
        ]
        .into_iter()
        .map(|(p, r)| (regex::Regex::new(p).unwrap(), r))
        .collect()
    });
    match v {
        Value::String(s) => {
            let mut s = s.replace(&dir.display().to_string(), "<dir>");
            for (re, with) in PATTERNS.iter() {
                s = re.replace_all(&s, *with).into_owned();
            }
            Value::String(s)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| mask(x, dir)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| {
                    let x = match k.as_str() {
                        // The host offset follows from the host id.
                        "bytes" | "size" | "duration_ms" | "host_offset_minutes" => json!(0),
                        _ => mask(x, dir),
                    };
                    (k.clone(), x)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn every_command_answers_the_c_abi_what_the_binary_prints() {
    let fixture = host("vz7");
    let root = fixture.to_str().unwrap();
    let (a, b) = (Twin::new(), Twin::new());
    let (plain, rooted) = (Abi::open(&b, None), Abi::open(&b, Some(&fixture)));
    // (command, its options for the C ABI, the binary's arguments, whether
    // the binary takes --root)
    let steps: &[(&str, Value, &[&str], bool)] = &[
        ("status", json!(null), &[], false),
        ("id", json!(null), &[], false),
        ("list", json!(null), &["--root", root], true),
        ("inventory", json!(null), &[], false),
        ("schedule", json!(null), &[], false),
        ("show", json!(null), &["--root", root], true),
        (
            "send",
            json!({"dry_run": true}),
            &["--root", root, "--dry-run"],
            true,
        ),
        ("send", json!({}), &["--root", root], true),
        ("spool", json!(null), &[], false),
        ("ledger", json!(null), &[], false),
        ("flush", json!(null), &[], false),
        (
            "run",
            json!({"all": true}),
            &["--all", "--root", root],
            true,
        ),
        ("run", json!({"all": false}), &["--root", root], true),
        ("schedule", json!(null), &[], false),
        ("disable", json!(null), &[], false),
        ("send", json!(null), &["--root", root], true),
        ("flush", json!(null), &[], false),
        ("run", json!(null), &["--root", root], true),
        ("enable", json!(null), &[], false),
        ("ledger", json!(null), &[], false),
        ("forget", json!(null), &[], false),
        ("status", json!(null), &[], false),
        // No policy over FILE: nothing waits, and naming a field is an
        // error on both sides.
        ("accept", json!(null), &[], false),
        (
            "accept",
            json!({"fields": ["os.kernel.release"]}),
            &["os.kernel.release"],
            false,
        ),
        (
            "never-send",
            json!({"field": "nope.field"}),
            &["nope.field"],
            false,
        ),
        // Last: it edits cep.toml, which an open agent read before.
        (
            "never-send",
            json!({"field": "os.kernel.release"}),
            &["os.kernel.release"],
            false,
        ),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (command, options, extra, takes_root) in steps {
        let mut args = vec![*command];
        args.extend_from_slice(extra);
        let by_cli = cli(&a, &args).map(|d| mask(&d, a.path()));
        let agent = if *takes_root { &rooted } else { &plain };
        let by_abi = agent.call(command, options).map(|d| mask(&d, b.path()));
        let by_abi = by_abi.map_err(|e| e.replace(&b.path().display().to_string(), "<dir>"));
        let by_cli = by_cli.map_err(|e| e.replace(&a.path().display().to_string(), "<dir>"));
        assert_eq!(by_cli, by_abi, "{args:?}");
        seen.insert(*command);
    }
    let all: std::collections::BTreeSet<&str> = cep::command_names().collect();
    assert_eq!(seen, all, "every command is compared");
    // The twins did the same: one report each, then forgotten nowhere
    // (the FILE transport cannot forget: both refused alike).
    for twin in [&a, &b] {
        let ledger = std::fs::read_to_string(twin.path().join("state/ledger.jsonl")).unwrap();
        assert_eq!(ledger.lines().count(), 2, "{ledger}");
    }
    // never-send wrote the same setting into each twin's cep.toml.
    let [toml_a, toml_b] = [&a, &b].map(|t| {
        std::fs::read_to_string(t.path().join("etc/cep.toml"))
            .unwrap()
            .replace(&t.path().display().to_string(), "<dir>")
    });
    assert!(
        toml_a.contains("[collectors.\"os.kernel\"]\nnever_send = [\"release\"]"),
        "{toml_a}"
    );
    assert_eq!(toml_a, toml_b);
}
