//! Inline text as the templates show it: plain text, code spans and
//! links, each escaped by the template that shows it.

/// A piece of inline text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Plain text.
    Text(&'a str),
    /// Shown as code.
    Code(&'a str),
    /// An `https://` address, shown as a link to itself.
    Link(&'a str),
}

/// Links in text (`https://...` up to a space or `)`) as links.
pub fn links(text: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find("https://") {
        if pos > 0 {
            out.push(Inline::Text(&rest[..pos]));
        }
        let url_end = rest[pos..]
            .find(|c: char| c.is_whitespace() || c == ')')
            .map_or(rest.len(), |e| pos + e);
        out.push(Inline::Link(&rest[pos..url_end]));
        rest = &rest[url_end..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest));
    }
    out
}

/// Backquoted spans (`` `cep forget` ``) as code, the rest as text.
pub fn code_spans(text: &str) -> Vec<Inline<'_>> {
    text.split('`')
        .enumerate()
        .filter(|(i, part)| i % 2 == 1 || !part.is_empty())
        .map(|(i, part)| {
            if i % 2 == 1 {
                Inline::Code(part)
            } else {
                Inline::Text(part)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_code_spans_are_found() {
        assert_eq!(
            links("CC BY 4.0 (https://x.org/a)"),
            [
                Inline::Text("CC BY 4.0 ("),
                Inline::Link("https://x.org/a"),
                Inline::Text(")")
            ]
        );
        assert_eq!(links("none here"), [Inline::Text("none here")]);
        assert_eq!(
            code_spans("run `cep forget` now"),
            [
                Inline::Text("run "),
                Inline::Code("cep forget"),
                Inline::Text(" now")
            ]
        );
    }
}
