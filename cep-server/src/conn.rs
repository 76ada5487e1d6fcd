//! Connections, so that slow or idle clients cannot take the server from
//! others, and so that a stop answers every request under way:
//!
//! - HTTP/1.1 keep-alive: a connection carries one request after another,
//!   and this layer follows each through its bytes (waiting for a head,
//!   reading it, reading the body, being answered);
//! - a deadline per phase: the connection's first request head must be
//!   complete within `head_timeout` of its opening, a later one within
//!   `head_timeout` of its first byte (else `408`); between requests a
//!   connection waits `keep_alive` for the next one, then is closed without
//!   an answer; the body must arrive at `min_body_rate` bytes a second on
//!   average after a grace of `head_timeout`; an answer is cut when no byte
//!   moves for `idle`;
//! - a head must fit in [`MAX_HEAD`] bytes and `MAX_HEADERS` lines (else
//!   `431`), and one that hyper would refuse (a malformed request line, URI
//!   or header, a bad `Content-Length` or `Transfer-Encoding`) gets `400`
//!   here first: every answer this layer gives has a JSON body, and what
//!   the client still sends is read away before closing, so that it reads
//!   the answer rather than a reset;
//! - at most `max_connections` open connections, and `per_address` from
//!   one address. When a cap is reached, an idle connection (waiting for
//!   or reading a request head, between requests too) is closed to make
//!   room: the one that has waited longest, of the address holding the
//!   most connections. When every connection is busy with a request, the
//!   new one is refused (`503`, or `429` for the address cap);
//! - a stop ([`serve`]'s `stop`) closes the listener and every idle
//!   connection, lets each request under way finish within `grace` (its
//!   connection then closes), and closes what is left at the end.
//!
//! Behind a reverse proxy (`--trust-forwarded-for`) every connection comes
//! from the proxy, so the per-address connection cap is not applied; the
//! per-address upload cap (in `server`) still is, on the forwarded address.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Method, Uri, header};
use hyper::body::Frame;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// Largest request head (request line and headers), in bytes.
pub const MAX_HEAD: usize = 32 * 1024;
/// Most header lines in a request head.
const MAX_HEADERS: usize = 100;
/// Bytes of later requests read while one is answered (pipelining) that
/// are followed; hyper reads no more than its buffer holds.
const MAX_AHEAD: usize = 1024 * 1024;
/// After a refusal, what the client still sends is read away for this
/// long (or this many bytes) before the connection closes.
const LINGER: Duration = Duration::from_secs(1);
const LINGER_BYTES: usize = 1024 * 1024;

/// Connection limits and timeouts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConnLimits {
    /// Open connections at once.
    pub max_connections: usize,
    /// Open connections from one address at once (0: no cap).
    pub per_address: usize,
    /// A request head must be complete this long after the connection
    /// opened (its first request) or after its first byte (later ones);
    /// also the grace before the body rate counts.
    pub head_timeout: Duration,
    /// Least average body rate, in bytes a second (0: none).
    pub min_body_rate: u64,
    /// A connection being answered is closed when no byte moves this long.
    pub idle: Duration,
    /// How long a connection waits for the first byte of its next request
    /// before it is closed (zero: one request per connection).
    pub keep_alive: Duration,
}

/// Told of each connection shed at a cap: a new one refused, or an idle
/// one closed to make room (not of those a stop closes). The server counts
/// them in its operator metrics.
pub type Shed = Arc<dyn Fn() + Send + Sync>;

/// The peer address, for the in-memory rate limits and GeoIP only.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// What a stop did, for the log line that says so.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drained {
    /// Answers finished after the stop began.
    pub answered: u64,
    /// Idle connections closed at once.
    pub idle_closed: u64,
    /// Connections busy with a request when the stop began.
    pub busy: u64,
    /// Connections still busy when the grace ran out, closed unanswered.
    pub cut: u64,
}

/// No request under way: a stop or a cap may close it.
const IDLE: u8 = 0;
/// A request is under way (its head complete, its answer not yet
/// written): it is answered before the connection closes.
const BUSY: u8 = 1;
/// Chosen to be closed while idle: no request begins on it any more.
const CLOSING: u8 = 2;

/// What the registry knows of one connection.
struct Shared {
    id: u64,
    ip: IpAddr,
    opened: Instant,
    /// [`IDLE`], [`BUSY`] or [`CLOSING`]. The registry closes only what it
    /// moves from idle to closing, and a request begins only on what the
    /// connection moves from idle to busy: a request read just as the
    /// connection is closed is either answered or never begun, never
    /// stored with its answer dropped.
    state: AtomicU8,
    /// Answers hyper has finished with on this connection.
    answered: AtomicU64,
    /// Closes the connection (eviction, stop).
    kill: Notify,
}

impl Shared {
    /// Marks a request under way; false when the connection is closing.
    fn try_begin(&self) -> bool {
        self.state
            .compare_exchange(IDLE, BUSY, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// The request under way is answered (a closing connection stays so).
    fn set_idle(&self) {
        let _ = self
            .state
            .compare_exchange(BUSY, IDLE, Ordering::AcqRel, Ordering::Acquire);
    }

    /// Claims an idle connection for closing; false when it is busy.
    fn try_close(&self) -> bool {
        self.state
            .compare_exchange(IDLE, CLOSING, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
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

    /// Closes an idle connection (one without a request under way): of
    /// the address `only`, or else of the address that holds the most
    /// connections, the one that has waited longest. False when all are
    /// busy. Preferring the biggest holder keeps a client that churns
    /// connections from pushing out another's fresh one.
    fn evict_oldest_idle(&mut self, only: Option<IpAddr>) -> bool {
        loop {
            let Some(s) = self
                .conns
                .values()
                .filter(|s| only.is_none_or(|ip| s.ip == ip))
                .filter(|s| s.state.load(Ordering::Acquire) == IDLE)
                .min_by_key(|s| {
                    let held = self.per_ip.get(&s.ip).copied().unwrap_or(0);
                    (std::cmp::Reverse(held), s.opened, s.id)
                })
                .cloned()
            else {
                return false;
            };
            // One that began a request since it was seen idle is now
            // busy: the next search passes it over.
            if s.try_close() {
                self.remove(s.id);
                s.kill.notify_one();
                return true;
            }
        }
    }
}

/// The open connections, bounded by [`ConnLimits`].
struct Registry {
    limits: ConnLimits,
    per_address: bool,
    shed: Shed,
    open: Mutex<Open>,
    /// Answers finished on every connection.
    answered: AtomicU64,
}

/// Why a new connection is refused: status line and message.
struct Refusal(&'static str, &'static str);

impl Registry {
    fn new(limits: ConnLimits, per_address: bool, shed: Shed) -> Registry {
        Registry {
            limits,
            per_address,
            shed,
            open: Mutex::new(Open::default()),
            answered: AtomicU64::new(0),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a new connection from `ip`, closing an idle one to make
    /// room at a cap, or refuses it; either is shed and told.
    fn admit(&self, ip: IpAddr) -> Result<Arc<Shared>, Refusal> {
        let mut open = self.lock();
        let cap = self.limits.per_address;
        if self.per_address && cap > 0 && open.per_ip.get(&ip).copied().unwrap_or(0) >= cap {
            (self.shed)();
            if !open.evict_oldest_idle(Some(ip)) {
                return Err(Refusal(
                    "429 Too Many Requests",
                    "too many connections from this address",
                ));
            }
        }
        if open.conns.len() >= self.limits.max_connections.max(1) {
            (self.shed)();
            if !open.evict_oldest_idle(None) {
                return Err(Refusal(
                    "503 Service Unavailable",
                    "server busy: every connection is in use",
                ));
            }
        }
        open.next += 1;
        let s = Arc::new(Shared {
            id: open.next,
            ip,
            opened: Instant::now(),
            state: AtomicU8::new(IDLE),
            answered: AtomicU64::new(0),
            kill: Notify::new(),
        });
        open.conns.insert(s.id, s.clone());
        *open.per_ip.entry(ip).or_default() += 1;
        Ok(s)
    }

    /// Closes every idle connection; returns (closed, busy ones left).
    fn close_idle(&self) -> (u64, u64) {
        let mut open = self.lock();
        let idle: Vec<u64> = open
            .conns
            .values()
            .filter(|s| s.try_close())
            .map(|s| s.id)
            .collect();
        for id in &idle {
            if let Some(s) = open.conns.get(id) {
                s.kill.notify_one();
            }
            open.remove(*id);
        }
        (idle.len() as u64, open.conns.len() as u64)
    }

    /// Closes every connection left; returns how many.
    fn close_all(&self) -> u64 {
        let mut open = self.lock();
        let n = open.conns.len() as u64;
        for s in open.conns.values() {
            s.kill.notify_one();
        }
        open.conns.clear();
        open.per_ip.clear();
        n
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

/// How a request's body is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// No body.
    Empty,
    /// `Content-Length` bytes.
    Length(u64),
    /// `Transfer-Encoding: chunked`, to the end of which this layer does
    /// not follow: the connection closes after the answer.
    Chunked,
}

/// A status line and a reason.
type Refused = (&'static str, String);

fn bad(msg: impl Into<String>) -> Refused {
    ("400 Bad Request", msg.into())
}

fn too_large() -> Refused {
    (
        "431 Request Header Fields Too Large",
        format!("request head larger than {MAX_HEAD} bytes"),
    )
}

/// Checks the head in `buf` as far as it came: `None` while incomplete,
/// else its length and body framing. Refuses what hyper would (httparse
/// with hyper's settings, then the method, the URI, the version and the
/// body framing as hyper reads them), and as soon as the bytes show it.
fn check_head(buf: &[u8]) -> Result<Option<(usize, Framing)>, Refused> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    let end = match req.parse(buf) {
        Ok(httparse::Status::Partial) if buf.len() > MAX_HEAD => return Err(too_large()),
        Ok(httparse::Status::Partial) => return Ok(None),
        Ok(httparse::Status::Complete(end)) if end > MAX_HEAD => return Err(too_large()),
        Ok(httparse::Status::Complete(end)) => end,
        Err(httparse::Error::TooManyHeaders) => {
            return Err((
                "431 Request Header Fields Too Large",
                format!("more than {MAX_HEADERS} header lines"),
            ));
        }
        Err(e) => return Err(bad(format!("malformed request head: {e}"))),
    };
    let method = req.method.unwrap_or_default();
    Method::from_bytes(method.as_bytes()).map_err(|_| bad("malformed request method"))?;
    let path = req.path.unwrap_or_default();
    Uri::try_from(path.as_bytes()).map_err(|e| {
        // The target as the client sent it can be anything: only its length.
        bad(format!(
            "malformed request target ({} bytes): {e}",
            path.len()
        ))
    })?;
    let http11 = req.version == Some(1);
    let mut length: Option<u64> = None;
    let mut chunked = None;
    for h in req.headers.iter() {
        if h.name.eq_ignore_ascii_case("transfer-encoding") {
            if !http11 {
                return Err(bad("Transfer-Encoding is not allowed in HTTP/1.0"));
            }
            // As hyper: the last header's last coding decides.
            let last = std::str::from_utf8(h.value)
                .ok()
                .and_then(|v| v.rsplit(',').next())
                .map(str::trim);
            chunked = Some(last.is_some_and(|c| c.eq_ignore_ascii_case("chunked")));
        } else if h.name.eq_ignore_ascii_case("content-length") && chunked.is_none() {
            let v = Some(h.value)
                .filter(|v| !v.is_empty() && v.iter().all(u8::is_ascii_digit))
                .and_then(|v| std::str::from_utf8(v).ok()?.parse::<u64>().ok())
                // hyper's largest length.
                .filter(|v| *v < u64::MAX - 1)
                .ok_or_else(|| bad("invalid Content-Length"))?;
            if length.is_some_and(|l| l != v) {
                return Err(bad("conflicting Content-Length"));
            }
            length = Some(v);
        }
    }
    Ok(Some((
        end,
        match (chunked, length) {
            (Some(false), _) => {
                return Err(bad("Transfer-Encoding must end in chunked"));
            }
            (Some(true), _) => Framing::Chunked,
            (None, Some(0) | None) => Framing::Empty,
            (None, Some(n)) => Framing::Length(n),
        },
    )))
}

enum Phase {
    /// Waiting for a request head or reading it: `buf` holds what came so
    /// far; the wait began at `since` and its first byte came at `first`.
    Head {
        buf: Vec<u8>,
        since: Instant,
        first: Option<Instant>,
    },
    /// Reading the body: `got` of `expected` bytes (None: chunked) since
    /// `start`.
    Body {
        start: Instant,
        got: u64,
        expected: Option<u64>,
    },
    /// The request is being answered.
    Serving,
    /// Refused: the answer is written; what the client still sends is read
    /// away until it stops, `left` bytes were read or `until`; then `error`.
    Lingering {
        until: Instant,
        left: usize,
        error: (io::ErrorKind, String),
    },
    /// Every later read fails with this.
    Failed(io::ErrorKind, String),
    /// Kept alive without a new request until the deadline: every later
    /// read is the end of the stream.
    Closed,
}

/// One accepted connection with its deadlines.
struct Conn {
    io: TcpStream,
    shared: Arc<Shared>,
    limits: ConnLimits,
    phase: Phase,
    /// Request heads completed on this connection.
    requests: u64,
    /// Bytes of the next request read while this one is answered.
    ahead: Vec<u8>,
    timer: Pin<Box<Sleep>>,
}

impl Conn {
    fn new(io: TcpStream, shared: Arc<Shared>, limits: ConnLimits) -> Conn {
        let opened = shared.opened;
        let mut c = Conn {
            io,
            shared,
            limits,
            phase: Phase::Head {
                buf: Vec::new(),
                since: opened,
                first: None,
            },
            requests: 0,
            ahead: Vec::new(),
            timer: Box::pin(tokio::time::sleep_until(opened)),
        };
        c.rearm();
        c
    }

    /// When the current phase runs out of time.
    fn deadline(&self) -> Instant {
        let l = &self.limits;
        match &self.phase {
            Phase::Head { .. } if self.requests == 0 => self.shared.opened + l.head_timeout,
            Phase::Head { first: Some(t), .. } => *t + l.head_timeout,
            Phase::Head { since, .. } => *since + l.keep_alive,
            Phase::Body { start, got, .. } if l.min_body_rate > 0 => {
                *start
                    + l.head_timeout
                    + Duration::from_secs_f64(*got as f64 / l.min_body_rate as f64)
            }
            Phase::Lingering { until, .. } => *until,
            _ => Instant::now() + l.idle,
        }
    }

    fn rearm(&mut self) {
        let d = self.deadline();
        self.timer.as_mut().reset(d);
    }

    /// Answers (best effort: the answer is small and the socket's buffer
    /// empty), shuts the sending side and goes on reading away what the
    /// client still sends, so that closing does not reset the connection
    /// before the client reads the answer.
    fn refuse(&mut self, cx: &mut Context<'_>, status: &str, message: String, kind: io::ErrorKind) {
        tracing::debug!("refused a request: {status}: {message}");
        let _ = self.io.try_write(&raw_answer(status, &message, None));
        let _ = Pin::new(&mut self.io).poll_shutdown(cx);
        self.shared.set_idle();
        self.phase = Phase::Lingering {
            until: Instant::now() + LINGER,
            left: LINGER_BYTES,
            error: (kind, message),
        };
        self.rearm();
    }

    /// The current phase ran out of time.
    fn timed_out(&mut self, cx: &mut Context<'_>) {
        match &self.phase {
            // Kept alive and not used again: closed without an answer.
            Phase::Head { buf, .. } if self.requests > 0 && buf.is_empty() => {
                self.phase = Phase::Closed;
            }
            Phase::Head { .. } => {
                let msg = format!(
                    "request head not complete within {} s",
                    self.limits.head_timeout.as_secs_f64()
                );
                self.refuse(cx, "408 Request Timeout", msg, io::ErrorKind::TimedOut);
            }
            Phase::Body { .. } => {
                // The handler reading the body answers with this message.
                let msg = format!(
                    "request body slower than {} bytes a second",
                    self.limits.min_body_rate
                );
                self.phase = Phase::Failed(io::ErrorKind::TimedOut, msg);
            }
            Phase::Lingering { error, .. } => {
                self.phase = Phase::Failed(error.0, error.1.clone());
            }
            _ => {
                self.phase = Phase::Failed(
                    io::ErrorKind::TimedOut,
                    "connection idle for too long".into(),
                )
            }
        }
    }

    /// A head is complete: its request begins.
    fn begin(&mut self, framing: Framing, now: Instant) {
        if !self.shared.try_begin() {
            // Chosen for closing while this head arrived: not begun, so
            // the client's retry is the first time it is seen.
            self.phase = Phase::Closed;
            return;
        }
        self.requests += 1;
        self.phase = match framing {
            Framing::Empty => Phase::Serving,
            Framing::Length(n) => Phase::Body {
                start: now,
                got: 0,
                expected: Some(n),
            },
            Framing::Chunked => Phase::Body {
                start: now,
                got: 0,
                expected: None,
            },
        };
    }

    /// Follows the requests through the bytes just read.
    fn feed(&mut self, cx: &mut Context<'_>, mut rest: Vec<u8>, now: Instant) {
        while !rest.is_empty() {
            match &mut self.phase {
                Phase::Head { buf, first, .. } => {
                    first.get_or_insert(now);
                    buf.append(&mut rest);
                    match check_head(buf) {
                        Ok(None) => {}
                        Ok(Some((end, framing))) => {
                            rest = buf.split_off(end);
                            self.begin(framing, now);
                        }
                        Err((status, msg)) => {
                            self.refuse(cx, status, msg, io::ErrorKind::InvalidData);
                        }
                    }
                }
                Phase::Body {
                    got,
                    expected: Some(e),
                    ..
                } => {
                    let take = (*e - *got).min(rest.len() as u64);
                    *got += take;
                    rest.drain(..take as usize);
                    if *got >= *e {
                        self.phase = Phase::Serving;
                        self.next_if_answered(cx, now);
                    }
                }
                Phase::Body { got, .. } => {
                    *got += rest.len() as u64;
                    rest.clear();
                }
                Phase::Serving => {
                    if self.ahead.len() + rest.len() > MAX_AHEAD {
                        self.phase = Phase::Failed(
                            io::ErrorKind::InvalidData,
                            "too many pipelined requests".into(),
                        );
                    } else {
                        self.ahead.append(&mut rest);
                    }
                }
                Phase::Lingering { .. } | Phase::Failed(..) | Phase::Closed => rest.clear(),
            }
        }
    }

    /// Once the request is read and its answer written, the connection
    /// waits for the next one (from the bytes already read, if any).
    fn next_if_answered(&mut self, cx: &mut Context<'_>, now: Instant) {
        if !matches!(self.phase, Phase::Serving)
            || self.shared.answered.load(Ordering::Acquire) < self.requests
        {
            return;
        }
        self.shared.set_idle();
        self.phase = Phase::Head {
            buf: Vec::new(),
            since: now,
            first: None,
        };
        let ahead = std::mem::take(&mut self.ahead);
        self.feed(cx, ahead, now);
        self.rearm();
    }

    /// Reads away what a refused client still sends.
    fn poll_linger(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut sink = [0u8; 8192];
        loop {
            let Phase::Lingering { left, error, .. } = &mut self.phase else {
                return Poll::Ready(Ok(()));
            };
            let mut rb = ReadBuf::new(&mut sink);
            match Pin::new(&mut self.io).poll_read(cx, &mut rb) {
                Poll::Ready(Ok(())) if !rb.filled().is_empty() && rb.filled().len() < *left => {
                    *left -= rb.filled().len();
                }
                Poll::Ready(_) => {
                    let (kind, msg) = error.clone();
                    self.phase = Phase::Failed(kind, msg.clone());
                    return Poll::Ready(Err(io::Error::new(kind, msg)));
                }
                Poll::Pending if self.timer.as_mut().poll(cx).is_ready() => {
                    self.timed_out(cx);
                    return self.poll_ended();
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }

    /// What a read answers once the connection is done.
    fn poll_ended(&mut self) -> Poll<io::Result<()>> {
        match &self.phase {
            Phase::Failed(kind, msg) => Poll::Ready(Err(io::Error::new(*kind, msg.clone()))),
            _ => Poll::Ready(Ok(())),
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
        loop {
            match &this.phase {
                Phase::Failed(..) | Phase::Closed => return this.poll_ended(),
                Phase::Lingering { .. } => return this.poll_linger(cx),
                _ => {}
            }
            let before = buf.filled().len();
            match Pin::new(&mut this.io).poll_read(cx, buf) {
                Poll::Ready(Ok(())) => {
                    let new = buf.filled()[before..].to_vec();
                    if new.is_empty() {
                        return Poll::Ready(Ok(()));
                    }
                    let now = Instant::now();
                    this.feed(cx, new, now);
                    if matches!(this.phase, Phase::Closed) {
                        // A request that may not begin is not hyper's.
                        buf.set_filled(before);
                        return this.poll_ended();
                    }
                    if matches!(this.phase, Phase::Lingering { .. }) {
                        // A refused request's bytes are not hyper's.
                        buf.set_filled(before);
                        continue;
                    }
                    if now > this.deadline() {
                        this.timed_out(cx);
                        buf.set_filled(before);
                        continue;
                    }
                    this.rearm();
                    return match &this.phase {
                        Phase::Failed(..) => this.poll_ended(),
                        _ => Poll::Ready(Ok(())),
                    };
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending if this.timer.as_mut().poll(cx).is_ready() => {
                    this.timed_out(cx);
                }
                Poll::Pending => return Poll::Pending,
            }
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
                if matches!(this.phase, Phase::Serving) {
                    this.rearm();
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
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_flush(cx);
        if let Poll::Ready(Ok(())) = r {
            // hyper flushes after the last byte of an answer.
            this.next_if_answered(cx, Instant::now());
        }
        r
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

/// An answer's body that counts, when hyper is done with it, one answer
/// finished on its connection.
struct Counted {
    body: Body,
    shared: Arc<Shared>,
    reg: Arc<Registry>,
}

impl hyper::body::Body for Counted {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.get_mut().body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.body.size_hint()
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.shared.answered.fetch_add(1, Ordering::AcqRel);
        self.reg.answered.fetch_add(1, Ordering::Relaxed);
    }
}

/// Serves `app` on `listener` under `limits` until `stop` completes, then
/// closes the listener and every idle connection, lets the requests under
/// way finish within `grace` and closes what is left. `per_address`
/// applies the per-address connection cap (off behind a reverse proxy,
/// where every connection comes from the proxy); `shed` is told of every
/// connection refused or closed at a cap.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnLimits,
    per_address: bool,
    stop: impl Future<Output = ()>,
    grace: Duration,
    shed: Shed,
) -> io::Result<Drained> {
    let reg = Arc::new(Registry::new(limits, per_address, shed));
    let (stopping, stopped) = watch::channel(false);
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            a = listener.accept() => match a {
                Ok(x) => x,
                // Out of file descriptors and the like: wait, then retry.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let shared = match reg.admit(peer.ip()) {
            Ok(s) => s,
            Err(Refusal(status, msg)) => {
                let _ = stream.try_write(&raw_answer(status, msg, Some(1)));
                continue;
            }
        };
        tokio::spawn(connection(
            stream,
            peer,
            app.clone(),
            shared,
            reg.clone(),
            stopped.clone(),
        ));
    }
    drop(listener);
    let answered = reg.answered.load(Ordering::Relaxed);
    let (idle_closed, busy) = reg.close_idle();
    let _ = stopping.send(true);
    let end = Instant::now() + grace;
    while !reg.lock().conns.is_empty() && Instant::now() < end {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let cut = reg.close_all();
    Ok(Drained {
        answered: reg.answered.load(Ordering::Relaxed) - answered,
        idle_closed,
        busy,
        cut,
    })
}

/// Serves one connection until it ends, is closed to make room, or the
/// stop: then its request under way is answered and it closes.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    shared: Arc<Shared>,
    reg: Arc<Registry>,
    mut stopped: watch::Receiver<bool>,
) {
    let limits = reg.limits;
    let conn = Conn::new(stream, shared.clone(), limits);
    let (s2, r2) = (shared.clone(), reg.clone());
    let svc = hyper::service::service_fn(move |mut req: axum::http::Request<_>| {
        req.extensions_mut().insert(ConnectInfo(Peer(peer)));
        // This layer does not follow a chunked body to its end.
        let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
        let (shared, reg) = (s2.clone(), r2.clone());
        let answer = app.clone().oneshot(req.map(Body::new));
        async move {
            let mut r = answer.await?;
            if chunked {
                r.headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
            }
            Ok::<_, std::convert::Infallible>(r.map(|body| Counted { body, shared, reg }))
        }
    });
    let http = hyper::server::conn::http1::Builder::new()
        .keep_alive(!limits.keep_alive.is_zero())
        .serve_connection(hyper_util::rt::TokioIo::new(conn), svc);
    tokio::pin!(http);
    let mut draining = *stopped.borrow();
    if draining {
        http.as_mut().graceful_shutdown();
    }
    loop {
        tokio::select! {
            r = http.as_mut() => {
                if let Err(e) = r {
                    tracing::debug!("connection ended: {e}");
                }
                break;
            }
            _ = shared.kill.notified() => {
                tracing::debug!("closed an idle connection");
                break;
            }
            _ = stopped.changed(), if !draining => {
                draining = true;
                // Answers the request under way, then closes.
                http.as_mut().graceful_shutdown();
            }
        }
    }
    reg.lock().remove(shared.id);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_checked_as_hyper_reads_them() {
        let ok = |h: &[u8]| check_head(h).map(|r| r.map(|(_, f)| f));
        assert_eq!(
            ok(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
            Ok(Some(Framing::Empty))
        );
        assert_eq!(
            ok(b"POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n"),
            Ok(Some(Framing::Length(12)))
        );
        assert_eq!(
            ok(b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"),
            Ok(Some(Framing::Chunked))
        );
        // Transfer-Encoding wins over Content-Length, as in hyper.
        assert_eq!(
            ok(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: x\r\n\r\n"),
            Ok(Some(Framing::Chunked))
        );
        assert_eq!(ok(b"GET / HTTP/1.1\r\nHost: x\r\n"), Ok(None));
        let refused = |h: &[u8]| check_head(h).unwrap_err();
        assert_eq!(
            refused(b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
            bad("conflicting Content-Length")
        );
        assert_eq!(
            refused(b"POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n"),
            bad("invalid Content-Length")
        );
        assert_eq!(
            refused(b"POST / HTTP/1.1\r\nTransfer-Encoding: xchunked\r\n\r\n"),
            bad("Transfer-Encoding must end in chunked")
        );
        assert_eq!(
            refused(b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"),
            bad("Transfer-Encoding is not allowed in HTTP/1.0")
        );
        assert_eq!(refused(b"GE T / HTTP/1.1\r\n\r\n").0, "400 Bad Request");
        // httparse takes `<`; hyper's URI parser does not.
        assert_eq!(
            refused(b"GET /?x=<script> HTTP/1.1\r\n\r\n"),
            bad("malformed request target (12 bytes): invalid uri character")
        );
        // Too many lines shows before the head ends.
        let many: String = (0..150).map(|i| format!("X-{i}: 1\r\n")).collect();
        assert_eq!(
            refused(format!("GET / HTTP/1.1\r\n{many}").as_bytes()).0,
            "431 Request Header Fields Too Large"
        );
        // Bytes that are no request fail at once.
        assert_eq!(refused(b"\x16\x03\x01\x02\x00\x01").0, "400 Bad Request");
    }

    fn limits(max_connections: usize, per_address: usize) -> ConnLimits {
        ConnLimits {
            max_connections,
            per_address,
            head_timeout: Duration::from_secs(5),
            min_body_rate: 0,
            idle: Duration::from_secs(60),
            keep_alive: Duration::from_secs(15),
        }
    }

    /// A shed hook counting into the returned counter.
    fn counted() -> (Shed, Arc<AtomicU64>) {
        let n = Arc::new(AtomicU64::new(0));
        let m = n.clone();
        (
            Arc::new(move || {
                m.fetch_add(1, Ordering::Relaxed);
            }),
            n,
        )
    }

    #[test]
    fn the_oldest_connection_waiting_for_its_head_goes_first() {
        let (shed, sheds) = counted();
        let reg = Registry::new(limits(3, 2), true, shed);
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        let b: IpAddr = "127.0.0.3".parse().unwrap();
        let a1 = reg.admit(a).ok().unwrap();
        let _a2 = reg.admit(a).ok().unwrap();
        a1.state.store(BUSY, Ordering::Release);
        // a's cap: its idle a2 makes room, the busy a1 stays.
        let a3 = reg.admit(a).ok().unwrap();
        let ids: Vec<u64> = {
            let mut v: Vec<u64> = reg.lock().conns.keys().copied().collect();
            v.sort();
            v
        };
        assert_eq!(ids, vec![a1.id, a3.id]);
        assert_eq!(sheds.load(Ordering::Relaxed), 1);
        a3.state.store(BUSY, Ordering::Release);
        assert!(matches!(
            reg.admit(a),
            Err(Refusal("429 Too Many Requests", _))
        ));
        let b1 = reg.admit(b).ok().unwrap();
        b1.state.store(BUSY, Ordering::Release);
        // Global cap of 3, all busy.
        assert!(matches!(
            reg.admit(b),
            Err(Refusal("503 Service Unavailable", _))
        ));
        assert_eq!(sheds.load(Ordering::Relaxed), 3);
        reg.lock().remove(a1.id);
        assert!(reg.admit(b).is_ok());
        assert_eq!(reg.lock().per_ip.get(&a), Some(&1));
        assert_eq!(sheds.load(Ordering::Relaxed), 3);
        // At the overall cap the biggest holder gives up its oldest idle
        // connection, even when another address's is older.
        let (shed, sheds) = counted();
        let reg = Registry::new(limits(3, 0), true, shed);
        let b1 = reg.admit(b).ok().unwrap();
        let a1 = reg.admit(a).ok().unwrap();
        let a2 = reg.admit(a).ok().unwrap();
        let _c = reg.admit("127.0.0.4".parse().unwrap()).ok().unwrap();
        let open = reg.lock();
        assert!(open.conns.contains_key(&b1.id) && open.conns.contains_key(&a2.id));
        assert!(!open.conns.contains_key(&a1.id));
        assert_eq!(sheds.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_connection_is_either_closed_idle_or_answered_never_both() {
        let (shed, _) = counted();
        let reg = Registry::new(limits(8, 0), true, shed);
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        // Claimed for closing first: a request read after that never begins.
        let closing = reg.admit(a).ok().unwrap();
        assert_eq!(reg.close_idle(), (1, 0));
        assert!(!closing.try_begin());
        // Begun first: the stop leaves it to be answered, and once it is
        // answered it can be closed.
        let serving = reg.admit(a).ok().unwrap();
        assert!(serving.try_begin());
        assert_eq!(reg.close_idle(), (0, 1));
        serving.set_idle();
        assert_eq!(reg.close_idle(), (1, 0));
        assert!(!serving.try_begin());
    }

    #[test]
    fn a_stop_closes_the_idle_and_keeps_the_busy() {
        let (shed, sheds) = counted();
        let reg = Registry::new(limits(8, 0), true, shed);
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        let idle = reg.admit(a).ok().unwrap();
        let busy = reg.admit(a).ok().unwrap();
        busy.state.store(BUSY, Ordering::Release);
        assert_eq!(reg.close_idle(), (1, 1));
        let open = reg.lock();
        assert!(!open.conns.contains_key(&idle.id) && open.conns.contains_key(&busy.id));
        drop(open);
        assert_eq!(reg.close_all(), 1);
        assert!(reg.lock().per_ip.is_empty());
        // What a stop closes is not shed.
        assert_eq!(sheds.load(Ordering::Relaxed), 0);
    }
}
