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

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use cep_core::collector::JsonKey;
use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::vz_host::parse_veinfo;
use crate::vz_util::{
    ConfScan, Counts, LISTING_CAP, Limit, MAX_CTS, PAGE, Places, UNLIMITED_32, VzDefaults, bump,
    conf_ids, conf_places, cpulimit_bucket, cpus_bucket, cpuunits_bucket, disk_bucket,
    layout_from_keys, layout_of_version, numproc_bucket, parse_conf_limit, place_of,
    public_template, ram_bucket, run_optional, vz_defaults, yes,
};
pub use crate::vz_util::{Features, Layout};

/// The `vz.containers` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzContainers;

/// The argv of the JSON listing (fixture hosts record exactly this).
pub const VZLIST_JSON: [&str; 3] = ["vzlist", "-a", "-j"];
/// The fields asked of plain `vzlist` (no ids, names or addresses).
pub const VZLIST_FIELDS: &str = "status,layout,ostemplate,physpages.l,swappages.l,cpulimit,cpuunits,cpus,diskspace.h,numproc.l,onboot";
/// The argv of the prlctl listing.
pub const PRLCTL_JSON: [&str; 4] = ["prlctl", "list", "-a", "-j"];

/// A container's state as listed; the first four are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtStatus {
    /// running.
    Running,
    /// stopped.
    Stopped,
    /// suspended.
    Suspended,
    /// mounted (not running).
    Mounted,
    /// Any other word (`starting`, `7`, ...).
    Other,
}

impl CtStatus {
    /// The state a status word names (any case; at most 32 bytes, not
    /// empty, else none).
    fn of(s: &str) -> Option<CtStatus> {
        if s.is_empty() || s.len() > 32 {
            return None;
        }
        Some(
            [
                ("running", CtStatus::Running),
                ("stopped", CtStatus::Stopped),
                ("suspended", CtStatus::Suspended),
                ("mounted", CtStatus::Mounted),
            ]
            .into_iter()
            .find(|(w, _)| s.eq_ignore_ascii_case(w))
            .map_or(CtStatus::Other, |(_, st)| st),
        )
    }
}

/// What is kept of one container: settings only, no identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CtInfo {
    /// Its state, when listed.
    pub status: Option<CtStatus>,
    /// Its layout; a listed layout version until it is resolved.
    pub layout: Option<Layout>,
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
    /// Enabled features.
    pub features: Features,
    /// The private area, to reach per-container files (ploop images);
    /// never reported.
    pub private: Option<String>,
}

/// Most items kept of one JSON list (a container's addresses, features):
/// a real node lists 84 addresses for one container (the `vz_tools`
/// veinfo sample), and the listing's 64 MiB cap bounds the rest.
const MAX_LIST_ITEMS: usize = 1024;

/// Strings longer than this are never a setting the listing is read for.
const MAX_STR: usize = 256;

/// A JSON value as far as the listing needs it, decoded without building
/// a `serde_json::Value` tree (a 10,000-container listing is ~12 MB) and
/// with strings borrowed from the listing: numbers, short strings,
/// booleans, and from objects only the keys switched on (feature maps).
#[derive(Debug, Clone, PartialEq, Default)]
enum Loose<'de> {
    #[default]
    Null,
    Num(u64),
    Str(Cow<'de, str>),
    Bool(bool),
    Obj(Features),
    Seq(Vec<Loose<'de>>),
}

impl Loose<'_> {
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

/// A JSON number as [`Loose`] keeps it: non-negative and finite, whole.
fn loose_f64(v: f64) -> Option<u64> {
    (v.is_finite() && v >= 0.0).then(|| v.min(u64::MAX as f64) as u64)
}

struct LooseVisitor<'a>(std::marker::PhantomData<Loose<'a>>);

impl<'de: 'a, 'a> Visitor<'de> for LooseVisitor<'a> {
    type Value = Loose<'a>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Loose<'a>, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Loose<'a>, E> {
        Ok(Loose::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose<'a>, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose<'a>, E> {
        Ok(Loose::Num(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose<'a>, E> {
        Ok(u64::try_from(v).map_or(Loose::Null, Loose::Num))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose<'a>, E> {
        Ok(loose_f64(v).map_or(Loose::Null, Loose::Num))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Loose<'a>, E> {
        Ok(if v.len() <= MAX_STR {
            Loose::Str(Cow::Borrowed(v))
        } else {
            Loose::Null
        })
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose<'a>, E> {
        // Escapes: the decoded text is not in the listing.
        Ok(if v.len() <= MAX_STR {
            Loose::Str(Cow::Owned(v.to_owned()))
        } else {
            Loose::Null
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose<'a>, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<Loose<'a>>()? {
            if items.len() < MAX_LIST_ITEMS {
                items.push(v);
            }
        }
        Ok(Loose::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose<'a>, A::Error> {
        let mut on = OnKeys::default();
        while let Some(key) = map.next_key::<JsonKey<'de>>()? {
            let v = map.next_value::<Loose<'a>>()?;
            on.add(key.as_str(), &v);
        }
        Ok(Loose::Obj(on.on))
    }
}

/// The keys of an object switched on (a feature map), the first 64 of
/// them; `limit` and `hardlimit` are a beancounter's or a quota's.
#[derive(Default)]
struct OnKeys {
    on: Features,
    count: usize,
}

impl OnKeys {
    fn add(&mut self, key: &str, v: &Loose<'_>) {
        if v.truthy() && self.count < 64 && key != "limit" && key != "hardlimit" {
            self.on.add(key);
            self.count += 1;
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Loose<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose<'a>, D::Error> {
        d.deserialize_any(LooseVisitor(std::marker::PhantomData))
    }
}

/// Any JSON value, gone through as [`Loose`] goes through it (so the same
/// documents are accepted) and kept nowhere.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Skip;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E>(self) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_none<E>(self) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
                while seq.next_element::<Skip>()?.is_some() {}
                Ok(Skip)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
                while map.next_key::<JsonKey<'de>>()?.is_some() {
                    map.next_value::<Skip>()?;
                }
                Ok(Skip)
            }
        }
        d.deserialize_any(V)
    }
}

/// A number as [`Loose::num`] reads one (a number, or a short string of
/// one), from any JSON value.
struct Num(Option<u64>);

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Num, D::Error> {
        Ok(Num(Loose::deserialize(d)?.num()))
    }
}

/// One number of a beancounter or quota object (`physpages.limit`,
/// `diskspace.hardlimit`), picked from the object without keeping the
/// rest; `scalar` is the value's own number when it is no object.
struct Pick {
    object: bool,
    picked: Option<u64>,
    scalar: Option<u64>,
}

/// Reads a [`Pick`] of the key it names.
struct PickKey(&'static str);

impl<'de> DeserializeSeed<'de> for PickKey {
    type Value = Pick;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Pick, D::Error> {
        struct V(&'static str);
        impl<'de> Visitor<'de> for V {
            type Value = Pick;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pick, A::Error> {
                let mut picked = None;
                while let Some(key) = map.next_key::<JsonKey<'de>>()? {
                    if key.as_str() == self.0 {
                        picked = map.next_value::<Num>()?.0;
                    } else {
                        map.next_value::<Skip>()?;
                    }
                }
                Ok(Pick::object(picked))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Pick, A::Error> {
                while seq.next_element::<Skip>()?.is_some() {}
                Ok(Pick::scalar(None))
            }
            fn visit_unit<E>(self) -> Result<Pick, E> {
                Ok(Pick::scalar(None))
            }
            fn visit_none<E>(self) -> Result<Pick, E> {
                Ok(Pick::scalar(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Pick, E> {
                Ok(Pick::scalar(None))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Pick, E> {
                Ok(Pick::scalar(Some(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Pick, E> {
                Ok(Pick::scalar(u64::try_from(v).ok()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Pick, E> {
                Ok(Pick::scalar(loose_f64(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Pick, E> {
                Ok(Pick::of_str(v))
            }
        }
        d.deserialize_any(V(self.0))
    }
}

impl Pick {
    fn scalar(v: Option<u64>) -> Pick {
        Pick {
            object: false,
            picked: None,
            scalar: v,
        }
    }

    /// A string standing for the object: its number, if short.
    fn of_str(v: &str) -> Pick {
        Pick::scalar(
            (v.len() <= MAX_STR)
                .then(|| v.trim().parse().ok())
                .flatten(),
        )
    }

    /// An object, and its picked key's value.
    fn object(picked: Option<u64>) -> Pick {
        Pick {
            object: true,
            picked,
            scalar: None,
        }
    }

    /// A beancounter limit (`limit` of the object, else the value's own
    /// number) in `unit`s.
    fn ubc_limit(&self, unit: u64) -> Limit {
        let v = if self.object {
            self.picked
        } else {
            self.scalar
        };
        v.map_or(Limit::Unset, |l| {
            Limit::from_raw(l, UNLIMITED_32).scaled(unit)
        })
    }
}

/// A short setting as text: strings trimmed, numbers written out (a tool
/// may print either); `f` gets it.
fn short_setting<T>(v: &Loose<'_>, f: impl FnOnce(&str) -> T) -> Option<T> {
    match v {
        Loose::Str(s) => Some(s.trim()).filter(|s| !s.is_empty()).map(f),
        Loose::Num(n) => Some(f(&n.to_string())),
        _ => None,
    }
}

/// One container object of `vzlist -a -j`; unknown keys (ids, names,
/// addresses) are skipped without being stored.
///
/// A key printed twice keeps its last value: vzctl 7's default JSON field
/// order (`src/vzlist.c`, from 7.0.180 on) names `numproc` twice, and both
/// copies come from the same beancounter, so either would do; the last
/// one is what a shell, Python's `json` and JavaScript keep too.
struct JsonCt<'de> {
    ctid: Loose<'de>,
    status: Loose<'de>,
    layout: Loose<'de>,
    ostemplate: Loose<'de>,
    physpages: Pick,
    swappages: Pick,
    cpulimit: Loose<'de>,
    cpuunits: Loose<'de>,
    cpus: Loose<'de>,
    diskspace: Pick,
    numproc: Pick,
    onboot: Loose<'de>,
    features: Loose<'de>,
    private: Loose<'de>,
    // Kept only for the privacy guard (see `container_names`).
    hostname: Loose<'de>,
    name: Loose<'de>,
    ip: Loose<'de>,
    configured_ip: Loose<'de>,
}

impl<'de> Deserialize<'de> for JsonCt<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<JsonCt<'de>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = JsonCt<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a container object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonCt<'de>, A::Error> {
                let mut ct = JsonCt::empty();
                while let Some(key) = map.next_key::<JsonKey<'de>>()? {
                    match ct.slot(key.as_str()) {
                        Slot::Loose(v) => *v = map.next_value()?,
                        Slot::Pick(v, key) => *v = map.next_value_seed(PickKey(key))?,
                        Slot::Ignored => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(ct)
            }
        }
        d.deserialize_map(V)
    }
}

/// Where a key of a container object goes.
enum Slot<'s, 'a> {
    Loose(&'s mut Loose<'a>),
    /// The object's number of that key is picked.
    Pick(&'s mut Pick, &'static str),
    /// Not read (ids, names, addresses not listed here; usage counts).
    Ignored,
}

impl<'a> JsonCt<'a> {
    fn empty() -> JsonCt<'a> {
        let none = || Pick::scalar(None);
        JsonCt {
            ctid: Loose::Null,
            status: Loose::Null,
            layout: Loose::Null,
            ostemplate: Loose::Null,
            physpages: none(),
            swappages: none(),
            cpulimit: Loose::Null,
            cpuunits: Loose::Null,
            cpus: Loose::Null,
            diskspace: none(),
            numproc: none(),
            onboot: Loose::Null,
            features: Loose::Null,
            private: Loose::Null,
            hostname: Loose::Null,
            name: Loose::Null,
            ip: Loose::Null,
            configured_ip: Loose::Null,
        }
    }

    fn slot(&mut self, key: &str) -> Slot<'_, 'a> {
        Slot::Loose(match key {
            "physpages" => return Slot::Pick(&mut self.physpages, "limit"),
            "swappages" => return Slot::Pick(&mut self.swappages, "limit"),
            "numproc" => return Slot::Pick(&mut self.numproc, "limit"),
            "diskspace" => return Slot::Pick(&mut self.diskspace, "hardlimit"),
            "ctid" => &mut self.ctid,
            "status" => &mut self.status,
            "layout" => &mut self.layout,
            "ostemplate" => &mut self.ostemplate,
            "cpulimit" => &mut self.cpulimit,
            "cpuunits" => &mut self.cpuunits,
            "cpus" => &mut self.cpus,
            "onboot" => &mut self.onboot,
            "features" => &mut self.features,
            "private" => &mut self.private,
            "hostname" => &mut self.hostname,
            "name" => &mut self.name,
            "ip" => &mut self.ip,
            "configured_ip" => &mut self.configured_ip,
            _ => return Slot::Ignored,
        })
    }
}

impl JsonCt<'_> {
    /// The container's settings.
    fn info(&self) -> CtInfo {
        let mut features = Features::default();
        match &self.features {
            Loose::Str(s) => features.add_enabled(s),
            Loose::Obj(on) => features = *on,
            Loose::Seq(items) => {
                for s in items.iter().filter_map(Loose::str) {
                    if s.contains(':') {
                        features.add_enabled(s);
                    } else {
                        features.add(s);
                    }
                }
            }
            _ => {}
        }
        CtInfo {
            status: short_setting(&self.status, CtStatus::of).flatten(),
            layout: short_setting(&self.layout, |l| (l.len() <= 32).then(|| Layout::listed(l)))
                .flatten(),
            template: match &self.ostemplate {
                Loose::Str(s) => Some(public_template(s)),
                Loose::Num(n) => Some(public_template(&n.to_string())),
                _ => None,
            },
            ram: self.physpages.ubc_limit(PAGE),
            swap: self.swappages.ubc_limit(PAGE),
            cpulimit: self.cpulimit.num(),
            cpuunits: self.cpuunits.num(),
            cpus: self.cpus.num(),
            disk: match self.diskspace {
                Pick {
                    object: true,
                    picked: Some(l),
                    ..
                } => Limit::from_raw(l, i64::MAX as u64).scaled(1024),
                _ => Limit::Unset,
            },
            numproc: if self.numproc.object {
                self.numproc.ubc_limit(1)
            } else {
                Limit::Unset
            },
            onboot: self.onboot.truthy(),
            features,
            private: self.private.str().map(str::to_owned),
        }
    }

    /// Its `hostname`, `name` and addresses (`ip`, `configured_ip`; the
    /// first [`MAX_LIST_ITEMS`] of each), for the privacy guard.
    fn names(&self, out: &mut Names) {
        for v in [&self.hostname, &self.name] {
            if let Loose::Str(s) = v {
                out.push(s);
            }
        }
        // vzctl prints each list as an array of addresses without their
        // masks (`print_json_list`); a string of them is split the same
        // way.
        for v in [&self.ip, &self.configured_ip] {
            match v {
                Loose::Str(s) => s.split_whitespace().for_each(|a| out.push(a)),
                Loose::Seq(items) => items
                    .iter()
                    .filter_map(Loose::str)
                    .for_each(|a| out.push(a)),
                _ => {}
            }
        }
    }

    /// Its `ctid` (a number in vzctl 4.x, a string, often a UUID, in
    /// vzctl 7), to find its config; never reported.
    fn id(&self) -> Option<Cow<'_, str>> {
        match &self.ctid {
            Loose::Str(s) => Some(Cow::Borrowed(s)),
            Loose::Num(n) => Some(Cow::Owned(n.to_string())),
            _ => None,
        }
    }
}

/// Many short strings in one buffer: the containers' host names, names
/// and addresses a listing names, for the privacy guard only.
#[derive(Debug, Default)]
pub(crate) struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(a, b)| &self.text[a..*b])
    }

    fn append(&mut self, other: Names) {
        let base = self.text.len();
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|e| base + e));
    }
}

/// The top-level array of `vzlist -a -j`, decoded one element at a time
/// (a `Vec` of raw elements would be ~7 MB at 10,000 containers): each
/// container's settings and id go to `each`, its names to `names`.
struct JsonListing<'a, F> {
    each: &'a mut F,
    names: &'a mut Names,
}

impl<'de, F: FnMut(CtInfo, Option<Cow<'_, str>>)> DeserializeSeed<'de> for JsonListing<'_, F> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        struct V<'a, F>(JsonListing<'a, F>);
        impl<'de, F: FnMut(CtInfo, Option<Cow<'_, str>>)> Visitor<'de> for V<'_, F> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an array of container objects")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while let Some(j) = seq.next_element::<JsonCt<'de>>()? {
                    j.names(self.0.names);
                    (self.0.each)(j.info(), j.id());
                }
                Ok(())
            }
        }
        d.deserialize_seq(V(self))
    }
}

/// Decodes `vzlist -a -j` output, each container in order, into a sink
/// `start` makes. Returns the sink and the containers' names.
fn read_vzlist_json<S>(
    text: &str,
    mut start: impl FnMut() -> S,
    mut each: impl FnMut(&mut S, CtInfo, Option<Cow<'_, str>>),
) -> Result<(S, Names), CollectError> {
    let (mut sink, mut names) = (start(), Names::default());
    if text.len() >= SPLIT_AT
        && let Some(halves) = read_in_halves(text, text.len() / 2)
    {
        for half in halves {
            for (ct, id) in half.cts {
                each(&mut sink, ct, id.map(Cow::Owned));
            }
            names.append(half.names);
        }
        return Ok((sink, names));
    }
    serde_listing(text, &mut names, |ct, id| each(&mut sink, ct, id))?;
    Ok((sink, names))
}

/// Listings this big are decoded in two halves on two threads: every
/// other reader of the containers waits for the listing (12 MB at 10,000
/// containers), so the second core is idle meanwhile.
const SPLIT_AT: usize = 256 << 10;

/// The containers of one part of a listing, in order.
#[derive(Default)]
struct Half {
    cts: Vec<(CtInfo, Option<String>)>,
    names: Names,
}

/// The listing decoded in two halves cut at the first container boundary
/// from `at`, or `None` when that does not work out; then the whole
/// document is decoded at once, which decides and words every error. The
/// cut is a guess (`}` `,` `{` outside strings, found by `cut_after`),
/// checked: the first half must end exactly at the cut and the second at
/// the closing `]`, so no container is split and none is read twice. The
/// one difference: decoded alone, a container may nest one level deeper
/// than serde_json's limit allows inside the whole document (128 levels;
/// vzctl's nest three).
fn read_in_halves(text: &str, at: usize) -> Option<[Half; 2]> {
    let (comma, second) = cut_after(text, at)?;
    let open = text.find(|c: char| !matches!(c, ' ' | '\n' | '\t' | '\r'))?;
    if !text[open..].starts_with('[') {
        return None;
    }
    std::thread::scope(|s| {
        let later = std::thread::Builder::new()
            .spawn_scoped(s, || containers(text, second, None))
            .ok()?;
        let sooner = containers(text, open + 1, Some(comma));
        Some([sooner?, later.join().ok()??])
    })
}

/// The first `,` at or after `at` that a `}` precedes and a `{` follows
/// (white space aside), and where that `{` is: where two containers of a
/// listing meet, in a valid document (a raw line break never stands in a
/// JSON string, but `},{` may stand in one: the caller checks).
fn cut_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let ws = |c: &u8| matches!(c, b' ' | b'\n' | b'\t' | b'\r');
    let mut from = at;
    loop {
        let comma = from + memchr::memchr(b',', b.get(from..)?)?;
        let before = b[..comma].iter().rposition(|c| !ws(c));
        let after = b[comma + 1..]
            .iter()
            .position(|c| !ws(c))
            .map(|i| comma + 1 + i);
        if let (Some(x), Some(y)) = (before, after)
            && b[x] == b'}'
            && b[y] == b'{'
        {
            return Some((comma, y));
        }
        from = comma + 1;
    }
}

/// The container objects of a listing from `at` (a `{`, white space
/// before it allowed), each decoded alone, separated by `,`: up to the
/// `,` at `until`, or else to the closing `]` and the end of the
/// document. `None` when the text is not that.
fn containers(text: &str, mut at: usize, until: Option<usize>) -> Option<Half> {
    let b = text.as_bytes();
    let skip_ws = |at: &mut usize| {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = b.get(*at) {
            *at += 1;
        }
    };
    let mut half = Half::default();
    loop {
        skip_ws(&mut at);
        if b.get(at) != Some(&b'{') {
            return None;
        }
        let mut one = serde_json::Deserializer::from_str(&text[at..]).into_iter::<JsonCt<'_>>();
        let ct = one.next()?.ok()?;
        at += one.byte_offset();
        ct.names(&mut half.names);
        half.cts.push((ct.info(), ct.id().map(Cow::into_owned)));
        skip_ws(&mut at);
        match (b.get(at), until) {
            (Some(b','), Some(stop)) if at == stop => return Some(half),
            (Some(b','), _) if until.is_none_or(|stop| at < stop) => at += 1,
            (Some(b']'), None) => {
                at += 1;
                skip_ws(&mut at);
                return (at == b.len()).then_some(half);
            }
            _ => return None,
        }
    }
}

/// [`read_vzlist_json`] by serde_json, for every document.
fn serde_listing(
    text: &str,
    names: &mut Names,
    mut each: impl FnMut(CtInfo, Option<Cow<'_, str>>),
) -> Result<(), CollectError> {
    let mut de = serde_json::Deserializer::from_str(text);
    JsonListing {
        each: &mut each,
        names,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end())
    .map_err(|e| CollectError::parse(VZLIST_JSON.join(" "), e.to_string()))
}

/// Parses `vzlist -a -j` output: a JSON array of container objects.
/// Layouts stay as listed (vzctl 7 prints layout versions).
pub fn parse_vzlist_json(text: &str) -> Result<Vec<CtInfo>, CollectError> {
    read_vzlist_json(text, Vec::new, |cts, ct, _| cts.push(ct)).map(|(cts, _)| cts)
}

/// Parses `vzlist -aH -o` output whose columns are `fields` (comma
/// separated vzlist field names); `-` is an unset value.
pub fn parse_vzlist_plain(text: &str, fields: &str) -> Result<Vec<CtInfo>, CollectError> {
    let mut cts = Vec::new();
    read_vzlist_plain(text, fields, |ct| cts.push(ct))?;
    Ok(cts)
}

/// [`parse_vzlist_plain`], each container as it comes.
fn read_vzlist_plain(
    text: &str,
    fields: &str,
    mut each: impl FnMut(CtInfo),
) -> Result<(), CollectError> {
    let names: Vec<&str> = fields.split(',').collect();
    let mut cols = Vec::with_capacity(names.len());
    for (n, line) in text.lines().enumerate() {
        cols.clear();
        cols.extend(line.split_whitespace());
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
        for (name, value) in names.iter().zip(&cols) {
            let value = *value;
            if value == "-" {
                continue;
            }
            let num = || value.parse::<u64>().ok();
            match *name {
                "status" => ct.status = CtStatus::of(value),
                "layout" => ct.layout = (value.len() <= 32).then(|| Layout::listed(value)),
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
        each(ct);
    }
    Ok(())
}

/// Parses a container's `/etc/vz/conf/<id>.conf`.
pub fn parse_ct_conf(text: &str) -> CtInfo {
    conf_info(&ConfScan::new(text))
}

/// A container's settings from its scanned config.
fn conf_info(c: &ConfScan<'_>) -> CtInfo {
    let num = |k: &str| c.get(k).and_then(|s| s.trim().parse::<u64>().ok());
    let mut features = Features::default();
    if let Some(f) = c.get("FEATURES") {
        features.add_enabled(f);
    }
    CtInfo {
        status: None,
        layout: layout_from_keys(c.get("VE_LAYOUT"), c.get("VEFSTYPE"), None)
            .as_deref()
            .map(Layout::of_name),
        template: c.get("OSTEMPLATE").map(public_template),
        ram: c
            .get("PHYSPAGES")
            .map_or(Limit::Unset, |s| parse_conf_limit(s, PAGE, UNLIMITED_32)),
        swap: c
            .get("SWAPPAGES")
            .map_or(Limit::Unset, |s| parse_conf_limit(s, PAGE, UNLIMITED_32)),
        cpulimit: num("CPULIMIT"),
        cpuunits: num("CPUUNITS"),
        cpus: num("CPUS"),
        disk: c
            .get("DISKSPACE")
            .map_or(Limit::Unset, |s| parse_conf_limit(s, 1024, i64::MAX as u64)),
        numproc: c
            .get("NUMPROC")
            .map_or(Limit::Unset, |s| parse_conf_limit(s, 1, UNLIMITED_32)),
        onboot: c.get("ONBOOT").is_some_and(yes),
        features,
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
struct JsonPrl<'a> {
    #[serde(rename = "type", default, borrow)]
    kind: Loose<'a>,
    #[serde(default, borrow)]
    status: Loose<'a>,
    #[serde(rename = "Type", default, borrow)]
    kind_upper: Loose<'a>,
    #[serde(rename = "State", default, borrow)]
    state_upper: Loose<'a>,
}

/// A short word as reported: trimmed, lowercase, at most 32 bytes.
fn short_word(v: &Loose<'_>) -> Option<String> {
    short_setting(v, |s| (s.len() <= 32).then(|| s.to_ascii_lowercase())).flatten()
}

/// Parses `prlctl list -a -j` (and `prlctl list -a -i -j`): a JSON array
/// of objects with `type` and `status` (or `Type` and `State`).
pub fn parse_prlctl_list_json(text: &str) -> Result<Vec<PrlEntry>, CollectError> {
    let items: Vec<JsonPrl<'_>> = serde_json::from_str(text)
        .map_err(|e| CollectError::parse(PRLCTL_JSON.join(" "), e.to_string()))?;
    fn either<'x, 'y>(a: &'x Loose<'y>, b: &'x Loose<'y>) -> &'x Loose<'y> {
        if *a == Loose::Null { b } else { a }
    }
    Ok(items
        .iter()
        .map(|e| PrlEntry {
            kind: short_word(either(&e.kind, &e.kind_upper))
                .unwrap_or_default()
                .to_ascii_uppercase(),
            status: short_word(either(&e.status, &e.state_upper))
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
                status: short_word(&Loose::Str(Cow::Borrowed(status)))
                    .unwrap_or_else(|| "unknown".into()),
            })
        })
        .collect()
}

#[derive(Debug, Serialize, PartialEq, Default, Clone, Copy)]
struct PrlCounts {
    containers: u64,
    vms: u64,
}

impl PrlCounts {
    fn of(entries: &[PrlEntry]) -> PrlCounts {
        let mut c = PrlCounts::default();
        for e in entries {
            match e.kind.as_str() {
                "CT" => c.containers += 1,
                "VM" => c.vms += 1,
                _ => {}
            }
        }
        c
    }
}

#[derive(Debug, Serialize, PartialEq, Default, Clone)]
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

impl Out {
    /// Counts one container.
    fn add(&mut self, ct: &CtInfo) {
        self.configured += 1;
        match ct.status {
            Some(CtStatus::Running) => self.running += 1,
            Some(CtStatus::Stopped) => self.stopped += 1,
            Some(CtStatus::Suspended) => self.suspended += 1,
            Some(CtStatus::Mounted) => self.mounted += 1,
            _ => {}
        }
        let layout = match ct.layout {
            Some(Layout::Ploop) => "ploop",
            Some(Layout::Simfs) => "simfs",
            Some(_) => "other",
            None => "unknown",
        };
        bump(&mut self.by_layout, layout);
        bump(
            &mut self.by_template,
            ct.template.as_deref().unwrap_or("unknown"),
        );
        if ct.ram.is_finite() && ct.swap.is_finite() {
            self.vswap += 1;
        }
        bump(&mut self.ram_limit, ram_bucket(ct.ram));
        bump(&mut self.cpu_limit, cpulimit_bucket(ct.cpulimit));
        bump(&mut self.cpu_units, cpuunits_bucket(ct.cpuunits));
        bump(&mut self.cpus, cpus_bucket(ct.cpus));
        bump(&mut self.disk_limit, disk_bucket(ct.disk));
        bump(&mut self.numproc_limit, numproc_bucket(ct.numproc));
        for f in ct.features.names() {
            bump(&mut self.features, f);
        }
        if ct.onboot {
            self.onboot += 1;
        }
    }
}

/// The containers of this host, read once per collection run and shared
/// by `vz.containers`, `vz.ploop`, `vz.simfs` and the privacy guard: only
/// what they use is kept, each container counted as it is read.
#[derive(Debug)]
pub(crate) struct Listing {
    /// vzctl's section without the prlctl counts.
    summary: Out,
    /// The ploop and simfs containers' private areas, when the listing
    /// names them (vzlist JSON, configs).
    places: Option<Arc<Places>>,
    /// The containers' host names, names and IP addresses, for the
    /// privacy guard only (see [`container_names`]); from `vzlist -a -j`
    /// only.
    names: Option<Names>,
    /// Every container as counted, for tests to look at.
    #[cfg(test)]
    cts: Vec<CtInfo>,
}

/// Containers counted as they are read. A listed layout version becomes a
/// name here (`layout_of_version`); one that says nothing (0, no
/// `.ve.layout` link) is settled by the container's config, read after
/// the listing, else by vz.conf's default.
struct Fold<'h> {
    host: &'h Host,
    summary: Out,
    places: Places,
    defaults: Option<Arc<VzDefaults>>,
    /// Containers whose config tells their layout, and their ids.
    pending: Vec<(CtInfo, String)>,
    /// The first error settling a layout, which fails the listing once
    /// it has parsed.
    error: Option<CollectError>,
    #[cfg(test)]
    cts: Vec<CtInfo>,
}

impl<'h> Fold<'h> {
    fn new(host: &'h Host, source: &'static str) -> Fold<'h> {
        Fold {
            host,
            summary: Out {
                source,
                ..Out::default()
            },
            places: Places::default(),
            defaults: None,
            pending: Vec::new(),
            error: None,
            #[cfg(test)]
            cts: Vec::new(),
        }
    }

    fn defaults(&mut self) -> Result<Arc<VzDefaults>, CollectError> {
        if let Some(d) = &self.defaults {
            return Ok(Arc::clone(d));
        }
        let d = vz_defaults(self.host)?;
        self.defaults = Some(Arc::clone(&d));
        Ok(d)
    }

    /// A listed container, its layout settled.
    fn add(&mut self, mut ct: CtInfo, id: Option<&str>) {
        if let Some(Layout::Version(v)) = ct.layout {
            if self.error.is_some() {
                return;
            }
            let d = match self.defaults() {
                Ok(d) => d,
                Err(e) => {
                    self.error = Some(e);
                    return;
                }
            };
            let layout = layout_of_version(v, d.image_format());
            if layout.is_none()
                && let Some(id) = id.filter(|id| {
                    !id.is_empty()
                        && id.len() <= 64
                        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
            {
                self.pending.push((ct, id.to_owned()));
                return;
            }
            ct.layout = layout.as_deref().or(d.layout()).map(Layout::of_name);
        }
        self.count(&ct);
    }

    fn count(&mut self, ct: &CtInfo) {
        self.summary.add(ct);
        self.places.add(ct.layout, ct.private.as_deref());
        #[cfg(test)]
        self.cts.push(ct.clone());
    }

    /// The listing of `source`, once every container is counted.
    fn finish(mut self, places: bool, names: Option<Names>) -> Result<Listing, CollectError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (mut ct, id) in std::mem::take(&mut self.pending) {
            let d = self.defaults()?;
            let layout = match self
                .host
                .read_optional(&format!("/etc/vz/conf/{id}.conf"))?
            {
                Some(text) => place_of(self.host, &id, &ConfScan::new(&text), &d).0,
                None => None,
            };
            ct.layout = layout.or_else(|| d.layout().map(Layout::of_name));
            self.count(&ct);
        }
        Ok(Listing {
            summary: self.summary,
            places: places.then(|| Arc::new(self.places)),
            names,
            #[cfg(test)]
            cts: self.cts,
        })
    }
}

fn read_listing(host: &Host) -> Result<Listing, CollectError> {
    // vzctl prints JSON strings unescaped (`print_json_str`): a quote in a
    // description breaks the document. Then the next source is tried, and
    // the JSON error stands only when none works.
    let mut json_error = None;
    if let Some(t) = run_optional(host, &VZLIST_JSON, LISTING_CAP)? {
        let read = read_vzlist_json(
            &t,
            || Fold::new(host, "vzlist-json"),
            |fold, ct, id| fold.add(ct, id.as_deref()),
        );
        match read {
            Ok((fold, names)) => {
                drop(t);
                return fold.finish(true, Some(names));
            }
            Err(e) => json_error = Some(e),
        }
    }
    if let Some(t) = run_optional(host, &["vzlist", "-aH", "-o", VZLIST_FIELDS], LISTING_CAP)? {
        let mut fold = Fold::new(host, "vzlist");
        read_vzlist_plain(&t, VZLIST_FIELDS, |ct| fold.add(ct, None))?;
        // Its rows name no private area: the configs do.
        return fold.finish(false, None);
    }
    if let Some(l) = from_confs(host)? {
        // The guard reads every config itself, `ve-*.conf` too.
        return Ok(l);
    }
    Err(json_error.unwrap_or_else(|| {
        CollectError::not_applicable(
            "no vzlist, no /proc/vz/veinfo and no container configs in /etc/vz/conf",
        )
    }))
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
    let l = listing(host).ok()?;
    let mut names: Vec<String> = l.names.as_ref()?.iter().map(str::to_owned).collect();
    if let Ok(Some(p)) = prlctl(host).as_ref() {
        names.extend(p.names.iter().cloned());
    }
    Some(names)
}

/// What `prlctl list -a -j` says: the CT and VM counts (or why they
/// cannot be told) for `vz.containers`, the names for the privacy guard.
struct Prl {
    counts: Result<PrlCounts, String>,
    names: Vec<String>,
}

/// `prlctl list -a -j`, run and read once per collection for
/// `vz.containers` and the privacy guard (on a busy node the dispatcher
/// takes seconds to answer). `Ok(None)`: prlctl is absent or failed.
fn prlctl(host: &Host) -> Arc<Result<Option<Prl>, String>> {
    host.memo("vz.prlctl_list", || {
        let text = run_optional(host, &PRLCTL_JSON, LISTING_CAP).map_err(|e| e.to_string())?;
        Ok(text.map(|t| Prl {
            counts: parse_prlctl_list_json(&t)
                .map(|e| PrlCounts::of(&e))
                .map_err(|e| e.to_string()),
            names: crate::secrets::prlctl_names(t.as_bytes()),
        }))
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

/// The private areas of the ploop and simfs containers: from the shared
/// listing when it names them (vzlist JSON, configs), else from the
/// configs.
pub(crate) fn places(host: &Host) -> Result<Arc<Places>, CollectError> {
    match listing(host) {
        Ok(l) => match &l.places {
            Some(p) => Ok(Arc::clone(p)),
            None => conf_places(host),
        },
        Err(CollectError::NotApplicable(_)) => conf_places(host),
        Err(e) => Err(e),
    }
}

/// Containers from /proc/vz/veinfo (running) and the configs (all).
fn from_confs(host: &Host) -> Result<Option<Listing>, CollectError> {
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
    let mut fold = Fold::new(host, "conf");
    let mut seen = HashSet::with_capacity(ids.len());
    for id in &ids {
        let text = host.read(&format!("/etc/vz/conf/{id}.conf"))?;
        let conf = ConfScan::new(&text);
        let mut ct = conf_info(&conf);
        (ct.layout, ct.private) = place_of(host, id, &conf, &defaults);
        ct.status = Some(if running.contains(id) {
            CtStatus::Running
        } else {
            CtStatus::Stopped
        });
        fold.count(&ct);
        seen.insert(id.as_str());
    }
    // Running without a config: still a container.
    let orphans = running
        .iter()
        .filter(|id| !seen.contains(id.as_str()))
        .count();
    for _ in 0..orphans {
        fold.count(&CtInfo {
            status: Some(CtStatus::Running),
            ..CtInfo::default()
        });
    }
    fold.finish(true, None).map(Some)
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
        let mut out = listing(host)?.summary.clone();
        out.prlctl = match prlctl(host).as_ref() {
            Err(e) => return Err(CollectError::Other(e.clone())),
            Ok(Some(p)) => Some(p.counts.clone().map_err(CollectError::Other)?),
            Ok(None) => run_optional(host, &["prlctl", "list", "-a"], LISTING_CAP)?
                .map(|t| PrlCounts::of(&parse_prlctl_list_plain(&t))),
        };
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vz_util::format_sample as format;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    const VSWAP: &str =
        include_str!("../../testdata/real/etc-vz-conf-ve-vswap.1024MB.conf-sample-vz7.txt");
    const BASIC: &str =
        include_str!("../../testdata/real/etc-vz-conf-ve-basic.conf-sample-vz7.txt");
    const VEINFO: &str = include_str!("../../testdata/real/proc-vz-veinfo-host-vz_tools.txt");

    /// A generated Virtuozzo 7 host in a temporary directory.
    fn generated(containers: usize, vms: usize, seed: u64) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        crate::testing::generate_vz7_host(
            dir.path(),
            crate::testing::GenSpec {
                containers,
                vms,
                seed,
            },
        )
        .unwrap();
        dir
    }

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
        assert_eq!(cts[0].features.names().collect::<Vec<_>>(), ["nfs"]);
        assert_eq!(
            cts[1],
            CtInfo {
                status: Some(CtStatus::Stopped),
                layout: Some(Layout::Simfs),
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
        let dir = generated(60, 6, 7);
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
                status: Some(CtStatus::Running),
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

    /// Status, layout, RAM and numproc limits, CPUs of a listed container.
    type Row = (Option<CtStatus>, Option<Layout>, Limit, Limit, Option<u64>);

    /// A listing's containers, names and ids, layouts as listed.
    struct Full {
        cts: Vec<CtInfo>,
        names: Vec<String>,
        ids: Vec<Option<String>>,
    }

    fn parse_vzlist_json_full(text: &str) -> Result<Full, CollectError> {
        let ((cts, ids), names) = read_vzlist_json(
            text,
            || (Vec::new(), Vec::new()),
            |(cts, ids), ct, id| {
                cts.push(ct);
                ids.push(id.map(Cow::into_owned));
            },
        )?;
        Ok(Full {
            cts,
            names: names.iter().map(str::to_owned).collect(),
            ids,
        })
    }

    fn features(names: &[&str]) -> Features {
        let mut f = Features::default();
        names.iter().for_each(|n| f.add(n));
        f
    }

    fn listed(host: &Host) -> Vec<Row> {
        listing(host)
            .unwrap()
            .cts
            .iter()
            .map(|c| (c.status, c.layout, c.ram, c.numproc, c.cpus))
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
        let layouts: Vec<Option<Layout>> = l.cts.iter().map(|c| c.layout).collect();
        assert_eq!(layouts, [5, 5, 4].map(|v| Some(Layout::Version(v))));
        assert_eq!(
            l.cts[0],
            CtInfo {
                status: Some(CtStatus::Running),
                layout: Some(Layout::Version(5)),
                template: Some("centos-7".into()),
                ram: Limit::Value(1 << 30),
                swap: Limit::Value(512 << 20),
                cpulimit: Some(0),
                cpuunits: Some(1000),
                cpus: Some(0),
                disk: Limit::Value(10 << 30),
                numproc: Limit::Unlimited,
                onboot: true,
                features: features(&["nfs"]),
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

    /// A big listing is decoded in two halves: the same containers, ids
    /// and names in the same order as at once, a decoy boundary inside a
    /// string changes nothing, and a broken one gets the whole document's
    /// error.
    #[test]
    fn halves_read_as_the_whole_listing() {
        let dir = generated(1200, 0, 3);
        let text = std::fs::read_to_string(dir.path().join("commands/vzlist-a-j.json")).unwrap();
        assert!(text.len() > SPLIT_AT);
        let whole = |t: &str| {
            let (mut cts, mut ids, mut names) = (Vec::new(), Vec::new(), Names::default());
            serde_listing(t, &mut names, |ct, id| {
                cts.push(ct);
                ids.push(id.map(Cow::into_owned));
            })
            .map(|()| {
                (
                    cts,
                    ids,
                    names.iter().map(str::to_owned).collect::<Vec<_>>(),
                )
            })
            .map_err(|e| e.to_string())
        };
        let read = |t: &str| {
            read_vzlist_json(
                t,
                || (Vec::new(), Vec::new()),
                |(cts, ids), ct, id| {
                    cts.push(ct);
                    ids.push(id.map(Cow::into_owned));
                },
            )
            .map(|((cts, ids), names)| {
                (
                    cts,
                    ids,
                    names.iter().map(str::to_owned).collect::<Vec<_>>(),
                )
            })
            .map_err(|e| e.to_string())
        };
        assert!(read_in_halves(&text, text.len() / 2).is_some());
        let got = read(&text);
        assert_eq!(got.as_ref().map(|r| r.0.len()), Ok(1200));
        assert_eq!(got, whole(&text));
        // `}, {` in a string right after the middle: not a boundary.
        let mid = text[text.len() / 2..].find("\"name\": \"").unwrap() + text.len() / 2;
        let decoy = format!("{}\"name\": \"x}}, {{y{}", &text[..mid], &text[mid + 9..]);
        assert_eq!(cut_after(&decoy, mid).map(|(c, _)| c), Some(mid + 11));
        assert!(read_in_halves(&decoy, mid).is_none());
        let got = read(&decoy);
        assert_eq!(got.as_ref().map(|r| r.0.len()), Ok(1200));
        assert_eq!(got, whole(&decoy));
        // Broken in either half, or after the closing bracket.
        for broken in [
            text.replacen("\"status\": ", "\"status\" ", 1),
            format!("{}]", &text[..text.rfind(']').unwrap()]) + "x",
            text[..text.len() * 3 / 4].to_owned(),
        ] {
            let e = read(&broken).unwrap_err();
            assert_eq!(Err(e.clone()), whole(&broken));
            assert!(e.starts_with("cannot parse vzlist -a -j: "), "{e}");
        }
    }

    #[test]
    fn vzctl9_json_has_distribution_and_configured_ip() {
        let text = format("vzlist-a-j-vzctl-8.0-9.0.json");
        assert!(text.contains("\"distribution\": null") && text.contains("\"configured_ip\""));
        let cts = parse_vzlist_json(&text).unwrap();
        let got: Vec<(Option<CtStatus>, Option<Layout>, Option<&str>)> = cts
            .iter()
            .map(|c| (c.status, c.layout, c.template.as_deref()))
            .collect();
        let (running, five) = (Some(CtStatus::Running), Some(Layout::Version(5)));
        assert_eq!(
            got,
            [
                (running, five, Some("almalinux-9")),
                (running, five, Some("ubuntu-22.04"))
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
            .map(|c| (c.status, c.layout, c.ram, c.numproc, c.cpus))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(CtStatus::Running),
                    Some(Layout::Simfs),
                    Limit::Value(1 << 30),
                    Limit::Unlimited,
                    None
                ),
                (
                    Some(CtStatus::Stopped),
                    Some(Layout::Ploop),
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
        let layouts: Vec<Option<Layout>> = v7.iter().map(|c| c.layout).collect();
        assert_eq!(layouts, [5, 5, 4].map(|v| Some(Layout::Version(v))));
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
                    Some(CtStatus::Running),
                    Some(Layout::Ploop),
                    Limit::Value(1 << 30),
                    Limit::Unlimited,
                    None
                ),
                (
                    Some(CtStatus::Running),
                    Some(Layout::Ploop),
                    Limit::Value(2 << 30),
                    Limit::Unlimited,
                    Some(2)
                ),
                (
                    Some(CtStatus::Stopped),
                    Some(Layout::Simfs),
                    Limit::Value(4 << 30),
                    Limit::Unlimited,
                    None
                ),
            ]
        );
        let v4 = parse_vzlist_plain(&format("vzlist-aH-o-vzctl-4.x.txt"), VZLIST_FIELDS).unwrap();
        let layouts: Vec<Option<Layout>> = v4.iter().map(|c| c.layout).collect();
        assert_eq!(layouts, [Some(Layout::Simfs), Some(Layout::Ploop)]);
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
        // Those the config decides are counted after the listing: 201
        // (simfs) and 202 (ploop) come last.
        let layouts: Vec<Option<Layout>> = l.cts.iter().map(|c| c.layout).collect();
        assert_eq!(
            layouts,
            [
                Some(Layout::Ploop),
                Some(Layout::Other),
                Some(Layout::Ploop),
                Some(Layout::Simfs),
                Some(Layout::Ploop)
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
                status: Some(CtStatus::Other),
                layout: Some(Layout::Ploop),
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
