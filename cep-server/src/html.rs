//! The public page: plain server-rendered HTML with inline SVG bars, no
//! scripts, no external resources.

use std::fmt::Write;

use crate::store::{Distribution, Stats};

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

fn bar(value: i64, max: i64) -> String {
    let w = if max > 0 {
        (value as f64 / max as f64 * 200.0).round() as i64
    } else {
        0
    };
    format!(
        "<svg width=\"200\" height=\"12\" role=\"img\" aria-label=\"{value}\"><rect width=\"{w}\" height=\"12\" fill=\"#4a7ab5\"/></svg>"
    )
}

fn distribution(out: &mut String, d: &Distribution) {
    let total: i64 = d.buckets.iter().map(|b| b.hosts).sum();
    let max = d.buckets.iter().map(|b| b.hosts).max().unwrap_or(0);
    let _ = write!(
        out,
        "<section class=\"dist\" id=\"dist-{}\"><h3>{}</h3>",
        escape(&d.name),
        escape(&d.title)
    );
    if d.buckets.is_empty() {
        out.push_str("<p>No data yet.</p></section>\n");
        return;
    }
    out.push_str("<table><tr><th>Value</th><th>Hosts</th><th>Share</th><th></th></tr>");
    for b in &d.buckets {
        let share = if total > 0 {
            b.hosts as f64 * 100.0 / total as f64
        } else {
            0.0
        };
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{share:.1}%</td><td>{}</td></tr>",
            escape(&b.key),
            b.hosts,
            bar(b.hosts, max)
        );
    }
    out.push_str("</table></section>\n");
}

/// The whole page.
pub fn render(s: &Stats) -> String {
    let g = &s.general;
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>OpenVZ statistics</title><style>\
         body{font-family:sans-serif;margin:2em;max-width:60em}\
         table{border-collapse:collapse;margin-bottom:1em}\
         td,th{padding:2px 8px;text-align:left;border-bottom:1px solid #ddd}\
         </style></head><body>\n<h1>OpenVZ statistics</h1>\n",
    );
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
         </table>\n",
        g.hosts_total,
        g.hosts_with_containers,
        g.hosts_with_running_containers,
        g.active_days,
        g.hosts_active,
        g.reports,
        escape(&last),
    );
    let _ = write!(
        out,
        "<h2>Distributions</h2>\n<p>Hosts that reported in the last {} days; values held by fewer than {} hosts are counted as \"other\".</p>\n",
        s.distribution_days, s.k
    );
    for d in &s.distributions {
        distribution(&mut out, d);
    }
    out.push_str("<h2>Growth</h2>\n<p>Hosts that reported, per week.</p>\n");
    if s.growth.is_empty() {
        out.push_str("<p>No data yet.</p>\n");
    } else {
        let max = s.growth.iter().map(|w| w.hosts).max().unwrap_or(1).max(1);
        let n = s.growth.len() as i64;
        let (bw, h) = (8i64, 120i64);
        let _ = write!(
            out,
            "<svg id=\"growth\" width=\"{}\" height=\"{h}\" role=\"img\" aria-label=\"active hosts per week\">",
            n * bw
        );
        for (i, w) in s.growth.iter().enumerate() {
            let bh = (w.hosts as f64 / max as f64 * h as f64).round() as i64;
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{bh}\" fill=\"#4a7ab5\"><title>{}: {}</title></rect>",
                i as i64 * bw,
                h - bh,
                bw - 1,
                escape(&w.week),
                w.hosts
            );
        }
        out.push_str(
            "</svg>\n<table id=\"growth-table\"><tr><th>Week of</th><th>Active hosts</th></tr>",
        );
        for w in s.growth.iter().rev().take(12) {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&w.week),
                w.hosts
            );
        }
        out.push_str("</table>\n");
    }
    let _ = write!(
        out,
        "<p>Generated at {}. Also as <a href=\"/api/v1/stats\">JSON</a>.</p>\n</body></html>\n",
        escape(&s.generated_at)
    );
    out
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
}
