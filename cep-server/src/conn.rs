//! Connections, so that slow or idle clients cannot take the server from
//! others:
//!
//! - one request per connection (no keep-alive), so a connection is either
//!   reading its request head, reading its body, or being answered;
//! - the request head must be complete within `head_timeout` of the
//!   connection's opening (else `408`), and fit in [`MAX_HEAD`] bytes
//!   (else `431`); a malformed head gets `400`, all with a JSON body;
//! - the body must arrive at `min_body_rate` bytes a second on average,
//!   after a grace of `head_timeout`;
//! - at most `max_connections` open connections, and `per_address` from
//!   one address. When a cap is reached, an idle connection (one still
//!   waiting for its request head) is closed to make room: the one that
//!   has waited longest, of the address holding the most connections.
//!   When every connection is busy with a request, the new one is refused
//!   (`503`, or `429` for the address cap).
//!
//! Behind a reverse proxy (`--trust-forwarded-for`) every connection comes
//! from the proxy, so the per-address connection cap is not applied; the
//! per-address upload cap (in `server`) still is, on the forwarded address.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// Largest request head (request line and headers), in bytes.
pub const MAX_HEAD: usize = 32 * 1024;
/// Most header lines in a request head.
const MAX_HEADERS: usize = 100;

/// Connection limits and timeouts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConnLimits {
    /// Open connections at once.
    pub max_connections: usize,
    /// Open connections from one address at once (0: no cap).
    pub per_address: usize,
    /// The request head must be complete this long after the connection
    /// opened; also the grace before the body rate counts.
    pub head_timeout: Duration,
    /// Least average body rate, in bytes a second (0: none).
    pub min_body_rate: u64,
    /// A connection being answered is closed when no byte moves this long.
    pub idle: Duration,
}

/// The peer address, for the in-memory rate limits and GeoIP only.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// What the registry knows of one connection.
struct Shared {
    id: u64,
    ip: IpAddr,
    opened: Instant,
    /// The request head is complete: the connection is busy, not idle.
    head_done: AtomicBool,
    /// Closes the connection (eviction).
    kill: Notify,
}

#[derive(Default)]
struct Open {
    next: u64,
    conns: HashMap<u64, Arc<Shared>>,
    per_ip: HashMap<IpAddr, usize>,
}

impl Open {
    fn remove(&mut self, id: u64) {
        if let Some(s) = self.conns.remove(&id)
            && let Some(n) = self.per_ip.get_mut(&s.ip)
        {
            *n -= 1;
            if *n == 0 {
                self.per_ip.remove(&s.ip);
            }
        }
    }

    /// Closes an idle connection (one still waiting for its request head):
    /// of the address `only`, or else of the address that holds the most
    /// connections, the one that has waited longest. False when all are
    /// busy. Preferring the biggest holder keeps a client that churns
    /// connections from pushing out another's fresh one.
    fn evict_oldest_idle(&mut self, only: Option<IpAddr>) -> bool {
        let oldest = self
            .conns
            .values()
            .filter(|s| only.is_none_or(|ip| s.ip == ip))
            .filter(|s| !s.head_done.load(Ordering::Acquire))
            .min_by_key(|s| {
                let held = self.per_ip.get(&s.ip).copied().unwrap_or(0);
                (std::cmp::Reverse(held), s.opened, s.id)
            })
            .cloned();
        match oldest {
            Some(s) => {
                self.remove(s.id);
                s.kill.notify_one();
                true
            }
            None => false,
        }
    }
}

/// The open connections, bounded by [`ConnLimits`].
struct Registry {
    limits: ConnLimits,
    per_address: bool,
    open: Mutex<Open>,
}

/// Why a new connection is refused: status line and message.
struct Refusal(&'static str, &'static str);

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn admit(&self, ip: IpAddr) -> Result<Arc<Shared>, Refusal> {
        let mut open = self.lock();
        let cap = self.limits.per_address;
        if self.per_address
            && cap > 0
            && open.per_ip.get(&ip).copied().unwrap_or(0) >= cap
            && !open.evict_oldest_idle(Some(ip))
        {
            return Err(Refusal(
                "429 Too Many Requests",
                "too many connections from this address",
            ));
        }
        if open.conns.len() >= self.limits.max_connections.max(1) && !open.evict_oldest_idle(None) {
            return Err(Refusal(
                "503 Service Unavailable",
                "server busy: every connection is in use",
            ));
        }
        open.next += 1;
        let s = Arc::new(Shared {
            id: open.next,
            ip,
            opened: Instant::now(),
            head_done: AtomicBool::new(false),
            kill: Notify::new(),
        });
        open.conns.insert(s.id, s.clone());
        *open.per_ip.entry(ip).or_default() += 1;
        Ok(s)
    }
}

/// A complete HTTP/1.1 answer with a JSON `{"error"}` body, for the
/// answers this layer gives before the router sees a request.
fn raw_answer(status: &str, message: &str, retry_after: Option<u64>) -> Vec<u8> {
    let body = serde_json::json!({ "error": message }).to_string();
    let retry = retry_after.map_or(String::new(), |s| format!("retry-after: {s}\r\n"));
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n{retry}\r\n{body}",
        body.len()
    )
    .into_bytes()
}

enum Phase {
    /// Reading the request head; `buf` holds what came so far.
    Head(Vec<u8>),
    /// Reading the body: `got` of `expected` bytes (None: chunked) since
    /// `start`.
    Body {
        start: Instant,
        got: u64,
        expected: Option<u64>,
    },
    /// The request is being answered.
    Serving,
    /// Refused; every later read fails with this.
    Failed(io::ErrorKind, String),
}

/// One accepted connection with its deadlines.
struct Conn {
    io: TcpStream,
    shared: Arc<Shared>,
    limits: ConnLimits,
    phase: Phase,
    timer: Pin<Box<Sleep>>,
}

fn too_large() -> (&'static str, String) {
    (
        "431 Request Header Fields Too Large",
        format!("request head larger than {MAX_HEAD} bytes"),
    )
}

/// The parsed head: how much body follows.
fn body_length(head: &[u8]) -> Result<Option<Option<u64>>, (&'static str, String)> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => {
            return Err(("400 Bad Request", "malformed request head".into()));
        }
        Err(httparse::Error::TooManyHeaders) => {
            return Err((
                "431 Request Header Fields Too Large",
                format!("more than {MAX_HEADERS} header lines"),
            ));
        }
        Err(e) => return Err(("400 Bad Request", format!("malformed request head: {e}"))),
    }
    let mut length: Option<u64> = None;
    let mut chunked = false;
    for h in req.headers.iter() {
        if h.name.eq_ignore_ascii_case("content-length") {
            let v = std::str::from_utf8(h.value)
                .ok()
                .map(str::trim)
                .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|v| v.parse::<u64>().ok())
                .ok_or(("400 Bad Request", "invalid Content-Length".to_owned()))?;
            if length.is_some_and(|l| l != v) {
                return Err(("400 Bad Request", "conflicting Content-Length".into()));
            }
            length = Some(v);
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = true;
        }
    }
    Ok(match (chunked, length) {
        (true, _) => Some(None),
        (false, Some(0) | None) => None,
        (false, Some(n)) => Some(Some(n)),
    })
}

impl Conn {
    fn new(io: TcpStream, shared: Arc<Shared>, limits: ConnLimits) -> Conn {
        let deadline = shared.opened + limits.head_timeout;
        Conn {
            io,
            shared,
            limits,
            phase: Phase::Head(Vec::new()),
            timer: Box::pin(tokio::time::sleep_until(deadline)),
        }
    }

    /// When the current phase runs out of time.
    fn deadline(&self) -> Instant {
        match &self.phase {
            Phase::Head(_) => self.shared.opened + self.limits.head_timeout,
            Phase::Body { start, got, .. } if self.limits.min_body_rate > 0 => {
                *start
                    + self.limits.head_timeout
                    + Duration::from_secs_f64(*got as f64 / self.limits.min_body_rate as f64)
            }
            _ => Instant::now() + self.limits.idle,
        }
    }

    /// Answers (best effort: the answer is small and the socket's buffer
    /// empty) and fails every later read. What the client already sent is
    /// read away first, so that closing does not reset the connection
    /// before the client reads the answer.
    fn refuse(&mut self, status: &str, message: String, kind: io::ErrorKind) -> io::Error {
        let mut sink = [0u8; 4096];
        for _ in 0..16 {
            if !matches!(self.io.try_read(&mut sink), Ok(n) if n > 0) {
                break;
            }
        }
        let _ = self.io.try_write(&raw_answer(status, &message, None));
        self.phase = Phase::Failed(kind, message.clone());
        io::Error::new(kind, message)
    }

    fn timed_out(&mut self) -> io::Error {
        match &self.phase {
            Phase::Head(_) => {
                let msg = format!(
                    "request head not complete within {} s",
                    self.limits.head_timeout.as_secs_f64()
                );
                self.refuse("408 Request Timeout", msg, io::ErrorKind::TimedOut)
            }
            Phase::Body { .. } => {
                // The handler reading the body answers with this message.
                let msg = format!(
                    "request body slower than {} bytes a second",
                    self.limits.min_body_rate
                );
                self.phase = Phase::Failed(io::ErrorKind::TimedOut, msg.clone());
                io::Error::new(io::ErrorKind::TimedOut, msg)
            }
            _ => io::Error::new(io::ErrorKind::TimedOut, "connection idle for too long"),
        }
    }

    /// Follows the request through the bytes just read.
    fn advance(&mut self, new: &[u8]) -> Result<(), io::Error> {
        let now = Instant::now();
        let was_body = matches!(self.phase, Phase::Body { .. });
        let step = match &mut self.phase {
            Phase::Head(buf) => {
                let from = buf.len().saturating_sub(3);
                buf.extend_from_slice(new);
                match buf[from..]
                    .windows(4)
                    .position(|w| w == b"\r\n\r\n")
                    .map(|p| from + p + 4)
                {
                    None if buf.len() > MAX_HEAD => Some(Err(too_large())),
                    None => None,
                    Some(end) if end > MAX_HEAD => Some(Err(too_large())),
                    Some(end) => Some(body_length(&buf[..end]).map(|l| (l, buf.len() - end))),
                }
            }
            _ => None,
        };
        match step {
            Some(Err((status, msg))) => {
                return Err(self.refuse(status, msg, io::ErrorKind::InvalidData));
            }
            Some(Ok((length, rest))) => {
                self.shared.head_done.store(true, Ordering::Release);
                match length {
                    None => self.phase = Phase::Serving,
                    Some(expected) => {
                        self.phase = Phase::Body {
                            start: now,
                            got: 0,
                            expected,
                        };
                        self.body_bytes(rest as u64);
                    }
                }
            }
            None => {}
        }
        if was_body {
            self.body_bytes(new.len() as u64);
        }
        if now > self.deadline() {
            return Err(self.timed_out());
        }
        let d = self.deadline();
        self.timer.as_mut().reset(d);
        Ok(())
    }

    fn body_bytes(&mut self, n: u64) {
        if let Phase::Body { got, expected, .. } = &mut self.phase {
            *got += n;
            if expected.is_some_and(|e| *got >= e) {
                self.phase = Phase::Serving;
            }
        }
    }
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if let Phase::Failed(kind, msg) = &this.phase {
            return Poll::Ready(Err(io::Error::new(*kind, msg.clone())));
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.io).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let new = &buf.filled()[before..];
                if new.is_empty() {
                    return Poll::Ready(Ok(()));
                }
                let new = new.to_vec();
                Poll::Ready(this.advance(&new))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending if this.timer.as_mut().poll(cx).is_ready() => {
                Poll::Ready(Err(this.timed_out()))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.io).poll_write(cx, buf) {
            Poll::Ready(r) => {
                // Answering: the body (if any is left) no longer matters.
                // A `100 Continue` is no answer: the body is still due.
                if matches!(this.phase, Phase::Body { .. }) && !buf.starts_with(b"HTTP/1.1 1") {
                    this.phase = Phase::Serving;
                }
                if matches!(this.phase, Phase::Serving) {
                    let d = this.deadline();
                    this.timer.as_mut().reset(d);
                }
                Poll::Ready(r)
            }
            Poll::Pending if this.timer.as_mut().poll(cx).is_ready() => Poll::Ready(Err(
                io::Error::new(io::ErrorKind::TimedOut, "connection idle for too long"),
            )),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` under `limits` until the future is dropped.
/// `per_address` applies the per-address connection cap (off behind a
/// reverse proxy, where every connection comes from the proxy).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnLimits,
    per_address: bool,
) -> io::Result<()> {
    let reg = Arc::new(Registry {
        limits,
        per_address,
        open: Mutex::new(Open::default()),
    });
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(x) => x,
            // Out of file descriptors and the like: wait, then retry.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let shared = match reg.admit(peer.ip()) {
            Ok(s) => s,
            Err(Refusal(status, msg)) => {
                let _ = stream.try_write(&raw_answer(status, msg, Some(1)));
                continue;
            }
        };
        let app = app.clone();
        let reg = reg.clone();
        tokio::spawn(async move {
            let conn = Conn::new(stream, shared.clone(), limits);
            let svc = hyper::service::service_fn(move |mut req: axum::http::Request<_>| {
                req.extensions_mut().insert(ConnectInfo(Peer(peer)));
                app.clone().oneshot(req.map(Body::new))
            });
            let http = hyper::server::conn::http1::Builder::new()
                .keep_alive(false)
                .serve_connection(hyper_util::rt::TokioIo::new(conn), svc);
            tokio::select! {
                r = http => if let Err(e) = r {
                    tracing::debug!("connection ended: {e}");
                },
                _ = shared.kill.notified() => {
                    tracing::debug!("closed a connection waiting for its request head to make room");
                }
            }
            reg.lock().remove(shared.id);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_length_follows_the_head() {
        assert_eq!(body_length(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"), Ok(None));
        assert_eq!(
            body_length(b"POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n"),
            Ok(Some(Some(12)))
        );
        assert_eq!(
            body_length(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
            Ok(Some(None))
        );
        let e = body_length(b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            .unwrap_err();
        assert_eq!(e, ("400 Bad Request", "conflicting Content-Length".into()));
        let e = body_length(b"GE T / HTTP/1.1\r\n\r\n").unwrap_err();
        assert_eq!(e.0, "400 Bad Request");
    }

    #[test]
    fn the_oldest_connection_waiting_for_its_head_goes_first() {
        let reg = Registry {
            limits: ConnLimits {
                max_connections: 3,
                per_address: 2,
                head_timeout: Duration::from_secs(5),
                min_body_rate: 0,
                idle: Duration::from_secs(60),
            },
            per_address: true,
            open: Mutex::new(Open::default()),
        };
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        let b: IpAddr = "127.0.0.3".parse().unwrap();
        let a1 = reg.admit(a).ok().unwrap();
        let _a2 = reg.admit(a).ok().unwrap();
        a1.head_done.store(true, Ordering::Release);
        // a's cap: its idle a2 makes room, the busy a1 stays.
        let a3 = reg.admit(a).ok().unwrap();
        let ids: Vec<u64> = {
            let mut v: Vec<u64> = reg.lock().conns.keys().copied().collect();
            v.sort();
            v
        };
        assert_eq!(ids, vec![a1.id, a3.id]);
        a3.head_done.store(true, Ordering::Release);
        assert!(matches!(
            reg.admit(a),
            Err(Refusal("429 Too Many Requests", _))
        ));
        let b1 = reg.admit(b).ok().unwrap();
        b1.head_done.store(true, Ordering::Release);
        // Global cap of 3, all busy.
        assert!(matches!(
            reg.admit(b),
            Err(Refusal("503 Service Unavailable", _))
        ));
        reg.lock().remove(a1.id);
        assert!(reg.admit(b).is_ok());
        assert_eq!(reg.lock().per_ip.get(&a), Some(&1));
        // At the overall cap the biggest holder gives up its oldest idle
        // connection, even when another address's is older.
        let reg = Registry {
            limits: ConnLimits {
                max_connections: 3,
                per_address: 0,
                ..reg.limits
            },
            per_address: true,
            open: Mutex::new(Open::default()),
        };
        let b1 = reg.admit(b).ok().unwrap();
        let a1 = reg.admit(a).ok().unwrap();
        let a2 = reg.admit(a).ok().unwrap();
        let _c = reg.admit("127.0.0.4".parse().unwrap()).ok().unwrap();
        let open = reg.lock();
        assert!(open.conns.contains_key(&b1.id) && open.conns.contains_key(&a2.id));
        assert!(!open.conns.contains_key(&a1.id));
    }
}
