//! The publishing routes: the HTML pages, every table as CSV and JSON
//! (`/api/v1/tables/<name>.{csv,json}`, `/api/v1/trends/<name>.{csv,json}`)
//! and the aggregates for Prometheus (`/metrics`). All of them render the
//! same cached [`Stats`], so they show the same numbers; none holds
//! per-host data.

use std::fmt::Write;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use crate::facts::Page;
use crate::html;
use crate::server::AppState;
use crate::store::{Distribution, Stats};

/// The publishing routes, to merge into the server's router.
pub fn routes() -> Router<Arc<AppState>> {
    let mut r = Router::new()
        .route("/", get(overview))
        .route("/api/v1/tables", get(index))
        .route("/api/v1/tables/{file}", get(table))
        .route("/api/v1/trends/{file}", get(trend))
        .route("/metrics", get(metrics))
        .route("/privacy", get(privacy));
    for p in Page::ALL {
        r = r.route(
            &format!("/{}", p.slug()),
            get(move |st: State<Arc<AppState>>| topic(st, p)),
        );
    }
    r
}

/// A JSON error `{"error": "<reason>"}` (503 with Retry-After when the
/// database fails).
#[derive(Debug)]
pub struct SiteError {
    status: StatusCode,
    message: String,
}

impl IntoResponse for SiteError {
    fn into_response(self) -> Response {
        let mut r = (self.status, axum::Json(json!({ "error": self.message }))).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            r.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(5));
        }
        r
    }
}

fn error(status: StatusCode, message: String) -> SiteError {
    SiteError { status, message }
}

async fn stats(st: &AppState) -> Result<Arc<Stats>, SiteError> {
    st.stats().await.map_err(|e| {
        error(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("database error: {e}"),
        )
    })
}

async fn overview(State(st): State<Arc<AppState>>) -> Result<Response, SiteError> {
    let s = stats(&st).await?;
    Ok(Html(html::overview(&s, st.site())).into_response())
}

async fn privacy(State(st): State<Arc<AppState>>) -> Response {
    let now = crate::store::rfc3339(jiff::Timestamp::now().as_second());
    Html(html::privacy(st.site(), &st.privacy_notice(), &now)).into_response()
}

async fn topic(State(st): State<Arc<AppState>>, page: Page) -> Result<Response, SiteError> {
    let s = stats(&st).await?;
    Ok(Html(html::topic(&s, page, st.site())).into_response())
}

/// `kernel.csv` → (`kernel`, Csv).
fn split(file: &str) -> Result<(&str, Format), SiteError> {
    let not_found = || {
        error(
            StatusCode::NOT_FOUND,
            format!("no table `{file}`: ask for <name>.csv or <name>.json (list: /api/v1/tables)"),
        )
    };
    let (name, ext) = file.rsplit_once('.').ok_or_else(not_found)?;
    let f = match ext {
        "csv" => Format::Csv,
        "json" => Format::Json,
        _ => return Err(not_found()),
    };
    Ok((name, f))
}

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

fn csv_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response()
}

fn find<'a>(s: &'a Stats, name: &str, file: &str) -> Result<&'a Distribution, SiteError> {
    s.distributions
        .iter()
        .find(|d| d.name == name)
        .ok_or_else(|| {
            error(
                StatusCode::NOT_FOUND,
                format!("no table `{file}` (list: /api/v1/tables)"),
            )
        })
}

async fn index(State(st): State<Arc<AppState>>) -> Result<Response, SiteError> {
    let s = stats(&st).await?;
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
    Ok(axum::Json(json!({"license": st.site().data_license, "tables": tables})).into_response())
}

async fn table(
    State(st): State<Arc<AppState>>,
    Path(file): Path<String>,
) -> Result<Response, SiteError> {
    let (name, format) = split(&file)?;
    let s = stats(&st).await?;
    let license = &st.site().data_license;
    let out = match (name, format) {
        ("general", Format::Json) => {
            axum::Json(json!({"license": license, "general": s.general})).into_response()
        }
        ("general", Format::Csv) => csv_response(general_csv(&s)),
        ("growth", Format::Json) => {
            axum::Json(json!({"license": license, "weeks": s.growth})).into_response()
        }
        ("growth", Format::Csv) => csv_response(growth_csv(&s)),
        (name, Format::Json) => {
            axum::Json(table_json(&s, find(&s, name, &file)?, license)).into_response()
        }
        (name, Format::Csv) => csv_response(table_csv(find(&s, name, &file)?)),
    };
    Ok(out)
}

async fn trend(
    State(st): State<Arc<AppState>>,
    Path(file): Path<String>,
) -> Result<Response, SiteError> {
    let (name, format) = split(&file)?;
    let s = stats(&st).await?;
    let d = find(&s, name, &file)?;
    Ok(match format {
        Format::Json => axum::Json(json!({
            "license": st.site().data_license,
            "name": d.name,
            "title": d.title,
            "k": s.k,
            "weeks": d.trend.weeks,
            "reporting_hosts": d.trend.reporting_hosts,
            "series": d.trend.series,
        }))
        .into_response(),
        Format::Csv => csv_response(trend_csv(d)),
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

/// A CSV field, quoted when it holds a comma, quote or line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
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

fn general_csv(s: &Stats) -> String {
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

fn growth_csv(s: &Stats) -> String {
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
    gauge(
        "cep_hosts_total",
        "Hosts that ever reported.",
        g.hosts_total,
    );
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
        "Hosts that reported in the General info window (cep_hosts_active_window_days).",
        g.hosts_active,
    );
    gauge(
        "cep_hosts_active_window_days",
        "The General info activity window, in days.",
        g.active_days,
    );
    gauge("cep_reports_total", "Reports stored.", g.reports);
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

async fn metrics(State(st): State<Arc<AppState>>) -> Result<Response, SiteError> {
    let s = stats(&st).await?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        metrics_text(&s, &st.site().data_license),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_and_labels_are_escaped() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
