//! SQLite through rusqlite (bundled), in WAL mode with its checkpoints on
//! a thread of their own.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::backend::{Backend, StoreError, Val};

/// SQLite through rusqlite (bundled).
pub struct Sqlite {
    conn: rusqlite::Connection,
    rewritten: HashMap<String, String>,
    checkpointer: Option<Checkpointer>,
}

/// How often the checkpointer looks at the WAL.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);
/// Frames committed since the last checkpoint that make the checkpointer
/// copy them into the database file at once, as SQLite's automatic
/// checkpoint would at 1,000; fewer wait until the writer pauses for a
/// tick, so that a steady writer does not have its hot pages copied and
/// the file synced ten times a second.
const CHECKPOINT_PAGES: i64 = 1000;
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
    /// Frames committed since the database was opened, whatever the WAL's
    /// restarts: what the checkpointer compares from tick to tick.
    written: std::sync::atomic::AtomicI64,
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

    /// Called by the WAL hook after a commit that left `pages` in the WAL.
    fn commit(&self, pages: i64) {
        use std::sync::atomic::Ordering::Relaxed;
        let before = self.committed.swap(pages, Relaxed);
        // Shorter than before: the commit started the WAL over.
        let added = if pages >= before {
            pages - before
        } else {
            pages
        };
        self.written.fetch_add(added, Relaxed);
    }
}

/// What the checkpointer remembers from one tick to the next.
#[derive(Default)]
struct Ticks {
    /// [`WalState::written`] when the last complete checkpoint began.
    checkpointed: i64,
    /// [`WalState::written`] at the last tick.
    seen: i64,
}

impl Ticks {
    /// Whether to checkpoint now, given the frames written so far: many
    /// since the last checkpoint, or some and the writer quiet for a tick,
    /// or writes waiting for one.
    fn due(&mut self, written: i64, behind: bool) -> bool {
        let pending = written - self.checkpointed;
        let quiet = written == self.seen;
        self.seen = written;
        behind || pending >= CHECKPOINT_PAGES || (pending > 0 && quiet)
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
                let mut ticks = Ticks::default();
                // Until the store drops its sender.
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(wait)
                {
                    let written = seen.written.load(Relaxed);
                    if !ticks.due(written, seen.behind()) {
                        wait = CHECKPOINT_EVERY;
                        continue;
                    }
                    let t = Instant::now();
                    match conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                        Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
                    }) {
                        // -1: another connection was checkpointing.
                        Ok((pages, done)) if pages >= 0 => {
                            seen.done.store(done, Relaxed);
                            // A partial one (a reader held older frames)
                            // is tried again at the next tick.
                            if done == pages {
                                ticks.checkpointed = written;
                            }
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
        // Statement journals (every multi-row upsert has one) in memory,
        // not in temporary files.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Every statement ingest, the purge and the pages use stays prepared.
        conn.set_prepared_statement_cache_capacity(256);
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
                        wal.commit(pages);
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

    /// The statement `sql` with `$1` as `?1` (SQLite's numbered
    /// parameters), prepared once and cached.
    fn prepare(&mut self, sql: &str) -> Result<rusqlite::CachedStatement<'_>, StoreError> {
        // One lookup of the text for a statement seen before: hashing it
        // is most of this function's cost.
        if let Some(rewritten) = self.rewritten.get(sql) {
            return Ok(self.conn.prepare_cached(rewritten)?);
        }
        let rewritten = self
            .rewritten
            .entry(sql.to_owned())
            .or_insert_with(|| sql.replace('$', "?"));
        Ok(self.conn.prepare_cached(rewritten)?)
    }
}

/// A parameter bound without a copy.
struct Param<'a>(&'a Val);

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self.0 {
            Val::Null => ValueRef::Null,
            Val::Int(i) => ValueRef::Integer(*i),
            Val::Text(s) => ValueRef::Text(s.as_bytes()),
            Val::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl Backend for Sqlite {
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.conn.execute_batch(sql)?)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let mut st = self.prepare(sql)?;
        Ok(st.execute(rusqlite::params_from_iter(params.iter().map(Param)))? as u64)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, StoreError> {
        let mut st = self.prepare(sql)?;
        let n = st.column_count();
        let mut rows = st.query(rusqlite::params_from_iter(params.iter().map(Param)))?;
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
    fn size_bytes(&mut self) -> Result<Option<i64>, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |r| r.get(0),
        )?;
        Ok(Some(n))
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn checkpoints_wait_for_many_frames_or_a_quiet_writer() {
        use std::sync::atomic::Ordering::Relaxed;
        let wal = WalState::default();
        let mut ticks = Ticks::default();
        // A steady writer: 300 frames a tick, no checkpoint until 1,000.
        let mut due = Vec::new();
        for _ in 0..4 {
            wal.commit(wal.committed.load(Relaxed) + 300);
            due.push(ticks.due(wal.written.load(Relaxed), false));
        }
        assert_eq!(due, [false, false, false, true]);
        // The checkpoint took all 1,200; the writer starts the WAL over.
        ticks.checkpointed = wal.written.load(Relaxed);
        wal.commit(5);
        assert_eq!(wal.written.load(Relaxed), 1205, "a restart counts on");
        assert!(!ticks.due(1205, false), "5 frames, the writer busy");
        assert!(ticks.due(1205, false), "5 frames, the writer quiet a tick");
        ticks.checkpointed = 1205;
        assert!(!ticks.due(1205, false), "nothing left");
        assert!(ticks.due(1205, true), "a write waits for one");
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
}
