//! The boundary: every bad input is a code and a message, never a crash;
//! a collector's callback that fails costs only its section; eight
//! threads on one agent do what cep.h promises.

use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::ptr::{null, null_mut};

use cep_ffi::cep_code::{self, *};
use cep_ffi::*;

use crate::support::{Client, Server, compile, fixture, run};

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

fn last_error() -> String {
    // SAFETY: never NULL, valid until the next call on this thread.
    unsafe { CStr::from_ptr(cep_last_error()) }
        .to_str()
        .unwrap()
        .to_owned()
}

fn code(rc: c_int) -> cep_code {
    [
        CEP_OK,
        CEP_ERR_USAGE,
        CEP_ERR_CONFIG,
        CEP_DISABLED,
        CEP_ERR_CONTAINER,
        CEP_ERR_TRANSPORT,
        CEP_ERR_GUARD,
        CEP_ERR_IO,
        CEP_ERR_INTERNAL,
    ]
    .into_iter()
    .find(|k| *k as c_int == rc)
    .unwrap_or_else(|| panic!("{rc} is no cep_code"))
}

struct Agent(*mut cep_agent);

// SAFETY: cep.h: cep_agent_call and cep_agent_add_collector may run on one
// agent from several threads at once (what these tests check).
unsafe impl Send for Agent {}
// SAFETY: as above.
unsafe impl Sync for Agent {}

impl Agent {
    fn open(options: &str) -> Agent {
        let mut a = null_mut();
        // SAFETY: valid string and out-pointer.
        let rc = unsafe { cep_agent_open(c(options).as_ptr(), &mut a) };
        assert_eq!(code(rc), CEP_OK, "{}", last_error());
        Agent(a)
    }

    /// The code and the document (when one came).
    fn call(&self, command: &str, args: Option<&str>) -> (cep_code, Option<serde_json::Value>) {
        let mut out: *mut c_char = null_mut();
        let args = args.map(c);
        // SAFETY: valid agent, strings and out-pointer.
        let rc = unsafe {
            cep_agent_call(
                self.0,
                c(command).as_ptr(),
                args.as_ref().map_or(null(), |a| a.as_ptr()),
                &mut out,
            )
        };
        let doc = (!out.is_null()).then(|| {
            // SAFETY: a string from cep_agent_call, freed once below.
            let v = serde_json::from_slice(unsafe { CStr::from_ptr(out) }.to_bytes()).unwrap();
            // SAFETY: as above.
            unsafe { cep_string_free(out) };
            v
        });
        (code(rc), doc)
    }

    fn ok(&self, command: &str, args: Option<&str>) -> serde_json::Value {
        let (rc, doc) = self.call(command, args);
        assert_eq!(rc, CEP_OK, "{command}: {}", last_error());
        doc.unwrap()
    }

    fn add(&self, spec: &str, f: cep_collect_fn, data: *mut c_void) -> cep_code {
        // SAFETY: valid agent and spec; f and data as cep_collect_fn says.
        code(unsafe { cep_agent_add_collector(self.0, c(spec).as_ptr(), f, data) })
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        // SAFETY: opened by Agent::open, closed once.
        unsafe { cep_agent_close(self.0) };
    }
}

fn spec(id: &str) -> String {
    serde_json::json!({
        "id": id,
        "description": "A collector of the tests",
        "fields": [
            {"field": "mode", "type": "string", "value": "enum: express, custom", "meaning": "Mode"},
            {"field": "steps", "type": "integer", "value": "count", "meaning": "Steps"},
            {"field": "note", "type": "string", "value": "free text", "meaning": "A log line"}
        ]
    })
    .to_string()
}

/// Writes the NUL-terminated JSON text `data` points to.
unsafe extern "C" fn write_json(data: *mut c_void, out: *mut cep_section) -> c_int {
    // SAFETY: the tests pass a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(data.cast()) }.to_bytes();
    // SAFETY: `out` is the section of this call; text is readable.
    unsafe { cep_section_set_json(out, text.as_ptr().cast(), text.len()) }
}

unsafe extern "C" fn write_nothing(_: *mut c_void, _: *mut cep_section) -> c_int {
    0
}

unsafe extern "C" fn fail_with_message(_: *mut c_void, out: *mut cep_section) -> c_int {
    // SAFETY: `out` is the section of this call.
    unsafe { cep_section_set_error(out, c"the install log is gone".as_ptr()) };
    2
}

unsafe extern "C" fn fail_plainly(_: *mut c_void, _: *mut cep_section) -> c_int {
    7
}

#[test]
fn null_pointers_are_usage_errors_naming_the_argument() {
    let client = Client::file();
    let agent = Agent::open(&client.options("vz7"));
    let mut a = null_mut();
    let mut out: *mut c_char = c"not touched".as_ptr().cast_mut();
    // SAFETY (all calls below): NULL where the tests say so, else valid.
    unsafe {
        assert_eq!(code(cep_agent_open(null(), null_mut())), CEP_ERR_USAGE);
        assert_eq!(last_error(), "cep_agent_open: `agent` is NULL");
        let cmd = c("status");
        assert_eq!(
            code(cep_agent_call(null_mut(), cmd.as_ptr(), null(), &mut out)),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_agent_call: `agent` is NULL");
        assert!(out.is_null(), "the result is set to NULL first");
        assert_eq!(
            code(cep_agent_call(agent.0, null(), null(), &mut out)),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_agent_call: `command` is NULL");
        assert_eq!(
            code(cep_agent_call(agent.0, cmd.as_ptr(), null(), null_mut())),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_agent_call: `result_json` is NULL");
        assert_eq!(
            code(cep_agent_add_collector(
                agent.0,
                null(),
                Some(write_nothing),
                null_mut()
            )),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_agent_add_collector: `spec_json` is NULL");
        let s = c(&spec("test.nofn"));
        assert_eq!(
            code(cep_agent_add_collector(
                agent.0,
                s.as_ptr(),
                None,
                null_mut()
            )),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_agent_add_collector: `collect` is NULL");
        assert_eq!(
            code(cep_agent_add_collector(
                null_mut(),
                s.as_ptr(),
                Some(write_nothing),
                null_mut()
            )),
            CEP_ERR_USAGE
        );
        assert_eq!(
            code(cep_section_set_json(null_mut(), c"{}".as_ptr(), 2)),
            CEP_ERR_USAGE
        );
        assert_eq!(last_error(), "cep_section_set_json: `out` is NULL");
        assert_eq!(
            code(cep_section_set_error(null_mut(), null())),
            CEP_ERR_USAGE
        );
        cep_agent_close(null_mut());
        cep_string_free(null_mut());
        // A successful call clears the message.
        assert_eq!(
            code(cep_agent_open(null(), &mut a)),
            CEP_OK,
            "{}",
            last_error()
        );
        assert_eq!(last_error(), "");
        cep_agent_close(a);
        assert_eq!(
            CStr::from_ptr(cep_version()).to_str().unwrap(),
            env!("CARGO_PKG_VERSION")
        );
    }
}

#[test]
fn bad_options_commands_and_specs_are_usage_errors_saying_what_and_where() {
    let client = Client::file();
    let mut a = null_mut();
    let cases = [
        (
            "{\"state_dir\": ",
            "cep_agent_open: invalid Agent options: EOF while parsing",
        ),
        ("{\"statedir\": \"/tmp\"}", "unknown field `statedir`"),
        (
            "{\"client\": {\"name\": 1}}",
            "invalid type: integer `1`, expected a string",
        ),
    ];
    for (options, expected) in cases {
        // SAFETY: valid string and out-pointer.
        let rc = unsafe { cep_agent_open(c(options).as_ptr(), &mut a) };
        assert_eq!(code(rc), CEP_ERR_USAGE, "{options}");
        assert!(a.is_null());
        assert!(
            last_error().contains(expected),
            "{options}: {}",
            last_error()
        );
    }
    let agent = Agent::open(&client.options("vz7"));
    let (rc, doc) = agent.call("shw", None);
    assert_eq!((rc, doc), (CEP_ERR_USAGE, None));
    assert!(
        last_error().starts_with(
            "cep_agent_call: unknown command `shw`; the commands are show, status, id,"
        ),
        "{}",
        last_error()
    );
    let (rc, _) = agent.call("send", Some("{\"dry_run\": "));
    assert_eq!(rc, CEP_ERR_USAGE);
    assert!(
        last_error().contains("the options of `send` are not JSON"),
        "{}",
        last_error()
    );
    assert_eq!(
        agent.call("run", Some("{\"everything\": true}")).0,
        CEP_ERR_USAGE
    );
    assert_eq!(
        last_error(),
        "cep_agent_call: `run` has no option `everything`: it takes all"
    );
    assert_eq!(
        agent.add(r#"{"id": "x"}"#, Some(write_nothing), null_mut()),
        CEP_ERR_USAGE
    );
    assert!(
        last_error().contains("missing field `description`"),
        "{}",
        last_error()
    );
    assert_eq!(
        agent.add(&spec("os.kernel"), Some(write_nothing), null_mut()),
        CEP_ERR_USAGE
    );
    assert!(
        last_error().contains("collector id `os.kernel` is registered twice"),
        "{}",
        last_error()
    );
    // A broken cep.toml is the configuration's code, naming the file.
    std::fs::write(client.path("etc/cep.toml"), "[transport]\ntype = 3\n").unwrap();
    // SAFETY: valid string and out-pointer.
    let rc = unsafe { cep_agent_open(c(&client.options("vz7")).as_ptr(), &mut a) };
    assert_eq!(code(rc), CEP_ERR_CONFIG);
    assert!(
        last_error().contains(&client.path("etc/cep.toml").display().to_string()),
        "{}",
        last_error()
    );
}

#[test]
fn a_failing_collector_costs_only_its_section_and_a_good_one_is_guarded() {
    static GOOD: &CStr =
        c"{\"mode\": \"custom\", \"steps\": 3, \"note\": \"mirror 10.20.30.40 was slow\"}";
    static NOT_JSON: &CStr = c"{\"mode\": \"custom\", ";
    static NOT_AN_OBJECT: &CStr = c"[1, 2]";
    static OFF_ITS_KINDS: &CStr = c"{\"mode\": \"turbo\", \"steps\": 1, \"note\": \"\"}";
    static UNDECLARED: &CStr = c"{\"mode\": \"custom\", \"serial\": \"X1\"}";
    let client = Client::file();
    let agent = Agent::open(&client.options("vz7"));
    let data = |s: &'static CStr| s.as_ptr().cast_mut().cast::<c_void>();
    for (id, f, d) in [
        (
            "test.good",
            Some(write_json as unsafe extern "C" fn(_, _) -> _),
            data(GOOD),
        ),
        ("test.not-json", Some(write_json), data(NOT_JSON)),
        ("test.not-object", Some(write_json), data(NOT_AN_OBJECT)),
        ("test.kinds", Some(write_json), data(OFF_ITS_KINDS)),
        ("test.undeclared", Some(write_json), data(UNDECLARED)),
        ("test.nothing", Some(write_nothing), null_mut()),
        ("test.message", Some(fail_with_message), null_mut()),
        ("test.code", Some(fail_plainly), null_mut()),
    ] {
        assert_eq!(agent.add(&spec(id), f, d), CEP_OK, "{id}: {}", last_error());
    }
    let listed = agent.ok("list", None);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "test.good" && r["schedule"] == "weekly mon 08:00")
    );
    let inventory = agent.ok("inventory", None);
    assert!(
        inventory
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["collector"] == "test.good"
                && r["field"] == "mode"
                && r["value"] == "enum: express, custom")
    );
    let show = agent.ok("show", None);
    let entry = |id: &str| {
        show["manifest"]["collectors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in {show}"))
            .clone()
    };
    assert_eq!(entry("test.good")["status"], "ok");
    assert_eq!(
        show["sections"]["test.good"]["note"],
        "mirror <ipv4> was slow"
    );
    assert_eq!(show["sections"]["test.good"]["steps"], 3);
    for (id, message) in [
        (
            "test.not-json",
            "cep_section_set_json: the section is not JSON: EOF while parsing",
        ),
        (
            "test.not-object",
            "cep_section_set_json: the section must be a JSON object, not a list",
        ),
        ("test.kinds", "field `mode`"),
        ("test.undeclared", "emitted undeclared fields: serial"),
        ("test.nothing", "returned 0 but wrote nothing"),
        ("test.message", "the install log is gone"),
        ("test.code", "the collector's callback returned 7"),
    ] {
        let e = entry(id);
        assert_eq!(e["status"], "error", "{id}: {e}");
        assert!(e["error"].as_str().unwrap().contains(message), "{id}: {e}");
        assert!(show["sections"].get(id).is_none(), "{id}");
    }
    // Every built-in collector still reported.
    assert_eq!(entry("os.kernel")["status"], "ok");
}

#[test]
fn consent_off_is_its_own_code_with_the_document() {
    let client = Client::file();
    let agent = Agent::open(&client.options("vz7"));
    agent.ok("disable", None);
    for command in ["send", "flush", "run"] {
        let (rc, doc) = agent.call(command, None);
        assert_eq!(rc, CEP_DISABLED, "{command}");
        let doc = doc.unwrap();
        assert_eq!(doc["outcome"], "disabled", "{command}: {doc}");
        assert!(
            last_error().contains("reporting is disabled by"),
            "{}",
            last_error()
        );
    }
    assert!(!client.path("state").exists(), "nothing was touched");
}

#[test]
fn the_last_error_is_per_thread() {
    let client = Client::file();
    let agent = Agent::open(&client.options("vz7"));
    assert_eq!(agent.call("nope", None).0, CEP_ERR_USAGE);
    std::thread::scope(|s| {
        s.spawn(|| {
            assert_eq!(last_error(), "");
            assert_eq!(agent.ok("id", None).as_str().unwrap().len(), 36);
        });
    });
    assert!(last_error().contains("unknown command `nope`"));
}

/// cep.h: calls may run on one agent from several threads at once, with
/// the locks `cep` processes take. Eight threads each send a report (and
/// read the status and id) against the real server: one host id, eight
/// reports delivered once each, the spool empty, the ledger a line each.
/// Then eight `run --all` at once: one run at a time, every other one
/// answers `already_running`, and each run that ran delivered its report.
#[test]
fn eight_threads_on_one_agent() {
    let server = Server::start();
    let client = Client::http(server.addr, "cep");
    let agent = Agent::open(&client.options("vz7"));
    let results: Vec<(serde_json::Value, String)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    let sent = agent.ok("send", None);
                    assert_eq!(agent.ok("status", None)["enabled"], true);
                    let id = agent.ok("id", None).as_str().unwrap().to_owned();
                    (sent, id)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let id = agent.ok("id", None);
    assert!(results.iter().all(|(_, i)| *i == id), "one host id");
    for (sent, _) in &results {
        assert_eq!(sent["outcome"], "sent", "{sent}");
    }
    let ledger = client.ledger();
    let mut ids: Vec<&str> = ledger
        .iter()
        .map(|e| e["report_id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 8, "{ledger:?}");
    assert_eq!(server.reports(), 8);
    assert_eq!(agent.ok("spool", None)["pending"], serde_json::json!([]));
    let runs: Vec<serde_json::Value> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| agent.ok("run", Some("{\"all\": true}"))))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let ran = runs.iter().filter(|r| r["outcome"] == "ran").count();
    let waited = runs
        .iter()
        .filter(|r| r["outcome"] == "already_running")
        .count();
    assert!(ran >= 1 && ran + waited == 8, "{runs:?}");
    assert_eq!(client.ledger().len(), 8 + ran);
    assert_eq!(server.reports(), 8 + ran as i64);
}

/// The same refusals from a C program: NULL pointers, options that are
/// not JSON, an unknown command, callbacks that write bad JSON or
/// nothing (tests/c/bad_input.c asserts each code and message).
#[test]
fn bad_input_from_c() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/bad_input.c");
    let Some(exe) = compile(&[src], false, &dir.path().join("bad_input")) else {
        return;
    };
    let client = Client::file();
    let o = run(&exe, &[&client.options("vz7")]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        out.lines().filter(|l| l.starts_with("ok ")).count(),
        9,
        "{out}"
    );
    assert!(fixture("vz7").exists());
}
