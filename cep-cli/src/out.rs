//! The one place cep prints through (the `out!`, `outln!` and `errln!`
//! macros): a reader that closes the pipe early (`cep inventory | head -1`)
//! ends cep quietly instead of a panic.

use std::io::Write;

/// Writes to stdout; a closed pipe ends the process quietly (exit 0), any
/// other write error ends it with a message (exit 1).
pub fn stdout(args: std::fmt::Arguments<'_>) {
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        stdout_failed(&e);
    }
}

/// [`stdout`] for bytes (a man page, completions).
pub fn stdout_bytes(bytes: &[u8]) {
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        stdout_failed(&e);
    }
}

/// Writes to stderr. An error there is dropped: there is nowhere left to
/// tell it, and the exit status still says how the command went.
pub fn stderr(args: std::fmt::Arguments<'_>) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

fn stdout_failed(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        // The reader has what it asked for (`cep status | head -2`). Exit 0,
        // as `head` users expect and `set -o pipefail` scripts need, rather
        // than 141 (death by SIGPIPE, as `ls` does): cep writes what it keeps
        // before it prints about it (a report is spooled before "spooled
        // report", a ledger line before "delivered"), so stopping at a print
        // loses nothing; an undelivered report waits in the spool.
        std::process::exit(0);
    }
    stderr(format_args!(
        "cep: error: cannot write to standard output: {e}\n"
    ));
    std::process::exit(1);
}
