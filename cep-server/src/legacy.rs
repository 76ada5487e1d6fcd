//! vzstats 0.5 uploads: a gzip-compressed tar of per-script text files
//! (`./cpuinfo`, `./meminfo`, `./uname`, `./vzlist`, ...), turned into the
//! same sections the native collectors send, so that both generations land
//! in the same distributions.
//!
//! Every parser is tolerant: a missing or unreadable file gives no section,
//! never an error; only an archive that cannot be read at all is rejected.

use std::collections::BTreeMap;

use cep_core::report::{ReadLimits, read_members};
use serde_json::{Map, Value, json};

/// The script outputs [`parse_tarball`] reads (and any `vzversion-*`).
pub const READ_FILES: &str =
    "uname, osrelease, lsbrelease, cpuinfo, meminfo, vzlist, ostemplates, vzversion-*";

/// Why a vzstats upload cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum LegacyError {
    /// The tarball itself (not gzip, not tar, over a limit).
    #[error(transparent)]
    Archive(#[from] cep_core::report::ArchiveError),
    /// A tarball with nothing this server reads.
    #[error(
        "not a vzstats report: none of its {members} files is the output of a vzstats script this server reads ({READ_FILES})"
    )]
    NoVzstatsOutput {
        /// How many files the tarball held.
        members: usize,
    },
}

/// Reads a vzstats tarball into sections by collector id; `None` when it
/// is a cep report archive (it has a `manifest.json`) to be read as one.
/// A tarball that gives no section (empty, zeros, unknown files) is
/// refused: there is nothing to count.
pub fn parse_tarball(
    bytes: &[u8],
    limits: &ReadLimits,
) -> Result<Option<BTreeMap<String, Value>>, LegacyError> {
    let members = read_members(bytes, limits)?;
    if members.contains_key(cep_core::report::MANIFEST) {
        return Ok(None);
    }
    let text = |name: &str| {
        members
            .get(name)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    };
    let mut out = BTreeMap::new();
    if let Some(v) = text("uname").and_then(|t| kernel(&t)) {
        out.insert("os.kernel".to_owned(), v);
    }
    let release = text("osrelease")
        .and_then(|t| os_release(&t))
        .or_else(|| text("lsbrelease").and_then(|t| lsb_release(&t)));
    if let Some(v) = release {
        out.insert("os.release".to_owned(), v);
    }
    if let Some(v) = text("cpuinfo").and_then(|t| cpu(&t)) {
        out.insert("hw.cpu".to_owned(), v);
    }
    if let Some(v) = text("meminfo").and_then(|t| memory(&t)) {
        out.insert("hw.memory".to_owned(), v);
    }
    if let Some(t) = text("vzlist") {
        let templates = text("ostemplates").unwrap_or_default();
        out.insert("vz.containers".to_owned(), containers(&t, &templates));
    }
    let mut packages = Map::new();
    for (name, bytes) in &members {
        if name.starts_with("vzversion") {
            packages.extend(package_versions(&String::from_utf8_lossy(bytes)));
        }
    }
    // The vzctl version goes where native clients report `vzctl
    // --version` (vz.host), so both generations meet in one table.
    if let Some(v) = packages.get("vzctl") {
        out.insert("vz.host".to_owned(), json!({ "vzctl_version": v }));
    }
    // In the native collector's shape (`versions.<name>`: a list), so
    // the versions are checked as the versions sw.packages declares.
    let versions: Map<String, Value> = packages
        .into_iter()
        .map(|(name, v)| (name, Value::Array(vec![v])))
        .collect();
    if !versions.is_empty() {
        out.insert("sw.packages".to_owned(), json!({ "versions": versions }));
    }
    if out.is_empty() {
        return Err(LegacyError::NoVzstatsOutput {
            members: members.len(),
        });
    }
    Ok(Some(out))
}

/// `uname -rm`: `2.6.32-042stab145.3 x86_64`.
pub fn kernel(text: &str) -> Option<Value> {
    let mut it = text.split_whitespace();
    let release = it.next()?;
    let machine = it.next();
    let line = serde_json::to_value(cep_collectors::os_kernel::kernel_line(release)).ok()?;
    Some(json!({
        "release": release,
        "machine": machine,
        "openvz": release.contains("stab") || release.contains(".vz"),
        "line": line,
    }))
}

/// `tail /etc/*-release`: either one file's text or `==> file <==` blocks.
pub fn os_release(text: &str) -> Option<Value> {
    use cep_collectors::os_release::{parse_os_release, parse_release_line};
    let mut blocks: Vec<(String, String)> = Vec::new();
    let mut cur = ("/etc/system-release".to_owned(), String::new());
    for line in text.lines() {
        if let Some(name) = line
            .trim()
            .strip_prefix("==> ")
            .and_then(|l| l.strip_suffix(" <=="))
        {
            if !cur.1.trim().is_empty() {
                blocks.push(cur);
            }
            cur = (name.to_owned(), String::new());
        } else {
            cur.1.push_str(line);
            cur.1.push('\n');
        }
    }
    if !cur.1.trim().is_empty() {
        blocks.push(cur);
    }
    // os-release first (it has ids), then the one-line files.
    let rel = blocks
        .iter()
        .filter(|(_, t)| t.contains("ID="))
        .find_map(|(_, t)| parse_os_release(t))
        .or_else(|| {
            blocks
                .iter()
                .filter(|(n, t)| !t.contains('=') && !n.ends_with("lsb-release"))
                .find_map(|(n, t)| parse_release_line(t, n))
        })?;
    serde_json::to_value(rel).ok()
}

/// `lsb_release -a`: `Distributor ID:\tCentOS` / `Release:\t6.10`.
pub fn lsb_release(text: &str) -> Option<Value> {
    let get = |key: &str| {
        text.lines()
            .find_map(|l| l.split_once(':').filter(|(k, _)| k.trim() == key))
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty() && v != "n/a")
    };
    let name = get("Distributor ID")?;
    let release = get("Release");
    let line = match &release {
        Some(r) => format!("{name} release {r}"),
        None => name,
    };
    let rel = cep_collectors::os_release::parse_release_line(&line, "lsb_release")?;
    serde_json::to_value(rel).ok()
}

/// /proc/cpuinfo: vendor, model names, sockets, cores, threads.
pub fn cpu(text: &str) -> Option<Value> {
    let mut vendor = None;
    let mut models: Vec<String> = Vec::new();
    let mut threads = 0u64;
    let mut sockets = std::collections::BTreeSet::new();
    let mut cores_per_socket = 0u64;
    for line in text.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim() {
            "processor" => threads += 1,
            "vendor_id" => {
                vendor.get_or_insert_with(|| {
                    match v {
                        // The native collector's values (hw.cpu), so both
                        // generations meet in one row.
                        "GenuineIntel" => "intel",
                        "AuthenticAMD" | "HygonGenuine" => "amd",
                        _ => "other",
                    }
                    .to_owned()
                });
            }
            "model name" if !v.is_empty() && !models.iter().any(|m| m == v) => {
                models.push(v.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            "physical id" => {
                sockets.insert(v.to_owned());
            }
            "cpu cores" => cores_per_socket = v.parse().unwrap_or(cores_per_socket),
            _ => {}
        }
    }
    if threads == 0 {
        return None;
    }
    let sockets = sockets.len().max(1) as u64;
    let cores = if cores_per_socket > 0 {
        Some(cores_per_socket * sockets)
    } else {
        None
    };
    Some(json!({
        "vendor": vendor,
        "models": models,
        "sockets": sockets,
        "cores": cores,
        "threads": threads,
    }))
}

/// /proc/meminfo with the collector's parser.
pub fn memory(text: &str) -> Option<Value> {
    let m = cep_collectors::hw_memory::parse_meminfo(text).ok()?;
    Some(json!({
        "total_bytes": m.mem_total,
        "swap_total_bytes": m.swap_total,
    }))
}

/// `vzlist -aH -o status,layout,vswap` and `vzlist -aH -o ostemplate`.
/// Columns are found by their values, so other column sets still count.
pub fn containers(vzlist: &str, ostemplates: &str) -> Value {
    let mut status: BTreeMap<&str, u64> = BTreeMap::new();
    let mut layout: BTreeMap<&str, u64> = BTreeMap::new();
    let mut configured = 0u64;
    let mut vswap = 0u64;
    for line in vzlist.lines() {
        let toks: Vec<&str> = line.split_whitespace().collect();
        let Some(st) = toks
            .iter()
            .find(|t| matches!(**t, "running" | "stopped" | "mounted" | "suspended"))
        else {
            continue;
        };
        configured += 1;
        *status.entry(st).or_default() += 1;
        if let Some(l) = toks.iter().find(|t| matches!(**t, "ploop" | "simfs")) {
            *layout.entry(l).or_default() += 1;
        }
        if toks.last() == Some(&"yes") {
            vswap += 1;
        }
    }
    let mut templates: BTreeMap<String, u64> = BTreeMap::new();
    for t in ostemplates.lines().map(str::trim).filter(|t| !t.is_empty()) {
        let t = t
            .trim_end_matches("-x86_64")
            .trim_end_matches("-x86")
            .trim_end_matches("-i386")
            .trim_end_matches("-amd64");
        // Template names are public; anything that looks like a path or a
        // private name is not kept.
        if t.len() <= 40
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
        {
            *templates.entry(t.to_owned()).or_default() += 1;
        }
    }
    let get = |k: &str| status.get(k).copied().unwrap_or(0);
    json!({
        "configured": configured,
        "running": get("running"),
        "stopped": get("stopped"),
        "mounted": get("mounted"),
        "suspended": get("suspended"),
        "by_layout": layout,
        "vswap": vswap,
        "by_template": templates,
    })
}

/// Package name → upstream version from what vzstats 0.5.1's
/// `bin/vzversion-*` scripts print:
/// - rpm (`rpm -qa`): `vzctl-4.9.4-1.x86_64` (or without `.arch`);
/// - deb (`dpkg -l`): `ii  vzctl  3.0.30.2-4  amd64  description` (the
///   architecture column since dpkg 1.16.5), under a header; only rows
///   whose status letter is `i` (installed) count;
/// - gentoo (`equery --quiet list`): `sys-cluster/vzctl-4.0-r1`;
/// - arch (`pacman -Q`): `vzctl 4.9.4-1`;
/// - and a `vzctl version 4.3` banner.
///
/// The version is the upstream one: no epoch, no package release or
/// revision, so one vzctl version is one key whatever the distribution.
pub fn package_versions(text: &str) -> Map<String, Value> {
    const NAMES: [&str; 7] = [
        "vzctl",
        "vzctl-core",
        "vzquota",
        "ploop",
        "vzkernel",
        "ovzkernel",
        "kernel",
    ];
    let mut out = Map::new();
    for line in text.lines().map(str::trim) {
        if line.contains("not installed") {
            continue;
        }
        let toks: Vec<&str> = line.split_whitespace().collect();
        let found = if let Some(v) = line.strip_prefix("vzctl version ") {
            Some(("vzctl", upstream(v.trim(), false)))
        } else if toks.len() >= 3 && is_dpkg_status(toks[0]) {
            // dpkg -l: the second status letter is the current state.
            (toks[0].as_bytes()[1] == b'i').then(|| {
                let name = toks[1].split(':').next().unwrap_or(toks[1]);
                (name, upstream(toks[2], true))
            })
        } else if toks.len() == 2 {
            Some((toks[0], upstream(toks[1], true)))
        } else if toks.len() == 1 {
            // rpm name-version-release[.arch] or gentoo category/name-version[-rN]:
            // the version starts at the first `-` followed by a digit.
            let nvr = toks[0].rsplit('/').next().unwrap_or(toks[0]);
            nvr.char_indices()
                .find(|(i, c)| *c == '-' && nvr[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
                .map(|(i, _)| (&nvr[..i], upstream(&nvr[i + 1..], false)))
        } else {
            None
        };
        let Some((name, version)) = found else {
            continue;
        };
        if NAMES.contains(&name) && !version.is_empty() && !out.contains_key(name) {
            out.insert(name.to_owned(), Value::String(version));
        }
    }
    out
}

/// `ii`, `rc`, `hi`, `iU`, `iiR`...: dpkg's want, status and error letters.
fn is_dpkg_status(t: &str) -> bool {
    let b = t.as_bytes();
    (2..=3).contains(&b.len())
        && b"uihrp".contains(&b[0])
        && b"ncHUFWtiI".contains(&b[1])
        && b.get(2).is_none_or(|c| *c == b'R')
}

/// The upstream version: without an epoch (`1:`), and without the release
/// after the last `-` (`last_dash`: deb, pacman) or after the first one
/// (rpm, gentoo, where the release follows the version).
fn upstream(v: &str, last_dash: bool) -> String {
    let v = v.split_once(':').map_or(v, |(_, r)| r);
    let v = if last_dash {
        v.rsplit_once('-').map_or(v, |(u, _)| u)
    } else {
        v.split('-').next().unwrap_or(v)
    };
    v.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/../testdata/real/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn real_cpuinfo_and_meminfo() {
        let c = cpu(&real("proc-cpuinfo-openvz-nova-driver.txt")).unwrap();
        assert_eq!(c["vendor"], "intel");
        assert_eq!(
            c["models"],
            json!(["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"])
        );
        assert_eq!(c["threads"], 8);
        assert_eq!(c["sockets"], 1);
        let m = memory(&real("proc-meminfo-openvz-nova-driver.txt")).unwrap();
        assert_eq!(m["total_bytes"], 506128u64 * 1024);
        assert_eq!(m["swap_total_bytes"], 1477624u64 * 1024);
    }

    #[test]
    fn real_vzlist_counts_by_status() {
        let v = containers(&real("vzlist-aH-plain-vz_tools.txt"), "");
        let lines = real("vzlist-aH-plain-vz_tools.txt");
        let running = lines.lines().filter(|l| l.contains(" running ")).count();
        assert_eq!(
            v["configured"],
            lines.lines().filter(|l| !l.trim().is_empty()).count()
        );
        assert_eq!(v["running"], running);
        let v = containers(
            "running ploop yes\nstopped simfs no\nrunning simfs -\n",
            "centos-6-x86_64\ncentos-6-x86_64\ndebian-7.0-x86_64\n/vz/private/1\n",
        );
        assert_eq!(
            v,
            json!({"configured": 3, "running": 2, "stopped": 1, "mounted": 0, "suspended": 0,
                   "by_layout": {"ploop": 1, "simfs": 2}, "vswap": 1,
                   "by_template": {"centos-6": 2, "debian-7.0": 1}})
        );
    }

    #[test]
    fn release_files_and_kernel() {
        let r = os_release(&format!(
            "==> /etc/redhat-release <==\n{}\n==> /etc/system-release <==\n{}",
            real("etc-redhat-release-virtuozzo-7.3-ansible-testdata.txt"),
            real("etc-system-release-virtuozzo-7.0.3-ansible-testdata.txt")
        ))
        .unwrap();
        assert_eq!(r["id"], "vzlinux");
        assert_eq!(r["version"], "7.3");
        let r = os_release(&real("etc-os-release-virtuozzo-7.0.3-ansible-testdata.txt")).unwrap();
        assert_eq!(
            (r["id"].as_str(), r["version"].as_str()),
            (Some("virtuozzo"), Some("7"))
        );
        let r = lsb_release("Distributor ID:\tCentOS\nRelease:\t6.10\n").unwrap();
        assert_eq!(
            (r["id"].as_str(), r["version"].as_str()),
            (Some("centos"), Some("6.10"))
        );
        let k = kernel("2.6.32-042stab145.3 x86_64\n").unwrap();
        assert_eq!(k["line"], "openvz-legacy");
        assert_eq!(k["machine"], "x86_64");
    }

    #[test]
    fn package_version_forms() {
        let p = package_versions(&format!(
            "vzctl-4.3-1.x86_64\nvzquota-3.1-1.x86_64\npackage ploop is not installed\nkernel-2.6.32-042stab145.3.x86_64\nfoo-1.0-1\n{}",
            real("vzctl-4.3-version-banner-fog-docs.txt")
        ));
        assert_eq!(
            Value::Object(p),
            json!({"vzctl": "4.3", "vzquota": "3.1", "kernel": "2.6.32"})
        );
        let p = package_versions("vzctl 4.9.4-1\nploop 1:1.15-1\n");
        assert_eq!(Value::Object(p), json!({"vzctl": "4.9.4", "ploop": "1.15"}));
    }

    fn vzversion(name: &str) -> Value {
        let text = std::fs::read_to_string(format!(
            "{}/../testdata/vzstats/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        Value::Object(package_versions(&text))
    }

    #[test]
    fn every_vzversion_script_form() {
        assert_eq!(
            vzversion("vzversion-rpm.txt"),
            json!({"vzctl": "4.9.4", "vzctl-core": "4.9.4", "vzquota": "3.1", "ploop": "1.15",
                   "vzkernel": "2.6.32", "kernel": "2.6.32"})
        );
        // dpkg -l: the removed (`rc`) vzquota does not count.
        assert_eq!(
            vzversion("vzversion-deb-dpkg1.16.txt"),
            json!({"vzctl": "3.0.30.2"})
        );
        assert_eq!(
            vzversion("vzversion-deb-dpkg1.15.txt"),
            json!({"vzctl": "3.0.24", "vzquota": "3.0.12"})
        );
        assert_eq!(
            vzversion("vzversion-gentoo.txt"),
            json!({"vzctl": "4.0", "ploop": "1.15", "vzquota": "3.1"})
        );
        assert_eq!(
            vzversion("vzversion-arch.txt"),
            json!({"vzctl": "4.9.4", "ploop": "1.15", "vzquota": "3.1"})
        );
        // Multi-arch names and held packages.
        let p = package_versions("hi  vzctl:amd64  4.9.4-2  amd64  tools\n");
        assert_eq!(Value::Object(p), json!({"vzctl": "4.9.4"}));
    }

    #[test]
    fn a_tarball_with_nothing_to_read_is_refused() {
        let limits = ReadLimits::default();
        let empty = cep_core::report::write_members(&[]).unwrap();
        let garbage =
            cep_core::report::write_members(&[("./x", b"\x00\x01"), ("./notes", b"hi")]).unwrap();
        let mut zeros = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut zeros, &[0u8; 10240]).unwrap();
        let zeros = zeros.finish().unwrap();
        for (bytes, members) in [(empty, 0), (zeros, 0), (garbage, 2)] {
            let e = parse_tarball(&bytes, &limits).unwrap_err().to_string();
            assert_eq!(
                e,
                format!(
                    "not a vzstats report: none of its {members} files is the output of a vzstats \
                     script this server reads ({READ_FILES})"
                )
            );
        }
        let ok = cep_core::report::write_members(&[("./uname", b"2.6.32-042stab145.3 x86_64\n")])
            .unwrap();
        let s = parse_tarball(&ok, &limits).unwrap().unwrap();
        assert_eq!(s["os.kernel"]["line"], "openvz-legacy");
    }
}
