//! The cep Agent from C, C++ and Python: `libcep.so.0` (and `libcep.a`),
//! declared in `include/cep.h`, which is generated from this file.
//!
//! The interface mirrors the `cep` command: a command name and its options
//! as JSON in, exactly the JSON document `cep <command> --json` prints out
//! (both go through `cep::Agent::call`). A collector written in C registers
//! a spec in the shape `cep inventory --json` shows and a callback that
//! writes its section as JSON. Every guarantee of the command holds:
//! consent, no report inside a container, the privacy guard, spool before
//! send, the ledger.
//!
//! Rules of the boundary:
//! - every function returns a `cep_code` (as `int`) and never unwinds: a
//!   panic is caught and becomes `CEP_ERR_INTERNAL`;
//! - a NULL pointer where a value is needed, text that is not UTF-8 or
//!   not JSON is `CEP_ERR_USAGE`, never a crash;
//! - the message of a failed call is in `cep_last_error()`, per thread;
//! - strings the library returns are freed with `cep_string_free`.
//!
//! Threads: `cep_agent_call` and `cep_agent_add_collector` may run on one
//! agent from several threads at once; `cep_agent_close` may not overlap
//! any other call on that agent.
#![deny(missing_docs)]
#![allow(non_camel_case_types)]

use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, Once, RwLock};

use cep::core::{CollectError, Collector, Field, Host, Schedule, Section};
use cep::{Agent, AgentOptions, CollectorSpec, End, Error, ErrorKind};
use serde_json::Value;

/// What a call of the library returned. `CEP_OK` is 0; every other code
/// comes with a message in `cep_last_error()`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum cep_code {
    /// Done.
    CEP_OK = 0,
    /// A NULL argument, text that is not UTF-8 or JSON, an unknown command,
    /// option or key, a collector id taken twice.
    CEP_ERR_USAGE = 1,
    /// The configuration (cep.toml, a collector id in it, a transport that
    /// cannot be set up as configured).
    CEP_ERR_CONFIG = 2,
    /// Refused by consent: reporting is off, so nothing was collected,
    /// touched or sent (`send`, `flush`, `run`). `*result_json` still holds
    /// the command's document, which names the source that decided.
    CEP_DISABLED = 3,
    /// Running inside an OpenVZ / Virtuozzo container: nothing was done.
    CEP_ERR_CONTAINER = 4,
    /// Delivery: the server rejected reports, or cannot be reached as
    /// configured. From `send`, `flush` and `run`, `*result_json` still
    /// holds the command's document (the reports stay in the spool).
    CEP_ERR_TRANSPORT = 5,
    /// The privacy guard stopped the report.
    CEP_ERR_GUARD = 6,
    /// Reading or writing a file of the host or the state directory.
    CEP_ERR_IO = 7,
    /// A bug in cep (a panic caught at the boundary).
    CEP_ERR_INTERNAL = 8,
}

use cep_code::*;

/// The one mapping from the Agent's errors to return codes.
fn code_of(kind: ErrorKind) -> cep_code {
    match kind {
        ErrorKind::Usage => CEP_ERR_USAGE,
        ErrorKind::Config => CEP_ERR_CONFIG,
        ErrorKind::InContainer => CEP_ERR_CONTAINER,
        ErrorKind::Transport => CEP_ERR_TRANSPORT,
        ErrorKind::Guard => CEP_ERR_GUARD,
        ErrorKind::Io => CEP_ERR_IO,
        _ => CEP_ERR_INTERNAL,
    }
}

/// A failed call: its code and message.
struct Failure {
    code: cep_code,
    message: String,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure {
            code: code_of(e.kind()),
            message: e.to_string(),
        }
    }
}

fn usage(message: String) -> Failure {
    Failure {
        code: CEP_ERR_USAGE,
        message,
    }
}

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

fn set_last_error(message: &str) {
    let c = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
    LAST_ERROR.with(|e| *e.borrow_mut() = c);
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic")
}

/// Runs the body of an exported function: clears the last error, catches
/// any panic, and turns a failure into its code and message.
fn boundary(function: &str, body: impl FnOnce() -> Result<cep_code, Failure>) -> c_int {
    set_last_error("");
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(code)) => return code as c_int,
        Ok(Err(f)) => f,
        Err(panic) => Failure {
            code: CEP_ERR_INTERNAL,
            message: format!(
                "internal error: {}; please report this bug",
                panic_text(panic.as_ref())
            ),
        },
    };
    set_last_error(&format!("{function}: {}", failure.message));
    failure.code as c_int
}

/// A required C string argument.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
unsafe fn text<'a>(p: *const c_char, name: &str) -> Result<&'a str, Failure> {
    if p.is_null() {
        return Err(usage(format!("`{name}` is NULL")));
    }
    // SAFETY: not NULL, and the caller promises a NUL-terminated string.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|e| usage(format!("`{name}` is not UTF-8: {e}")))
}

/// An optional C string argument (NULL: none).
///
/// # Safety
/// As [`text`].
unsafe fn optional_text<'a>(p: *const c_char, name: &str) -> Result<Option<&'a str>, Failure> {
    if p.is_null() {
        Ok(None)
    } else {
        // SAFETY: the caller's promise, passed on.
        unsafe { text(p, name) }.map(Some)
    }
}

/// A required out-pointer, set to NULL before anything else happens.
///
/// # Safety
/// `p` is NULL or valid for writes.
unsafe fn out<'a, T>(p: *mut *mut T, name: &str) -> Result<&'a mut *mut T, Failure> {
    // SAFETY: the caller promises that a non-NULL pointer is writable.
    match unsafe { p.as_mut() } {
        Some(slot) => {
            *slot = std::ptr::null_mut();
            Ok(slot)
        }
        None => Err(usage(format!("`{name}` is NULL"))),
    }
}

/// An open Agent (opaque): made by `cep_agent_open`, closed by
/// `cep_agent_close`.
// It keeps its options, the collectors registered on it, and the Agent
// built from both (built again when a collector is added; calls already
// running keep the one they started with).
pub struct cep_agent {
    options: AgentOptions,
    collectors: Mutex<Vec<Arc<CCollector>>>,
    agent: RwLock<Arc<Agent>>,
}

impl cep_agent {
    fn build(options: &AgentOptions, collectors: &[Arc<CCollector>]) -> Result<Agent, Error> {
        collectors
            .iter()
            .fold(options.builder(), |b, c| b.collector(Arc::clone(c)))
            .build()
    }

    fn current(&self) -> Arc<Agent> {
        Arc::clone(&self.agent.read().unwrap_or_else(|e| e.into_inner()))
    }
}

/// Where a collector's callback writes its section (opaque; valid only
/// during the callback).
pub struct cep_section {
    /// The last section written, or why it was refused.
    json: Option<Result<Section, String>>,
}

/// A collector's callback: fills `out` with `cep_section_set_json` and
/// returns 0. When it fails it returns any other value, or says why with
/// `cep_section_set_error`: the collector's result is then `error`, and
/// the other collectors still report.
///
/// It runs on a thread of the collector runner, not the thread that
/// called `cep_agent_call`, at most once per report, while the agent's
/// other collectors run on theirs: `user_data` must be usable from that
/// thread, and stay valid until `cep_agent_close` returns (a callback that
/// passes its collector's deadline is abandoned but runs on, so it must
/// not use anything freed after close). `out` is valid only during the
/// call. The callback must not unwind (no C++ exception, no longjmp) out
/// of itself.
pub type cep_collect_fn =
    Option<unsafe extern "C" fn(user_data: *mut c_void, out: *mut cep_section) -> c_int>;

/// The caller's `user_data`, which the header requires to be usable from
/// the runner's threads.
struct UserData(*mut c_void);
// SAFETY: cep_agent_add_collector's contract: user_data may be used from
// any thread.
unsafe impl Send for UserData {}
// SAFETY: as above.
unsafe impl Sync for UserData {}

/// A collector written in C: the spec's id, fields and schedule, and a
/// callback that writes the section.
struct CCollector {
    spec: CollectorSpec,
    callback: unsafe extern "C" fn(*mut c_void, *mut cep_section) -> c_int,
    user_data: UserData,
}

impl Collector for CCollector {
    fn id(&self) -> &str {
        &self.spec.id
    }

    fn describe(&self) -> &str {
        &self.spec.description
    }

    fn fields(&self) -> Vec<Field> {
        self.spec.fields()
    }

    fn schedule(&self) -> Schedule {
        self.spec.schedule
    }

    fn timeout(&self) -> Option<std::time::Duration> {
        self.spec.timeout
    }

    fn collect(&self, _host: &Host) -> Result<Section, CollectError> {
        let mut section = cep_section { json: None };
        // SAFETY: the callback and user_data come from
        // cep_agent_add_collector, whose contract makes them callable from
        // this thread; `section` outlives the call.
        let rc = unsafe { (self.callback)(self.user_data.0, &mut section) };
        match (rc, section.json) {
            (_, Some(Err(why))) => Err(CollectError::Other(why)),
            (0, Some(Ok(s))) => Ok(s),
            (0, None) => Err(CollectError::Other(
                "the collector's callback returned 0 but wrote nothing; call cep_section_set_json before returning".into(),
            )),
            (rc, _) => Err(CollectError::Other(format!(
                "the collector's callback returned {rc}"
            ))),
        }
    }
}

static SILENCE_COLLECTOR_PANICS: Once = Once::new();

/// Opens an Agent. `options_json` is NULL or a JSON object with any of
/// `"config"` (cep.toml), `"sysconf_dir"`, `"state_dir"`, `"root"` (a
/// fixture host directory), `"client": {"name": ..., "version": ...}`;
/// the defaults are the `cep` command's (`CEP_SYSCONF_DIR` else `/etc/vz`,
/// `CEP_STATE_DIR` else the configuration's state directory). The
/// configuration is read now: a broken one is `CEP_ERR_CONFIG`, naming
/// the file and key. On success `*agent` is the new agent, to be closed
/// with `cep_agent_close`; on failure it is NULL.
///
/// # Safety
/// `options_json` is NULL or a NUL-terminated string; `agent` is NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_agent_open(
    options_json: *const c_char,
    agent: *mut *mut cep_agent,
) -> c_int {
    boundary("cep_agent_open", || {
        // SAFETY: the caller's promises.
        let slot = unsafe { out(agent, "agent") }?;
        // SAFETY: as above.
        let options = match unsafe { optional_text(options_json, "options_json") }? {
            Some(t) => AgentOptions::from_json(t)?,
            None => AgentOptions::default(),
        };
        // Collector panics go to the manifest, not to stderr (the
        // runner's threads are marked); every other panic as before.
        SILENCE_COLLECTOR_PANICS.call_once(cep::core::runner::silence_collector_panics);
        let built = cep_agent::build(&options, &[])?;
        *slot = Box::into_raw(Box::new(cep_agent {
            options,
            collectors: Mutex::new(Vec::new()),
            agent: RwLock::new(Arc::new(built)),
        }));
        Ok(CEP_OK)
    })
}

/// Runs `command` (`show`, `status`, `id`, `list`, `inventory`,
/// `schedule`, `send`, `flush`, `run`, `enable`, `disable`, `forget`,
/// `ledger`, `spool`, `accept`, `never-send`) with `args_json` (NULL, or a
/// JSON object of its options: `{"dry_run": true}` for `send`,
/// `{"all": true}` for `run`, `{"fields": ["os.kernel.release"]}` for
/// `accept`, `{"field": "os.kernel.release"}` for `never-send`).
/// `*result_json` is the command's document, exactly what
/// `cep <command> --json` prints, to be freed with `cep_string_free`; it
/// is NULL when the call failed before the command ran.
///
/// `CEP_DISABLED` (reporting is off) and `CEP_ERR_TRANSPORT` from `send`,
/// `flush` and `run` come with the document, which says what happened.
/// May run from several threads at once on one agent: the commands take
/// the same locks as `cep` processes do (one run at a time, one process
/// delivering the spool, which delivers what the others spooled).
///
/// # Safety
/// `agent` is NULL or an open agent; `command` and `args_json` are NULL or
/// NUL-terminated strings; `result_json` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_agent_call(
    agent: *mut cep_agent,
    command: *const c_char,
    args_json: *const c_char,
    result_json: *mut *mut c_char,
) -> c_int {
    boundary("cep_agent_call", || {
        // SAFETY: the caller's promises, for every pointer.
        let slot = unsafe { out(result_json, "result_json") }?;
        // SAFETY: as above.
        let handle = unsafe { agent.as_ref() }.ok_or_else(|| usage("`agent` is NULL".into()))?;
        // SAFETY: as above.
        let command = unsafe { text(command, "command") }?;
        // SAFETY: as above.
        let options = match unsafe { optional_text(args_json, "args_json") }? {
            Some(t) => serde_json::from_str(t)
                .map_err(|e| usage(format!("the options of `{command}` are not JSON: {e}")))?,
            None => Value::Null,
        };
        let answer = handle.current().call(command, &options)?;
        let document = CString::new(answer.text()).map_err(|e| Failure {
            code: CEP_ERR_INTERNAL,
            message: format!("the document of `{command}` holds a NUL byte: {e}"),
        })?;
        *slot = document.into_raw();
        match answer.end {
            End::Done => Ok(CEP_OK),
            End::Disabled(reason) => Err(Failure {
                code: CEP_DISABLED,
                message: format!("`{command}`: nothing collected or sent: {reason}"),
            }),
            End::Failed(e) => Err(e.into()),
        }
    })
}

/// Registers a collector written in C or C++. `spec_json` describes it as
/// `cep inventory --json` shows collectors: `{"id": "vzctl.usage",
/// "description": "...", "schedule": "weekly mon 08:00", "timeout": "30s",
/// "fields": [{"field": "creates", "type": "integer", "value": "count",
/// "meaning": "...", "example": "3"}, ...]}` (`schedule`, `timeout`,
/// `value`, `meaning` and `example` optional). From then on it is listed,
/// inventoried, scheduled, run, checked against its fields' kinds and
/// guarded like a built-in collector; a call already running goes on
/// without it. `collect` fills its section (see `cep_collect_fn`) with
/// `user_data` as its first argument. A bad spec or an id already taken
/// is `CEP_ERR_USAGE`, naming the key or field.
///
/// # Safety
/// `agent` is NULL or an open agent; `spec_json` is NULL or a
/// NUL-terminated string; `collect` is NULL or a function as
/// `cep_collect_fn` describes, and `user_data` what it expects, usable from
/// any thread until `cep_agent_close` returns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_agent_add_collector(
    agent: *mut cep_agent,
    spec_json: *const c_char,
    collect: cep_collect_fn,
    user_data: *mut c_void,
) -> c_int {
    boundary("cep_agent_add_collector", || {
        // SAFETY: the caller's promises.
        let handle = unsafe { agent.as_ref() }.ok_or_else(|| usage("`agent` is NULL".into()))?;
        // SAFETY: as above.
        let spec = CollectorSpec::from_json(unsafe { text(spec_json, "spec_json") }?)?;
        let callback = collect.ok_or_else(|| usage("`collect` is NULL".into()))?;
        let mut collectors = handle.collectors.lock().unwrap_or_else(|e| e.into_inner());
        collectors.push(Arc::new(CCollector {
            spec,
            callback,
            user_data: UserData(user_data),
        }));
        match cep_agent::build(&handle.options, &collectors) {
            Ok(agent) => {
                *handle.agent.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(agent);
                Ok(CEP_OK)
            }
            Err(e) => {
                collectors.pop();
                Err(e.into())
            }
        }
    })
}

/// Sets the section a collector's callback produces: `len` bytes of JSON
/// at `json` (no NUL needed), a JSON object whose keys are the spec's
/// fields. cep copies it; a later call (or `cep_section_set_error`)
/// replaces it. Text that is not a
/// JSON object is `CEP_ERR_USAGE`, and the collector's result is `error`
/// with that message unless a later call sets a valid section.
///
/// # Safety
/// `out` is NULL or the section passed to the running callback; `json` is
/// NULL or readable for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_section_set_json(
    out: *mut cep_section,
    json: *const c_char,
    len: usize,
) -> c_int {
    boundary("cep_section_set_json", || {
        // SAFETY: the caller's promise: NULL or the callback's section.
        let section = unsafe { out.as_mut() }.ok_or_else(|| usage("`out` is NULL".into()))?;
        if json.is_null() {
            let why = "`json` is NULL".to_owned();
            section.json = Some(Err(format!("cep_section_set_json: {why}")));
            return Err(usage(why));
        }
        // SAFETY: not NULL, and readable for `len` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(json.cast::<u8>(), len) };
        match CollectorSpec::section_from_json(bytes) {
            Ok(s) => {
                section.json = Some(Ok(s));
                Ok(CEP_OK)
            }
            Err(why) => {
                section.json = Some(Err(format!("cep_section_set_json: {why}")));
                Err(usage(why))
            }
        }
    })
}

/// Makes the collector's result `error` with `message` (scrubbed like
/// every message in a report): the callback then returns non-zero, or 0
/// and this message stands. A later `cep_section_set_json` replaces it.
///
/// # Safety
/// `out` is NULL or the section passed to the running callback; `message`
/// is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_section_set_error(
    out: *mut cep_section,
    message: *const c_char,
) -> c_int {
    boundary("cep_section_set_error", || {
        // SAFETY: the caller's promise: NULL or the callback's section.
        let section = unsafe { out.as_mut() }.ok_or_else(|| usage("`out` is NULL".into()))?;
        // SAFETY: as above.
        let message = unsafe { text(message, "message") }?;
        section.json = Some(Err(message.to_owned()));
        Ok(CEP_OK)
    })
}

/// Closes an agent opened with `cep_agent_open` (NULL: nothing). No other
/// call on that agent may run or start meanwhile.
///
/// # Safety
/// `agent` is NULL or an open agent, not used again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_agent_close(agent: *mut cep_agent) {
    if agent.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: made by Box::into_raw in cep_agent_open, closed once.
        drop(unsafe { Box::from_raw(agent) });
    }));
}

/// Frees a string the library returned (NULL: nothing).
///
/// # Safety
/// `s` is NULL or a string from `cep_agent_call`, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cep_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: made by CString::into_raw in cep_agent_call, freed once.
        drop(unsafe { CString::from_raw(s) });
    }));
}

/// The message of the last call on this thread that failed: what failed
/// and where (the function, the command, the file or key); "" when the
/// last call succeeded. Owned by the library, valid until the next call
/// on this thread; never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn cep_last_error() -> *const c_char {
    static EMPTY: &CStr = c"";
    catch_unwind(|| LAST_ERROR.with(|e| e.borrow().as_ptr())).unwrap_or(EMPTY.as_ptr())
}

/// The library's version (`0.1.0`); static, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn cep_version() -> *const c_char {
    const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}
