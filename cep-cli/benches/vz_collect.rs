//! Benchmark of the whole `cep collect` (the release binary) on generated
//! Virtuozzo 7 hosts with 10, 1,000 and 10,000 containers (a tenth as many
//! VMs): wall time and CPU time (user + system; medians of several runs),
//! peak RSS of the child (getrusage RUSAGE_CHILDREN), archive size. CPU
//! time says more than wall time on a busy machine.
//!
//! `cargo bench -p cep-cli --bench vz_collect`
//!
//! This machine's speed drifts by a third from one minute to the next.
//! `CEP_BENCH_COMPARE=/path/to/other/cep` runs that binary alternately
//! with this one on the same hosts and prints its row too, so two builds
//! are compared at the same moment.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use cep_collectors::testing::{GenSpec, generate_vz7_host};

fn children_usage() -> libc::rusage {
    // SAFETY: getrusage fills the struct we pass; it has no other
    // preconditions.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru);
        ru
    }
}

fn peak_rss_kib() -> i64 {
    children_usage().ru_maxrss
}

/// User + system CPU time of all children so far.
fn children_cpu() -> Duration {
    let ru = children_usage();
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

fn run_once(bin: &Path, root: &Path, sandbox: &Path) -> (Duration, u64) {
    let out = sandbox.join("report.tar.gz");
    let t0 = Instant::now();
    let o = Command::new(bin)
        .args(["collect", "--root"])
        .arg(root)
        .arg("--output")
        .arg(&out)
        .env("CEP_STATE_DIR", sandbox.join("state"))
        .env("CEP_SYSCONF_DIR", sandbox.join("etc"))
        .output()
        .expect("run cep");
    let wall = t0.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(!text.contains("error "), "a collector failed:\n{text}");
    (wall, std::fs::metadata(&out).expect("archive").len())
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs this once
    // quickly at the smallest size.
    let quick = !std::env::args().any(|a| a == "--bench");
    let bin = Path::new(env!("CARGO_BIN_EXE_cep"));
    let sizes: &[usize] = if quick { &[10] } else { &[10, 1_000, 10_000] };
    println!(
        "| containers | VMs | wall (median of 7) | CPU user+sys (median) | peak RSS | archive |"
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    for &n in sizes {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("host");
        let sandbox = dir.path().join("sandbox");
        std::fs::create_dir_all(sandbox.join("etc")).expect("sandbox");
        let spec = GenSpec {
            containers: n,
            vms: n / 10,
            seed: 42,
        };
        generate_vz7_host(&root, spec).expect("generate");
        // One warm-up run (page cache, host id creation), then measure.
        run_once(bin, &root, &sandbox);
        let other = std::env::var_os("CEP_BENCH_COMPARE").map(std::path::PathBuf::from);
        let mut bins: Vec<(String, &Path)> = vec![("this build".into(), bin)];
        if let Some(o) = &other {
            run_once(o, &root, &sandbox);
            bins.push((o.display().to_string(), o.as_path()));
        }
        // Per binary: walls, CPU times, archive size.
        let mut got: Vec<(Vec<Duration>, Vec<Duration>, u64)> =
            bins.iter().map(|_| (Vec::new(), Vec::new(), 0)).collect();
        for _ in 0..if quick { 1 } else { 7 } {
            for ((_, b), g) in bins.iter().zip(got.iter_mut()) {
                let before = children_cpu();
                let (w, s) = run_once(b, &root, &sandbox);
                g.1.push(children_cpu().saturating_sub(before));
                g.0.push(w);
                g.2 = s;
            }
        }
        for ((name, _), (mut walls, mut cpus, size)) in bins.iter().zip(got) {
            walls.sort();
            cpus.sort();
            let median = walls[walls.len() / 2];
            let cpu = cpus[cpus.len() / 2];
            // ru_maxrss is the largest child so far; sizes grow, so it is
            // this size's (the larger of the two binaries' when comparing).
            let label = if bins.len() > 1 {
                format!(" ({name})")
            } else {
                String::new()
            };
            println!(
                "| {n}{label} | {} | {:.1} ms | {:.1} ms | {:.1} MiB | {:.1} KiB |",
                n / 10,
                median.as_secs_f64() * 1000.0,
                cpu.as_secs_f64() * 1000.0,
                peak_rss_kib() as f64 / 1024.0,
                size as f64 / 1024.0
            );
        }
    }
}
