//! Test helpers (feature `testing`): a generator of Virtuozzo 7 fixture
//! hosts with any number of containers and VMs, for scale tests and the
//! benchmark. The hosts carry realistic variety (layouts, templates,
//! limits, some failcnts) and personal data in the configs (host names,
//! addresses, UUIDs) that must never reach a report. They are shaped as
//! current vzctl 7 and its kernel print (see testdata/README.md): `numproc`
//! twice in each `vzlist -a -j` object, layout versions (5, 4) instead of
//! names, UUID and numeric container ids, beancounters named by id with
//! the kernel's `dummy` rows, both ploop descriptor root elements.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenSpec {
    /// Containers.
    pub containers: usize,
    /// Virtual machines.
    pub vms: usize,
    /// Seed of the deterministic variety.
    pub seed: u64,
}

/// A small deterministic generator (SplitMix64): the same spec always
/// gives the same host.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
    fn uuid(&mut self) -> String {
        let a = self.next();
        let b = self.next();
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }
}

const TEMPLATES: &[&str] = &[
    "centos-7-x86_64",
    ".centos-7-x86_64",
    "centos-6-x86_64",
    "ubuntu-16.04-x86_64",
    "ubuntu-18.04-x86_64",
    "debian-9.0-x86_64",
    "vzlinux-7-x86_64",
    "acme-golden-image",
];
const RAM_PAGES: &[u64] = &[
    131_072,
    262_144,
    524_288,
    1_048_576,
    2_097_152,
    9_223_372_036_854_775_807,
];
const DISK_KB: &[u64] = &[10_485_760, 20_971_520, 52_428_800, 104_857_600];
const STATUSES: &[&str] = &["running", "running", "running", "stopped", "suspended"];
const RESOURCES: &[&str] = &[
    "kmemsize",
    "lockedpages",
    "privvmpages",
    "shmpages",
    "dummy",
    "numproc",
    "physpages",
    "vmguarpages",
    "oomguarpages",
    "numtcpsock",
    "numfile",
    "swappages",
];

fn write(root: &Path, path: &str, text: &[u8]) -> std::io::Result<()> {
    let p = root.join(path.trim_start_matches('/'));
    if let Some(d) = p.parent() {
        std::fs::create_dir_all(d)?;
    }
    std::fs::write(p, text)
}

/// Builds the fixture host in `dir` (`dir/fs`, `dir/commands`,
/// `dir/commands.toml`).
pub fn generate_vz7_host(dir: &Path, spec: GenSpec) -> std::io::Result<()> {
    let fs = dir.join("fs");
    let mut rng = Rng(spec.seed);
    write(
        &fs,
        "/proc/sys/kernel/osrelease",
        b"3.10.0-1160.80.1.vz7.191.4\n",
    )?;
    write(
        &fs,
        "/proc/sys/kernel/hostname",
        b"hn42.dc1.hoster.example\n",
    )?;
    write(
        &fs,
        "/etc/virtuozzo-release",
        b"Virtuozzo release 7.0.3 (640)\n",
    )?;
    write(
        &fs,
        "/etc/os-release",
        b"NAME=\"Virtuozzo\"\nVERSION=\"7.0.3\"\nID=\"virtuozzo\"\nVERSION_ID=\"7\"\n",
    )?;
    write(
        &fs,
        "/etc/vz/vz.conf",
        b"VIRTUOZZO=yes\nVE_ROOT=/vz/root/$VEID\nVE_PRIVATE=/vz/private/$VEID\nVEFSTYPE=\"ext4\"\nVEIMAGEFORMAT=\"ploop\"\n",
    )?;
    write(
        &fs,
        "/proc/mounts",
        b"/dev/sda2 / ext4 rw 0 0\n/dev/sda3 /vz ext4 rw 0 0\n",
    )?;

    let mut json = String::from("[\n");
    let mut prl = String::from("[\n");
    let mut veinfo = String::new();
    let mut ubc = String::from(
        "Version: 2.5\n       uid  resource                     held              maxheld              barrier                limit              failcnt\n",
    );
    for i in 0..spec.containers {
        // Containers made by vzctl with a number keep it as their id.
        let id = if i % 10 == 3 {
            format!("{}", 900_000_000 + i)
        } else {
            rng.uuid()
        };
        let status = *rng.pick(STATUSES);
        let template = *rng.pick(TEMPLATES);
        let ram = *rng.pick(RAM_PAGES);
        let disk = *rng.pick(DISK_KB);
        let simfs = i % 10 == 9;
        let layout = if simfs { "simfs" } else { "ploop" };
        let layout_version = if simfs { 4 } else { 5 };
        let root_element = if i % 2 == 0 {
            "Virtuozzo_disk_image"
        } else {
            "Parallels_disk_image"
        };
        let cpus = [None, Some(1), Some(2), Some(4)][(rng.next() % 4) as usize];
        let cpulimit = [0, 0, 100, 200][(rng.next() % 4) as usize];
        let onboot = !rng.next().is_multiple_of(5);
        let features =
            ["", "nfs:on", "fuse:on sysfs:off", "nfs:on ppp:on"][(rng.next() % 4) as usize];
        let ip = format!("10.{}.{}.{}", (i >> 16) & 255, (i >> 8) & 255, i & 255);
        let hostname = format!("ct{i}.customer{}.example.com", i % 97);
        let private = format!("/vz/private/{id}");
        let mut conf = String::new();
        let _ = write!(
            conf,
            "ONBOOT=\"{}\"\nPHYSPAGES=\"0:{ram}\"\nSWAPPAGES=\"0:{}\"\nDISKSPACE=\"{disk}:{disk}\"\nCPUUNITS=\"1000\"\nCPULIMIT=\"{cpulimit}\"\n{}FEATURES=\"{features}\"\nVE_ROOT=\"/vz/root/{id}\"\nVE_PRIVATE=\"{private}\"\nOSTEMPLATE=\"{template}\"\nHOSTNAME=\"{hostname}\"\nIP_ADDRESS=\"{ip}\"\nVE_LAYOUT=\"{layout}\"\nUUID=\"{id}\"\n",
            if onboot { "yes" } else { "no" },
            ram / 2,
            cpus.map(|c| format!("CPUS=\"{c}\"\n")).unwrap_or_default()
        );
        write(&fs, &format!("/etc/vz/conf/{id}.conf"), conf.as_bytes())?;
        if !simfs {
            let shots = 1 + (rng.next() % 3) as usize;
            let mut images = String::new();
            let mut snaps = String::new();
            let mut parent = "00000000-0000-0000-0000-000000000000".to_owned();
            for _ in 0..shots {
                let g = rng.uuid();
                let _ = write!(
                    images,
                    "<Image><GUID>{{{g}}}</GUID><Type>Compressed</Type><File>root.hdd</File></Image>"
                );
                let _ = write!(
                    snaps,
                    "<Shot><GUID>{{{g}}}</GUID><ParentGUID>{{{parent}}}</ParentGUID></Shot>"
                );
                parent = g;
            }
            let dd = format!(
                "<?xml version=\"1.0\"?>\n<{root_element}><Disk_Parameters><Disk_size>{}</Disk_size><Heads>16</Heads><Sectors>63</Sectors></Disk_Parameters><StorageData><Storage><Start>0</Start><End>{}</End><Blocksize>2048</Blocksize>{images}</Storage></StorageData><Snapshots><TopGUID>{{{parent}}}</TopGUID>{snaps}</Snapshots></{root_element}>\n",
                disk * 2,
                disk * 2
            );
            write(
                &fs,
                &format!("{private}/root.hdd/DiskDescriptor.xml"),
                dd.as_bytes(),
            )?;
        }
        let ubc_obj = |limit: u64, failcnt: u64| {
            format!(
                "{{\"held\": {}, \"maxheld\": {}, \"barrier\": 0, \"limit\": {limit}, \"failcnt\": {failcnt}}}",
                limit / 4,
                limit / 3
            )
        };
        let numproc = ubc_obj(9_223_372_036_854_775_807, 0);
        let kmem = ubc_obj(9_223_372_036_854_775_807, 0);
        let fail = if rng.next().is_multiple_of(7) {
            1 + rng.next() % 50
        } else {
            0
        };
        let _ = write!(
            json,
            "{}  {{\"ctid\": \"{id}\", \"private\": \"{private}\", \"root\": \"/vz/root/{id}\", \"hostname\": \"{hostname}\", \"name\": \"ct{i}\", \"ostemplate\": \"{template}\", \"ip\": [\"{ip}\"], \"status\": \"{status}\", \"numproc\": {numproc}, \"kmemsize\": {kmem}, \"numproc\": {numproc}, \"physpages\": {}, \"swappages\": {}, \"diskspace\": {{\"usage\": {}, \"softlimit\": {disk}, \"hardlimit\": {disk}}}, \"diskinodes\": {{\"usage\": 40000, \"softlimit\": 655360, \"hardlimit\": 655360}}, \"laverage\": [0.01, 0.05, 0.1], \"uptime\": 12345.6, \"cpulimit\": {cpulimit}, \"cpuunits\": 1000, \"cpus\": {}, \"ioprio\": 4, \"iolimit\": 0, \"iopslimit\": 0, \"onboot\": {onboot}, \"bootorder\": null, \"layout\": {layout_version}, \"features\": \"{features}\", \"disabled\": false}}",
            if i == 0 { "" } else { ",\n" },
            ubc_obj(ram, fail),
            ubc_obj(ram / 2, 0),
            disk / 3,
            cpus.map_or("null".to_owned(), |c| c.to_string()),
        );
        let _ = write!(
            prl,
            "{}  {{\"uuid\": \"{id}\", \"status\": \"{status}\", \"ip_configured\": \"{ip}\", \"type\": \"CT\", \"name\": \"ct{i}\"}}",
            if i == 0 { "" } else { ",\n" }
        );
        if status == "running" {
            let num = &id;
            let _ = writeln!(veinfo, "{num:>10} {:>5} {:>5} {ip}", 0, 20 + i % 200);
            for (k, r) in RESOURCES.iter().enumerate() {
                let failcnt = if *r == "physpages" { fail } else { 0 };
                let head = if k == 0 {
                    format!("{num:>10}:")
                } else {
                    " ".repeat(11)
                };
                let _ = writeln!(
                    ubc,
                    "{head}  {r:<20}{:>21}{:>21}{:>21}{:>21}{failcnt:>21}",
                    10, 20, ram, ram
                );
            }
        }
    }
    let _ = writeln!(veinfo, "{:>10} {:>5} {:>5}", 0, 0, 268);
    for (k, r) in RESOURCES.iter().enumerate() {
        let head = if k == 0 {
            format!("{:>10}:", 0)
        } else {
            " ".repeat(11)
        };
        let _ = writeln!(
            ubc,
            "{head}  {r:<20}{:>21}{:>21}{:>21}{:>21}{:>21}",
            10,
            20,
            i64::MAX,
            i64::MAX,
            0
        );
    }
    write(&fs, "/proc/vz/veinfo", veinfo.as_bytes())?;
    write(&fs, "/proc/user_beancounters", ubc.as_bytes())?;

    let mut vms = String::from("[\n");
    for i in 0..spec.vms {
        let id = rng.uuid();
        let status = *rng.pick(&["running", "stopped"]);
        let os = *rng.pick(&["centos7", "ubuntu", "win-2012", "win-2016", "debian"]);
        let cpus = *rng.pick(&[1u64, 2, 4, 8]);
        let mem = *rng.pick(&[1024u64, 2048, 4096, 16384]);
        let sep = if i == 0 && spec.containers == 0 {
            ""
        } else {
            ",\n"
        };
        let _ = write!(
            prl,
            "{sep}  {{\"uuid\": \"{id}\", \"status\": \"{status}\", \"ip_configured\": \"192.168.{}.{}\", \"type\": \"VM\", \"name\": \"vm{i}.office.example\"}}",
            i / 250,
            i % 250 + 1
        );
        let _ = write!(
            vms,
            "{}  {{\"ID\": \"{{{id}}}\", \"Name\": \"vm{i}.office.example\", \"Type\": \"VM\", \"State\": \"{status}\", \"OS\": \"{os}\", \"Home path\": \"/vz/vmprivate/{id}/config.pvs\", \"Hardware\": {{\"cpu\": {{\"cpus\": {cpus}}}, \"memory\": {{\"size\": \"{mem}Mb\"}}, \"net0\": {{\"mac\": \"001C42{:06X}\"}}}}}}",
            if i == 0 { "" } else { ",\n" },
            i
        );
    }
    json.push_str("\n]\n");
    prl.push_str("\n]\n");
    vms.push_str("\n]\n");

    let commands: &[(&[&str], &str, String)] = &[
        (&["vzlist", "-a", "-j"], "vzlist-a-j.json", json),
        (&["prlctl", "list", "-a", "-j"], "prlctl-list-a-j.json", prl),
        (
            &["prlctl", "list", "-a", "-i", "-j", "--vmtype", "vm"],
            "prlctl-list-vms.json",
            vms,
        ),
        (&["vzctl", "--version"], "vzctl-version.txt", "vzctl version 7.0.229\n".into()),
        (&["prlctl", "--version"], "prlctl-version.txt", "prlctl version 7.0.182\n".into()),
        (&["rpm", "-q", "--qf", "%{VERSION}", "ploop"], "rpm-ploop.txt", "7.0.165".into()),
        (
            &["vzpkg", "list"],
            "vzpkg-list.txt",
            "centos-7-x86_64                    2018-05-10 13:16:43\nubuntu-16.04-x86_64                2018-05-10 13:20:01\ncentos-7-x86_64  mysql\n".into(),
        ),
    ];
    std::fs::create_dir_all(dir.join("commands"))?;
    let mut toml = std::fs::File::create(dir.join("commands.toml"))?;
    writeln!(
        toml,
        "# Generated Virtuozzo 7 node: {} containers, {} VMs",
        spec.containers, spec.vms
    )?;
    for (argv, file, text) in commands {
        std::fs::write(dir.join("commands").join(file), text)?;
        let argv: Vec<String> = argv.iter().map(|a| format!("{a:?}")).collect();
        writeln!(
            toml,
            "\n[[command]]\nargv = [{}]\nstdout = \"commands/{file}\"",
            argv.join(", ")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vz_containers::VzContainers;
    use cep_core::{Collector, Host};

    #[test]
    fn generated_host_counts_add_up() {
        let dir = tempfile::tempdir().unwrap();
        generate_vz7_host(
            dir.path(),
            GenSpec {
                containers: 200,
                vms: 20,
                seed: 7,
            },
        )
        .unwrap();
        // The shapes of current vzctl 7: numproc twice, layout versions,
        // numeric and UUID ids, beancounters named by id.
        let listing = std::fs::read_to_string(dir.path().join("commands/vzlist-a-j.json")).unwrap();
        assert_eq!(listing.matches("\"numproc\":").count(), 400);
        assert_eq!(listing.matches("\"layout\": 5,").count(), 180);
        assert_eq!(listing.matches("\"ctid\": \"900000").count(), 20);
        let ubc = std::fs::read_to_string(dir.path().join("fs/proc/user_beancounters")).unwrap();
        assert!(
            ubc.lines()
                .any(|l| l.trim_start().starts_with("900000") && l.contains(":  kmemsize")),
            "{ubc:.300}"
        );
        assert!(ubc.contains("dummy"));
        let host = Host::fixture(dir.path()).unwrap();
        let v = VzContainers.collect(&host).unwrap();
        let v = v.as_json().unwrap();
        assert_eq!(v["configured"], 200);
        assert_eq!(
            v["prlctl"],
            serde_json::json!({"containers": 200, "vms": 20})
        );
        assert_eq!(
            v["by_layout"],
            serde_json::json!({"ploop": 180, "simfs": 20})
        );
        let sum = |k: &str| {
            v[k].as_object()
                .unwrap()
                .values()
                .map(|x| x.as_u64().unwrap())
                .sum::<u64>()
        };
        for k in [
            "by_template",
            "ram_limit",
            "cpu_limit",
            "cpus",
            "disk_limit",
        ] {
            assert_eq!(sum(k), 200, "{k}");
        }
        let running = v["running"].as_u64().unwrap();
        let b = crate::vz_beancounters::VzBeancounters
            .collect(&host)
            .unwrap();
        assert_eq!(b.as_json().unwrap()["containers"].as_u64(), Some(running));
        let p = crate::vz_ploop::VzPloop.collect(&host).unwrap();
        assert_eq!(p.as_json().unwrap()["images"], 180);
        let s = crate::vz_simfs::VzSimfs.collect(&host).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &serde_json::json!({"containers": 20, "fs_types": {"ext4": 20}})
        );
        let vms = crate::vz_vms::VzVms.collect(&host).unwrap();
        assert_eq!(vms.as_json().unwrap()["vms"], 20);
    }
}
