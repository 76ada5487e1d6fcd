//! A consistent copy of a live SQLite database (`cep-server backup`),
//! through SQLite's online backup API.
//!
//! The copy is one snapshot: the source connection holds a read
//! transaction while the pages are copied in steps, so a server writing
//! to the database meanwhile (WAL mode: readers never block its commits)
//! neither waits nor makes the copy start over, and what is copied is the
//! database as of the moment the backup began. The copy is checked
//! (`PRAGMA integrity_check`), synced and only then renamed to its name.
//! PostgreSQL is backed up with `pg_dump` (README.md, "Backups").

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::backend::StoreError;

/// Pages copied per step; between steps the copy yields briefly so it
/// does not take the disk from the server.
const PAGES_PER_STEP: std::ffi::c_int = 1024;
const PAUSE: Duration = Duration::from_millis(1);

/// What a backup copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackedUp {
    /// The copy.
    pub to: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The schema version it records (0: none recorded).
    pub schema_version: i64,
    /// The reports it holds (the `reports` counter).
    pub reports: i64,
}

fn err(path: &Path, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Backup {
        what: path.display().to_string(),
        reason: reason.to_string(),
    }
}

/// Copies the SQLite database `db` to the new file `to`, while a server
/// may be writing to it.
///
/// ```
/// let dir = tempfile::tempdir()?;
/// let db = dir.path().join("stats.db");
/// cep_server::store::Store::new(Box::new(cep_server::store::Sqlite::open(db.to_str().unwrap())?))?;
/// let copy = cep_server::store::backup::sqlite(&db, &dir.path().join("copy.db"))?;
/// assert_eq!(copy.schema_version, cep_server::store::schema::TARGET);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sqlite(db: &Path, to: &Path) -> Result<BackedUp, StoreError> {
    if db.to_str().is_some_and(|s| s.starts_with("postgres")) {
        return Err(err(
            to,
            "the database is PostgreSQL: back it up with pg_dump (see README.md, \"Backups\")",
        ));
    }
    if to.exists() {
        return Err(err(
            to,
            "the backup file exists already: choose another name or remove it",
        ));
    }
    // Never create the source: a mistyped path is an error.
    let src = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| {
        err(
            to,
            format!(
                "cannot open the database {}: {e} (is it the server's --db file?)",
                db.display()
            ),
        )
    })?;
    src.busy_timeout(Duration::from_secs(5))?;
    let dir = to.parent().filter(|p| !p.as_os_str().is_empty());
    let name = to
        .file_name()
        .ok_or_else(|| err(to, "not a file name"))?
        .to_string_lossy();
    let tmp = dir
        .unwrap_or(Path::new("."))
        .join(format!(".{name}.partial-{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let result = copy(&src, &tmp, db, to);
    let copied = match result {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    std::fs::rename(&tmp, to).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        err(to, e)
    })?;
    if let Some(d) = dir
        && let Ok(f) = std::fs::File::open(d)
    {
        let _ = f.sync_all();
    }
    let bytes = std::fs::metadata(to).map_err(|e| err(to, e))?.len();
    Ok(BackedUp {
        to: to.to_owned(),
        bytes,
        schema_version: copied.0,
        reports: copied.1,
    })
}

/// Copies one snapshot of `src` into the new file `tmp`, checks and
/// syncs it; returns its schema version and report count.
fn copy(src: &Connection, tmp: &Path, db: &Path, to: &Path) -> Result<(i64, i64), StoreError> {
    // The snapshot: a read transaction held for the whole copy.
    src.execute_batch("BEGIN")?;
    let tables: i64 = src
        .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| {
            err(
                to,
                format!(
                    "cannot read {}: {e} (not an SQLite database?)",
                    db.display()
                ),
            )
        })?;
    if tables == 0 {
        return Err(err(
            to,
            format!("the database {} is empty: nothing to back up", db.display()),
        ));
    }
    let mut dst = Connection::open(tmp).map_err(|e| err(to, e))?;
    {
        let backup = rusqlite::backup::Backup::new(src, &mut dst)?;
        backup.run_to_completion(PAGES_PER_STEP, PAUSE, None)?;
    }
    src.execute_batch("COMMIT")?;
    let check: String = dst.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(err(
            to,
            format!("the copy fails its integrity check: {check}"),
        ));
    }
    let version: i64 = dst
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .unwrap_or(0);
    let reports: i64 = dst
        .query_row(
            "SELECT COALESCE(MAX(value), 0) FROM counters WHERE name = 'reports'",
            [],
            |r| r.get(0),
        )
        .unwrap_or(0);
    drop(dst);
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| err(to, e))?;
    Ok((version, reports))
}

/// `cep-server backup --to FILE`: backs up the SQLite database `db`
/// (`--db`) and says what was copied.
pub fn run(db: &str, to: &Path) -> Result<String, StoreError> {
    let started = std::time::Instant::now();
    let b = sqlite(Path::new(db), to)?;
    Ok(format!(
        "{db}: copied to {} ({} bytes, schema version {}, {} reports) in {:.1} s; integrity check ok\n",
        b.to.display(),
        b.bytes,
        b.schema_version,
        b.reports,
        started.elapsed().as_secs_f64()
    ))
}
