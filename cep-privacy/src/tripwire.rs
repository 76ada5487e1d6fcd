//! The tripwire: the last look at an archive before it may leave, sharing
//! nothing with the scrubber but the generic detectors. Every distinctive
//! value the host holds is searched for as a plain case-insensitive
//! substring of every member (no word boundaries, no context checks), so a
//! scrubber that misses a form (`<short>_root.img`, `Anna`) stops the
//! report instead of letting it out.

use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::meta::Regex;

use crate::{MIN_SECRET, PrivacyError, Scrubber, Secrets};

/// One thing the tripwire found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    /// The archive member (`vz.containers.json`).
    pub member: String,
    /// What was found: `host name`, `user`, `serial`, `address`,
    /// `never_send entry`, or a generic detector (`ipv4 detector`).
    pub what: String,
    /// Byte offset in the member (in the string value, for a JSON value).
    pub at: usize,
    /// The value shortened: its first two characters and its length.
    pub preview: String,
}

/// The host's values as needles, and the generic detectors.
#[derive(Debug, Clone)]
pub struct Tripwire {
    needles: Option<AhoCorasick>,
    what: Vec<&'static str>,
    globs: Option<Regex>,
    generic: Scrubber,
}

fn preview(value: &str) -> String {
    let head: String = value.chars().take(2).collect();
    format!("`{head}…` ({} chars)", value.chars().count())
}

impl Tripwire {
    /// A tripwire for these secrets. A host value that occurs in
    /// `vocabulary` (the report's own words: collector ids, field names,
    /// allowed values; lowercase) is left out, as it would stop every
    /// report; the `never_send` entries never are.
    pub fn new(secrets: &Secrets, vocabulary: &str) -> Result<Tripwire, PrivacyError> {
        // (lowercase value, what it is, a never_send entry)
        let mut entries: Vec<(String, &'static str, bool)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let domains: std::collections::HashSet<String> = secrets
            .domains
            .iter()
            .filter(|d| d.len() >= MIN_SECRET)
            .map(|d| d.to_ascii_lowercase())
            .collect();
        let literal_never_send = secrets
            .never_send
            .iter()
            .filter(|e| !e.contains(['*', '?']));
        for (set, label) in [
            (secrets.hosts.iter().collect::<Vec<_>>(), "host name"),
            (secrets.domains.iter().collect(), "domain"),
            (secrets.users.iter().collect(), "user"),
            (secrets.serials.iter().collect(), "serial"),
            (secrets.addresses.iter().collect(), "address"),
            (literal_never_send.collect(), "never_send entry"),
        ] {
            for v in set {
                let lower = v.to_ascii_lowercase();
                let never_send = label == "never_send entry";
                // A name under a known domain holds the domain's needle.
                if (!never_send && lower.len() < MIN_SECRET)
                    || (label == "host name" && crate::detect::under_domain(&lower, &domains))
                {
                    continue;
                }
                if seen.insert(lower.clone()) {
                    entries.push((lower, label, never_send));
                }
            }
        }
        let compile = |count: usize, message: String| PrivacyError::Compile { count, message };
        // Lowercase patterns over lowercased text (as fast to search, half
        // the automaton of a case-insensitive one), longest first (which
        // keeps the build linear on tens of thousands of names; with
        // `Standard` matching the order changes no result).
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        let build = |entries: &[(String, &'static str, bool)]| {
            if entries.is_empty() {
                return Ok(None);
            }
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .match_kind(MatchKind::Standard)
                .build(entries.iter().map(|e| &e.0))
                .map(Some)
                .map_err(|e| compile(entries.len(), e.to_string()))
        };
        let mut needles = build(&entries)?;
        // One pass over the vocabulary finds the values that are words of
        // the report's structure; rebuild without them (rarely needed).
        if let Some(ac) = &needles {
            let mut drop = vec![false; entries.len()];
            for m in ac.find_overlapping_iter(&vocabulary.to_ascii_lowercase()) {
                let i = m.pattern().as_usize();
                drop[i] = !entries[i].2;
            }
            if drop.contains(&true) {
                let mut i = 0;
                entries.retain(|_| {
                    i += 1;
                    !drop[i - 1]
                });
                needles = build(&entries)?;
            }
        }
        let what = entries.iter().map(|e| e.1).collect();
        let globs: std::collections::BTreeSet<String> = secrets
            .never_send
            .iter()
            .filter(|e| e.contains(['*', '?']))
            .cloned()
            .collect();
        let globs = match crate::detect::never_send_pattern(&globs) {
            None => None,
            Some(p) => Some(
                Regex::builder()
                    .syntax(
                        regex_automata::util::syntax::Config::new()
                            .unicode(false)
                            .utf8(false),
                    )
                    .build(&p)
                    .map_err(|e| compile(globs.len(), e.to_string()))?,
            ),
        };
        Ok(Tripwire {
            needles,
            what,
            globs,
            generic: Scrubber::generic(),
        })
    }

    /// Every host value and `never_send` entry in `text`.
    fn substrings(&self, member: &str, text: &str, out: &mut Vec<Trip>) {
        if let Some(ac) = &self.needles {
            // ASCII lowercasing keeps every byte offset.
            let lower = text.to_ascii_lowercase();
            for m in ac.find_iter(&lower) {
                out.push(Trip {
                    member: member.to_owned(),
                    what: self.what[m.pattern().as_usize()].to_owned(),
                    at: m.start(),
                    preview: preview(&text[m.start()..m.end()]),
                });
            }
        }
        if let Some(re) = &self.globs {
            for m in re.find_iter(text.as_bytes()) {
                out.push(Trip {
                    member: member.to_owned(),
                    what: "never_send entry".to_owned(),
                    at: m.start(),
                    preview: preview(text.get(m.start()..m.end()).unwrap_or("")),
                });
            }
        }
    }

    fn detectors(&self, member: &str, text: &str, allow: &[&str], out: &mut Vec<Trip>) {
        for f in self.generic.find_all(text, allow) {
            out.push(Trip {
                member: member.to_owned(),
                what: format!("{} detector", f.detector),
                at: f.start,
                preview: f.preview(text),
            });
        }
    }

    /// Everything found in one member. Host values are searched in the
    /// member's name and every byte; the generic detectors run on the name
    /// and on `free`, the member's free-text strings when the caller knows
    /// them (a JSON section whose kinds are declared: a count, a bucket
    /// label, an allowed value or a version is checked against its kind
    /// before it gets here), else on the whole member as text.
    pub fn scan(
        &self,
        member: &str,
        bytes: &[u8],
        free: Option<&[&str]>,
        allow: &[&str],
    ) -> Vec<Trip> {
        let mut out = Vec::new();
        let text = String::from_utf8_lossy(bytes);
        self.substrings(member, member, &mut out);
        self.substrings(member, &text, &mut out);
        self.detectors(member, member, allow, &mut out);
        match free {
            Some(strings) => {
                for s in strings {
                    self.detectors(member, s, allow, &mut out);
                }
            }
            None => self.detectors(member, &text, allow, &mut out),
        }
        out
    }
}
