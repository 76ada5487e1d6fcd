//! A report of text sections with fixed ids and time, for the privacy
//! guard's tests here and in cep-collectors.

use cep_core::runner::Collection;
use cep_core::{ClientInfo, Report, Section};

const REPORT_ID: &str = "6f1c2b1e-2d4b-4c8a-9a7e-3b1f0c9d8e7a";
const CLIENT_ID: &str = "0b9e8f6a-4c2d-4e1f-8a3b-5c6d7e8f9a0b";

/// A report whose sections are these (id, text) pairs, each `ok`.
pub fn report_with(sections: Vec<(String, String)>) -> Report {
    let mut r = Report::with_identity(
        Collection {
            outcomes: vec![],
            log: vec![],
        },
        CLIENT_ID.parse().unwrap(),
        ClientInfo::default(),
        REPORT_ID.parse().unwrap(),
        cep_core::report::utc_time("2026-11-22T18:00:00Z").unwrap(),
    );
    for (id, text) in sections {
        r.manifest.collectors.push(cep_core::ManifestEntry {
            id: id.clone(),
            status: cep_core::Status::Ok,
            duration_ms: 1,
            file: Some(format!("{id}.txt")),
            error: None,
            exit_status: None,
            truncated: false,
        });
        r.sections.insert(id, Section::Text(text));
    }
    r
}
