//! The schema's version: where a database stands, and its upgrade from
//! earlier releases through [`super::migrations`], each migration in a
//! transaction of its own ([`Store::open`], `cep-server migrate`).

use std::collections::{BTreeMap, HashMap};

use super::backend::{Backend, StoreError};
use super::base::{DAY, REPORTING, Store};
use super::migrations::{MIGRATIONS, Migration, UNRECORDED, all_tables, tables};
use super::published::StatsOptions;

/// The schema version this build writes: the last migration's.
pub const TARGET: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// The versions table: one row per migration applied (or recognised in an
/// unversioned database), the same on SQLite and PostgreSQL.
const VERSIONS_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, \
     name TEXT NOT NULL, applied_at BIGINT NOT NULL, checksum TEXT NOT NULL)";

/// Where a database's schema stands against this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaStatus {
    /// Its schema version (0: an empty database).
    pub current: i64,
    /// Whether `schema_migrations` records it; if not, it was recognised
    /// by its tables and is recorded when migrated.
    pub recorded: bool,
    /// The version this build migrates to ([`TARGET`]).
    pub target: i64,
    /// The migrations still to apply: version and name.
    pub pending: Vec<(i64, &'static str)>,
}

impl SchemaStatus {
    /// Whether the database is at this build's version and says so: what
    /// a server needs before it serves.
    pub fn ready(&self) -> bool {
        self.recorded && self.pending.is_empty()
    }
}

/// What [`Store::migrate`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    /// The version the database had (0: empty).
    pub from: i64,
    /// Whether it was recorded (else recognised by its tables).
    pub recorded: bool,
    /// The version it has now.
    pub to: i64,
    /// The migrations applied, in order.
    pub applied: Vec<Applied>,
    /// What the operator should know about the database (also logged).
    pub warnings: Vec<String>,
}

/// One migration applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The version it made.
    pub version: i64,
    /// What it does.
    pub name: &'static str,
    /// How long it took.
    pub took: std::time::Duration,
}

/// Where `db`'s schema stands, without changing anything. A version newer
/// than [`TARGET`] is [`StoreError::NewerSchema`]; recorded versions with
/// a gap, a recorded migration whose checksum differs from this build's,
/// tables that are not those of the recorded version (half-migrated), or
/// tables of no known version are [`StoreError::Schema`].
///
/// ```
/// use cep_server::store::{Sqlite, schema};
/// let mut db = Sqlite::open(":memory:")?;
/// let st = schema::status(&mut db)?;
/// assert_eq!((st.current, st.target, st.pending.len()), (0, schema::TARGET, 5));
/// # Ok::<(), cep_server::store::StoreError>(())
/// ```
pub fn status(db: &mut dyn Backend) -> Result<SchemaStatus, StoreError> {
    let cols = db.columns()?;
    let recorded = if cols.contains_key("schema_migrations") {
        db.query(
            "SELECT version, checksum FROM schema_migrations ORDER BY version",
            &[],
        )?
    } else {
        Vec::new()
    };
    let (current, is_recorded) = if recorded.is_empty() {
        (recognise(&cols)?, false)
    } else {
        let mut versions = Vec::new();
        for row in recorded {
            let mut it = row.into_iter();
            let (Some(v), Some(sum)) = (it.next(), it.next()) else {
                continue;
            };
            versions.push((v.int()?, sum.text()?));
        }
        let newest = versions.last().map_or(0, |v| v.0);
        if newest > TARGET {
            return Err(StoreError::NewerSchema {
                found: newest,
                known: TARGET,
            });
        }
        for (i, (v, sum)) in versions.iter().enumerate() {
            if *v != i as i64 + 1 {
                let listed: Vec<String> = versions.iter().map(|v| v.0.to_string()).collect();
                return Err(StoreError::Schema(format!(
                    "the database is half-migrated: schema_migrations records versions {} (missing {}); restore the backup taken before the upgrade and start again",
                    listed.join(", "),
                    i + 1
                )));
            }
            let m = &MIGRATIONS[i];
            if *sum != m.checksum() {
                return Err(StoreError::Schema(format!(
                    "schema version {v} ({}) was applied by a different build of cep-server (checksum {sum}, this build's {}): run the build that migrated it, or restore a backup taken before",
                    m.name,
                    m.checksum()
                )));
            }
        }
        if let Err(why) = shape_is(&cols, newest) {
            return Err(StoreError::Schema(format!(
                "the database is half-migrated: schema_migrations records version {newest}, but {why}; restore the backup taken before the upgrade and start again"
            )));
        }
        (newest, true)
    };
    Ok(SchemaStatus {
        current,
        recorded: is_recorded,
        target: TARGET,
        pending: MIGRATIONS
            .iter()
            .filter(|m| m.version > current)
            .map(|m| (m.version, m.name))
            .collect(),
    })
}

/// `cep-server migrate [--status]`: with `only_status`, where the schema
/// of the database `db` (`--db`) stands; else migrates it (as the server
/// does on start) and says what it did. A newer, half-migrated or unknown
/// database is an error.
pub fn run_migrate(db: &str, window_days: i64, only_status: bool) -> Result<String, StoreError> {
    let mut backend = super::open(db)?;
    let what = |st: &SchemaStatus| {
        if st.current == 0 {
            "an empty database".to_owned()
        } else if st.recorded {
            format!("schema version {}", st.current)
        } else {
            format!(
                "schema version {} (recognised by its tables, not yet recorded)",
                st.current
            )
        }
    };
    if only_status {
        let st = status(&mut *backend)?;
        let mut out = format!(
            "{}: {}, target version {}",
            super::redact(db),
            what(&st),
            st.target
        );
        if st.pending.is_empty() {
            out.push_str(", up to date\n");
        } else {
            out.push_str(&format!(", {} pending:\n", st.pending.len()));
            for (v, name) in &st.pending {
                out.push_str(&format!("  {v}  {name}\n"));
            }
        }
        return Ok(out);
    }
    let before = status(&mut *backend)?;
    let (_, m) = Store::open(backend, window_days)?;
    let mut out = format!("{}: {}", super::redact(db), what(&before));
    if m.applied.is_empty() && before.recorded {
        out.push_str(&format!(", up to date (target version {})\n", m.to));
        return Ok(out);
    }
    out.push('\n');
    if !before.recorded && before.current > 0 {
        out.push_str(&format!("  recorded version {}\n", before.current));
    }
    for a in &m.applied {
        out.push_str(&format!(
            "  applied {}  {} ({:.1} s)\n",
            a.version,
            a.name,
            a.took.as_secs_f64()
        ));
    }
    out.push_str(&format!("now at schema version {}\n", m.to));
    for w in &m.warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    Ok(out)
}

/// Drops every table of every schema version and `schema_migrations`:
/// for tests and benchmarks that start from an empty database on a
/// PostgreSQL server they share. Erases everything the server stored.
pub fn drop_all(db: &mut dyn Backend) -> Result<(), StoreError> {
    let mut names: Vec<&str> = all_tables().into_iter().collect();
    names.push("schema_migrations");
    db.batch(&format!("DROP TABLE IF EXISTS {}", names.join(", ")))
}

/// The version of an unversioned database, by its tables: 0 when it has
/// none of ours. Only the releases before versions were recorded
/// ([`UNRECORDED`]) left one: a later version's tables unrecorded are no
/// release's (and may equal an earlier version's).
fn recognise(
    cols: &BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Result<i64, StoreError> {
    if !all_tables().iter().any(|t| cols.contains_key(*t)) {
        return Ok(0);
    }
    let mut why = String::new();
    for v in (1..=UNRECORDED).rev() {
        match shape_is(cols, v) {
            Ok(()) => return Ok(v),
            Err(w) if v == UNRECORDED => why = w,
            Err(_) => {}
        }
    }
    Err(StoreError::Schema(format!(
        "the database has no schema version and its tables are not those of a known cep-server release ({why}): point --db at a cep-server database"
    )))
}

/// Whether the tables are exactly version `v`'s (others of no version are
/// allowed); if not, what differs.
fn shape_is(
    cols: &BTreeMap<String, std::collections::BTreeSet<String>>,
    v: i64,
) -> Result<(), String> {
    let want = tables(v);
    for (t, c) in &want {
        let Some(have) = cols.get(*t) else {
            return Err(format!("table {t} is missing"));
        };
        let c: std::collections::BTreeSet<String> = c.iter().map(|s| (*s).to_owned()).collect();
        if *have != c {
            let extra: Vec<&String> = have.difference(&c).collect();
            let missing: Vec<&String> = c.difference(have).collect();
            return Err(format!(
                "table {t} has columns {extra:?} more and {missing:?} fewer than version {v}'s"
            ));
        }
    }
    if let Some(t) = all_tables()
        .into_iter()
        .find(|t| !want.contains_key(t) && cols.contains_key(*t))
    {
        return Err(format!("table {t} of another version is there"));
    }
    Ok(())
}

impl Store {
    /// Wraps a backend and brings its schema to this build's version
    /// ([`Store::open`] with the default window of the distributions).
    pub fn new(db: Box<dyn Backend>) -> Result<Store, StoreError> {
        Ok(Store::open(db, StatsOptions::default().active_days)?.0)
    }

    /// Wraps a backend and brings its schema to this build's version
    /// ([`migrate`](Store::migrate)); `fact_window_days` is the
    /// distributions' window (`--active-days`), which a migration that
    /// derives keys needs. Says what it applied.
    ///
    /// ```
    /// use cep_server::store::{Sqlite, Store, schema};
    /// let (mut store, migrated) = Store::open(Box::new(Sqlite::open(":memory:")?), 14)?;
    /// assert_eq!((migrated.from, migrated.to), (0, schema::TARGET));
    /// assert!(store.schema_status()?.ready());
    /// # Ok::<(), cep_server::store::StoreError>(())
    /// ```
    pub fn open(
        db: Box<dyn Backend>,
        fact_window_days: i64,
    ) -> Result<(Store, Migrated), StoreError> {
        let mut s = Store {
            db,
            fact_max_age: fact_window_days.max(0) * DAY,
            insert_sql: HashMap::new(),
        };
        let m = s.migrate()?;
        Ok((s, m))
    }

    /// Where the schema stands ([`status`]).
    pub fn schema_status(&mut self) -> Result<SchemaStatus, StoreError> {
        status(&mut *self.db)
    }

    /// Applies the migrations the database lacks, each in a transaction
    /// of its own: an unversioned database is recognised by its tables and
    /// its version recorded first; a newer, half-migrated or unknown one
    /// is refused ([`status`]).
    pub fn migrate(&mut self) -> Result<Migrated, StoreError> {
        self.migrate_to(TARGET)
    }

    /// [`Store::migrate`] up to version `target` only: what an earlier
    /// release left, for the tests of a later version's migration.
    pub(super) fn migrate_to(&mut self, target: i64) -> Result<Migrated, StoreError> {
        let st = status(&mut *self.db)?;
        if !st.recorded && st.current > 0 {
            let current = st.current;
            self.transaction(|s| {
                s.db.batch(VERSIONS_TABLE)?;
                for m in MIGRATIONS.iter().filter(|m| m.version <= current) {
                    s.record(m)?;
                }
                Ok(())
            })?;
            tracing::info!(
                "schema: an unversioned database of version {current} ({}), recorded as such",
                MIGRATIONS[(current - 1) as usize].name
            );
        }
        let mut warnings = Vec::new();
        if !st.recorded && st.current == 2 {
            // 33ede26 opened a 6cf6db6 database by adding columns only: the
            // hosts from before have keys without their reporting rows.
            let rows = self.db.query(
                "SELECT CAST(COUNT(DISTINCT host_id) AS BIGINT) FROM host_keys h WHERE NOT EXISTS \
                 (SELECT 1 FROM host_keys r WHERE r.host_id = h.host_id AND r.key = $1)",
                &[REPORTING.into()],
            )?;
            let n = rows.first().map_or(Ok(0), |r| r[0].int())?;
            if n > 0 {
                let w = format!(
                    "{n} hosts have distribution keys without the rows that count them (a 6cf6db6 database that 33ede26 opened): \
                     they are missing from every table and trend until they report again, and `cep forget` cannot take back their older numbers; \
                     migrate a backup taken before 33ede26 opened the database instead, if there is one (README.md, \"Upgrading\")"
                );
                tracing::warn!("schema: {w}");
                warnings.push(w);
            }
        }
        let mut applied = Vec::new();
        for m in MIGRATIONS
            .iter()
            .filter(|m| m.version > st.current && m.version <= target)
        {
            let started = std::time::Instant::now();
            let done = self.transaction(|s| {
                s.db.batch(VERSIONS_TABLE)?;
                if s.kind() == "postgresql" {
                    // One migrating server at a time; the others find it done.
                    s.db.batch("LOCK TABLE schema_migrations IN SHARE ROW EXCLUSIVE MODE")?;
                }
                let rows = s.db.query(
                    "SELECT CAST(COALESCE(MAX(version), 0) AS BIGINT) FROM schema_migrations",
                    &[],
                )?;
                if rows.first().map_or(Ok(0), |r| r[0].int())? >= m.version {
                    return Ok(false);
                }
                let blob = s.db.blob_type();
                s.db.batch(&m.ddl.replace("{blob}", blob))?;
                if let Some(data) = m.data {
                    data(s)?;
                }
                if !m.after.is_empty() {
                    s.db.batch(m.after)?;
                }
                s.record(m)?;
                Ok(true)
            });
            let done = done.map_err(|e| match e {
                StoreError::Schema(_) | StoreError::NewerSchema { .. } => e,
                e => StoreError::Schema(format!(
                    "migration to schema version {} ({}) failed and was rolled back, the database is still at version {}: {e}",
                    m.version,
                    m.name,
                    m.version - 1
                )),
            })?;
            if done {
                let took = started.elapsed();
                tracing::info!(
                    "schema: migrated to version {} ({}) in {:.1} s",
                    m.version,
                    m.name,
                    took.as_secs_f64()
                );
                applied.push(Applied {
                    version: m.version,
                    name: m.name,
                    took,
                });
            }
        }
        Ok(Migrated {
            from: st.current,
            recorded: st.recorded,
            to: target.max(st.current),
            applied,
            warnings,
        })
    }

    fn record(&mut self, m: &Migration) -> Result<(), StoreError> {
        self.db.exec(
            "INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES ($1, $2, $3, $4)",
            &[
                m.version.into(),
                m.name.into(),
                jiff::Timestamp::now().as_second().into(),
                m.checksum().into(),
            ],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backend::Val;
    use crate::store::ingest::Stored;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;
    use uuid::Uuid;

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
}
