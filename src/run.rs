//! The run loop (`cep run`, the timer's entry point) and `cep schedule`.
//!
//! One run: consent and the in-container check first (off: touch nothing),
//! then the lock (`<state-dir>/lock`; a second run returns at once), then
//! the due collectors (schedule + host offset + `state.json`), one report
//! of their sections, the spool, the new last-run times, and delivery. A
//! crash before the report is spooled leaves the collectors due; a crash
//! after leaves them done and the report in the spool.

use std::path::PathBuf;

use crate::schedule::{Due, Slots};
use crate::state::{PendingRun, RunState};
use cep_core::uuid::Uuid;
use cep_core::{ManifestEntry, Schedule};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, Zoned};
use serde::Serialize;

use crate::agent::Agent;
use crate::error::{Error, Result};
use crate::hooks::{RunPoint, Spooled};
use crate::report_path::{Purpose, Selection};
use crate::send::Delivery;

/// Which collectors a run takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunMode {
    /// Those due by their schedule (the timer's tick).
    #[default]
    Due,
    /// Every enabled collector and the scripts, due or not.
    All,
}

/// A time shown in the local time zone: RFC 3339 with offset in JSON,
/// `%Y-%m-%d %H:%M %Z` as text.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalTime(pub Zoned);

impl LocalTime {
    fn new(t: Timestamp, tz: &TimeZone) -> LocalTime {
        LocalTime(t.to_zoned(tz.clone()))
    }

    /// The instant.
    pub fn timestamp(&self) -> Timestamp {
        self.0.timestamp()
    }
}

impl std::fmt::Display for LocalTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.strftime("%Y-%m-%d %H:%M %Z"))
    }
}

impl Serialize for LocalTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.0.strftime("%Y-%m-%dT%H:%M:%S%:z"))
    }
}

/// The collector due soonest.
#[derive(Debug, Clone, Serialize)]
pub struct NextDue {
    /// Its id.
    pub id: String,
    /// When.
    pub at: LocalTime,
}

/// What [`Agent::run`] did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RunOutcome {
    /// Reporting is off: nothing was touched.
    Disabled {
        /// Which source turned it off.
        reason: String,
    },
    /// Another run holds the lock: nothing was done.
    AlreadyRunning {
        /// The lock file.
        lock: PathBuf,
    },
    /// No collector was due; reports left by earlier runs were delivered.
    NothingDue {
        /// The next collector due, unless every one is off.
        next: Option<NextDue>,
        /// The flush of what earlier runs left (`None`: the spool was
        /// empty).
        delivery: Option<Delivery>,
    },
    /// The due collectors ran; their report was spooled, recorded and
    /// delivered with whatever else waited.
    Ran {
        /// The report id.
        report_id: Uuid,
        /// Each collector's outcome, in report order.
        collectors: Vec<ManifestEntry>,
        /// The report in the spool.
        spooled: Spooled,
        /// The flush that followed.
        delivery: Option<Delivery>,
        /// Fields new to this host that the report withheld, with the
        /// date each starts.
        waiting: Vec<crate::notice::WaitingField>,
    },
}

impl RunOutcome {
    /// The error the run's delivery amounts to, if any (see
    /// [`Delivery::failure`]).
    pub fn failure(&self) -> Option<Error> {
        match self {
            RunOutcome::NothingDue { delivery, .. } | RunOutcome::Ran { delivery, .. } => {
                delivery.as_ref().and_then(Delivery::failure)
            }
            _ => None,
        }
    }
}

/// One row of `cep schedule`.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduleRow {
    /// Collector id (`scripts` for the external scripts).
    pub id: String,
    /// Its effective schedule.
    pub schedule: String,
    /// Its last run, if any.
    pub last_run: Option<LocalTime>,
    /// True when a run now would take it.
    pub due_now: bool,
    /// When it is due next (`now` when due); `None` when off.
    pub next_due: Option<LocalTime>,
}

/// What `cep schedule` shows.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduleView {
    /// The time the view is for.
    pub now: LocalTime,
    /// The local time zone's name.
    pub time_zone: String,
    /// This host's offset within each slot, in minutes.
    pub host_offset_minutes: i64,
    /// False when no host id exists yet (the offset is then 0).
    pub host_offset_known: bool,
    /// `schedule_spread` from the configuration.
    #[serde(skip)]
    pub schedule_spread: std::time::Duration,
    /// One row per enabled collector, then the scripts.
    pub collectors: Vec<ScheduleRow>,
}

impl Agent {
    fn state_file(&self) -> PathBuf {
        self.config.state_dir.join(crate::state::STATE_FILE)
    }

    /// True when `run`'s report is in the spool or in the ledger.
    fn spooled_or_delivered(&self, run: &PendingRun) -> bool {
        let id = run.report_id;
        self.spool()
            .pending()
            .is_ok_and(|p| p.iter().any(|e| e.report_id == id))
            || crate::ledger::Ledger::in_state_dir(&self.config.state_dir)
                .report_ids()
                .is_ok_and(|ids| ids.contains(&id))
    }

    /// Delivers the spool when it holds anything (a quiet tick stays
    /// quiet: no transport is built for an empty spool).
    fn flush_if_pending(&self) -> Result<Option<Delivery>> {
        let spool = self.spool();
        if spool.pending()?.is_empty() {
            return Ok(None);
        }
        self.deliver(&spool).map(Some)
    }

    /// Every scheduled unit: the enabled collectors, then the collector
    /// sets (the external scripts).
    fn units(&self) -> Result<Vec<(String, Schedule)>> {
        let mut units: Vec<(String, Schedule)> = self
            .collectors()?
            .iter()
            .map(|c| (c.id().to_owned(), self.schedule_of(c.as_ref())))
            .collect();
        units.extend(self.sets.iter().map(|s| (s.id().to_owned(), s.schedule())));
        Ok(units)
    }

    /// True when `id` names a collector set.
    fn is_set(&self, id: &str) -> bool {
        self.sets.iter().any(|s| s.id() == id)
    }

    /// [`Agent::run_at`] at the Agent's clock.
    pub fn run(&self, mode: RunMode) -> Result<RunOutcome> {
        self.run_at(self.now(), mode)
    }

    /// `cep run`: runs the collectors due at `now` (or all of them) into
    /// one report, spools it, records the run in state.json and delivers
    /// the spool. Consent is checked before anything touches the disk; one
    /// run at a time per state directory.
    ///
    /// ```no_run
    /// // A service's own timer: one call per tick.
    /// let agent = cep::Agent::builder().client("my-service", "2.1").build()?;
    /// loop {
    ///     match agent.run_at(jiff::Timestamp::now(), cep::RunMode::Due)? {
    ///         cep::RunOutcome::Ran { report_id, .. } => println!("sent {report_id}"),
    ///         other => println!("{other:?}"),
    ///     }
    ///     std::thread::sleep(std::time::Duration::from_secs(3600));
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run_at(&self, now: Timestamp, mode: RunMode) -> Result<RunOutcome> {
        let host = match self.preflight()? {
            Ok(host) => host,
            Err(reason) => return Ok(RunOutcome::Disabled { reason }),
        };
        let state_dir = &self.config.state_dir;
        let Some(_lock) = crate::lock::run_lock(state_dir)? else {
            return Ok(RunOutcome::AlreadyRunning {
                lock: state_dir.join("lock"),
            });
        };
        self.reached(RunPoint::Locked);
        let tz = TimeZone::system();
        let state_file = self.state_file();
        let (mut state, state_note) = RunState::load(&state_file)?;
        let mut log: Vec<String> = Vec::new();
        if let Some(n) = state_note {
            tracing::warn!("{n}");
            log.push(n);
        }
        // One read of the identity: a line comes back exactly when the id
        // was not simply loaded (made, adopted or remade).
        let (host_id, id_line) = self.host_id_logged()?;
        let new_id = id_line.is_some();
        log.extend(id_line);
        // A new host id (e.g. this host is a clone, with the image's
        // state.json) has reported nothing yet: everything is due under it.
        if new_id && !state.last_run.is_empty() {
            state = RunState::new();
            log.push("state: new host id; every collector is due".to_owned());
        }
        // A crash between spooling the last run's report and recording it:
        // when the report did reach the spool (or left it), its collectors
        // ran.
        if let Some(p) = state.pending.take() {
            if self.spooled_or_delivered(&p) {
                state.record(&p);
                log.push(format!(
                    "state: report {} of the run at {} reached the spool before an interruption; its collectors count as run",
                    p.report_id, p.at
                ));
            }
            state.save(&state_file)?;
        }
        let offset = crate::schedule::host_offset(&host_id, self.config.schedule_spread);
        let units = self.units()?;
        let all = mode == RunMode::All;
        let due: Vec<String> = units
            .iter()
            .filter(|(id, s)| {
                all || s
                    .due(state.last_run.get(id).copied(), now, &tz, offset)
                    .is_now()
            })
            .map(|(id, _)| id.clone())
            .collect();
        if due.is_empty() {
            let next = units
                .iter()
                .filter_map(|(id, s)| {
                    match s.due(state.last_run.get(id).copied(), now, &tz, offset) {
                        Due::At(t) => Some((id, t)),
                        Due::Now { .. } => Some((id, now)),
                        Due::Never => None,
                    }
                })
                .min_by_key(|(_, t)| *t)
                .map(|(id, t)| NextDue {
                    id: id.clone(),
                    at: LocalTime::new(t, &tz),
                });
            // Reports left by earlier runs still go out.
            let delivery = self.flush_if_pending()?;
            return Ok(RunOutcome::NothingDue { next, delivery });
        }
        // `--all` names what ran, not the set units it always includes.
        let named: Vec<&str> = due
            .iter()
            .map(String::as_str)
            .filter(|id| !all || !self.is_set(id))
            .collect();
        log.push(format!(
            "run: {} ({})",
            if all {
                "all collectors"
            } else {
                "due collectors"
            },
            named.join(", ")
        ));
        let spool = self.spool();
        let notes = spool.notes();
        let select = if all {
            Selection::All
        } else {
            Selection::Only(&due)
        };
        // A set's members report under ids of their own; the set's unit
        // is recorded as run by its id.
        let sets_due: Vec<String> = due.iter().filter(|id| self.is_set(id)).cloned().collect();
        self.prepare_transport()?;
        let client_id = self.report_client_id(host_id);
        let prepared = self.build(&host, select, client_id, log, Purpose::Send)?;
        self.reached(RunPoint::BeforeDeliver);
        // Every collector in the report counts as run, failed ones too: a
        // broken collector reports its error once per slot, not every tick.
        let mut ran: Vec<String> = prepared
            .report()
            .manifest
            .collectors
            .iter()
            .map(|e| e.id.clone())
            .collect();
        ran.extend(sets_due);
        let run = PendingRun {
            report_id: prepared.report().manifest.report_id,
            at: now,
            collectors: ran,
        };
        // Named before it is spooled, recorded once it is: see
        // cep-core::state.
        state.pending = Some(run.clone());
        state.save(&state_file)?;
        let spooled = self.spool_report(&spool, &prepared, &notes)?;
        self.reached(RunPoint::AfterSpool);
        state.record(&run);
        state.pending = None;
        state.save(&state_file)?;
        self.reached(RunPoint::BeforeFlush);
        let delivery = self.flush_if_pending();
        self.reached(RunPoint::AfterRecord);
        let (report, _) = prepared.into_parts();
        Ok(RunOutcome::Ran {
            report_id: report.manifest.report_id,
            collectors: report.manifest.collectors,
            spooled,
            delivery: delivery?,
            waiting: self.waiting_fields()?,
        })
    }

    /// `cep schedule`: when each collector is due next at the Agent's
    /// clock, with this host's offset. Reads only: no host id or state
    /// file is made.
    pub fn schedule(&self) -> Result<ScheduleView> {
        self.schedule_at(self.now())
    }

    /// [`Agent::schedule`] at `now`.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .build()?;
    /// let view = agent.schedule_at("2026-06-08T09:00:00Z".parse()?)?;
    /// // Nothing ran yet: every enabled collector is due.
    /// assert!(view.collectors.iter().filter(|r| r.id != "scripts").all(|r| r.due_now));
    /// assert!(!view.host_offset_known); // reading the schedule makes no host id
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn schedule_at(&self, now: Timestamp) -> Result<ScheduleView> {
        let tz = TimeZone::system();
        let host_id = self.stored_host_id()?;
        let offset = host_id
            .map(|id| crate::schedule::host_offset(&id, self.config.schedule_spread))
            .unwrap_or(SignedDuration::ZERO);
        let (state, note) = RunState::load(&self.state_file())?;
        if let Some(n) = note {
            tracing::warn!("{n}");
        }
        let collectors = self
            .units()?
            .into_iter()
            .map(|(id, s)| {
                let last = state.last_run.get(&id).copied();
                let due = s.due(last, now, &tz, offset);
                ScheduleRow {
                    schedule: crate::schedule::text(&s),
                    last_run: last.map(|t| LocalTime::new(t, &tz)),
                    due_now: due.is_now(),
                    next_due: match due {
                        Due::Now { .. } => Some(LocalTime::new(now, &tz)),
                        Due::At(t) => Some(LocalTime::new(t, &tz)),
                        Due::Never => None,
                    },
                    id,
                }
            })
            .collect();
        Ok(ScheduleView {
            now: LocalTime::new(now, &tz),
            time_zone: tz.iana_name().unwrap_or("local").to_owned(),
            host_offset_minutes: offset.as_secs() / 60,
            host_offset_known: host_id.is_some(),
            schedule_spread: self.config.schedule_spread,
            collectors,
        })
    }
}
