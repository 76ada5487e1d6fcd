//! Where a started `cep-server` listens: it prints each address it serves
//! on a stdout line of its own (the public one first, then the admin
//! port's metrics URL when `--admin-listen` is given).

use std::io::BufRead;

/// The URL on the next line of `out`, without a trailing `/` or
/// `/metrics`; `what` names the line in the panic when there is none.
pub fn next_url(out: &mut impl BufRead, what: &str) -> String {
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    line.split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no {what} URL in {line:?}"))
        .trim_end_matches('/')
        .trim_end_matches("/metrics")
        .to_owned()
}
