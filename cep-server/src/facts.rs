//! From section facts to distribution keys, in one table ([`DISTS`]).
//!
//! Each distribution names the collector whose section it reads and how a
//! key is taken from it. Field paths are JSON pointers tried in order, so a
//! collector that renames a field only needs one more pointer here. A
//! missing field gives no key (the host is simply not counted in that
//! distribution); it is never an error.

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

/// One published distribution.
#[derive(Debug, Clone, Copy)]
pub struct Dist {
    /// Stable name (JSON key, database key).
    pub name: &'static str,
    /// Title on the page.
    pub title: &'static str,
    /// The collector whose section it reads.
    pub collector: &'static str,
    /// How.
    pub extract: Extract,
}

/// Every distribution, in page order. Adjust the pointers here when a
/// collector's section changes shape.
pub const DISTS: &[Dist] = &[
    Dist {
        name: "virtualization",
        title: "OpenVZ / Virtuozzo generation",
        collector: "os.kernel",
        extract: Extract::Value(&["/line"]),
    },
    Dist {
        name: "kernel",
        title: "Kernels",
        collector: "os.kernel",
        extract: Extract::Value(&["/release"]),
    },
    Dist {
        name: "distribution",
        title: "Distributions",
        collector: "os.release",
        extract: Extract::Join(&["/id", "/version"]),
    },
    Dist {
        name: "cpu_vendor",
        title: "CPU vendors",
        collector: "hw.cpu",
        extract: Extract::Value(&["/vendor"]),
    },
    Dist {
        name: "cpu_model",
        title: "CPU models",
        collector: "hw.cpu",
        extract: Extract::Each(&["/models", "/model", "/model_name"]),
    },
    Dist {
        name: "memory",
        title: "Memory",
        collector: "hw.memory",
        extract: Extract::GiB(&["/total_bytes"]),
    },
    Dist {
        name: "ssd",
        title: "Hosts with SSD or NVMe",
        collector: "hw.disks",
        extract: Extract::AnyOf {
            array: &["/disks", "/devices"],
            field: "kind",
            values: &["ssd", "nvme"],
        },
    },
    Dist {
        name: "bonding",
        title: "Hosts with bonding",
        collector: "net.config",
        extract: Extract::Positive(&["/bonding/count", "/bonds", "/bonding"]),
    },
    Dist {
        name: "containers",
        title: "Hosts with containers",
        collector: "vz.containers",
        extract: Extract::Positive(&["/configured", "/total", "/count"]),
    },
    Dist {
        name: "running",
        title: "Hosts with running containers",
        collector: "vz.containers",
        extract: Extract::Positive(&["/running", "/by_status/running"]),
    },
    Dist {
        name: "container_count",
        title: "Containers per host",
        collector: "vz.containers",
        extract: Extract::Count(&["/configured", "/total", "/count"]),
    },
    Dist {
        name: "layout",
        title: "Container layouts (ploop / simfs)",
        collector: "vz.containers",
        extract: Extract::Each(&["/by_layout", "/layout"]),
    },
    Dist {
        name: "vswap",
        title: "Hosts with vswap containers",
        collector: "vz.containers",
        extract: Extract::Positive(&["/vswap", "/with_vswap"]),
    },
    Dist {
        name: "ct_os",
        title: "Container OS templates",
        collector: "vz.containers",
        extract: Extract::Each(&["/by_template", "/by_os", "/templates"]),
    },
    Dist {
        name: "vms",
        title: "Hosts with VMs",
        collector: "vz.vms",
        extract: Extract::Positive(&["/total", "/configured", "/count"]),
    },
    Dist {
        name: "guest_os",
        title: "VM guest OSes",
        collector: "vz.vms",
        extract: Extract::Each(&["/by_guest_os", "/guest_os", "/by_os"]),
    },
    Dist {
        name: "templates",
        title: "Installed OS templates",
        collector: "vz.templates",
        extract: Extract::Each(&["/os", "/os_templates", "/templates"]),
    },
    Dist {
        name: "vzctl",
        title: "vzctl versions",
        collector: "sw.packages",
        extract: Extract::Value(&["/vzctl", "/packages/vzctl"]),
    },
    Dist {
        name: "country",
        title: "Countries",
        collector: SERVER_COLLECTOR,
        extract: Extract::Value(&["/country"]),
    },
];

/// Most keys one distribution takes from one host (a hostile section with
/// thousands of keys must not blow up the aggregates).
pub const MAX_KEYS: usize = 16;
/// Longest key, in bytes; longer ones are cut.
pub const MAX_KEY_LEN: usize = 64;

/// The distribution with this name.
pub fn dist(name: &str) -> Option<&'static Dist> {
    DISTS.iter().find(|d| d.name == name)
}

/// The keys `d` takes from `section` (empty when the fields are absent).
pub fn keys(d: &Dist, section: &Value) -> Vec<String> {
    let mut out: Vec<String> = match d.extract {
        Extract::Value(ptrs) => first(section, ptrs).and_then(scalar).into_iter().collect(),
        Extract::Join(ptrs) => {
            let parts: Vec<String> = ptrs
                .iter()
                .filter_map(|p| section.pointer(p).and_then(scalar))
                .collect();
            if parts.is_empty() {
                vec![]
            } else {
                vec![parts.join(" ")]
            }
        }
        Extract::Positive(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(|n| if n > 0.0 { "yes" } else { "no" }.to_owned())
            .into_iter()
            .collect(),
        Extract::GiB(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(gib_bucket)
            .into_iter()
            .collect(),
        Extract::Count(ptrs) => first(section, ptrs)
            .and_then(count)
            .map(count_bucket)
            .into_iter()
            .collect(),
        Extract::Each(ptrs) => match first(section, ptrs) {
            Some(Value::Object(m)) => m
                .iter()
                .filter(|(_, v)| count(v).is_none_or(|n| n > 0.0))
                .map(|(k, _)| k.clone())
                .collect(),
            Some(Value::Array(a)) => a.iter().filter_map(scalar).collect(),
            Some(v) => scalar(v).into_iter().collect(),
            None => vec![],
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
                vec![if any { "yes" } else { "no" }.to_owned()]
            }
            _ => vec![],
        },
    };
    for k in &mut out {
        if k.len() > MAX_KEY_LEN {
            let mut end = MAX_KEY_LEN;
            while !k.is_char_boundary(end) {
                end -= 1;
            }
            k.truncate(end);
        }
    }
    out.retain(|k| !k.is_empty());
    out.sort();
    out.dedup();
    out.truncate(MAX_KEYS);
    out
}

fn first<'a>(v: &'a Value, ptrs: &[&str]) -> Option<&'a Value> {
    ptrs.iter()
        .filter_map(|p| v.pointer(p))
        .find(|v| !v.is_null())
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
