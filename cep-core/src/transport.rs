//! The [`Transport`] trait: how an encoded report leaves the host.
//!
//! Async and object-safe (`Box<dyn Transport>`): HTTP needs async I/O, and a
//! transport built from configuration is chosen at run time.

use serde::{Deserialize, Serialize};

use crate::pipeline::Sealed;

/// The upload protocols: what the HTTP transport speaks, and what the
/// stats server and the test server say a report came by. One enum for
/// client, server and test server (docs/PROTOCOL.md).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// cep's native protocol (`POST <url>/api/v1/reports`).
    #[default]
    Cep,
    /// vzstats 0.5 (`submit.php`, multipart `uuid` and `file`).
    Vzstats,
    /// The Virtuozzo dispatcher (`<url>/post`, multipart part `report`).
    Disp,
}

impl Protocol {
    /// Its name in cep.toml (`cep`, `vzstats`, `disp`).
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Cep => "cep",
            Protocol::Vzstats => "vzstats",
            Protocol::Disp => "disp",
        }
    }
}

/// `text` with the `user:password@` of every URL in it removed, so that no
/// message, log line, ledger entry or JSON output shows credentials. A URL
/// is anything after `scheme://`; its credentials are everything up to the
/// last `@` before the end of its authority (`/`, `?`, `#` or whitespace).
pub fn redact_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| {
                matches!(c, '/' | '?' | '#') || c.is_whitespace() || c == '"' || c == '\''
            })
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) => out.push_str(&authority[at + 1..]),
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Parses a host id as vzstats accepted it: 8-4-4-4-12 hex digits, optional
/// braces, any case, surrounding white space ignored. The nil UUID is refused.
pub fn parse_host_id(text: &str) -> Option<uuid::Uuid> {
    let t = text.trim();
    let t = match (t.strip_prefix('{'), t.ends_with('}')) {
        (Some(inner), true) => &inner[..inner.len() - 1],
        (None, false) => t,
        _ => return None,
    };
    let groups: Vec<&str> = t.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    if groups.len() != 5
        || groups
            .iter()
            .zip(lens)
            .any(|(g, n)| g.len() != n || !g.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return None;
    }
    uuid::Uuid::parse_str(t).ok().filter(|u| !u.is_nil())
}

/// The request header that carries a host's fleet label (`[fleet] label`
/// in cep.toml) to the server it reports to. Only a relay with its fleet
/// view keeps it; it is never forwarded, and a server without a fleet
/// view never reads it (docs/PROTOCOL.md, "Relays").
pub const FLEET_LABEL_HEADER: &str = "Cep-Fleet-Label";

/// The longest fleet label.
pub const FLEET_LABEL_MAX: usize = 64;

/// Checks a fleet label: 1 to [`FLEET_LABEL_MAX`] characters, each an
/// ASCII letter or digit, `.`, `_` or `-` (a header value as it is, and
/// nothing a page or a CSV cell could take for markup or a formula but a
/// leading `-`, which the CSV writers quote). `Err` says what is wrong.
///
/// ```
/// use cep_core::transport::fleet_label;
/// assert_eq!(fleet_label("hv17.rack-3"), Ok("hv17.rack-3"));
/// assert!(fleet_label("").is_err());
/// assert!(fleet_label("rack 3").unwrap_err().contains("letters, digits"));
/// ```
pub fn fleet_label(text: &str) -> Result<&str, String> {
    if text.is_empty() || text.len() > FLEET_LABEL_MAX {
        return Err(format!(
            "a fleet label has 1 to {FLEET_LABEL_MAX} characters, not {}",
            text.len()
        ));
    }
    if !text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return Err("a fleet label holds only ASCII letters, digits, `.`, `_` and `-`".into());
    }
    Ok(text)
}

/// Proof that a report arrived: what the native protocol's server answers
/// (the stats server and the test server send this very type).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The report id the receiver acknowledged.
    pub report_id: uuid::Uuid,
    /// When it was received (RFC 3339).
    pub received_at: String,
    /// SHA-256 of the archive as received (lowercase hex).
    pub sha256: String,
}

/// What a server answers when it has erased a host (`DELETE
/// /api/v1/hosts/{host_id}`, docs/PROTOCOL.md). Asking again gives the
/// same receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgetReceipt {
    /// When the server first erased the host (RFC 3339).
    pub forgotten_at: String,
    /// Reports of the host the server erased then (0 for an id it never
    /// held).
    pub reports: i64,
}

/// Whether a failed send may succeed if tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Retry {
    /// Try again later (network down, timeout, 5xx, 429).
    Retryable,
    /// Never succeeds as it is (rejected by the server, bad configuration).
    Permanent,
}

/// A failed send.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{transport} to {destination}: {message}")]
pub struct TransportError {
    /// Retry or give up.
    pub retry: Retry,
    /// The transport's name (`file`, `http`).
    pub transport: String,
    /// Where it tried to deliver.
    pub destination: String,
    /// What happened and what to do.
    pub message: String,
    /// How long the server asked to wait (`Retry-After`), when it did.
    pub retry_after: Option<std::time::Duration>,
    /// The HTTP status when a server answered (a permanent error with a
    /// status is the server rejecting the report; without one it is a
    /// local problem such as the configuration).
    pub status: Option<u16>,
}

impl TransportError {
    /// A retryable error.
    pub fn retryable(t: &dyn Transport, message: impl Into<String>) -> Self {
        Self::new(t, Retry::Retryable, message)
    }

    /// A permanent error.
    pub fn permanent(t: &dyn Transport, message: impl Into<String>) -> Self {
        Self::new(t, Retry::Permanent, message)
    }

    /// The message loses any URL credentials (a library's error text may
    /// quote the URL it was given).
    fn new(t: &dyn Transport, retry: Retry, message: impl Into<String>) -> Self {
        TransportError {
            retry,
            transport: t.name().to_owned(),
            destination: redact_credentials(&t.destination()),
            message: redact_credentials(&message.into()),
            retry_after: None,
            status: None,
        }
    }

    /// Records the server's `Retry-After`.
    pub fn with_retry_after(mut self, d: Option<std::time::Duration>) -> Self {
        self.retry_after = d;
        self
    }

    /// Records the HTTP status the server answered with.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// True when the server looked at the report and refused it for good:
    /// sending it again as it is can never succeed.
    pub fn is_rejection(&self) -> bool {
        self.retry == Retry::Permanent && self.status.is_some()
    }

    /// True for [`Retry::Retryable`].
    pub fn is_retryable(&self) -> bool {
        self.retry == Retry::Retryable
    }
}

/// Delivers sealed reports.
///
/// A transport must be idempotent per report id: delivering the
/// same report twice must not count it twice at the receiver.
#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    /// Short name: `file`, `http`, `memory`.
    fn name(&self) -> &str;

    /// Where it delivers (a path or URL without credentials), for messages
    /// and the ledger.
    fn destination(&self) -> String;

    /// Delivers one sealed report's archive; returns the receipt only once
    /// it is safe to forget the report. Only a [`Sealed`] report can be
    /// sent: no transport sees an archive the privacy guard did not pass.
    async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError>;

    /// Gets ready before a report to be sent is built. The vzstats
    /// transport with `id_from_server` asks the server for the id reports
    /// carry as `client_id` (once; it is kept). Nothing by default.
    async fn prepare(&self) -> Result<(), TransportError> {
        Ok(())
    }

    /// The collection policy the receiver publishes (`GET
    /// /api/v1/policy`) as it served it: the exact bytes and their
    /// signature, which the client verifies before it parses them; `None`
    /// when it publishes none (a file, a legacy server): then reports are
    /// sent whole.
    async fn policy(&self) -> Result<Option<crate::policy::PolicyDocument>, TransportError> {
        Ok(None)
    }

    /// Asks the receiver to erase everything it holds for `host_id` (its
    /// reports and its part of every aggregate). Only a server can: by
    /// default this is a permanent error that changed nothing.
    async fn forget(&self, host_id: uuid::Uuid) -> Result<ForgetReceipt, TransportError> {
        let _ = host_id;
        Err(TransportError {
            retry: Retry::Permanent,
            transport: self.name().to_owned(),
            destination: redact_credentials(&self.destination()),
            message: format!(
                "the {} transport cannot ask a server to forget a host; only an HTTP transport with protocol \"cep\" can",
                self.name()
            ),
            retry_after: None,
            status: None,
        })
    }
}

/// A boxed or shared transport is the transport: one list of forwarded
/// methods for both, so that none falls back to a default on one of them.
macro_rules! forward_transport {
    ($($ptr:ident)::+) => {
        #[async_trait::async_trait]
        impl<T: Transport + ?Sized> Transport for $($ptr)::+<T> {
            fn name(&self) -> &str {
                (**self).name()
            }
            fn destination(&self) -> String {
                (**self).destination()
            }
            async fn send(&self, sealed: &Sealed) -> Result<Receipt, TransportError> {
                (**self).send(sealed).await
            }
            async fn prepare(&self) -> Result<(), TransportError> {
                (**self).prepare().await
            }
            async fn forget(&self, host_id: uuid::Uuid) -> Result<ForgetReceipt, TransportError> {
                (**self).forget(host_id).await
            }
            async fn policy(&self) -> Result<Option<crate::policy::PolicyDocument>, TransportError> {
                (**self).policy().await
            }
        }
    };
}

forward_transport!(Box);
forward_transport!(std::sync::Arc);
