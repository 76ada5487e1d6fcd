//! Storage: a small SQL [`Backend`] trait (SQLite or PostgreSQL) and the
//! [`Store`] that keeps reports, the latest facts per host and collector,
//! and the aggregates the pages read.
//!
//! Aggregates are maintained incrementally at ingest, so no page scans the
//! reports:
//! - `dist_day(dist, key, day, hosts)`: hosts whose last report fell on
//!   `day` and whose latest facts give `key`. A distribution over the hosts
//!   active in the last N days sums at most N days per key.
//! - `host_day(day, hosts)`: hosts by the day of their last report.
//! - `week_active(week, hosts)`: hosts that reported in a week (a host's
//!   first report of a week adds one).
//! - `counters`: hosts, reports, time of the last report.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::anon::{self, Cell, Raw};
use crate::facts::{self, DISTS, Page, SERVER_COLLECTOR};

/// The reserved key counting the hosts that reported a distribution's
/// section (facts never give an empty key).
pub const REPORTING: &str = "";

const DAY: i64 = 86_400;
const WEEK: i64 = 7 * DAY;

/// Storage errors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("SQLite database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed.
    #[error("PostgreSQL database error: {0}")]
    Postgres(#[from] postgres::Error),
    /// `--db` is neither a path nor a `postgres://` URL that works.
    #[error("cannot open database `{what}`: {reason}")]
    Open {
        /// The path or URL (the password is not shown).
        what: String,
        /// Why.
        reason: String,
    },
    /// A stored value has an unexpected type (the schema was changed by hand?).
    #[error("unexpected value in the database: {0}")]
    Corrupt(String),
}

/// A bound parameter or a result column.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// SQL NULL.
    Null,
    /// A 64-bit integer.
    Int(i64),
    /// Text.
    Text(String),
    /// Bytes.
    Blob(Vec<u8>),
}

impl Val {
    fn int(&self) -> Result<i64, StoreError> {
        match self {
            Val::Int(i) => Ok(*i),
            Val::Null => Ok(0),
            other => Err(StoreError::Corrupt(format!(
                "integer expected, got {other:?}"
            ))),
        }
    }
    fn text(self) -> Result<String, StoreError> {
        match self {
            Val::Text(s) => Ok(s),
            other => Err(StoreError::Corrupt(format!("text expected, got {other:?}"))),
        }
    }
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::Int(v)
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::Text(v.to_owned())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::Text(v)
    }
}

/// The SQL a [`Store`] needs from a database. Statements use `$1`, `$2`, ...
/// placeholders and SQL that SQLite and PostgreSQL both accept.
pub trait Backend: Send {
    /// Runs statements without parameters (schema, `BEGIN`, `COMMIT`).
    fn batch(&mut self, sql: &str) -> Result<(), StoreError>;
    /// Runs one statement; returns the rows it changed.
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    /// Runs a query; returns its rows.
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError>;
    /// The type of a byte column in `CREATE TABLE`.
    fn blob_type(&self) -> &'static str;
    /// Name for messages (`sqlite`, `postgresql`).
    fn kind(&self) -> &'static str;
    /// Starts a write transaction.
    fn begin(&mut self) -> Result<(), StoreError> {
        self.batch("BEGIN")
    }
    /// Starts a transaction of the retention purge: small deletes through
    /// indexes, redone by the next purge if a crash loses them. A backend
    /// may plan and commit it accordingly; by default a write transaction.
    fn begin_housekeeping(&mut self) -> Result<(), StoreError> {
        self.begin()
    }
    /// Whether writes that can wait (the retention purge) should, because
    /// the database is behind with earlier ones (SQLite: a long WAL not yet
    /// checkpointed). A database that keeps up on its own says no.
    fn should_yield(&self) -> bool {
        false
    }
}

/// SQLite through rusqlite (bundled).
pub struct Sqlite {
    conn: rusqlite::Connection,
    rewritten: HashMap<String, String>,
    checkpointer: Option<Checkpointer>,
}

/// How often the checkpointer copies the WAL into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);
/// A WAL longer than this (pages) and not all in the database file makes
/// [`Backend::should_yield`] true: optional writes wait until a checkpoint
/// has caught up, so the next write can start the WAL over.
const WAL_YIELD_PAGES: i64 = 4096;
/// A commit that leaves the WAL longer than this (pages) checkpoints what
/// is left itself, as SQLite's automatic checkpoint would at 1,000: a
/// writer that never pauses (ingest at full load) never lets a background
/// checkpoint finish, and the WAL starts over only after one has.
const WAL_CATCH_UP_PAGES: i64 = 16_384;

/// The WAL's length as the last commit left it (pages, from SQLite's WAL
/// hook on the store's connection) and how much of it the last checkpoint
/// put in the database file.
#[derive(Default)]
struct WalState {
    committed: std::sync::atomic::AtomicI64,
    done: std::sync::atomic::AtomicI64,
}

impl WalState {
    /// True while the WAL is long and not all in the database file. Writes
    /// that wait for this let a checkpoint catch up with every commit, and
    /// the next write then starts the WAL over; a writer that never pauses
    /// would grow it for ever.
    fn behind(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        let committed = self.committed.load(Relaxed);
        committed > WAL_YIELD_PAGES && self.done.load(Relaxed) < committed
    }
}

/// Checkpoints a file database's WAL on its own connection and thread, so
/// no commit on the store thread pays for one: SQLite's automatic
/// checkpoint runs inside the commit that crosses 1,000 pages and syncs
/// the whole database file, tens of milliseconds on a large one.
struct Checkpointer {
    wal: std::sync::Arc<WalState>,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Checkpointer {
    /// Starts one for the database at `path`, or `None` (and the store keeps
    /// SQLite's automatic checkpoints) if its connection cannot be opened.
    fn start(path: &str) -> Option<Checkpointer> {
        let conn = match rusqlite::Connection::open(path) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("{path}: no background checkpoints ({e}); commits will do them");
                return None;
            }
        };
        let (stop, rx) = std::sync::mpsc::channel::<()>();
        let wal = std::sync::Arc::new(WalState::default());
        let seen = wal.clone();
        let name = path.to_owned();
        let thread = std::thread::Builder::new()
            .name("cep-checkpoint".into())
            .spawn(move || {
                use std::sync::atomic::Ordering::Relaxed;
                let mut wait = CHECKPOINT_EVERY;
                // Until the store drops its sender.
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(wait)
                {
                    let t = Instant::now();
                    match conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                        Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
                    }) {
                        // -1: another connection was checkpointing.
                        Ok((pages, done)) if pages >= 0 => {
                            seen.done.store(done, Relaxed);
                            // Ten a second: only slow ones at debug.
                            let ms = t.elapsed().as_secs_f64() * 1e3;
                            let said = format!(
                                "{name}: checkpoint, {done} of {pages} WAL pages in the file, {ms:.1} ms"
                            );
                            if ms >= 50.0 {
                                tracing::debug!("{said}");
                            } else {
                                tracing::trace!("{said}");
                            }
                        }
                        Ok(_) => {}
                        Err(e) => tracing::warn!("{name}: checkpoint failed: {e}"),
                    }
                    // Behind: again soon, so that writes waiting for it
                    // (`should_yield`) do not wait long.
                    wait = if seen.behind() {
                        CHECKPOINT_EVERY / 10
                    } else {
                        CHECKPOINT_EVERY
                    };
                }
            })
            .ok()?;
        Some(Checkpointer {
            wal,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Sqlite {
    /// Opens (creating) the database file; `:memory:` for a private one.
    pub fn open(path: &str) -> Result<Sqlite, StoreError> {
        let mut conn = rusqlite::Connection::open(path).map_err(|e| StoreError::Open {
            what: path.to_owned(),
            reason: e.to_string(),
        })?;
        // WAL with NORMAL sync: a crash loses at most the last batch's
        // durability, never consistency; far faster ingest.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(64);
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let checkpointer = if mode.eq_ignore_ascii_case("wal") {
            let c = Checkpointer::start(path);
            if let Some(c) = &c {
                conn.pragma_update(None, "wal_autocheckpoint", 0)?;
                // After a checkpoint resets it, the WAL file shrinks back.
                conn.pragma_update(None, "journal_size_limit", 64i64 << 20)?;
                // Every commit says how long the WAL is (this replaces the
                // automatic checkpoint's own hook, off above).
                let wal = c.wal.clone();
                conn.wal_hook(Some(
                    move |w: &mut rusqlite::hooks::Wal, pages: std::ffi::c_int| {
                        let pages = i64::from(pages);
                        wal.committed
                            .store(pages, std::sync::atomic::Ordering::Relaxed);
                        if pages > WAL_CATCH_UP_PAGES {
                            // Busy (the background one is at it) is fine:
                            // the next commit tries again.
                            if let Ok((_, done)) =
                                w.checkpoint_v2(rusqlite::wal::CheckpointMode::PASSIVE)
                            {
                                wal.done
                                    .store(i64::from(done), std::sync::atomic::Ordering::Relaxed);
                            }
                        }
                        Ok(())
                    },
                ))?;
            }
            c
        } else {
            None
        };
        Ok(Sqlite {
            conn,
            rewritten: HashMap::new(),
            checkpointer,
        })
    }

    /// `$1` → `?1` (SQLite's numbered parameters), cached per statement.
    fn sql(&mut self, sql: &str) -> String {
        if let Some(s) = self.rewritten.get(sql) {
            return s.clone();
        }
        let s = sql.replace('$', "?");
        self.rewritten.insert(sql.to_owned(), s.clone());
        s
    }
}

fn to_sqlite(v: &Val) -> rusqlite::types::Value {
    use rusqlite::types::Value as V;
    match v {
        Val::Null => V::Null,
        Val::Int(i) => V::Integer(*i),
        Val::Text(s) => V::Text(s.clone()),
        Val::Blob(b) => V::Blob(b.clone()),
    }
}

impl Backend for Sqlite {
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.conn.execute_batch(sql)?)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let sql = self.sql(sql);
        let mut st = self.conn.prepare_cached(&sql)?;
        let p: Vec<rusqlite::types::Value> = params.iter().map(to_sqlite).collect();
        Ok(st.execute(rusqlite::params_from_iter(p))? as u64)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
        let sql = self.sql(sql);
        let mut st = self.conn.prepare_cached(&sql)?;
        let n = st.column_count();
        let p: Vec<rusqlite::types::Value> = params.iter().map(to_sqlite).collect();
        let mut rows = st.query(rusqlite::params_from_iter(p))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(n);
            for i in 0..n {
                use rusqlite::types::ValueRef as R;
                row.push(match r.get_ref(i)? {
                    R::Null => Val::Null,
                    R::Integer(i) => Val::Int(i),
                    R::Real(f) => Val::Int(f as i64),
                    R::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
                    R::Blob(b) => Val::Blob(b.to_vec()),
                });
            }
            out.push(row);
        }
        Ok(out)
    }
    fn blob_type(&self) -> &'static str {
        "BLOB"
    }
    fn kind(&self) -> &'static str {
        "sqlite"
    }
    fn begin(&mut self) -> Result<(), StoreError> {
        // The write lock now, waiting for it (busy timeout): a deferred
        // transaction that reads first and then cannot upgrade fails at once.
        self.batch("BEGIN IMMEDIATE")
    }
    fn should_yield(&self) -> bool {
        self.checkpointer.as_ref().is_some_and(|c| c.wal.behind())
    }
}

/// PostgreSQL through the `postgres` crate, without TLS (local or trusted
/// network; put a TLS proxy in front otherwise).
pub struct Postgres {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl Postgres {
    /// Connects to `postgres://user:password@host:port/db`.
    pub fn connect(url: &str) -> Result<Postgres, StoreError> {
        let client =
            postgres::Client::connect(url, postgres::NoTls).map_err(|e| StoreError::Open {
                what: redact_url(url),
                reason: e.to_string(),
            })?;
        Ok(Postgres {
            client,
            statements: HashMap::new(),
        })
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(sql)?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

/// The URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let cred = &url[s + 3..at];
            let user = cred.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

impl Backend for Postgres {
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.batch_execute(sql)?)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let st = self.statement(sql)?;
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        Ok(self.client.execute(&st, &refs)?)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
        use postgres::types::Type;
        let st = self.statement(sql)?;
        let p = pg_params(params);
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p.iter().map(|b| &**b).collect();
        let rows = self.client.query(&st, &refs)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut row = Vec::with_capacity(r.len());
            for (i, c) in r.columns().iter().enumerate() {
                let t = c.type_();
                let v = if *t == Type::INT8 {
                    r.try_get::<_, Option<i64>>(i)?.map(Val::Int)
                } else if *t == Type::INT4 {
                    r.try_get::<_, Option<i32>>(i)?.map(|v| Val::Int(v.into()))
                } else if *t == Type::BYTEA {
                    r.try_get::<_, Option<Vec<u8>>>(i)?.map(Val::Blob)
                } else {
                    r.try_get::<_, Option<String>>(i)?.map(Val::Text)
                };
                row.push(v.unwrap_or(Val::Null));
            }
            out.push(row);
        }
        Ok(out)
    }
    fn blob_type(&self) -> &'static str {
        "BYTEA"
    }
    fn begin_housekeeping(&mut self) -> Result<(), StoreError> {
        // Its commit need not wait for the WAL flush (a lost step is
        // redone), which on a busy disk took tens of milliseconds. And only
        // nested loops over indexes, the one plan that costs a step its own
        // rows: without statistics (a restored or freshly loaded database)
        // the planner took a silent host for 7,000 rows and chose a hash
        // join over all of host_keys, 200 to 600 ms a step.
        self.batch(
            "BEGIN; SET LOCAL synchronous_commit = off; SET LOCAL enable_seqscan = off; \
             SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off",
        )
    }
    fn kind(&self) -> &'static str {
        "postgresql"
    }
}

fn pg_params(params: &[Val]) -> Vec<Box<dyn postgres::types::ToSql + Sync>> {
    params
        .iter()
        .map(|v| -> Box<dyn postgres::types::ToSql + Sync> {
            match v {
                Val::Null => Box::new(Option::<i64>::None),
                Val::Int(i) => Box::new(*i),
                Val::Text(s) => Box::new(s.clone()),
                Val::Blob(b) => Box::new(b.clone()),
            }
        })
        .collect()
}

/// Opens the backend `--db` names: a `postgres://` or `postgresql://` URL,
/// else an SQLite file path.
pub fn open(db: &str) -> Result<Box<dyn Backend>, StoreError> {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        Ok(Box::new(Postgres::connect(db)?))
    } else {
        Ok(Box::new(Sqlite::open(db)?))
    }
}

/// Which protocol a report came by (`cep`: native `POST /api/v1/reports`,
/// `vzstats`: `POST /submit.php`, `disp`: `POST /post`).
pub use cep_core::Protocol;

/// A protocol's name in the database (`native` for cep's own, as stored
/// since the first schema).
pub fn protocol_name(p: Protocol) -> &'static str {
    match p {
        Protocol::Cep => "native",
        Protocol::Vzstats => "vzstats",
        Protocol::Disp => "disp",
    }
}

/// A validated report, ready to store.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// Idempotency key.
    pub report_id: Uuid,
    /// Host id.
    pub client_id: Uuid,
    /// How it came.
    pub protocol: Protocol,
    /// Hex SHA-256 of the body.
    pub sha256: String,
    /// The raw body, when archives are kept.
    pub archive: Option<Vec<u8>>,
    /// JSON sections by collector id (text sections are not aggregated).
    pub sections: BTreeMap<String, Value>,
    /// ISO country code from the GeoIP lookup, if any.
    pub country: Option<String>,
}

/// What the server answers for a report: the client's own receipt type.
pub use cep_core::Receipt;

/// A stored report: new, or a repeat answered with the first receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// First time: 201.
    New(Receipt),
    /// Seen before: 200 with the first receipt; not counted again.
    Duplicate(Receipt),
    /// The host was forgotten: 410, nothing stored.
    Forgotten(ForgetReceipt),
}

pub use cep_core::ForgetReceipt;

/// What `forgotten` keeps of a forgotten host: a digest of its id, never
/// the id.
fn forget_key(host: Uuid) -> String {
    cep_core::report::sha256_hex(format!("cep forgotten host {host}").as_bytes())
}

/// What the stats are computed over.
#[derive(Debug, Clone, Copy)]
pub struct StatsOptions {
    /// Only hosts whose last report is this recent count in distributions.
    pub active_days: i64,
    /// "Active" in the General info table.
    pub general_active_days: i64,
    /// Buckets with fewer hosts merge into "other".
    pub k: i64,
    /// Weeks of growth to show.
    pub weeks: i64,
    /// Weeks of distribution trends to show (a key with fewer than `k`
    /// hosts in any of them is "other" in all of them, see [`crate::anon`]).
    pub trend_weeks: i64,
}

impl Default for StatsOptions {
    fn default() -> Self {
        StatsOptions {
            active_days: 14,
            general_active_days: 61,
            k: 5,
            weeks: 104,
            trend_weeks: 26,
        }
    }
}

/// Rows one step of an unpaced purge erases ([`Store::purge_old_rows`],
/// [`RetentionPurge::new`]).
pub const PURGE_CHUNK: i64 = 500;

/// What a retention purge erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Purged {
    /// Hosts whose every row went (silent longer than the retention).
    pub hosts: u64,
    /// Report rows (dedup keys) that went.
    pub reports: u64,
    /// Kept archives that went (older than `--keep-archives-days`).
    pub archives: u64,
}

/// The kinds of rows a retention purge erases, in the order it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PurgeStage {
    /// Every row of hosts silent for longer than the retention.
    Hosts,
    /// Report rows (the dedup keys) older than the retention.
    Reports,
    /// Older sections of hosts still reporting.
    Sections,
    /// Per-host shares of weekly numbers older than the retention.
    Shares,
    /// Kept archives older than their own setting
    /// ([`RetentionPurge::archives`]).
    Archives,
}

impl PurgeStage {
    fn next(self) -> Option<PurgeStage> {
        match self {
            PurgeStage::Hosts => Some(PurgeStage::Reports),
            PurgeStage::Reports => Some(PurgeStage::Sections),
            PurgeStage::Sections => Some(PurgeStage::Shares),
            PurgeStage::Shares => Some(PurgeStage::Archives),
            PurgeStage::Archives => None,
        }
    }
}

/// A retention purge under way ([`Store::purge_old_rows`] says what it
/// erases), in steps of one short transaction each, so whoever owns the
/// store can serve other work between them.
///
/// A paced purge ([`RetentionPurge::paced`]) sizes each step to a time
/// budget: a silent host can own thousands of rows, so a fixed number of
/// hosts per step could hold the store for a long time on one database and
/// make a purge crawl on another.
///
/// ```
/// use cep_server::store::{RetentionPurge, Sqlite, Store};
/// let mut store = Store::new(Box::new(Sqlite::open(":memory:")?))?;
/// let mut purge = RetentionPurge::paced(1_800_000_000, 91, std::time::Duration::from_millis(10));
/// while purge.step(&mut store)? {
///     // Serve whatever waits here.
/// }
/// assert_eq!(purge.erased().hosts, 0);
/// # Ok::<(), cep_server::store::StoreError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RetentionPurge {
    now: i64,
    cutoff: i64,
    week: i64,
    /// Archives older than this go too (none: archives are left alone).
    archive_cutoff: Option<i64>,
    stage: Option<PurgeStage>,
    chunk: i64,
    budget: Option<Duration>,
    erased: Purged,
}

/// Rows in the first step of each stage of a paced purge.
const PACED_FIRST: i64 = 32;
/// Bounds of a paced step, in rows.
const PACED_MIN: i64 = 1;
const PACED_MAX: i64 = 4096;

impl RetentionPurge {
    /// A purge of what is older than `days` days at `now`, [`PURGE_CHUNK`]
    /// rows a step.
    pub fn new(now: i64, days: i64) -> RetentionPurge {
        RetentionPurge {
            now,
            cutoff: now - days * DAY,
            week: week_of(now - days * DAY),
            archive_cutoff: None,
            stage: Some(PurgeStage::Hosts),
            chunk: PURGE_CHUNK,
            budget: None,
            erased: Purged::default(),
        }
    }

    /// The same purge with steps sized to last about `budget` each.
    pub fn paced(now: i64, days: i64, budget: Duration) -> RetentionPurge {
        RetentionPurge {
            chunk: PACED_FIRST,
            budget: Some(budget),
            ..RetentionPurge::new(now, days)
        }
    }

    /// The same purge erasing kept archives older than `days` days as
    /// well (its last stage); `0`, as for `--keep-archives-days`, leaves
    /// them alone.
    pub fn archives(self, days: i64) -> RetentionPurge {
        RetentionPurge {
            archive_cutoff: (days > 0).then(|| self.now - days * DAY),
            ..self
        }
    }

    /// Runs one step; returns whether any is left.
    pub fn step(&mut self, store: &mut Store) -> Result<bool, StoreError> {
        let Some(stage) = self.stage else {
            return Ok(false);
        };
        let started = Instant::now();
        let cutoff = match stage {
            PurgeStage::Archives => self.archive_cutoff.unwrap_or(i64::MIN),
            _ => self.cutoff,
        };
        let (n, done) = store.purge_rows(stage, cutoff, self.week, self.chunk)?;
        tracing::trace!(
            "retention step: {stage:?}, {n} rows (at most {}), {:.1} ms",
            self.chunk,
            started.elapsed().as_secs_f64() * 1e3
        );
        match stage {
            PurgeStage::Hosts => self.erased.hosts += n,
            PurgeStage::Reports => self.erased.reports += n,
            PurgeStage::Archives => self.erased.archives += n,
            PurgeStage::Sections | PurgeStage::Shares => {}
        }
        // No row older than the cutoff is ever written again, so a short
        // step means the stage is done.
        if done {
            self.stage = stage
                .next()
                .filter(|s| *s != PurgeStage::Archives || self.archive_cutoff.is_some());
            if self.budget.is_some() {
                self.chunk = PACED_FIRST;
            }
        } else if let Some(budget) = self.budget {
            self.chunk = next_chunk(self.chunk, started.elapsed(), budget);
        }
        Ok(self.stage.is_some())
    }

    /// The stage the next step works on (`None`: done).
    pub fn stage(&self) -> Option<PurgeStage> {
        self.stage
    }

    /// What went so far.
    pub fn erased(&self) -> Purged {
        self.erased
    }
}

/// The next paced step's size: halved after a step over the budget,
/// doubled after one under half of it, within [`PACED_MIN`, `PACED_MAX`].
fn next_chunk(chunk: i64, took: Duration, budget: Duration) -> i64 {
    if took > budget {
        (chunk / 2).max(PACED_MIN)
    } else if took * 2 < budget {
        (chunk * 2).min(PACED_MAX)
    } else {
        chunk
    }
}

impl StatsOptions {
    /// The shortest retention of per-host rows that leaves every published
    /// number as it is: the longer of the two active windows, plus a week
    /// (a host's second report in a week replaces its first's keys).
    pub fn retention_floor(&self) -> i64 {
        self.active_days.max(self.general_active_days) + 7
    }

    /// The default retention: the longer active window plus 30 days, so a
    /// host reporting monthly keeps its rows (and is not counted as new).
    pub fn default_retention(&self) -> i64 {
        self.active_days.max(self.general_active_days) + 30
    }
}

/// One row of a published table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    /// The key (`other` for the merged rest).
    pub key: String,
    /// Hosts; `null` for an "other" of fewer than `k` hosts.
    pub hosts: Option<i64>,
    /// Set (to `k`) when `hosts` is "fewer than k".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fewer_than: Option<i64>,
    /// Percent of the reporting hosts.
    pub share: Option<f64>,
    /// Containers, VMs or disks with this key, for tables that count them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<i64>,
    /// Percent of all those units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_share: Option<f64>,
    /// Change of `share` in the weekly snapshots, in percentage points,
    /// from the week [`Stats::change_from`] to [`Stats::change_to`]; `null`
    /// when the key is not published in both.
    pub change: Option<f64>,
}

/// A distribution's share per week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Trend {
    /// Monday of each week, oldest first.
    pub weeks: Vec<String>,
    /// Hosts that reported the section each week; `null` when fewer than `k`.
    pub reporting_hosts: Vec<Option<i64>>,
    /// Hosts per key and week (`other` last); `null` where not published.
    pub series: Vec<Series>,
}

/// One key's hosts per week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    /// The key.
    pub key: String,
    /// Hosts per week, aligned with [`Trend::weeks`].
    pub hosts: Vec<Option<i64>>,
}

/// One distribution: the table over the active window and its trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// Stable name.
    pub name: String,
    /// Title.
    pub title: String,
    /// The topic page.
    pub page: Page,
    /// What the units count (`containers`, `VMs`, `disks`), if any.
    pub unit: Option<String>,
    /// Hosts that reported the section; `null` when fewer than `k`.
    pub reporting_hosts: Option<i64>,
    /// Their units in total, for tables with a unit.
    pub reporting_units: Option<i64>,
    /// Buckets, largest first, `other` last.
    pub buckets: Vec<Bucket>,
    /// Weekly snapshots.
    pub trend: Trend,
}

/// The General info numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct General {
    /// Hosts that ever reported.
    pub hosts_total: i64,
    /// Hosts whose latest facts show containers.
    pub hosts_with_containers: i64,
    /// Hosts whose latest facts show running containers.
    pub hosts_with_running_containers: i64,
    /// Hosts that reported in the last `general_active_days` days.
    pub hosts_active: i64,
    /// That window, in days.
    pub active_days: i64,
    /// Reports stored (repeats not counted).
    pub reports: i64,
    /// The last report's time (RFC 3339), if any.
    pub last_report_at: Option<String>,
    /// Seconds since then.
    pub seconds_since_last_report: Option<i64>,
}

/// One week of growth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    /// Monday of the week (UTC), `YYYY-MM-DD`.
    pub week: String,
    /// Hosts that reported that week.
    pub hosts: i64,
    /// Hosts that had reported by the end of that week.
    pub hosts_total: i64,
    /// Reports received that week.
    pub reports: i64,
}

/// Everything the pages publish.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// When computed (RFC 3339).
    pub generated_at: String,
    /// General info.
    pub general: General,
    /// Distributions count hosts active in this many days.
    pub distribution_days: i64,
    /// Buckets smaller than this merge into "other".
    pub k: i64,
    /// The earlier week of the "change" column (Monday, `YYYY-MM-DD`).
    pub change_from: String,
    /// The later week of the "change" column: the last complete week.
    pub change_to: String,
    /// Distributions, in page order.
    pub distributions: Vec<Distribution>,
    /// Weeks of growth, oldest first (weeks without reports left out).
    pub growth: Vec<Week>,
}

/// RFC 3339 for unix seconds.
pub fn rfc3339(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn day_of(t: i64) -> i64 {
    t.div_euclid(DAY)
}

// Weeks start on Monday; 1970-01-01 was a Thursday (see `week_of`).

fn week_start(week: i64) -> String {
    let t = week * WEEK - 3 * DAY;
    rfc3339(t)[..10].to_owned()
}

/// (host, aggregate, dist, key, time) of a `host_contrib` row.
type ContribKey = (String, &'static str, String, String, i64);

/// Aggregate changes of one batch, applied together at its end.
#[derive(Default)]
struct Deltas {
    /// (dist, key, day) → (hosts, units).
    dist: BTreeMap<(String, String, i64), (i64, i64)>,
    /// (dist, key, week) → (hosts, units).
    dist_week: BTreeMap<(String, String, i64), (i64, i64)>,
    /// week → (new hosts, reports).
    week_counts: BTreeMap<i64, (i64, i64)>,
    host_day: BTreeMap<i64, i64>,
    week: BTreeMap<i64, i64>,
    reports: i64,
    hosts: i64,
    /// The same changes per host: (host, aggregate, dist, key, time) →
    /// (hosts, units), kept in `host_contrib` so that forgetting a host
    /// takes back exactly what it added.
    contrib: BTreeMap<ContribKey, (i64, i64)>,
}

impl Deltas {
    /// Records `host`'s share (hosts, units) of the `agg` row at
    /// (dist, key, time).
    fn note(&mut self, host: &str, agg: &'static str, at: (&str, &str, i64), n: (i64, i64)) {
        let (dist, key, t) = at;
        let e = self
            .contrib
            .entry((host.to_owned(), agg, dist.to_owned(), key.to_owned(), t))
            .or_default();
        e.0 += n.0;
        e.1 += n.1;
    }
}

/// The store over a backend.
pub struct Store {
    db: Box<dyn Backend>,
    /// A section older than this (seconds) no longer gives its host keys
    /// when a newer report lacks it.
    fact_max_age: i64,
    /// What is kept of a section ([`facts::policy`]).
    policy: cep_core::Policy,
}

// What `host_contrib.agg` names: the aggregate a host's share went to.
const AGG_DIST_DAY: &str = "dist_day";
const AGG_DIST_WEEK: &str = "dist_week";
const AGG_HOST_DAY: &str = "host_day";
const AGG_WEEK_ACTIVE: &str = "week_active";
/// `week_counts.new_hosts` (and the `hosts` counter).
const AGG_NEW: &str = "new_hosts";
/// `week_counts.reports` (and the `reports` counter).
const AGG_REPORTS: &str = "reports";

const COUNTER_ADD: &str = "INSERT INTO counters (name, value) VALUES ($1, $2) \
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value";

impl Store {
    /// Wraps a backend and creates the schema if needed.
    pub fn new(mut db: Box<dyn Backend>) -> Result<Store, StoreError> {
        let blob = db.blob_type();
        db.batch(&format!(
            "CREATE TABLE IF NOT EXISTS reports (report_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, \
               received_at BIGINT NOT NULL, sha256 TEXT NOT NULL, protocol TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS archives (report_id TEXT PRIMARY KEY, received_at BIGINT NOT NULL, \
               body {blob} NOT NULL);
             CREATE INDEX IF NOT EXISTS archives_received ON archives (received_at);
             CREATE TABLE IF NOT EXISTS hosts (host_id TEXT PRIMARY KEY, first_seen BIGINT NOT NULL, \
               last_seen BIGINT NOT NULL, reports BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS facts (host_id TEXT NOT NULL, collector TEXT NOT NULL, \
               received_at BIGINT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (host_id, collector));
             CREATE TABLE IF NOT EXISTS host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, \
               key TEXT NOT NULL, weight BIGINT NOT NULL, PRIMARY KEY (host_id, dist, key));
             CREATE TABLE IF NOT EXISTS dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
             CREATE TABLE IF NOT EXISTS dist_week (dist TEXT NOT NULL, key TEXT NOT NULL, week BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, units BIGINT NOT NULL, PRIMARY KEY (dist, key, week));
             CREATE INDEX IF NOT EXISTS dist_week_week ON dist_week (week);
             CREATE TABLE IF NOT EXISTS week_counts (week BIGINT PRIMARY KEY, new_hosts BIGINT NOT NULL, \
               reports BIGINT NOT NULL);
             CREATE INDEX IF NOT EXISTS dist_day_day ON dist_day (day);
             CREATE TABLE IF NOT EXISTS host_day (day BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS week_active (week BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS host_contrib (host_id TEXT NOT NULL, agg TEXT NOT NULL, \
               dist TEXT NOT NULL, key TEXT NOT NULL, t BIGINT NOT NULL, hosts BIGINT NOT NULL, \
               units BIGINT NOT NULL, PRIMARY KEY (host_id, agg, dist, key, t));
             CREATE TABLE IF NOT EXISTS forgotten (host_hash TEXT PRIMARY KEY, forgotten_at BIGINT NOT NULL, \
               reports BIGINT NOT NULL);
             CREATE INDEX IF NOT EXISTS reports_received ON reports (received_at);
             CREATE INDEX IF NOT EXISTS hosts_last_seen ON hosts (last_seen);
             CREATE INDEX IF NOT EXISTS facts_received ON facts (received_at);
             CREATE INDEX IF NOT EXISTS host_contrib_t ON host_contrib (agg, t);"
        ))?;
        // Databases made before keys had weights: every key weighed 1 and
        // a day's units were its hosts. Weekly snapshots start now.
        for (table, column, fill) in [("host_keys", "weight", "1"), ("dist_day", "units", "hosts")]
        {
            if db
                .query(&format!("SELECT {column} FROM {table} LIMIT 1"), &[])
                .is_err()
            {
                db.batch(&format!(
                    "ALTER TABLE {table} ADD COLUMN {column} BIGINT NOT NULL DEFAULT 0; \
                     UPDATE {table} SET {column} = {fill};"
                ))?;
            }
        }
        Ok(Store {
            db,
            fact_max_age: StatsOptions::default().active_days * DAY,
            policy: facts::policy(),
        })
    }

    /// Sections older than `days` stop counting in distributions: a report
    /// without a section keeps the host's keys from an earlier one only
    /// while that one is younger than this (the distributions' window).
    pub fn set_fact_window_days(&mut self, days: i64) {
        self.fact_max_age = days.max(0) * DAY;
    }

    /// The backend's name.
    pub fn kind(&self) -> &'static str {
        self.db.kind()
    }

    /// Stores a batch of reports received at `now` (unix seconds) in one
    /// transaction. On a database error the whole batch is rolled back.
    pub fn ingest(&mut self, batch: &[Incoming], now: i64) -> Result<Vec<Stored>, StoreError> {
        self.transaction(|s| {
            let mut out = Vec::with_capacity(batch.len());
            let mut deltas = Deltas::default();
            for r in batch {
                out.push(s.ingest_one(r, now, &mut deltas)?);
            }
            s.flush(deltas, now)?;
            Ok(out)
        })
    }

    /// Runs `INSERT ... VALUES (..), (..) <tail>` for `rows` in chunks.
    fn insert_rows(
        &mut self,
        head: &str,
        tail: &str,
        rows: Vec<Vec<Val>>,
    ) -> Result<(), StoreError> {
        let Some(width) = rows.first().map(Vec::len) else {
            return Ok(());
        };
        for chunk in rows.chunks(64) {
            let mut sql = String::with_capacity(head.len() + tail.len() + chunk.len() * width * 5);
            sql.push_str(head);
            sql.push_str(" VALUES ");
            let mut n = 0;
            for (i, _) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for j in 0..width {
                    n += 1;
                    if j > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("${n}"));
                }
                sql.push(')');
            }
            sql.push(' ');
            sql.push_str(tail);
            let params: Vec<Val> = chunk.iter().flatten().cloned().collect();
            self.db.exec(&sql, &params)?;
        }
        Ok(())
    }

    /// Applies a batch's aggregate changes: one statement per table.
    fn flush(&mut self, d: Deltas, now: i64) -> Result<(), StoreError> {
        let rows = |m: BTreeMap<i64, i64>| -> Vec<Vec<Val>> {
            m.into_iter()
                .filter(|(_, n)| *n != 0)
                .map(|(k, n)| vec![Val::Int(k), Val::Int(n)])
                .collect()
        };
        let keyed = |m: BTreeMap<(String, String, i64), (i64, i64)>| -> Vec<Vec<Val>> {
            m.into_iter()
                .filter(|(_, n)| *n != (0, 0))
                .map(|((dist, key, t), (h, u))| {
                    vec![dist.into(), key.into(), t.into(), h.into(), u.into()]
                })
                .collect()
        };
        self.insert_rows(
            "INSERT INTO dist_day (dist, key, day, hosts, units)",
            "ON CONFLICT (dist, key, day) DO UPDATE SET hosts = dist_day.hosts + excluded.hosts, \
             units = dist_day.units + excluded.units",
            keyed(d.dist),
        )?;
        self.insert_rows(
            "INSERT INTO dist_week (dist, key, week, hosts, units)",
            "ON CONFLICT (dist, key, week) DO UPDATE SET hosts = dist_week.hosts + excluded.hosts, \
             units = dist_week.units + excluded.units",
            keyed(d.dist_week),
        )?;
        let counts: Vec<Vec<Val>> = d
            .week_counts
            .into_iter()
            .map(|(w, (h, r))| vec![w.into(), h.into(), r.into()])
            .collect();
        self.insert_rows(
            "INSERT INTO week_counts (week, new_hosts, reports)",
            "ON CONFLICT (week) DO UPDATE SET new_hosts = week_counts.new_hosts + excluded.new_hosts, \
             reports = week_counts.reports + excluded.reports",
            counts,
        )?;
        self.insert_rows(
            "INSERT INTO host_day (day, hosts)",
            "ON CONFLICT (day) DO UPDATE SET hosts = host_day.hosts + excluded.hosts",
            rows(d.host_day),
        )?;
        self.insert_rows(
            "INSERT INTO week_active (week, hosts)",
            "ON CONFLICT (week) DO UPDATE SET hosts = week_active.hosts + excluded.hosts",
            rows(d.week),
        )?;
        if d.reports > 0 {
            self.db
                .exec(COUNTER_ADD, &["reports".into(), d.reports.into()])?;
            self.db.exec(
                "INSERT INTO counters (name, value) VALUES ('last_report_at', $1) ON CONFLICT (name) DO UPDATE \
                 SET value = CASE WHEN excluded.value > counters.value THEN excluded.value ELSE counters.value END",
                &[now.into()],
            )?;
        }
        if d.hosts > 0 {
            self.db
                .exec(COUNTER_ADD, &["hosts".into(), d.hosts.into()])?;
        }
        let hosts: BTreeSet<String> = d.contrib.keys().map(|k| k.0.clone()).collect();
        let contrib: Vec<Vec<Val>> = d
            .contrib
            .into_iter()
            .filter(|(_, n)| *n != (0, 0))
            .map(|((host, agg, dist, key, t), (h, u))| {
                vec![
                    host.into(),
                    agg.into(),
                    dist.into(),
                    key.into(),
                    t.into(),
                    h.into(),
                    u.into(),
                ]
            })
            .collect();
        self.insert_rows(
            "INSERT INTO host_contrib (host_id, agg, dist, key, t, hosts, units)",
            "ON CONFLICT (host_id, agg, dist, key, t) DO UPDATE SET hosts = host_contrib.hosts + excluded.hosts, \
             units = host_contrib.units + excluded.units",
            contrib,
        )?;
        for host in hosts {
            self.db.exec(
                "DELETE FROM host_contrib WHERE host_id = $1 AND hosts = 0 AND units = 0",
                &[host.into()],
            )?;
        }
        Ok(())
    }

    fn ingest_one(
        &mut self,
        r: &Incoming,
        now: i64,
        deltas: &mut Deltas,
    ) -> Result<Stored, StoreError> {
        let rid = r.report_id.to_string();
        let host = r.client_id.to_string();
        if let Some(f) = self.forgotten(r.client_id)? {
            return Ok(Stored::Forgotten(f));
        }
        let inserted = self.db.exec(
            "INSERT INTO reports (report_id, client_id, received_at, sha256, protocol) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (report_id) DO NOTHING",
            &[
                rid.clone().into(),
                host.clone().into(),
                now.into(),
                r.sha256.clone().into(),
                protocol_name(r.protocol).into(),
            ],
        )?;
        if inserted == 0 {
            let rows = self.db.query(
                "SELECT received_at, sha256 FROM reports WHERE report_id = $1",
                &[rid.into()],
            )?;
            let mut row = rows
                .into_iter()
                .next()
                .ok_or_else(|| StoreError::Corrupt("a repeated report vanished".into()))?;
            let sha = std::mem::replace(&mut row[1], Val::Null).text()?;
            return Ok(Stored::Duplicate(Receipt {
                report_id: r.report_id,
                received_at: rfc3339(row[0].int()?),
                sha256: sha,
            }));
        }
        if let Some(body) = &r.archive {
            self.db.exec(
                "INSERT INTO archives (report_id, received_at, body) VALUES ($1, $2, $3) \
                 ON CONFLICT (report_id) DO NOTHING",
                &[
                    r.report_id.to_string().into(),
                    now.into(),
                    Val::Blob(body.clone()),
                ],
            )?;
        }

        let prev = self.db.query(
            "SELECT last_seen FROM hosts WHERE host_id = $1",
            &[host.clone().into()],
        )?;
        let prev_seen = match prev.first() {
            Some(row) => Some(row[0].int()?),
            None => None,
        };
        // A report's time never moves a host back (clock steps).
        let seen = prev_seen.map_or(now, |p| p.max(now));
        match prev_seen {
            None => {
                self.db.exec(
                    "INSERT INTO hosts (host_id, first_seen, last_seen, reports) VALUES ($1, $2, $2, 1)",
                    &[host.clone().into(), seen.into()],
                )?;
                deltas.hosts += 1;
                deltas.week_counts.entry(week_of(seen)).or_default().0 += 1;
                deltas.note(&host, AGG_NEW, ("", "", week_of(seen)), (1, 0));
            }
            Some(_) => {
                self.db.exec(
                    "UPDATE hosts SET last_seen = $2, reports = reports + 1 WHERE host_id = $1",
                    &[host.clone().into(), seen.into()],
                )?;
            }
        }

        // Latest facts per collector: only what the collection policy
        // names is kept, whatever the client sent (an old client sends
        // everything).
        let kept: BTreeMap<&str, Value> = r
            .sections
            .iter()
            .filter_map(|(k, v)| {
                let mut v = v.clone();
                self.policy.filter(k, &mut v).map(|_| (k.as_str(), v))
            })
            .collect();
        let mut sections: Vec<(&str, &Value)> = kept.iter().map(|(k, v)| (*k, v)).collect();
        let geo;
        if let Some(c) = &r.country {
            geo = serde_json::json!({ "country": c });
            sections.push((SERVER_COLLECTOR, &geo));
        }
        let facts: Vec<Vec<Val>> = sections
            .iter()
            .map(|(collector, v)| {
                vec![
                    host.clone().into(),
                    (*collector).into(),
                    now.into(),
                    v.to_string().into(),
                ]
            })
            .collect();
        self.insert_rows(
            "INSERT INTO facts (host_id, collector, received_at, data)",
            "ON CONFLICT (host_id, collector) DO UPDATE SET received_at = excluded.received_at, data = excluded.data",
            facts,
        )?;

        // Distribution keys with their weights: the dists of the collectors
        // in this report are replaced; the others keep the host's earlier
        // keys while their section is younger than the window. The reserved
        // key REPORTING marks that the host reported the dist at all (its
        // weight: the host's units in total).
        let mut old: BTreeMap<(String, String), i64> = BTreeMap::new();
        let mut stale: BTreeSet<String> = BTreeSet::new();
        if prev_seen.is_some() {
            for row in self.db.query(
                "SELECT collector FROM facts WHERE host_id = $1 AND received_at < $2",
                &[host.clone().into(), (now - self.fact_max_age).into()],
            )? {
                if let Some(c) = row.into_iter().next() {
                    stale.insert(c.text()?);
                }
            }
            for row in self.db.query(
                "SELECT dist, key, weight FROM host_keys WHERE host_id = $1",
                &[host.clone().into()],
            )? {
                let mut it = row.into_iter();
                if let (Some(d), Some(k), Some(w)) = (it.next(), it.next(), it.next()) {
                    old.insert((d.text()?, k.text()?), w.int()?);
                }
            }
        }
        let present: BTreeSet<&str> = sections.iter().map(|(c, _)| *c).collect();
        let mut new: BTreeMap<(String, String), i64> = old
            .iter()
            .filter(|((d, k), _)| {
                k != REPORTING
                    && facts::dist(d).is_none_or(|d| {
                        !present.contains(d.collector) && !stale.contains(d.collector)
                    })
            })
            .map(|(dk, w)| (dk.clone(), *w))
            .collect();
        new.extend(section_keys(sections.iter().copied()));
        let new = with_reporting(new);
        for (d, k) in old
            .iter()
            .filter(|(dk, w)| new.get(*dk) != Some(*w))
            .map(|(dk, _)| dk)
        {
            self.db.exec(
                "DELETE FROM host_keys WHERE host_id = $1 AND dist = $2 AND key = $3",
                &[host.clone().into(), d.clone().into(), k.clone().into()],
            )?;
        }
        let added: Vec<Vec<Val>> = new
            .iter()
            .filter(|(dk, w)| old.get(*dk) != Some(*w))
            .map(|((d, k), w)| {
                vec![
                    host.clone().into(),
                    d.clone().into(),
                    k.clone().into(),
                    (*w).into(),
                ]
            })
            .collect();
        self.insert_rows(
            "INSERT INTO host_keys (host_id, dist, key, weight)",
            "",
            added,
        )?;

        let new_day = day_of(seen);
        let old_day = prev_seen.map(day_of);
        let add = |deltas: &mut Deltas,
                   agg: &'static str,
                   keys: &BTreeMap<(String, String), i64>,
                   t: i64,
                   sign: i64| {
            for ((d, k), w) in keys {
                let m = if agg == AGG_DIST_DAY {
                    &mut deltas.dist
                } else {
                    &mut deltas.dist_week
                };
                let e = m.entry((d.clone(), k.clone(), t)).or_default();
                e.0 += sign;
                e.1 += sign * w;
                deltas.note(&host, agg, (d, k, t), (sign, sign * w));
            }
        };
        if let Some(od) = old_day {
            add(deltas, AGG_DIST_DAY, &old, od, -1);
        }
        add(deltas, AGG_DIST_DAY, &new, new_day, 1);
        // A week's snapshot holds each host's latest keys of that week:
        // a second report in the same week replaces the first's keys.
        let week = week_of(seen);
        if prev_seen.map(week_of) == Some(week) {
            add(deltas, AGG_DIST_WEEK, &old, week, -1);
        }
        add(deltas, AGG_DIST_WEEK, &new, week, 1);
        if old_day != Some(new_day) {
            if let Some(od) = old_day {
                *deltas.host_day.entry(od).or_default() -= 1;
                deltas.note(&host, AGG_HOST_DAY, ("", "", od), (-1, 0));
            }
            *deltas.host_day.entry(new_day).or_default() += 1;
            deltas.note(&host, AGG_HOST_DAY, ("", "", new_day), (1, 0));
        }
        if prev_seen.is_none_or(|p| week_of(p) < week_of(seen)) {
            *deltas.week.entry(week_of(seen)).or_default() += 1;
            deltas.note(&host, AGG_WEEK_ACTIVE, ("", "", week_of(seen)), (1, 0));
        }
        deltas.week_counts.entry(week_of(now)).or_default().1 += 1;
        deltas.note(&host, AGG_REPORTS, ("", "", week_of(now)), (1, 0));
        deltas.reports += 1;
        Ok(Stored::New(Receipt {
            report_id: r.report_id,
            received_at: rfc3339(now),
            sha256: r.sha256.clone(),
        }))
    }

    /// The receipt of a host forgotten earlier, if it was.
    fn forgotten(&mut self, host: Uuid) -> Result<Option<ForgetReceipt>, StoreError> {
        let rows = self.db.query(
            "SELECT forgotten_at, reports FROM forgotten WHERE host_hash = $1",
            &[forget_key(host).into()],
        )?;
        match rows.first() {
            Some(r) => Ok(Some(ForgetReceipt {
                forgotten_at: rfc3339(r[0].int()?),
                reports: r[1].int()?,
            })),
            None => Ok(None),
        }
    }

    /// Erases a host at `now`: its reports, kept archives, facts and keys,
    /// and its share of every aggregate and counter (`host_contrib`), in
    /// one transaction. The aggregates become what they would be had the
    /// host never reported. Idempotent: a host forgotten before gets the
    /// first receipt, and later reports of it are refused.
    pub fn forget(&mut self, host: Uuid, now: i64) -> Result<ForgetReceipt, StoreError> {
        self.transaction(|s| s.forget_in_tx(host, now))
    }

    /// Runs `f` in one transaction: committed when it succeeds, rolled
    /// back when it fails.
    fn transaction<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.db.begin()?;
        self.finish(f)
    }

    /// Runs `f` in a housekeeping transaction ([`Backend::begin_housekeeping`]).
    fn housekeeping<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.db.begin_housekeeping()?;
        self.finish(f)
    }

    /// Commits what `f` did in the open transaction, or rolls it back,
    /// also when the commit fails (a busy SQLite leaves the transaction
    /// open, and the next `BEGIN` would fail).
    fn finish<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let done = f(self).and_then(|r| self.db.batch("COMMIT").map(|()| r));
        if done.is_err() {
            let _ = self.db.batch("ROLLBACK");
        }
        done
    }

    fn forget_in_tx(&mut self, host: Uuid, now: i64) -> Result<ForgetReceipt, StoreError> {
        if let Some(f) = self.forgotten(host)? {
            return Ok(f);
        }
        let id: Val = host.to_string().into();
        let last_seen = match self
            .db
            .query(
                "SELECT last_seen FROM hosts WHERE host_id = $1",
                std::slice::from_ref(&id),
            )?
            .first()
        {
            Some(r) => Some(r[0].int()?),
            None => None,
        };
        let rows = self.db.query(
            "SELECT agg, dist, key, t, hosts, units FROM host_contrib WHERE host_id = $1",
            std::slice::from_ref(&id),
        )?;
        let (mut hosts, mut reports) = (0, 0);
        for row in rows {
            let mut it = row.into_iter();
            let (Some(agg), Some(d), Some(k), Some(t), Some(h), Some(u)) = (
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
                it.next(),
            ) else {
                continue;
            };
            let (agg, d, k, t, h, u) = (
                agg.text()?,
                d.text()?,
                k.text()?,
                t.int()?,
                h.int()?,
                u.int()?,
            );
            let (sql, params): (&str, Vec<Val>) = match agg.as_str() {
                AGG_DIST_DAY => (
                    "UPDATE dist_day SET hosts = hosts - $4, units = units - $5 WHERE dist = $1 AND key = $2 AND day = $3",
                    vec![d.into(), k.into(), t.into(), h.into(), u.into()],
                ),
                AGG_DIST_WEEK => (
                    "UPDATE dist_week SET hosts = hosts - $4, units = units - $5 WHERE dist = $1 AND key = $2 AND week = $3",
                    vec![d.into(), k.into(), t.into(), h.into(), u.into()],
                ),
                AGG_HOST_DAY => (
                    "UPDATE host_day SET hosts = hosts - $2 WHERE day = $1",
                    vec![t.into(), h.into()],
                ),
                AGG_WEEK_ACTIVE => (
                    "UPDATE week_active SET hosts = hosts - $2 WHERE week = $1",
                    vec![t.into(), h.into()],
                ),
                AGG_NEW => {
                    hosts += h;
                    (
                        "UPDATE week_counts SET new_hosts = new_hosts - $2 WHERE week = $1",
                        vec![t.into(), h.into()],
                    )
                }
                AGG_REPORTS => {
                    reports += h;
                    (
                        "UPDATE week_counts SET reports = reports - $2 WHERE week = $1",
                        vec![t.into(), h.into()],
                    )
                }
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "host_contrib names an unknown aggregate `{other}`"
                    )));
                }
            };
            self.db.exec(sql, &params)?;
        }
        for (name, n) in [("hosts", hosts), ("reports", reports)] {
            if n != 0 {
                self.db.exec(
                    "UPDATE counters SET value = value - $2 WHERE name = $1",
                    &[name.into(), n.into()],
                )?;
            }
        }
        // Rows only this host held go, as if it had never reported.
        self.db.batch(
            "DELETE FROM dist_day WHERE hosts = 0 AND units = 0;
             DELETE FROM dist_week WHERE hosts = 0 AND units = 0;
             DELETE FROM host_day WHERE hosts = 0;
             DELETE FROM week_active WHERE hosts = 0;
             DELETE FROM week_counts WHERE new_hosts = 0 AND reports = 0;",
        )?;
        // The time of the last report: the latest other host's, when this
        // host's was the last.
        if let (Some(seen), Some(last)) = (last_seen, self.counter("last_report_at")?)
            && seen >= last
        {
            let rows = self.db.query(
                "SELECT CAST(MAX(last_seen) AS BIGINT) FROM hosts WHERE host_id <> $1",
                std::slice::from_ref(&id),
            )?;
            match rows.first().map(|r| &r[0]) {
                Some(Val::Int(t)) => {
                    self.db.exec(
                        "UPDATE counters SET value = $1 WHERE name = 'last_report_at'",
                        &[(*t).into()],
                    )?;
                }
                _ => {
                    self.db
                        .exec("DELETE FROM counters WHERE name = 'last_report_at'", &[])?;
                }
            }
        }
        if self.counter("hosts")? == Some(0) && self.counter("reports")? == Some(0) {
            self.db.exec(
                "DELETE FROM counters WHERE name IN ('hosts', 'reports')",
                &[],
            )?;
        }
        self.db.exec(
            "DELETE FROM archives WHERE report_id IN (SELECT report_id FROM reports WHERE client_id = $1)",
            std::slice::from_ref(&id),
        )?;
        let erased = self.db.exec(
            "DELETE FROM reports WHERE client_id = $1",
            std::slice::from_ref(&id),
        )?;
        for table in ["hosts", "facts", "host_keys", "host_contrib"] {
            self.db.exec(
                &format!("DELETE FROM {table} WHERE host_id = $1"),
                std::slice::from_ref(&id),
            )?;
        }
        let erased = i64::try_from(erased).unwrap_or(i64::MAX);
        self.db.exec(
            "INSERT INTO forgotten (host_hash, forgotten_at, reports) VALUES ($1, $2, $3)",
            &[forget_key(host).into(), now.into(), erased.into()],
        )?;
        Ok(ForgetReceipt {
            forgotten_at: rfc3339(now),
            reports: erased,
        })
    }

    fn counter(&mut self, name: &str) -> Result<Option<i64>, StoreError> {
        let rows = self
            .db
            .query("SELECT value FROM counters WHERE name = $1", &[name.into()])?;
        match rows.first() {
            Some(r) => Ok(Some(r[0].int()?)),
            None => Ok(None),
        }
    }

    /// The published numbers at `now`. Reads only the aggregate tables.
    pub fn stats(&mut self, now: i64, opts: &StatsOptions) -> Result<Stats, StoreError> {
        let today = day_of(now);
        let hosts_total = self.counter("hosts")?.unwrap_or(0);
        let reports = self.counter("reports")?.unwrap_or(0);
        let last = self.counter("last_report_at")?;
        let active = self.db.query(
            "SELECT CAST(COALESCE(SUM(hosts), 0) AS BIGINT) FROM host_day WHERE day > $1",
            &[(today - opts.general_active_days).into()],
        )?;
        let hosts_active = active.first().map_or(Ok(0), |r| r[0].int())?;
        let mut flag = |dist: &str| -> Result<i64, StoreError> {
            let rows = self.db.query(
                "SELECT CAST(COALESCE(SUM(hosts), 0) AS BIGINT) FROM dist_day WHERE dist = $1 AND key = 'yes'",
                &[dist.into()],
            )?;
            rows.first().map_or(Ok(0), |r| r[0].int())
        };
        let with_ct = flag("containers")?;
        let with_running = flag("running")?;

        // The tables: the active window.
        let rows = self.db.query(
            "SELECT dist, key, CAST(SUM(hosts) AS BIGINT), CAST(SUM(units) AS BIGINT) \
             FROM dist_day WHERE day > $1 GROUP BY dist, key",
            &[(today - opts.active_days).into()],
        )?;
        let mut tables: HashMap<String, Raw> = HashMap::new();
        for row in rows {
            let (d, k, h, u) = four(row)?;
            add_cell(tables.entry(d).or_default(), k, h, u);
        }
        // The trends: one snapshot per week.
        let this_week = week_of(now);
        let first_week = this_week - opts.trend_weeks.max(1) + 1;
        let rows = self.db.query(
            "SELECT dist, key, week, hosts, units FROM dist_week WHERE week >= $1 AND hosts > 0",
            &[first_week.into()],
        )?;
        let n_weeks = (this_week - first_week + 1) as usize;
        let mut weekly: HashMap<String, Vec<Raw>> = HashMap::new();
        for row in rows {
            let mut it = row.into_iter();
            let (Some(d), Some(k), Some(w), Some(h), Some(u)) =
                (it.next(), it.next(), it.next(), it.next(), it.next())
            else {
                continue;
            };
            let Some(i) = usize::try_from(w.int()? - first_week)
                .ok()
                .filter(|i| *i < n_weeks)
            else {
                continue;
            };
            let weeks = weekly
                .entry(d.text()?)
                .or_insert_with(|| vec![Raw::default(); n_weeks]);
            add_cell(&mut weeks[i], k.text()?, h.int()?, u.int()?);
        }
        let week_names: Vec<String> = (first_week..=this_week).map(week_start).collect();
        // The change column: the last complete week against four before it.
        let (to_i, from_i) = (n_weeks.checked_sub(2), n_weeks.checked_sub(6));

        let distributions = DISTS
            .iter()
            .map(|d| {
                let raw = tables.remove(d.name).unwrap_or_default();
                let weeks = weekly
                    .remove(d.name)
                    .unwrap_or_else(|| vec![Raw::default(); n_weeks]);
                let (hidden, published) = anon::series(&weeks, opts.k);
                let share_in = |i: Option<usize>, key: &str| -> Option<f64> {
                    let p = &published[i?];
                    let (n, _) = p.reporting?;
                    let c = p.shown.iter().find(|c| c.key == key)?;
                    Some(c.hosts as f64 * 100.0 / n as f64)
                };
                let t = anon::table(&raw, opts.k);
                let units = d.unit.is_some();
                let (rh, ru) = match t.reporting {
                    Some((h, u)) => (Some(h), units.then_some(u)),
                    None => (None, None),
                };
                let pct = |x: i64, of: Option<i64>| {
                    of.filter(|n| *n > 0)
                        .map(|n| round1(x as f64 * 100.0 / n as f64))
                };
                let mut buckets: Vec<Bucket> = t
                    .shown
                    .iter()
                    .map(|c| Bucket {
                        key: c.key.clone(),
                        hosts: Some(c.hosts),
                        fewer_than: None,
                        share: pct(c.hosts, rh),
                        units: units.then_some(c.units),
                        unit_share: if units { pct(c.units, ru) } else { None },
                        change: match (share_in(to_i, &c.key), share_in(from_i, &c.key)) {
                            (Some(a), Some(b)) if !hidden.contains(&c.key) => Some(round1(a - b)),
                            _ => None,
                        },
                    })
                    .collect();
                match t.other {
                    anon::Other::None => {}
                    anon::Other::Exact { hosts, units: u } => buckets.push(Bucket {
                        key: anon::OTHER.into(),
                        hosts: Some(hosts),
                        fewer_than: None,
                        share: pct(hosts, rh),
                        units: units.then_some(u),
                        unit_share: if units { pct(u, ru) } else { None },
                        change: None,
                    }),
                    anon::Other::FewerThanK => buckets.push(Bucket {
                        key: anon::OTHER.into(),
                        hosts: None,
                        fewer_than: Some(opts.k),
                        share: None,
                        units: None,
                        unit_share: None,
                        change: None,
                    }),
                }
                Distribution {
                    name: d.name.to_owned(),
                    title: d.title.to_owned(),
                    page: d.page,
                    unit: d.unit.map(str::to_owned),
                    reporting_hosts: rh,
                    reporting_units: ru,
                    buckets,
                    trend: trend(&week_names, &published),
                }
            })
            .collect();

        let growth = self.growth(this_week, opts.weeks, hosts_total)?;
        Ok(Stats {
            generated_at: rfc3339(now),
            general: General {
                hosts_total,
                hosts_with_containers: with_ct,
                hosts_with_running_containers: with_running,
                hosts_active,
                active_days: opts.general_active_days,
                reports,
                last_report_at: last.map(rfc3339),
                seconds_since_last_report: last.map(|l| (now - l).max(0)),
            },
            distribution_days: opts.active_days,
            k: opts.k,
            change_from: week_start(this_week - 5),
            change_to: week_start(this_week - 1),
            distributions,
            growth,
        })
    }

    /// Active hosts, hosts in total and reports per week, oldest first.
    fn growth(
        &mut self,
        this_week: i64,
        weeks: i64,
        hosts_total: i64,
    ) -> Result<Vec<Week>, StoreError> {
        let from = this_week - weeks;
        let mut by_week: BTreeMap<i64, (i64, i64, i64)> = BTreeMap::new();
        for r in self.db.query(
            "SELECT week, hosts FROM week_active WHERE week > $1",
            &[from.into()],
        )? {
            by_week.entry(r[0].int()?).or_default().0 = r[1].int()?;
        }
        for r in self.db.query(
            "SELECT week, new_hosts, reports FROM week_counts WHERE week > $1",
            &[from.into()],
        )? {
            let e = by_week.entry(r[0].int()?).or_default();
            e.1 = r[1].int()?;
            e.2 = r[2].int()?;
        }
        // Hosts in total at the end of each week: the total now minus the
        // hosts that came after it.
        let mut total = hosts_total;
        let mut out: Vec<Week> = Vec::with_capacity(by_week.len());
        for (w, (active, new, reports)) in by_week.into_iter().rev() {
            if active > 0 || reports > 0 {
                out.push(Week {
                    week: week_start(w),
                    hosts: active,
                    hosts_total: total,
                    reports,
                });
            }
            total -= new;
        }
        out.reverse();
        Ok(out)
    }

    /// Retention: erases the per-host rows older than `days` days, keeping
    /// the aggregates, so no published number changes. Hosts whose last
    /// report is older lose every row (`hosts`, `facts`, `host_keys`,
    /// `host_contrib`); report rows (the dedup keys) and sections older
    /// than that go for every host; the per-host shares of weekly numbers
    /// older than that are dropped (forgetting a host no longer takes
    /// those back: they stay as anonymous aggregates). `days` must be at
    /// least [`StatsOptions::retention_floor`] so that no host still
    /// counted as active loses the rows that move its keys.
    ///
    /// All at once, in steps of [`PURGE_CHUNK`]; the server goes through a
    /// paced [`RetentionPurge`] instead.
    pub fn purge_old_rows(&mut self, now: i64, days: i64) -> Result<Purged, StoreError> {
        let mut purge = RetentionPurge::new(now, days);
        while purge.step(self)? {}
        Ok(purge.erased())
    }

    /// One transaction of a purge: at most `chunk` rows of `stage` (of
    /// each weekly aggregate, for [`PurgeStage::Shares`]). Returns how many
    /// went (hosts for [`PurgeStage::Hosts`]) and whether the stage is done.
    fn purge_rows(
        &mut self,
        stage: PurgeStage,
        cutoff: i64,
        week: i64,
        chunk: i64,
    ) -> Result<(u64, bool), StoreError> {
        let cutoff: Val = cutoff.into();
        let one = std::slice::from_ref(&cutoff);
        // Rows are chosen through the filter's index and deleted by their
        // primary key, so a step costs its own rows, not the table's. The
        // ORDER BY holds PostgreSQL to that index: without it, it chose a
        // table scan when old rows were spread through the table, and such
        // a scan reads further each step as the old rows thin out.
        let short = |n: u64| (n as i64) < chunk;
        // The oldest `chunk` rows of a table by `received_at`, by key.
        let by_time = |s: &mut Store, table: &str, key: &str| {
            let n = s.db.exec(
                &format!(
                    "DELETE FROM {table} WHERE ({key}) IN (SELECT {key} FROM {table} \
                     WHERE received_at < $1 ORDER BY received_at LIMIT {chunk})"
                ),
                one,
            )?;
            Ok((n, short(n)))
        };
        self.housekeeping(|s| match stage {
            PurgeStage::Hosts => {
                // The same oldest hosts for each table: the last_seen index
                // order, which no statement here changes before the last.
                let old_hosts = format!(
                    "SELECT host_id FROM hosts WHERE last_seen < $1 ORDER BY last_seen LIMIT {chunk}"
                );
                for table in ["facts", "host_keys", "host_contrib"] {
                    s.db.exec(
                        &format!("DELETE FROM {table} WHERE host_id IN ({old_hosts})"),
                        one,
                    )?;
                }
                let n = s.db.exec(
                    &format!("DELETE FROM hosts WHERE host_id IN ({old_hosts})"),
                    one,
                )?;
                Ok((n, short(n)))
            }
            PurgeStage::Reports => by_time(s, "reports", "report_id"),
            // Old sections of hosts still reporting.
            PurgeStage::Sections => by_time(s, "facts", "host_id, collector"),
            // Their shares of weeks older than the retention, one weekly
            // aggregate at a time, in the order of the (agg, t) index.
            PurgeStage::Shares => {
                let (mut total, mut done) = (0, true);
                for agg in [AGG_DIST_WEEK, AGG_WEEK_ACTIVE, AGG_REPORTS] {
                    let n = s.db.exec(
                        &format!(
                            "DELETE FROM host_contrib WHERE (host_id, agg, dist, key, t) IN \
                             (SELECT host_id, agg, dist, key, t FROM host_contrib \
                              WHERE agg = $1 AND t < $2 ORDER BY t LIMIT {chunk})"
                        ),
                        &[agg.into(), week.into()],
                    )?;
                    total += n;
                    done &= short(n);
                }
                Ok((total, done))
            }
            PurgeStage::Archives => by_time(s, "archives", "report_id"),
        })
    }

    /// Deletes kept archives older than `days` days; returns how many.
    /// In steps of [`PURGE_CHUNK`]; the server goes through a paced
    /// [`RetentionPurge`] with [`RetentionPurge::archives`] instead.
    pub fn purge_archives(&mut self, now: i64, days: i64) -> Result<u64, StoreError> {
        let mut total = 0;
        loop {
            let (n, done) =
                self.purge_rows(PurgeStage::Archives, now - days * DAY, 0, PURGE_CHUNK)?;
            total += n;
            if done {
                return Ok(total);
            }
        }
    }

    /// Kept archives (for tests and operators).
    pub fn archive_count(&mut self) -> Result<i64, StoreError> {
        let r = self
            .db
            .query("SELECT CAST(COUNT(*) AS BIGINT) FROM archives", &[])?;
        r.first().map_or(Ok(0), |r| r[0].int())
    }

    /// The latest facts of one host: collector → (unix time, section).
    pub fn host_facts(&mut self, host: Uuid) -> Result<BTreeMap<String, (i64, Value)>, StoreError> {
        let mut out = BTreeMap::new();
        for row in self.db.query(
            "SELECT collector, received_at, data FROM facts WHERE host_id = $1",
            &[host.to_string().into()],
        )? {
            let mut it = row.into_iter();
            let (Some(c), Some(t), Some(d)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let v = serde_json::from_str(&d.text()?)
                .map_err(|e| StoreError::Corrupt(format!("facts are not JSON: {e}")))?;
            out.insert(c.text()?, (t.int()?, v));
        }
        Ok(out)
    }

    /// Whether writes that can wait should: see [`Backend::should_yield`].
    pub fn should_yield(&self) -> bool {
        self.db.should_yield()
    }

    /// Gives direct access to the backend (bulk seeding for benchmarks).
    pub fn backend(&mut self) -> &mut dyn Backend {
        &mut *self.db
    }
}

/// The distribution keys (with weights) of a host's sections.
pub fn section_keys<'a>(
    sections: impl IntoIterator<Item = (&'a str, &'a Value)>,
) -> BTreeMap<(String, String), i64> {
    let mut out = BTreeMap::new();
    for (collector, v) in sections {
        for d in DISTS.iter().filter(|d| d.collector == collector) {
            for (k, w) in facts::weighted_keys(d, v) {
                out.insert((d.name.to_owned(), k), w);
            }
        }
    }
    out
}

/// Adds the [`REPORTING`] key of every distribution that has keys, its
/// weight the sum of theirs (the host's containers, VMs, disks).
pub fn with_reporting(
    mut keys: BTreeMap<(String, String), i64>,
) -> BTreeMap<(String, String), i64> {
    keys.retain(|(_, k), _| k != REPORTING);
    let mut reporting: BTreeMap<String, i64> = BTreeMap::new();
    for ((d, _), w) in &keys {
        *reporting.entry(d.clone()).or_default() += *w;
    }
    for (d, w) in reporting {
        keys.insert((d, REPORTING.to_owned()), w);
    }
    keys
}

/// Monday-based week number of a unix time (what `dist_week`,
/// `week_active` and `week_counts` are keyed by).
pub fn week_of(t: i64) -> i64 {
    (t + 3 * DAY).div_euclid(WEEK)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn four(row: Vec<Val>) -> Result<(String, String, i64, i64), StoreError> {
    let mut it = row.into_iter();
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(d), Some(k), Some(h), Some(u)) => Ok((d.text()?, k.text()?, h.int()?, u.int()?)),
        _ => Err(StoreError::Corrupt(
            "a distribution row has too few columns".into(),
        )),
    }
}

/// Adds one key's counts to a raw table (the reserved key sets its totals).
fn add_cell(raw: &mut Raw, key: String, hosts: i64, units: i64) {
    if key == REPORTING {
        raw.reporting += hosts;
        raw.units += units;
    } else if hosts > 0 {
        raw.cells.push(Cell { key, hosts, units });
    }
}

/// A published weekly series as series per key, largest now first.
fn trend(weeks: &[String], published: &[anon::Published]) -> Trend {
    let mut keys: BTreeMap<&str, Vec<Option<i64>>> = BTreeMap::new();
    let n = published.len();
    for (i, p) in published.iter().enumerate() {
        for c in &p.shown {
            keys.entry(&c.key).or_insert_with(|| vec![None; n])[i] = Some(c.hosts);
        }
    }
    // Weeks where the key is published but absent had no such host.
    for v in keys.values_mut() {
        for (i, p) in published.iter().enumerate() {
            if p.reporting.is_some() && v[i].is_none() {
                v[i] = Some(0);
            }
        }
    }
    let last = |v: &Vec<Option<i64>>| v.iter().rev().flatten().next().copied().unwrap_or(0);
    let mut series: Vec<Series> = keys
        .into_iter()
        .map(|(k, hosts)| Series {
            key: k.to_owned(),
            hosts,
        })
        .collect();
    series.sort_by(|a, b| {
        last(&b.hosts)
            .cmp(&last(&a.hosts))
            .then_with(|| a.key.cmp(&b.key))
    });
    let other: Vec<Option<i64>> = published
        .iter()
        .map(|p| match p.other {
            anon::Other::Exact { hosts, .. } => Some(hosts),
            anon::Other::None if p.reporting.is_some() => Some(0),
            _ => None,
        })
        .collect();
    if other.iter().any(|o| o.is_some_and(|n| n > 0)) {
        series.push(Series {
            key: anon::OTHER.into(),
            hosts: other,
        });
    }
    Trend {
        weeks: weeks.to_vec(),
        reporting_hosts: published
            .iter()
            .map(|p| p.reporting.map(|(h, _)| h))
            .collect(),
        series,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn incoming(host: u128, report: u128, sections: Value) -> Incoming {
        Incoming {
            report_id: Uuid::from_u128(report),
            client_id: Uuid::from_u128(host),
            protocol: Protocol::Cep,
            sha256: format!("{report:064x}"),
            archive: Some(vec![1, 2, 3]),
            sections: serde_json::from_value(sections).unwrap(),
            country: None,
        }
    }

    fn kernel(release: &str, line: &str) -> Value {
        json!({"os.kernel": {"release": release, "line": line}})
    }

    fn dist(s: &Stats, name: &str) -> Vec<(String, i64)> {
        s.distributions
            .iter()
            .find(|d| d.name == name)
            .unwrap()
            .buckets
            .iter()
            .map(|b| (b.key.clone(), b.hosts.unwrap_or(-1)))
            .collect()
    }

    fn b(key: &str, hosts: i64) -> (String, i64) {
        (key.into(), hosts)
    }

    const T0: i64 = 1_700_000_000; // a Tuesday

    /// Every published number and every aggregate row that is not zero.
    fn published(s: &mut Store, now: i64) -> (Stats, Vec<Vec<Val>>) {
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let stats = s.stats(now, &opts).unwrap();
        let mut rows = Vec::new();
        for q in [
            "SELECT 'd', dist, key, day, hosts, units FROM dist_day WHERE hosts <> 0 OR units <> 0",
            "SELECT 'w', dist, key, week, hosts, units FROM dist_week WHERE hosts <> 0 OR units <> 0",
            "SELECT 'h', '', '', day, hosts, 0 FROM host_day WHERE hosts <> 0",
            "SELECT 'a', '', '', week, hosts, 0 FROM week_active WHERE hosts <> 0",
            "SELECT 'c', '', '', week, new_hosts, reports FROM week_counts WHERE new_hosts <> 0 OR reports <> 0",
            "SELECT 'n', name, '', value, 0, 0 FROM counters WHERE value <> 0",
        ] {
            let mut r = s.db.query(q, &[]).unwrap();
            r.sort_by_key(|v| format!("{v:?}"));
            rows.extend(r);
        }
        (stats, rows)
    }

    /// Three hosts over five weeks; host 9 reports three times between
    /// them, the last time after everyone else.
    fn history() -> Vec<(i64, Incoming)> {
        let ct = |n: u64| json!({"vz.containers": {"total": n, "running": n, "by_layout": {"ploop": n}}});
        let mut sections = kernel("3.10.0", "vz7");
        sections
            .as_object_mut()
            .unwrap()
            .extend(ct(3).as_object().unwrap().clone());
        vec![
            (T0, incoming(1, 10, sections.clone())),
            (T0 + 60, incoming(9, 90, sections.clone())),
            (T0 + DAY, incoming(2, 20, kernel("2.6.32", "openvz-legacy"))),
            (
                T0 + 3 * DAY,
                incoming(9, 91, kernel("2.6.32", "openvz-legacy")),
            ),
            (T0 + 9 * DAY, incoming(1, 11, ct(5))),
            (T0 + 20 * DAY, incoming(3, 30, sections)),
            (T0 + 30 * DAY, incoming(9, 92, ct(7))),
        ]
    }

    #[test]
    fn forgetting_a_host_gives_the_numbers_of_a_store_that_never_saw_it() {
        let mut with = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let mut without = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for (t, r) in history() {
            with.ingest(std::slice::from_ref(&r), t).unwrap();
            if r.client_id != Uuid::from_u128(9) {
                without.ingest(std::slice::from_ref(&r), t).unwrap();
            }
        }
        let now = T0 + 31 * DAY;
        assert_ne!(published(&mut with, now), published(&mut without, now));
        let receipt = with.forget(Uuid::from_u128(9), now).unwrap();
        assert_eq!(
            receipt,
            ForgetReceipt {
                forgotten_at: rfc3339(now),
                reports: 3
            }
        );
        for at in [now, now + 10 * DAY, now + 100 * DAY] {
            assert_eq!(published(&mut with, at), published(&mut without, at));
        }
        assert_eq!(
            published(&mut with, now).0.general.last_report_at,
            Some(rfc3339(T0 + 20 * DAY))
        );
        for table in ["reports", "hosts", "facts", "host_keys", "host_contrib"] {
            let col = if table == "reports" {
                "client_id"
            } else {
                "host_id"
            };
            let n = with
                .db
                .query(
                    &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table} WHERE {col} = $1"),
                    &[Uuid::from_u128(9).to_string().into()],
                )
                .unwrap();
            assert_eq!(n[0][0], Val::Int(0), "{table}");
        }
        assert_eq!(with.archive_count().unwrap(), 4);
        // Idempotent, and the host's reports are refused from now on.
        assert_eq!(with.forget(Uuid::from_u128(9), now + 5).unwrap(), receipt);
        let again = with
            .ingest(&[incoming(9, 93, kernel("3.10.0", "vz7"))], now + 6)
            .unwrap();
        assert_eq!(again, vec![Stored::Forgotten(receipt)]);
        assert_eq!(
            published(&mut with, now + 6),
            published(&mut without, now + 6)
        );
        // A host never seen is forgotten with nothing erased.
        assert_eq!(with.forget(Uuid::from_u128(77), now).unwrap().reports, 0);
    }

    #[test]
    fn retention_erases_old_per_host_rows_and_no_published_number() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for (t, r) in history() {
            s.ingest(std::slice::from_ref(&r), t).unwrap();
        }
        // Host 4 reports long after everyone else.
        let late = T0 + 200 * DAY;
        s.ingest(&[incoming(4, 40, kernel("5.14.0", "vz9"))], late)
            .unwrap();
        let days = StatsOptions::default().default_retention();
        assert_eq!(days, 91);
        let before: Vec<_> = [late, late + 30 * DAY].map(|t| published(&mut s, t)).into();
        let purged = s.purge_old_rows(late, days).unwrap();
        assert_eq!(
            purged,
            Purged {
                hosts: 4,
                reports: 7,
                archives: 0,
            }
        );
        let after: Vec<_> = [late, late + 30 * DAY].map(|t| published(&mut s, t)).into();
        assert_eq!(before, after);
        let count = |s: &mut Store, table: &str| {
            s.db.query(
                &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table}"),
                &[],
            )
            .unwrap()[0][0]
                .clone()
        };
        // Only host 4's rows are left.
        for (table, n) in [("reports", 1), ("hosts", 1), ("facts", 1)] {
            assert_eq!(count(&mut s, table), Val::Int(n), "{table}");
        }
        let hosts =
            s.db.query("SELECT DISTINCT host_id FROM host_keys", &[])
                .unwrap();
        assert_eq!(hosts, vec![vec![Val::Text(Uuid::from_u128(4).to_string())]]);
        // Archives follow their own setting.
        assert_eq!(s.archive_count().unwrap(), 8);
        // Again: nothing left to erase.
        assert_eq!(s.purge_old_rows(late, days).unwrap(), Purged::default());
    }

    #[test]
    fn a_host_still_reporting_loses_only_its_old_sections_and_weekly_shares() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let ct = json!({"vz.containers": {"total": 3, "running": 3, "by_layout": {"ploop": 3}}});
        let mut both = kernel("3.10.0", "vz7");
        both.as_object_mut()
            .unwrap()
            .extend(ct.as_object().unwrap().clone());
        // Both sections long ago, then the kernel alone, weekly since.
        s.ingest(&[incoming(1, 10, both)], T0).unwrap();
        let late = T0 + 200 * DAY;
        for w in 0..3 {
            let t = late - (2 - w) * 7 * DAY;
            s.ingest(&[incoming(1, 11 + w as u128, kernel("3.10.0", "vz7"))], t)
                .unwrap();
        }
        let days = StatsOptions::default().default_retention();
        let before = published(&mut s, late);
        let rows = |s: &mut Store, sql: &str| s.db.query(sql, &[]).unwrap();
        let old_week = Val::Int(week_of(T0));
        let weekly = "SELECT DISTINCT t FROM host_contrib WHERE agg = 'dist_week' ORDER BY t";
        assert!(rows(&mut s, weekly).iter().any(|r| r[0] == old_week));
        let mut purge = RetentionPurge::new(late, days);
        let mut stages = vec![];
        while let Some(stage) = purge.stage() {
            stages.push(stage);
            purge.step(&mut s).unwrap();
        }
        assert_eq!(
            stages,
            [
                PurgeStage::Hosts,
                PurgeStage::Reports,
                PurgeStage::Sections,
                PurgeStage::Shares
            ]
        );
        assert_eq!(
            purge.erased(),
            Purged {
                hosts: 0,
                reports: 1,
                archives: 0,
            }
        );
        // The old section and weekly shares went; the recent ones stay.
        assert_eq!(
            rows(&mut s, "SELECT collector FROM facts"),
            vec![vec![Val::Text("os.kernel".into())]]
        );
        let left = rows(&mut s, weekly);
        assert_eq!(left.len(), 3, "{left:?}");
        assert!(left.iter().all(|r| r[0] != old_week), "{left:?}");
        assert_eq!(published(&mut s, late), before);
    }

    #[test]
    fn a_large_purge_goes_in_bounded_steps_with_the_same_result() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let n = PURGE_CHUNK as u128 + 300;
        let batch: Vec<Incoming> = (1..=n)
            .map(|h| incoming(h, h, kernel("3.10.0", "vz7")))
            .collect();
        s.ingest(&batch, T0).unwrap();
        let late = T0 + 200 * DAY;
        s.ingest(&[incoming(n + 1, n + 1, kernel("5.14.0", "vz9"))], late)
            .unwrap();
        let days = StatsOptions::default().default_retention();
        let before = published(&mut s, late);
        // A paced twin must end the same, however its steps are sized.
        let mut twin = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        twin.ingest(&batch, T0).unwrap();
        twin.ingest(&[incoming(n + 1, n + 1, kernel("5.14.0", "vz9"))], late)
            .unwrap();
        // Each step is one chunk of one kind of rows, silent hosts first.
        let mut purge = RetentionPurge::new(late, days);
        assert!(purge.step(&mut s).unwrap());
        let one = Purged {
            hosts: PURGE_CHUNK as u64,
            reports: 0,
            archives: 0,
        };
        assert_eq!(
            (purge.erased(), purge.stage()),
            (one, Some(PurgeStage::Hosts))
        );
        // The other 300 hosts: a short step ends the stage.
        assert!(purge.step(&mut s).unwrap());
        assert_eq!(purge.erased().hosts, n as u64);
        assert_eq!(purge.stage(), Some(PurgeStage::Reports));
        while purge.step(&mut s).unwrap() {}
        let all = Purged {
            hosts: n as u64,
            reports: n as u64,
            archives: 0,
        };
        assert_eq!(purge.erased(), all);
        assert_eq!(purge.stage(), None);
        assert!(!purge.step(&mut s).unwrap());
        assert_eq!(published(&mut s, late), before);
        assert_eq!(s.purge_old_rows(late, days).unwrap(), Purged::default());
        // Paced: many more, smaller steps (the first is PACED_FIRST rows).
        let mut paced = RetentionPurge::paced(late, days, Duration::from_secs(3600));
        let mut steps = 0;
        while paced.step(&mut twin).unwrap() {
            steps += 1;
        }
        assert_eq!(paced.erased(), all);
        assert!(steps > 4, "{steps} steps");
        assert_eq!(published(&mut twin, late), before);
        for table in ["hosts", "reports", "facts", "host_keys", "host_contrib"] {
            let sql = format!("SELECT * FROM {table} ORDER BY 1, 2");
            assert_eq!(
                s.db.query(&sql, &[]).unwrap(),
                twin.db.query(&sql, &[]).unwrap(),
                "{table}"
            );
        }
    }

    #[test]
    fn a_paced_step_shrinks_over_its_budget_and_grows_well_under_it() {
        let ms = Duration::from_millis;
        // Over: halved, down to one row.
        assert_eq!(next_chunk(64, ms(25), ms(10)), 32);
        assert_eq!(next_chunk(1, ms(500), ms(10)), 1);
        // Within the budget but over half of it: kept.
        assert_eq!(next_chunk(64, ms(10), ms(10)), 64);
        assert_eq!(next_chunk(64, ms(6), ms(10)), 64);
        // Well under: doubled, up to the cap.
        assert_eq!(next_chunk(64, ms(4), ms(10)), 128);
        assert_eq!(next_chunk(PACED_MAX, ms(0), ms(10)), PACED_MAX);
    }

    /// SQLite whose next `COMMIT` fails (as a busy database's does),
    /// leaving the transaction open.
    struct FailingCommit {
        db: Sqlite,
        fail: std::sync::Arc<std::sync::atomic::AtomicBool>,
    }

    impl Backend for FailingCommit {
        fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
            if sql == "COMMIT" && self.fail.swap(false, std::sync::atomic::Ordering::Relaxed) {
                return Err(StoreError::Corrupt("commit refused".into()));
            }
            self.db.batch(sql)
        }
        fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
            self.db.exec(sql, params)
        }
        fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
            self.db.query(sql, params)
        }
        fn blob_type(&self) -> &'static str {
            self.db.blob_type()
        }
        fn kind(&self) -> &'static str {
            self.db.kind()
        }
    }

    #[test]
    fn a_failed_commit_is_rolled_back_and_the_next_transaction_works() {
        let fail = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let db = FailingCommit {
            db: Sqlite::open(":memory:").unwrap(),
            fail: fail.clone(),
        };
        let mut s = Store::new(Box::new(db)).unwrap();
        let r = incoming(1, 10, kernel("3.10.0", "vz7"));
        for call in ["ingest", "forget", "purge"] {
            fail.store(true, std::sync::atomic::Ordering::Relaxed);
            let failed = match call {
                "ingest" => s.ingest(std::slice::from_ref(&r), T0).map(|_| ()),
                "forget" => s.forget(Uuid::from_u128(1), T0).map(|_| ()),
                _ => s.purge_old_rows(T0, 91).map(|_| ()),
            };
            assert!(failed.is_err(), "{call}");
            // Nothing of it stays, and the store goes on.
            assert_eq!(
                s.stats(T0, &StatsOptions::default())
                    .unwrap()
                    .general
                    .reports,
                0
            );
        }
        let stored = s.ingest(std::slice::from_ref(&r), T0).unwrap();
        assert!(matches!(stored[0], Stored::New(_)), "{stored:?}");
        assert_eq!(
            s.stats(T0, &StatsOptions::default())
                .unwrap()
                .general
                .reports,
            1
        );
    }

    #[test]
    fn dedup_by_report_id_keeps_the_first_receipt() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let r = incoming(1, 10, kernel("3.10.0", "vz7"));
        let first = s.ingest(std::slice::from_ref(&r), T0).unwrap();
        let Stored::New(receipt) = &first[0] else {
            panic!("{first:?}")
        };
        assert_eq!(receipt.received_at, "2023-11-14T22:13:20Z");
        let mut again = r.clone();
        again.sha256 = "other".into();
        let second = s.ingest(&[again], T0 + 100).unwrap();
        assert_eq!(second, vec![Stored::Duplicate(receipt.clone())]);
        let st = s.stats(T0 + 100, &StatsOptions::default()).unwrap();
        assert_eq!(st.general.reports, 1);
        assert_eq!(st.general.hosts_total, 1);
        assert_eq!(s.archive_count().unwrap(), 1);
    }

    #[test]
    fn aggregates_follow_the_latest_facts_and_the_active_window() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 2,
            ..StatsOptions::default()
        };
        // Three hosts on vz7, two on legacy.
        for h in 1..=3 {
            s.ingest(&[incoming(h, h, kernel("3.10.0", "vz7"))], T0)
                .unwrap();
        }
        for h in 4..=5 {
            s.ingest(&[incoming(h, h, kernel("2.6.32", "openvz-legacy"))], T0)
                .unwrap();
        }
        let st = s.stats(T0, &opts).unwrap();
        assert_eq!(
            dist(&st, "virtualization"),
            [b("vz7", 3), b("openvz-legacy", 2)]
        );
        // Host 4 upgrades, 30 days later; the others fall out of the window.
        let later = T0 + 30 * DAY;
        s.ingest(&[incoming(4, 40, kernel("3.10.0", "vz7"))], later)
            .unwrap();
        let st = s.stats(later, &opts).unwrap();
        // One host < k: only "< k hosts".
        assert_eq!(dist(&st, "virtualization"), [b("other", -1)]);
        let st = s
            .stats(
                later,
                &StatsOptions {
                    k: 1,
                    active_days: 60,
                    ..opts
                },
            )
            .unwrap();
        assert_eq!(
            dist(&st, "virtualization"),
            [b("vz7", 4), b("openvz-legacy", 1)]
        );
        assert_eq!(st.general.hosts_total, 5);
        assert_eq!(st.general.reports, 6);
        assert_eq!(st.general.hosts_active, 5);
        assert_eq!(st.general.seconds_since_last_report, Some(0));
        // A report without os.kernel keeps the host's kernel keys.
        s.ingest(
            &[incoming(
                4,
                41,
                json!({"hw.memory": {"total_bytes": 8u64 << 30}}),
            )],
            later + 1,
        )
        .unwrap();
        let st = s
            .stats(
                later + 1,
                &StatsOptions {
                    k: 1,
                    active_days: 7,
                    ..opts
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "virtualization"), [b("vz7", 1)]);
        assert_eq!(dist(&st, "memory"), [b("4-8 GiB", 1)]);
        let f = s.host_facts(Uuid::from_u128(4)).unwrap();
        assert_eq!(f["os.kernel"].1["line"], "vz7");
        assert_eq!(f["hw.memory"].0, later + 1);
        // Growth: week of T0 had 5 hosts, week of `later` had 1.
        assert_eq!(
            st.growth,
            vec![
                Week {
                    week: "2023-11-13".into(),
                    hosts: 5,
                    hosts_total: 5,
                    reports: 5
                },
                Week {
                    week: "2023-12-11".into(),
                    hosts: 1,
                    hosts_total: 5,
                    reports: 2
                }
            ]
        );
    }

    #[test]
    fn a_section_older_than_the_window_stops_counting() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        s.set_fact_window_days(14);
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let packages = json!({"vz.host": {"vzctl_version": "4.9.4"}, "os.kernel": {"release": "2.6.32", "line": "openvz-legacy"}});
        s.ingest(&[incoming(1, 1, packages)], T0).unwrap();
        let kernel_only = |r| {
            incoming(
                1,
                r,
                json!({"os.kernel": {"release": "2.6.32", "line": "openvz-legacy"}}),
            )
        };
        // Ten days later the section is still in the window: it counts.
        s.ingest(&[kernel_only(2)], T0 + 10 * DAY).unwrap();
        let st = s.stats(T0 + 10 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [b("4.9.4", 1)]);
        // Twenty days later it is not, though the host still reports.
        s.ingest(&[kernel_only(3)], T0 + 20 * DAY).unwrap();
        let st = s.stats(T0 + 20 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [] as [(String, i64); 0]);
        assert_eq!(dist(&st, "virtualization"), [b("openvz-legacy", 1)]);
        // A new section counts again.
        s.ingest(
            &[incoming(
                1,
                4,
                json!({"vz.host": {"vzctl_version": "4.10"}}),
            )],
            T0 + 21 * DAY,
        )
        .unwrap();
        let st = s.stats(T0 + 21 * DAY, &opts).unwrap();
        assert_eq!(dist(&st, "vzctl"), [b("4.10", 1)]);
        assert_eq!(dist(&st, "virtualization"), [b("openvz-legacy", 1)]);
    }

    #[test]
    fn one_batch_gives_the_same_stats_as_one_report_at_a_time() {
        let reports = vec![
            incoming(1, 1, kernel("2.6.32", "openvz-legacy")),
            incoming(2, 2, kernel("3.10.0", "vz7")),
            incoming(1, 3, kernel("3.10.0", "vz7")), // host 1 upgrades
            incoming(2, 2, kernel("3.10.0", "vz7")), // a repeat
            incoming(3, 4, json!({"hw.memory": {"total_bytes": 3u64 << 30}})),
        ];
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let mut one = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let mut seq = Vec::new();
        for r in &reports {
            seq.extend(one.ingest(std::slice::from_ref(r), T0).unwrap());
        }
        let mut all = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let batch = all.ingest(&reports, T0).unwrap();
        assert_eq!(batch, seq);
        assert!(matches!(batch[3], Stored::Duplicate(_)));
        let st = all.stats(T0, &opts).unwrap();
        assert_eq!(st, one.stats(T0, &opts).unwrap());
        assert_eq!(dist(&st, "virtualization"), [b("vz7", 2)]);
        assert_eq!(dist(&st, "memory"), [b("2-4 GiB", 1)]);
        assert_eq!(st.general.reports, 4);
        assert_eq!(st.general.hosts_total, 3);
        assert_eq!(st.growth[0].hosts, 3);
    }

    #[test]
    fn weekly_snapshots_give_trends_and_the_change_column() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 2,
            trend_weeks: 8,
            ..StatsOptions::default()
        };
        // Six weeks: four hosts, one more moving from legacy to vz7 each
        // of the first weeks.
        let mut rid = 0;
        for w in 0..6i64 {
            for h in 1..=4u128 {
                rid += 1;
                let line = if (h as i64) <= w {
                    "vz7"
                } else {
                    "openvz-legacy"
                };
                s.ingest(&[incoming(h, rid, kernel("k", line))], T0 + w * WEEK)
                    .unwrap();
            }
        }
        // A second report in the same week replaces the first's keys.
        rid += 1;
        s.ingest(&[incoming(4, rid, kernel("k", "vz7"))], T0 + 5 * WEEK + 60)
            .unwrap();
        let now = T0 + 6 * WEEK;
        let st = s.stats(now, &opts).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "virtualization")
            .unwrap();
        assert_eq!(d.trend.weeks.len(), 8);
        assert_eq!(d.trend.weeks[7], week_start(week_of(now)));
        let series = |key: &str| -> Vec<Option<i64>> {
            d.trend
                .series
                .iter()
                .find(|s| s.key == key)
                .unwrap()
                .hosts
                .clone()
        };
        // Fewer than k reporting in the first and last week (none): null.
        // vz7 had 1 host in week 1 (< k), so it is "other" all along, and
        // so is legacy, which would then be the only key shown.
        assert!(d.trend.series.iter().all(|s| s.key == "other"));
        assert_eq!(
            series("other"),
            [
                None,
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                None
            ]
        );
        assert_eq!(
            d.trend.reporting_hosts,
            [
                None,
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                None
            ]
        );
        // With k = 1 every week is shown: legacy 4, 3, 2, 1, 0, 0.
        let st = s.stats(now, &StatsOptions { k: 1, ..opts }).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "virtualization")
            .unwrap();
        let legacy = &d
            .trend
            .series
            .iter()
            .find(|s| s.key == "openvz-legacy")
            .unwrap()
            .hosts;
        assert_eq!(
            legacy,
            &[
                None,
                Some(4),
                Some(3),
                Some(2),
                Some(1),
                Some(0),
                Some(0),
                None
            ]
        );
        // The change column: the last complete week (vz7 4 of 4) against
        // four weeks before it (vz7 1 of 4): +75 points.
        assert_eq!(st.change_to, week_start(week_of(now) - 1));
        assert_eq!(st.change_from, week_start(week_of(now) - 5));
        let vz7 = d.buckets.iter().find(|b| b.key == "vz7").unwrap();
        assert_eq!(vz7.change, Some(75.0));
        // Growth: 4 hosts in total from the first week, 4 reports a week
        // (5 in the last).
        let g: Vec<(i64, i64, i64)> = st
            .growth
            .iter()
            .map(|w| (w.hosts, w.hosts_total, w.reports))
            .collect();
        assert_eq!(
            g,
            [
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 4),
                (4, 4, 5)
            ]
        );
    }

    #[test]
    fn weekly_snapshots_of_a_kernel_hovering_around_k_never_show_it() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 5,
            trend_weeks: 7,
            ..StatsOptions::default()
        };
        // Stable: a 20 hosts, b 10, e 3, f 3; x hovers 6, 5, 4, 6, 3 (its
        // other hosts skip that week).
        let xs = [6u128, 5, 4, 6, 3];
        let mut rid = 1000;
        for (w, x) in xs.iter().enumerate() {
            let mut host = 0u128;
            let mut send = |key: &str, n: u128, s: &mut Store| {
                for _ in 0..n {
                    host += 1;
                    rid += 1;
                    s.ingest(
                        &[incoming(host, rid, kernel(key, "vz7"))],
                        T0 + w as i64 * WEEK,
                    )
                    .unwrap();
                }
            };
            send("a", 20, &mut s);
            send("b", 10, &mut s);
            send("e", 3, &mut s);
            send("f", 3, &mut s);
            send("x", *x, &mut s);
        }
        let st = s.stats(T0 + 5 * WEEK, &opts).unwrap();
        let d = st
            .distributions
            .iter()
            .find(|d| d.name == "kernel")
            .unwrap();
        let t = &d.trend;
        assert!(t.series.iter().all(|s| s.key != "x"));
        // Per published week: the hosts that reported minus the shown keys
        // is "other", never under k, and consecutive differences are the
        // changes of x alone, never its value under k.
        let mut residuals = Vec::new();
        for (i, n) in t.reporting_hosts.iter().enumerate() {
            let Some(n) = n else { continue };
            let shown: i64 = t
                .series
                .iter()
                .filter(|s| s.key != "other")
                .filter_map(|s| s.hosts[i])
                .sum();
            let other = t.series.iter().find(|s| s.key == "other").unwrap().hosts[i];
            assert_eq!(Some(n - shown), other);
            assert!(n - shown >= 5);
            residuals.push(n - shown);
        }
        assert_eq!(residuals, [12, 11, 10, 12, 9]);
        let diffs: Vec<i64> = residuals.windows(2).map(|w| w[1] - w[0]).collect();
        assert_eq!(diffs, [-1, -1, 2, -3]);
    }

    #[test]
    fn layouts_count_hosts_and_containers() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let opts = StatsOptions {
            k: 1,
            ..StatsOptions::default()
        };
        let cts = |ploop: i64, simfs: i64| {
            json!({"vz.containers": {"configured": ploop + simfs,
                                     "by_layout": {"ploop": ploop, "simfs": simfs}}})
        };
        s.ingest(&[incoming(1, 1, cts(2, 1))], T0).unwrap();
        // key, hosts, share, containers, share of containers
        type Row = (String, Option<i64>, Option<f64>, Option<i64>, Option<f64>);
        let rows = |s: &mut Store| -> Vec<Row> {
            let st = s.stats(T0 + 10, &opts).unwrap();
            let d = st
                .distributions
                .into_iter()
                .find(|d| d.name == "layout")
                .unwrap();
            assert_eq!(d.unit.as_deref(), Some("containers"));
            d.buckets
                .into_iter()
                .map(|b| (b.key, b.hosts, b.share, b.units, b.unit_share))
                .collect()
        };
        // One host with 2 ploop and 1 simfs container: both layouts on
        // 100% of hosts, 66.7% / 33.3% of containers.
        assert_eq!(
            rows(&mut s),
            [
                ("ploop".into(), Some(1), Some(100.0), Some(2), Some(66.7)),
                ("simfs".into(), Some(1), Some(100.0), Some(1), Some(33.3)),
            ]
        );
        // The host converts its simfs container: weights follow.
        s.ingest(&[incoming(1, 2, cts(3, 0))], T0 + 5).unwrap();
        assert_eq!(
            rows(&mut s),
            [("ploop".into(), Some(1), Some(100.0), Some(3), Some(100.0))]
        );
    }

    #[test]
    fn a_database_from_before_weights_is_upgraded() {
        let mut db = Sqlite::open(":memory:").unwrap();
        db.batch(
            "CREATE TABLE host_keys (host_id TEXT NOT NULL, dist TEXT NOT NULL, key TEXT NOT NULL, \
               PRIMARY KEY (host_id, dist, key));
             CREATE TABLE dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
             INSERT INTO dist_day VALUES ('kernel', 'k1', 19000, 3);",
        )
        .unwrap();
        let mut s = Store::new(Box::new(db)).unwrap();
        let rows = s
            .backend()
            .query("SELECT hosts, units FROM dist_day", &[])
            .unwrap();
        assert_eq!(rows, [vec![Val::Int(3), Val::Int(3)]]);
        s.ingest(&[incoming(1, 1, kernel("k2", "vz7"))], T0)
            .unwrap();
        let st = s
            .stats(
                T0,
                &StatsOptions {
                    k: 1,
                    ..StatsOptions::default()
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "kernel"), [b("k2", 1)]);
    }

    #[test]
    fn only_the_country_code_is_kept() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        for h in 1..=2 {
            let mut r = incoming(h, h, json!({}));
            r.country = Some("DE".into());
            s.ingest(&[r], T0).unwrap();
        }
        let st = s
            .stats(
                T0,
                &StatsOptions {
                    k: 1,
                    ..StatsOptions::default()
                },
            )
            .unwrap();
        assert_eq!(dist(&st, "country"), [b("DE", 2)]);
        let f = s.host_facts(Uuid::from_u128(1)).unwrap();
        assert_eq!(f[SERVER_COLLECTOR].1, json!({"country": "DE"}));
    }

    #[test]
    fn a_file_database_is_checkpointed_off_the_committing_thread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut db = Sqlite::open(path.to_str().unwrap()).unwrap();
        let auto = |db: &mut Sqlite| db.query("PRAGMA wal_autocheckpoint", &[]).unwrap();
        assert_eq!(auto(&mut db), vec![vec![Val::Int(0)]]);
        db.batch("CREATE TABLE t (b BLOB)").unwrap();
        let page = Val::Blob(vec![7; 4096]);
        db.batch("BEGIN").unwrap();
        for _ in 0..2048 {
            db.exec("INSERT INTO t (b) VALUES ($1)", std::slice::from_ref(&page))
                .unwrap();
        }
        db.batch("COMMIT").unwrap();
        // The commit left 8 MiB in the WAL; the checkpointer, not the
        // commit, moves them into the database file.
        let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let deadline = Instant::now() + Duration::from_secs(20);
        while size(&path) < 8 << 20 {
            assert!(
                Instant::now() < deadline,
                "not checkpointed: {} bytes",
                size(&path)
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let wal = path.with_extension("db-wal");
        assert!(size(&wal) >= 8 << 20, "the WAL has {} bytes", size(&wal));
        // The commit said how long the WAL is; once a checkpoint has it all,
        // nothing need wait.
        let state = &db.checkpointer.as_ref().unwrap().wal;
        let committed = state.committed.load(std::sync::atomic::Ordering::Relaxed);
        assert!(committed > 2048, "{committed} pages");
        while db.should_yield() {
            assert!(Instant::now() < deadline, "still behind");
            std::thread::sleep(Duration::from_millis(20));
        }
        // Closing stops the checkpointer; the last connection's close
        // checkpoints and removes the WAL; the rows are all there.
        drop(db);
        assert!(!wal.exists());
        let mut again = Sqlite::open(path.to_str().unwrap()).unwrap();
        let n = again.query("SELECT COUNT(*) FROM t", &[]).unwrap();
        assert_eq!(n, vec![vec![Val::Int(2048)]]);
        // A private database has no WAL and keeps SQLite's own settings.
        let mut mem = Sqlite::open(":memory:").unwrap();
        assert!(mem.checkpointer.is_none());
        assert_eq!(auto(&mut mem), vec![vec![Val::Int(1000)]]);
    }

    #[test]
    fn writes_wait_only_for_a_long_wal_not_yet_checkpointed() {
        use std::sync::atomic::Ordering::Relaxed;
        let wal = WalState::default();
        let at = |committed: i64, done: i64| {
            wal.committed.store(committed, Relaxed);
            wal.done.store(done, Relaxed);
            wal.behind()
        };
        assert!(!at(WAL_YIELD_PAGES, 0), "short");
        assert!(at(WAL_YIELD_PAGES + 1, 0), "long, nothing checkpointed");
        assert!(at(WAL_YIELD_PAGES + 1, WAL_YIELD_PAGES), "long, partly");
        assert!(
            !at(WAL_YIELD_PAGES + 1, WAL_YIELD_PAGES + 1),
            "all in the file"
        );
        // A WAL started over is short whatever the last checkpoint did.
        assert!(!at(10, WAL_YIELD_PAGES * 3));
    }

    #[test]
    fn purge_removes_old_archives_only() {
        let old: Vec<Incoming> = (1..=PURGE_CHUNK as u128 + 100)
            .map(|r| incoming(1, r, json!({})))
            .collect();
        let recent = incoming(1, 9999, json!({}));
        let fill = |s: &mut Store| {
            s.ingest(&old, T0).unwrap();
            s.ingest(std::slice::from_ref(&recent), T0 + 10 * DAY)
                .unwrap();
        };
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        fill(&mut s);
        // In steps of PURGE_CHUNK: more than one here.
        assert_eq!(
            s.purge_archives(T0 + 12 * DAY, 7).unwrap(),
            PURGE_CHUNK as u64 + 100
        );
        assert_eq!(s.archive_count().unwrap(), 1);
        // As the last stage of a retention purge, only when asked for.
        let mut twin = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        fill(&mut twin);
        let mut purge = RetentionPurge::new(T0 + 12 * DAY, 91);
        while purge.step(&mut twin).unwrap() {}
        assert_eq!(purge.erased(), Purged::default());
        assert_eq!(twin.archive_count().unwrap(), PURGE_CHUNK + 101);
        let mut purge =
            RetentionPurge::paced(T0 + 12 * DAY, 91, Duration::from_secs(60)).archives(7);
        let mut stages = vec![];
        while let Some(stage) = purge.stage() {
            stages.push(stage);
            purge.step(&mut twin).unwrap();
        }
        assert_eq!(purge.erased().archives, PURGE_CHUNK as u64 + 100);
        assert_eq!(twin.archive_count().unwrap(), 1);
        // Paced: the archives took several steps, after the other stages.
        let archive_steps = stages
            .iter()
            .filter(|s| **s == PurgeStage::Archives)
            .count();
        assert!(archive_steps > 2, "{stages:?}");
        assert_eq!(
            stages[..4],
            [
                PurgeStage::Hosts,
                PurgeStage::Reports,
                PurgeStage::Sections,
                PurgeStage::Shares
            ]
        );
    }

    #[test]
    fn urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://cep:secret@127.0.0.1/cep"),
            "postgres://cep:***@127.0.0.1/cep"
        );
    }
}
