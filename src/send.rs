//! `send`, `flush` and `spool`: the delivery path. A report is in the spool
//! before any transport is tried and leaves it only with a receipt, which
//! the ledger records (cep-core's `delivery::flush`).

use std::path::PathBuf;

use crate::delivery::Broken;
pub use crate::delivery::Delivery;
use crate::spool::{Quarantined, Spool, UnrecordedReport};
use cep_core::uuid::Uuid;
use serde::Serialize;

use crate::agent::Agent;
use crate::error::{Error, Result};
use crate::hooks::Spooled;
use crate::report_path::{ArchiveSummary, Purpose, Selection, summary};

/// What `send` did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Sent {
    /// Reporting is off: nothing was collected, touched or sent.
    Disabled {
        /// Which source turned it off.
        reason: String,
    },
    /// `dry_run`: the report was built; nothing spooled or sent.
    DryRun {
        /// The report id.
        report_id: Uuid,
        /// Its size and digest.
        archive: ArchiveSummary,
        /// Where it would go: `<transport> to <destination>`.
        would_send_by: String,
        /// Reports already waiting in the spool, which would go first.
        waiting: usize,
        /// The spool directory.
        spool_dir: PathBuf,
    },
    /// The report was spooled, then the spool delivered.
    Sent {
        /// The new report in the spool.
        spooled: Spooled,
        /// The flush that followed.
        delivery: Box<Delivery>,
    },
}

/// What `flush` did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Flushed {
    /// Reporting is off: nothing was sent.
    Disabled {
        /// Which source turned it off.
        reason: String,
    },
    /// The spool was delivered.
    Delivered(Box<Delivery>),
}

/// What `cep spool` shows.
#[derive(Debug, Clone, Serialize)]
pub struct SpoolView {
    /// The spool directory.
    pub dir: PathBuf,
    /// Reports waiting, oldest first.
    pub pending: Vec<PendingReport>,
    /// Unreadable files.
    pub bad: Vec<Quarantined>,
    /// Reports the server refused.
    pub rejected: Vec<Quarantined>,
    /// Entries that are not reports (listed, never moved by `cep spool`).
    pub strays: Vec<StrayFile>,
    /// Reports delivered whose ledger line is still owed.
    pub delivered_unrecorded: Vec<UnrecordedReport>,
    /// Notes for the next report (reports dropped from a full spool).
    pub notes: Vec<String>,
}

/// An entry of the spool directory that is not a report.
#[derive(Debug, Clone, Serialize)]
pub struct StrayFile {
    /// The entry.
    pub file: PathBuf,
    /// What it is (`file`, `symlink`, `fifo`, `directory`, ...).
    pub kind: String,
    /// Why it is not a report.
    pub reason: String,
    /// Whether the next delivery moves it to `spool/bad/`.
    pub set_aside_by_delivery: bool,
}

/// A report waiting in the spool.
#[derive(Debug, Clone, Serialize)]
pub struct PendingReport {
    /// Its id.
    pub report_id: Uuid,
    /// When it was spooled (UTC, `%Y-%m-%dT%H:%M:%SZ`).
    pub spooled_at: String,
    /// Its size.
    pub bytes: u64,
    /// Its file.
    pub file: PathBuf,
}

impl Agent {
    /// Delivers the spool, oldest first, with retries within the
    /// configured budget; each receipt goes to the ledger. A transport
    /// that cannot be built is a broken delivery: the reports stay.
    pub(crate) fn deliver(&self, spool: &Spool) -> Result<Delivery> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(Error::Runtime)?;
        let clock = crate::delivery::TokioClock::default();
        // Every archive is checked again on its way out, by a guard built
        // as the report path builds it.
        let privacy = self.privacy_guard(&self.host()?, &self.collectors()?)?;
        let flushed = self.with_transport(|transport| {
            rt.block_on(crate::delivery::flush(
                spool,
                transport,
                &self.config.retry,
                &clock,
                &privacy,
            ))
        });
        match flushed {
            Ok(r) => Ok(r?),
            Err(e) => {
                let summary = crate::agent::transport_summary(&self.config.transport);
                Ok(Delivery {
                    transport: summary.kind,
                    destination: summary.destination,
                    spool_dir: spool.dir().to_owned(),
                    remaining: spool.pending()?.len(),
                    broken: Some(Broken::Setup(e.to_string())),
                    ..Delivery::default()
                })
            }
        }
    }

    /// Puts a sealed report into the spool: from here on it is never lost.
    /// `notes` are the spool notes the report carries in its collect.log.
    pub(crate) fn spool_report(
        &self,
        spool: &Spool,
        sealed: &cep_core::Sealed,
        notes: &[String],
    ) -> Result<Spooled> {
        let added = spool.add(sealed)?;
        spool.forget_notes(notes)?;
        let spooled = Spooled {
            report_id: added.entry.report_id,
            bytes: added.entry.size,
            dropped: added.dropped.iter().map(|d| d.report_id).collect(),
        };
        self.tell(crate::hooks::Progress::Spooled(&spooled));
        Ok(spooled)
    }

    /// `cep send`: consent and the in-container check first; then builds
    /// the full report (collectors, scripts, privacy guard), spools it and
    /// delivers the spool. With `dry_run` the report is built and nothing
    /// is spooled, sent or written (not even a host id).
    ///
    /// ```no_run
    /// let agent = cep::Agent::builder().client("my-installer", "1.0").build()?;
    /// if let cep::Sent::Sent { delivery, .. } = agent.send(false)? {
    ///     if let Some(e) = delivery.failure() {
    ///         return Err(e.into());
    ///     }
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn send(&self, dry_run: bool) -> Result<Sent> {
        let host = match self.preflight()? {
            Ok(host) => host,
            Err(reason) => return Ok(Sent::Disabled { reason }),
        };
        let spool = self.spool();
        let notes = spool.notes();
        self.collectors()?;
        if !dry_run {
            self.prepare_transport()?;
        }
        // A dry run makes no host id either: it leaves no trace.
        let (host_id, id_line) = if dry_run {
            self.preview_host_id()?
        } else {
            self.host_id_logged()?
        };
        let client_id = self.report_client_id(host_id);
        let p = self.build(
            &host,
            Selection::All,
            client_id,
            id_line.into_iter().collect(),
            // A dry run leaves no trace: a stopped report is not
            // quarantined, no field counts as sent.
            if dry_run {
                Purpose::Preview
            } else {
                Purpose::Send
            },
        )?;
        if dry_run {
            let would_send_by = self.with_transport(crate::agent::describe)?;
            return Ok(Sent::DryRun {
                report_id: p.archive().report_id,
                archive: summary(p.archive()),
                would_send_by,
                waiting: spool.pending()?.len(),
                spool_dir: spool.dir().to_owned(),
            });
        }
        let spooled = self.spool_report(&spool, &p, &notes)?;
        let delivery = Box::new(self.deliver(&spool)?);
        Ok(Sent::Sent { spooled, delivery })
    }

    /// `cep flush`: delivers what waits in the spool (collects nothing);
    /// consent and the in-container check first.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .transport(cep::transport::FileTransport::new(dir.path().join("out.tar.gz")))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// match agent.flush()? {
    ///     cep::Flushed::Delivered(d) => assert!(d.delivered.is_empty()), // an empty spool
    ///     other => panic!("{other:?}"),
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn flush(&self) -> Result<Flushed> {
        if let Err(reason) = self.preflight()? {
            return Ok(Flushed::Disabled { reason });
        }
        Ok(Flushed::Delivered(Box::new(self.deliver(&self.spool())?)))
    }

    /// `cep spool`: pending, bad and rejected reports. Reads only.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .build()?;
    /// let spool = agent.spool_status()?;
    /// assert!(spool.pending.is_empty() && spool.rejected.is_empty());
    /// assert_eq!(spool.dir, dir.path().join("state/spool"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn spool_status(&self) -> Result<SpoolView> {
        let spool = self.spool();
        let stamp = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        let listing = spool.scan()?;
        Ok(SpoolView {
            dir: spool.dir().to_owned(),
            pending: listing
                .pending
                .iter()
                .map(|e| PendingReport {
                    report_id: e.report_id,
                    spooled_at: stamp(e.spooled_at),
                    bytes: e.size,
                    file: e.path.clone(),
                })
                .collect(),
            bad: spool.bad()?.iter().map(Quarantined::clone).collect(),
            rejected: spool.rejected()?.iter().map(Quarantined::clone).collect(),
            strays: listing
                .strays
                .iter()
                .map(|t| StrayFile {
                    file: t.path.clone(),
                    kind: t.kind.as_str().to_owned(),
                    reason: t.reason(),
                    set_aside_by_delivery: t.set_aside(),
                })
                .collect(),
            delivered_unrecorded: spool
                .unrecorded()?
                .into_iter()
                .map(UnrecordedReport::from)
                .collect(),
            notes: spool.notes(),
        })
    }
}
