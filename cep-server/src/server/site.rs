//! The publishing routes: the HTML pages, every table as CSV and JSON
//! (`/api/v1/tables/<name>.{csv,json}`, `/api/v1/trends/<name>.{csv,json}`),
//! everything at once (`/api/v1/stats`) and the aggregates for Prometheus
//! (`/metrics`). All of them render the same cached [`Stats`], so they
//! show the same numbers; none holds per-host data.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::error::ApiError;
use super::state::AppState;
use super::worker::now_secs;
use crate::facts::Page;
use crate::render::{RenderError, data, pages};
use crate::store::{Distribution, Stats, rfc3339};

/// The publishing routes.
pub(super) fn routes() -> Router<Arc<AppState>> {
    let mut r = Router::new()
        .route("/", get(overview))
        .route("/api/v1/stats", get(stats_json))
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

/// The stats; `503` with Retry-After when the database fails.
async fn stats(st: &AppState) -> Result<Arc<Stats>, ApiError> {
    st.stats()
        .await
        .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
}

/// A rendered page; `500` with the reason when it could not be rendered.
fn page(rendered: Result<String, RenderError>) -> Result<Response, ApiError> {
    rendered
        .map(|html| Html(html).into_response())
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

async fn overview(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let s = stats(&st).await?;
    page(pages::overview(&s, st.site()))
}

async fn privacy(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let now = rfc3339(now_secs());
    page(pages::privacy(st.site(), &st.privacy_notice(), &now))
}

async fn topic(State(st): State<Arc<AppState>>, p: Page) -> Result<Response, ApiError> {
    let s = stats(&st).await?;
    page(pages::topic(&s, p, st.site()))
}

async fn stats_json(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let s = stats(&st).await?;
    Ok(axum::Json(&*s).into_response())
}

/// `kernel.csv` → (`kernel`, Csv).
fn split(file: &str) -> Result<(&str, Format), ApiError> {
    let not_found = || {
        ApiError::new(
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

fn find<'a>(s: &'a Stats, name: &str, file: &str) -> Result<&'a Distribution, ApiError> {
    s.distributions
        .iter()
        .find(|d| d.name == name)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no table `{file}` (list: /api/v1/tables)"),
            )
        })
}

async fn index(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let s = stats(&st).await?;
    Ok(axum::Json(data::tables_index(&s, &st.site().data_license)).into_response())
}

async fn table(
    State(st): State<Arc<AppState>>,
    Path(file): Path<String>,
) -> Result<Response, ApiError> {
    let (name, format) = split(&file)?;
    let s = stats(&st).await?;
    let license = &st.site().data_license;
    let out = match (name, format) {
        ("general", Format::Json) => axum::Json(data::general_json(&s, license)).into_response(),
        ("general", Format::Csv) => csv_response(data::general_csv(&s)),
        ("growth", Format::Json) => axum::Json(data::growth_json(&s, license)).into_response(),
        ("growth", Format::Csv) => csv_response(data::growth_csv(&s)),
        (name, Format::Json) => {
            axum::Json(data::table_json(&s, find(&s, name, &file)?, license)).into_response()
        }
        (name, Format::Csv) => csv_response(data::table_csv(find(&s, name, &file)?)),
    };
    Ok(out)
}

async fn trend(
    State(st): State<Arc<AppState>>,
    Path(file): Path<String>,
) -> Result<Response, ApiError> {
    let (name, format) = split(&file)?;
    let s = stats(&st).await?;
    let d = find(&s, name, &file)?;
    Ok(match format {
        Format::Json => {
            axum::Json(data::trend_json(&s, d, &st.site().data_license)).into_response()
        }
        Format::Csv => csv_response(data::trend_csv(d)),
    })
}

async fn metrics(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let s = stats(&st).await?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        data::metrics_text(&s, &st.site().data_license),
    )
        .into_response())
}
