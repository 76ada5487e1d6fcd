//! `cep forget`: the server erases the host, then the host erases what it
//! kept about itself and stops reporting.

use std::path::PathBuf;

use crate::ledger::{ForgottenEntry, Ledger};
use cep_core::ForgetReceipt;
use cep_core::uuid::Uuid;
use serde::Serialize;

use crate::agent::Agent;
use crate::error::{Error, Result};

/// What `cep forget` did.
#[derive(Debug, Clone, Serialize)]
pub struct Forgotten {
    /// Every id the server was asked to erase (the host id, the vzstats id
    /// it was adopted from or a vzstats server gave) and its receipt.
    pub ids: Vec<ForgottenId>,
    /// The server (URL without credentials).
    pub destination: String,
    /// Files and directories removed from this host.
    pub removed: Vec<PathBuf>,
    /// The opt-out marker written: nothing is collected or sent again.
    pub marker: PathBuf,
    /// The ledger, which now holds only the line saying this.
    pub ledger: PathBuf,
    /// True when the host had been forgotten before: nothing was asked
    /// or changed, and `ids` holds the receipt the ledger kept.
    pub already: bool,
}

/// One id the server erased.
#[derive(Debug, Clone, Serialize)]
pub struct ForgottenId {
    /// Which id: `host id`, `vzstats id`, `vzstats server id`.
    pub what: &'static str,
    /// The server's receipt.
    pub receipt: ForgetReceipt,
}

impl Agent {
    /// The ids this host is known by to a server: the host id, the legacy
    /// vzstats id, the id a vzstats server handed out; each once, with
    /// every file that holds it. Reads only.
    fn known_ids(&self) -> Vec<(&'static str, Uuid, Vec<PathBuf>)> {
        let read = |p: &PathBuf| {
            std::fs::read_to_string(p)
                .ok()
                .and_then(|t| crate::identity::parse_host_id(&t))
        };
        let mut out: Vec<(&'static str, Uuid, Vec<PathBuf>)> = Vec::new();
        for (what, path) in [
            ("host id", self.config.host_id_file.clone()),
            ("vzstats id", self.paths.vzstats_uuid()),
            (
                "vzstats server id",
                self.config.state_dir.join(cep_transport::SERVER_ID_FILE),
            ),
        ] {
            let Some(id) = read(&path) else {
                continue;
            };
            match out.iter_mut().find(|(_, known, _)| *known == id) {
                Some((_, _, files)) => files.push(path),
                None => out.push((what, id, vec![path])),
            }
        }
        out
    }

    /// `cep forget`: asks the server to erase everything it holds for
    /// this host (every id it is known by; each answer is a receipt, the
    /// same on a repeat), then erases the host's own state (spool, state,
    /// host id, machine-id hash, the vzstats ids), writes the opt-out
    /// marker and leaves one ledger line with the receipt.
    ///
    /// Nothing is changed on this host unless the server answered for
    /// every id: with the FILE transport, an unreachable server or a
    /// server without the endpoint this is an error and the state stays.
    pub fn forget(&self) -> Result<Forgotten> {
        let ids = self.known_ids();
        let ledger = Ledger::in_state_dir(&self.config.state_dir);
        let Some((_, host, _)) = ids.first() else {
            // Forgotten before: the same receipt, from the ledger.
            if let Some(f) = ledger.read()?.forgotten {
                return Ok(Forgotten {
                    ids: vec![ForgottenId {
                        what: "host id",
                        receipt: f.forgotten,
                    }],
                    destination: f.destination,
                    removed: Vec::new(),
                    marker: self.paths.cep_disable(),
                    ledger: ledger.path().to_owned(),
                    already: true,
                });
            }
            return Err(Error::Invalid {
                message: format!(
                    "nothing to forget: no host id in {} and no vzstats id in {}",
                    self.config.host_id_file.display(),
                    self.paths.vzstats_uuid().display()
                ),
            });
        };
        let host = *host;
        // The server first, with no lock taken and nothing written, so a
        // refusal (a file cannot forget), an unreachable server or one
        // without the endpoint leaves this host exactly as it was.
        // (Its answer is the same on a repeat, and it refuses reports from
        // a forgotten id, so a run that sends meanwhile counts nowhere.)
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(Error::Runtime)?;
        let (answers, transport, destination) = self.with_transport(|t| {
            let answers: Vec<_> = ids
                .iter()
                .map(|(what, id, _)| rt.block_on(t.forget(*id)).map(|r| (*what, r)))
                .collect();
            (answers, t.name().to_owned(), t.destination())
        })?;
        let mut receipts = Vec::with_capacity(answers.len());
        for a in answers {
            let (what, receipt) = a.map_err(|e| Error::Invalid {
                message: format!("{e}; nothing was changed on this host"),
            })?;
            receipts.push(ForgottenId { what, receipt });
        }
        // This host's own state: no run or delivery may use it meanwhile.
        let busy = |who: &str| Error::Invalid {
            message: format!(
                "{destination} has forgotten this host, but {who}; run `cep forget` again when it \
                 is done: it gets the same receipt and erases this host's state"
            ),
        };
        let state_dir = &self.config.state_dir;
        let Some(_lock) = crate::lock::run_lock(state_dir)? else {
            return Err(busy(&format!(
                "another cep run holds {}",
                state_dir.join("lock").display()
            )));
        };
        // `cep send` and `cep flush` hold the spool's lock, not the run lock.
        let Some(_delivery) = self.spool().try_lock()? else {
            return Err(busy("another cep process is delivering reports"));
        };
        // Nothing is sent again: the marker comes before anything is removed.
        let marker = self.disable()?;
        let mut removed = Vec::new();
        let mut paths: Vec<PathBuf> = ids.iter().flat_map(|(_, _, p)| p.clone()).collect();
        paths.push(crate::identity::machine_binding_path(
            &self.config.host_id_file,
        ));
        for name in [
            crate::state::STATE_FILE,
            crate::notice::FIELDS_FILE,
            "spool",
            "quarantine",
        ] {
            paths.push(state_dir.join(name));
        }
        for p in paths {
            let gone = match std::fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(&p),
                Ok(_) => std::fs::remove_file(&p),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => Err(e),
            };
            gone.map_err(|source| Error::Write {
                path: p.clone(),
                source,
            })?;
            removed.push(p);
        }
        ledger.forgotten(&ForgottenEntry {
            time: self.now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            transport,
            destination: destination.clone(),
            forgotten: receipts[0].receipt.clone(),
        })?;
        tracing::info!("forgot host {host} at {destination}");
        Ok(Forgotten {
            ids: receipts,
            destination,
            removed,
            marker,
            ledger: ledger.path().to_owned(),
            already: false,
        })
    }
}
