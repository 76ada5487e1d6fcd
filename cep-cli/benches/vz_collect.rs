//! Benchmark of the whole `cep collect` (the release binary) against the
//! read floor, on generated Virtuozzo 7 hosts with 1,000 and 10,000
//! containers (a tenth as many VMs).
//!
//! The floor is `tar cf - -C ROOT . | cat >/dev/null`: reading every file
//! of the fixture host once, more than cep needs. After one warm-up of
//! each (page cache, host id), 7 pairs run alternately, floor then cep;
//! each pair's ratio is printed, then the medians. Each cep run is its own
//! child, and its wall time, CPU time (user + system) and peak RSS come
//! from that child alone (`wait4`). The load average is printed before and
//! after each size, since other work on the machine changes both sides.
//!
//! `cargo bench -p cep-cli --bench vz_collect`
//!
//! `CEP_BENCH_COMPARE=/path/to/other/cep` runs that binary too, in each
//! round right after this one, so two builds are compared at the same
//! moment. `CEP_BENCH_SIZES=10,1000` picks the sizes.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cep_collectors::testing::{GenSpec, generate_vz7_host};

/// What one child cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    rss_kib: i64,
}

/// Runs `cmd` as a child and waits for it with `wait4`, so the CPU time
/// and peak RSS are this child's (and its children's) alone.
fn measure(mut cmd: Command) -> Cost {
    let t0 = Instant::now();
    // Reaped by wait4 below, which `Child::wait` cannot replace: it drops
    // the child's rusage.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("start the child");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 fills `status` and `ru` for the child we started and
    // have not waited for; both are plain values we own.
    let ru = unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        let got = libc::wait4(pid, &mut status, 0, &mut ru);
        assert_eq!(got, pid, "wait4: {}", std::io::Error::last_os_error());
        ru
    };
    let wall = t0.elapsed();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed: wait status {status}"
    );
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Cost {
        wall,
        cpu: tv(ru.ru_utime) + tv(ru.ru_stime),
        rss_kib: ru.ru_maxrss,
    }
}

fn floor(root: &Path) -> Cost {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("tar cf - -C \"$1\" . | cat >/dev/null")
        .arg("sh")
        .arg(root);
    measure(cmd)
}

/// One `cep collect`; its summary goes to a file, checked for failures.
fn collect(bin: &Path, root: &Path, sandbox: &Path) -> (Cost, u64) {
    let out = sandbox.join("report.tar.gz");
    let log = sandbox.join("stdout.txt");
    let mut cmd = Command::new(bin);
    cmd.args(["collect", "--root"])
        .arg(root)
        .arg("--output")
        .arg(&out)
        .env("CEP_STATE_DIR", sandbox.join("state"))
        .env("CEP_SYSCONF_DIR", sandbox.join("etc"))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log).expect("stdout file"));
    let cost = measure(cmd);
    let text = std::fs::read_to_string(&log).expect("stdout");
    assert!(!text.contains("error "), "a collector failed:\n{text}");
    (cost, std::fs::metadata(&out).expect("archive").len())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs one quick
    // pair at the smallest size.
    let quick = !std::env::args().any(|a| a == "--bench");
    let bin = Path::new(env!("CARGO_BIN_EXE_cep"));
    let sizes: Vec<usize> = match std::env::var("CEP_BENCH_SIZES") {
        Ok(s) => s
            .split(',')
            .map(|n| n.trim().parse().expect("CEP_BENCH_SIZES: numbers"))
            .collect(),
        Err(_) if quick => vec![10],
        Err(_) => vec![1_000, 10_000],
    };
    let pairs = if quick { 1 } else { 7 };
    let other = std::env::var_os("CEP_BENCH_COMPARE").map(std::path::PathBuf::from);
    let mut bins: Vec<(String, &Path)> = vec![("cep".into(), bin)];
    if let Some(o) = &other {
        bins.push((o.display().to_string(), o.as_path()));
    }
    for n in sizes {
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
        println!(
            "\n{n} containers, {} VMs; load average before: {}",
            n / 10,
            load_average()
        );
        floor(&root);
        for (_, b) in &bins {
            collect(b, &root, &sandbox);
        }
        println!(
            "| pair | floor | {} |",
            bins.iter()
                .map(|(name, _)| format!("{name}: wall, ratio, CPU, peak RSS"))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        println!("|---:|---:|{}", "---:|".repeat(bins.len()));
        // Per binary: ratios, walls, CPU times, peak RSS; and the archive.
        let mut got: Vec<[Vec<f64>; 4]> = bins.iter().map(|_| Default::default()).collect();
        let mut floors = Vec::new();
        let mut archive = 0;
        for pair in 1..=pairs {
            let f = floor(&root);
            floors.push(ms(f.wall));
            let mut row = format!("| {pair} | {:.1} ms |", ms(f.wall));
            for ((_, b), g) in bins.iter().zip(got.iter_mut()) {
                let (c, size) = collect(b, &root, &sandbox);
                archive = size;
                let ratio = c.wall.as_secs_f64() / f.wall.as_secs_f64();
                g[0].push(ratio);
                g[1].push(ms(c.wall));
                g[2].push(ms(c.cpu));
                g[3].push(c.rss_kib as f64 / 1024.0);
                row.push_str(&format!(
                    " {:.1} ms, {ratio:.2}, {:.1} ms, {:.1} MiB |",
                    ms(c.wall),
                    ms(c.cpu),
                    c.rss_kib as f64 / 1024.0
                ));
            }
            println!("{row}");
        }
        let mut row = format!("| median | {:.1} ms |", median(floors));
        for g in &got {
            let [ratio, wall, cpu, rss] = g.clone();
            let peak = rss.iter().copied().fold(0.0, f64::max);
            row.push_str(&format!(
                " {:.1} ms, **{:.2}**, {:.1} ms, {:.1} MiB (max {peak:.1}) |",
                median(wall),
                median(ratio),
                median(cpu),
                median(rss)
            ));
        }
        println!("{row}");
        println!(
            "archive {:.1} KiB; load average after: {}",
            archive as f64 / 1024.0,
            load_average()
        );
    }
}
