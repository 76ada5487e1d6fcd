//! A service that reports on its own timer instead of cep's systemd
//! timer: one `Agent::run_at` per tick runs what is due, spools, records
//! and delivers, exactly as `cep run` does (consent, lock, state.json,
//! crash recovery included).
//!
//! Run: `cargo run --release --example service -- [--root FIXTURE] [--sysconf-dir DIR] [--state-dir DIR] [--ticks N] [--every SECS]`
//! (README.md, "Examples", has a trial).

use std::time::Duration;

use cep::{Agent, RunMode, RunOutcome};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Agent::builder().client("example-service", "1.0");
    let (mut ticks, mut every) = (u64::MAX, 3600u64);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        builder = match flag.as_str() {
            "--root" => builder.root(value),
            "--sysconf-dir" => builder.sysconf_dir(value),
            "--state-dir" => builder.state_dir(value),
            "--ticks" => {
                ticks = value.parse()?;
                builder
            }
            "--every" => {
                every = value.parse()?;
                builder
            }
            _ => return Err(format!("unknown option {flag}").into()),
        };
    }
    let agent = builder.build()?;
    for tick in 0..ticks {
        if tick > 0 {
            std::thread::sleep(Duration::from_secs(every));
        }
        // A failed tick is logged and retried on the next one: the report
        // stays in the spool and the collectors stay due.
        match agent.run_at(jiff::Timestamp::now(), RunMode::Due) {
            Ok(RunOutcome::Ran {
                report_id,
                collectors,
                delivery,
                ..
            }) => {
                let delivered = delivery.as_ref().map_or(0, |d| d.delivered.len());
                println!(
                    "tick {tick}: ran {} collectors, report {report_id}, {delivered} delivered",
                    collectors.len()
                );
                if let Some(e) = delivery.as_ref().and_then(|d| d.failure()) {
                    eprintln!("tick {tick}: {e}");
                }
            }
            Ok(RunOutcome::NothingDue { next, .. }) => match next {
                Some(n) => println!("tick {tick}: nothing due; next {} at {}", n.id, n.at),
                None => println!("tick {tick}: nothing due; every collector is off"),
            },
            Ok(RunOutcome::Disabled { reason }) => println!("tick {tick}: {reason}"),
            Ok(RunOutcome::AlreadyRunning { .. }) => println!("tick {tick}: another run is on"),
            Err(e) => eprintln!("tick {tick}: {e}"),
        }
    }
    Ok(())
}
