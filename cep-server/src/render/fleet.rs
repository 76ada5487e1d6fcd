//! The fleet view (`--fleet`, on the admin port only): a provider's own
//! hosts, one row each, as an HTML page (`templates/fleet.html`) and a
//! CSV, with the filters a provider needs (kernel older than a release,
//! no ReadyKernel, not reported for N days) and, on a relay, the state of
//! its outbox. Per-host data: k-anonymity is off here by design, and the
//! page says so.
//!
//! ```
//! use cep_server::render::fleet::{Filter, older};
//! assert!(older("3.10.0-1160.80.1.vz7.191.4", "3.10.0-1160.90.1.vz7.200.7"));
//! assert!(!older("4.18.0-425.3.1.vz9", "3.10.0-1160"));
//! let f = Filter::default();
//! assert!(f.is_empty());
//! ```

use std::cmp::Ordering;
use std::fmt::Write;

use askama::Template;

use super::pages::{RenderError, ago};
use crate::store::{FleetHost, OutboxStatus, Rejected};

/// Which hosts to show (the page's query parameters).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Filter {
    /// Only hosts whose kernel release is older than this one (compared
    /// segment by segment, numbers as numbers, as rpm compares versions).
    #[serde(default)]
    pub kernel_older_than: Option<String>,
    /// Only hosts without ReadyKernel (not installed, or no patch level).
    #[serde(default)]
    pub no_readykernel: Option<String>,
    /// Only hosts whose last report is at least this many days old.
    #[serde(default)]
    pub silent_days: Option<String>,
}

impl Filter {
    /// Whether it lets every host through.
    pub fn is_empty(&self) -> bool {
        self.kernel().is_none() && !self.no_readykernel() && self.silent().ok().flatten().is_none()
    }

    fn kernel(&self) -> Option<&str> {
        self.kernel_older_than
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
    }

    fn no_readykernel(&self) -> bool {
        self.no_readykernel
            .as_deref()
            .is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
    }

    /// `silent_days` as a number; `Err` names the parameter.
    pub fn silent(&self) -> Result<Option<i64>, String> {
        match self.silent_days.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(t) => t
                .parse::<i64>()
                .ok()
                .filter(|d| *d >= 0)
                .map(Some)
                .ok_or_else(|| format!("silent_days `{t}` is not a number of days (0 or more)")),
        }
    }

    /// Whether `h` passes at `now` (unix seconds).
    pub fn passes(&self, h: &FleetHost, now: i64) -> bool {
        if let Some(k) = self.kernel()
            && !h.kernel.as_deref().is_some_and(|mine| older(mine, k))
        {
            return false;
        }
        if self.no_readykernel() && h.readykernel == Some(true) && h.readykernel_patch.is_some() {
            return false;
        }
        if let Ok(Some(days)) = self.silent()
            && now - h.last_seen < days * 86_400
        {
            return false;
        }
        true
    }
}

/// Whether version `a` is older than `b`: both split into runs of digits
/// and of letters (anything else separates), compared run by run, a
/// number against a number by value, letters by bytes, a number newer
/// than letters; when one runs out first, it is the older. This is the
/// order rpm gives package versions, which is how kernel releases such as
/// `3.10.0-1160.80.1.vz7.191.4` are written.
pub fn older(a: &str, b: &str) -> bool {
    compare(a, b) == Ordering::Less
}

fn runs(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        rest = rest.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        let Some(first) = rest.chars().next() else {
            break;
        };
        let end = if first.is_ascii_digit() {
            rest.find(|c: char| !c.is_ascii_digit())
        } else {
            rest.find(|c: char| !c.is_ascii_alphabetic())
        }
        .unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

fn compare(a: &str, b: &str) -> Ordering {
    let (ra, rb) = (runs(a), runs(b));
    for (x, y) in ra.iter().zip(&rb) {
        let (xd, yd) = (
            x.as_bytes()[0].is_ascii_digit(),
            y.as_bytes()[0].is_ascii_digit(),
        );
        let o = match (xd, yd) {
            (true, true) => {
                let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            }
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    ra.len().cmp(&rb.len())
}

/// One row as shown.
struct Row {
    host_id: String,
    label: String,
    label_by_relay: bool,
    last: String,
    ago: String,
    generation: String,
    kernel: String,
    vzctl: String,
    prlctl: String,
    ploop: String,
    readykernel: String,
    containers: String,
    vms: String,
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, ToString::to_string)
}

fn readykernel(h: &FleetHost) -> String {
    match (h.readykernel, &h.readykernel_patch) {
        (_, Some(p)) => p.clone(),
        (Some(true), None) => "installed, no patch".into(),
        (Some(false), None) => "no".into(),
        (None, None) => String::new(),
    }
}

/// The relay's side of the page: its upstream, the policy it reduces
/// reports to, and its outbox.
pub struct RelayView<'a> {
    /// The upstream's URL without credentials.
    pub upstream: &'a str,
    /// The policy's version, where it came from and why.
    pub policy: String,
    /// The outbox.
    pub outbox: &'a OutboxStatus,
    /// The newest refusals.
    pub rejected: &'a [Rejected],
}

struct RejectedRow {
    id: String,
    status: String,
    reason: String,
    when: String,
}

#[derive(Template)]
#[template(path = "fleet.html")]
struct FleetPage<'a> {
    generated_at: &'a str,
    shown: usize,
    total: usize,
    rows: Vec<Row>,
    kernel_older_than: String,
    no_readykernel: bool,
    silent_days: String,
    csv: String,
    relay: Option<RelayPart<'a>>,
}

struct RelayPart<'a> {
    upstream: &'a str,
    policy: &'a str,
    reports: i64,
    forgets: i64,
    bytes: i64,
    oldest: String,
    head_error: String,
    forwarded: i64,
    dropped: i64,
    rejected: i64,
    recent: Vec<RejectedRow>,
}

/// The query string of `f` (for the CSV link of the same selection).
fn query(f: &Filter) -> String {
    let mut parts = Vec::new();
    let enc = |s: &str| {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    if let Some(k) = f.kernel() {
        parts.push(format!("kernel_older_than={}", enc(k)));
    }
    if f.no_readykernel() {
        parts.push("no_readykernel=1".to_owned());
    }
    if let Ok(Some(d)) = f.silent() {
        parts.push(format!("silent_days={d}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The fleet page: the hosts `f` lets through at `now`, and the relay's
/// state when it is one.
pub fn page(
    hosts: &[FleetHost],
    f: &Filter,
    now: i64,
    relay: Option<&RelayView<'_>>,
) -> Result<String, RenderError> {
    let rows = hosts
        .iter()
        .filter(|h| f.passes(h, now))
        .map(|h| Row {
            host_id: h.host_id.to_string(),
            label: opt(&h.label),
            label_by_relay: h.label_source == Some(crate::store::LabelSource::Relay),
            last: crate::store::rfc3339(h.last_seen),
            ago: ago((now - h.last_seen).max(0)),
            generation: opt(&h.generation),
            kernel: opt(&h.kernel),
            vzctl: opt(&h.vzctl),
            prlctl: opt(&h.prlctl),
            ploop: opt(&h.ploop),
            readykernel: readykernel(h),
            containers: opt(&h.containers),
            vms: opt(&h.vms),
        })
        .collect::<Vec<_>>();
    let generated = crate::store::rfc3339(now);
    FleetPage {
        generated_at: &generated,
        shown: rows.len(),
        total: hosts.len(),
        rows,
        kernel_older_than: f.kernel().unwrap_or("").to_owned(),
        no_readykernel: f.no_readykernel(),
        silent_days: f
            .silent()
            .ok()
            .flatten()
            .map_or_else(String::new, |d| d.to_string()),
        csv: format!("/fleet.csv{}", query(f)),
        relay: relay.map(|r| RelayPart {
            upstream: r.upstream,
            policy: &r.policy,
            reports: r.outbox.reports,
            forgets: r.outbox.forgets,
            bytes: r.outbox.bytes,
            oldest: r
                .outbox
                .oldest_queued_at
                .map_or_else(|| "none waiting".to_owned(), |t| ago((now - t).max(0))),
            head_error: r.outbox.head_error.clone().unwrap_or_default(),
            forwarded: r.outbox.forwarded,
            dropped: r.outbox.dropped,
            rejected: r.outbox.rejected,
            recent: r
                .rejected
                .iter()
                .map(|x| RejectedRow {
                    id: x.id.clone(),
                    status: x.status.map_or_else(String::new, |s| s.to_string()),
                    reason: x.reason.clone(),
                    when: crate::store::rfc3339(x.rejected_at),
                })
                .collect(),
        }),
    }
    .render()
    .map_err(|source| RenderError::new("fleet", source))
}

/// The same rows as CSV: `host_id,label,label_source,last_report,
/// generation,kernel,vzctl,prlctl,ploop,readykernel,readykernel_patch,
/// containers,vms`; every text field as the other CSVs write keys (no
/// formula a spreadsheet would run).
pub fn csv(hosts: &[FleetHost], f: &Filter, now: i64) -> String {
    use super::data::field;
    let mut out = String::from(
        "host_id,label,label_source,last_report,generation,kernel,vzctl,prlctl,ploop,readykernel,readykernel_patch,containers,vms\n",
    );
    let text = |v: &Option<String>| v.as_deref().map_or_else(String::new, field);
    for h in hosts.iter().filter(|h| f.passes(h, now)) {
        let source = match h.label_source {
            Some(crate::store::LabelSource::Node) => "node",
            Some(crate::store::LabelSource::Relay) => "relay",
            None => "",
        };
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{},{}",
            h.host_id,
            text(&h.label),
            source,
            crate::store::rfc3339(h.last_seen),
            text(&h.generation),
            text(&h.kernel),
            text(&h.vzctl),
            text(&h.prlctl),
            text(&h.ploop),
            opt(&h.readykernel.map(|b| if b { "yes" } else { "no" })),
            text(&h.readykernel_patch),
            opt(&h.containers),
            opt(&h.vms),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    const NOW: i64 = 1_800_000_000;

    fn host(n: u128, kernel: &str, rk: Option<&str>, days_ago: i64) -> FleetHost {
        FleetHost {
            host_id: Uuid::from_u128(n),
            label: Some(format!("hv{n}")),
            label_source: Some(crate::store::LabelSource::Node),
            last_seen: NOW - days_ago * 86_400,
            kernel: Some(kernel.into()),
            readykernel: Some(rk.is_some()),
            readykernel_patch: rk.map(str::to_owned),
            ..FleetHost::default()
        }
    }

    #[test]
    fn kernels_compare_as_rpm_orders_them() {
        for (a, b) in [
            ("3.10.0-1160.80.1.vz7.191.4", "3.10.0-1160.90.1.vz7.200.7"),
            ("2.6.32-042stab145.3", "3.10.0-327"),
            ("3.10.0-957.12.2.vz7.86.2", "3.10.0-957.12.2.vz7.96.21"),
            ("3.10.0", "3.10.0-1160"),
            ("1.0a", "1.0.1"),
        ] {
            assert!(older(a, b), "{a} < {b}");
            assert!(!older(b, a), "{b} !< {a}");
        }
        assert!(!older("3.10.0-1160", "3.10.0-1160"));
        assert!(!older("03.010", "3.10"));
    }

    #[test]
    fn filters_select_by_kernel_readykernel_and_silence() {
        let hosts = [
            host(1, "3.10.0-1160.80.1.vz7.191.4", Some("89.0-r1"), 0),
            host(2, "3.10.0-1160.90.1.vz7.200.7", None, 3),
            host(3, "2.6.32-042stab145.3", None, 40),
        ];
        let pick = |f: Filter| -> Vec<u128> {
            hosts
                .iter()
                .filter(|h| f.passes(h, NOW))
                .map(|h| h.host_id.as_u128())
                .collect()
        };
        assert_eq!(pick(Filter::default()), [1, 2, 3]);
        let older_than = |k: &str| Filter {
            kernel_older_than: Some(k.into()),
            ..Filter::default()
        };
        assert_eq!(pick(older_than("3.10.0-1160.90.1.vz7.200.7")), [1, 3]);
        assert_eq!(pick(older_than("3.10.0")), [3]);
        let no_rk = Filter {
            no_readykernel: Some("1".into()),
            ..Filter::default()
        };
        assert_eq!(pick(no_rk.clone()), [2, 3]);
        let silent = Filter {
            silent_days: Some("3".into()),
            ..no_rk
        };
        assert_eq!(pick(silent), [2, 3]);
        let bad = Filter {
            silent_days: Some("a week".into()),
            ..Filter::default()
        };
        assert!(bad.silent().unwrap_err().contains("silent_days `a week`"));
    }

    #[test]
    fn the_page_says_it_is_per_host_and_escapes_what_hosts_sent() {
        let mut h = host(1, "<script>alert(1)</script>", None, 1);
        h.label = Some("=cmd|' /C calc'!A0".into());
        let html = page(std::slice::from_ref(&h), &Filter::default(), NOW, None).unwrap();
        assert!(html.contains("k-anonymity is off"), "{html}");
        assert!(html.contains("must not be public"), "{html}");
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(
            html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
            "{html}"
        );
        let csv = csv(&[h], &Filter::default(), NOW);
        let row = csv.lines().nth(1).unwrap();
        assert!(row.contains(",'=cmd|' /C calc'!A0,node,"), "{row}");
    }
}
