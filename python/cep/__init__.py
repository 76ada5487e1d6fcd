"""cep from Python: the cep Agent through libcep.so.0 (ctypes, no compiler).

    import cep
    agent = cep.Agent(state_dir="/tmp/cep-state")
    print(agent.call("id"))                    # this host's anonymous id
    print(agent.call("send", dry_run=True))    # what would be sent where

``Agent(**options)`` takes the options of ``cep_agent_open`` (``config``,
``sysconf_dir``, ``state_dir``, ``root``, ``client={"name": ..., "version":
...}``); ``agent.call(command, **args)`` returns the command's document as
``cep <command> --json`` prints it, parsed. A failure raises ``cep.Error``
with the library's code and message (``cep.Disabled`` when reporting is
off; its ``document`` says which source decided). The library is
``$CEP_LIBRARY`` when set, else, in a checkout of cep, the newer of
``target/release`` and ``target/debug``'s ``libcep.so.0`` (``cargo build -p
cep-ffi``), else ``libcep.so.0`` from the system.

Runs on Python 3.6 (EL7 hosts) and later.
"""

import ctypes
import json
import os
import threading

__all__ = ["Agent", "Error", "Disabled", "version", "OK", "ERR_USAGE", "ERR_CONFIG",
           "DISABLED", "ERR_CONTAINER", "ERR_TRANSPORT", "ERR_GUARD", "ERR_IO",
           "ERR_INTERNAL"]

# The return codes of cep.h (enum cep_code).
OK = 0
ERR_USAGE = 1
ERR_CONFIG = 2
DISABLED = 3
ERR_CONTAINER = 4
ERR_TRANSPORT = 5
ERR_GUARD = 6
ERR_IO = 7
ERR_INTERNAL = 8

_COLLECT_FN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)

# Callbacks handed to the library stay referenced for the life of the
# process: a collector that passed its deadline may still run after its
# Agent is closed.
_KEEP = []
_KEEP_LOCK = threading.Lock()

_lib = None
_lib_lock = threading.Lock()


class Error(Exception):
    """A failed call: ``code`` (one of the module's codes), ``message``
    (what failed and where) and, when the command ran, its ``document``."""

    def __init__(self, code, message, document=None):
        Exception.__init__(self, message)
        self.code = code
        self.message = message
        self.document = document


class Disabled(Error):
    """Reporting is off: nothing was collected, touched or sent."""


def _library_path():
    env = os.environ.get("CEP_LIBRARY")
    if env:
        return env
    # python/cep/__init__.py of a checkout: the library cargo built there.
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if os.path.exists(os.path.join(top, "cep-ffi", "Cargo.toml")):
        built = [os.path.join(top, "target", p, "libcep.so.0") for p in ("release", "debug")]
        built = [p for p in built if os.path.exists(p)]
        if built:
            return max(built, key=os.path.getmtime)
    return "libcep.so.0"


def _load():
    global _lib
    with _lib_lock:
        if _lib is not None:
            return _lib
        lib = ctypes.CDLL(_library_path())
        p = ctypes.c_void_p
        s = ctypes.c_char_p
        lib.cep_agent_open.argtypes = [s, ctypes.POINTER(p)]
        lib.cep_agent_open.restype = ctypes.c_int
        lib.cep_agent_call.argtypes = [p, s, s, ctypes.POINTER(p)]
        lib.cep_agent_call.restype = ctypes.c_int
        lib.cep_agent_add_collector.argtypes = [p, s, _COLLECT_FN, p]
        lib.cep_agent_add_collector.restype = ctypes.c_int
        lib.cep_section_set_json.argtypes = [p, s, ctypes.c_size_t]
        lib.cep_section_set_json.restype = ctypes.c_int
        lib.cep_section_set_error.argtypes = [p, s]
        lib.cep_section_set_error.restype = ctypes.c_int
        lib.cep_agent_close.argtypes = [p]
        lib.cep_agent_close.restype = None
        lib.cep_string_free.argtypes = [p]
        lib.cep_string_free.restype = None
        lib.cep_last_error.argtypes = []
        lib.cep_last_error.restype = s
        lib.cep_version.argtypes = []
        lib.cep_version.restype = s
        _lib = lib
        return lib


def _text(b):
    return b.decode("utf-8", "replace") if b is not None else ""


def version():
    """The library's version."""
    return _text(_load().cep_version())


def _error(lib, code, document=None):
    cls = Disabled if code == DISABLED else Error
    return cls(code, _text(lib.cep_last_error()), document)


class Agent(object):
    """An open cep Agent. Use it from any thread; close it (or use it as a
    context manager) when done."""

    def __init__(self, **options):
        self._lib = _load()
        handle = ctypes.c_void_p()
        text = json.dumps({k: v for k, v in options.items() if v is not None})
        code = self._lib.cep_agent_open(text.encode("utf-8"), ctypes.byref(handle))
        if code != OK:
            raise _error(self._lib, code)
        self._handle = handle

    def call(self, command, **args):
        """Runs ``command`` with its options (``dry_run=True`` for
        ``send``, ``all=True`` for ``run``, ``fields=["os.kernel.release"]``
        for ``accept``, ``field="os.kernel.release"`` for ``never-send``)
        and returns its document."""
        if self._handle is None:
            raise Error(ERR_USAGE, "the Agent is closed")
        out = ctypes.c_void_p()
        code = self._lib.cep_agent_call(
            self._handle, command.encode("utf-8"),
            json.dumps(args).encode("utf-8"), ctypes.byref(out))
        # The message belongs to this thread's last call: read it first.
        error = _error(self._lib, code) if code != OK else None
        document = None
        if out.value:
            try:
                document = json.loads(_text(ctypes.string_at(out.value)))
            finally:
                self._lib.cep_string_free(out)
        if error is not None:
            error.document = document
            raise error
        return document

    def add_collector(self, spec, collect):
        """Registers ``collect``, a callable returning its section as a
        dict, under ``spec`` (a dict or JSON text in the shape ``cep
        inventory --json`` shows: id, description, schedule, fields). It
        runs on one of cep's threads; an exception makes the collector's
        result ``error`` with its message, and the others still report."""
        if self._handle is None:
            raise Error(ERR_USAGE, "the Agent is closed")
        lib = self._lib

        def callback(_user_data, out):
            try:
                section = json.dumps(collect()).encode("utf-8")
            except Exception as e:  # noqa: BLE001 - any failure is the collector's
                lib.cep_section_set_error(out, ("%s: %s" % (type(e).__name__, e)).encode("utf-8"))
                return 1
            return lib.cep_section_set_json(out, section, len(section))

        fn = _COLLECT_FN(callback)
        text = spec if isinstance(spec, str) else json.dumps(spec)
        with _KEEP_LOCK:
            _KEEP.append(fn)
        code = lib.cep_agent_add_collector(self._handle, text.encode("utf-8"), fn, None)
        if code != OK:
            raise _error(lib, code)

    def close(self):
        """Closes the Agent; calls after this raise ``cep.Error``."""
        if getattr(self, "_handle", None) is not None:
            self._lib.cep_agent_close(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        self.close()
