//! Writes a generated Virtuozzo 7 fixture host for `cep collect --root`.
//!
//! `cargo run -p cep-cli --example gen_vz_host -- DIR CONTAINERS [VMS]`

use cep_collectors::testing::{GenSpec, generate_vz7_host};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_vz_host DIR CONTAINERS [VMS]";
    let (Some(dir), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse().ok())) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let vms = args.get(2).and_then(|m| m.parse().ok()).unwrap_or(n / 10);
    let spec = GenSpec {
        containers: n,
        vms,
        seed: 42,
    };
    if let Err(e) = generate_vz7_host(std::path::Path::new(dir), spec) {
        eprintln!("cannot write {dir}: {e}");
        std::process::exit(1);
    }
    println!("wrote {dir}: {n} containers, {vms} VMs");
}
