//! The detectors: one multi-pattern automaton over a section, with a small
//! check of each candidate's surroundings (Rust's regex has no look-around).

use std::borrow::Cow;
use std::net::Ipv6Addr;

use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

use crate::Secrets;

/// What a detector finds; each has its placeholder in scrubbed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Detector {
    /// IPv4 address, dotted (`10.0.0.1`) or dashed inside a name (`ip-10-0-0-1`).
    Ipv4,
    /// IPv6 address in any textual form, with an optional zone id.
    Ipv6,
    /// MAC address (colons, dashes, Cisco dots, bare), InfiniBand hardware
    /// address or GUID.
    Mac,
    /// The host's own name, its domain, container host names and names.
    Host,
    /// E-mail address.
    Email,
    /// A login name of a person (uid ≥ 1000 in /etc/passwd).
    User,
    /// UUID, GUID or a long hexadecimal id.
    Uuid,
    /// A DMI serial number of this machine.
    Serial,
    /// The user information (`user:password`) of a URL.
    Credentials,
    /// An entry of the administrator's `[privacy] never_send` list.
    Private,
}

impl Detector {
    /// Every detector.
    pub const ALL: [Detector; 10] = [
        Detector::Ipv4,
        Detector::Ipv6,
        Detector::Mac,
        Detector::Host,
        Detector::Email,
        Detector::User,
        Detector::Uuid,
        Detector::Serial,
        Detector::Credentials,
        Detector::Private,
    ];

    /// Lowercase name (`ipv4`).
    pub fn name(self) -> &'static str {
        match self {
            Detector::Ipv4 => "ipv4",
            Detector::Ipv6 => "ipv6",
            Detector::Mac => "mac",
            Detector::Host => "host",
            Detector::Email => "email",
            Detector::User => "user",
            Detector::Uuid => "uuid",
            Detector::Serial => "serial",
            Detector::Credentials => "credentials",
            Detector::Private => "private",
        }
    }

    /// The text that replaces a match (`<ipv4>`).
    pub fn placeholder(self) -> &'static str {
        match self {
            Detector::Ipv4 => "<ipv4>",
            Detector::Ipv6 => "<ipv6>",
            Detector::Mac => "<mac>",
            Detector::Host => "<host>",
            Detector::Email => "<email>",
            Detector::User => "<user>",
            Detector::Uuid => "<uuid>",
            Detector::Serial => "<serial>",
            Detector::Credentials => "<credentials>",
            Detector::Private => "<private>",
        }
    }
}

impl std::fmt::Display for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One match: which detector, and the byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// The detector.
    pub detector: Detector,
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

impl Finding {
    /// The matched value shortened for messages: its first two characters
    /// and its length, never the whole value.
    pub fn preview(&self, text: &str) -> String {
        let value = text.get(self.start..self.end).unwrap_or("");
        let head: String = value.chars().take(2).collect();
        format!("`{head}…` ({} chars)", value.chars().count())
    }
}

/// The patterns, in priority order: at one position, the first that
/// matches and passes its context check wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    UrlCred,
    Private,
    Email,
    Uuid,
    HostName,
    HostDomain,
    Serial,
    IbHw,
    Ipv6,
    IbGuid,
    MacColon,
    MacDash,
    MacDot,
    Ipv4Dot,
    Ipv4Dash,
    HexRun,
    User,
}

impl Kind {
    /// Bytes that may not come right before a match.
    fn not_before(self) -> &'static str {
        match self {
            // Joined to letters, `_` or digits: the check decides.
            Kind::Private | Kind::HostName | Kind::User => "",
            Kind::UrlCred => r"A-Za-z0-9+.\-",
            Kind::Email => r"A-Za-z0-9._%+\-",
            Kind::HostDomain => "A-Za-z0-9_",
            Kind::Serial => "A-Za-z0-9",
            Kind::Ipv6 => "A-Za-z0-9._",
            Kind::MacDot | Kind::Ipv4Dot | Kind::Ipv4Dash => "A-Za-z0-9.",
            Kind::Uuid | Kind::IbHw | Kind::IbGuid | Kind::MacColon | Kind::MacDash => "A-Za-z0-9",
            // `0x` before an InfiniBand GUID: the check decides.
            Kind::HexRun => "A-WYZa-wyz0-9",
        }
    }
}

const HEX: &str = "[0-9A-Fa-f]";

/// Room for the generic detectors and a few thousand host values.
const NFA_LIMIT: usize = 256 << 20;

/// Up to this many host values (names, domains, users, serials) join the
/// one automaton; more go to an Aho-Corasick automaton of their own.
const MAX_INLINE_LITERALS: usize = 1_000;

/// Why no scrubber could be built.
#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    /// The host's values did not fit in one automaton.
    #[error(
        "cannot build the privacy scrubber from {count} host names, users and serials ({message}); the report is not made"
    )]
    Compile {
        /// How many host values there were.
        count: usize,
        /// The regex engine's message.
        message: String,
    },
}

fn generic_patterns() -> Vec<(Kind, String)> {
    vec![
        (
            Kind::UrlCred,
            r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#@:<>]*:[^\s/?#@<>]*@".into(),
        ),
        (
            Kind::Email,
            r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}".into(),
        ),
        (
            Kind::Uuid,
            format!(r"\{{?{HEX}{{8}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{12}}\}}?"),
        ),
        (Kind::IbHw, format!("{HEX}{{2}}(?::{HEX}{{2}}){{19}}")),
        (
            Kind::Ipv6,
            format!(
                r"(?:{HEX}{{0,4}}:){{2,7}}(?:[0-9]{{1,3}}(?:\.[0-9]{{1,3}}){{3}}|{HEX}{{0,4}})(?:%[0-9A-Za-z_.-]+)?"
            ),
        ),
        (Kind::IbGuid, format!("{HEX}{{4}}(?::{HEX}{{4}}){{3}}")),
        (Kind::MacColon, format!("{HEX}{{2}}(?::{HEX}{{2}}){{5}}")),
        (Kind::MacDash, format!("{HEX}{{2}}(?:-{HEX}{{2}}){{5}}")),
        (Kind::MacDot, format!(r"{HEX}{{4}}\.{HEX}{{4}}\.{HEX}{{4}}")),
        (
            Kind::Ipv4Dot,
            r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}".into(),
        ),
        (
            Kind::Ipv4Dash,
            r"[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,3}".into(),
        ),
        (Kind::HexRun, format!("{HEX}{{12,64}}")),
    ]
}

/// `a|b|c` of escaped literals, longest first so the longest wins.
fn literals<'a>(values: impl Iterator<Item = &'a String>) -> Option<String> {
    let mut v: Vec<&String> = values.collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    Some(
        v.iter()
            .map(|s| regex_syntax::escape(s))
            .collect::<Vec<_>>()
            .join("|"),
    )
}

/// One case-insensitive pattern for the `never_send` entries: literals as
/// they are, `*` any run and `?` one character other than white space and
/// quotes.
pub(crate) fn never_send_pattern(entries: &std::collections::BTreeSet<String>) -> Option<String> {
    let alts: Vec<String> = entries
        .iter()
        .filter(|e| !e.is_empty())
        .map(|e| {
            let mut p = String::new();
            for c in e.chars() {
                match c {
                    '*' => p.push_str(r#"[^\s"']*"#),
                    '?' => p.push_str(r#"[^\s"']"#),
                    c => p.push_str(&regex_syntax::escape(c.encode_utf8(&mut [0; 4]))),
                }
            }
            p
        })
        .collect();
    (!alts.is_empty()).then(|| format!("(?i:{})", alts.join("|")))
}

/// Finds and replaces personal values. Built once per run from the host's
/// [`Secrets`]; all detectors run in one pass of one automaton.
#[derive(Debug, Clone)]
pub struct Scrubber {
    all: Regex,
    single: Vec<Regex>,
    kinds: Vec<Kind>,
    lits: Option<Literals>,
}

/// The host's values when there are too many for the one automaton: a
/// regex with tens of thousands of alternatives overflows the lazy DFA's
/// cache and crawls; Aho-Corasick does not.
#[derive(Debug, Clone)]
struct Literals {
    ac: aho_corasick::AhoCorasick,
    kinds: Vec<Kind>,
}

impl Literals {
    fn new(secrets: &Secrets) -> Result<Literals, PrivacyError> {
        let domains: std::collections::HashSet<String> = secrets
            .domains
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect();
        let mut seen = std::collections::HashSet::new();
        let mut entries: Vec<(String, Kind)> = Vec::new();
        for (set, kind) in [
            (&secrets.hosts, Kind::HostName),
            (&secrets.domains, Kind::HostDomain),
            (&secrets.serials, Kind::Serial),
            (&secrets.users, Kind::User),
        ] {
            for v in set {
                if kind == Kind::HostName && under_domain(v, &domains) {
                    continue;
                }
                // Lowercase patterns over a lowercased text: the same
                // matches as an ASCII case-insensitive automaton, which
                // takes twice as long to build.
                let v = v.to_ascii_lowercase();
                // A value in two sets keeps its first kind, as the first
                // of equal patterns is the one reported.
                if seen.insert(v.clone()) {
                    entries.push((v, kind));
                }
            }
        }
        // Without equal patterns, leftmost-longest matches do not depend on
        // the patterns' order. Longest first: their inner states come first
        // in the automaton, which keeps its build linear (the builder moves
        // match states ahead of the others, swapping each with the oldest
        // one left behind; with few of those, each moves thousands of times).
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        let (pats, kinds): (Vec<String>, Vec<Kind>) = entries.into_iter().unzip();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&pats)
            .map_err(|e| PrivacyError::Compile {
                count: pats.len(),
                message: e.to_string(),
            })?;
        Ok(Literals { ac, kinds })
    }

    /// Whole-word matches; a domain takes the labels before it.
    fn find_all(&self, text: &str, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        // ASCII lowercasing keeps every byte offset.
        let lower = text.to_ascii_lowercase();
        for m in self.ac.find_iter(&lower) {
            let (mut s, e) = (m.start(), m.end());
            let kind = self.kinds[m.pattern().as_usize()];
            if kind == Kind::HostDomain {
                while s >= 2 && b[s - 1] == b'.' && is_label(b[s - 2]) {
                    s -= 1;
                    while s > 0 && is_label(b[s - 1]) {
                        s -= 1;
                    }
                }
            }
            if !joined_ok(kind, b, s, e) {
                continue;
            }
            out.push(Finding {
                detector: match kind {
                    Kind::User => Detector::User,
                    Kind::Serial => Detector::Serial,
                    _ => Detector::Host,
                },
                start: s,
                end: e,
            });
        }
    }
}

/// Whether a host value found at `s..e` is one, given the bytes around it.
/// Real output joins names to other text: `<short>_root.img`,
/// `host<short>`, `anna_tmp`. So a host name may touch letters and `_`, a
/// user name `_`, digits and `-`, a serial `_`; a digit next to a name's
/// digit is another name (`vps7` in `vps70`), a letter next to a user
/// name's letter another word (`john` in `johnson`).
fn joined_ok(kind: Kind, b: &[u8], s: usize, e: usize) -> bool {
    let prev = before(b, s);
    let next = at(b, e);
    let (first, last) = (b.get(s).copied(), e.checked_sub(1).and_then(|i| at(b, i)));
    let digits = |x: Option<u8>, y: Option<u8>| is_digit(x) && is_digit(y);
    let letters = |x: Option<u8>, y: Option<u8>| is_alpha(x) && is_alpha(y);
    match kind {
        Kind::HostName => !digits(prev, first) && !digits(next, last),
        // The labels before a domain are part of the match already.
        Kind::HostDomain => !is_word(prev) && !is_alnum(next),
        Kind::User => {
            !digits(prev, first)
                && !digits(next, last)
                && !letters(prev, first)
                && !letters(next, last)
        }
        Kind::Serial => !is_alnum(prev) && !is_alnum(next),
        _ => true,
    }
}

/// A byte of a DNS label, as the domain match extends over them.
fn is_label(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

/// Whether `host` is `labels.domain` with `domain` one of `domains`
/// (lowercase) and the labels before it made of label bytes only: the
/// domain's match then takes the whole name, so the name needs no pattern
/// of its own. Its first label stays a host value of its own.
pub(crate) fn under_domain(host: &str, domains: &std::collections::HashSet<String>) -> bool {
    let lower = host.to_ascii_lowercase();
    lower.match_indices('.').any(|(i, _)| {
        domains.contains(&lower[i + 1..])
            && lower[..i]
                .split('.')
                .all(|l| !l.is_empty() && l.bytes().all(is_label))
    })
}

enum Verdict {
    Hit(Detector, usize, usize),
    /// An allowed value (the report's own ids): leave it and skip past it.
    Skip(usize),
    Reject,
}

impl Scrubber {
    /// A scrubber for the generic detectors and the host's own values.
    ///
    /// Fails only when the host's values are too many to compile (hundreds
    /// of thousands of names): the report must then stop, not go out
    /// unscrubbed.
    pub fn new(secrets: &Secrets) -> Result<Scrubber, PrivacyError> {
        Self::with_literal_limit(secrets, MAX_INLINE_LITERALS)
    }

    /// Like [`Scrubber::new`], with the host's values compiled into the
    /// one automaton only when there are at most `limit` of them; more go
    /// to an Aho-Corasick automaton of their own (ASCII case-insensitive),
    /// whose matches join the others'. Exposed for tests and tuning.
    pub fn with_literal_limit(secrets: &Secrets, limit: usize) -> Result<Scrubber, PrivacyError> {
        let count = secrets.hosts.len()
            + secrets.domains.len()
            + secrets.users.len()
            + secrets.serials.len();
        if count > limit {
            // The administrator's list is short and may hold globs: it
            // stays in the one automaton.
            let own = Secrets {
                never_send: secrets.never_send.clone(),
                ..Secrets::default()
            };
            let mut s = Self::with_literal_limit(&own, 0)?;
            s.lits = Some(Literals::new(secrets)?);
            return Ok(s);
        }
        let mut pats = generic_patterns();
        // Host-specific literals go right after URL user info, e-mail and
        // UUID, before the generic detectors, so a host name such as
        // `ip-10-0-0-1` is one `<host>`. User names go last: they are
        // words that the other detectors never contain.
        let mut at = 3;
        if let Some(alt) = literals(secrets.hosts.iter()) {
            pats.insert(at, (Kind::HostName, format!("(?i:{alt})")));
            at += 1;
        }
        if let Some(alt) = literals(secrets.domains.iter()) {
            pats.insert(
                at,
                (
                    Kind::HostDomain,
                    format!(r"(?i:(?:[a-z0-9_-]+\.)*(?:{alt}))"),
                ),
            );
            at += 1;
        }
        if let Some(alt) = literals(secrets.serials.iter()) {
            pats.insert(at, (Kind::Serial, format!("(?i:{alt})")));
        }
        if let Some(alt) = literals(secrets.users.iter()) {
            pats.push((Kind::User, format!("(?i:{alt})")));
        }
        // The administrator's entries come first: whatever else they
        // contain, they must go.
        if let Some(alt) = never_send_pattern(&secrets.never_send) {
            pats.insert(0, (Kind::Private, alt));
        }
        // Bytes, not chars: the boundary class below also matches bytes of
        // non-ASCII characters. Matches themselves are ASCII.
        let syntax = syntax::Config::new().unicode(false).utf8(false);
        let build = |p: &[&str]| {
            Regex::builder()
                .syntax(syntax)
                .configure(
                    Regex::config()
                        .nfa_size_limit(Some(NFA_LIMIT))
                        .hybrid_cache_capacity(4 << 20)
                        // No full DFA: determinizing it took a third of
                        // the build (2.2 ms to 1.5 ms, once per run) and
                        // the lazy DFA scans as fast (benches/scrub.rs).
                        .dfa(false),
                )
                .build_many(p)
                .map_err(|e| PrivacyError::Compile {
                    count,
                    message: e.to_string(),
                })
        };
        // In the combined automaton every pattern (but those whose
        // neighbours the check judges) starts with the text's
        // start or one byte that may precede it (Rust's regex has no
        // look-behind). A search then never starts a candidate inside a
        // word, which keeps scanning linear on long runs of digits or hex.
        let bounded: Vec<String> = pats
            .iter()
            .map(|(k, p)| match k.not_before() {
                // No boundary byte: the match is the value.
                "" => format!("(?:{p})"),
                nb => format!("(?:^|[^{nb}])(?:{p})"),
            })
            .collect();
        let strs: Vec<&str> = pats.iter().map(|(_, p)| p.as_str()).collect();
        Ok(Scrubber {
            all: build(&bounded.iter().map(String::as_str).collect::<Vec<_>>())?,
            single: strs.iter().map(|p| build(&[p])).collect::<Result<_, _>>()?,
            kinds: pats.iter().map(|(k, _)| *k).collect(),
            lits: None,
        })
    }

    /// A scrubber with the generic detectors only (no host values).
    pub fn generic() -> Scrubber {
        // Fixed patterns well under the size limit; the tests compile them.
        Scrubber::new(&Secrets::default()).expect("the generic privacy detectors compile")
    }

    /// The first finding at or after byte `pos`.
    fn next(&self, text: &str, mut pos: usize, allow: &[&str]) -> Option<(Finding, usize)> {
        let b = text.as_bytes();
        while pos < b.len() {
            let m = self.all.search(&Input::new(b).range(pos..))?;
            let i = m.pattern().as_usize();
            // Where the value starts: after the boundary byte, unless the
            // match is at the text's start and `^` matched.
            let s = if self.kinds[i].not_before().is_empty() {
                m.start()
            } else if m.start() > 0 {
                m.start() + 1
            } else {
                let at0 = Input::new(b).anchored(Anchored::Yes);
                match self.single[i].search(&at0) {
                    Some(body) if body.end() == m.end() => 0,
                    _ => 1,
                }
            };
            let mut verdict = check(self.kinds[i], b, s, m.end(), allow);
            if matches!(verdict, Verdict::Reject) {
                // A rejected candidate may hide a lower-priority one at the
                // same start (a time `12:30:45` is no IPv6 but ...).
                for j in i + 1..self.kinds.len() {
                    let input = Input::new(b).range(s..).anchored(Anchored::Yes);
                    if let Some(m2) = self.single[j].search(&input) {
                        verdict = check(self.kinds[j], b, s, m2.end(), allow);
                        if !matches!(verdict, Verdict::Reject) {
                            break;
                        }
                    }
                }
            }
            match verdict {
                Verdict::Hit(detector, start, end) => {
                    return Some((
                        Finding {
                            detector,
                            start,
                            end,
                        },
                        // The last byte may be the boundary of the next.
                        (end - 1).max(pos + 1),
                    ));
                }
                Verdict::Skip(end) => pos = (end - 1).max(pos + 1),
                // Values start on ASCII bytes, so these are char boundaries.
                Verdict::Reject => pos = s.max(pos + 1),
            }
        }
        None
    }

    /// Every finding, in order, not overlapping. `allow` lists values left
    /// alone (the report's own ids).
    pub fn find_all(&self, text: &str, allow: &[&str]) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some((f, next)) = self.next(text, pos, allow) {
            out.push(f);
            pos = next;
        }
        let Some(lits) = &self.lits else {
            return out;
        };
        let n = out.len();
        lits.find_all(text, &mut out);
        if out.len() == n {
            return out;
        }
        // Merge: by start, the generic finding first on a tie; overlapping
        // findings become one covering both, so nothing is left between.
        out.sort_by_key(|f| f.start);
        let mut merged: Vec<Finding> = Vec::with_capacity(out.len());
        for f in out {
            match merged.last_mut() {
                Some(last) if f.start < last.end => last.end = last.end.max(f.end),
                _ => merged.push(f),
            }
        }
        merged
    }

    /// The first finding, if any.
    pub fn first(&self, text: &str, allow: &[&str]) -> Option<Finding> {
        if self.lits.is_some() {
            return self.find_all(text, allow).into_iter().next();
        }
        self.next(text, 0, allow).map(|(f, _)| f)
    }

    /// `text` with every finding replaced by its placeholder. The result
    /// has no finding left: replacing a value can turn its neighbour into
    /// one (`10::` before a UUID is an IPv6 address once the UUID is
    /// `<uuid>`), so lines that changed are scanned again until they stay
    /// the same. No detector spans a line break, so a line alone gives
    /// the same findings as the whole text.
    pub fn scrub<'t>(&self, text: &'t str, allow: &[&str]) -> Cow<'t, str> {
        let first = self.pass(text, allow);
        let Cow::Owned(first) = first else {
            return first;
        };
        let mut out = String::with_capacity(first.len());
        for line in first.split_inclusive('\n') {
            if !line.contains('<') {
                out.push_str(line);
                continue;
            }
            // Scanned after a line break, as inside the whole text: at the
            // text's start a candidate's first byte cannot be taken for
            // the boundary before another (`:::10.` holds `::10`).
            let mut cur = format!("\n{line}");
            // Each round replaces at least one value by a placeholder with
            // nothing to find in it; a line needing more rounds than this is
            // left to the archive check.
            for _ in 0..8 {
                match self.pass(&cur, allow) {
                    Cow::Borrowed(_) => break,
                    Cow::Owned(next) => cur = next,
                }
            }
            out.push_str(&cur[1..]);
        }
        Cow::Owned(out)
    }

    /// One scan: every finding replaced.
    fn pass<'t>(&self, text: &'t str, allow: &[&str]) -> Cow<'t, str> {
        let mut last = 0;
        let mut out: Option<String> = None;
        for f in self.find_all(text, allow) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[last..f.start]);
            o.push_str(f.detector.placeholder());
            last = f.end;
        }
        match out {
            None => Cow::Borrowed(text),
            Some(mut o) => {
                o.push_str(&text[last..]);
                Cow::Owned(o)
            }
        }
    }

    /// Scrubs every string value and object key of a JSON value in place.
    /// Keys that become equal merge: numbers add up, otherwise the first
    /// stays.
    pub fn scrub_json(&self, v: &mut serde_json::Value, allow: &[&str]) {
        match v {
            serde_json::Value::String(s) => {
                if let Cow::Owned(n) = self.scrub(s, allow) {
                    *s = n;
                }
            }
            serde_json::Value::Array(items) => {
                for i in items {
                    self.scrub_json(i, allow);
                }
            }
            serde_json::Value::Object(map) => {
                let old = std::mem::take(map);
                for (k, mut child) in old {
                    self.scrub_json(&mut child, allow);
                    let key = self.scrub(&k, allow).into_owned();
                    match map.get_mut(&key) {
                        None => {
                            map.insert(key, child);
                        }
                        Some(existing) => merge_json(existing, child),
                    }
                }
            }
            _ => {}
        }
    }
}

/// Merges `other` into `into` where scrubbing made two object keys equal:
/// numbers add up (saturating), otherwise `into` stays.
pub fn merge_json(into: &mut serde_json::Value, other: serde_json::Value) {
    use serde_json::Value;
    if let (Value::Number(a), Value::Number(b)) = (&*into, &other) {
        if let (Some(a), Some(b)) = (a.as_u64(), b.as_u64()) {
            *into = Value::from(a.saturating_add(b));
        } else if let (Some(a), Some(b)) = (a.as_f64(), b.as_f64()) {
            *into = serde_json::Number::from_f64(a + b)
                .map(Value::Number)
                .unwrap_or(Value::Null);
        }
    }
}

fn at(b: &[u8], i: usize) -> Option<u8> {
    b.get(i).copied()
}
fn before(b: &[u8], s: usize) -> Option<u8> {
    s.checked_sub(1).and_then(|i| at(b, i))
}
fn is_word(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
}
fn is_alpha(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}
fn is_alnum(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}
fn is_hex(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_digit(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

fn octets_ok(s: &str, sep: char) -> bool {
    s.split(sep)
        .all(|o| o.parse::<u16>().is_ok_and(|n| n <= 255))
}

fn mixed_hex(s: &[u8]) -> bool {
    s.iter().any(|c| c.is_ascii_digit()) && s.iter().any(|c| c.is_ascii_alphabetic())
}

/// Decides whether a candidate is a finding, from the candidate and the
/// bytes around it.
fn check(kind: Kind, b: &[u8], s: usize, e: usize, allow: &[&str]) -> Verdict {
    let prev = before(b, s);
    let next = at(b, e);
    let text = std::str::from_utf8(&b[s..e]).unwrap_or("");
    let hit = |d| Verdict::Hit(d, s, e);
    match kind {
        Kind::Private => hit(Detector::Private),
        Kind::UrlCred => {
            // Only the user information between `://` and `@`.
            let from = text.find("://").map_or(s, |i| s + i + 3);
            if from + 1 >= e {
                return Verdict::Reject;
            }
            Verdict::Hit(Detector::Credentials, from, e - 1)
        }
        Kind::Email => hit(Detector::Email),
        Kind::Uuid => {
            if is_alnum(prev) || is_alnum(next) || (prev == Some(b'-') && is_hex(before(b, s - 1)))
            {
                return Verdict::Reject;
            }
            let bare = text.trim_start_matches('{').trim_end_matches('}');
            if allow.iter().any(|a| a.eq_ignore_ascii_case(bare)) {
                return Verdict::Skip(e);
            }
            hit(Detector::Uuid)
        }
        Kind::HostName | Kind::HostDomain | Kind::User | Kind::Serial => {
            if !joined_ok(kind, b, s, e) {
                return Verdict::Reject;
            }
            hit(match kind {
                Kind::User => Detector::User,
                Kind::Serial => Detector::Serial,
                _ => Detector::Host,
            })
        }
        Kind::IbHw | Kind::MacColon | Kind::IbGuid => {
            let sep_hex = |c: Option<u8>, after: Option<u8>| c == Some(b':') && is_hex(after);
            if is_hex(prev)
                || is_alnum(prev)
                || is_alnum(next)
                || (prev == Some(b':') && is_hex(before(b, s.saturating_sub(1))))
                || sep_hex(next, at(b, e + 1))
            {
                return Verdict::Reject;
            }
            hit(Detector::Mac)
        }
        Kind::MacDash => {
            if is_alnum(prev)
                || is_alnum(next)
                || (prev == Some(b'-') && is_hex(before(b, s - 1)))
                || (next == Some(b'-') && is_hex(at(b, e + 1)))
            {
                return Verdict::Reject;
            }
            hit(Detector::Mac)
        }
        Kind::MacDot => {
            if is_alnum(prev) || is_alnum(next) || prev == Some(b'.') || next == Some(b'.') {
                return Verdict::Reject;
            }
            hit(Detector::Mac)
        }
        Kind::Ipv6 => check_ipv6(b, s, e),
        Kind::Ipv4Dot => {
            if !octets_ok(text, '.')
                || is_alnum(prev)
                || prev == Some(b'.')
                || is_alnum(next)
                || (next == Some(b'.') && is_digit(at(b, e + 1)) && !dot_port(b, e))
            {
                return Verdict::Reject;
            }
            // name-version-release: `anaconda-21.48.22.93-1.vz7`.
            if prev == Some(b'-') && next == Some(b'-') && is_digit(at(b, e + 1)) {
                return Verdict::Reject;
            }
            hit(Detector::Ipv4)
        }
        Kind::Ipv4Dash => {
            if !octets_ok(text, '-')
                || is_alnum(prev)
                || prev == Some(b'.')
                || (prev == Some(b'-') && is_digit(before(b, s - 1)))
                || is_alnum(next)
                || (matches!(next, Some(b'-' | b'.')) && is_digit(at(b, e + 1)))
            {
                return Verdict::Reject;
            }
            hit(Detector::Ipv4)
        }
        Kind::HexRun => {
            let run = &b[s..e];
            // `0x0002c90300012345`: an InfiniBand GUID as ibstat prints it.
            if prev == Some(b'x')
                && s >= 2
                && b[s - 2] == b'0'
                && !is_alnum(before(b, s - 2))
                && !is_alnum(next)
                && run.len() == 16
            {
                return hit(Detector::Mac);
            }
            if is_alnum(prev) || is_alnum(next) || !mixed_hex(run) {
                return Verdict::Reject;
            }
            // An allowed value (the digest of the policy a report was
            // built under) is left alone like the report's own ids.
            if allow.iter().any(|a| a.eq_ignore_ascii_case(text)) {
                return Verdict::Skip(e);
            }
            match run.len() {
                12 => hit(Detector::Mac),
                16..=64 => hit(Detector::Uuid),
                _ => Verdict::Reject,
            }
        }
    }
}

/// IPv6 candidates are loose (`(hex{0,4}:){2,7}...`); trim a stray leading
/// or trailing colon and let the standard parser decide.
fn check_ipv6(b: &[u8], mut s: usize, e: usize) -> Verdict {
    let mut end = e;
    let zone = b[s..e].iter().position(|&c| c == b'%').map(|i| s + i);
    let mut core_end = zone.unwrap_or(e);
    if b[s] == b':' && at(b, s + 1) != Some(b':') {
        s += 1;
    }
    if core_end > s + 1 && b[core_end - 1] == b':' && b[core_end - 2] != b':' {
        core_end -= 1;
        end = core_end;
    }
    if s >= core_end {
        return Verdict::Reject;
    }
    let core = std::str::from_utf8(&b[s..core_end]).unwrap_or("");
    if core.parse::<Ipv6Addr>().is_err() || !core.bytes().any(|c| c.is_ascii_hexdigit()) {
        return Verdict::Reject;
    }
    let prev = before(b, s);
    let next = at(b, end);
    // `uid:gid::` in /etc/passwd is no address: a colon right after a
    // word joins the candidate to that word.
    if is_alnum(prev)
        || prev == Some(b'.')
        || prev == Some(b'_')
        || (prev == Some(b':') && is_word(before(b, s - 1)))
        || is_alnum(next)
        || (next == Some(b':') && is_hex(at(b, end + 1)))
        || (next == Some(b'.') && is_digit(at(b, end + 1)) && !dot_port(b, end))
    {
        return Verdict::Reject;
    }
    Verdict::Hit(Detector::Ipv6, s, end)
}

/// Whether `.` at `i` starts tcpdump's port suffix: `10.1.2.3.22`,
/// `2001:db8::1.53` (2-5 digits, then no more digits or dots; one digit is
/// more often a version's last part, `1.2.3.4.5`).
fn dot_port(b: &[u8], i: usize) -> bool {
    let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let after = at(b, i + 1 + digits);
    (2..=5).contains(&digits)
        && !is_alnum(after)
        && !(after == Some(b'.') && is_alnum(at(b, i + 2 + digits)))
}
