//! Retention: the per-host rows older than the retention erased in short
//! steps, paced to a time budget, without touching an aggregate.

use std::time::{Duration, Instant};

use super::backend::{StoreError, Val};
use super::base::{DAY, Store, week_of};
use super::published::StatsOptions;
use super::sections;

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

impl Store {
    /// Retention: erases the per-host rows older than `days` days, keeping
    /// the aggregates, so no published number changes. Hosts whose last
    /// report is older lose every row (`hosts` with their sections,
    /// `host_keys`, `host_weeks`); report rows (the dedup keys) and
    /// sections older than that go for every host; the per-host shares of weekly numbers
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

    /// One transaction of a purge: at most `chunk` rows of `stage`. Returns how many
    /// went (hosts for [`PurgeStage::Hosts`]) and whether the stage is done.
    fn purge_rows(
        &mut self,
        stage: PurgeStage,
        cutoff: i64,
        week: i64,
        chunk: i64,
    ) -> Result<(u64, bool), StoreError> {
        let at = cutoff;
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
                for table in ["host_keys", "host_weeks"] {
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
            // Old sections of hosts still reporting: the hosts holding one,
            // in the order of the `oldest` index, each rewritten without
            // them (so never chosen again).
            PurgeStage::Sections => {
                let rows = s.db.query(
                    &format!(
                        "SELECT host_id, sections, last_seen FROM hosts WHERE oldest < $1 \
                         ORDER BY oldest LIMIT {chunk}"
                    ),
                    one,
                )?;
                let n = rows.len() as u64;
                for row in rows {
                    let mut it = row.into_iter();
                    let (Some(h), Some(text), Some(seen)) = (it.next(), it.next(), it.next())
                    else {
                        continue;
                    };
                    let host = h.text()?;
                    // No sections, an `oldest` all the same: cleared, so
                    // that the row is not chosen again.
                    let Val::Text(text) = text else {
                        s.db.exec(
                            "UPDATE hosts SET oldest = NULL WHERE host_id = $1",
                            &[host.into()],
                        )?;
                        continue;
                    };
                    let doc = sections::parse(&host, &text)?;
                    let kept = doc
                        .iter()
                        .filter(|(_, (t, _))| *t >= at)
                        .map(|(c, (t, s))| (c.as_str(), (*t, s.get())))
                        .collect();
                    let (text, oldest) = sections::columns(&kept, seen.int()?);
                    s.db.exec(
                        "UPDATE hosts SET sections = $2, oldest = $3 WHERE host_id = $1",
                        &[host.into(), text, oldest],
                    )?;
                }
                Ok((n, short(n)))
            }
            // Their shares of weeks older than the retention, in the order
            // of the week index.
            PurgeStage::Shares => {
                let n = s.db.exec(
                    &format!(
                        "DELETE FROM host_weeks WHERE (host_id, week) IN \
                         (SELECT host_id, week FROM host_weeks WHERE week < $1 ORDER BY week LIMIT {chunk})"
                    ),
                    &[week.into()],
                )?;
                Ok((n, short(n)))
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backend::Val;
    use crate::store::ingest::Incoming;
    use crate::store::sqlite::Sqlite;
    use crate::store::testutil::*;
    use serde_json::json;
    use uuid::Uuid;

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
        for (table, n) in [("reports", 1), ("hosts", 1)] {
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
        let weekly = "SELECT week FROM host_weeks ORDER BY week";
        assert!(rows(&mut s, weekly).iter().any(|r| r[0] == old_week));
        // Its vz.containers section is older than its last report.
        let oldest = rows(&mut s, "SELECT oldest FROM hosts");
        assert_eq!(oldest, vec![vec![Val::Int(T0)]]);
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
        let f = s.host_facts(Uuid::from_u128(1)).unwrap();
        assert_eq!(f.keys().collect::<Vec<_>>(), ["os.kernel"]);
        assert_eq!(f["os.kernel"].0, late);
        // Every section it has came with its last report.
        let oldest = rows(&mut s, "SELECT oldest FROM hosts");
        assert_eq!(oldest, vec![vec![Val::Null]]);
        let left = rows(&mut s, weekly);
        assert_eq!(left.len(), 3, "{left:?}");
        assert!(left.iter().all(|r| r[0] != old_week), "{left:?}");
        assert_eq!(published(&mut s, late), before);
    }

    #[test]
    fn a_host_with_an_oldest_time_and_no_sections_is_cleared_not_chosen_again() {
        let mut s = Store::new(Box::new(Sqlite::open(":memory:").unwrap())).unwrap();
        let late = T0 + 200 * DAY;
        s.ingest(&[incoming(1, 1, kernel("3.10.0", "vz7"))], late)
            .unwrap();
        // What no ingest writes: an oldest time without sections.
        s.db.exec(
            "UPDATE hosts SET sections = NULL, oldest = $1",
            &[T0.into()],
        )
        .unwrap();
        let days = StatsOptions::default().default_retention();
        s.purge_old_rows(late, days).unwrap();
        let rows =
            s.db.query("SELECT last_seen, sections, oldest FROM hosts", &[])
                .unwrap();
        assert_eq!(rows, vec![vec![Val::Int(late), Val::Null, Val::Null]]);
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
        for table in ["hosts", "reports", "host_keys", "host_weeks"] {
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
}
