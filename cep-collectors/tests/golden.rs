//! Every built-in collector's exact output on every fixture host, and on
//! generated Virtuozzo 7 hosts with odd and broken inputs, compared byte
//! for byte with `testdata/golden/<host>/`: `<collector>.json` is the
//! section as the archive holds it, `<collector>.skipped.txt` /
//! `<collector>.error.txt` the reason, `privacy-names.txt` what
//! `vz_containers::container_names` gives the privacy guard. Each
//! collector is run twice: alone on a fresh host, and with all the others
//! at once on one host (as a report is built), and both must give the
//! stored bytes, so sharing inputs between collectors changes nothing.
//!
//! `UPDATE_GOLDEN=1 cargo test -p cep-collectors --test golden` rewrites
//! the files from the current code.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cep_collectors::testing::{GenSpec, generate_vz7_host};
use cep_collectors::vz_containers::{VZLIST_FIELDS, container_names};
use cep_core::{CollectError, Collector, Host, Section};

/// File name → bytes, for one host.
type Outputs = BTreeMap<String, Vec<u8>>;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/golden")
}

/// The file a collector's result is stored in, and its bytes. The host's
/// root (a temporary directory for generated hosts) becomes `$ROOT`.
fn stored(id: &str, result: Result<Section, CollectError>, root: &Path) -> (String, Vec<u8>) {
    let clean = |m: String| format!("{}\n", m.replace(&root.display().to_string(), "$ROOT"));
    match result {
        Ok(s) => (format!("{id}.{}", s.extension()), s.to_bytes()),
        Err(CollectError::NotApplicable(m)) => (format!("{id}.skipped.txt"), clean(m).into()),
        Err(e) => (format!("{id}.error.txt"), clean(e.to_string()).into()),
    }
}

fn names_file(names: Option<Vec<String>>) -> (String, Vec<u8>) {
    let text = match names {
        Some(n) => n.iter().fold(String::new(), |mut s, n| {
            let _ = writeln!(s, "{n}");
            s
        }),
        None => "none: the guard gathers the names itself\n".into(),
    };
    ("privacy-names.txt".into(), text.into_bytes())
}

/// All collectors and the guard's names on one host, at the same time.
fn together(root: &Path) -> Outputs {
    let host = Host::fixture(root).unwrap();
    let collectors = cep_collectors::builtin();
    std::thread::scope(|s| {
        let names = s.spawn(|| names_file(container_names(&host)));
        let each: Vec<_> = collectors
            .iter()
            .map(|c| s.spawn(|| stored(c.id(), c.collect(&host), root)))
            .collect();
        each.into_iter()
            .chain([names])
            .map(|h| h.join().unwrap())
            .collect()
    })
}

/// Each collector, and the guard's names, on a host of its own.
fn alone(root: &Path) -> Outputs {
    let fresh = || Host::fixture(root).unwrap();
    cep_collectors::builtin()
        .iter()
        .map(|c| stored(c.id(), c.collect(&fresh()), root))
        .chain([names_file(container_names(&fresh()))])
        .collect()
}

fn check(name: &str, root: &Path) -> Vec<String> {
    let got = together(root);
    let alone = alone(root);
    let mut failures = Vec::new();
    for (file, bytes) in &got {
        if alone.get(file) != Some(bytes) {
            failures.push(format!(
                "{name}/{file}: run with the others it differs from run alone:\n{}\nalone:\n{}",
                String::from_utf8_lossy(bytes),
                alone
                    .get(file)
                    .map_or("(absent)".into(), |b| String::from_utf8_lossy(b))
            ));
        }
    }
    let dir = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, bytes) in &got {
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        return failures;
    }
    let mut want = Outputs::new();
    for e in std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; UPDATE_GOLDEN=1 writes it", dir.display()))
    {
        let e = e.unwrap();
        want.insert(
            e.file_name().to_string_lossy().into_owned(),
            std::fs::read(e.path()).unwrap(),
        );
    }
    for (file, bytes) in &want {
        match got.get(file) {
            Some(b) if b == bytes => {}
            Some(b) => failures.push(format!(
                "{name}/{file} differs; expected:\n{}\ngot:\n{}",
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(b)
            )),
            None => failures.push(format!("{name}/{file}: not produced any more")),
        }
    }
    for file in got.keys().filter(|f| !want.contains_key(*f)) {
        failures.push(format!(
            "{name}/{file}: produced but not stored:\n{}",
            String::from_utf8_lossy(&got[file])
        ));
    }
    failures
}

fn assert_all(cases: &[(&str, &Path)]) {
    let failures: Vec<String> = cases
        .iter()
        .flat_map(|(name, root)| check(name, root))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches (UPDATE_GOLDEN=1 rewrites testdata/golden when the change is meant):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn fixture_hosts() {
    let hosts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts");
    let mut names: Vec<String> = std::fs::read_dir(&hosts)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 6, "{names:?}");
    let roots: Vec<(String, PathBuf)> = names
        .into_iter()
        .map(|n| {
            let root = hosts.join(&n);
            (n, root)
        })
        .collect();
    let cases: Vec<(&str, &Path)> = roots
        .iter()
        .map(|(n, r)| (n.as_str(), r.as_path()))
        .collect();
    assert_all(&cases);
}

// ---- generated hosts and their variants ----

const CONTAINERS: usize = 60;

fn generate(dir: &Path, seed: u64) {
    generate_vz7_host(
        dir,
        GenSpec {
            containers: CONTAINERS,
            vms: 6,
            seed,
        },
    )
    .unwrap();
}

fn fs(dir: &Path, host_path: &str) -> PathBuf {
    dir.join("fs").join(host_path.trim_start_matches('/'))
}

/// Records (or replaces: the last entry wins) a command's output.
fn record(dir: &Path, argv: &[&str], file: &str, stdout: &str, status: i32) {
    std::fs::write(dir.join("commands").join(file), stdout).unwrap();
    let argv: Vec<String> = argv.iter().map(|a| format!("{a:?}")).collect();
    let mut toml = std::fs::read_to_string(dir.join("commands.toml")).unwrap();
    let _ = write!(
        toml,
        "\n[[command]]\nargv = [{}]\nstdout = \"commands/{file}\"\nstatus = {status}\n",
        argv.join(", ")
    );
    std::fs::write(dir.join("commands.toml"), toml).unwrap();
}

/// The generated containers' ids, in listing order, with their layouts.
fn ids(dir: &Path) -> Vec<(String, bool)> {
    let listing = std::fs::read_to_string(dir.join("commands/vzlist-a-j.json")).unwrap();
    listing
        .lines()
        .filter_map(|l| {
            let id = l.split("\"ctid\": \"").nth(1)?.split('"').next()?;
            Some((id.to_owned(), l.contains("\"layout\": 5")))
        })
        .collect()
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(text)).unwrap();
}

/// Replaces a file by a directory of that name: opening works, reading
/// fails (EISDIR), as with any file that cannot be read.
fn unreadable(path: &Path) {
    std::fs::remove_file(path).unwrap();
    std::fs::create_dir(path).unwrap();
}

fn conf(dir: &Path, id: &str) -> PathBuf {
    fs(dir, &format!("/etc/vz/conf/{id}.conf"))
}

fn descriptor(dir: &Path, id: &str) -> PathBuf {
    fs(
        dir,
        &format!("/vz/private/{id}/root.hdd/DiskDescriptor.xml"),
    )
}

/// Odd descriptors (malformed, absent, past the first read, not UTF-8,
/// unreadable, another root, a size that is no number) and odd layouts:
/// containers whose listing says layout 0, so their config decides (by
/// VEFSTYPE, by the private area's `.ve.layout`, or, without a config,
/// vz.conf's default).
fn odd(dir: &Path) -> Vec<(String, bool)> {
    let cts = ids(dir);
    let ploop: Vec<&str> = cts
        .iter()
        .filter(|(_, p)| *p)
        .map(|(i, _)| i.as_str())
        .collect();
    edit(&descriptor(dir, ploop[0]), |t| t[..t.len() / 2].to_owned());
    std::fs::remove_file(descriptor(dir, ploop[1])).unwrap();
    edit(&descriptor(dir, ploop[2]), |t| {
        t.replacen(
            "<Disk_Parameters>",
            &format!("<!-- {} --><Disk_Parameters>", "x".repeat(70_000)),
            1,
        )
    });
    let mut bytes = std::fs::read(descriptor(dir, ploop[3])).unwrap();
    let at = bytes.windows(6).position(|w| w == b"<GUID>").unwrap() + 7;
    bytes[at] = 0xff;
    std::fs::write(descriptor(dir, ploop[3]), bytes).unwrap();
    unreadable(&descriptor(dir, ploop[4]));
    edit(&descriptor(dir, ploop[5]), |t| {
        t.replace("Virtuozzo_disk_image", "Other_image")
            .replace("Parallels_disk_image", "Other_image")
    });
    edit(&descriptor(dir, ploop[6]), |t| {
        let start = t.find("<Disk_size>").unwrap() + "<Disk_size>".len();
        let end = t.find("</Disk_size>").unwrap();
        format!("{}big{}", &t[..start], &t[end..])
    });
    // Layout 0 (no `.ve.layout` link when vzlist looked).
    let zero = [ploop[10], ploop[11], ploop[12], ploop[13]];
    edit(&dir.join("commands/vzlist-a-j.json"), |t| {
        t.lines()
            .map(|l| {
                if zero
                    .iter()
                    .any(|id| l.contains(&format!("\"ctid\": \"{id}\"")))
                {
                    l.replace("\"layout\": 5", "\"layout\": 0")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let drop_layout = |t: String| {
        t.lines()
            .filter(|l| !l.starts_with("VE_LAYOUT="))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    edit(&conf(dir, zero[0]), |t| {
        drop_layout(t) + "VEFSTYPE=\"simfs\"\n"
    });
    edit(&conf(dir, zero[1]), drop_layout);
    std::os::unix::fs::symlink("4", fs(dir, &format!("/vz/private/{}/.ve.layout", zero[1])))
        .unwrap();
    std::fs::remove_file(conf(dir, zero[2])).unwrap();
    edit(&conf(dir, zero[3]), |t| {
        drop_layout(t) + "VEFSTYPE=\"ext4\"\nVEIMAGEFORMAT=\"qcow2\"\n"
    });
    cts
}

/// The listing vzctl 7.0.179 gives when `-j` is refused: `vzlist -aH -o`.
fn plain_listing(dir: &Path) {
    record(dir, &["vzlist", "-a", "-j"], "vzlist-refused.txt", "", 1);
    let rows: String = ids(dir)
        .iter()
        .enumerate()
        .map(|(i, (_, ploop))| {
            let status = ["running", "stopped", "suspended"][i % 3];
            let layout = if *ploop { 5 } else { 4 };
            format!(
                "{status:>10} {layout:>6} centos-7-x86_64 {:>10} {:>10} {:>4} {:>6} {:>3} {:>10} {:>10} {}\n",
                262144 * (1 + i % 4),
                131072,
                [0, 100, 200][i % 3],
                1000,
                if i % 2 == 0 { "-".to_owned() } else { "2".to_owned() },
                10485760,
                "9223372036854775807",
                if i % 5 == 0 { "no" } else { "yes" }
            )
        })
        .collect();
    record(
        dir,
        &["vzlist", "-aH", "-o", VZLIST_FIELDS],
        "vzlist-plain.txt",
        &rows,
        0,
    );
}

/// No listing at all (vzctl 7.0.100 refuses both), so the configs are
/// read; some of them odd: bytes that are not UTF-8, comments, single
/// quotes, a key set twice, no VE_PRIVATE (vz.conf's template), no layout
/// keys (the private area's `.ve.layout`).
fn configs_only(dir: &Path) -> Vec<(String, bool)> {
    let cts = ids(dir);
    record(dir, &["vzlist", "-a", "-j"], "vzlist-refused.txt", "", 1);
    let mut bytes = std::fs::read(conf(dir, &cts[0].0)).unwrap();
    bytes.extend_from_slice(b"DESCRIPTION=\"caf\xe9\"\n");
    std::fs::write(conf(dir, &cts[0].0), bytes).unwrap();
    edit(&conf(dir, &cts[1].0), |t| {
        format!("# a comment\n{t}  # indented\nPHYSPAGES='0:65536'\nCPUS=\"8\"\nCPUS=\"16\"\n")
    });
    edit(&conf(dir, &cts[2].0), |t| {
        t.lines()
            .filter(|l| !l.starts_with("VE_PRIVATE=") && !l.starts_with("VE_LAYOUT="))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    std::os::unix::fs::symlink(
        "5",
        fs(dir, &format!("/vz/private/{}/.ve.layout", cts[2].0)),
    )
    .unwrap();
    cts
}

#[test]
fn generated_hosts() {
    let tmp = tempfile::tempdir().unwrap();
    let at = |n: &str| tmp.path().join(n);

    generate(&at("generated"), 26);

    // Big enough to be read in halves (listing and beancounters over
    // 256 KiB).
    generate_vz7_host(
        &at("generated-1500"),
        GenSpec {
            containers: 1500,
            vms: 150,
            seed: 30,
        },
    )
    .unwrap();

    generate(&at("generated-odd"), 27);
    odd(&at("generated-odd"));

    // A layout-0 container whose config cannot be read.
    generate(&at("generated-odd-unreadable-config"), 27);
    let cts = odd(&at("generated-odd-unreadable-config"));
    let zero = cts.iter().filter(|(_, p)| *p).nth(13).unwrap();
    unreadable(&conf(&at("generated-odd-unreadable-config"), &zero.0));

    generate(&at("generated-plain"), 28);
    plain_listing(&at("generated-plain"));

    // The plain listing needs no config; the ploop and simfs collectors do.
    generate(&at("generated-plain-unreadable-config"), 28);
    plain_listing(&at("generated-plain-unreadable-config"));
    let id = ids(&at("generated-plain-unreadable-config"))[5].0.clone();
    unreadable(&conf(&at("generated-plain-unreadable-config"), &id));

    generate(&at("generated-configs"), 29);
    configs_only(&at("generated-configs"));

    generate(&at("generated-configs-unreadable"), 29);
    let cts = configs_only(&at("generated-configs-unreadable"));
    unreadable(&conf(&at("generated-configs-unreadable"), &cts[7].0));

    let names = [
        "generated",
        "generated-1500",
        "generated-odd",
        "generated-odd-unreadable-config",
        "generated-plain",
        "generated-plain-unreadable-config",
        "generated-configs",
        "generated-configs-unreadable",
    ];
    let roots: Vec<PathBuf> = names.iter().map(|n| at(n)).collect();
    let cases: Vec<(&str, &Path)> = names
        .iter()
        .zip(&roots)
        .map(|(n, r)| (*n, r.as_path()))
        .collect();
    assert_all(&cases);
}
