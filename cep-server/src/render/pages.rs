//! The public pages: an overview and one page per topic, plain
//! server-rendered HTML with inline SVG charts, no scripts, no external
//! resources.

use std::fmt::Write;

use super::chart::{self, Line};
use super::privacy::{self, Notice};
use crate::facts::Page;
use crate::store::published::{Bucket, Distribution, Series, Stats};

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `3 d 4 h`, `5 min`, `12 s`.
pub fn ago(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    if d > 0 {
        format!("{d} d {h} h")
    } else if h > 0 {
        format!("{h} h {m} min")
    } else if m > 0 {
        format!("{m} min")
    } else {
        format!("{secs} s")
    }
}

/// Site settings shown on every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The licence of the published data, as shown (`--data-license`).
    pub data_license: String,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            data_license: DEFAULT_DATA_LICENSE.to_owned(),
        }
    }
}

/// The data licence unless configured.
pub const DEFAULT_DATA_LICENSE: &str = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

/// Links in text (`https://...` up to a space or `)`) become anchors.
fn linkify(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(pos) = rest.find("https://") {
        out.push_str(&escape(&rest[..pos]));
        let url_end = rest[pos..]
            .find(|c: char| c.is_whitespace() || c == ')')
            .map_or(rest.len(), |e| pos + e);
        let url = &rest[pos..url_end];
        let _ = write!(out, "<a href=\"{0}\">{0}</a>", escape(url));
        rest = &rest[url_end..];
    }
    out.push_str(&escape(rest));
    out
}

fn bar(value: i64, max: i64) -> String {
    let w = if max > 0 {
        (value as f64 / max as f64 * 160.0).round() as i64
    } else {
        0
    };
    format!(
        "<svg class=\"bar\" width=\"160\" height=\"12\" aria-hidden=\"true\"><rect width=\"{w}\" height=\"12\" fill=\"#4a7ab5\"/></svg>"
    )
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.1}%"))
}

fn change(v: Option<f64>) -> String {
    match v {
        Some(v) if v > 0.0 => format!("+{v:.1} pp"),
        Some(v) if v < 0.0 => format!("\u{2212}{:.1} pp", -v),
        Some(_) => "0.0 pp".into(),
        None => "\u{2014}".into(),
    }
}

/// What a table row shows for hosts: the count, or `< k hosts`.
pub fn hosts_cell(b: &Bucket) -> String {
    match (b.hosts, b.fewer_than) {
        (Some(n), _) => n.to_string(),
        (None, Some(k)) => format!("< {k} hosts"),
        (None, None) => String::new(),
    }
}

/// The key as shown: `yes`/`no` and bucket names as they are; "other"
/// explained.
fn key_cell(key: &str) -> String {
    if key == crate::anon::OTHER {
        "<em>other</em>".into()
    } else {
        escape(key)
    }
}

fn distribution(out: &mut String, s: &Stats, d: &Distribution) {
    let _ = write!(
        out,
        "<section class=\"dist\" id=\"{0}\"><h3>{1}</h3>",
        escape(&d.name),
        escape(&d.title)
    );
    let unit = d.unit.as_deref();
    match d.reporting_hosts {
        Some(n) => {
            let _ = write!(
                out,
                "<p class=\"of\">Of {n} host{} that reported this in the last {} days",
                if n == 1 { "" } else { "s" },
                s.distribution_days
            );
            if let (Some(u), Some(nu)) = (unit, d.reporting_units) {
                let _ = write!(out, " (with {nu} {})", escape(u));
            }
            out.push('.');
        }
        None if d.buckets.is_empty() => {
            let _ = write!(
                out,
                "<p class=\"of\">No host reported this in the last {} days.",
                s.distribution_days
            );
        }
        None => {
            let _ = write!(
                out,
                "<p class=\"of\">Fewer than {} hosts reported this in the last {} days; their values are not shown.",
                s.k, s.distribution_days
            );
        }
    }
    let _ = write!(
        out,
        " <a href=\"/api/v1/tables/{0}.csv\">CSV</a> \u{b7} <a href=\"/api/v1/tables/{0}.json\">JSON</a></p>",
        escape(&d.name)
    );
    if !d.buckets.is_empty() {
        let max = d.buckets.iter().filter_map(|b| b.hosts).max().unwrap_or(0);
        out.push_str(
            "<table class=\"dist\"><thead><tr><th>Value</th><th>Hosts</th><th>Share of hosts</th>",
        );
        if let Some(u) = unit {
            let u = escape(u);
            let _ = write!(out, "<th>{}</th><th>Share of {u}</th>", capitalize(&u));
        }
        let _ = write!(
            out,
            "<th title=\"share of hosts, week of {} against week of {}\">Change since 4 weeks ago</th><th></th></tr></thead><tbody>",
            escape(&s.change_to),
            escape(&s.change_from)
        );
        for b in &d.buckets {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td>",
                key_cell(&b.key),
                escape(&hosts_cell(b)),
                pct(b.share)
            );
            if unit.is_some() {
                let _ = write!(
                    out,
                    "<td>{}</td><td>{}</td>",
                    b.units.map_or_else(String::new, |u| u.to_string()),
                    pct(b.unit_share)
                );
            }
            let _ = write!(
                out,
                "<td>{}</td><td>{}</td></tr>",
                change(b.change),
                bar(b.hosts.unwrap_or(0), max)
            );
        }
        out.push_str("</tbody></table>");
    }
    trend_chart(out, d);
    out.push_str("</section>\n");
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Shares per week of the largest keys (and "other"), in percent of the
/// hosts that reported the section that week.
fn trend_chart(out: &mut String, d: &Distribution) {
    let t = &d.trend;
    if !t.reporting_hosts.iter().any(Option::is_some) || t.series.is_empty() {
        return;
    }
    if t.series.iter().all(|s| s.key == crate::anon::OTHER) {
        out.push_str(
            "<p class=\"note\">No trend: some value had fewer than k hosts in a week shown, \
             and keeping it hidden in every week leaves only \"other\".</p>",
        );
        return;
    }
    const TOP: usize = 6;
    let mut chosen: Vec<&Series> = t
        .series
        .iter()
        .filter(|s| s.key != crate::anon::OTHER)
        .take(TOP)
        .collect();
    chosen.extend(t.series.iter().filter(|s| s.key == crate::anon::OTHER));
    let lines: Vec<Line<'_>> = chosen
        .iter()
        .map(|s| Line {
            label: &s.key,
            values: s
                .hosts
                .iter()
                .zip(&t.reporting_hosts)
                .map(|(h, n)| match (h, n) {
                    (Some(h), Some(n)) if *n > 0 => Some(*h as f64 * 100.0 / *n as f64),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    let _ = write!(
        out,
        "<details open><summary>Trend: share of hosts per week</summary>{}<p class=\"note\">\
         <a href=\"/api/v1/trends/{1}.csv\">CSV</a> \u{b7} <a href=\"/api/v1/trends/{1}.json\">JSON</a></p></details>",
        chart::lines(
            &format!("trend-{}", d.name),
            &format!("{}: share of hosts per week", d.title),
            &t.weeks,
            &lines,
            "%"
        ),
        escape(&d.name)
    );
}

const STYLE: &str = "body{font-family:sans-serif;margin:0;color:#222}\
main{margin:1em 2em;max-width:64em}\
nav{background:#2d4f7c;padding:.5em 2em}\
nav a{color:#fff;margin-right:1.2em;text-decoration:none}\
nav a[aria-current]{font-weight:bold;text-decoration:underline}\
table{border-collapse:collapse;margin-bottom:.5em}\
td,th{padding:2px 8px;text-align:left;border-bottom:1px solid #ddd}\
section.dist{margin-bottom:1.5em}\
p.of,p.note{color:#555;margin:.2em 0}\
footer{margin:2em;color:#555;font-size:90%}\
details summary{cursor:pointer;color:#2d4f7c}";

/// Which navigation entry a page is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nav {
    Overview,
    Topic(Page),
    /// A page outside the bar (privacy).
    Other,
}

/// The frame of every page: title, navigation, footer.
fn layout(site: &Site, current: Nav, title: &str, body: &str, generated_at: &str) -> String {
    let mut out = String::with_capacity(body.len() + 2048);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} \u{2014} OpenVZ statistics</title><style>{STYLE}</style></head><body>\n<nav>",
        escape(title)
    );
    let cur = |on: bool| if on { " aria-current=\"page\"" } else { "" };
    let _ = write!(
        out,
        "<a href=\"/\"{}>Overview</a>",
        cur(current == Nav::Overview)
    );
    for p in Page::ALL {
        let _ = write!(
            out,
            "<a href=\"/{}\"{}>{}</a>",
            p.slug(),
            cur(current == Nav::Topic(p)),
            escape(p.title())
        );
    }
    let _ = write!(
        out,
        "</nav>\n<main>\n<h1>{}</h1>\n{body}</main>\n<footer><p>Data licence: {}. \
         Every table is also available as CSV and JSON under <a href=\"/api/v1/tables\">/api/v1/tables</a>; \
         aggregates for Prometheus at <a href=\"/metrics\">/metrics</a>. No per-host data is published          (<a href=\"/privacy\">privacy</a>).</p>\
         <p>Generated at {}.</p></footer>\n</body></html>\n",
        escape(title),
        linkify(&site.data_license),
        escape(generated_at)
    );
    out
}

fn k_note(s: &Stats) -> String {
    format!(
        "<p class=\"note\">Tables count hosts that reported in the last {} days; a value held by fewer than {} hosts \
         is counted as \"other\" (and \"other\" itself, when smaller, as \"&lt; {1} hosts\"). A value that had \
         fewer than {1} hosts in any week of a trend is \"other\" in the whole trend, so that no two weeks can be \
         subtracted to find it. \"Change\" compares the share of hosts in the week of {} with the week of {}.</p>\n",
        s.distribution_days,
        s.k,
        escape(&s.change_to),
        escape(&s.change_from)
    )
}

/// The overview: General info and growth.
pub fn overview(s: &Stats, site: &Site) -> String {
    let g = &s.general;
    let mut out = String::with_capacity(16 * 1024);
    let last = match g.seconds_since_last_report {
        Some(s) => ago(s),
        None => "never".into(),
    };
    let _ = write!(
        out,
        "<h2>General info</h2>\n<table id=\"general\">\
         <tr><th>Hosts total</th><td>{}</td></tr>\
         <tr><th>Hosts with containers</th><td>{}</td></tr>\
         <tr><th>Hosts with running containers</th><td>{}</td></tr>\
         <tr><th>Hosts active in the last {} days</th><td>{}</td></tr>\
         <tr><th>Number of reports</th><td>{}</td></tr>\
         <tr><th>Time since the last report</th><td>{}</td></tr>\
         <tr><th>See how we grow</th><td><a href=\"#growth\">growth charts</a></td></tr>\
         </table>\n<p class=\"note\"><a href=\"/api/v1/tables/general.csv\">CSV</a> \u{b7} \
         <a href=\"/api/v1/tables/general.json\">JSON</a></p>\n",
        g.hosts_total,
        g.hosts_with_containers,
        g.hosts_with_running_containers,
        g.active_days,
        g.hosts_active,
        g.reports,
        escape(&last),
    );
    out.push_str("<h2>Topics</h2>\n<ul>");
    for p in Page::ALL {
        let titles: Vec<&str> = s
            .distributions
            .iter()
            .filter(|d| d.page == p)
            .map(|d| d.title.as_str())
            .collect();
        let _ = write!(
            out,
            "<li><a href=\"/{}\">{}</a>: {}</li>",
            p.slug(),
            escape(p.title()),
            escape(&titles.join(", "))
        );
    }
    out.push_str("</ul>\n<h2 id=\"growth\">Growth</h2>\n");
    if s.growth.is_empty() {
        out.push_str("<p>No reports yet.</p>\n");
    } else {
        let weeks: Vec<String> = s.growth.iter().map(|w| w.week.clone()).collect();
        out.push_str("<h3>Hosts per week</h3>\n");
        out.push_str(&chart::lines(
            "growth",
            "Hosts per week",
            &weeks,
            &[
                Line {
                    label: "hosts total",
                    values: s
                        .growth
                        .iter()
                        .map(|w| Some(w.hosts_total as f64))
                        .collect(),
                },
                Line {
                    label: "active hosts",
                    values: s.growth.iter().map(|w| Some(w.hosts as f64)).collect(),
                },
            ],
            "",
        ));
        out.push_str("<p class=\"note\">Active hosts: hosts that reported that week.</p>\n<h3>Reports per week</h3>\n");
        out.push_str(&chart::lines(
            "reports",
            "Reports per week",
            &weeks,
            &[Line {
                label: "reports",
                values: s.growth.iter().map(|w| Some(w.reports as f64)).collect(),
            }],
            "",
        ));
        out.push_str("<p class=\"note\">The last week is the current one, still running.</p>\n");
        out.push_str(
            "<table id=\"growth-table\"><thead><tr><th>Week of</th><th>Hosts total</th><th>Active hosts</th>\
             <th>Reports</th></tr></thead><tbody>",
        );
        for w in s.growth.iter().rev().take(12) {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&w.week),
                w.hosts_total,
                w.hosts,
                w.reports
            );
        }
        out.push_str(
            "</tbody></table>\n<p class=\"note\"><a href=\"/api/v1/tables/growth.csv\">CSV</a> \u{b7} \
             <a href=\"/api/v1/tables/growth.json\">JSON</a></p>\n",
        );
    }
    layout(
        site,
        Nav::Overview,
        "OpenVZ statistics",
        &out,
        &s.generated_at,
    )
}

/// The privacy notice ([`crate::render::privacy`]) for these settings.
pub fn privacy(site: &Site, notice: &Notice, generated_at: &str) -> String {
    layout(
        site,
        Nav::Other,
        "Privacy",
        &privacy::html_body(notice),
        generated_at,
    )
}

/// One topic page: its distributions with their trends.
pub fn topic(s: &Stats, page: Page, site: &Site) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(&k_note(s));
    let dists: Vec<&Distribution> = s.distributions.iter().filter(|d| d.page == page).collect();
    out.push_str("<ul class=\"toc\">");
    for d in &dists {
        let _ = write!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            escape(&d.name),
            escape(&d.title)
        );
    }
    out.push_str("</ul>\n");
    for d in dists {
        distribution(&mut out, s, d);
    }
    layout(site, Nav::Topic(page), page.title(), &out, &s.generated_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_durations() {
        assert_eq!(escape("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
        assert_eq!(ago(5), "5 s");
        assert_eq!(ago(3 * 86_400 + 4 * 3600 + 7), "3 d 4 h");
        assert_eq!(ago(125), "2 min");
    }

    #[test]
    fn a_trend_of_only_other_is_explained_not_drawn() {
        let mut d = Distribution {
            name: "containers".into(),
            title: "Hosts with containers".into(),
            page: Page::Containers,
            unit: None,
            reporting_hosts: Some(10),
            reporting_units: None,
            buckets: vec![],
            trend: crate::store::Trend {
                weeks: vec!["2026-11-16".into(), "2026-11-23".into()],
                reporting_hosts: vec![Some(10), Some(12)],
                series: vec![crate::store::Series {
                    key: "other".into(),
                    hosts: vec![Some(10), Some(12)],
                }],
            },
        };
        let mut out = String::new();
        trend_chart(&mut out, &d);
        assert!(out.starts_with("<p class=\"note\">No trend:"), "{out}");
        d.trend.series.insert(
            0,
            crate::store::Series {
                key: "yes".into(),
                hosts: vec![Some(6), Some(12)],
            },
        );
        out.clear();
        trend_chart(&mut out, &d);
        assert!(out.contains("<svg id=\"trend-containers\""), "{out}");
        // 6 of 10 and 12 of 12 hosts: 60% and 100%.
        assert!(out.contains(">100%</text>"));
    }

    #[test]
    fn changes_and_small_counts_read_plainly() {
        assert_eq!(change(Some(4.7)), "+4.7 pp");
        assert_eq!(change(Some(-2.5)), "\u{2212}2.5 pp");
        assert_eq!(change(None), "\u{2014}");
        let other = Bucket {
            key: "other".into(),
            hosts: None,
            fewer_than: Some(5),
            share: None,
            units: None,
            unit_share: None,
            change: None,
        };
        assert_eq!(hosts_cell(&other), "< 5 hosts");
        assert_eq!(
            linkify("CC BY 4.0 (https://x.org/a)"),
            "CC BY 4.0 (<a href=\"https://x.org/a\">https://x.org/a</a>)"
        );
    }
}
