//! The published numbers in machine formats: every table and trend as
//! CSV and JSON, and the aggregates in the Prometheus text format. Each
//! takes the same [`Stats`] the pages show, so they show the same numbers.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::store::published::{Distribution, Stats};

/// The list of tables (`/api/v1/tables`): each with its title, page and
/// the addresses of its CSV and JSON forms and of its trend's.
pub fn tables_index(s: &Stats, license: &str) -> Value {
    let mut tables = vec![
        json!({"name": "general", "title": "General info", "csv": "/api/v1/tables/general.csv", "json": "/api/v1/tables/general.json"}),
        json!({"name": "growth", "title": "Growth per week", "csv": "/api/v1/tables/growth.csv", "json": "/api/v1/tables/growth.json"}),
    ];
    for d in &s.distributions {
        tables.push(json!({
            "name": d.name,
            "title": d.title,
            "page": d.page,
            "csv": format!("/api/v1/tables/{}.csv", d.name),
            "json": format!("/api/v1/tables/{}.json", d.name),
            "trend_csv": format!("/api/v1/trends/{}.csv", d.name),
            "trend_json": format!("/api/v1/trends/{}.json", d.name),
        }));
    }
    json!({"license": license, "tables": tables})
}

/// The General info table as JSON.
pub fn general_json(s: &Stats, license: &str) -> Value {
    json!({"license": license, "general": s.general})
}

/// Growth per week as JSON.
pub fn growth_json(s: &Stats, license: &str) -> Value {
    json!({"license": license, "weeks": s.growth})
}

/// One trend as JSON: hosts per key and week.
pub fn trend_json(s: &Stats, d: &Distribution, license: &str) -> Value {
    json!({
        "license": license,
        "name": d.name,
        "title": d.title,
        "k": s.k,
        "weeks": d.trend.weeks,
        "reporting_hosts": d.trend.reporting_hosts,
        "series": d.trend.series,
    })
}

/// One table as JSON: the same object `/api/v1/stats` holds, without the
/// trend, with its window and the licence.
pub fn table_json(s: &Stats, d: &Distribution, license: &str) -> Value {
    json!({
        "license": license,
        "name": d.name,
        "title": d.title,
        "page": d.page,
        "unit": d.unit,
        "window_days": s.distribution_days,
        "k": s.k,
        "change_from": s.change_from,
        "change_to": s.change_to,
        "reporting_hosts": d.reporting_hosts,
        "reporting_units": d.reporting_units,
        "buckets": d.buckets,
    })
}

/// A CSV text field (a key): a text a spreadsheet would take for a
/// formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading
/// `'`, as OWASP recommends against CSV injection; then it is quoted when
/// it holds a comma, quote or line break. Numbers the server writes are
/// not text fields (a negative change stays a number).
pub(crate) fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// A percentage with one decimal, as the pages show it.
fn pct1(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.1}"))
}

/// `key,hosts,share,units,unit_share,change`; an "other" of fewer than k
/// hosts has `<k` as hosts.
pub fn table_csv(d: &Distribution) -> String {
    let mut out = String::from("key,hosts,share_of_hosts,units,share_of_units,change_pp\n");
    for b in &d.buckets {
        let hosts = match (b.hosts, b.fewer_than) {
            (Some(n), _) => n.to_string(),
            (None, Some(k)) => format!("<{k}"),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "{},{},{},{},{},{}",
            field(&b.key),
            hosts,
            pct1(b.share),
            opt(b.units),
            pct1(b.unit_share),
            pct1(b.change)
        );
    }
    out
}

/// `week,reporting_hosts,<key>...`: hosts per key and week; empty where not
/// published.
pub fn trend_csv(d: &Distribution) -> String {
    let t = &d.trend;
    let mut out = String::from("week,reporting_hosts");
    for s in &t.series {
        out.push(',');
        out.push_str(&field(&s.key));
    }
    out.push('\n');
    for (i, w) in t.weeks.iter().enumerate() {
        out.push_str(w);
        out.push(',');
        out.push_str(&opt(t.reporting_hosts[i]));
        for s in &t.series {
            out.push(',');
            out.push_str(&opt(s.hosts[i]));
        }
        out.push('\n');
    }
    out
}

/// The General info table: `name,value`.
pub fn general_csv(s: &Stats) -> String {
    let g = &s.general;
    format!(
        "name,value\nhosts_total,{}\nhosts_with_containers,{}\nhosts_with_running_containers,{}\n\
         hosts_active,{}\nactive_days,{}\nreports,{}\nlast_report_at,{}\nseconds_since_last_report,{}\n",
        g.hosts_total,
        g.hosts_with_containers,
        g.hosts_with_running_containers,
        g.hosts_active,
        g.active_days,
        g.reports,
        opt(g.last_report_at.as_deref()),
        opt(g.seconds_since_last_report)
    )
}

/// Growth per week: `week,hosts_total,active_hosts,reports`.
pub fn growth_csv(s: &Stats) -> String {
    let mut out = String::from("week,hosts_total,active_hosts,reports\n");
    for w in &s.growth {
        let _ = writeln!(
            out,
            "{},{},{},{}",
            w.week, w.hosts_total, w.hosts, w.reports
        );
    }
    out
}

/// A Prometheus label value.
fn label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The aggregates in the Prometheus text format: General info and every
/// published bucket (what the pages show, nothing under k).
pub fn metrics_text(s: &Stats, license: &str) -> String {
    let g = &s.general;
    let mut out = format!("# Data licence: {}\n", license.replace('\n', " "));
    let mut gauge = |name: &str, help: &str, v: i64| {
        let _ = write!(
            out,
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}\n"
        );
    };
    // Gauges, named as Prometheus wants them (`promtool check metrics`):
    // no `_total` (that marks a counter; these can go down, by `cep
    // forget`), base units.
    gauge("cep_hosts", "Hosts that ever reported.", g.hosts_total);
    gauge(
        "cep_hosts_with_containers",
        "Hosts whose latest facts show containers.",
        g.hosts_with_containers,
    );
    gauge(
        "cep_hosts_with_running_containers",
        "Hosts whose latest facts show running containers.",
        g.hosts_with_running_containers,
    );
    gauge(
        "cep_hosts_active",
        "Hosts that reported in the General info window (cep_hosts_active_window_seconds).",
        g.hosts_active,
    );
    gauge(
        "cep_hosts_active_window_seconds",
        "The General info activity window.",
        g.active_days * 86_400,
    );
    gauge("cep_reports", "Reports stored.", g.reports);
    if let Some(secs) = g.seconds_since_last_report {
        gauge(
            "cep_seconds_since_last_report",
            "Seconds since the last report.",
            secs,
        );
    }
    out.push_str(
        "# HELP cep_distribution_reporting_hosts Hosts that reported a distribution's section in its window.\n\
         # TYPE cep_distribution_reporting_hosts gauge\n",
    );
    for d in &s.distributions {
        if let Some(n) = d.reporting_hosts {
            let _ = writeln!(
                out,
                "cep_distribution_reporting_hosts{{dist=\"{}\"}} {n}",
                label(&d.name)
            );
        }
    }
    out.push_str(
        "# HELP cep_distribution_hosts Hosts per published bucket (k-anonymous; \"other\" merges the small ones).\n\
         # TYPE cep_distribution_hosts gauge\n",
    );
    for d in &s.distributions {
        for b in &d.buckets {
            if let Some(n) = b.hosts {
                let _ = writeln!(
                    out,
                    "cep_distribution_hosts{{dist=\"{}\",key=\"{}\"}} {n}",
                    label(&d.name),
                    label(&b.key)
                );
            }
        }
    }
    out.push_str(
        "# HELP cep_distribution_units Containers, VMs or disks per published bucket.\n\
         # TYPE cep_distribution_units gauge\n",
    );
    for d in &s.distributions {
        let Some(unit) = &d.unit else { continue };
        for b in &d.buckets {
            if let Some(n) = b.units {
                let _ = writeln!(
                    out,
                    "cep_distribution_units{{dist=\"{}\",key=\"{}\",unit=\"{}\"}} {n}",
                    label(&d.name),
                    label(&b.key),
                    label(unit)
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_and_labels_are_escaped() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
        assert_eq!(
            field("=HYPERLINK(\"http://evil\",\"x\")"),
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""
        );
        for (cell, safe) in [
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("<=1 GiB", "<=1 GiB"),
        ] {
            assert_eq!(field(cell), safe);
        }
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
