//! Helpers shared by the `vz.*` collectors: limits with suffixes, fixed
//! histogram buckets, public template names and bounded command runs.
//!
//! Bucket edges are fixed and documented here so that reports from
//! different hosts and versions can be added up on the server.

use std::collections::BTreeMap;

use cep_core::{CollectError, CommandError, CommandLimits, CommandSpec, Host};

/// A count histogram: bucket or name → number of containers.
pub type Counts = BTreeMap<String, u64>;

/// Adds one to `key`.
pub(crate) fn bump(map: &mut Counts, key: impl Into<String>) {
    *map.entry(key.into()).or_insert(0) += 1;
}

/// Page size of the beancounter page counters (physpages, swappages).
pub(crate) const PAGE: u64 = 4096;

/// Values at or above this are "unlimited" in page and count limits
/// (LONG_MAX on 32-bit kernels; 64-bit kernels print LONG_MAX itself).
pub(crate) const UNLIMITED_32: u64 = i32::MAX as u64;

/// A limit as configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Limit {
    /// Not configured.
    #[default]
    Unset,
    /// Configured as unlimited.
    Unlimited,
    /// A finite value (bytes for memory and disk, a count otherwise).
    Value(u64),
}

impl Limit {
    /// `Value` for finite numbers below the unlimited marker.
    pub fn from_raw(v: u64, unlimited_at: u64) -> Limit {
        if v >= unlimited_at {
            Limit::Unlimited
        } else {
            Limit::Value(v)
        }
    }

    /// Multiplies a finite value (pages → bytes).
    pub fn scaled(self, by: u64) -> Limit {
        match self {
            Limit::Value(v) => Limit::Value(v.saturating_mul(by)),
            other => other,
        }
    }

    /// True when set to a finite value.
    pub fn is_finite(self) -> bool {
        matches!(self, Limit::Value(_))
    }
}

/// Parses one side of a vzctl limit (`262144`, `1024M`, `2.5G`,
/// `unlimited`). A plain number is in `unit` bytes (pages: 4096, disk
/// blocks: 1024, counts: 1); a suffixed one is already in bytes (vzctl
/// takes suffixes only on memory and disk values).
fn parse_limit_side(s: &str, unit: u64, unlimited_at: u64) -> Option<Limit> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("unlimited") {
        return Some(Limit::Unlimited);
    }
    let (num, mult) = match s.as_bytes().last()? {
        b'K' | b'k' => (&s[..s.len() - 1], 1u64 << 10),
        b'M' | b'm' => (&s[..s.len() - 1], 1 << 20),
        b'G' | b'g' => (&s[..s.len() - 1], 1 << 30),
        b'T' | b't' => (&s[..s.len() - 1], 1 << 40),
        b'P' | b'p' => (&s[..s.len() - 1], 1 << 50),
        _ => (s, 0),
    };
    if mult == 0 {
        let v: u64 = num.parse().ok()?;
        return Some(Limit::from_raw(v, unlimited_at).scaled(unit));
    }
    let v: f64 = num.parse().ok()?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    let bytes = (v * mult as f64).min(u64::MAX as f64) as u64;
    Some(Limit::Value(bytes))
}

/// Parses a vzctl `barrier:limit` (or single) value; the limit side wins.
/// Results are in bytes for `unit` > 1 and counts for `unit` = 1.
/// Malformed values are `Unset`: one bad line in one container config must
/// not fail the whole collector.
pub fn parse_conf_limit(value: &str, unit: u64, unlimited_at: u64) -> Limit {
    let side = value.rsplit(':').next().unwrap_or(value);
    parse_limit_side(side, unit, unlimited_at).unwrap_or(Limit::Unset)
}

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

fn bucket(v: u64, edges: &[(u64, &'static str)], over: &'static str) -> &'static str {
    edges
        .iter()
        .find(|(edge, _)| v <= *edge)
        .map(|(_, name)| *name)
        .unwrap_or(over)
}

fn limit_bucket(
    l: Limit,
    edges: &[(u64, &'static str)],
    over: &'static str,
    unset: &'static str,
) -> &'static str {
    match l {
        Limit::Unset => unset,
        Limit::Unlimited => "unlimited",
        Limit::Value(v) => bucket(v, edges, over),
    }
}

/// RAM buckets: `<=512M`, `<=1G`, `<=2G`, `<=4G`, `<=8G`, `<=16G`, `>16G`,
/// `unlimited`, `unset`.
pub fn ram_bucket(l: Limit) -> &'static str {
    limit_bucket(
        l,
        &[
            (512 * MIB, "<=512M"),
            (GIB, "<=1G"),
            (2 * GIB, "<=2G"),
            (4 * GIB, "<=4G"),
            (8 * GIB, "<=8G"),
            (16 * GIB, "<=16G"),
        ],
        ">16G",
        "unset",
    )
}

/// Disk space buckets: `<=10G`, `<=20G`, `<=50G`, `<=100G`, `<=200G`,
/// `<=500G`, `<=1T`, `>1T`, `unlimited`, `unset`.
pub fn disk_bucket(l: Limit) -> &'static str {
    limit_bucket(
        l,
        &[
            (10 * GIB, "<=10G"),
            (20 * GIB, "<=20G"),
            (50 * GIB, "<=50G"),
            (100 * GIB, "<=100G"),
            (200 * GIB, "<=200G"),
            (500 * GIB, "<=500G"),
            (1024 * GIB, "<=1T"),
        ],
        ">1T",
        "unset",
    )
}

/// Process limit buckets: `<=100`, `<=500`, `<=1000`, `<=5000`, `>5000`,
/// `unlimited`, `unset`.
pub fn numproc_bucket(l: Limit) -> &'static str {
    limit_bucket(
        l,
        &[
            (100, "<=100"),
            (500, "<=500"),
            (1000, "<=1000"),
            (5000, "<=5000"),
        ],
        ">5000",
        "unset",
    )
}

/// CPU limit buckets, in percent of one CPU (0 means none): `unlimited`,
/// `<=50`, `<=100`, `<=200`, `<=400`, `<=800`, `>800`, `unset`.
pub fn cpulimit_bucket(v: Option<u64>) -> &'static str {
    match v {
        None => "unset",
        Some(0) => "unlimited",
        Some(v) => bucket(
            v,
            &[
                (50, "<=50"),
                (100, "<=100"),
                (200, "<=200"),
                (400, "<=400"),
                (800, "<=800"),
            ],
            ">800",
        ),
    }
}

/// CPU units buckets: `<=250`, `<=500`, `<=1000`, `<=2000`, `<=10000`,
/// `>10000`, `unset`.
pub fn cpuunits_bucket(v: Option<u64>) -> &'static str {
    match v {
        None => "unset",
        Some(v) => bucket(
            v,
            &[
                (250, "<=250"),
                (500, "<=500"),
                (1000, "<=1000"),
                (2000, "<=2000"),
                (10000, "<=10000"),
            ],
            ">10000",
        ),
    }
}

/// vCPU count buckets: `1`, `2`, `<=4`, `<=8`, `<=16`, `>16`, `unset`
/// (`unset` means all host CPUs for containers).
pub fn cpus_bucket(v: Option<u64>) -> &'static str {
    match v {
        None | Some(0) => "unset",
        Some(v) => bucket(
            v,
            &[(1, "1"), (2, "2"), (4, "<=4"), (8, "<=8"), (16, "<=16")],
            ">16",
        ),
    }
}

/// Public OS families that template and guest names may name. Anything
/// else is reported as `other`, so a private template name never leaves.
const FAMILIES: &[&str] = &[
    "almalinux",
    "alpine",
    "altlinux",
    "archlinux",
    "centos",
    "cloudlinux",
    "debian",
    "devuan",
    "fedora",
    "gentoo",
    "mandriva",
    "opensuse",
    "oracle",
    "owl",
    "redhat",
    "rhel",
    "rocky",
    "rockylinux",
    "scientific",
    "sles",
    "slackware",
    "springdale",
    "suse",
    "ubuntu",
    "vzlinux",
    "virtuozzo",
];

/// The public `family-version` of an OS template name
/// (`centos-7-x86_64` → `centos-7`, `.ubuntu-16.04-x86_64-minimal` →
/// `ubuntu-16.04`, `debian-8.0` → `debian-8.0`); `other` for anything that
/// does not start with a known family.
pub fn public_template(name: &str) -> String {
    let name = name.trim().trim_start_matches('.').to_ascii_lowercase();
    let mut parts = name.split('-');
    let family = parts.next().unwrap_or("");
    if !FAMILIES.contains(&family) {
        return "other".into();
    }
    match parts.next() {
        Some(v) if is_version(v) => format!("{family}-{v}"),
        _ => family.to_owned(),
    }
}

/// Digits separated by single dots, at most 16 characters.
pub(crate) fn is_version(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 16
        && v.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The family of a guest OS name as prlctl prints it (`centos7`,
/// `ubuntu`, `win-2012`); `windows` for every Windows flavour, `other`
/// when unknown.
pub fn guest_family(os: &str) -> String {
    let os = os.trim().to_ascii_lowercase();
    if os.starts_with("win") {
        return "windows".into();
    }
    let alpha: String = os.chars().take_while(|c| c.is_ascii_lowercase()).collect();
    let known = FAMILIES.contains(&alpha.as_str())
        || ["linux", "freebsd", "macos", "solaris", "chrome"].contains(&alpha.as_str());
    if known { alpha } else { "other".into() }
}

/// Container features vzctl knows; others are counted as `other`.
pub(crate) const FEATURES: &[&str] = &[
    "bridge", "fuse", "ipgre", "ipip", "nfs", "nfsd", "ppp", "sit", "sysfs", "time",
];

/// Counts the enabled features of a `FEATURES="nfs:on sysfs:off"` value.
pub(crate) fn enabled_features(value: &str) -> Vec<String> {
    value
        .split([' ', ','])
        .filter_map(|f| f.split_once(':'))
        .filter(|(_, state)| state.eq_ignore_ascii_case("on"))
        .map(|(name, _)| feature_name(name))
        .collect()
}

/// A feature name as reported: known ones as they are, the rest `other`.
pub(crate) fn feature_name(name: &str) -> String {
    let n = name.trim().to_ascii_lowercase();
    if FEATURES.contains(&n.as_str()) {
        n
    } else {
        "other".into()
    }
}

/// A yes/no value from a config (`yes`, `no`, `1`, `0`, `true`).
pub(crate) fn yes(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "yes" | "1" | "true" | "on"
    )
}

/// Output cap for listings that grow with the number of containers
/// (`vzlist -a -j` is about 1.5 KiB a container).
pub(crate) const LISTING_CAP: usize = 64 * 1024 * 1024;

/// Runs a command whose absence is normal: `Ok(None)` when the program is
/// not installed or exits non-zero. Output is capped at `cap` bytes; a cut
/// output is an error (half a listing would give wrong counts).
pub(crate) fn run_optional(
    host: &Host,
    argv: &[&str],
    cap: usize,
) -> Result<Option<String>, CollectError> {
    let spec = CommandSpec {
        argv: argv.iter().map(|s| (*s).to_owned()).collect(),
        limits: CommandLimits {
            output_cap: cap.max(host.limits().output_cap),
            ..host.limits()
        },
    };
    match host.run_spec(&spec) {
        Ok(out) if out.truncated => Err(CollectError::Other(format!(
            "`{}` printed more than {} bytes; refusing a partial listing",
            spec.display(),
            spec.limits.output_cap
        ))),
        Ok(out) if out.success() => Ok(Some(match String::from_utf8(out.stdout) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })),
        Ok(_) => Ok(None),
        Err(CommandError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The first `N.N[.N...]` version number in a text: `vzctl version 4.3`
/// (vzctl 4.x, `src/vzctl.c`), `vzctl v.7.0.229` (vzctl 7 to 9,
/// `src/vz.c`), `prlctl version 7.0.182`.
pub(crate) fn first_version(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|w| w.trim_start_matches('v').trim_start_matches('.'))
        .find(|w| w.contains('.') && is_version(w))
        .map(str::to_owned)
}

/// Container ids of `/etc/vz/conf/<id>.conf`, at most `limit`, sorted.
/// Samples (`ve-*.conf-sample`) and VE0's `0.conf` are left out.
pub(crate) fn conf_ids(host: &Host, limit: usize) -> Result<Vec<String>, CollectError> {
    let names = match host.read_dir("/etc/vz/conf", limit.saturating_add(64)) {
        Ok(n) => n,
        Err(e) if e.is_not_found() => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    Ok(names
        .into_iter()
        .filter_map(|n| n.strip_suffix(".conf").map(str::to_owned))
        .filter(|id| id != "0" && !id.is_empty() && !id.starts_with("ve-"))
        .filter(|id| id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .take(limit)
        .collect())
}

/// /proc/user_beancounters (about 900 bytes a container), read once per
/// run and shared by the in-container check, `vz.host` and
/// `vz.beancounters`. `None` when absent.
pub(crate) fn beancounters_text(
    host: &Host,
) -> Result<Option<std::sync::Arc<String>>, CollectError> {
    type Shared = Result<Option<std::sync::Arc<String>>, String>;
    let shared = host.memo("vz.user_beancounters", || -> Shared {
        host.read_optional("/proc/user_beancounters")
            .map(|t| t.map(std::sync::Arc::new))
            .map_err(|e| e.to_string())
    });
    shared.as_ref().clone().map_err(CollectError::Other)
}

/// Most containers a collector looks at one by one (bounded per-CT work).
pub(crate) const MAX_CTS: usize = 100_000;

/// Where a container lives, from its config and vz.conf's defaults. Used
/// to reach per-container files; never reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CtPlace {
    /// ploop, simfs, or `None` when neither config says.
    pub layout: Option<String>,
    /// The private area (`/vz/private/101`), when known.
    pub private: Option<String>,
}

/// vz.conf's defaults for container configs.
#[derive(Debug, Clone, Default)]
pub(crate) struct VzDefaults {
    layout: Option<String>,
    /// VEIMAGEFORMAT (ploop, qcow2): what an image-based (layout 5)
    /// container is.
    image_format: Option<String>,
    /// VE_PRIVATE with \u{1} standing for the container id.
    private_tpl: Option<String>,
}

/// The layout a config's keys name: `VE_LAYOUT` (vzctl 4.x: `simfs`,
/// `ploop`, `ploop:expanded`...) wins; else vzctl 7's `VEFSTYPE` (libvzctl
/// `vzctl2_fstype2layout`: `simfs` is simfs, `ext4` and `xfs` live in an
/// image, whose format is `image_format`, ploop unless said otherwise).
pub(crate) fn layout_from_keys(
    ve_layout: Option<&str>,
    vefstype: Option<&str>,
    image_format: Option<&str>,
) -> Option<String> {
    let clean = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        let s = s.split(':').next().unwrap_or("").to_owned();
        (!s.is_empty() && s.len() <= 32).then_some(s)
    };
    if let Some(l) = ve_layout.and_then(clean) {
        return Some(l);
    }
    match vefstype.and_then(clean).as_deref() {
        Some("simfs") => Some("simfs".into()),
        Some("ext4" | "xfs") => Some(
            image_format
                .and_then(clean)
                .unwrap_or_else(|| "ploop".into()),
        ),
        _ => None,
    }
}

/// The layout of a libvzctl layout version, as vzctl 7's vzlist prints it
/// (`vzctl2_env_layout_version`: the `.ve.layout` link in the private
/// area): 4 is simfs, 5 an image (`image_format`, ploop unless said
/// otherwise), 3 the old VZFS; 0 (no link) and anything else say nothing.
pub(crate) fn layout_of_version(v: u64, image_format: Option<&str>) -> Option<String> {
    match v {
        4 => Some("simfs".into()),
        5 => Some(
            image_format
                .map(str::to_ascii_lowercase)
                .filter(|f| !f.is_empty() && f.len() <= 32)
                .unwrap_or_else(|| "ploop".into()),
        ),
        3 => Some("vzfs".into()),
        _ => None,
    }
}

impl VzDefaults {
    /// The default image format (VEIMAGEFORMAT), when vz.conf sets one.
    pub(crate) fn image_format(&self) -> Option<&str> {
        self.image_format.as_deref()
    }

    /// The default layout of new containers, when vz.conf says.
    pub(crate) fn layout(&self) -> Option<&str> {
        self.layout.as_deref()
    }
}

/// Reads /etc/vz/vz.conf's layout keys (VE_LAYOUT of vzctl 4.x; VEFSTYPE,
/// VEIMAGEFORMAT and VELAYOUT of vzctl 7) and VE_PRIVATE.
pub(crate) fn vz_defaults(host: &Host) -> Result<VzDefaults, CollectError> {
    let vz = host
        .read_optional("/etc/vz/vz.conf")?
        .map(|t| cep_core::host::parse_shell_vars(&format!("VEID=\u{1}\n{t}")))
        .unwrap_or_default();
    let get = |k: &str| vz.get(k).map(String::as_str).filter(|s| !s.is_empty());
    let image_format = get("VEIMAGEFORMAT").map(str::to_ascii_lowercase);
    Ok(VzDefaults {
        layout: layout_from_keys(
            get("VE_LAYOUT").or(get("VELAYOUT")),
            get("VEFSTYPE"),
            image_format.as_deref(),
        )
        .or_else(|| image_format.clone()),
        image_format,
        private_tpl: vz.get("VE_PRIVATE").cloned(),
    })
}

/// Layout and private area of container `id` from its config text:
/// the config's layout keys, else the private area's `.ve.layout` link,
/// else vz.conf's default.
pub(crate) fn place_of(host: &Host, id: &str, text: &str, d: &VzDefaults) -> CtPlace {
    let (layout, fstype, private) = scan_place(text);
    let private = private
        .filter(|p| !p.is_empty() && !p.contains('$'))
        .map(str::to_owned)
        .or_else(|| d.private_tpl.as_ref().map(|t| t.replace('\u{1}', id)));
    let layout = layout_from_keys(layout, fstype, d.image_format())
        .or_else(|| {
            private
                .as_deref()
                .and_then(|p| layout_link(host, p))
                .and_then(|v| layout_of_version(v, d.image_format()))
        })
        .or_else(|| d.layout.clone());
    CtPlace { layout, private }
}

/// The layout version in a private area's `.ve.layout` link (libvzctl
/// `vzctl2_env_layout_version`: the link's target is the number).
pub(crate) fn layout_link(host: &Host, private: &str) -> Option<u64> {
    let target = host
        .read_link(&format!("{}/.ve.layout", private.trim_end_matches('/')))
        .ok()?;
    target.to_str()?.trim().parse().ok()
}

/// Layout and private area of every configured container (at most
/// [`MAX_CTS`]), from the configs.
pub(crate) fn ct_places(host: &Host) -> Result<Vec<CtPlace>, CollectError> {
    let d = vz_defaults(host)?;
    let mut out = Vec::new();
    for id in conf_ids(host, MAX_CTS)? {
        let text = host.read(&format!("/etc/vz/conf/{id}.conf"))?;
        out.push(place_of(host, &id, &text, &d));
    }
    Ok(out)
}

/// `VE_LAYOUT`, `VEFSTYPE` and `VE_PRIVATE` of a container config, by a
/// plain line scan (the full shell-variable parser costs too much on
/// 10,000 configs). The last assignment wins, as in the shell.
fn scan_place(text: &str) -> (Option<&str>, Option<&str>, Option<&str>) {
    let (mut layout, mut fstype, mut private) = (None, None, None);
    for line in text.lines() {
        let Some((k, v)) = line.trim().split_once('=') else {
            continue;
        };
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|x| x.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
            .unwrap_or(v);
        match k {
            "VE_LAYOUT" => layout = Some(v),
            "VEFSTYPE" => fstype = Some(v),
            "VE_PRIVATE" => private = Some(v),
            _ => {}
        }
    }
    (layout, fstype, private)
}

/// The file system type of the mount holding `path` (longest mount point
/// prefix in /proc/mounts); `None` when no mount matches.
pub(crate) fn fs_type_of<'a>(mounts: &'a [(String, String)], path: &str) -> Option<&'a str> {
    mounts
        .iter()
        .filter(|(mp, _)| {
            path == mp
                || mp == "/"
                || (path.starts_with(mp.as_str()) && path.as_bytes().get(mp.len()) == Some(&b'/'))
        })
        .max_by_key(|(mp, _)| mp.len())
        .map(|(_, t)| t.as_str())
}

/// (mount point, type) pairs of /proc/mounts; empty when absent.
pub(crate) fn mounts(host: &Host) -> Result<Vec<(String, String)>, CollectError> {
    Ok(host
        .read_optional("/proc/mounts")?
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let _dev = w.next()?;
            Some((w.next()?.to_owned(), w.next()?.to_owned()))
        })
        .collect())
}

/// A kernel-defined short name (file system type, process name) as
/// reported: `other` unless it is short lowercase ASCII.
pub(crate) fn kernel_name(s: &str) -> String {
    if !s.is_empty()
        && s.len() <= 24
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.' || b == b'-'
        })
    {
        s.to_owned()
    } else {
        "other".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_with_suffixes() {
        assert_eq!(
            parse_conf_limit("262144:262144", PAGE, UNLIMITED_32),
            Limit::Value(GIB)
        );
        assert_eq!(
            parse_conf_limit("0:512M", PAGE, UNLIMITED_32),
            Limit::Value(512 * MIB)
        );
        assert_eq!(
            parse_conf_limit("2147483647:2147483647", PAGE, UNLIMITED_32),
            Limit::Unlimited
        );
        assert_eq!(
            parse_conf_limit("unlimited", 1, UNLIMITED_32),
            Limit::Unlimited
        );
        assert_eq!(
            parse_conf_limit("10485760:10485760", 1024, u64::MAX),
            Limit::Value(10 * GIB)
        );
        assert_eq!(
            parse_conf_limit("2G:2.5G", 1024, u64::MAX),
            Limit::Value(5 * GIB / 2)
        );
        assert_eq!(parse_conf_limit("lots", 1, u64::MAX), Limit::Unset);
        assert_eq!(parse_conf_limit("", 1, u64::MAX), Limit::Unset);
        assert_eq!(parse_conf_limit("-1G", 1, u64::MAX), Limit::Unset);
    }

    #[test]
    fn buckets_have_fixed_edges() {
        assert_eq!(ram_bucket(Limit::Value(512 * MIB)), "<=512M");
        assert_eq!(ram_bucket(Limit::Value(512 * MIB + 1)), "<=1G");
        assert_eq!(ram_bucket(Limit::Value(17 * GIB)), ">16G");
        assert_eq!(ram_bucket(Limit::Unlimited), "unlimited");
        assert_eq!(ram_bucket(Limit::Unset), "unset");
        assert_eq!(disk_bucket(Limit::Value(2048 * GIB)), ">1T");
        assert_eq!(numproc_bucket(Limit::Value(65)), "<=100");
        assert_eq!(cpulimit_bucket(Some(0)), "unlimited");
        assert_eq!(cpulimit_bucket(Some(150)), "<=200");
        assert_eq!(cpuunits_bucket(Some(1000)), "<=1000");
        assert_eq!(cpus_bucket(Some(3)), "<=4");
        assert_eq!(cpus_bucket(None), "unset");
    }

    #[test]
    fn template_names_are_public_or_other() {
        assert_eq!(public_template("centos-7-x86_64"), "centos-7");
        assert_eq!(public_template(".almalinux-9"), "almalinux-9");
        assert_eq!(
            public_template("ubuntu-16.04-x86_64-minimal"),
            "ubuntu-16.04"
        );
        assert_eq!(public_template("Debian-8.0-x86_64"), "debian-8.0");
        assert_eq!(public_template("centos-x86_64"), "centos");
        assert_eq!(public_template("acme-web-frontend"), "other");
        assert_eq!(public_template("node7.example.com"), "other");
        assert_eq!(public_template(""), "other");
        assert_eq!(guest_family("centos7"), "centos");
        assert_eq!(guest_family("win-2012"), "windows");
        assert_eq!(guest_family("myserver"), "other");
    }

    #[test]
    fn layouts_from_keys_and_versions() {
        assert_eq!(
            layout_from_keys(Some("ploop:expanded"), Some("simfs"), None).as_deref(),
            Some("ploop")
        );
        assert_eq!(
            layout_from_keys(None, Some("simfs"), Some("qcow2")).as_deref(),
            Some("simfs")
        );
        assert_eq!(
            layout_from_keys(None, Some("XFS"), Some("qcow2")).as_deref(),
            Some("qcow2")
        );
        assert_eq!(
            layout_from_keys(None, Some("ext4"), None).as_deref(),
            Some("ploop")
        );
        assert_eq!(layout_from_keys(Some(" "), Some("reiserfs"), None), None);
        assert_eq!(layout_of_version(5, None).as_deref(), Some("ploop"));
        assert_eq!(
            layout_of_version(4, Some("qcow2")).as_deref(),
            Some("simfs")
        );
        assert_eq!(layout_of_version(3, None).as_deref(), Some("vzfs"));
        assert_eq!(layout_of_version(0, None), None);
        assert_eq!(layout_of_version(6, None), None);
    }

    #[test]
    fn features_and_versions() {
        assert_eq!(
            enabled_features("nfs:on sysfs:off acme:on"),
            vec!["nfs", "other"]
        );
        assert_eq!(first_version("vzctl version 4.3\n").as_deref(), Some("4.3"));
        assert_eq!(
            first_version("prlctl version 7.0.182").as_deref(),
            Some("7.0.182")
        );
        assert_eq!(first_version("no version here"), None);
        assert_eq!(
            first_version("vzctl v.7.0.100\n").as_deref(),
            Some("7.0.100")
        );
        assert_eq!(first_version("vzctl v.9.0.1\n").as_deref(), Some("9.0.1"));
    }
}
