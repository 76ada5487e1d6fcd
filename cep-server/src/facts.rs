//! From section facts to distribution keys, in one table ([`DISTS`]).
//!
//! Each distribution names the collector whose section it reads and how a
//! key is taken from it. Field paths are JSON pointers tried in order, so a
//! collector that renames a field only needs one more pointer here. A
//! missing field gives no key (the host is simply not counted in that
//! distribution); it is never an error.

use serde::Serialize;
use serde_json::Value;

/// The pseudo-collector holding the server's own facts about a host (the
/// country looked up at ingest). Clients never send it.
pub const SERVER_COLLECTOR: &str = "server.geo";

/// How a distribution takes its keys from a section.
#[derive(Debug, Clone, Copy)]
pub enum Extract {
    /// The first present pointer's value (string, number or bool) is the key.
    Value(&'static [&'static str]),
    /// The values at all pointers, joined with a space (e.g. id + version).
    Join(&'static [&'static str]),
    /// A number: `yes` when > 0, `no` when 0.
    Positive(&'static [&'static str]),
    /// A byte count, bucketed by powers of two in GiB (`<1 GiB`, `1-2 GiB`, ...).
    GiB(&'static [&'static str]),
    /// A count bucketed as 0, 1-5, 6-20, 21-100, 101-500, >500.
    Count(&'static [&'static str]),
    /// An object of counts: every key with a count > 0 (or any non-count
    /// value) is a key; or an array of strings: every element.
    Each(&'static [&'static str]),
    /// An array of objects: every object's `field` (a string) is a key.
    Field {
        /// Pointers to the array.
        array: &'static [&'static str],
        /// Field within each element.
        field: &'static str,
    },
    /// An array of objects: `yes` when any object's `field` is one of
    /// `values`, `no` when the array is present and none is.
    AnyOf {
        /// Pointers to the array.
        array: &'static [&'static str],
        /// Field within each element.
        field: &'static str,
        /// Matching values.
        values: &'static [&'static str],
    },
}

/// The topic page a distribution is shown on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Page {
    /// Generation, kernels, distributions, ReadyKernel.
    Virtualization,
    /// Containers per host and in total.
    Containers,
    /// Virtual machines.
    Vms,
    /// CPUs, memory, disks, network.
    Hardware,
    /// Tools, packages, templates, services.
    Software,
    /// Countries.
    Countries,
}

impl Page {
    /// Every topic page, in navigation order.
    pub const ALL: [Page; 6] = [
        Page::Virtualization,
        Page::Containers,
        Page::Vms,
        Page::Hardware,
        Page::Software,
        Page::Countries,
    ];

    /// Its URL path segment.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Virtualization => "virtualization",
            Page::Containers => "containers",
            Page::Vms => "vms",
            Page::Hardware => "hardware",
            Page::Software => "software",
            Page::Countries => "countries",
        }
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Page::Virtualization => "Virtualization",
            Page::Containers => "Containers",
            Page::Vms => "Virtual machines",
            Page::Hardware => "Hardware",
            Page::Software => "Software",
            Page::Countries => "Countries",
        }
    }

    /// The page with this slug.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// One published distribution.
#[derive(Debug, Clone, Copy)]
pub struct Dist {
    /// Stable name (JSON key, database key).
    pub name: &'static str,
    /// Title on the page.
    pub title: &'static str,
    /// The page it is on.
    pub page: Page,
    /// The collector whose section it reads.
    pub collector: &'static str,
    /// How.
    pub extract: Extract,
    /// What a key's count counts besides hosts (`containers`, `VMs`,
    /// `disks`), for sections that give a count per key: such tables show
    /// both shares, of hosts and of these.
    pub unit: Option<&'static str>,
}

const fn d(
    name: &'static str,
    title: &'static str,
    page: Page,
    collector: &'static str,
    extract: Extract,
) -> Dist {
    Dist {
        name,
        title,
        page,
        collector,
        extract,
        unit: None,
    }
}

const fn counted(
    name: &'static str,
    title: &'static str,
    page: Page,
    collector: &'static str,
    ptrs: &'static [&'static str],
    unit: &'static str,
) -> Dist {
    Dist {
        name,
        title,
        page,
        collector,
        extract: Extract::Each(ptrs),
        unit: Some(unit),
    }
}

use Extract::{AnyOf, Count, Each, GiB, Join, Positive, Value as V};
use Page::{
    Containers as Ct, Countries, Hardware as Hw, Software as Sw, Virtualization as Virt, Vms,
};

/// Every distribution, in page order (one line each, so kept unformatted). Adjust the pointers here when a
/// collector's section changes shape.
#[rustfmt::skip]
pub const DISTS: &[Dist] = &[
    d("virtualization", "OpenVZ / Virtuozzo generation", Virt, "os.kernel", V(&["/line"])),
    d("kernel", "Kernels", Virt, "os.kernel", V(&["/release"])),
    d("distribution", "Distributions", Virt, "os.release", Join(&["/id", "/version"])),
    d("readykernel", "ReadyKernel installed", Virt, "vz.readykernel", V(&["/installed"])),
    d("readykernel_patch", "ReadyKernel patch levels", Virt, "vz.readykernel", V(&["/patch_level"])),
    d("containers", "Hosts with containers", Ct, "vz.containers", Positive(&["/configured", "/total", "/count"])),
    d("running", "Hosts with running containers", Ct, "vz.containers", Positive(&["/running", "/by_status/running"])),
    d("container_count", "Containers per host", Ct, "vz.containers", Count(&["/configured", "/total", "/count"])),
    counted("layout", "Container layouts (ploop / simfs)", Ct, "vz.containers", &["/by_layout", "/layout"], "containers"),
    counted("ct_os", "Container OS templates", Ct, "vz.containers", &["/by_template", "/by_os", "/templates"], "containers"),
    d("vswap", "Hosts with vswap containers", Ct, "vz.containers", Positive(&["/vswap", "/with_vswap"])),
    counted("ct_ram", "Container memory limits", Ct, "vz.containers", &["/ram_limit"], "containers"),
    counted("ct_disk", "Container disk limits", Ct, "vz.containers", &["/disk_limit"], "containers"),
    counted("ct_cpus", "Container CPU limits", Ct, "vz.containers", &["/cpus"], "containers"),
    counted("ct_features", "Container features", Ct, "vz.containers", &["/features"], "containers"),
    d("vms", "Hosts with VMs", Vms, "vz.vms", Positive(&["/vms", "/total", "/configured", "/count"])),
    counted("guest_os", "VM guest OSes", Vms, "vz.vms", &["/guest_os", "/by_guest_os", "/by_os"], "VMs"),
    counted("vm_vcpus", "VM vCPUs", Vms, "vz.vms", &["/vcpus"], "VMs"),
    counted("vm_memory", "VM memory", Vms, "vz.vms", &["/memory"], "VMs"),
    d("cpu_vendor", "CPU vendors", Hw, "hw.cpu", V(&["/vendor"])),
    d("cpu_model", "CPU models", Hw, "hw.cpu", Each(&["/models", "/model", "/model_name"])),
    d("cpu_cores", "CPU cores", Hw, "hw.cpu", V(&["/cores"])),
    d("memory", "Memory", Hw, "hw.memory", GiB(&["/total_bytes"])),
    d("ssd", "Hosts with SSD or NVMe", Hw, "hw.disks", AnyOf { array: &["/disks", "/devices"], field: "kind", values: &["ssd", "nvme"] }),
    counted("disk_kind", "Disk kinds (SSD / NVMe / HDD)", Hw, "hw.disks", &["/by_kind"], "disks"),
    d("disk_model", "Disk models", Hw, "hw.disks", Extract::Field { array: &["/disks", "/devices"], field: "model" }),
    d("bonding", "Hosts with bonding", Hw, "net.config", Positive(&["/bonding/count", "/bonds", "/bonding"])),
    d("teaming", "Hosts with teaming", Hw, "net.config", Positive(&["/teams", "/teaming/count"])),
    d("vzctl", "vzctl versions", Sw, "vz.host", V(&["/vzctl_version"])),
    d("prlctl", "prlctl versions", Sw, "vz.host", V(&["/prlctl_version"])),
    d("ploop", "ploop versions", Sw, "sw.packages", V(&["/versions/ploop/0", "/ploop"])),
    d("vzkernel", "Installed vzkernel packages", Sw, "sw.packages", Each(&["/versions/vzkernel", "/vzkernel"])),
    d("templates", "Installed OS templates", Sw, "vz.templates", Each(&["/os_templates", "/os", "/templates"])),
    d("services", "Active services", Sw, "sw.services", Each(&["/active"])),
    d("country", "Countries", Countries, SERVER_COLLECTOR, V(&["/country"])),
];

/// A JSON pointer as a policy field path (`/versions/ploop/0` →
/// `versions.ploop`: an array index keeps the whole array).
fn pointer_path(ptr: &str) -> String {
    ptr.split('/')
        .skip(1)
        .take_while(|seg| seg.parse::<usize>().is_err())
        .collect::<Vec<_>>()
        .join(".")
}

/// The collection policy: every field the tables read, by collector
/// (what `GET /api/v1/policy` publishes and what the server keeps of a
/// report). The server's own `server.geo` is not a client's collector.
pub fn policy() -> cep_policy::Policy {
    let mut out: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for d in DISTS.iter().filter(|d| d.collector != SERVER_COLLECTOR) {
        let fields = out.entry(d.collector.to_owned()).or_default();
        match d.extract {
            Extract::Value(p)
            | Extract::Join(p)
            | Extract::Positive(p)
            | Extract::GiB(p)
            | Extract::Count(p)
            | Extract::Each(p) => fields.extend(p.iter().map(|p| pointer_path(p))),
            Extract::Field { array, field } | Extract::AnyOf { array, field, .. } => fields.extend(
                array
                    .iter()
                    .map(|p| format!("{}[].{field}", pointer_path(p))),
            ),
        }
    }
    cep_policy::Policy::new(out)
}

/// [`policy`]'s field trees, made once: every section received is reduced
/// to them.
pub(crate) static FILTER: std::sync::LazyLock<cep_policy::Filter> =
    std::sync::LazyLock::new(|| cep_policy::Filter::new(&policy()));

/// Most keys one distribution takes from one host (a hostile section with
/// thousands of keys must not blow up the aggregates).
pub const MAX_KEYS: usize = 16;
/// Longest key, in bytes; longer ones are cut.
pub const MAX_KEY_LEN: usize = 64;

/// The most units (containers, VMs, disks) one host weighs in one
/// distribution. A host reporting more is scaled down to this, its keys
/// keeping their proportions (each at least 1), so no single report can
/// dominate a table's share of units: a host claiming a million ploop
/// containers counts as 1,000 of them, about what the densest real
/// hosts run.
pub const MAX_HOST_UNITS: i64 = 1_000;

/// The distribution with this name.
pub fn dist(name: &str) -> Option<&'static Dist> {
    DISTS.iter().find(|d| d.name == name)
}

/// The value a distribution reads from a section, before it becomes a
/// key: the first present pointer's (for the fleet view, which shows one
/// host's own values, never a bucket). `None` for the extracts that read
/// more than one value.
pub fn value<'a>(d: &Dist, section: &'a Value) -> Option<&'a Value> {
    match d.extract {
        Extract::Value(p) | Extract::Positive(p) | Extract::GiB(p) | Extract::Count(p) => {
            first(section, p)
        }
        _ => None,
    }
}

/// The keys `d` takes from `section` (empty when the fields are absent).
pub fn keys(d: &Dist, section: &Value) -> Vec<String> {
    weighted_keys(d, section)
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// The keys `d` takes from `section`, each with its weight: the count an
/// object of counts gives it (`{"ploop": 3}`: 3 containers), else 1.
pub fn weighted_keys(d: &Dist, section: &Value) -> Vec<(String, i64)> {
    let one = |k: String| (k, 1);
    let mut out: Vec<(String, i64)> = match d.extract {
        Extract::Value(ptrs) => first(section, ptrs)
            .and_then(scalar)
            .map(one)
            .into_iter()
            .collect(),
        Extract::Join(ptrs) => {
            let parts: Vec<String> = ptrs
                .iter()
                .filter_map(|p| pointer(section, p).and_then(scalar))
                .collect();
            if parts.is_empty() {
                vec![]
            } else {
                vec![one(parts.join(" "))]
            }
        }
        Extract::Positive(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(|n| one(if n > 0.0 { "yes" } else { "no" }.to_owned()))
            .into_iter()
            .collect(),
        Extract::GiB(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(|n| one(gib_bucket(n)))
            .into_iter()
            .collect(),
        Extract::Count(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(|n| one(count_bucket(n)))
            .into_iter()
            .collect(),
        Extract::Each(ptrs) => match first(section, ptrs) {
            Some(Value::Object(m)) => m
                .iter()
                .filter_map(|(k, v)| match count(v) {
                    Some(n) if n > 0.0 => Some((k.clone(), n.min(1e9) as i64)),
                    Some(_) => None,
                    None => Some(one(k.clone())),
                })
                .collect(),
            Some(Value::Array(a)) => a.iter().filter_map(scalar).map(one).collect(),
            Some(v) => scalar(v).map(one).into_iter().collect(),
            None => vec![],
        },
        Extract::Field { array, field } => match first(section, array) {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|e| e.get(field).and_then(scalar))
                .map(one)
                .collect(),
            _ => vec![],
        },
        Extract::AnyOf {
            array,
            field,
            values,
        } => match first(section, array) {
            Some(Value::Array(a)) => {
                let any = a.iter().any(|e| {
                    e.get(field)
                        .and_then(Value::as_str)
                        .is_some_and(|s| values.iter().any(|v| v.eq_ignore_ascii_case(s)))
                });
                vec![one(if any { "yes" } else { "no" }.to_owned())]
            }
            _ => vec![],
        },
    };
    for (k, _) in &mut out {
        if k.len() > MAX_KEY_LEN {
            let mut end = MAX_KEY_LEN;
            while !k.is_char_boundary(end) {
                end -= 1;
            }
            k.truncate(end);
        }
    }
    out.retain(|(k, _)| !k.is_empty());
    out.sort();
    // Keys cut to the same prefix, or repeated in an array, count once
    // per host with their weights added.
    let mut merged: Vec<(String, i64)> = Vec::with_capacity(out.len());
    for (k, w) in out {
        match merged.last_mut() {
            Some((last, lw)) if *last == k => *lw = lw.saturating_add(w),
            _ => merged.push((k, w)),
        }
    }
    merged.truncate(MAX_KEYS);
    let total: i64 = merged.iter().map(|(_, w)| *w).sum();
    if total > MAX_HOST_UNITS {
        for (_, w) in &mut merged {
            *w = (*w * MAX_HOST_UNITS / total).max(1);
        }
    }
    merged
}

#[cfg(test)]
mod policy_tests {
    #[test]
    fn the_clients_built_in_policy_is_what_the_tables_read() {
        assert_eq!(super::policy(), cep_policy::Policy::builtin());
        assert!(super::policy().uses("hw.disks", "disks[].model"));
        assert!(!super::policy().uses("hw.disks", "disks[].vendor"));
        assert!(super::policy().uses("sw.packages", "versions.ploop"));
    }
}

fn first<'a>(v: &'a Value, ptrs: &[&str]) -> Option<&'a Value> {
    ptrs.iter()
        .filter_map(|p| pointer(v, p))
        .find(|v| !v.is_null())
}

/// [`Value::pointer`] without a copy of each token when none is escaped
/// (no `~`: every pointer the tables read): every section received is
/// read through it.
fn pointer<'a>(v: &'a Value, p: &str) -> Option<&'a Value> {
    if p.contains('~') {
        return v.pointer(p);
    }
    if p.is_empty() {
        return Some(v);
    }
    p.strip_prefix('/')?
        .split('/')
        .try_fold(v, |target, token| match target {
            Value::Object(m) => m.get(token),
            // As serde_json reads an index: no sign, no leading zero.
            Value::Array(a)
                if !token.starts_with('+') && (token == "0" || !token.starts_with('0')) =>
            {
                token.parse::<usize>().ok().and_then(|i| a.get(i))
            }
            _ => None,
        })
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_owned()),
        _ => None,
    }
}

/// A number, or the sum of an object's numbers (`{"ploop": 3, "simfs": 1}`),
/// or an array's length.
fn count(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::Object(m) => Some(m.values().filter_map(|v| v.as_f64()).sum()),
        Value::Array(a) => Some(a.len() as f64),
        _ => None,
    }
}

/// `<=1 GiB`, `1-2 GiB`, `2-4 GiB`, ... `>1024 GiB`; upper bounds are
/// inclusive, so a 64 GiB machine (whose MemTotal is a little less) is in
/// `32-64 GiB` whether or not the kernel reserved some of it.
pub fn gib_bucket(bytes: f64) -> String {
    let gib = bytes / (1024.0 * 1024.0 * 1024.0);
    if gib <= 1.0 {
        return "<=1 GiB".into();
    }
    let mut lo = 1u64;
    while lo < 1024 {
        if gib <= (lo * 2) as f64 {
            return format!("{lo}-{} GiB", lo * 2);
        }
        lo *= 2;
    }
    ">1024 GiB".into()
}

/// 0, 1-5, 6-20, 21-100, 101-500, >500.
pub fn count_bucket(n: f64) -> String {
    let n = n.max(0.0) as u64;
    match n {
        0 => "0",
        1..=5 => "1-5",
        6..=20 => "6-20",
        21..=100 => "21-100",
        101..=500 => "101-500",
        _ => ">500",
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn k(name: &str, v: Value) -> Vec<String> {
        keys(dist(name).unwrap(), &v)
    }

    #[test]
    fn pointers_read_as_serde_json_reads_them() {
        let v = json!({"a": {"b/c": 1, "d~e": 2, "f": [10, 11, {"g": 3}]}, "": 4});
        for p in [
            "", "/", "/a", "/a/f", "/a/f/0", "/a/f/1", "/a/f/2/g", "/a/f/01", "/a/f/+1", "/a/f/3",
            "/a/b~1c", "/a/d~0e", "/a/d~e", "a", "/x/y", "/a/f/0/z",
        ] {
            assert_eq!(pointer(&v, p), v.pointer(p), "{p}");
        }
        assert_eq!(pointer(&v, "/a/f/2/g"), Some(&json!(3)));
    }

    #[test]
    fn native_sections_give_keys() {
        let kernel = json!({"release": "2.6.32-042stab145.3", "machine": "x86_64", "openvz": true, "line": "openvz-legacy"});
        assert_eq!(k("kernel", kernel.clone()), ["2.6.32-042stab145.3"]);
        assert_eq!(k("virtualization", kernel), ["openvz-legacy"]);
        assert_eq!(
            k("distribution", json!({"id": "virtuozzo", "version": "7"})),
            ["virtuozzo 7"]
        );
        assert_eq!(
            k("memory", json!({"total_bytes": 506128u64 * 1024})),
            ["<=1 GiB"]
        );
        assert_eq!(
            k("memory", json!({"total_bytes": 64u64 << 30})),
            ["32-64 GiB"]
        );
        assert_eq!(
            k(
                "layout",
                json!({"by_layout": {"ploop": 3, "simfs": 0}, "configured": 3})
            ),
            ["ploop"]
        );
        assert_eq!(k("container_count", json!({"configured": 3})), ["1-5"]);
        assert_eq!(k("running", json!({"running": 0})), ["no"]);
        assert_eq!(
            k("ssd", json!({"disks": [{"kind": "hdd"}, {"kind": "nvme"}]})),
            ["yes"]
        );
        assert_eq!(k("ssd", json!({"disks": [{"kind": "hdd"}]})), ["no"]);
        assert_eq!(
            k("cpu_model", json!({"models": ["Xeon E5", "Xeon E5"]})),
            ["Xeon E5"]
        );
    }

    #[test]
    fn counts_per_key_are_weights_and_the_fixed_pointers_match_the_collectors() {
        let d = dist("layout").unwrap();
        assert_eq!(
            weighted_keys(d, &json!({"by_layout": {"ploop": 2, "simfs": 1, "x": 0}})),
            [("ploop".to_owned(), 2), ("simfs".to_owned(), 1)]
        );
        // vz.vms counts VMs in `vms`; vz.host has `vzctl --version`.
        assert_eq!(
            k("vms", json!({"vms": 2, "guest_os": {"centos": 1}})),
            ["yes"]
        );
        assert_eq!(k("vms", json!({"vms": 0})), ["no"]);
        assert_eq!(k("vzctl", json!({"vzctl_version": "7.0.229"})), ["7.0.229"]);
        assert!(k("vzctl", json!({"vzctl_version": null})).is_empty());
        assert_eq!(
            k("ploop", json!({"versions": {"ploop": ["7.0.93-1.vz7"]}})),
            ["7.0.93-1.vz7"]
        );
        assert_eq!(k("ploop", json!({"ploop": "1.15"})), ["1.15"]);
        // Disk models: one key per model, repeated disks count once.
        let disks = json!({"disks": [{"model": "ST2000"}, {"model": "ST2000"}, {"model": null}]});
        assert_eq!(
            weighted_keys(dist("disk_model").unwrap(), &disks),
            [("ST2000".to_owned(), 2)]
        );
        assert_eq!(k("disk_model", disks), ["ST2000"]);
    }

    #[test]
    fn one_host_weighs_at_most_max_host_units_in_proportion() {
        let d = dist("layout").unwrap();
        assert_eq!(
            weighted_keys(d, &json!({"by_layout": {"ploop": 900, "simfs": 300}})),
            [("ploop".to_owned(), 750), ("simfs".to_owned(), 250)]
        );
        assert_eq!(
            weighted_keys(d, &json!({"by_layout": {"ploop": 1e18, "simfs": 1}})),
            [("ploop".to_owned(), 999), ("simfs".to_owned(), 1)]
        );
        assert_eq!(
            weighted_keys(d, &json!({"by_layout": {"ploop": 600, "simfs": 400}})),
            [("ploop".to_owned(), 600), ("simfs".to_owned(), 400)]
        );
    }

    #[test]
    fn every_page_has_tables_and_names_are_unique() {
        for p in Page::ALL {
            assert!(DISTS.iter().any(|d| d.page == p), "{p:?}");
            assert_eq!(Page::from_slug(p.slug()), Some(p));
        }
        let mut names: Vec<&str> = DISTS.iter().map(|d| d.name).collect();
        // `general` and `growth` are the other tables under /api/v1/tables.
        assert!(!names.contains(&"general") && !names.contains(&"growth"));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), DISTS.len());
    }

    #[test]
    fn missing_or_hostile_fields_are_tolerated() {
        assert!(k("kernel", json!({})).is_empty());
        assert!(k("memory", json!({"total_bytes": "lots"})).is_empty());
        let many: serde_json::Map<String, Value> =
            (0..1000).map(|i| (format!("t{i:04}"), json!(1))).collect();
        assert_eq!(k("ct_os", json!({"by_template": many})).len(), MAX_KEYS);
        let long = "x".repeat(1000);
        assert_eq!(k("kernel", json!({"release": long}))[0].len(), MAX_KEY_LEN);
    }

    #[test]
    fn buckets() {
        assert_eq!(gib_bucket(1.5 * (1u64 << 30) as f64), "1-2 GiB");
        assert_eq!(gib_bucket(4096.0 * (1u64 << 30) as f64), ">1024 GiB");
        assert_eq!(gib_bucket(2.0 * (1u64 << 30) as f64), "1-2 GiB");
        assert_eq!(count_bucket(0.0), "0");
        assert_eq!(count_bucket(21.0), "21-100");
        assert_eq!(count_bucket(501.0), ">500");
    }
}
