//! The store thread: it owns the database connection, commits the
//! reports that queued up during the previous transaction together (group
//! commit), and runs the retention purge's steps while nothing else waits.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use super::error::ApiError;
use crate::store::{
    ForgetReceipt, Incoming, OutboxBounds, Prepared, Purged, RetentionPurge, SchemaStatus, Stats,
    StatsOptions, Store, Stored,
};
use crate::telemetry::Telemetry;

/// How long one retention step may hold the store thread: a request that
/// arrives during a step waits for it.
const PURGE_STEP: Duration = Duration::from_millis(10);

/// Work on the store that a caller ships as a closure (the relay's
/// outbox, the fleet view); it answers through its own channel.
type Call = Box<dyn FnOnce(&mut Store) + Send>;

enum Job {
    /// A report, with the archive a relay forwards for it.
    Ingest(
        Box<Prepared>,
        Option<Vec<u8>>,
        oneshot::Sender<Result<Stored, String>>,
    ),
    Call(Call),
    Stats(StatsOptions, oneshot::Sender<Result<Stats, String>>),
    /// The hourly purge: per-host rows past the retention, archives past
    /// `--keep-archives-days` (0: kept archives are not touched).
    Retain {
        days: i64,
        archive_days: i64,
    },
    Forget(Uuid, oneshot::Sender<Result<ForgetReceipt, String>>),
    Schema(oneshot::Sender<Result<SchemaStatus, String>>),
    /// Whether the database answers (`/readyz`).
    Ready(oneshot::Sender<Result<(), String>>),
    /// The database's size in bytes, when the backend knows it.
    Size(oneshot::Sender<Result<Option<i64>, String>>),
    /// Commit what queued before this, close the database and end; the
    /// answer comes once it is closed.
    Stop(oneshot::Sender<()>),
}

/// The store thread's queue: the jobs it holds at most.
const QUEUE: usize = 4096;

/// Sends work to the store thread.
#[derive(Clone)]
pub struct StoreHandle {
    tx: mpsc::Sender<Job>,
    /// Reports stored (new ones) since the thread started.
    committed: Arc<AtomicU64>,
}

/// Now, in unix seconds.
pub(super) fn now_secs() -> i64 {
    #[cfg(feature = "test-clock")]
    if let Some(t) = test_now() {
        return t;
    }
    jiff::Timestamp::now().as_second()
}

/// The clock of the server's tests: `CEP_SERVER_TEST_NOW=<RFC 3339 time>`
/// stops it there. Only the tests' build has it (the `test-clock`
/// feature, which cep-server's own dev-dependency turns on), so a release
/// build never reads the variable.
#[cfg(feature = "test-clock")]
fn test_now() -> Option<i64> {
    static NOW: std::sync::OnceLock<Option<i64>> = std::sync::OnceLock::new();
    *NOW.get_or_init(|| {
        let v = std::env::var("CEP_SERVER_TEST_NOW").ok()?;
        match v.parse::<jiff::Timestamp>() {
            Ok(t) => Some(t.as_second()),
            Err(e) => {
                tracing::error!("CEP_SERVER_TEST_NOW={v:?} is not an RFC 3339 time ({e}): ignored");
                None
            }
        }
    })
}

impl StoreHandle {
    /// Starts the thread that owns the store. Writes that queue up while a
    /// transaction runs go into the next one together (group commit). A
    /// relay's (`outbox`: its bounds) queues the reports to forward in
    /// the same transactions and forgets hosts upstream too.
    pub fn spawn(
        mut store: Store,
        batch: usize,
        telemetry: Arc<Telemetry>,
        outbox: Option<OutboxBounds>,
    ) -> StoreHandle {
        let (tx, mut rx) = mpsc::channel::<Job>(QUEUE);
        let committed = Arc::new(AtomicU64::new(0));
        let counter = committed.clone();
        std::thread::Builder::new()
            .name("cep-store".into())
            .spawn(move || {
                // A retention purge with steps left: they run only while no
                // other work waits, so ingest and stats never queue behind it.
                let mut retaining: Option<RetentionPurge> = None;
                let mut stopped = None;
                while stopped.is_none() {
                    let job = match retaining {
                        Some(_) => match rx.try_recv() {
                            Ok(job) => job,
                            // The database is behind with earlier writes
                            // (a WAL to checkpoint): the purge can wait.
                            Err(mpsc::error::TryRecvError::Empty) if store.should_yield() => {
                                std::thread::sleep(Duration::from_millis(1));
                                continue;
                            }
                            Err(mpsc::error::TryRecvError::Empty) => {
                                retention_step(&mut store, &mut retaining, &telemetry);
                                continue;
                            }
                            Err(mpsc::error::TryRecvError::Disconnected) => break,
                        },
                        None => match rx.blocking_recv() {
                            Some(job) => job,
                            None => break,
                        },
                    };
                    let mut items = Vec::new();
                    let mut forwards = Vec::new();
                    let mut replies = Vec::new();
                    let mut others = Vec::new();
                    let mut next = Some(job);
                    while let Some(job) = next.take() {
                        match job {
                            Job::Ingest(i, f, r) => {
                                items.push(*i);
                                forwards.push(f);
                                replies.push(r);
                            }
                            other => others.push(other),
                        }
                        if items.len() < batch.max(1) {
                            next = rx.try_recv().ok();
                        }
                    }
                    if !items.is_empty() {
                        let res = match outbox {
                            Some(bounds) => store
                                .ingest_relayed(&items, &forwards, bounds, now_secs())
                                .map(|(stored, dropped)| {
                                    if dropped > 0 {
                                        telemetry.outbox_dropped(dropped);
                                        tracing::warn!(
                                            "outbox full: dropped the {dropped} oldest reports not yet forwarded"
                                        );
                                    }
                                    stored
                                }),
                            None => store.ingest_prepared(&items, now_secs()),
                        };
                        match res {
                            Ok(res) => {
                                let new = res.iter().filter(|s| matches!(s, Stored::New(_)));
                                counter.fetch_add(new.count() as u64, Ordering::Relaxed);
                                for (r, s) in replies.into_iter().zip(res) {
                                    let _ = r.send(Ok(s));
                                }
                            }
                            Err(e) => {
                                tracing::error!("storing {} reports failed: {e}", items.len());
                                for r in replies {
                                    let _ = r.send(Err(e.to_string()));
                                }
                            }
                        }
                    }
                    for job in others {
                        match job {
                            Job::Stats(opts, r) => {
                                let _ = r.send(
                                    store.stats(now_secs(), &opts).map_err(|e| e.to_string()),
                                );
                            }
                            // A purge under way goes on with its own cutoffs.
                            Job::Retain { days, archive_days } => {
                                if retaining.is_none() {
                                    telemetry.purge_started();
                                    retaining = Some(
                                        RetentionPurge::paced(now_secs(), days, PURGE_STEP)
                                            .archives(archive_days),
                                    );
                                }
                            }
                            Job::Forget(host, r) => {
                                let _ = r.send(
                                    store
                                        .forget_and_forward(host, now_secs(), outbox.is_some())
                                        .map_err(|e| e.to_string()),
                                );
                            }
                            Job::Call(f) => f(&mut store),
                            Job::Schema(r) => {
                                let _ = r.send(store.schema_status().map_err(|e| e.to_string()));
                            }
                            Job::Ready(r) => {
                                let _ = r.send(store.ready().map_err(|e| e.to_string()));
                            }
                            Job::Size(r) => {
                                let _ = r.send(store.size_bytes().map_err(|e| e.to_string()));
                            }
                            Job::Stop(r) => stopped = Some(r),
                            Job::Ingest(..) => {}
                        }
                    }
                }
                // Closing the last connection checkpoints SQLite's WAL.
                drop(store);
                if let Some(r) = stopped {
                    let _ = r.send(());
                }
            })
            .expect("spawning the store thread");
        StoreHandle { tx, committed }
    }

    /// Reports stored since the store thread started.
    pub fn committed(&self) -> u64 {
        self.committed.load(Ordering::Relaxed)
    }

    /// Commits what is queued, closes the database and ends the thread;
    /// returns [`StoreHandle::committed`] at the end. Later jobs find the
    /// store not running.
    pub async fn stop(&self) -> u64 {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Job::Stop(tx)).await.is_ok() {
            let _ = rx.await;
        }
        self.committed()
    }

    /// Stores a report; a relay queues `forward` (the archive it forwards
    /// for it) in the same transaction when the report is new.
    pub(super) async fn ingest(
        &self,
        i: Incoming,
        forward: Option<Vec<u8>>,
    ) -> Result<Stored, ApiError> {
        let (tx, rx) = oneshot::channel();
        // Here, in the handler, rather than on the one store thread; its
        // sections were reduced to the policy by `screen`.
        let prepared = Prepared::screened(i);
        self.tx
            .send(Job::Ingest(Box::new(prepared), forward, tx))
            .await
            .map_err(|_| ApiError::unavailable("the store is not running"))?;
        rx.await
            .map_err(|_| ApiError::unavailable("the store is not running"))?
            .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
    }

    /// Runs `f` on the store thread, between transactions of other work;
    /// its answer.
    pub async fn call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, crate::store::StoreError> + Send + 'static,
    ) -> Result<T, String> {
        self.ask(move |tx| {
            Job::Call(Box::new(move |store: &mut Store| {
                let _ = tx.send(f(store).map_err(|e| e.to_string()));
            }))
        })
        .await
    }

    /// Computes the stats.
    pub async fn stats(&self, opts: StatsOptions) -> Result<Stats, String> {
        self.ask(|tx| Job::Stats(opts, tx)).await
    }

    /// Sends the job `make` builds around a reply channel; its answer.
    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, String>>) -> Job,
    ) -> Result<T, String> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(make(tx))
            .await
            .map_err(|_| "the store is not running".to_owned())?;
        rx.await
            .map_err(|_| "the store is not running".to_owned())?
    }

    pub(super) async fn forget(&self, host: Uuid) -> Result<ForgetReceipt, ApiError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(Job::Forget(host, tx))
            .await
            .map_err(|_| ApiError::unavailable("the store is not running"))?;
        rx.await
            .map_err(|_| ApiError::unavailable("the store is not running"))?
            .map_err(|e| ApiError::unavailable(&format!("database error: {e}")))
    }

    /// Where the database's schema stands (for a readiness check: the
    /// store thread starts only after the migrations, so a store that
    /// answers is at its version unless someone changed the database
    /// since).
    pub async fn schema_status(&self) -> Result<SchemaStatus, String> {
        self.ask(Job::Schema).await
    }

    /// Whether the database answers a trivial query (and, through
    /// [`Store::ready`], whatever else readiness needs).
    pub async fn ready(&self) -> Result<(), String> {
        self.ask(Job::Ready).await
    }

    /// The database's size in bytes (`None`: the backend cannot tell).
    pub async fn size_bytes(&self) -> Result<Option<i64>, String> {
        self.ask(Job::Size).await
    }

    /// Jobs waiting in the store thread's queue.
    pub fn queued(&self) -> usize {
        QUEUE.saturating_sub(self.tx.capacity())
    }

    pub(super) fn retain(&self, days: i64, archive_days: i64) {
        let _ = self.tx.try_send(Job::Retain { days, archive_days });
    }
}

/// One step of the purge under way; says what it erased when it ends.
fn retention_step(
    store: &mut Store,
    retaining: &mut Option<RetentionPurge>,
    telemetry: &Telemetry,
) {
    let Some(purge) = retaining.as_mut() else {
        return;
    };
    match purge.step(store) {
        Ok(true) => return,
        Ok(false) => {
            let p = purge.erased();
            telemetry.purge_finished(p, now_secs());
            if p != Purged::default() {
                tracing::info!(
                    "retention: erased {} silent hosts' rows, {} report rows and {} kept archives",
                    p.hosts,
                    p.reports,
                    p.archives
                );
            }
        }
        Err(e) => {
            telemetry.purge_finished(Purged::default(), now_secs());
            tracing::error!("retention purge failed: {e}");
        }
    }
    *retaining = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_store_thread_says_where_the_schema_stands() {
        let store = Store::new(Box::new(crate::store::Sqlite::open(":memory:").unwrap())).unwrap();
        let st = StoreHandle::spawn(store, 8, Default::default(), None)
            .schema_status()
            .await
            .unwrap();
        assert!(st.ready(), "{st:?}");
        assert_eq!((st.current, st.target), (5, crate::store::schema::TARGET));
        assert!(st.pending.is_empty());
    }
}
