//! Whether output may carry ANSI colour codes: only on a terminal, and
//! never when `NO_COLOR` is set to anything non-empty (no-color.org) or
//! `TERM=dumb`. Logs redirected to a file or a pipe (cron, systemd, a
//! test) stay plain text.

use std::io::IsTerminal;

/// The decision from its inputs: whether the stream is a terminal and the
/// values of `NO_COLOR` and `TERM`.
pub(crate) fn colour_allowed(
    is_terminal: bool,
    no_color: Option<&str>,
    term: Option<&str>,
) -> bool {
    is_terminal && no_color.is_none_or(str::is_empty) && term != Some("dumb")
}

/// Whether this process may colour what it writes to stderr (where cep's
/// log and warnings go).
pub(crate) fn colour_on_stderr() -> bool {
    let var = |k| std::env::var(k).ok();
    colour_allowed(
        std::io::stderr().is_terminal(),
        var("NO_COLOR").as_deref(),
        var("TERM").as_deref(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_terminal_without_no_color_gets_colour() {
        assert!(colour_allowed(true, None, Some("xterm-256color")));
        assert!(colour_allowed(true, Some(""), None));
        assert!(!colour_allowed(false, None, Some("xterm")));
        assert!(!colour_allowed(true, Some("1"), Some("xterm")));
        assert!(!colour_allowed(true, None, Some("dumb")));
    }
}
