//! The SQL a [`crate::store::Store`] needs from a database: the
//! [`Backend`] trait, its values and its errors.

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
    /// The database's schema is newer than this build's.
    #[error(
        "the database's schema is version {found}, newer than version {known}, the newest this cep-server knows (a later release wrote it): run that release or a later one, or restore a backup taken before it"
    )]
    NewerSchema {
        /// The version the database records.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// A backup could not be made.
    #[error("cannot back up to `{what}`: {reason}")]
    Backup {
        /// The file (source or copy) concerned.
        what: String,
        /// Why, and what to do.
        reason: String,
    },
    /// The database is half-migrated, was migrated by another build, or
    /// is not a database of a known release.
    #[error("{0}")]
    Schema(String),
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
    pub(super) fn int(&self) -> Result<i64, StoreError> {
        match self {
            Val::Int(i) => Ok(*i),
            Val::Null => Ok(0),
            other => Err(StoreError::Corrupt(format!(
                "integer expected, got {other:?}"
            ))),
        }
    }
    pub(super) fn text(self) -> Result<String, StoreError> {
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
impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Val::Null, Val::Int)
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

/// The SQL a [`Store`](crate::store::Store) needs from a database. Statements use `$1`, `$2`, ...
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
    /// Every table of the database (of PostgreSQL's current schema) and
    /// its columns: what an unversioned database is recognised by.
    fn columns(
        &mut self,
    ) -> Result<std::collections::BTreeMap<String, std::collections::BTreeSet<String>>, StoreError>
    {
        let sql = if self.kind() == "postgresql" {
            "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns \
             WHERE table_schema = current_schema()"
        } else {
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table'"
        };
        let mut out: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
            Default::default();
        for row in self.query(sql, &[])? {
            let mut it = row.into_iter();
            if let (Some(t), Some(c)) = (it.next(), it.next()) {
                out.entry(t.text()?).or_default().insert(c.text()?);
            }
        }
        Ok(out)
    }

    /// The database's size in bytes, if the backend can tell.
    fn size_bytes(&mut self) -> Result<Option<i64>, StoreError> {
        Ok(None)
    }
}
