//! How another tool (an installer, a vzctl wrapper) embeds cep: collect on
//! this host, review, and hand the archive to a transport.
//!
//! Run: `cargo run --example embed -- [FIXTURE_DIR]`

use cep::core::{
    ClientInfo, Host, Ledger, LedgerEntry, PrivacyGuard, RunOptions, Transport, prepare,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A fixture directory when given (as in tests), else this machine.
    let host = match std::env::args().nth(1) {
        Some(dir) => Host::fixture(dir)?,
        None => Host::live(),
    };
    // Scrubs the report and checks the archive: nothing personal leaves.
    let privacy = PrivacyGuard::for_host(&host)?;
    let prepared = prepare(
        &cep::collectors::builtin(),
        &host,
        &RunOptions::default(),
        // A real tool keeps one id per host: see cep_core::identity.
        cep::core::uuid::Uuid::new_v4(),
        ClientInfo {
            name: "example-installer".into(),
            version: "1.0".into(),
        },
        &[],
        &[&privacy],
    )?;
    for e in &prepared.report.manifest.collectors {
        println!("{:<8} {}", e.status.as_str(), e.id);
    }
    let dir = std::env::temp_dir().join("cep-embed-example");
    let transport = cep::transport::FileTransport::new(dir.join("report.tar.gz"));
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let receipt = runtime.block_on(transport.send(&prepared.archive))?;
    // Record what left, and where, once the receiver has it.
    Ledger::in_state_dir(&dir).append(&LedgerEntry::new(
        &prepared.archive,
        transport.name(),
        transport.destination(),
        receipt.clone(),
    ))?;
    println!(
        "delivered report {} to {}",
        receipt.report_id,
        transport.destination()
    );
    Ok(())
}
