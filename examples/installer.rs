//! An installer that asks before it reports: shows what the report would
//! hold, asks the administrator, records the answer (the same opt-out
//! marker `cep disable` writes) and, on yes, sends once. Consent, the
//! privacy guard, the spool and the ledger come with the Agent.
//!
//! Run: `cargo run --release --example installer -- [--root FIXTURE] [--sysconf-dir DIR] [--state-dir DIR]`
//! and answer `y` or `n` on stdin (README.md, "Examples", has a trial).

use std::io::{BufRead, Write};

use cep::{Agent, Sent};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Agent::builder().client("example-installer", "1.0");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        builder = match flag.as_str() {
            "--root" => builder.root(value),
            "--sysconf-dir" => builder.sysconf_dir(value),
            "--state-dir" => builder.state_dir(value),
            _ => return Err(format!("unknown option {flag}").into()),
        };
    }
    let agent = builder.build()?;

    // 1. What would leave this host, scrubbed and checked, exactly as sent.
    let preview = agent.preview()?;
    println!(
        "The report holds {} sections ({} bytes):",
        preview.sections.len(),
        preview.archive.bytes
    );
    for id in preview.sections.keys() {
        println!("  {id}");
    }

    // 2. Ask.
    print!("Send anonymous usage statistics? [y/N] ");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let yes = matches!(answer.trim(), "y" | "Y" | "yes");

    // 3. Record the answer where cep and every later run read it.
    if !yes {
        let marker = agent.disable()?;
        println!("not sending; recorded in {}", marker.display());
        return Ok(());
    }
    let enabled = agent.enable()?;
    if let Some(by) = enabled.still_disabled_by {
        println!("not sending: reporting is still disabled by {by}");
        return Ok(());
    }

    // 4. Send once: spooled first, delivered with retries, recorded in the
    // ledger; a report that cannot go now waits for `cep flush`.
    match agent.send(false)? {
        Sent::Sent { spooled, delivery } => {
            if let Some(e) = delivery.failure() {
                return Err(e.into());
            }
            let done = delivery
                .delivered
                .iter()
                .any(|d| d.report_id == spooled.report_id);
            println!(
                "report {} {} to {}",
                spooled.report_id,
                if done { "delivered" } else { "kept for later" },
                delivery.destination
            );
        }
        Sent::Disabled { reason } => println!("not sending: {reason}"),
        other => println!("{other:?}"),
    }
    Ok(())
}
