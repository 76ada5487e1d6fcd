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

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::facts::{self, DISTS, SERVER_COLLECTOR};

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
}

/// SQLite through rusqlite (bundled).
pub struct Sqlite {
    conn: rusqlite::Connection,
    rewritten: HashMap<String, String>,
}

impl Sqlite {
    /// Opens (creating) the database file; `:memory:` for a private one.
    pub fn open(path: &str) -> Result<Sqlite, StoreError> {
        let conn = rusqlite::Connection::open(path).map_err(|e| StoreError::Open {
            what: path.to_owned(),
            reason: e.to_string(),
        })?;
        // WAL with NORMAL sync: a crash loses at most the last batch's
        // durability, never consistency; far faster ingest.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "OFF")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Sqlite {
            conn,
            rewritten: HashMap::new(),
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
}

impl Default for StatsOptions {
    fn default() -> Self {
        StatsOptions {
            active_days: 14,
            general_active_days: 61,
            k: 5,
            weeks: 104,
        }
    }
}

/// One bucket of a distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// The key (`other` for merged small buckets).
    pub key: String,
    /// Hosts.
    pub hosts: i64,
}

/// One distribution, largest bucket first, `other` last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Distribution {
    /// Stable name.
    pub name: String,
    /// Title.
    pub title: String,
    /// Buckets.
    pub buckets: Vec<Bucket>,
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

/// Active hosts in one week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    /// Monday of the week (UTC), `YYYY-MM-DD`.
    pub week: String,
    /// Hosts that reported that week.
    pub hosts: i64,
}

/// Everything the pages publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// When computed (RFC 3339).
    pub generated_at: String,
    /// General info.
    pub general: General,
    /// Distributions count hosts active in this many days.
    pub distribution_days: i64,
    /// Buckets smaller than this merge into "other".
    pub k: i64,
    /// Distributions, in page order.
    pub distributions: Vec<Distribution>,
    /// Active hosts per week, oldest first.
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

/// Weeks start on Monday; 1970-01-01 was a Thursday.
fn week_of(t: i64) -> i64 {
    (t + 3 * DAY).div_euclid(WEEK)
}

fn week_start(week: i64) -> String {
    let t = week * WEEK - 3 * DAY;
    rfc3339(t)[..10].to_owned()
}

/// Aggregate changes of one batch, applied together at its end.
#[derive(Default)]
struct Deltas {
    dist: BTreeMap<(String, String, i64), i64>,
    host_day: BTreeMap<i64, i64>,
    week: BTreeMap<i64, i64>,
    reports: i64,
    hosts: i64,
}

/// The store over a backend.
pub struct Store {
    db: Box<dyn Backend>,
}

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
               key TEXT NOT NULL, PRIMARY KEY (host_id, dist, key));
             CREATE TABLE IF NOT EXISTS dist_day (dist TEXT NOT NULL, key TEXT NOT NULL, day BIGINT NOT NULL, \
               hosts BIGINT NOT NULL, PRIMARY KEY (dist, key, day));
             CREATE INDEX IF NOT EXISTS dist_day_day ON dist_day (day);
             CREATE TABLE IF NOT EXISTS host_day (day BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS week_active (week BIGINT PRIMARY KEY, hosts BIGINT NOT NULL);
             CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);"
        ))?;
        Ok(Store { db })
    }

    /// The backend's name.
    pub fn kind(&self) -> &'static str {
        self.db.kind()
    }

    /// Stores a batch of reports received at `now` (unix seconds) in one
    /// transaction. On a database error the whole batch is rolled back.
    pub fn ingest(&mut self, batch: &[Incoming], now: i64) -> Result<Vec<Stored>, StoreError> {
        self.db.batch("BEGIN")?;
        let mut out = Vec::with_capacity(batch.len());
        let mut deltas = Deltas::default();
        let mut result = Ok(());
        for r in batch {
            match self.ingest_one(r, now, &mut deltas) {
                Ok(s) => out.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        if result.is_ok() {
            result = self.flush(deltas, now);
        }
        if result.is_ok() {
            result = self.db.batch("COMMIT");
        }
        if let Err(e) = result {
            let _ = self.db.batch("ROLLBACK");
            return Err(e);
        }
        Ok(out)
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
        let dist: Vec<Vec<Val>> = d
            .dist
            .into_iter()
            .filter(|(_, n)| *n != 0)
            .map(|((dist, key, day), n)| vec![dist.into(), key.into(), day.into(), n.into()])
            .collect();
        self.insert_rows(
            "INSERT INTO dist_day (dist, key, day, hosts)",
            "ON CONFLICT (dist, key, day) DO UPDATE SET hosts = dist_day.hosts + excluded.hosts",
            dist,
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
            }
            Some(_) => {
                self.db.exec(
                    "UPDATE hosts SET last_seen = $2, reports = reports + 1 WHERE host_id = $1",
                    &[host.clone().into(), seen.into()],
                )?;
            }
        }

        // Latest facts per collector.
        let mut sections: Vec<(&str, &Value)> =
            r.sections.iter().map(|(k, v)| (k.as_str(), v)).collect();
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

        // Distribution keys: the dists of the collectors in this report are
        // replaced; the others keep the host's earlier keys.
        let mut old: BTreeSet<(String, String)> = BTreeSet::new();
        if prev_seen.is_some() {
            for row in self.db.query(
                "SELECT dist, key FROM host_keys WHERE host_id = $1",
                &[host.clone().into()],
            )? {
                let mut it = row.into_iter();
                if let (Some(d), Some(k)) = (it.next(), it.next()) {
                    old.insert((d.text()?, k.text()?));
                }
            }
        }
        let present: BTreeSet<&str> = sections.iter().map(|(c, _)| *c).collect();
        let mut new: BTreeSet<(String, String)> = old
            .iter()
            .filter(|(d, _)| facts::dist(d).is_none_or(|d| !present.contains(d.collector)))
            .cloned()
            .collect();
        for (collector, v) in &sections {
            for d in DISTS.iter().filter(|d| d.collector == *collector) {
                for k in facts::keys(d, v) {
                    new.insert((d.name.to_owned(), k));
                }
            }
        }
        for (d, k) in old.difference(&new) {
            self.db.exec(
                "DELETE FROM host_keys WHERE host_id = $1 AND dist = $2 AND key = $3",
                &[host.clone().into(), d.clone().into(), k.clone().into()],
            )?;
        }
        let added: Vec<Vec<Val>> = new
            .difference(&old)
            .map(|(d, k)| vec![host.clone().into(), d.clone().into(), k.clone().into()])
            .collect();
        self.insert_rows("INSERT INTO host_keys (host_id, dist, key)", "", added)?;

        let new_day = day_of(seen);
        let old_day = prev_seen.map(day_of);
        if let Some(od) = old_day {
            for (d, k) in &old {
                *deltas.dist.entry((d.clone(), k.clone(), od)).or_default() -= 1;
            }
        }
        for (d, k) in &new {
            *deltas
                .dist
                .entry((d.clone(), k.clone(), new_day))
                .or_default() += 1;
        }
        if old_day != Some(new_day) {
            if let Some(od) = old_day {
                *deltas.host_day.entry(od).or_default() -= 1;
            }
            *deltas.host_day.entry(new_day).or_default() += 1;
        }
        if prev_seen.is_none_or(|p| week_of(p) < week_of(seen)) {
            *deltas.week.entry(week_of(seen)).or_default() += 1;
        }
        deltas.reports += 1;
        Ok(Stored::New(Receipt {
            report_id: r.report_id,
            received_at: rfc3339(now),
            sha256: r.sha256.clone(),
        }))
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

        let rows = self.db.query(
            "SELECT dist, key, CAST(SUM(hosts) AS BIGINT) FROM dist_day WHERE day > $1 GROUP BY dist, key",
            &[(today - opts.active_days).into()],
        )?;
        let mut by_dist: HashMap<String, Vec<Bucket>> = HashMap::new();
        for row in rows {
            let mut it = row.into_iter();
            let (Some(d), Some(k), Some(n)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let n = n.int()?;
            if n > 0 {
                by_dist.entry(d.text()?).or_default().push(Bucket {
                    key: k.text()?,
                    hosts: n,
                });
            }
        }
        let distributions = DISTS
            .iter()
            .map(|d| Distribution {
                name: d.name.to_owned(),
                title: d.title.to_owned(),
                buckets: merge_small(by_dist.remove(d.name).unwrap_or_default(), opts.k),
            })
            .collect();

        let this_week = week_of(now);
        let mut growth: Vec<Week> = self
            .db
            .query(
                "SELECT week, hosts FROM week_active WHERE week > $1 ORDER BY week",
                &[(this_week - opts.weeks).into()],
            )?
            .into_iter()
            .map(|r| -> Result<Week, StoreError> {
                Ok(Week {
                    week: week_start(r[0].int()?),
                    hosts: r[1].int()?,
                })
            })
            .collect::<Result<_, _>>()?;
        growth.retain(|w| w.hosts > 0);

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
            distributions,
            growth,
        })
    }

    /// Deletes kept archives older than `days` days; returns how many.
    pub fn purge_archives(&mut self, now: i64, days: i64) -> Result<u64, StoreError> {
        self.db.exec(
            "DELETE FROM archives WHERE received_at < $1",
            &[(now - days * DAY).into()],
        )
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

    /// Gives direct access to the backend (bulk seeding for benchmarks).
    pub fn backend(&mut self) -> &mut dyn Backend {
        &mut *self.db
    }
}

/// Largest first; buckets of fewer than `k` hosts merge into "other" (and
/// "other" itself, if still smaller than `k`, is dropped so that no group
/// of fewer than `k` hosts is ever shown).
pub fn merge_small(mut buckets: Vec<Bucket>, k: i64) -> Vec<Bucket> {
    let mut other = 0;
    buckets.retain(|b| {
        if b.hosts < k {
            other += b.hosts;
            false
        } else {
            true
        }
    });
    if let Some(pos) = buckets.iter().position(|b| b.key == "other") {
        other += buckets.remove(pos).hosts;
    }
    buckets.sort_by(|a, b| b.hosts.cmp(&a.hosts).then_with(|| a.key.cmp(&b.key)));
    if other >= k {
        buckets.push(Bucket {
            key: "other".into(),
            hosts: other,
        });
    }
    buckets
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

    fn dist<'a>(s: &'a Stats, name: &str) -> &'a [Bucket] {
        &s.distributions
            .iter()
            .find(|d| d.name == name)
            .unwrap()
            .buckets
    }

    fn b(key: &str, hosts: i64) -> Bucket {
        Bucket {
            key: key.into(),
            hosts,
        }
    }

    const T0: i64 = 1_700_000_000; // a Tuesday

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
        assert_eq!(dist(&st, "virtualization"), [] as [Bucket; 0]); // 1 < k
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
                    hosts: 5
                },
                Week {
                    week: "2023-12-11".into(),
                    hosts: 1
                }
            ]
        );
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
    fn small_buckets_merge_into_other() {
        let v = vec![b("a", 10), b("b", 3), b("c", 2), b("d", 7)];
        assert_eq!(merge_small(v, 5), [b("a", 10), b("d", 7), b("other", 5)]);
        assert_eq!(merge_small(vec![b("a", 10), b("b", 4)], 5), [b("a", 10)]);
    }

    #[test]
    fn purge_removes_old_archives_only() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        s.ingest(&[incoming(1, 1, json!({}))], T0).unwrap();
        s.ingest(&[incoming(1, 2, json!({}))], T0 + 10 * DAY)
            .unwrap();
        assert_eq!(s.purge_archives(T0 + 12 * DAY, 7).unwrap(), 1);
        assert_eq!(s.archive_count().unwrap(), 1);
    }

    #[test]
    fn urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://cep:secret@127.0.0.1/cep"),
            "postgres://cep:***@127.0.0.1/cep"
        );
    }
}
