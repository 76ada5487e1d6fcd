//! `vz.beancounters`: per resource, how many containers hit its limit
//! (failcnt > 0) in /proc/user_beancounters.
//!
//! Kernels print the file in `kernel/bc/proc.c` (OpenVZ/vzkernel): a
//! `Version: 2.5` line, a header, then per beancounter its rows, the first
//! one led by the beancounter's name and a colon (`%10s%c`). The name is
//! the container id: a number up to the RHEL6 kernels (042stab), the
//! container's name on Virtuozzo 7 (a UUID for containers made by prlctl,
//! wider than the column), `0` for VE0. Virtuozzo 7 also prints its
//! `dummy` resources. The Virtuozzo 8 / 9 kernels have no such file;
//! vzctl ships `/usr/sbin/user_beancounters.py`, which prints the same
//! format from the cgroups, and is run when the file is absent.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use std::sync::Arc;

use crate::vz_util::{Counts, LISTING_CAP, bump, run_optional};

const PATH: &str = "/proc/user_beancounters";

/// vzctl 8 / 9's emulation of the file (`user_beancounters.py` in
/// OpenVZ/vzctl), run when the kernel has no /proc/user_beancounters.
pub const UBC_SCRIPT: [&str; 1] = ["/usr/sbin/user_beancounters.py"];

/// The `vz.beancounters` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzBeancounters;

/// One beancounter (a container, or VE0 as id `0`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Beancounter {
    /// The uid column: the container id, a number (`101`) or a name or
    /// UUID (Virtuozzo 7). Used to tell VE0 from containers; never
    /// reported.
    pub id: String,
    /// Resources of this beancounter with failcnt > 0.
    pub failed: Vec<String>,
    /// Number of resource rows.
    pub resources: usize,
}

/// A parsed /proc/user_beancounters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Beancounters {
    /// The `Version:` header (`2.5`).
    pub version: Option<String>,
    /// Beancounters in file order.
    pub counters: Vec<Beancounter>,
}

impl Beancounters {
    /// True when there is a VE0 (`0:`) row: the file was read on a node.
    pub fn has_ve0(&self) -> bool {
        self.counters.iter().any(Beancounter::is_ve0)
    }
}

impl Beancounter {
    /// True for VE0's beancounter (`0`, also written `00` by no kernel
    /// but accepted).
    pub fn is_ve0(&self) -> bool {
        is_ve0(&self.id)
    }
}

/// A resource name as reported: kernel-defined names are short lowercase
/// words; anything else is `other`.
fn resource_name(s: &str) -> &str {
    if !s.is_empty()
        && s.len() <= 24
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        s
    } else {
        "other"
    }
}

/// A row of the file as read.
enum Row<'a> {
    /// A line that is `0:` after white space, then white space or its
    /// end: VE0's first row ([`has_ve0_row`], line by line).
    Ve0,
    /// `Version: 2.5` (the text after the colon).
    Version(&'a str),
    /// A beancounter begins: its uid column.
    Counter(&'a str),
    /// A resource row of the current beancounter: name and failcnt.
    Resource(&'a str, u64),
}

/// Eight spaces, as one word: the kernel pads columns with spaces (21
/// wide on Virtuozzo 7), so most bytes of the file are runs of them.
const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);

/// Walks the rows of /proc/user_beancounters in either layout: the wide
/// one of current kernels and the short-column one of older ones (both
/// are `uid: resource held maxheld barrier limit failcnt`, the uid only on
/// a container's first row). The first malformed row is the error, named
/// by its line, with where the next line starts.
fn walk<'a>(text: &'a str, each: impl FnMut(Row<'a>)) -> Result<(), (CollectError, usize)> {
    walk_from(text, 0, each)
}

/// [`walk`] of a part of the file that starts after `lines` lines.
fn walk_from<'a>(
    text: &'a str,
    lines: usize,
    mut each: impl FnMut(Row<'a>),
) -> Result<(), (CollectError, usize)> {
    let mut counters = false;
    // Lines as `str::lines` gives them (a `\r` before the `\n` goes with
    // the trimming below), found by a vectored search.
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for (n, end) in ends.enumerate() {
        let line = &text[from..end];
        from = (end + 1).min(text.len());
        let err = |m: &str| {
            (
                CollectError::parse(PATH, format!("line {}: {m}", lines + n + 1)),
                from,
            )
        };
        if line
            .trim_start()
            .strip_prefix("0:")
            .is_some_and(|after| after.chars().next().is_none_or(char::is_whitespace))
        {
            each(Row::Ve0);
        }
        // ASCII trimming: the kernel pads with spaces (Unicode-aware
        // trimming showed over 10,000 containers' rows).
        let t = line.trim_ascii();
        if t.is_empty() {
            continue;
        }
        if let Some(v) = t.strip_prefix("Version:") {
            each(Row::Version(v));
            continue;
        }
        if t.starts_with("uid") {
            continue;
        }
        // The row's first 7 words (ASCII whitespace) and how many there
        // are, without allocating: a hand loop that skips the padding
        // eight spaces at a time, as the generic splitter costs several
        // times as much over 10,000 containers' rows.
        let mut words = [""; 7];
        let mut count = 0;
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            while let Some(eight) = b.get(i..i + 8)
                && u64::from_ne_bytes(eight.try_into().unwrap_or_default()) == SPACES
            {
                i += 8;
            }
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            if start < i {
                if count < words.len() {
                    words[count] = &t[start..i];
                }
                count += 1;
            }
        }
        let mut cols = &words[..count.min(words.len())];
        if let Some(uid) = cols.first().and_then(|w| w.strip_suffix(':')) {
            if uid.is_empty()
                || uid.len() > 64
                || !uid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Err(err(
                    "the uid column is not a container id (digits, letters, `-`)",
                ));
            }
            cols = &cols[1..];
            count -= 1;
            each(Row::Counter(uid));
            counters = true;
        }
        // resource held maxheld barrier limit failcnt
        if count != 6 {
            return Err(err(
                "expected `resource held maxheld barrier limit failcnt`",
            ));
        }
        let failcnt: u64 = cols[5]
            .parse()
            .map_err(|_| err("the failcnt column is not a number"))?;
        if !counters {
            return Err(err("a resource row before any `uid:` row"));
        }
        each(Row::Resource(cols[0], failcnt));
    }
    Ok(())
}

/// The `Version:` as kept.
fn version(v: &str) -> String {
    v.trim().chars().take(16).collect()
}

/// True for VE0's beancounter id (`0`, also written `00` by no kernel but
/// accepted).
fn is_ve0(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b == b'0')
}

/// Parses /proc/user_beancounters in either layout: the wide one of
/// current kernels and the short-column one of older ones (both are
/// `uid: resource held maxheld barrier limit failcnt`, the uid only on a
/// container's first row).
pub fn parse_beancounters(text: &str) -> Result<Beancounters, CollectError> {
    let mut out = Beancounters::default();
    walk(text, |row| match row {
        Row::Ve0 => {}
        Row::Version(v) => out.version = Some(version(v)),
        Row::Counter(uid) => out.counters.push(Beancounter {
            id: uid.to_owned(),
            ..Beancounter::default()
        }),
        Row::Resource(name, failcnt) => {
            if let Some(cur) = out.counters.last_mut() {
                cur.resources += 1;
                if failcnt > 0 {
                    cur.failed.push(resource_name(name).to_owned());
                }
            }
        }
    })
    .map_err(|(e, _)| e)?;
    Ok(out)
}

#[derive(Debug, Serialize, PartialEq, Clone, Default)]
struct Out {
    version: Option<String>,
    containers: u64,
    containers_with_failures: u64,
    failcnt_containers: Counts,
}

/// Texts this big are counted in two halves on two threads: the file is
/// read by the in-container check, before the collectors start, when the
/// second core is idle (0.9 MB at 1,000 containers, 9 MB at 10,000).
const SPLIT_AT: usize = 256 << 10;

/// Whether a beancounters text has a VE0 row: a line that is `0:` after
/// white space, then white space or its end. Only the `:` of the uid
/// column are looked at (a `memchr` search, one a container) instead of
/// every line, which showed over the 120,000 rows of 10,000 containers.
pub(crate) fn has_ve0_row(text: &str) -> bool {
    text.match_indices(':').any(|(i, _)| {
        i >= 1
            && text.as_bytes()[i - 1] == b'0'
            && text[..i - 1]
                .rsplit('\n')
                .next()
                .is_some_and(|before| before.trim_start().is_empty())
            && text[i + 1..].chars().next().is_none_or(char::is_whitespace)
    })
}

/// The section of a beancounters text, counted row by row (nothing of a
/// container is kept past its rows), and whether VE0 has a row.
fn summarize(text: &str) -> (Result<Out, CollectError>, bool) {
    if text.len() >= SPLIT_AT
        && let Some(mid) = counter_row_after(text, text.len() / 2)
    {
        let (first, second) = text.split_at(mid);
        let lines = memchr::memchr_iter(b'\n', first.as_bytes()).count();
        let halves = std::thread::scope(|s| {
            let later = std::thread::Builder::new()
                .spawn_scoped(s, || summarize_from(second, lines))
                .ok()?;
            let sooner = summarize_from(first, 0);
            Some((sooner, later.join().ok()?))
        });
        if let Some(((a, ve0_a), (b, ve0_b))) = halves {
            let ve0 = ve0_a || ve0_b;
            return match (a, b) {
                (Ok(mut a), Ok(b)) => {
                    a.containers += b.containers;
                    a.containers_with_failures += b.containers_with_failures;
                    for (r, n) in b.failcnt_containers {
                        *a.failcnt_containers.entry(r).or_insert(0) += n;
                    }
                    a.version = b.version.or(a.version);
                    (Ok(a), ve0)
                }
                (Err(e), _) | (_, Err(e)) => (Err(e), ve0),
            };
        }
    }
    summarize_from(text, 0)
}

/// Where the first row that begins a beancounter (`uid:` then its first
/// resource) at or after `at` starts: a place to cut the file, each part
/// counted alone. `None` when there is none.
fn counter_row_after(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut start = at + memchr::memchr(b'\n', b.get(at..)?)? + 1;
    while start < b.len() {
        let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |i| start + i);
        let t = text[start..end].trim_ascii();
        if !t.starts_with("Version:")
            && !t.starts_with("uid")
            && t.split_ascii_whitespace()
                .next()
                .is_some_and(|w| w.ends_with(':'))
        {
            return Some(start);
        }
        start = end + 1;
    }
    None
}

/// [`summarize`] of a part of the file that starts after `lines` lines.
fn summarize_from(text: &str, lines: usize) -> (Result<Out, CollectError>, bool) {
    let (mut out, mut ve0) = (Out::default(), false);
    // The current container (none for VE0) and its failed resources.
    let mut cur: Option<Vec<&str>> = None;
    let done = |out: &mut Out, failed: Option<Vec<&str>>| {
        let Some(mut failed) = failed else { return };
        out.containers += 1;
        if !failed.is_empty() {
            out.containers_with_failures += 1;
        }
        failed.sort_unstable();
        failed.dedup();
        for r in failed {
            bump(&mut out.failcnt_containers, r);
        }
    };
    let walked = walk_from(text, lines, |row| match row {
        Row::Ve0 => ve0 = true,
        Row::Version(v) => out.version = Some(version(v)),
        Row::Counter(uid) => {
            let next = (!is_ve0(uid)).then(Vec::new);
            done(&mut out, std::mem::replace(&mut cur, next));
        }
        Row::Resource(name, failcnt) => {
            if let Some(failed) = cur.as_mut()
                && failcnt > 0
            {
                failed.push(resource_name(name));
            }
        }
    });
    match walked {
        Ok(()) => {
            done(&mut out, cur);
            (Ok(out), ve0)
        }
        // The rest of the file may still hold VE0's row.
        Err((e, rest)) => (Err(e), ve0 || has_ve0_row(&text[rest..])),
    }
}

/// What is read of /proc/user_beancounters (about 900 bytes a
/// container), once per run, for the in-container check, `vz.host` and
/// `vz.beancounters`: whether VE0 has a row, and the section or why the
/// file does not parse. The text itself is not kept.
#[derive(Debug)]
pub(crate) struct UbcFacts {
    /// The file has a VE0 row ([`has_ve0_row`]).
    pub ve0: bool,
    section: Result<Out, String>,
}

/// [`UbcFacts`] of this host; `None` without the file.
pub(crate) fn ubc_facts(host: &Host) -> Result<Option<Arc<UbcFacts>>, CollectError> {
    type Shared = Result<Option<Arc<UbcFacts>>, String>;
    let shared = host.memo("vz.user_beancounters", || -> Shared {
        let text = host.read_optional(PATH).map_err(|e| e.to_string())?;
        Ok(text.map(|t| {
            let (section, ve0) = summarize(&t);
            Arc::new(UbcFacts {
                ve0,
                section: section.map_err(|e| e.to_string()),
            })
        }))
    });
    shared.as_ref().clone().map_err(CollectError::Other)
}

impl Collector for VzBeancounters {
    fn id(&self) -> &str {
        "vz.beancounters"
    }

    fn describe(&self) -> &str {
        "Per beancounter resource, how many containers hit its limit (failcnt > 0)"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "version",
                FieldKind::String,
                "Format version of /proc/user_beancounters",
            )
            .example("2.5")
            .version(),
            Field::new(
                "containers",
                FieldKind::Integer,
                "Containers with beancounters (VE0 not counted)",
            )
            .example("9"),
            Field::new(
                "containers_with_failures",
                FieldKind::Integer,
                "Containers with failcnt > 0 on any resource",
            )
            .example("2"),
            Field::new(
                "failcnt_containers",
                FieldKind::Map,
                "Resource name → containers whose failcnt for it is > 0",
            )
            .example("{\"tcprcvbuf\": 1}")
            .free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let out = match ubc_facts(host)? {
            Some(f) => f.section.clone().map_err(CollectError::Other)?,
            None => {
                summarize(
                    &run_optional(host, &UBC_SCRIPT, LISTING_CAP)?.ok_or_else(|| {
                        CollectError::not_applicable(format!(
                            "{PATH} is absent and there is no {} (not an OpenVZ kernel)",
                            UBC_SCRIPT[0]
                        ))
                    })?,
                )
                .0?
            }
        };
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ve0_row_is_a_line_of_its_own_that_is_0() {
        // A `10:` row is not VE0.
        assert!(!has_ve0_row("  10: kmemsize 1 2 3 4 0"));
        assert!(has_ve0_row("       0:  kmemsize 1 2 3 4 0"));
        // Anywhere in the file, on its own line only.
        assert!(has_ve0_row("Version: 2.5\n 100: a 1 2 3 4 0\n       0:\n"));
        assert!(has_ve0_row(" 10: a 1 2 3 4 0\r\n  0:\tb 1 2 3 4 0"));
        assert!(!has_ve0_row(" 10: a 1 2 3 4 0\n x 0: b\n 0:x\n 200:"));
    }
    use crate::vz_util::format_sample as format;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    const MULTI: &str =
        include_str!("../../testdata/real/proc-user_beancounters-host-multi-ct-vz_tools.txt");
    const CT_WIDE: &str =
        include_str!("../../testdata/real/proc-user_beancounters-ct-1and1-vps-blog.txt");
    const CT_RUBY: &str =
        include_str!("../../testdata/real/proc-user_beancounters-ct-9833-ruby-fixture.txt");
    const VE0: &str =
        include_str!("../../testdata/real/proc-user_beancounters-host-ve0-only-ruby-fixture.txt");

    fn collect(text: &str) -> serde_json::Value {
        let f = FixtureHostBuilder::new().file(PATH, text).build().unwrap();
        VzBeancounters
            .collect(&f.host().unwrap())
            .unwrap()
            .as_json()
            .unwrap()
            .clone()
    }

    #[test]
    fn real_node_with_many_containers() {
        let b = parse_beancounters(MULTI).unwrap();
        assert_eq!(b.version.as_deref(), Some("2.5"));
        assert!(b.has_ve0());
        assert_eq!(b.counters.len(), 3);
        assert!(b.counters.iter().all(|c| c.resources == 20 || c.is_ve0()));
        let v = collect(MULTI);
        assert_eq!(v["containers"], 2);
        assert_eq!(v["version"], "2.5");
        // Exact counts follow the real sample's failcnt column.
        let expected = expected_failures(MULTI);
        assert_eq!(v["failcnt_containers"], json!(expected.0));
        assert_eq!(v["containers_with_failures"], expected.1);
        assert!(expected.1 >= 1, "the sample has failures");
    }

    /// Independent count with awk-like logic, so the assertion is not the
    /// parser checking itself.
    fn expected_failures(text: &str) -> (std::collections::BTreeMap<String, u64>, u64) {
        let mut by_res = std::collections::BTreeMap::new();
        let mut cts = 0;
        let mut uid = String::new();
        let mut failed_here = std::collections::BTreeSet::new();
        let mut flush = |uid: &str, set: &mut std::collections::BTreeSet<String>| {
            if uid != "0" && !uid.is_empty() {
                if !set.is_empty() {
                    cts += 1;
                }
                for r in set.iter() {
                    *by_res.entry(r.clone()).or_insert(0u64) += 1;
                }
            }
            set.clear();
        };
        for line in text.lines().skip(2) {
            let w: Vec<&str> = line.split_whitespace().collect();
            let w = if w[0].ends_with(':') {
                flush(&uid, &mut failed_here);
                uid = w[0].trim_end_matches(':').to_owned();
                &w[1..]
            } else {
                &w[..]
            };
            if w[5] != "0" {
                failed_here.insert(w[0].to_owned());
            }
        }
        flush(&uid, &mut failed_here);
        (by_res, cts)
    }

    #[test]
    fn real_in_container_samples_have_no_ve0() {
        let wide = parse_beancounters(CT_WIDE).unwrap();
        assert!(!wide.has_ve0());
        assert_eq!(wide.counters.len(), 1);
        assert_eq!(
            wide.counters[0].failed,
            vec!["lockedpages", "shmpages", "tcpsndbuf", "dcachesize"]
        );
        let ruby = parse_beancounters(CT_RUBY).unwrap();
        assert!(!ruby.has_ve0());
        assert_eq!(ruby.counters[0].id, "9833");
        let v = collect(CT_WIDE);
        assert_eq!(
            v,
            json!({"version": "2.5", "containers": 1, "containers_with_failures": 1,
                   "failcnt_containers": {"dcachesize": 1, "lockedpages": 1, "shmpages": 1, "tcpsndbuf": 1}})
        );
    }

    #[test]
    fn real_ve0_only_node() {
        let b = parse_beancounters(VE0).unwrap();
        assert!(b.has_ve0());
        assert_eq!(
            collect(VE0),
            json!({"version": "2.5", "containers": 0, "containers_with_failures": 0,
                   "failcnt_containers": {}})
        );
    }

    #[test]
    fn malformed_rows_name_the_line() {
        let e = parse_beancounters("Version: 2.5\n  101: kmemsize 1 2 3\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "cannot parse /proc/user_beancounters: line 2: expected `resource held maxheld barrier limit failcnt`"
        );
        let e = parse_beancounters("numproc 1 2 3 4 5\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("line 1: a resource row before any `uid:` row"),
            "{e}"
        );
        let e = parse_beancounters("we$rd: numproc 1 2 3 4 5\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("line 1: the uid column is not a container id"),
            "{e}"
        );
    }

    #[test]
    fn vz7_kernel_names_beancounters_by_container_id() {
        let text = format("proc-user_beancounters-vzkernel-3.10-vz7.txt");
        let b = parse_beancounters(&text).unwrap();
        let ids: Vec<&str> = b.counters.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["1c7a1b3e-8f2d-4b8e-9d3a-2f1e0c9b8a71", "101", "0"]);
        // 25 rows each: the kernel prints its `dummy` resources too.
        assert!(b.counters.iter().all(|c| c.resources == 25));
        assert_eq!(b.counters[0].failed, ["physpages"]);
        assert!(b.has_ve0());
        assert_eq!(
            collect(&text),
            json!({"version": "2.5", "containers": 2, "containers_with_failures": 1,
                   "failcnt_containers": {"physpages": 1}})
        );
    }

    #[test]
    fn vzctl9_script_stands_in_for_the_file() {
        let text = format("user_beancounters.py-vzctl-8.0-9.0.txt");
        let b = parse_beancounters(&text).unwrap();
        let ids: Vec<&str> = b.counters.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["1c7a1b3e-8f2d-4b8e-9d3a-2f1e0c9b8a71", "101", "0"]);
        assert!(b.counters.iter().all(|c| c.resources == 24));
        // No /proc/user_beancounters: the script's output is read.
        let f = FixtureHostBuilder::new()
            .command(&UBC_SCRIPT, &text, 0)
            .build()
            .unwrap();
        let v = VzBeancounters.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"version": "2.5", "containers": 2, "containers_with_failures": 1,
                   "failcnt_containers": {"numproc": 1}})
        );
        // Neither: not applicable.
        let f = FixtureHostBuilder::new().build().unwrap();
        let e = VzBeancounters.collect(&f.host().unwrap()).unwrap_err();
        assert!(matches!(e, CollectError::NotApplicable(_)), "{e}");
    }

    /// A big file is counted in two halves; every outcome (counts,
    /// versions, VE0 in either half, the first error and its line) is the
    /// one of a single pass.
    #[test]
    fn halves_count_as_one_pass() {
        let row = |uid: Option<&str>, res: &str, failcnt: u64| {
            let head = uid.map_or(" ".repeat(11), |u| format!("{u:>10}:"));
            format!(
                "{head}  {res:<20}{:>21}{:>21}{:>21}{:>21}{failcnt:>21}\n",
                1, 2, 3, 4
            )
        };
        let node = |cts: usize, ve0_first: bool| {
            let mut t = String::from(
                "Version: 2.5\n       uid  resource held maxheld barrier limit failcnt\n",
            );
            let ve0 = row(Some("0"), "kmemsize", 0) + &row(None, "numproc", 0);
            if ve0_first {
                t.push_str(&ve0);
            }
            for i in 0..cts {
                t.push_str(&row(
                    Some(&format!("{}", 1000 + i)),
                    "kmemsize",
                    (i % 7 == 0) as u64,
                ));
                for (k, r) in ["numproc", "physpages", "dummy", "numfile"]
                    .iter()
                    .enumerate()
                {
                    t.push_str(&row(None, r, ((i + k) % 11 == 0) as u64 * 3));
                }
            }
            if !ve0_first {
                t.push_str(&ve0);
            }
            t
        };
        let base = node(3000, false);
        assert!(base.len() > SPLIT_AT, "{}", base.len());
        let at = |f: f64| base.len() * (f * 100.0) as usize / 100;
        let bad_row = |t: &str, f: f64| {
            let cut = t[at(f)..].find('\n').unwrap() + at(f) + 1;
            format!("{}  junk\n{}", &t[..cut], &t[cut..])
        };
        let cases = [
            base.clone(),
            node(3000, true),
            bad_row(&base, 0.25),
            bad_row(&base, 0.75),
            bad_row(&node(3000, true), 0.75),
            base.replacen("Version: 2.5", "Version: 2.4", 1) + "Version: 2.6\n",
            base.replace("\n", "\r\n"),
        ];
        for text in cases {
            let (whole, ve0) = summarize_from(&text, 0);
            let (split, ve0_split) = summarize(&text);
            assert_eq!(
                split.map_err(|e| e.to_string()),
                whole.map_err(|e| e.to_string())
            );
            assert_eq!(ve0_split, ve0);
        }
        assert!(counter_row_after(&base, base.len() / 2).is_some());
        assert_eq!(counter_row_after("Version: 2.5\n", 0), None);
    }

    proptest! {
        /// The vz7 kernel's `res_fmt` rows with random names (numbers,
        /// UUIDs) and values: every beancounter is found, VE0 by its `0`.
        #[test]
        fn vz7_shaped_rows_with_random_values(
            bcs in proptest::collection::vec((
                prop_oneof!["[1-9][0-9]{0,9}", "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "[a-z][a-z0-9-]{0,20}"],
                proptest::collection::vec((any::<u64>(), 0u64..3), 1..25)
            ), 0..8)
        ) {
            let mut text = String::from("Version: 2.5\n       uid  resource                     held              maxheld              barrier                limit              failcnt\n");
            for (name, rows) in &bcs {
                for (i, (v, f)) in rows.iter().enumerate() {
                    let head = if i == 0 { format!("{name:>10}:") } else { " ".repeat(11) };
                    text.push_str(&format!("{head} {:<12} {v:>20} {v:>20} {v:>20} {v:>20} {f:>20}\n", "numproc"));
                }
            }
            let b = parse_beancounters(&text).unwrap();
            prop_assert_eq!(b.counters.len(), bcs.len());
            for (c, (name, rows)) in b.counters.iter().zip(&bcs) {
                prop_assert_eq!(&c.id, name);
                prop_assert_eq!(c.resources, rows.len());
                prop_assert_eq!(c.failed.len(), rows.iter().filter(|(_, f)| *f > 0).count());
            }
        }

        /// The row walk finds VE0's row wherever the line scan of the
        /// in-container check finds it, past a malformed row too.
        #[test]
        fn ve0_is_found_as_the_line_scan_finds_it(
            lines in proptest::collection::vec(prop_oneof![
                Just("       0:  kmemsize 1 2 3 4 0"), Just("0:"), Just(" 0:x 1 2 3 4 5"),
                Just(" x 0: b"), Just("\u{a0}0: a 1 2 3 4 0"), Just("\u{b}0:\tb 1 2 3 4 0"),
                Just(" 00: a 1 2 3 4 0"), Just("  101: kmemsize 1 2 3 4 0"),
                Just("            numproc 1 2 3 4 7"), Just("Version: 2.5"), Just("junk"),
                Just("  10: a 1 2"), Just(""),
            ], 0..8),
            crlf in any::<bool>(),
        ) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            prop_assert_eq!(summarize(&text).1, has_ve0_row(&text), "{:?}", text);
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC*") {
            let _ = parse_beancounters(&s);
        }

        #[test]
        fn arbitrary_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_beancounters(&String::from_utf8_lossy(&b));
        }

        #[test]
        fn shaped_rows_never_panic(rows in proptest::collection::vec(
            ("[0-9 :a-z]{0,12}", proptest::collection::vec("[0-9a-z-]{0,20}", 0..8)), 0..20)) {
            let text: String = rows.iter().map(|(a, b)| format!("{a} {}\n", b.join(" "))).collect();
            let _ = parse_beancounters(&text);
        }
    }
}
