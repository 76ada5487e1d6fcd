//! `vz.containers`: how containers are configured on this node, as counts
//! and fixed-bucket histograms. No container id, name, host name, address
//! or path is ever kept past parsing.
//!
//! Sources, first that works: `vzlist -a -j` (vzctl 4.0 to 4.11, 7.0.180
//! and later), then `vzlist -aH -o <fields>` (refused before vzctl 7.0.179,
//! which lacks `cpus`), then /proc/vz/veinfo plus `/etc/vz/conf/<id>.conf`.
//! On OpenVZ 7 / Virtuozzo 7 and later `prlctl list -a -j` adds CT and VM
//! counts. vzctl 7 prints a layout version (4 simfs, 5 ploop) where vzctl
//! 4.x printed the name; see `resolve_layouts`.

use std::collections::HashSet;
use std::sync::Arc;

use cep_core::host::parse_shell_vars;
use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::{Deserialize, Serialize};

use crate::vz_host::parse_veinfo;
use crate::vz_util::{
    Counts, CtPlace, LISTING_CAP, Limit, MAX_CTS, PAGE, UNLIMITED_32, bump, conf_ids,
    cpulimit_bucket, cpus_bucket, cpuunits_bucket, ct_places, disk_bucket, enabled_features,
    feature_name, numproc_bucket, parse_conf_limit, place_of, public_template, ram_bucket,
    run_optional, vz_defaults, yes,
};

/// The `vz.containers` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzContainers;

/// The argv of the JSON listing (fixture hosts record exactly this).
pub const VZLIST_JSON: [&str; 3] = ["vzlist", "-a", "-j"];
/// The fields asked of plain `vzlist` (no ids, names or addresses).
pub const VZLIST_FIELDS: &str = "status,layout,ostemplate,physpages.l,swappages.l,cpulimit,cpuunits,cpus,diskspace.h,numproc.l,onboot";
/// The argv of the prlctl listing.
pub const PRLCTL_JSON: [&str; 4] = ["prlctl", "list", "-a", "-j"];

/// What is kept of one container: settings only, no identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CtInfo {
    /// running, stopped, suspended, mounted... (lowercase).
    pub status: Option<String>,
    /// ploop or simfs.
    pub layout: Option<String>,
    /// Public `family-version` of the OS template, or `other`.
    pub template: Option<String>,
    /// RAM limit (physpages) in bytes.
    pub ram: Limit,
    /// Swap limit (swappages) in bytes.
    pub swap: Limit,
    /// CPU limit in percent of one CPU; 0 is none.
    pub cpulimit: Option<u64>,
    /// CPU units (weight).
    pub cpuunits: Option<u64>,
    /// Number of CPUs.
    pub cpus: Option<u64>,
    /// Disk space hard limit in bytes.
    pub disk: Limit,
    /// numproc limit.
    pub numproc: Limit,
    /// Starts on boot.
    pub onboot: bool,
    /// Enabled features (known names or `other`).
    pub features: Vec<String>,
    /// The private area, to reach per-container files (ploop images);
    /// never reported.
    pub private: Option<String>,
}

/// Most items kept of one JSON list (a container's addresses, features):
/// a real node lists 84 addresses for one container (the `vz_tools`
/// veinfo sample), and the listing's 64 MiB cap bounds the rest.
const MAX_LIST_ITEMS: usize = 1024;

/// A JSON value as far as the listing needs it, decoded without building
/// a `serde_json::Value` tree (a 10,000-container listing is ~12 MB):
/// numbers, short strings, booleans, and from objects only the `limit` /
/// `hardlimit` numbers and the keys switched on (feature maps).
#[derive(Debug, Clone, PartialEq, Default)]
enum Loose {
    #[default]
    Null,
    Num(u64),
    Str(String),
    Bool(bool),
    Obj {
        limit: Option<u64>,
        hardlimit: Option<u64>,
        on: Vec<String>,
    },
    Seq(Vec<Loose>),
}

impl Loose {
    fn num(&self) -> Option<u64> {
        match self {
            Loose::Num(n) => Some(*n),
            Loose::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
    fn str(&self) -> Option<&str> {
        match self {
            Loose::Str(s) => Some(s),
            _ => None,
        }
    }
    fn truthy(&self) -> bool {
        match self {
            Loose::Bool(b) => *b,
            Loose::Str(s) => yes(s),
            Loose::Num(n) => *n == 1,
            _ => false,
        }
    }
}

struct LooseVisitor;

impl<'de> serde::de::Visitor<'de> for LooseVisitor {
    type Value = Loose;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Num(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(u64::try_from(v).map_or(Loose::Null, Loose::Num))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
        Ok(if v.is_finite() && v >= 0.0 {
            Loose::Num(v.min(u64::MAX as f64) as u64)
        } else {
            Loose::Null
        })
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        // Long strings are never a setting this collector reads.
        Ok(if v.len() <= 256 {
            Loose::Str(v.to_owned())
        } else {
            Loose::Null
        })
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<Loose>()? {
            if items.len() < MAX_LIST_ITEMS {
                items.push(v);
            }
        }
        Ok(Loose::Seq(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let (mut limit, mut hardlimit, mut on) = (None, None, Vec::new());
        while let Some(key) = map.next_key::<cep_core::collector::JsonKey<'de>>()? {
            let v = map.next_value::<Loose>()?;
            match key.as_str() {
                "limit" => limit = v.num(),
                "hardlimit" => hardlimit = v.num(),
                k if v.truthy() && on.len() < 64 => on.push(feature_name(k)),
                _ => {}
            }
        }
        Ok(Loose::Obj {
            limit,
            hardlimit,
            on,
        })
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

fn ubc_limit(v: &Loose, unit: u64) -> Limit {
    match v {
        Loose::Obj { limit: Some(l), .. } => Limit::from_raw(*l, UNLIMITED_32).scaled(unit),
        v => v.num().map_or(Limit::Unset, |l| {
            Limit::from_raw(l, UNLIMITED_32).scaled(unit)
        }),
    }
}

/// A short setting as text: strings as they are, numbers written out (a
/// tool may print either).
fn short_string(v: &Loose) -> Option<String> {
    let s = match v {
        Loose::Str(s) => s.trim().to_ascii_lowercase(),
        Loose::Num(n) => n.to_string(),
        _ => return None,
    };
    Some(s).filter(|s| !s.is_empty() && s.len() <= 32)
}

/// One container object of `vzlist -a -j`; unknown keys (ids, names,
/// addresses) are skipped without being stored.
///
/// A key printed twice keeps its last value: vzctl 7's default JSON field
/// order (`src/vzlist.c`, from 7.0.180 on) names `numproc` twice, and both
/// copies come from the same beancounter, so either would do; the last
/// one is what a shell, Python's `json` and JavaScript keep too.
#[derive(Debug, Default)]
struct JsonCt {
    ctid: Loose,
    status: Loose,
    layout: Loose,
    ostemplate: Loose,
    physpages: Loose,
    swappages: Loose,
    cpulimit: Loose,
    cpuunits: Loose,
    cpus: Loose,
    diskspace: Loose,
    numproc: Loose,
    onboot: Loose,
    features: Loose,
    private: Loose,
    // Kept only for the privacy guard (see `container_names`).
    hostname: Loose,
    name: Loose,
    ip: Loose,
    configured_ip: Loose,
}

impl<'de> Deserialize<'de> for JsonCt {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<JsonCt, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = JsonCt;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a container object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonCt, A::Error> {
                let mut ct = JsonCt::default();
                while let Some(key) = map.next_key::<cep_core::collector::JsonKey<'de>>()? {
                    let slot = match key.as_str() {
                        "ctid" => &mut ct.ctid,
                        "status" => &mut ct.status,
                        "layout" => &mut ct.layout,
                        "ostemplate" => &mut ct.ostemplate,
                        "physpages" => &mut ct.physpages,
                        "swappages" => &mut ct.swappages,
                        "cpulimit" => &mut ct.cpulimit,
                        "cpuunits" => &mut ct.cpuunits,
                        "cpus" => &mut ct.cpus,
                        "diskspace" => &mut ct.diskspace,
                        "numproc" => &mut ct.numproc,
                        "onboot" => &mut ct.onboot,
                        "features" => &mut ct.features,
                        "private" => &mut ct.private,
                        "hostname" => &mut ct.hostname,
                        "name" => &mut ct.name,
                        "ip" => &mut ct.ip,
                        "configured_ip" => &mut ct.configured_ip,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = map.next_value::<Loose>()?;
                }
                Ok(ct)
            }
        }
        d.deserialize_map(V)
    }
}

fn json_features(v: &Loose) -> Vec<String> {
    match v {
        Loose::Str(s) => enabled_features(s),
        Loose::Obj { on, .. } => on.clone(),
        Loose::Seq(items) => items
            .iter()
            .filter_map(Loose::str)
            .flat_map(|s| {
                if s.contains(':') {
                    enabled_features(s)
                } else {
                    vec![feature_name(s)]
                }
            })
            .collect(),
        _ => Vec::new(),
    }
}

impl From<JsonCt> for CtInfo {
    fn from(j: JsonCt) -> Self {
        let disk = match &j.diskspace {
            Loose::Obj {
                hardlimit: Some(l), ..
            } => Limit::from_raw(*l, i64::MAX as u64).scaled(1024),
            _ => Limit::Unset,
        };
        CtInfo {
            status: short_string(&j.status),
            layout: short_string(&j.layout),
            template: match &j.ostemplate {
                Loose::Str(s) => Some(public_template(s)),
                Loose::Num(n) => Some(public_template(&n.to_string())),
                _ => None,
            },
            ram: ubc_limit(&j.physpages, PAGE),
            swap: ubc_limit(&j.swappages, PAGE),
            cpulimit: j.cpulimit.num(),
            cpuunits: j.cpuunits.num(),
            cpus: j.cpus.num(),
            disk,
            numproc: match &j.numproc {
                v @ Loose::Obj { .. } => ubc_limit(v, 1),
                _ => Limit::Unset,
            },
            onboot: j.onboot.truthy(),
            features: json_features(&j.features),
            private: j.private.str().map(str::to_owned),
        }
    }
}

/// Parses `vzlist -a -j` output: a JSON array of container objects.
pub fn parse_vzlist_json(text: &str) -> Result<Vec<CtInfo>, CollectError> {
    Ok(parse_vzlist_json_names(text)?.0)
}

/// The top-level array of `vzlist -a -j`, turned into [`CtInfo`] one
/// element at a time (a `Vec` of raw elements would be ~7 MB at 10,000
/// containers), with every container's `hostname`, `name` and addresses
/// (`ip`, `configured_ip`; the first [`MAX_LIST_ITEMS`] of each) aside.
#[derive(Default)]
struct JsonListing {
    cts: Vec<CtInfo>,
    names: Vec<String>,
    /// Each container's `ctid` (a number in vzctl 4.x, a string, often a
    /// UUID, in vzctl 7), to find its config; never reported.
    ids: Vec<Option<String>>,
}

impl<'de> Deserialize<'de> for JsonListing {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<JsonListing, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = JsonListing;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an array of container objects")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<JsonListing, A::Error> {
                let mut out = JsonListing::default();
                while let Some(mut j) = seq.next_element::<JsonCt>()? {
                    for v in [&mut j.hostname, &mut j.name] {
                        if let Loose::Str(s) = std::mem::take(v) {
                            out.names.push(s);
                        }
                    }
                    // vzctl prints each list as an array of addresses
                    // without their masks (`print_json_list`); a string
                    // of them is split the same way.
                    for v in [&mut j.ip, &mut j.configured_ip] {
                        match std::mem::take(v) {
                            Loose::Str(s) => {
                                out.names.extend(s.split_whitespace().map(str::to_owned))
                            }
                            Loose::Seq(items) => {
                                out.names.extend(items.into_iter().filter_map(|i| match i {
                                    Loose::Str(s) => Some(s),
                                    _ => None,
                                }))
                            }
                            _ => {}
                        }
                    }
                    out.ids.push(match std::mem::take(&mut j.ctid) {
                        Loose::Str(s) => Some(s),
                        Loose::Num(n) => Some(n.to_string()),
                        _ => None,
                    });
                    out.cts.push(CtInfo::from(j));
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V)
    }
}

/// [`parse_vzlist_json`], plus every container's `hostname` and `name`
/// and its id.
fn parse_vzlist_json_full(text: &str) -> Result<JsonListing, CollectError> {
    serde_json::from_str(text)
        .map_err(|e| CollectError::parse(VZLIST_JSON.join(" "), e.to_string()))
}

/// [`parse_vzlist_json`], plus every container's `hostname` and `name`.
fn parse_vzlist_json_names(text: &str) -> Result<(Vec<CtInfo>, Vec<String>), CollectError> {
    let l = parse_vzlist_json_full(text)?;
    Ok((l.cts, l.names))
}

/// A listed layout that is a layout version (vzctl 7 prints
/// `vzctl_env_layout_version`, `%d`, in JSON and plain output alike).
fn layout_version(ct: &CtInfo) -> Option<u64> {
    ct.layout
        .as_deref()
        .filter(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|l| l.parse().ok())
}

/// Turns layout versions into layout names: the version itself when it
/// says (4 simfs, 5 an image, read by vzlist from the private area's
/// `.ve.layout`), else the container's config (`VE_LAYOUT`, `VEFSTYPE`;
/// found by its id), else vz.conf's default. Containers that print a name
/// are left alone.
fn resolve_layouts(
    host: &Host,
    cts: &mut [CtInfo],
    ids: Option<&[Option<String>]>,
) -> Result<(), CollectError> {
    if !cts.iter().any(|c| layout_version(c).is_some()) {
        return Ok(());
    }
    let d = vz_defaults(host)?;
    for (i, ct) in cts.iter_mut().enumerate() {
        let Some(v) = layout_version(ct) else {
            continue;
        };
        let mut layout = crate::vz_util::layout_of_version(v, d.image_format());
        if layout.is_none()
            && let Some(id) = ids.and_then(|ids| ids.get(i)).and_then(Option::as_deref)
            && !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && let Some(text) = host.read_optional(&format!("/etc/vz/conf/{id}.conf"))?
        {
            layout = place_of(host, id, &text, &d).layout;
        }
        ct.layout = layout.or_else(|| d.layout().map(str::to_owned));
    }
    Ok(())
}

/// Parses `vzlist -aH -o` output whose columns are `fields` (comma
/// separated vzlist field names); `-` is an unset value.
pub fn parse_vzlist_plain(text: &str, fields: &str) -> Result<Vec<CtInfo>, CollectError> {
    let names: Vec<&str> = fields.split(',').collect();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            continue;
        }
        if cols.len() != names.len() {
            return Err(CollectError::parse(
                format!("vzlist -aH -o {fields}"),
                format!(
                    "line {}: {} columns, expected {}",
                    n + 1,
                    cols.len(),
                    names.len()
                ),
            ));
        }
        let mut ct = CtInfo::default();
        for (name, value) in names.iter().zip(cols) {
            if value == "-" {
                continue;
            }
            let num = || value.parse::<u64>().ok();
            match *name {
                "status" => ct.status = Some(value.to_ascii_lowercase()).filter(|s| s.len() <= 32),
                "layout" => ct.layout = Some(value.to_ascii_lowercase()).filter(|s| s.len() <= 32),
                "ostemplate" => ct.template = Some(public_template(value)),
                "physpages.l" => ct.ram = parse_conf_limit(value, PAGE, UNLIMITED_32),
                "swappages.l" => ct.swap = parse_conf_limit(value, PAGE, UNLIMITED_32),
                "cpulimit" => ct.cpulimit = num(),
                "cpuunits" => ct.cpuunits = num(),
                "cpus" => ct.cpus = num(),
                "diskspace.h" => ct.disk = parse_conf_limit(value, 1024, i64::MAX as u64),
                "numproc.l" => ct.numproc = parse_conf_limit(value, 1, UNLIMITED_32),
                "onboot" => ct.onboot = yes(value),
                _ => {}
            }
        }
        out.push(ct);
    }
    Ok(out)
}

/// Parses a container's `/etc/vz/conf/<id>.conf`.
pub fn parse_ct_conf(text: &str) -> CtInfo {
    let v = parse_shell_vars(text);
    let get = |k: &str| v.get(k).map(String::as_str).filter(|s| !s.is_empty());
    let num = |k: &str| get(k).and_then(|s| s.trim().parse::<u64>().ok());
    CtInfo {
        status: None,
        layout: crate::vz_util::layout_from_keys(get("VE_LAYOUT"), get("VEFSTYPE"), None),
        template: get("OSTEMPLATE").map(public_template),
        ram: get("PHYSPAGES").map_or(Limit::Unset, |s| parse_conf_limit(s, PAGE, UNLIMITED_32)),
        swap: get("SWAPPAGES").map_or(Limit::Unset, |s| parse_conf_limit(s, PAGE, UNLIMITED_32)),
        cpulimit: num("CPULIMIT"),
        cpuunits: num("CPUUNITS"),
        cpus: num("CPUS"),
        disk: get("DISKSPACE").map_or(Limit::Unset, |s| parse_conf_limit(s, 1024, i64::MAX as u64)),
        numproc: get("NUMPROC").map_or(Limit::Unset, |s| parse_conf_limit(s, 1, UNLIMITED_32)),
        onboot: get("ONBOOT").is_some_and(yes),
        features: get("FEATURES").map(enabled_features).unwrap_or_default(),
        private: None,
    }
}

/// One entry of `prlctl list -a -j`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrlEntry {
    /// `CT` or `VM` (uppercase).
    pub kind: String,
    /// running, stopped, suspended... (lowercase).
    pub status: String,
}

#[derive(Deserialize)]
struct JsonPrl {
    #[serde(rename = "type", default)]
    kind: Loose,
    #[serde(default)]
    status: Loose,
    #[serde(rename = "Type", default)]
    kind_upper: Loose,
    #[serde(rename = "State", default)]
    state_upper: Loose,
}

/// Parses `prlctl list -a -j` (and `prlctl list -a -i -j`): a JSON array
/// of objects with `type` and `status` (or `Type` and `State`).
pub fn parse_prlctl_list_json(text: &str) -> Result<Vec<PrlEntry>, CollectError> {
    let items: Vec<JsonPrl> = serde_json::from_str(text)
        .map_err(|e| CollectError::parse(PRLCTL_JSON.join(" "), e.to_string()))?;
    let pick = |a: Loose, b: Loose| if a == Loose::Null { b } else { a };
    Ok(items
        .into_iter()
        .map(|e| PrlEntry {
            kind: short_string(&pick(e.kind, e.kind_upper))
                .unwrap_or_default()
                .to_ascii_uppercase(),
            status: short_string(&pick(e.status, e.state_upper))
                .unwrap_or_else(|| "unknown".into()),
        })
        .collect())
}

/// Parses plain `prlctl list -a` (`UUID STATUS IP_ADDR T NAME`), the
/// fallback when the JSON form is refused: the type is the first `CT` or
/// `VM` column after the status.
pub fn parse_prlctl_list_plain(text: &str) -> Vec<PrlEntry> {
    text.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let status = words.get(1)?;
            if words.first() == Some(&"UUID") {
                return None;
            }
            // IP_ADDR may hold several addresses separated by spaces;
            // no address is `CT` or `VM`, and the name comes after.
            let kind = words.iter().skip(2).find(|w| **w == "CT" || **w == "VM")?;
            Some(PrlEntry {
                kind: (*kind).to_owned(),
                status: short_string(&Loose::Str((*status).to_owned()))
                    .unwrap_or_else(|| "unknown".into()),
            })
        })
        .collect()
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct PrlCounts {
    containers: u64,
    vms: u64,
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    source: &'static str,
    configured: u64,
    running: u64,
    stopped: u64,
    suspended: u64,
    mounted: u64,
    by_layout: Counts,
    by_template: Counts,
    vswap: u64,
    ram_limit: Counts,
    cpu_limit: Counts,
    cpu_units: Counts,
    cpus: Counts,
    disk_limit: Counts,
    numproc_limit: Counts,
    features: Counts,
    onboot: u64,
    prlctl: Option<PrlCounts>,
}

fn summarize(source: &'static str, cts: &[CtInfo]) -> Out {
    let mut o = Out {
        source,
        ..Out::default()
    };
    for ct in cts {
        o.configured += 1;
        match ct.status.as_deref() {
            Some("running") => o.running += 1,
            Some("stopped") => o.stopped += 1,
            Some("suspended") => o.suspended += 1,
            Some("mounted") => o.mounted += 1,
            _ => {}
        }
        let layout = match ct.layout.as_deref() {
            Some(l @ ("ploop" | "simfs")) => l,
            Some(_) => "other",
            None => "unknown",
        };
        bump(&mut o.by_layout, layout);
        bump(
            &mut o.by_template,
            ct.template.as_deref().unwrap_or("unknown"),
        );
        if ct.ram.is_finite() && ct.swap.is_finite() {
            o.vswap += 1;
        }
        bump(&mut o.ram_limit, ram_bucket(ct.ram));
        bump(&mut o.cpu_limit, cpulimit_bucket(ct.cpulimit));
        bump(&mut o.cpu_units, cpuunits_bucket(ct.cpuunits));
        bump(&mut o.cpus, cpus_bucket(ct.cpus));
        bump(&mut o.disk_limit, disk_bucket(ct.disk));
        bump(&mut o.numproc_limit, numproc_bucket(ct.numproc));
        let mut feats: Vec<&str> = ct.features.iter().map(String::as_str).collect();
        feats.sort_unstable();
        feats.dedup();
        for f in feats {
            bump(&mut o.features, f);
        }
        if ct.onboot {
            o.onboot += 1;
        }
    }
    o
}

/// The containers of this host, read once per collection run and shared
/// by `vz.containers`, `vz.ploop` and `vz.simfs`.
#[derive(Debug)]
pub(crate) struct Listing {
    /// vzlist-json, vzlist or conf.
    pub source: &'static str,
    /// One entry per container.
    pub cts: Vec<CtInfo>,
    /// The containers' host names, names and IP addresses, for the
    /// privacy guard only (see [`container_names`]); from `vzlist -a -j`
    /// only.
    pub names: Option<Vec<String>>,
}

fn read_listing(host: &Host) -> Result<Listing, CollectError> {
    // vzctl prints JSON strings unescaped (`print_json_str`): a quote in a
    // description breaks the document. Then the next source is tried, and
    // the JSON error stands only when none works.
    let mut json_error = None;
    if let Some(t) = run_optional(host, &VZLIST_JSON, LISTING_CAP)? {
        match parse_vzlist_json_full(&t) {
            Ok(mut l) => {
                resolve_layouts(host, &mut l.cts, Some(&l.ids))?;
                return Ok(Listing {
                    source: "vzlist-json",
                    cts: l.cts,
                    names: Some(l.names),
                });
            }
            Err(e) => json_error = Some(e),
        }
    }
    let (source, cts) = if let Some(t) =
        run_optional(host, &["vzlist", "-aH", "-o", VZLIST_FIELDS], LISTING_CAP)?
    {
        let mut cts = parse_vzlist_plain(&t, VZLIST_FIELDS)?;
        resolve_layouts(host, &mut cts, None)?;
        ("vzlist", cts)
    } else if let Some(cts) = from_confs(host)? {
        // The guard reads every config itself, `ve-*.conf` too.
        ("conf", cts)
    } else if let Some(e) = json_error {
        return Err(e);
    } else {
        return Err(CollectError::not_applicable(
            "no vzlist, no /proc/vz/veinfo and no container configs in /etc/vz/conf",
        ));
    };
    Ok(Listing {
        source,
        cts,
        names: None,
    })
}

/// Every container's host name, name and IP addresses (`HOSTNAME`,
/// `NAME`, `IP_ADDRESS`: vzlist's `hostname`, `name`, `ip` and
/// `configured_ip`) and every container's and VM's prlctl name, from the
/// listings this collector reads anyway (`vzlist -a -j`, `prlctl list -a
/// -j`), for [`crate::secrets::gather_with`]: the privacy
/// guard then reads no config and runs no listing a second time. `None`
/// without a JSON vzlist listing; the guard gathers them itself then.
/// These values never enter a section.
pub fn container_names(host: &Host) -> Option<Vec<String>> {
    let mut names = listing(host).ok()?.names.clone()?;
    if let Ok(Some(text)) = prlctl_json(host).as_ref() {
        names.extend(crate::secrets::prlctl_names(text.as_bytes()));
    }
    Some(names)
}

/// `prlctl list -a -j`, run once per collection for `vz.containers` and
/// the privacy guard (on a busy node the dispatcher takes seconds to
/// answer). `Ok(None)`: prlctl is absent or failed.
fn prlctl_json(host: &Host) -> Arc<Result<Option<String>, String>> {
    host.memo("vz.prlctl_list", || {
        run_optional(host, &PRLCTL_JSON, LISTING_CAP).map_err(|e| e.to_string())
    })
}

/// The shared listing (see [`Listing`]); an error is shared too, as a
/// message.
pub(crate) fn listing(host: &Host) -> Result<Arc<Listing>, CollectError> {
    type Shared = Result<Arc<Listing>, (bool, String)>;
    let shared = host.memo("vz.listing", || -> Shared {
        read_listing(host).map(Arc::new).map_err(|e| match e {
            CollectError::NotApplicable(m) => (true, m),
            e => (false, e.to_string()),
        })
    });
    match shared.as_ref() {
        Ok(l) => Ok(Arc::clone(l)),
        Err((true, m)) => Err(CollectError::NotApplicable(m.clone())),
        Err((false, m)) => Err(CollectError::Other(m.clone())),
    }
}

/// Layout and private area of every container: from the shared listing
/// when it has them (vzlist JSON, configs), else from the configs.
pub(crate) fn places(host: &Host) -> Result<Vec<CtPlace>, CollectError> {
    match listing(host) {
        Ok(l) if l.source != "vzlist" => Ok(l
            .cts
            .iter()
            .map(|c| CtPlace {
                layout: c.layout.clone(),
                private: c.private.clone(),
            })
            .collect()),
        Ok(_) | Err(CollectError::NotApplicable(_)) => ct_places(host),
        Err(e) => Err(e),
    }
}

/// Containers from /proc/vz/veinfo (running) and the configs (all).
fn from_confs(host: &Host) -> Result<Option<Vec<CtInfo>>, CollectError> {
    let running: HashSet<String> = match host.read_optional("/proc/vz/veinfo")? {
        Some(t) => parse_veinfo(&t)?
            .into_iter()
            .map(|r| r.ctid)
            .filter(|id| id != "0")
            .collect(),
        None => HashSet::new(),
    };
    let ids = conf_ids(host, MAX_CTS)?;
    if ids.is_empty() && running.is_empty() {
        return Ok(None);
    }
    let defaults = vz_defaults(host)?;
    let mut cts = Vec::with_capacity(ids.len());
    let mut seen = HashSet::with_capacity(ids.len());
    for id in &ids {
        let text = host.read(&format!("/etc/vz/conf/{id}.conf"))?;
        let mut ct = parse_ct_conf(&text);
        let place = place_of(host, id, &text, &defaults);
        ct.layout = place.layout;
        ct.private = place.private;
        ct.status = Some(
            if running.contains(id) {
                "running"
            } else {
                "stopped"
            }
            .into(),
        );
        cts.push(ct);
        seen.insert(id.as_str());
    }
    // Running without a config: still a container.
    let orphans = running
        .iter()
        .filter(|id| !seen.contains(id.as_str()))
        .count();
    cts.extend((0..orphans).map(|_| CtInfo {
        status: Some("running".into()),
        ..CtInfo::default()
    }));
    Ok(Some(cts))
}

impl Collector for VzContainers {
    fn id(&self) -> &str {
        "vz.containers"
    }

    fn describe(&self) -> &str {
        "Container counts by state, layout and OS template; histograms of limits; features; vswap and on-boot counts"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("source", FieldKind::String, "Where the facts came from: vzlist-json, vzlist or conf").example("vzlist-json").one_of(crate::kinds::CT_SOURCES),
            Field::new("configured", FieldKind::Integer, "Containers configured").example("12"),
            Field::new("running", FieldKind::Integer, "Containers running").example("10"),
            Field::new("stopped", FieldKind::Integer, "Containers stopped").example("1"),
            Field::new("suspended", FieldKind::Integer, "Containers suspended").example("1"),
            Field::new("mounted", FieldKind::Integer, "Containers mounted but not running").example("0"),
            Field::new("by_layout", FieldKind::Map, "Layout (ploop, simfs, other, unknown) → containers").example("{\"ploop\": 12}").one_of(crate::kinds::LAYOUTS),
            Field::new("by_template", FieldKind::Map, "Public OS template family-version (or other, unknown) → containers").example("{\"centos-7\": 8, \"ubuntu-16.04\": 4}").free_text(),
            Field::new("vswap", FieldKind::Integer, "Containers with both physpages and swappages limits set (VSwap)").example("12"),
            Field::new("ram_limit", FieldKind::Map, "RAM (physpages) limit bucket: <=512M, <=1G, <=2G, <=4G, <=8G, <=16G, >16G, unlimited, unset").example("{\"<=1G\": 3}").bucket(crate::kinds::RAM),
            Field::new("cpu_limit", FieldKind::Map, "CPU limit bucket in percent of one CPU: <=50, <=100, <=200, <=400, <=800, >800, unlimited, unset").example("{\"unlimited\": 12}").bucket(crate::kinds::CPU_LIMIT),
            Field::new("cpu_units", FieldKind::Map, "CPU units bucket: <=250, <=500, <=1000, <=2000, <=10000, >10000, unset").example("{\"<=1000\": 12}").bucket(crate::kinds::CPU_UNITS),
            Field::new("cpus", FieldKind::Map, "CPU count bucket: 1, 2, <=4, <=8, <=16, >16, unset").example("{\"2\": 5}").bucket(crate::kinds::CPUS),
            Field::new("disk_limit", FieldKind::Map, "Disk space hard limit bucket: <=10G, <=20G, <=50G, <=100G, <=200G, <=500G, <=1T, >1T, unlimited, unset").example("{\"<=10G\": 12}").bucket(crate::kinds::DISK),
            Field::new("numproc_limit", FieldKind::Map, "numproc limit bucket: <=100, <=500, <=1000, <=5000, >5000, unlimited, unset").example("{\"unlimited\": 12}").bucket(crate::kinds::NUMPROC),
            Field::new("features", FieldKind::Map, "Enabled feature (bridge, fuse, ipgre, ipip, nfs, nfsd, ppp, sit, sysfs, time, other) → containers").example("{\"nfs\": 2}").one_of(crate::kinds::FEATURES),
            Field::new("onboot", FieldKind::Integer, "Containers started on boot").example("11"),
            Field::new("prlctl", FieldKind::Object, "CT and VM counts from prlctl list -a -j (OpenVZ 7 / Virtuozzo 7); null elsewhere").example("{\"containers\": 12, \"vms\": 2}"),
            Field::new("prlctl.containers", FieldKind::Integer, "Containers prlctl lists").example("12"),
            Field::new("prlctl.vms", FieldKind::Integer, "Virtual machines prlctl lists").example("2"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Wed, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let l = listing(host)?;
        let (source, cts) = (l.source, &l.cts);
        let mut out = summarize(source, cts);
        let prl = match prlctl_json(host)
            .as_ref()
            .as_ref()
            .map_err(|e| CollectError::Other(e.clone()))?
        {
            Some(t) => Some(parse_prlctl_list_json(t)?),
            None => run_optional(host, &["prlctl", "list", "-a"], LISTING_CAP)?
                .map(|t| parse_prlctl_list_plain(&t)),
        };
        if let Some(entries) = prl {
            let mut c = PrlCounts::default();
            for e in entries {
                match e.kind.as_str() {
                    "CT" => c.containers += 1,
                    "VM" => c.vms += 1,
                    _ => {}
                }
            }
            out.prlctl = Some(c);
        }
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    const VSWAP: &str =
        include_str!("../../testdata/real/etc-vz-conf-ve-vswap.1024MB.conf-sample-vz7.txt");
    const BASIC: &str =
        include_str!("../../testdata/real/etc-vz-conf-ve-basic.conf-sample-vz7.txt");
    const VEINFO: &str = include_str!("../../testdata/real/proc-vz-veinfo-host-vz_tools.txt");

    fn host_dir(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts")
            .join(name)
    }

    fn collect_dir(name: &str) -> serde_json::Value {
        let host = Host::fixture(host_dir(name)).unwrap();
        VzContainers
            .collect(&host)
            .unwrap()
            .as_json()
            .unwrap()
            .clone()
    }

    #[test]
    fn real_conf_samples() {
        let ct = parse_ct_conf(VSWAP);
        assert_eq!(ct.ram, Limit::Value(1 << 30));
        assert_eq!(ct.swap, Limit::Value(0));
        assert_eq!(ct.disk, Limit::Value(10 << 30));
        assert_eq!(ct.cpuunits, Some(1000));
        assert!(ct.onboot);
        let ct = parse_ct_conf(BASIC);
        assert_eq!(ct.ram, Limit::Value(512 << 20));
        assert_eq!(ct.template, None);
    }

    #[test]
    fn vzlist_json_as_documented() {
        let text = r#"[
          {"ctid": 101, "private": "/vz/private/101", "hostname": "web1.example.com",
           "name": "web1", "ostemplate": "centos-7-x86_64", "ip": ["10.0.0.1"],
           "status": "running", "numproc": {"held": 20, "maxheld": 30, "barrier": 9223372036854775807, "limit": 9223372036854775807, "failcnt": 0},
           "physpages": {"held": 1, "maxheld": 2, "barrier": 0, "limit": 262144, "failcnt": 0},
           "swappages": {"held": 0, "maxheld": 0, "barrier": 0, "limit": 131072, "failcnt": 0},
           "diskspace": {"usage": 1000, "softlimit": 10485760, "hardlimit": 10485760},
           "cpulimit": 0, "cpuunits": 1000, "cpus": 2, "onboot": true, "layout": "ploop",
           "features": "nfs:on sysfs:off", "laverage": [0.1, 0.2, 0.3], "uptime": 100.5, "disabled": false},
          {"ctid": 102, "ostemplate": null, "status": "stopped", "physpages": null, "swappages": null,
           "diskspace": null, "cpulimit": null, "cpuunits": null, "cpus": null, "onboot": false,
           "layout": "simfs", "features": null}
        ]"#;
        let cts = parse_vzlist_json(text).unwrap();
        assert_eq!(cts.len(), 2);
        assert_eq!(cts[0].template.as_deref(), Some("centos-7"));
        assert_eq!(cts[0].ram, Limit::Value(1 << 30));
        assert_eq!(cts[0].numproc, Limit::Unlimited);
        assert_eq!(cts[0].features, vec!["nfs"]);
        assert_eq!(
            cts[1],
            CtInfo {
                status: Some("stopped".into()),
                layout: Some("simfs".into()),
                ..CtInfo::default()
            }
        );
        let e = parse_vzlist_json("[").unwrap_err().to_string();
        assert_eq!(
            e,
            "cannot parse vzlist -a -j: EOF while parsing a list at line 1 column 1"
        );
    }

    #[test]
    fn plain_vzlist_fallback() {
        let out = "  running ploop centos-7-x86_64 262144 131072 0 1000 2 10485760 unlimited yes\n  \
                   stopped simfs debian-8.0-x86_64 - - - - - - - no\n";
        let f = FixtureHostBuilder::new()
            .command(&["vzlist", "-aH", "-o", VZLIST_FIELDS], out, 0)
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"source": "vzlist", "configured": 2, "running": 1, "stopped": 1, "suspended": 0, "mounted": 0,
                "by_layout": {"ploop": 1, "simfs": 1}, "by_template": {"centos-7": 1, "debian-8.0": 1},
                "vswap": 1, "ram_limit": {"<=1G": 1, "unset": 1}, "cpu_limit": {"unlimited": 1, "unset": 1},
                "cpu_units": {"<=1000": 1, "unset": 1}, "cpus": {"2": 1, "unset": 1},
                "disk_limit": {"<=10G": 1, "unset": 1}, "numproc_limit": {"unlimited": 1, "unset": 1},
                "features": {}, "onboot": 1, "prlctl": null})
        );
        let e = parse_vzlist_plain("running ploop\n", VZLIST_FIELDS)
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 1: 2 columns, expected 11"), "{e}");
    }

    #[test]
    fn legacy_host_uses_vzlist_json_then_veinfo_and_confs() {
        // Without vzlist: the real veinfo (9 running CTs + VE0) and the
        // configs for those 9 plus one stopped CT.
        let from_confs = json!({"source": "conf", "configured": 10, "running": 9, "stopped": 1, "suspended": 0, "mounted": 0,
            "by_layout": {"simfs": 10},
            "by_template": {"centos-6": 6, "debian-7": 2, "ubuntu-14.04": 1, "other": 1},
            "vswap": 7,
            "ram_limit": {"<=512M": 3, "<=1G": 2, "<=2G": 2, "unlimited": 3},
            "cpu_limit": {"unlimited": 8, "<=100": 2},
            "cpu_units": {"<=1000": 10},
            "cpus": {"unset": 8, "2": 2},
            "disk_limit": {"<=10G": 5, "<=20G": 3, "<=50G": 2},
            "numproc_limit": {"unlimited": 7, "<=100": 3},
            "features": {"nfs": 2, "ppp": 1},
            "onboot": 9, "prlctl": null});
        let f = FixtureHostBuilder::from_dir(host_dir("openvz-legacy"))
            .command(&VZLIST_JSON, "", 1)
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        assert_eq!(v.as_json().unwrap(), &from_confs);
        // With vzctl 4.3's `vzlist -a -j` (the host as recorded): for the
        // running 410 and 754 it prints the kernel's beancounters (the
        // real sample: physpages limit 2147483647, numproc 65, no
        // swappages row), not their configs, so 410 counts as unlimited
        // RAM, numproc <=100 and no vswap where its config says 1G and
        // unlimited. The rest agrees with the configs.
        let mut from_json = from_confs;
        from_json["source"] = json!("vzlist-json");
        from_json["vswap"] = json!(6);
        from_json["ram_limit"] = json!({"<=512M": 3, "<=1G": 1, "<=2G": 2, "unlimited": 4});
        from_json["numproc_limit"] = json!({"unlimited": 6, "<=100": 4});
        assert_eq!(collect_dir("openvz-legacy"), from_json);
    }

    #[test]
    fn vz7_host_uses_vzlist_json_and_prlctl() {
        let v = collect_dir("vz7");
        assert_eq!(
            v,
            json!({"source": "vzlist-json", "configured": 4, "running": 2, "stopped": 1, "suspended": 1, "mounted": 0,
                "by_layout": {"ploop": 4},
                "by_template": {"centos-7": 2, "ubuntu-16.04": 1, "other": 1},
                "vswap": 4,
                "ram_limit": {"<=1G": 2, "<=2G": 1, "<=4G": 1},
                "cpu_limit": {"unlimited": 3, "<=200": 1},
                "cpu_units": {"<=1000": 4},
                "cpus": {"unset": 2, "2": 1, "<=4": 1},
                "disk_limit": {"<=10G": 2, "<=50G": 2},
                "numproc_limit": {"unlimited": 4},
                "features": {"fuse": 1, "nfs": 1},
                "onboot": 3,
                "prlctl": {"containers": 4, "vms": 2}})
        );
    }

    #[test]
    fn container_names_feed_the_privacy_guard() {
        use crate::secrets::{gather, gather_with};
        let host = Host::fixture(host_dir("vz7")).unwrap();
        let mut names = container_names(&host).unwrap();
        names.sort();
        names.dedup();
        // vzlist's host names, names and addresses, then prlctl's
        // container and VM names (the unnamed container's UUID is dropped
        // by the guard).
        assert_eq!(
            names,
            [
                "198.51.100.7",
                "2001:db8::11",
                "203.0.113.10",
                "203.0.113.11",
                "9a8b7c6d-5e4f-4321-8765-0fedcba98765",
                "MyVM",
                "db",
                "db.customer-two.example",
                "dev.customer-one.example",
                "golden",
                "golden.internal.example",
                "web1",
                "web1.customer-one.example",
                "win-buildbox.corp.example"
            ]
        );
        // What the guard learns from reading every config it learns from
        // the listing too (here more: the listing has NAME values the
        // fixture's configs lack).
        let read = gather(&host);
        let listed = gather_with(&host, container_names);
        assert!(read.hosts.is_subset(&listed.hosts), "{read:?}\n{listed:?}");
        assert!(read.domains.is_subset(&listed.domains));
        // The configs' IP_ADDRESS and vzlist's `ip` name the same addresses.
        assert_eq!(read.addresses, listed.addresses);
        for a in [
            "203.0.113.10",
            "203.0.113.11",
            "2001:db8::11",
            "198.51.100.7",
        ] {
            assert!(listed.addresses.contains(a), "{a}: {listed:?}");
        }
        // vzctl 4.3's JSON listing: the configs' host names, no NAME.
        let legacy = Host::fixture(host_dir("openvz-legacy")).unwrap();
        let (addresses, mut names): (Vec<String>, Vec<String>) = container_names(&legacy)
            .unwrap()
            .into_iter()
            .partition(|n| n.parse::<std::net::IpAddr>().is_ok());
        names.sort();
        assert_eq!(
            names[..3],
            ["backup.nagilumve.com", "localhost", "node2.nagilumve.com"]
        );
        assert_eq!(names.len(), 10);
        assert!(
            addresses.iter().any(|a| a == "66.228.211.161"),
            "{addresses:?}"
        );
        // vzctl 4.x lists a running container's addresses as the kernel
        // has them (/proc/vz/veinfo), here more than its config names: the
        // listing's addresses hold the configs' and those.
        let (listed, read) = (gather_with(&legacy, container_names), gather(&legacy));
        assert!(read.addresses.is_subset(&listed.addresses), "{listed:?}");
        assert_eq!(listed.addresses.len(), 79); // the unique `ip` entries of the listing
        assert_eq!(
            (listed.hosts, listed.domains, listed.users, listed.serials),
            (read.hosts, read.domains, read.users, read.serials)
        );
        // No JSON listing: the guard reads the configs itself.
        let f = FixtureHostBuilder::from_dir(host_dir("openvz-legacy"))
            .command(&VZLIST_JSON, "", 1)
            .build()
            .unwrap();
        let no_json = f.host().unwrap();
        assert_eq!(container_names(&no_json), None);
        assert_eq!(gather_with(&no_json, container_names), gather(&no_json));
        // A generated node: the listing and the configs agree exactly.
        let dir = tempfile::tempdir().unwrap();
        crate::testing::generate_vz7_host(
            dir.path(),
            crate::testing::GenSpec {
                containers: 60,
                vms: 6,
                seed: 7,
            },
        )
        .unwrap();
        let generated = Host::fixture(dir.path()).unwrap();
        let read = gather(&generated);
        assert!(read.hosts.len() > 100, "{read:?}");
        // Every container's address, from its config's IP_ADDRESS.
        for i in [1, 59] {
            assert!(read.addresses.contains(&format!("10.0.0.{i}")), "{read:?}");
        }
        assert_eq!(gather_with(&generated, container_names), read);
    }

    #[test]
    fn an_odd_prlctl_entry_does_not_hide_the_other_names() {
        let f = FixtureHostBuilder::new()
            .command(
                &VZLIST_JSON,
                r#"[{"hostname": "web1.example.org", "name": null, "status": "running"}]"#,
                0,
            )
            .command(
                &PRLCTL_JSON,
                r#"[{"name": 7, "type": "CT"}, {"type": "VM"}, {"name": "billing-vm", "type": "VM"}]"#,
                0,
            )
            .build()
            .unwrap();
        let mut names = container_names(&f.host().unwrap()).unwrap();
        names.sort();
        assert_eq!(names, ["billing-vm", "web1.example.org"]);
    }

    /// Counts the runs of each command line, then plays the fixture.
    #[derive(Debug)]
    struct Counting(
        cep_core::FixtureRunner,
        std::sync::Mutex<std::collections::HashMap<String, usize>>,
    );

    impl cep_core::CommandRunner for Counting {
        fn run(
            &self,
            spec: &cep_core::CommandSpec,
        ) -> Result<cep_core::CommandOutput, cep_core::CommandError> {
            *self.1.lock().unwrap().entry(spec.display()).or_default() += 1;
            self.0.run(spec)
        }
    }

    #[test]
    fn listings_run_once_for_collector_and_guard() {
        let dir = host_dir("vz7");
        let runner = Arc::new(Counting(
            cep_core::FixtureRunner::load(&dir).unwrap(),
            Default::default(),
        ));
        let host = Host::new(dir.join("fs"), runner.clone());
        let secrets = std::thread::scope(|s| {
            let guard = s.spawn(|| crate::secrets::gather_with(&host, container_names));
            VzContainers.collect(&host).unwrap();
            guard.join().unwrap()
        });
        assert!(secrets.hosts.contains("win-buildbox.corp.example"));
        let runs = runner.1.lock().unwrap().clone();
        assert_eq!(runs.get("vzlist -a -j"), Some(&1), "{runs:?}");
        assert_eq!(runs.get("prlctl list -a -j"), Some(&1), "{runs:?}");
        assert_eq!(runs.get("vzlist -aH"), None, "{runs:?}");
    }

    #[test]
    fn veinfo_only_counts_running() {
        let f = FixtureHostBuilder::new()
            .file("/proc/vz/veinfo", VEINFO)
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        let v = v.as_json().unwrap();
        assert_eq!(v["configured"], 9);
        assert_eq!(v["running"], 9);
        assert_eq!(v["by_layout"], json!({"unknown": 9}));
        let f = FixtureHostBuilder::new().build().unwrap();
        assert!(matches!(
            VzContainers.collect(&f.host().unwrap()),
            Err(CollectError::NotApplicable(_))
        ));
    }

    /// The guide samples' first line is the command as typed.
    fn sample(text: &str) -> &str {
        text.split_once('\n').map(|(_, rest)| rest).unwrap_or("")
    }

    #[test]
    fn real_plain_listings() {
        let real = include_str!("../../testdata/real/vzlist-aH-plain-vz_tools.txt");
        let cts = parse_vzlist_plain(real, "ctid,numproc,status,ip,hostname").unwrap();
        assert_eq!(cts.len(), 9);
        assert!(cts.iter().all(|c| c
            == &CtInfo {
                status: Some("running".into()),
                ..CtInfo::default()
            }));
        let plain = parse_prlctl_list_plain(sample(include_str!(
            "../../testdata/real/prlctl-list-a-plain-vz7-users-guide.txt"
        )));
        assert_eq!(
            plain,
            vec![
                PrlEntry {
                    kind: "CT".into(),
                    status: "running".into()
                },
                PrlEntry {
                    kind: "VM".into(),
                    status: "stopped".into()
                }
            ]
        );
        let clones = parse_prlctl_list_plain(sample(include_str!(
            "../../testdata/real/prlctl-list-a-plain-clones-vz7-users-guide.txt"
        )));
        let kinds: Vec<&str> = clones.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["CT", "CT", "VM", "VM"]);
        // Without JSON support, the plain listing gives the counts.
        let f = FixtureHostBuilder::new()
            .file("/proc/vz/veinfo", VEINFO)
            .command(
                &["prlctl", "list", "-a"],
                sample(include_str!(
                    "../../testdata/real/prlctl-list-a-plain-clones-vz7-users-guide.txt"
                )),
                0,
            )
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap()["prlctl"],
            json!({"containers": 2, "vms": 2})
        );
    }

    #[test]
    fn prlctl_json() {
        let t = r#"[{"uuid": "600adc12-0e39-41b3-bf05-c59b7d26dd73", "status": "running", "ip_configured": "10.10.1.101", "type": "CT", "name": "MyCT"},
                    {"uuid": "b2de86d9-6539-4ccc-9120-928b33ed31b9", "status": "stopped", "ip_configured": "-", "type": "VM", "name": "MyVM"}]"#;
        assert_eq!(
            parse_prlctl_list_json(t).unwrap(),
            vec![
                PrlEntry {
                    kind: "CT".into(),
                    status: "running".into()
                },
                PrlEntry {
                    kind: "VM".into(),
                    status: "stopped".into()
                }
            ]
        );
        assert!(parse_prlctl_list_json("[1]").is_err());
    }

    fn format(name: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/formats")
            .join(name);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Status, layout, RAM and numproc limits, CPUs of a listed container.
    type Row = (Option<String>, Option<String>, Limit, Limit, Option<u64>);

    fn listed(host: &Host) -> Vec<Row> {
        listing(host)
            .unwrap()
            .cts
            .iter()
            .map(|c| (c.status.clone(), c.layout.clone(), c.ram, c.numproc, c.cpus))
            .collect()
    }

    #[test]
    fn vzctl7_json_repeats_numproc_and_prints_layout_versions() {
        let text = format("vzlist-a-j-vzctl-7.0.180-to-7.0.2xx.json");
        // The shape as printed: numproc twice in every object.
        assert_eq!(text.matches("\"numproc\":").count(), 6);
        let l = parse_vzlist_json_full(&text).unwrap();
        assert_eq!(
            l.ids,
            [
                Some("1c7a1b3e-8f2d-4b8e-9d3a-2f1e0c9b8a71".to_owned()),
                Some("101".to_owned()),
                Some("9a8b7c6d-5e4f-4321-8765-0fedcba98765".to_owned())
            ]
        );
        let layouts: Vec<Option<&str>> = l.cts.iter().map(|c| c.layout.as_deref()).collect();
        assert_eq!(layouts, [Some("5"), Some("5"), Some("4")]);
        assert_eq!(
            l.cts[0],
            CtInfo {
                status: Some("running".into()),
                layout: Some("5".into()),
                template: Some("centos-7".into()),
                ram: Limit::Value(1 << 30),
                swap: Limit::Value(512 << 20),
                cpulimit: Some(0),
                cpuunits: Some(1000),
                cpus: Some(0),
                disk: Limit::Value(10 << 30),
                numproc: Limit::Unlimited,
                onboot: true,
                features: vec!["nfs".into()],
                private: Some("/vz/private/1c7a1b3e-8f2d-4b8e-9d3a-2f1e0c9b8a71".into()),
            }
        );
        assert_eq!(
            l.names,
            [
                "web1.customer-one.example",
                "web1",
                "203.0.113.10",
                "ct101.customer-two.example",
                "203.0.113.11",
                "2001:db8::11"
            ]
        );
        // Through the collector: versions become layouts (5 ploop, 4 simfs).
        let f = FixtureHostBuilder::new()
            .command(&VZLIST_JSON, &text, 0)
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        let v = v.as_json().unwrap();
        assert_eq!(v["by_layout"], json!({"ploop": 2, "simfs": 1}));
        assert_eq!(v["cpus"], json!({"2": 1, "unset": 2}));
        assert_eq!(v["numproc_limit"], json!({"unlimited": 3}));
    }

    #[test]
    fn vzctl9_json_has_distribution_and_configured_ip() {
        let text = format("vzlist-a-j-vzctl-8.0-9.0.json");
        assert!(text.contains("\"distribution\": null") && text.contains("\"configured_ip\""));
        let cts = parse_vzlist_json(&text).unwrap();
        let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = cts
            .iter()
            .map(|c| {
                (
                    c.status.as_deref(),
                    c.layout.as_deref(),
                    c.template.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (Some("running"), Some("5"), Some("almalinux-9")),
                (Some("running"), Some("5"), Some("ubuntu-22.04"))
            ]
        );
    }

    #[test]
    fn vzctl4_json_prints_numeric_ids_and_layout_names() {
        let text = format("vzlist-a-j-vzctl-4.0-4.11.json");
        let l = parse_vzlist_json_full(&text).unwrap();
        assert_eq!(l.ids, [Some("101".to_owned()), Some("102".to_owned())]);
        let got: Vec<Row> = l
            .cts
            .iter()
            .map(|c| (c.status.clone(), c.layout.clone(), c.ram, c.numproc, c.cpus))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("running".into()),
                    Some("simfs".into()),
                    Limit::Value(1 << 30),
                    Limit::Unlimited,
                    None
                ),
                (
                    Some("stopped".into()),
                    Some("ploop".into()),
                    Limit::Value(2 << 30),
                    Limit::Unlimited,
                    Some(2)
                )
            ]
        );
        // smart_name is the name or, without one, the number.
        assert!(text.contains("\"smart_name\": 102"));
    }

    #[test]
    fn plain_listings_of_both_generations() {
        let v7 =
            parse_vzlist_plain(&format("vzlist-aH-o-vzctl-7.0.179.txt"), VZLIST_FIELDS).unwrap();
        let layouts: Vec<Option<&str>> = v7.iter().map(|c| c.layout.as_deref()).collect();
        assert_eq!(layouts, [Some("5"), Some("5"), Some("4")]);
        assert_eq!(v7[1].cpulimit, Some(200));
        assert_eq!(v7[1].cpus, Some(2));
        assert_eq!(v7[0].cpus, None);
        assert_eq!(v7[2].swap, Limit::Value(0));
        let f = FixtureHostBuilder::new()
            .command(
                &["vzlist", "-aH", "-o", VZLIST_FIELDS],
                format("vzlist-aH-o-vzctl-7.0.179.txt"),
                0,
            )
            .build()
            .unwrap();
        let host = f.host().unwrap();
        assert_eq!(
            listed(&host),
            [
                (
                    Some("running".into()),
                    Some("ploop".into()),
                    Limit::Value(1 << 30),
                    Limit::Unlimited,
                    None
                ),
                (
                    Some("running".into()),
                    Some("ploop".into()),
                    Limit::Value(2 << 30),
                    Limit::Unlimited,
                    Some(2)
                ),
                (
                    Some("stopped".into()),
                    Some("simfs".into()),
                    Limit::Value(4 << 30),
                    Limit::Unlimited,
                    None
                ),
            ]
        );
        let v4 = parse_vzlist_plain(&format("vzlist-aH-o-vzctl-4.x.txt"), VZLIST_FIELDS).unwrap();
        let layouts: Vec<Option<&str>> = v4.iter().map(|c| c.layout.as_deref()).collect();
        assert_eq!(layouts, [Some("simfs"), Some("ploop")]);
    }

    #[test]
    fn layout_version_zero_asks_the_container_config() {
        // Version 0: no `.ve.layout` in the private area; the config's
        // VEFSTYPE, then vz.conf's default, decide.
        let text = r#"[{"ctid": "201", "status": "stopped", "layout": 0},
                          {"ctid": "202", "status": "stopped", "layout": 0},
                          {"ctid": "../x", "status": "stopped", "layout": 0},
                          {"ctid": 203, "status": "stopped", "layout": 3},
                          {"status": "stopped", "layout": "ploop"}]"#;
        let f = FixtureHostBuilder::new()
            .command(&VZLIST_JSON, text, 0)
            .file("/etc/vz/conf/201.conf", "VEFSTYPE=\"simfs\"\n")
            .file("/etc/vz/conf/202.conf", "VE_LAYOUT=ploop:expanded\n")
            .file("/etc/vz/vz.conf", "VEFSTYPE=ext4\nVEIMAGEFORMAT=ploop\n")
            .build()
            .unwrap();
        let host = f.host().unwrap();
        let l = listing(&host).unwrap();
        let layouts: Vec<Option<&str>> = l.cts.iter().map(|c| c.layout.as_deref()).collect();
        assert_eq!(
            layouts,
            [
                Some("simfs"),
                Some("ploop"),
                Some("ploop"),
                Some("vzfs"),
                Some("ploop")
            ]
        );
        let v = VzContainers.collect(&host).unwrap();
        assert_eq!(
            v.as_json().unwrap()["by_layout"],
            json!({"ploop": 3, "simfs": 1, "other": 1})
        );
    }

    #[test]
    fn unescaped_json_falls_back_to_the_next_listing() {
        // vzctl's print_json_str writes a description as it is.
        let broken = r#"[{"ctid": "101", "description": "the "old" web", "status": "running", "layout": 5}]"#;
        let plain = "running        5 centos-7-x86_64              262144     131072       0    1000     -   10485760 9223372036854775807 yes\n";
        let f = FixtureHostBuilder::new()
            .command(&VZLIST_JSON, broken, 0)
            .command(&["vzlist", "-aH", "-o", VZLIST_FIELDS], plain, 0)
            .build()
            .unwrap();
        let v = VzContainers.collect(&f.host().unwrap()).unwrap();
        let v = v.as_json().unwrap();
        assert_eq!(
            (&v["source"], &v["configured"], &v["by_layout"]),
            (&json!("vzlist"), &json!(1), &json!({"ploop": 1}))
        );
        // Nothing else to read: the JSON error names the command.
        let f = FixtureHostBuilder::new()
            .command(&VZLIST_JSON, broken, 0)
            .build()
            .unwrap();
        let e = VzContainers
            .collect(&f.host().unwrap())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("cannot parse vzlist -a -j: "), "{e}");
    }

    #[test]
    fn repeated_keys_keep_the_last_and_odd_types_are_read() {
        let text = r#"[{"numproc": {"limit": 100}, "status": 7, "numproc": {"limit": 600},
                        "cpus": "4", "onboot": "yes", "ostemplate": 42, "layout": "PLOOP",
                        "private": null, "unknown": {"deep": [1, {"x": null}]}}]"#;
        let cts = parse_vzlist_json(text).unwrap();
        assert_eq!(
            cts,
            [CtInfo {
                status: Some("7".into()),
                layout: Some("ploop".into()),
                template: Some("other".into()),
                cpus: Some(4),
                numproc: Limit::Value(600),
                onboot: true,
                ..CtInfo::default()
            }]
        );
    }

    #[test]
    fn prlctl_formats_of_the_formatter_and_the_plain_table() {
        let json_list = parse_prlctl_list_json(&format("prlctl-list-a-j-prlctl-7.x.json")).unwrap();
        let plain = parse_prlctl_list_plain(&format("prlctl-list-a-plain-prlctl-7.x.txt"));
        let kinds = |e: &[PrlEntry]| -> Vec<(String, String)> {
            e.iter()
                .map(|e| (e.kind.clone(), e.status.clone()))
                .collect()
        };
        let want = [
            ("CT".to_owned(), "running".to_owned()),
            ("CT".to_owned(), "running".to_owned()),
            ("VM".to_owned(), "running".to_owned()),
            ("VM".to_owned(), "stopped".to_owned()),
        ];
        assert_eq!(kinds(&json_list), want);
        assert_eq!(kinds(&plain), want);
    }

    proptest! {
        /// vzctl 7's real key order, `numproc` twice, with random values
        /// of every JSON type: never a panic, and a `numproc` object's
        /// limit is always the last one's.
        #[test]
        fn vzctl7_shaped_json_with_random_values(
            vals in proptest::collection::vec(prop_oneof![
                Just("null".to_owned()), Just("false".to_owned()), "0|-?[1-9][0-9]{0,21}",
                "[1-9][0-9]{0,4}\\.[0-9]{1,3}", "\"[a-zA-Z0-9 .:/_-]{0,40}\"",
                "\\{\"held\": [1-9][0-9]{0,4}, \"limit\": [1-9][0-9]{0,19}\\}",
                Just("[\"10.0.0.1\", \"2001:db8::1\"]".to_owned()),
                Just("{\"nfs\": true, \"sit\": false}".to_owned())
            ], 50),
            second_numproc in 0u64..100_000,
        ) {
            let order = "ctid,private,root,hostname,name,smart_name,description,ostemplate,ip,nameserver,searchdomain,status,numproc,kmemsize,lockedpages,privvmpages,shmpages,numproc,physpages,vmguarpages,oomguarpages,numtcpsock,numflock,numpty,numsiginfo,tcpsndbuf,tcprcvbuf,othersockbuf,dgramrcvbuf,numothersock,dcachesize,numfile,numiptent,swappages,diskspace,diskinodes,laverage,uptime,cpulimit,cpuunits,cpus,ioprio,iolimit,iopslimit,onboot,bootorder,layout,features,disabled,netfilter";
            let obj: Vec<String> = order
                .split(',')
                .enumerate()
                .map(|(i, k)| {
                    if i == 17 {
                        format!("\"{k}\": {{\"limit\": {second_numproc}}}")
                    } else {
                        format!("\"{k}\": {}", vals[i % vals.len()])
                    }
                })
                .collect();
            let cts = parse_vzlist_json(&format!("[{{{}}}]", obj.join(",\n    "))).unwrap();
            prop_assert_eq!(cts.len(), 1);
            prop_assert_eq!(cts[0].numproc, Limit::Value(second_numproc));
        }

        /// prlctl's plain rows (braced UUID, status, any number of
        /// addresses, type, a name that may itself say CT or VM) and its
        /// JSON objects with random values: the type is always found.
        #[test]
        fn prlctl_shaped_rows_with_random_values(
            rows in proptest::collection::vec((
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                proptest::sample::select(vec!["running", "stopped", "suspended", "paused"]),
                proptest::collection::vec("[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}|2001:db8::[0-9a-f]{1,4}|-", 1..4),
                proptest::sample::select(vec!["CT", "VM"]),
                "[A-Za-z0-9 ._-]{0,30}",
            ), 0..8)
        ) {
            let plain: String = rows
                .iter()
                .map(|(u, st, ips, t, n)| format!("{{{u}}} {st:<12} {:<15} {t:<2} {n}\n", ips.join(" ")))
                .collect();
            let got = parse_prlctl_list_plain(&format!("UUID STATUS IP_ADDR T NAME\n{plain}"));
            let want: Vec<PrlEntry> = rows
                .iter()
                .map(|(_, st, _, t, _)| PrlEntry { kind: (*t).to_owned(), status: (*st).to_owned() })
                .collect();
            prop_assert_eq!(&got, &want);
            let json: Vec<String> = rows
                .iter()
                .map(|(u, st, ips, t, n)| format!("\t{{\n\t\t\"uuid\": \"{u}\",\n\t\t\"status\": \"{st}\",\n\t\t\"ip_configured\": \"{}\",\n\t\t\"type\": \"{t}\",\n\t\t\"name\": \"{n}\"\n\t}}", ips.join(" ")))
                .collect();
            let got = parse_prlctl_list_json(&format!("[\n{}\n]\n", json.join(",\n"))).unwrap();
            prop_assert_eq!(got, want);
        }

        #[test]
        fn plain_shaped_rows_with_random_values(
            rows in proptest::collection::vec(proptest::collection::vec(
                prop_oneof!["[a-z]{1,9}", "[0-9]{1,20}", Just("-".to_owned()), Just("yes".to_owned())], 11), 0..6)
        ) {
            let text: String = rows.iter().map(|r| format!("{}\n", r.join("  "))).collect();
            let cts = parse_vzlist_plain(&text, VZLIST_FIELDS).unwrap();
            prop_assert_eq!(cts.len(), rows.len());
        }

        #[test]
        fn vzlist_json_never_panics(s in "\\PC*") {
            let _ = parse_vzlist_json(&s);
        }

        #[test]
        fn vzlist_json_shaped_never_panics(
            vals in proptest::collection::vec(prop_oneof![
                Just("null".to_owned()), Just("true".to_owned()), "-?[0-9]{1,25}(\\.[0-9]{1,3})?",
                "\"[a-z0-9.:-]{0,12}\"", Just("{\"limit\": -5}".to_owned()),
                Just("{\"limit\": 1e300, \"hardlimit\": 18446744073709551615}".to_owned()),
                Just("[\"nfs\", \"sit:on\", 3]".to_owned()), Just("{\"nfs\": true, \"x\": \"on\"}".to_owned())
            ], 12)
        ) {
            let keys = ["status", "layout", "ostemplate", "physpages", "swappages", "cpulimit", "cpuunits", "cpus", "diskspace", "numproc", "onboot", "features"];
            let obj: Vec<String> = keys.iter().zip(&vals).map(|(k, v)| format!("\"{k}\": {v}")).collect();
            let _ = parse_vzlist_json(&format!("[{{{}}}]", obj.join(",")));
        }

        #[test]
        fn vzlist_plain_never_panics(s in "\\PC*") {
            let _ = parse_vzlist_plain(&s, VZLIST_FIELDS);
        }

        #[test]
        fn conf_never_panics(b in proptest::collection::vec(any::<u8>(), 0..1024)) {
            let _ = parse_ct_conf(&String::from_utf8_lossy(&b));
        }

        #[test]
        fn conf_values_never_panic(k in "(PHYSPAGES|SWAPPAGES|DISKSPACE|NUMPROC|CPULIMIT|FEATURES|OSTEMPLATE)", v in "\\PC{0,30}") {
            let _ = parse_ct_conf(&format!("{k}=\"{v}\"\n"));
        }

        #[test]
        fn prlctl_never_panics(s in "\\PC*") {
            let _ = parse_prlctl_list_json(&s);
            let _ = parse_prlctl_list_plain(&s);
        }
    }
}
