//! The public pages: an overview, one page per topic and the privacy
//! notice, plain server-rendered HTML with inline SVG charts, no scripts,
//! no external resources.
//!
//! Each page is an askama template under `cep-server/templates/` that
//! escapes every value it shows; the structs here hold what a template
//! shows, computed from the published [`Stats`].

use askama::Template;

use super::chart::{self, Chart, Line};
use super::inline::{self, Inline};
use super::privacy::{Block, Notice};
use crate::anon::OTHER;
use crate::facts::Page;
use crate::store::published::{Bucket, Distribution, General, Stats, Week};

/// A page that could not be rendered.
#[derive(Debug, thiserror::Error)]
#[error("cannot render the {page} page: {source}")]
pub struct RenderError {
    /// Which page.
    page: &'static str,
    /// What failed.
    source: askama::Error,
}

impl RenderError {
    pub(crate) fn new(page: &'static str, source: askama::Error) -> Self {
        RenderError { page, source }
    }
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

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One entry of the navigation bar (`slug` empty for the overview).
struct NavLink {
    slug: &'static str,
    title: &'static str,
    current: bool,
}

/// Which entry of the navigation bar a page is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nav {
    Overview,
    Topic(Page),
    /// A page outside the bar (privacy).
    Other,
}

/// What `templates/base.html` shows around every page.
struct Frame<'a> {
    title: &'a str,
    nav: Vec<NavLink>,
    license: Vec<Inline<'a>>,
    generated_at: &'a str,
}

impl<'a> Frame<'a> {
    /// The frame of the page `current`, titled `title`.
    fn new(site: &'a Site, current: Nav, title: &'a str, generated_at: &'a str) -> Self {
        let mut nav = vec![NavLink {
            slug: "",
            title: "Overview",
            current: current == Nav::Overview,
        }];
        nav.extend(Page::ALL.into_iter().map(|p| NavLink {
            slug: p.slug(),
            title: p.title(),
            current: current == Nav::Topic(p),
        }));
        Frame {
            title,
            nav,
            license: inline::links(&site.data_license),
            generated_at,
        }
    }
}

/// A topic and the titles of its tables, for the overview's list.
struct TopicLink {
    slug: &'static str,
    title: &'static str,
    tables: String,
}

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage<'a> {
    frame: Frame<'a>,
    general: &'a General,
    last_report: String,
    topics: Vec<TopicLink>,
    /// Hosts and reports per week; none without reports.
    charts: Option<(Chart, Chart)>,
    /// The last 12 weeks, newest first.
    recent_weeks: Vec<&'a Week>,
}

/// The overview: General info and growth.
pub fn overview(s: &Stats, site: &Site) -> Result<String, RenderError> {
    let g = &s.general;
    let topics = Page::ALL
        .into_iter()
        .map(|p| TopicLink {
            slug: p.slug(),
            title: p.title(),
            tables: s
                .distributions
                .iter()
                .filter(|d| d.page == p)
                .map(|d| d.title.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    let charts = (!s.growth.is_empty()).then(|| {
        let weeks: Vec<String> = s.growth.iter().map(|w| w.week.clone()).collect();
        let per_week = |f: fn(&Week) -> i64| s.growth.iter().map(|w| Some(f(w) as f64)).collect();
        let hosts = chart::lines(
            "growth",
            "Hosts per week",
            &weeks,
            &[
                Line {
                    label: "hosts total",
                    values: per_week(|w| w.hosts_total),
                },
                Line {
                    label: "active hosts",
                    values: per_week(|w| w.hosts),
                },
            ],
            "",
        );
        let reports = chart::lines(
            "reports",
            "Reports per week",
            &weeks,
            &[Line {
                label: "reports",
                values: per_week(|w| w.reports),
            }],
            "",
        );
        (hosts, reports)
    });
    OverviewPage {
        frame: Frame::new(site, Nav::Overview, "OpenVZ statistics", &s.generated_at),
        general: g,
        last_report: g.seconds_since_last_report.map_or("never".into(), ago),
        topics,
        charts,
        recent_weeks: s.growth.iter().rev().take(12).collect(),
    }
    .render()
    .map_err(|source| RenderError {
        page: "overview",
        source,
    })
}

/// How many hosts a table is over.
enum Of {
    /// `hosts` reported (with `units` containers, VMs or disks).
    Reported {
        hosts: i64,
        plural: bool,
        units: Option<(i64, String)>,
    },
    /// No host did.
    Nobody,
    /// Fewer than k did.
    FewerThanK,
}

/// What a table counts besides hosts: `name` in text, `heading` atop its
/// column.
struct Unit {
    name: String,
    heading: String,
}

/// One row of a table, as shown.
struct Row {
    other: bool,
    key: String,
    hosts: String,
    share: String,
    units: String,
    unit_share: String,
    change: String,
    /// The bar's width in pixels (of 160).
    bar: i64,
}

/// What stands under a table: its trend chart, a note that there is
/// none to show, or nothing.
enum TrendView {
    Chart(Box<Chart>),
    OnlyOther,
    Nothing,
}

/// One distribution on a topic page.
struct DistView<'a> {
    name: &'a str,
    title: &'a str,
    of: Of,
    unit: Option<Unit>,
    rows: Vec<Row>,
    trend: TrendView,
}

fn bar(value: i64, max: i64) -> i64 {
    if max > 0 {
        (value as f64 / max as f64 * 160.0).round() as i64
    } else {
        0
    }
}

fn dist_view(d: &Distribution) -> DistView<'_> {
    let of = match d.reporting_hosts {
        Some(n) => Of::Reported {
            hosts: n,
            plural: n != 1,
            units: d
                .unit
                .as_ref()
                .zip(d.reporting_units)
                .map(|(u, n)| (n, u.clone())),
        },
        None if d.buckets.is_empty() => Of::Nobody,
        None => Of::FewerThanK,
    };
    let max = d.buckets.iter().filter_map(|b| b.hosts).max().unwrap_or(0);
    let rows = d
        .buckets
        .iter()
        .map(|b| Row {
            other: b.key == OTHER,
            key: b.key.clone(),
            hosts: hosts_cell(b),
            share: pct(b.share),
            units: b.units.map_or_else(String::new, |u| u.to_string()),
            unit_share: pct(b.unit_share),
            change: change(b.change),
            bar: bar(b.hosts.unwrap_or(0), max),
        })
        .collect();
    DistView {
        name: &d.name,
        title: &d.title,
        of,
        unit: d.unit.as_ref().map(|u| Unit {
            name: u.clone(),
            heading: capitalize(u),
        }),
        rows,
        trend: trend_view(d),
    }
}

/// Shares per week of the largest keys (and "other"), in percent of the
/// hosts that reported the section that week.
fn trend_view(d: &Distribution) -> TrendView {
    let t = &d.trend;
    if !t.reporting_hosts.iter().any(Option::is_some) || t.series.is_empty() {
        return TrendView::Nothing;
    }
    if t.series.iter().all(|s| s.key == OTHER) {
        return TrendView::OnlyOther;
    }
    const TOP: usize = 6;
    let chosen = t
        .series
        .iter()
        .filter(|s| s.key != OTHER)
        .take(TOP)
        .chain(t.series.iter().filter(|s| s.key == OTHER));
    let lines: Vec<Line<'_>> = chosen
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
    TrendView::Chart(Box::new(chart::lines(
        &format!("trend-{}", d.name),
        &format!("{}: share of hosts per week", d.title),
        &t.weeks,
        &lines,
        "%",
    )))
}

#[derive(Template)]
#[template(path = "topic.html")]
struct TopicPage<'a> {
    frame: Frame<'a>,
    days: i64,
    k: i64,
    change_from: &'a str,
    change_to: &'a str,
    dists: Vec<DistView<'a>>,
}

/// One topic page: its distributions with their trends.
pub fn topic(s: &Stats, page: Page, site: &Site) -> Result<String, RenderError> {
    TopicPage {
        frame: Frame::new(site, Nav::Topic(page), page.title(), &s.generated_at),
        days: s.distribution_days,
        k: s.k,
        change_from: &s.change_from,
        change_to: &s.change_to,
        dists: s
            .distributions
            .iter()
            .filter(|d| d.page == page)
            .map(dist_view)
            .collect(),
    }
    .render()
    .map_err(|source| RenderError {
        page: page.slug(),
        source,
    })
}

/// One row of the policy table, as shown.
struct PolicyRow<'a> {
    collector: Vec<Inline<'a>>,
    fields: Vec<Inline<'a>>,
    tables: Vec<Inline<'a>>,
}

/// A piece of the privacy notice ([`Block`]) with its code spans found.
enum NoticeBlock<'a> {
    H2(&'a str),
    P(Vec<Inline<'a>>),
    List(Vec<Vec<Inline<'a>>>),
    Table(Vec<PolicyRow<'a>>),
}

impl<'a> NoticeBlock<'a> {
    fn of(b: &'a Block) -> Self {
        match b {
            Block::H2(t) => NoticeBlock::H2(t),
            Block::P(t) => NoticeBlock::P(inline::code_spans(t)),
            Block::List(items) => {
                NoticeBlock::List(items.iter().map(|i| inline::code_spans(i)).collect())
            }
            Block::Table(rows) => NoticeBlock::Table(
                rows.iter()
                    .map(|[c, f, t]| PolicyRow {
                        collector: inline::code_spans(c),
                        fields: inline::code_spans(f),
                        tables: inline::code_spans(t),
                    })
                    .collect(),
            ),
        }
    }
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage<'a> {
    frame: Frame<'a>,
    blocks: Vec<NoticeBlock<'a>>,
}

/// The privacy notice ([`crate::render::privacy`]) for these settings.
pub fn privacy(site: &Site, notice: &Notice, generated_at: &str) -> Result<String, RenderError> {
    let blocks = super::privacy::blocks(notice);
    PrivacyPage {
        frame: Frame::new(site, Nav::Other, "Privacy", generated_at),
        blocks: blocks.iter().map(NoticeBlock::of).collect(),
    }
    .render()
    .map_err(|source| RenderError {
        page: "privacy",
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::published::{Series, Trend};

    #[test]
    fn durations_read_plainly() {
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
            trend: Trend {
                weeks: vec!["2026-11-16".into(), "2026-11-23".into()],
                reporting_hosts: vec![Some(10), Some(12)],
                series: vec![Series {
                    key: "other".into(),
                    hosts: vec![Some(10), Some(12)],
                }],
            },
        };
        assert!(matches!(trend_view(&d), TrendView::OnlyOther));
        d.trend.series.insert(
            0,
            Series {
                key: "yes".into(),
                hosts: vec![Some(6), Some(12)],
            },
        );
        let TrendView::Chart(chart) = trend_view(&d) else {
            panic!("no chart");
        };
        let svg = chart.render().unwrap();
        assert!(svg.starts_with("<svg id=\"trend-containers\""), "{svg}");
        // 6 of 10 and 12 of 12 hosts: 60% and 100%.
        assert!(svg.contains(">100%</text>"));
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
    }

    #[test]
    fn the_page_states_the_settings_and_every_policy_field() {
        let n = Notice {
            k: 7,
            active_days: 21,
            retention_days: 120,
            keep_archives_days: 3,
            geoip: true,
            policy_key: None,
            relay: Some("https://stats.example.org".into()),
            fleet: true,
        };
        let body = privacy(&Site::default(), &n, "now").unwrap();
        for needle in [
            "fewer than 7 hosts",
            "last 21 days",
            "kept 120 days",
            "kept 3 days for troubleshooting, then deleted: whole, with whatever a client sent beyond the list above",
            "the archives as received, below, are kept 3 days",
            "two-letter country code",
            "<code>cep forget</code>",
            "<code>cep disable</code>",
            "never stored or logged",
            "This server is a relay: it forwards each report it receives, once, to <code>https://stats.example.org</code>",
            "k-anonymity does not apply there",
        ] {
            assert!(body.contains(needle), "{needle} not in {body}");
        }
        for (collector, fields) in crate::facts::policy().collectors {
            assert!(body.contains(&format!("<code>{collector}</code>")));
            for f in fields {
                assert!(body.contains(&format!("<code>{f}</code>")), "{f}");
            }
        }
        assert!(!body.contains("server.geo</code></td>"));
        let quiet = privacy(
            &Site::default(),
            &Notice {
                keep_archives_days: 0,
                geoip: false,
                policy_key: None,
                relay: None,
                fleet: false,
                ..n
            },
            "now",
        )
        .unwrap();
        assert!(quiet.contains("are not kept") && quiet.contains("No country lookup"));
        assert!(quiet.contains("is ignored here: neither stored nor logged"));
        assert!(!quiet.contains("This server is a relay"));
    }

    /// Markup in every text a page shows.
    const XSS: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    fn hostile_stats() -> Stats {
        let bucket = |hosts, change| Bucket {
            key: XSS.into(),
            hosts,
            fewer_than: hosts.is_none().then_some(5),
            share: hosts.map(|_| 50.0),
            units: Some(3),
            unit_share: Some(50.0),
            change,
        };
        let distributions = crate::facts::DISTS
            .iter()
            .map(|d| Distribution {
                name: format!("{}{XSS}", d.name),
                title: XSS.into(),
                page: d.page,
                unit: Some(XSS.into()),
                reporting_hosts: Some(10),
                reporting_units: Some(6),
                buckets: vec![bucket(Some(5), Some(1.0)), bucket(None, None)],
                trend: Trend {
                    weeks: vec![XSS.into(), XSS.into()],
                    reporting_hosts: vec![Some(10), Some(10)],
                    series: vec![
                        Series {
                            key: XSS.into(),
                            hosts: vec![Some(5), Some(5)],
                        },
                        Series {
                            key: OTHER.into(),
                            hosts: vec![Some(5), None],
                        },
                    ],
                },
            })
            .collect();
        Stats {
            generated_at: XSS.into(),
            general: General {
                hosts_total: 10,
                hosts_with_containers: 5,
                hosts_with_running_containers: 5,
                hosts_active: 10,
                active_days: 61,
                reports: 20,
                last_report_at: Some(XSS.into()),
                seconds_since_last_report: Some(5),
            },
            distribution_days: 14,
            k: 5,
            change_from: XSS.into(),
            change_to: XSS.into(),
            distributions,
            growth: vec![Week {
                week: XSS.into(),
                hosts: 10,
                hosts_total: 10,
                reports: 20,
            }],
        }
    }

    #[test]
    fn every_text_on_every_page_is_escaped() {
        let s = hostile_stats();
        let site = Site {
            data_license: format!("{XSS} https://example.org/{XSS} {XSS}"),
        };
        let notice = Notice {
            k: 5,
            active_days: 14,
            retention_days: 91,
            keep_archives_days: 0,
            geoip: false,
            policy_key: None,
            relay: None,
            fleet: false,
        };
        let mut pages = vec![
            ("overview".to_owned(), overview(&s, &site).unwrap()),
            ("privacy".to_owned(), privacy(&site, &notice, XSS).unwrap()),
        ];
        for p in Page::ALL {
            pages.push((p.slug().to_owned(), topic(&s, p, &site).unwrap()));
        }
        let escaped = "&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x onerror=alert(1)&#62;";
        for (name, html) in &pages {
            for raw in ["<script", "<img", "alert(1)>"] {
                assert!(!html.contains(raw), "{name} holds {raw}: {html}");
            }
            // The footer's licence and the generation time, at least.
            assert!(html.matches(escaped).count() >= 2, "{name}: {html}");
        }
        // A topic page shows the value in its tables, headings, units,
        // weeks and trend legends, escaped each time.
        let (_, hw) = pages.iter().find(|(n, _)| n == "hardware").unwrap();
        for shown in [
            format!("<h3>{escaped}</h3>"),
            format!("<tr><td>{escaped}</td><td>5</td>"),
            "<td>&#60; 5 hosts</td>".to_owned(),
            "<th>&#60;script&#62;".to_owned(),
            format!("text-anchor=\"start\">{escaped}</text>"),
            format!("<li><a href=\"#cpu_vendor{escaped}\">"),
            "href=\"/api/v1/tables/cpu_vendor%3Cscript%3Ealert%281%29%3C/script%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.csv\""
                .to_owned(),
        ] {
            assert!(hw.contains(&shown), "{shown} not in {hw}");
        }
        // The licence's link (up to the `)`) is escaped in its attribute too.
        assert!(
            pages[0]
                .1
                .contains("<a href=\"https://example.org/&#60;script&#62;alert(1\">"),
            "{}",
            pages[0].1
        );
    }
}
