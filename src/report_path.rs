//! The one report path behind `collect`, `show`, `send` and `run`:
//! collectors, then the external scripts, then the privacy guard (scrub,
//! then check the archive), so what is reviewed is what is sent.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::quarantine::OnVeto;
use cep_core::{Collector, Host, ManifestEntry, PipelineError, PrivacyGuard, Sealed, Section};
use serde::Serialize;

use crate::agent::Agent;
use crate::error::{Error, Result};

/// What `cep show` prints: the sealed archive decoded, byte for byte what
/// would be sent.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    /// The manifest.
    pub manifest: cep_core::Manifest,
    /// Each section by collector id: a JSON object or the text.
    pub sections: serde_json::Map<String, serde_json::Value>,
    /// collect.log.
    pub log: String,
    /// The archive's size and digest.
    pub archive: ArchiveSummary,
}

/// An archive's size and digest.
#[derive(Debug, Clone, Serialize)]
pub struct ArchiveSummary {
    /// Size in bytes.
    pub bytes: usize,
    /// SHA-256, hex.
    pub sha256: String,
}

/// What `cep collect` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct Collected {
    /// The file written.
    pub path: PathBuf,
    /// The report id.
    pub report_id: cep_core::uuid::Uuid,
    /// The archive's size and digest.
    pub archive: ArchiveSummary,
    /// Each collector's outcome, in report order.
    pub collectors: Vec<ManifestEntry>,
}

/// Which collectors a report holds.
pub(crate) enum Selection<'a> {
    /// Every enabled collector and every collector set.
    All,
    /// These ids (a collector set's id, `scripts`, for all its members).
    Only(&'a [String]),
}

/// What a report is built for: what it may leave behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// `cep show`, `send --dry-run`: nothing written, a stopped report
    /// not quarantined.
    Preview,
    /// `cep collect`: the archive is written for review; a stopped report
    /// is quarantined; nothing counts as sent.
    Review,
    /// `cep send`, `cep run`: first sightings of new fields and the fields
    /// sent are recorded (fields.json).
    Send,
}

impl Purpose {
    fn on_veto(self) -> OnVeto {
        match self {
            Purpose::Preview => OnVeto::Discard,
            Purpose::Review | Purpose::Send => OnVeto::Quarantine,
        }
    }
}

impl Selection<'_> {
    fn has(&self, id: &str) -> bool {
        match self {
            Selection::All => true,
            Selection::Only(ids) => ids.iter().any(|i| i == id),
        }
    }
}

impl Agent {
    /// Removes each collector's `never_send` fields from its JSON section;
    /// returns them by collector and says so in collect.log.
    fn withhold_never_send(
        &self,
        collection: &mut cep_core::Collection,
    ) -> std::collections::BTreeMap<String, Vec<String>> {
        let mut out = std::collections::BTreeMap::new();
        for o in &mut collection.outcomes {
            let never = &self.config.collector(&o.id).never_send;
            let Some(Section::Json(v)) = &mut o.section else {
                continue;
            };
            if never.is_empty() {
                continue;
            }
            let removed = cep_core::policy::remove_fields(v, &never.iter().cloned().collect());
            if !removed.is_empty() {
                out.insert(o.id.clone(), removed);
            }
        }
        for (id, fields) in &out {
            collection.log.push(format!(
                "never_send: {} of {id} kept on this host ([collectors.\"{id}\"] never_send)",
                fields.join(", ")
            ));
        }
        out
    }

    /// The privacy guard of a report built on `host` with these
    /// collectors: the host's own values (container names from the
    /// listing the collectors read anyway), the administrator's
    /// `never_send`, and the collectors' declared fields.
    pub(crate) fn privacy_guard(
        &self,
        host: &Host,
        collectors: &[Arc<dyn Collector>],
    ) -> Result<PrivacyGuard> {
        let mut secrets = cep_collectors::secrets::gather_with(
            host,
            cep_collectors::vz_containers::container_names,
        );
        secrets.add_never_send(&self.config.privacy.never_send);
        Ok(PrivacyGuard::with_fields(&secrets, collectors)?)
    }

    /// Runs the selected collectors (and the scripts when selected) on
    /// `host` and seals the guarded archive. The privacy guard checks each
    /// value against its field's kind, scrubs free text and scans the
    /// archive; a hit sends the archive to `<state-dir>/quarantine/`, or
    /// nowhere for a preview (`on_veto`), and the error names member and
    /// detector.
    pub(crate) fn build(
        &self,
        host: &Host,
        select: Selection<'_>,
        client_id: cep_core::uuid::Uuid,
        extra_log: Vec<String>,
        purpose: Purpose,
    ) -> Result<Sealed> {
        let on_veto = purpose.on_veto();
        let mut collectors = self.collectors()?;
        collectors.retain(|c| select.has(c.id()));
        let mut log: Vec<String> = self
            .config
            .notes
            .iter()
            .map(|n| format!("config: {n}"))
            .collect();
        log.extend(extra_log);
        // Reports dropped from a full spool are told in the next report.
        log.extend(self.spool().notes());
        let run_options = cep_core::RunOptions {
            deadline: self.config.limits.collector_timeout,
            ..cep_core::RunOptions::default()
        };
        // Building the privacy guard (every container's host name learnt,
        // an automaton compiled) costs about as much as collecting on a big
        // node: overlap the two. The names come from the container listing
        // the collectors read anyway (one vzlist run, one parse).
        let (privacy, mut collection) = std::thread::scope(|s| {
            let guard = s.spawn(|| self.privacy_guard(host, &collectors));
            let collection = cep_core::run_collectors(&collectors, host, &run_options);
            (guard.join(), collection)
        });
        let privacy = privacy.map_err(|_| Error::Invalid {
            message:
                "building the privacy guard failed unexpectedly; nothing was collected for sending"
                    .into(),
        })??;
        log.append(&mut collection.log);
        collection.log = log;
        // Collector sets (the external scripts) run after the collectors,
        // into the same collection, before anything is sealed.
        for set in self.sets.iter().filter(|s| select.has(s.id())) {
            collection.append(set.run(host));
        }
        // The administrator's never_send, whatever the receiver.
        let never = self.withhold_never_send(&mut collection);
        // The collection policy: fields no published table reads stay
        // here; then fields new to this host wait for their notice.
        let choice = self.current_policy();
        let note = match &choice.policy {
            Some(policy) => {
                collection.log.push(format!(
                    "policy: {} from {}: {}",
                    policy.version, choice.source, choice.reason
                ));
                let mut note = policy.apply(&mut collection, choice.source);
                note.reason = Some(choice.reason.clone());
                note.sha256 = choice.sha256.clone();
                note.never_send = never;
                let plan = self.notice_plan(policy, self.now())?;
                note.notice = plan.apply(&mut collection);
                collection.log.extend(plan.note.clone());
                collection.log.extend(plan.line());
                if purpose == Purpose::Send {
                    crate::notice::save(&self.fields_file(), &plan.next)?;
                }
                Some(note)
            }
            None => None,
        };
        // Created at the Agent's clock, the time its run and state go by.
        let mut report = cep_core::Report::with_identity(
            collection,
            client_id,
            self.client.clone(),
            cep_core::uuid::Uuid::new_v4(),
            std::time::SystemTime::from(self.now()),
        );
        report.manifest.policy = note;
        match cep_core::seal(report, &privacy, &[]) {
            Ok(p) => Ok(p),
            Err(PipelineError::Vetoed { violation, archive }) => {
                match on_veto.dispose(&self.config.state_dir, &archive) {
                    Ok(None) => Err(Error::Stopped { violation }),
                    Ok(Some(quarantine)) => Err(Error::Quarantined {
                        violation,
                        quarantine,
                    }),
                    Err(source) => Err(Error::QuarantineFailed {
                        violation,
                        dir: self.config.state_dir.join("quarantine"),
                        source,
                    }),
                }
            }
            Err(e) => Err(e.into()),
        }
    }

    /// A full report of this host, built exactly as `send` would build it
    /// (for review; consent is not asked, nothing is spooled or sent, and
    /// no host id is made: [`Agent::preview_host_id`]).
    pub(crate) fn build_full(&self, purpose: Purpose) -> Result<Sealed> {
        let host = self.node_host()?;
        self.collectors()?;
        let (host_id, id_line) = self.preview_host_id()?;
        let client_id = self.report_client_id(host_id);
        self.build(
            &host,
            Selection::All,
            client_id,
            id_line.into_iter().collect(),
            purpose,
        )
    }

    /// `cep show`: the report `send` would deliver, decoded from the
    /// sealed archive, so what is shown is what would leave the host.
    /// Sends and writes nothing, whatever the consent: without a stored
    /// host id the report carries a temporary one, and its log says so.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7"))
    ///     .build()?;
    /// let p = agent.preview()?;
    /// assert!(p.sections.contains_key("os.kernel"));
    /// assert!(p.manifest.collectors.iter().any(|e| e.id == "vz.containers"));
    /// assert!(agent.spool_status()?.pending.is_empty()); // nothing spooled
    /// assert_eq!(agent.status()?.host_id, None); // no host id made
    /// assert!(p.log.contains("this report carries a temporary id"));
    /// assert!(!dir.path().join("state").exists());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn preview(&self) -> Result<Preview> {
        // A preview leaves no trace: a stopped report is not quarantined.
        let p = self.build_full(Purpose::Preview)?;
        let r = cep_core::Report::read(&p.archive().bytes, &cep_core::ReadLimits::own_archive())?;
        let sections = r
            .sections
            .iter()
            .map(|(id, s)| {
                let v = match s {
                    Section::Json(v) => v.clone(),
                    Section::Text(t) => serde_json::Value::String(t.clone()),
                };
                (id.clone(), v)
            })
            .collect();
        Ok(Preview {
            manifest: r.manifest,
            sections,
            log: r.log,
            archive: summary(p.archive()),
        })
    }

    /// `cep collect`: builds the report as `send` would and writes the
    /// archive to `path` for review. Sends nothing, whatever the consent,
    /// and writes nothing else (no host id) unless the privacy guard stops
    /// the report, which is then quarantined in the state directory.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/hosts/vz7");
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .root(fixture)
    ///     .build()?;
    /// let out = dir.path().join("report.tar.gz");
    /// let c = agent.collect_to(&out)?;
    /// assert_eq!(std::fs::metadata(&out)?.len() as usize, c.archive.bytes);
    /// assert!(c.collectors.iter().any(|e| e.id == "vz.containers"));
    /// // Nothing was spooled, nothing written in the state directory.
    /// assert!(agent.spool_status()?.pending.is_empty());
    /// assert!(!dir.path().join("state").exists());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn collect_to(&self, path: &Path) -> Result<Collected> {
        let p = self.build_full(Purpose::Review)?;
        cep_core::fsutil::atomic_write(path, &p.archive().bytes, 0o644).map_err(|source| {
            Error::Write {
                path: path.to_owned(),
                source,
            }
        })?;
        let (report, archive) = p.into_parts();
        Ok(Collected {
            path: path.to_owned(),
            report_id: report.manifest.report_id,
            archive: summary(&archive),
            collectors: report.manifest.collectors,
        })
    }
}

pub(crate) fn summary(a: &cep_core::Archive) -> ArchiveSummary {
    ArchiveSummary {
        bytes: a.bytes.len(),
        sha256: a.sha256(),
    }
}
