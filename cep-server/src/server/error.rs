//! The JSON error every route answers with.

use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// A JSON error: `{"error": "<reason>"}`, with Retry-After on 429 and 503.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }
    pub(super) fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
    pub(super) fn unavailable(message: &str) -> Self {
        ApiError {
            retry_after: Some(5),
            ..Self::new(StatusCode::SERVICE_UNAVAILABLE, message)
        }
    }
    pub(super) fn limited(what: &str, wait: Duration) -> Self {
        ApiError {
            retry_after: Some(wait.as_secs_f64().ceil().max(1.0) as u64),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!("rate limited ({what}); retry later"),
            )
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        tracing::debug!("answered {}: {}", self.status, self.message);
        let body = serde_json::json!({ "error": self.message }).to_string();
        let mut r = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
        if let Some(s) = self.retry_after {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        r
    }
}

/// Gives every error that is not one of ours (axum's rejections of a
/// path, query or form, in plain text) the same JSON form, keeping its
/// status and its text as the reason.
pub(super) async fn json_errors(r: Response) -> Response {
    let is_json = r
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(r.status().is_client_error() || r.status().is_server_error()) || is_json {
        return r;
    }
    let (parts, body) = r.into_parts();
    // Rejections are a line of text; a longer body is not shown.
    let text = axum::body::to_bytes(body, 4096)
        .await
        .ok()
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| {
            parts
                .status
                .canonical_reason()
                .unwrap_or("error")
                .to_lowercase()
        });
    let mut out = ApiError::new(parts.status, text.trim()).into_response();
    if let Some(v) = parts.headers.get(header::RETRY_AFTER) {
        out.headers_mut().insert(header::RETRY_AFTER, v.clone());
    }
    out
}
