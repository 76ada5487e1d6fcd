//! Nothing personal leaves the host: typed sections, the scrubber, the
//! pre-send tripwire and quarantine.
//!
//! - [`Secrets`] are this host's own values (host, container and VM names,
//!   users and GECOS names, DMI serials, its own addresses, the
//!   administrator's `never_send`), only the [`distinctive`] ones.
//! - [`Scrubber`] finds IPv4 (also inside names: `dhcp-192-168-0-66`, and
//!   tcpdump's `address.port`), IPv6 (every textual form), MAC and
//!   InfiniBand addresses, e-mail addresses, URL user info, UUIDs and long
//!   hex ids, and the secrets, and replaces each with a stable placeholder
//!   (`<ipv4>`, `<host>`...). All detectors run as one multi-pattern
//!   automaton: one pass per section.
//! - [`Tripwire`] searches every archive member for the secrets as plain
//!   case-insensitive substrings, sharing no boundary rule with the
//!   scrubber, plus the generic detectors.
//! - [`PrivacyGuard`] is a [`Guard`]: `scrub` checks JSON sections against
//!   their fields' [`crate::ValueKind`]s and rewrites only free text (text
//!   sections, free-text values, collect.log, the manifest's messages);
//!   `check` runs the tripwire. A hit stops the report; the caller
//!   quarantines it or, for a preview, drops it ([`OnVeto`]).
//!
//! Architecture invariant: the report's own ids (report_id, client_id) are
//! the only UUIDs an archive may hold.

mod detect;
mod tripwire;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use detect::{Detector, Finding, PrivacyError, Scrubber};
pub use tripwire::{Trip, Tripwire};

use crate::collector::{Field, FieldKind, check_kinds};
use crate::host::Host;
use crate::pipeline::{Guard, GuardViolation};
use crate::report::{Archive, ReadLimits, Report, read_members};

/// Values of this host that must never appear in a report, gathered once per
/// run through [`Host`] (so fixture hosts work like live ones).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Secrets {
    /// Host names, short and fully qualified, and container names.
    pub hosts: BTreeSet<String>,
    /// Domains of those names (`example.com` of `node1.example.com`): any
    /// name under them is a host name.
    pub domains: BTreeSet<String>,
    /// Login names of people (uid ≥ 1000).
    pub users: BTreeSet<String>,
    /// DMI serial numbers, and their distinctive parts (the service tag in
    /// a Dell board serial `.5KQ2X12.CN7016355F0123.`).
    pub serials: BTreeSet<String>,
    /// MAC and IP addresses of the node's own interfaces (hardware
    /// addresses in /sys/class/net, local addresses in /proc/net/fib_trie
    /// and /proc/net/if_inet6, the address /etc/hosts gives its name) and
    /// of its containers (`IP_ADDRESS` in their configs, vzlist's `ip`),
    /// lowercase, without masks: the tripwire looks for them (the
    /// scrubber's and the tripwire's address detectors catch every address
    /// in free text).
    pub addresses: BTreeSet<String>,
    /// The administrator's `[privacy] never_send` entries (literals and
    /// globs).
    pub never_send: BTreeSet<String>,
}

/// Names of the product, its platforms and distributions, and words every
/// report holds: a host or user named so is no secret (`vz7`, `el7`,
/// `x86_64`, `centos`), and a name made only of such words, numbers and
/// short tokens (`centos-7-x86_64`, `ubuntu-16.04`) is none either.
const VOCABULARY: &[&str] = &[
    "vz",
    "vz6",
    "vz7",
    "vz8",
    "vz9",
    "el5",
    "el6",
    "el7",
    "el8",
    "el9",
    "el10",
    "x86",
    "x86_64",
    "amd64",
    "i386",
    "i686",
    "aarch64",
    "arm64",
    "ppc64le",
    "s390x",
    "noarch",
    "centos",
    "rhel",
    "redhat",
    "fedora",
    "debian",
    "ubuntu",
    "suse",
    "opensuse",
    "sles",
    "almalinux",
    "alma",
    "rocky",
    "oracle",
    "oraclelinux",
    "cloudlinux",
    "vzlinux",
    "virtuozzo",
    "openvz",
    "linux",
    "kernel",
    "ploop",
    "simfs",
    "stab",
    "vzctl",
    "prlctl",
    "node",
    "host",
    "hostname",
    "server",
    "container",
    "containers",
    "template",
    "minimal",
    "devel",
    "default",
    "local",
    "lan",
    "home",
    "build",
    "service",
    "account",
    "system",
    "daemon",
    "operator",
    "owner",
    "guest",
    "administrator",
    "root",
    "user",
    "users",
    "lts",
    "release",
    "stable",
    "latest",
    "bionic",
    "focal",
    "jammy",
    "noble",
    "xenial",
    "trusty",
    "buster",
    "bullseye",
    "bookworm",
    "stretch",
    "jessie",
    "wheezy",
];

/// The product's own words (not the generic service words: `web-prod-3`
/// is a name, `centos-7-x86_64` is not).
/// Which word lists hold a word: a lookup for the tens of thousands of
/// names of a big node.
fn word_lists() -> &'static std::collections::HashMap<&'static str, (bool, bool)> {
    static W: std::sync::OnceLock<std::collections::HashMap<&'static str, (bool, bool)>> =
        std::sync::OnceLock::new();
    // (product word, generic or structure word); every list is lowercase.
    W.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for w in VOCABULARY.iter().chain(NOT_USERS) {
            m.entry(*w).or_insert((false, false)).0 = true;
        }
        for w in GENERIC_LABELS.iter().chain(STRUCTURE) {
            m.entry(*w).or_insert((false, false)).1 = true;
        }
        m
    })
}

fn lookup(word: &str) -> (bool, bool) {
    if word.len() > 32 {
        return (false, false);
    }
    let found = if word.bytes().any(|c| c.is_ascii_uppercase()) {
        word_lists().get(word.to_ascii_lowercase().as_str())
    } else {
        word_lists().get(word)
    };
    found.copied().unwrap_or((false, false))
}

fn product_word(word: &str) -> bool {
    lookup(word).0
}

fn vocabulary(word: &str) -> bool {
    let (product, other) = lookup(word);
    product || other
}

/// A version (`7.0.3`, `2.6.32-042stab145.3`, `3.10.0-1160.vz7.191.4`):
/// the version grammar, and no part led by a letter other than a product
/// word or a short tag (`1and1.example` is a name).
fn version_like(name: &str) -> bool {
    crate::collector::is_version(name)
        && name
            .split(['.', '-', '_', '+', '~', ':'])
            .filter(|t| t.starts_with(|c: char| c.is_ascii_alphabetic()))
            .all(|t| t.len() <= 3 || product_word(t))
}

/// Shortest secret: a token of 3 characters or less names too many things
/// (and turns up inside too many words) to be one.
pub const MIN_SECRET: usize = 4;

/// Whether a name can be a secret: at least [`MIN_SECRET`] characters,
/// not a number or a version (`100`, `7.0.3`), not a word of the
/// product's vocabulary or a generic service word alone (`vz7`, `backup`),
/// and with at least one token (split at `.`, `-`, `_` and spaces) that is
/// neither a number, nor shorter than 3 characters, nor a product word.
pub fn distinctive(name: &str) -> bool {
    name.len() >= MIN_SECRET
        && !version_like(name)
        && !vocabulary(name)
        && name
            .split(['.', '-', '_', ' '])
            .any(|t| t.len() >= 3 && !t.bytes().all(|c| c.is_ascii_digit()) && !product_word(t))
}

/// Names that are not personal and that the report needs (distribution and
/// template names are also default cloud-image logins).
const NOT_HOSTS: &[&str] = &[
    "localhost",
    "localhost.localdomain",
    "localdomain",
    "(none)",
];
/// Service words that name countless hosts (`backup.example.com`,
/// `mail.example.org`). Alone they identify nobody, and as package, file or
/// template name parts (`libprl-backup-compat`) they are data the report
/// needs: never a bare secret. A full name such as `backup.example.com`
/// and its domain still are.
const GENERIC_LABELS: &[&str] = &[
    "admin", "api", "app", "backup", "backups", "blog", "cache", "cdn", "cloud", "db", "dev",
    "dns", "docs", "download", "files", "firewall", "forum", "ftp", "gateway", "git", "gw", "imap",
    "ldap", "log", "logs", "mail", "media", "mirror", "monitor", "mx", "ns", "ntp", "pop",
    "portal", "prod", "proxy", "repo", "router", "server", "shop", "smtp", "sql", "stage",
    "staging", "static", "storage", "support", "test", "update", "vpn", "web", "wiki", "www",
];

fn generic(word: &str) -> bool {
    GENERIC_LABELS.contains(&word.to_ascii_lowercase().as_str())
}

const NOT_USERS: &[&str] = &[
    "nobody",
    "nfsnobody",
    "centos",
    "ubuntu",
    "debian",
    "fedora",
    "almalinux",
    "rocky",
    "cloud-user",
    "ec2-user",
    "virtuozzo",
    "openvz",
];
/// Vendors' placeholder serials; not identifying, and scrubbing them would
/// mangle unrelated text.
const NOT_SERIALS: &[&str] = &[
    "none",
    "n/a",
    "na",
    "not specified",
    "not applicable",
    "not available",
    "to be filled by o.e.m.",
    "default string",
    "system serial number",
    "chassis serial number",
    "base board serial number",
    "serial number",
    "0123456789",
    "123456789",
    "00000000",
    "0000000000",
    "unknown",
];

/// Words in every report's structure (manifest keys and values, member
/// name parts) and the placeholders themselves. A host or user with such a
/// name is not treated as a secret: the word identifies nobody, and
/// treating it as one would stop every report (or never settle, for a user
/// named `user`).
const STRUCTURE: &[&str] = &[
    "ipv4",
    "ipv6",
    "mac",
    "host",
    "email",
    "user",
    "uuid",
    "serial",
    "cep",
    "cep-report",
    "manifest",
    "collect",
    "format",
    "schema",
    "report_id",
    "client_id",
    "created_at",
    "client",
    "name",
    "version",
    "collectors",
    "id",
    "status",
    "duration_ms",
    "file",
    "error",
    "ok",
    "timeout",
    "skipped",
    "json",
    "txt",
    "log",
];

fn structural(word: &str) -> bool {
    STRUCTURE.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Most container configuration files read for host names.
const MAX_CONFS: usize = 100_000;

/// Most names and addresses taken from a container listing (a few per
/// container).
const MAX_CONTAINER_VALUES: usize = 8 * MAX_CONFS;

/// The string `name` of every entry of `prlctl list -a -j` output (an
/// entry that is not an object, or whose `name` is absent or not a string,
/// is skipped); nothing when the text is not a JSON array. Only the
/// `name` fields are kept.
pub fn prlctl_names(json: &[u8]) -> Vec<String> {
    /// One array entry: its string `name`, if any.
    struct Entry(Option<String>);

    impl<'de> serde::Deserialize<'de> for Entry {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Entry;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("any JSON value")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Entry, A::Error> {
                    let mut name = None;
                    while let Some(key) = map.next_key::<crate::collector::JsonKey<'de>>()? {
                        if key.as_str() != "name" {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        } else if let serde_json::Value::String(s) =
                            map.next_value::<serde_json::Value>()?
                        {
                            name = Some(s);
                        }
                    }
                    Ok(Entry(name))
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<Entry, A::Error> {
                    while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                    Ok(Entry(None))
                }
                fn visit_str<E>(self, _: &str) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
                fn visit_bool<E>(self, _: bool) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
                fn visit_i64<E>(self, _: i64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
                fn visit_u64<E>(self, _: u64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
                fn visit_f64<E>(self, _: f64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
                fn visit_unit<E>(self) -> Result<Entry, E> {
                    Ok(Entry(None))
                }
            }
            d.deserialize_any(V)
        }
    }

    serde_json::from_slice::<Vec<Entry>>(json)
        .map(|items| items.into_iter().filter_map(|e| e.0).collect())
        .unwrap_or_default()
}

impl Secrets {
    /// Gathers the host's secrets: its host name (`/proc/sys/kernel/hostname`,
    /// `/etc/hostname`), container host names and names (`HOSTNAME=` and
    /// `NAME=` in `/etc/vz/conf/*.conf`, the last column of `vzlist -aH`),
    /// user names (uid ≥ 1000 in `/etc/passwd`) and DMI serials
    /// (`/sys/class/dmi/id/*serial*`). Anything absent or unreadable is
    /// skipped: the generic detectors still apply.
    pub fn gather(host: &Host) -> Secrets {
        Self::gather_with(host, |_| None)
    }

    /// [`Secrets::gather`], with the names and IP addresses of the
    /// containers and VMs from `container_names` when it has them (an
    /// entry that is an IP address, with or without a `/mask`, is an
    /// address; any other a name): a caller that lists them anyway
    /// (`vz.containers` reads `vzlist -a -j`, which carries every config's
    /// `HOSTNAME`, `NAME` and `IP_ADDRESS`, and `prlctl list -a -j`) saves
    /// reading thousands of configs and running `vzlist -aH` and `prlctl`
    /// a second time. `None` gathers them here.
    pub fn gather_with(
        host: &Host,
        container_names: impl FnOnce(&Host) -> Option<Vec<String>>,
    ) -> Secrets {
        let mut s = Secrets::default();
        // The host's own names, distinctive or not (`vz7`), find its lines
        // in /etc/hosts.
        let mut own = Vec::new();
        if let Some(h) = host.hostname() {
            s.add_host(&h);
            own.push(h);
        }
        if let Ok(Some(h)) = host.read_optional("/etc/hostname") {
            s.add_host(h.trim());
            own.push(h.trim().to_owned());
        }
        // The FQDN often lives only in /etc/hosts, beside the short name.
        if let Ok(Some(hosts)) = host.read_optional("/etc/hosts") {
            s.add_etc_hosts_naming(&hosts, &own);
        }
        if let Some(d) = host
            .read_optional("/proc/sys/kernel/domainname")
            .ok()
            .flatten()
        {
            s.add_domain(d.trim());
        }
        if let Some(names) = container_names(host) {
            // A UUID standing in for a missing name is not a name.
            for n in names.iter().take(MAX_CONTAINER_VALUES) {
                s.add_host_or_address(n);
            }
        } else {
            s.add_container_confs(host);
            if let Ok(out) = host.run(&["vzlist", "-aH"])
                && out.success()
            {
                s.add_vzlist(&out.stdout_text());
            }
            // Container and VM names on OpenVZ 7 / Virtuozzo 7.
            if let Ok(out) = host.run(&["prlctl", "list", "-a", "-j"])
                && out.success()
            {
                s.add_prlctl_json(&out.stdout);
            }
        }
        // The node's own interface addresses: IPv4 from the routing
        // trie's local entries, IPv6 from if_inet6.
        if let Ok(Some(trie)) = host.read_optional("/proc/net/fib_trie") {
            s.add_fib_trie(&trie);
        }
        if let Ok(Some(v6)) = host.read_optional("/proc/net/if_inet6") {
            s.add_if_inet6(&v6);
        }
        // The node's own interfaces' hardware addresses.
        if let Ok(ifaces) = host.read_dir("/sys/class/net", 4096) {
            for i in ifaces {
                if let Ok(Some(mac)) = host.read_optional(&format!("/sys/class/net/{i}/address")) {
                    s.add_address(&mac);
                }
            }
        }
        if let Ok(Some(passwd)) = host.read_optional("/etc/passwd") {
            s.add_passwd(&passwd);
        }
        if let Ok(names) = host.read_dir("/sys/class/dmi/id", 256) {
            for n in names.iter().filter(|n| n.contains("serial")) {
                if let Ok(v) = host.read(&format!("/sys/class/dmi/id/{n}")) {
                    s.add_serial(v.trim());
                }
            }
        }
        s
    }

    /// A container's name, or (an IP address, with or without a `/mask`)
    /// its address: what [`Secrets::gather_with`] gets from a listing. A
    /// UUID standing in for a missing name is neither.
    fn add_host_or_address(&mut self, value: &str) {
        let v = value.trim();
        let addr = v.split('/').next().unwrap_or("");
        if addr.parse::<std::net::IpAddr>().is_ok() {
            self.add_address(v);
        } else if crate::identity::parse_host_id(v).is_none() {
            self.add_host(v);
        }
    }

    /// Adds `HOSTNAME=`, `NAME=` and the addresses of `IP_ADDRESS=` of
    /// every `/etc/vz/conf/*.conf`.
    fn add_container_confs(&mut self, host: &Host) {
        if let Ok(names) = host.read_dir("/etc/vz/conf", MAX_CONFS) {
            let confs: Vec<&String> = names.iter().filter(|n| n.ends_with(".conf")).collect();
            // Thousands of small files: two threads read them.
            let read = |part: &[&String]| -> Vec<String> {
                let mut out = Vec::new();
                for n in part {
                    if let Ok(text) = host.read(&format!("/etc/vz/conf/{n}")) {
                        let mut vars = crate::config::parse_shell_vars(&text);
                        for key in ["HOSTNAME", "NAME"] {
                            if let Some(v) = vars.remove(key) {
                                out.push(v);
                            }
                        }
                        // `10.0.0.1 10.0.0.2/255.255.255.0 fe80::1/64`
                        if let Some(v) = vars.remove("IP_ADDRESS") {
                            out.extend(v.split_whitespace().map(str::to_owned));
                        }
                    }
                }
                out
            };
            let (a, b) = confs.split_at(confs.len() / 2);
            let (va, vb) = if a.len() < 64 {
                (read(&confs), Vec::new())
            } else {
                std::thread::scope(|sc| {
                    let second = sc.spawn(|| read(b));
                    let first = read(a);
                    // A panic in the reader is a bug; fall back to one thread.
                    (first, second.join().unwrap_or_else(|_| read(b)))
                })
            };
            for v in va.iter().chain(&vb) {
                self.add_host_or_address(v);
            }
        }
    }

    /// Adds a host name, its first label and its domain, each only when
    /// [`distinctive`]: `vz7.example.com` brings itself and `example.com`,
    /// never `vz7`; a container named `100` brings nothing.
    pub fn add_host(&mut self, name: &str) {
        let name = name.trim().trim_end_matches('.');
        // Tens of thousands of names on a big node, many twice (vzlist and
        // prlctl): check and allocate only what is new.
        if self.hosts.contains(name)
            || !distinctive(name)
            || !name.is_ascii()
            || name == "-"
            || NOT_HOSTS.iter().any(|n| n.eq_ignore_ascii_case(name))
            || structural(name)
            || generic(name)
            || name.chars().any(|c| c.is_whitespace() || c.is_control())
            || name.parse::<std::net::IpAddr>().is_ok()
        {
            return;
        }
        self.hosts.insert(name.to_owned());
        if let Some((first, domain)) = name.split_once('.') {
            if distinctive(first) && !NOT_HOSTS.contains(&first) && !self.hosts.contains(first) {
                self.hosts.insert(first.to_owned());
            }
            if domain.contains('.')
                && distinctive(domain)
                && !NOT_HOSTS.iter().any(|n| n.eq_ignore_ascii_case(domain))
                && !self.domains.contains(domain)
            {
                self.domains.insert(domain.to_owned());
            }
        }
    }

    /// Adds every name on the lines of an /etc/hosts text that name this
    /// host (one of [`Secrets::hosts`]), so `node1` brings
    /// `node1.example.com`.
    pub fn add_etc_hosts(&mut self, text: &str) {
        self.add_etc_hosts_naming(text, &[]);
    }

    /// [`Secrets::add_etc_hosts`], also taking the lines that name one of
    /// `own` (the host's own names, which may be too short to be secrets).
    /// The address on such a line is the node's own.
    pub fn add_etc_hosts_naming(&mut self, text: &str, own: &[String]) {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut cols = line.split_whitespace();
            let addr = cols.next().unwrap_or("");
            let names: Vec<&str> = cols.collect();
            let ours = names.iter().any(|n| {
                self.hosts.iter().chain(own).any(|h| {
                    h.eq_ignore_ascii_case(n)
                        && !NOT_HOSTS.iter().any(|x| x.eq_ignore_ascii_case(n))
                })
            });
            if ours {
                self.add_address(addr);
                for n in names {
                    self.add_host(n);
                }
            }
        }
    }

    /// Adds an IP or MAC address of this node or of one of its containers
    /// (loopback, unspecified and all-zero addresses are nobody's).
    pub fn add_address(&mut self, addr: &str) {
        let a = addr
            .trim()
            .split('/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let ip_ok = match a.parse::<std::net::IpAddr>() {
            Ok(ip) => !ip.is_loopback() && !ip.is_unspecified(),
            Err(_) => false,
        };
        let mac_ok = a.len() >= 17
            && a.bytes().all(|c| c.is_ascii_hexdigit() || c == b':')
            && a.bytes().any(|c| c != b'0' && c != b':')
            && a != "ff:ff:ff:ff:ff:ff";
        if ip_ok || mac_ok {
            self.addresses.insert(a);
        }
    }

    /// Adds the local addresses of `/proc/net/fib_trie` (an address line
    /// followed by `/32 host LOCAL`).
    pub fn add_fib_trie(&mut self, text: &str) {
        let mut last = "";
        for line in text.lines() {
            let t = line.trim_start_matches([' ', '|', '-', '+']).trim();
            if t.starts_with("/32 host LOCAL") {
                self.add_address(last);
            } else if !t.starts_with('/') {
                last = t;
            }
        }
    }

    /// Adds the addresses of `/proc/net/if_inet6` (32 hex digits first on
    /// each line).
    pub fn add_if_inet6(&mut self, text: &str) {
        for line in text.lines() {
            let hex = line.split_whitespace().next().unwrap_or("");
            if let Ok(n) = u128::from_str_radix(hex, 16)
                && hex.len() == 32
            {
                self.add_address(&std::net::Ipv6Addr::from(n).to_string());
            }
        }
    }

    /// Adds the administrator's `never_send` entries.
    pub fn add_never_send<S: AsRef<str>>(&mut self, entries: &[S]) {
        for e in entries {
            let e = e.as_ref().trim();
            if !e.is_empty() && e.chars().any(|c| c != '*' && c != '?') {
                self.never_send.insert(e.to_owned());
            }
        }
    }

    /// Adds a domain (the kernel's NIS domain name, when set): any name
    /// under it is a host name.
    pub fn add_domain(&mut self, domain: &str) {
        let d = domain.trim().trim_end_matches('.');
        if distinctive(d)
            && d.is_ascii()
            && d != "(none)"
            && !NOT_HOSTS.iter().any(|n| n.eq_ignore_ascii_case(d))
            && d.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-' || c == b'_')
        {
            self.domains.insert(d.to_owned());
        }
    }

    /// Adds the host names and first addresses in `vzlist -aH` output
    /// (`CTID NPROC STATUS IP HOSTNAME`: the IP column holds a
    /// container's first address, `-` for none).
    pub fn add_vzlist(&mut self, text: &str) {
        for line in text.lines() {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() >= 5 {
                self.add_address(cols[3]);
                if let Some(h) = cols.last()
                    && h.bytes().any(|c| c.is_ascii_alphabetic())
                {
                    self.add_host(h);
                }
            }
        }
    }

    /// Adds the `name` of every container and VM in `prlctl list -a -j`
    /// output (a UUID standing in for a missing name is not a name).
    pub fn add_prlctl_json(&mut self, json: &[u8]) {
        for name in prlctl_names(json).iter().take(MAX_CONFS) {
            if crate::identity::parse_host_id(name).is_none() {
                self.add_host(name);
            }
        }
    }

    /// Adds the login names of `/etc/passwd` with uid ≥ 1000 (people, not
    /// system accounts), except `nobody` and distribution default logins.
    pub fn add_passwd(&mut self, text: &str) {
        for line in text.lines() {
            let mut f = line.split(':');
            let (Some(name), Some(_), Some(uid)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let Ok(uid) = uid.trim().parse::<u32>() else {
                continue;
            };
            if (1000..65534).contains(&uid) || uid > 65534 {
                self.add_user(name);
                // GECOS: the full name before the first comma.
                let gecos = f.nth(1).unwrap_or("");
                self.add_person(gecos.split(',').next().unwrap_or(""));
            }
        }
    }

    /// Adds a person's full name (GECOS): the whole name and each
    /// distinctive part of it (`Anna Schmidt`, `Anna`, `Schmidt`).
    pub fn add_person(&mut self, full: &str) {
        let full = full.trim();
        if !full.is_ascii() || full.chars().any(|c| c.is_control()) {
            return;
        }
        let full = full.split_whitespace().collect::<Vec<_>>().join(" ");
        if full.contains(' ') && distinctive(&full) {
            self.users.insert(full.clone());
        }
        for part in full.split(' ') {
            self.add_user(part);
        }
    }

    /// Adds one user name, when [`distinctive`].
    pub fn add_user(&mut self, name: &str) {
        let name = name.trim();
        if distinctive(name)
            && name.is_ascii()
            && !name.starts_with('#')
            && !NOT_USERS.contains(&name)
            && !structural(name)
            && !name.chars().any(|c| c.is_whitespace() || c.is_control())
            // Matched in any case: `John` of the GECOS field is `john`.
            && !self.users.iter().any(|u| u.eq_ignore_ascii_case(name))
        {
            self.users.insert(name.to_owned());
        }
    }

    /// Adds one serial number, unless it is a vendor placeholder, and its
    /// parts between dots, slashes and spaces of 5 characters or more
    /// with a digit in them (a Dell board serial holds the service tag).
    pub fn add_serial(&mut self, serial: &str) {
        let s = serial.trim();
        if s.contains(['.', '/', ' ']) {
            for part in s.split(['.', '/', ' ']) {
                if part.len() >= 5 && part.bytes().any(|c| c.is_ascii_digit()) {
                    self.add_serial_value(part);
                }
            }
        }
        self.add_serial_value(s);
    }

    fn add_serial_value(&mut self, s: &str) {
        let lower = s.to_ascii_lowercase();
        if s.len() >= 4
            && s.is_ascii()
            && !structural(s)
            && !NOT_SERIALS.contains(&lower.as_str())
            && !lower.contains("o.e.m")
            && s.bytes().any(|c| c.is_ascii_alphanumeric() && c != b'0')
            && !s.chars().any(|c| c.is_control())
        {
            self.serials.insert(s.to_owned());
        }
    }
}

/// The privacy [`Guard`]: checks typed sections and scrubs free text, then
/// runs the [`Tripwire`] over the archive.
#[derive(Debug, Clone)]
pub struct PrivacyGuard {
    scrubber: Scrubber,
    tripwire: Tripwire,
    /// Declared fields by collector id.
    fields: BTreeMap<String, Vec<Field>>,
}

/// The words of every report's own structure, lowercase, for the
/// tripwire: a host value among them is no secret.
fn structure_vocabulary<'a>(extra: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = STRUCTURE.iter().map(|w| w.to_string()).collect();
    v.extend(extra.map(str::to_ascii_lowercase));
    v.join("\n")
}

impl PrivacyGuard {
    /// A guard for these secrets that knows no collector's fields: every
    /// string of every JSON section is scrubbed as free text.
    pub fn new(secrets: &Secrets) -> Result<PrivacyGuard, PrivacyError> {
        Ok(PrivacyGuard {
            scrubber: Scrubber::new(secrets)?,
            tripwire: Tripwire::new(secrets, &structure_vocabulary(std::iter::empty()))?,
            fields: BTreeMap::new(),
        })
    }

    /// A guard for these secrets and these collectors: each JSON section
    /// is checked against its collector's declared fields ([`check_kinds`])
    /// and only its free text is scrubbed.
    pub fn with_fields<C: crate::Collector + ?Sized>(
        secrets: &Secrets,
        collectors: &[std::sync::Arc<C>],
    ) -> Result<PrivacyGuard, PrivacyError> {
        let fields: BTreeMap<String, Vec<Field>> = collectors
            .iter()
            .map(|c| (c.id().to_owned(), c.fields()))
            .collect();
        let mut words: Vec<&str> = Vec::new();
        for (id, fs) in &fields {
            words.push(id);
            for f in fs {
                words.push(&f.name);
                words.extend(f.value.allowed());
            }
        }
        Ok(PrivacyGuard {
            scrubber: Scrubber::new(secrets)?,
            tripwire: Tripwire::new(secrets, &structure_vocabulary(words.into_iter()))?,
            fields,
        })
    }

    /// A guard for the host's secrets ([`Secrets::gather`]).
    pub fn for_host(host: &Host) -> Result<PrivacyGuard, PrivacyError> {
        Self::new(&Secrets::gather(host))
    }

    /// The scrubber in use.
    pub fn scrubber(&self) -> &Scrubber {
        &self.scrubber
    }

    /// The tripwire in use.
    pub fn tripwire(&self) -> &Tripwire {
        &self.tripwire
    }

    /// Everything the tripwire finds in an archive's members; empty when
    /// the archive is clean.
    pub fn scan_archive(&self, archive: &Archive) -> Result<Vec<Trip>, crate::ArchiveError> {
        let limits = ReadLimits::own_archive();
        let ids = [archive.report_id.to_string(), archive.client_id.to_string()];
        let allow: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        for (name, bytes) in read_members(&archive.bytes, &limits)? {
            let fields = name
                .strip_suffix(".json")
                .and_then(|id| self.fields.get(id))
                .map(Vec::as_slice);
            out.extend(self.tripwire.scan(&name, &bytes, fields, &allow));
        }
        Ok(out)
    }

    /// Scrubs the free text of a JSON value whose field is `field` (none:
    /// undeclared, all of it is free text).
    fn scrub_typed(
        &self,
        v: &mut serde_json::Value,
        prefix: &str,
        field: Option<&Field>,
        fields: &[Field],
        allow: &[&str],
    ) {
        use serde_json::Value;
        let free = field.is_none_or(|f| f.value.is_free());
        match v {
            Value::String(s) => {
                if free && let std::borrow::Cow::Owned(n) = self.scrubber.scrub(s, allow) {
                    *s = n;
                }
            }
            Value::Array(items) => {
                let p = format!("{prefix}[]");
                let inner = field.filter(|f| f.kind != FieldKind::List);
                for i in items {
                    self.scrub_typed(i, &p, inner, fields, allow);
                }
            }
            Value::Object(map) => {
                if field.is_some_and(|f| f.kind == FieldKind::Map) {
                    // Keys are data of the field's kind, values counts.
                    if free {
                        self.scrubber.scrub_json(v, allow);
                    }
                    return;
                }
                let old = std::mem::take(map);
                for (k, mut child) in old {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    let f = fields.iter().find(|f| f.name == path);
                    self.scrub_typed(&mut child, &path, f, fields, allow);
                    let key = if f.is_some() {
                        k
                    } else {
                        self.scrubber.scrub(&k, allow).into_owned()
                    };
                    match map.get_mut(&key) {
                        None => {
                            map.insert(key, child);
                        }
                        Some(existing) => detect::merge(existing, child),
                    }
                }
            }
            _ => {}
        }
    }
}

impl Guard for PrivacyGuard {
    fn name(&self) -> &str {
        "privacy"
    }

    fn scrub(&self, report: &mut Report) {
        let ids = [
            report.manifest.report_id.to_string(),
            report.manifest.client_id.to_string(),
        ];
        let allow: Vec<&str> = ids.iter().map(String::as_str).collect();
        let s = &self.scrubber;
        let mut misfits = Vec::new();
        for (id, section) in report.sections.iter_mut() {
            let fields = self.fields.get(id).filter(|f| !f.is_empty());
            match (section, fields) {
                (crate::Section::Text(t), _) => {
                    if let std::borrow::Cow::Owned(n) = s.scrub(t, &allow) {
                        *t = n;
                    }
                }
                (crate::Section::Json(v), Some(fields)) => match check_kinds(v, fields) {
                    Ok(()) => self.scrub_typed(v, "", None, fields, &allow),
                    Err(m) => misfits.push((id.clone(), m)),
                },
                (crate::Section::Json(v), None) => s.scrub_json(v, &allow),
            }
        }
        // A value that does not fit its kind is the collector's error:
        // the section is dropped whole, never rewritten.
        for (id, m) in misfits {
            report.sections.remove(&id);
            if let Some(e) = report.manifest.collectors.iter_mut().find(|e| e.id == id) {
                e.status = crate::report::Status::Error;
                e.file = None;
                e.error = Some(format!(
                    "the privacy guard refused the section: {m}; the collector must emit only values of the kinds it declares in fields()"
                ));
            }
        }
        if let std::borrow::Cow::Owned(n) = s.scrub(&report.log, &allow) {
            report.log = n;
        }
        for e in &mut report.manifest.collectors {
            if let Some(msg) = &mut e.error
                && let std::borrow::Cow::Owned(n) = s.scrub(msg, &allow)
            {
                *msg = n;
            }
        }
    }

    fn check(&self, _report: &Report, archive: &Archive) -> Result<(), GuardViolation> {
        let hits = self.scan_archive(archive).map_err(|e| GuardViolation {
            guard: self.name().into(),
            message: format!("cannot read the archive back to check it: {e}"),
        })?;
        if hits.is_empty() {
            return Ok(());
        }
        const SHOWN: usize = 5;
        let mut parts: Vec<String> = hits
            .iter()
            .take(SHOWN)
            .map(|t| {
                format!(
                    "member {}: {} matched {} at byte {}",
                    t.member, t.what, t.preview, t.at
                )
            })
            .collect();
        if hits.len() > SHOWN {
            parts.push(format!("and {} more", hits.len() - SHOWN));
        }
        Err(GuardViolation {
            guard: self.name().into(),
            message: parts.join("; "),
        })
    }
}

/// What becomes of an archive the guards stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnVeto {
    /// `cep collect`, `cep send`, `cep run`: kept in the state directory's
    /// quarantine for review ([`quarantine`]).
    Quarantine,
    /// `cep show`, `cep send --dry-run`: a preview leaves no trace; the
    /// archive is dropped and nothing is written.
    Discard,
}

impl OnVeto {
    /// Disposes of a stopped archive: the quarantine path, or `None` when
    /// it was discarded (nothing written).
    pub fn dispose(self, state_dir: &Path, archive: &Archive) -> std::io::Result<Option<PathBuf>> {
        match self {
            OnVeto::Quarantine => quarantine(state_dir, archive).map(Some),
            OnVeto::Discard => Ok(None),
        }
    }
}

/// How many quarantined archives are kept; older ones are removed, so a
/// timer that keeps producing a leaking report cannot fill the disk.
pub const QUARANTINE_KEEP: usize = 20;

/// Moves a stopped archive to `<state-dir>/quarantine/<report_id>.tar.gz`
/// (mode 0600, directory 0700) and returns the path. Keeps the newest
/// [`QUARANTINE_KEEP`] archives.
pub fn quarantine(state_dir: &Path, archive: &Archive) -> std::io::Result<PathBuf> {
    let dir = state_dir.join("quarantine");
    std::fs::create_dir_all(&dir)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let path = dir.join(format!("{}.tar.gz", archive.report_id));
    crate::fsutil::atomic_write(&path, &archive.bytes, 0o600)?;
    let mut kept: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tar.gz"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    if kept.len() > QUARANTINE_KEEP {
        kept.sort();
        for (_, old) in &kept[..kept.len() - QUARANTINE_KEEP] {
            if *old != path {
                let _ = std::fs::remove_file(old);
            }
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Host {
        Host::fixture(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../testdata/hosts")
                .join(name),
        )
        .unwrap()
    }

    fn sorted(s: &BTreeSet<String>) -> Vec<&str> {
        s.iter().map(String::as_str).collect()
    }

    #[test]
    fn only_distinctive_names_are_secrets() {
        for no in [
            "100",
            "512",
            "1000",
            "7.0.3",
            "2.6.32-042stab145.3",
            "vz7",
            "EL7",
            "x86_64",
            "centos",
            "centos-7-x86_64",
            "ubuntu-16.04",
            "abc",
            "web",
            "backup",
            "user",
            "vz7.el7",
            "v2",
        ] {
            assert!(!distinctive(no), "{no}");
        }
        for yes in [
            "web-prod-3",
            "vz7-node01",
            "vz7.example.com",
            "example.com",
            "node1",
            "ct101",
            "Anna Schmidt",
            "j.doe",
            "golden",
            "1and1.example",
        ] {
            assert!(distinctive(yes), "{yes}");
        }
        let mut s = Secrets::default();
        for n in ["100", "512", "vz7.hoster.example", "vz7"] {
            s.add_host(n);
        }
        assert_eq!(sorted(&s.hosts), vec!["vz7.hoster.example"]);
        assert_eq!(sorted(&s.domains), vec!["hoster.example"]);
    }

    #[test]
    fn gathers_the_nodes_own_addresses() {
        let mut s = Secrets::default();
        // As the kernel prints them (trimmed): main and local tables.
        s.add_fib_trie(
            "Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 0.0.0.0\n        /0 universe UNICAST\n     +-- 10.0.2.0/24 2 0 2\n        |-- 10.0.2.15\n           /32 host LOCAL\n     |-- 127.0.0.1\n        /32 host LOCAL\nLocal:\n     |-- 192.168.7.20\n        /32 host LOCAL\n",
        );
        s.add_if_inet6(
            "fe80000000000000021c42fffe123456 02 40 20 80     eth0\n00000000000000000000000000000001 01 80 10 80       lo\n",
        );
        s.add_address("00:1C:42:12:34:56");
        s.add_address("00:00:00:00:00:00");
        assert_eq!(
            sorted(&s.addresses),
            vec![
                "00:1c:42:12:34:56",
                "10.0.2.15",
                "192.168.7.20",
                "fe80::21c:42ff:fe12:3456"
            ]
        );
    }

    #[test]
    fn prlctl_names_keeps_string_names_only() {
        let json = br#"[{"name": "web1", "uuid": "x"}, "odd", 7, [1], {"name": 3}, {"type": "VM"}, {"name": "db.example.org"}]"#;
        assert_eq!(prlctl_names(json), ["web1", "db.example.org"]);
        assert!(prlctl_names(b"{\"name\": \"x\"}").is_empty());
        assert!(prlctl_names(b"not json").is_empty());
    }

    #[test]
    fn gathers_container_and_vm_names_from_prlctl() {
        let s = Secrets::gather(&fixture("vz7"));
        // From the recorded `prlctl list -a -j`: `web1`, `golden` and the
        // VMs' names; `db` is a service word and a UUID is not a name.
        for name in ["web1", "golden"] {
            assert!(s.hosts.contains(name), "{name}: {:?}", s.hosts);
        }
        assert!(!s.hosts.contains("db"));
        assert!(
            !s.hosts
                .iter()
                .any(|h| h.len() == 36 && h.matches('-').count() == 4)
        );
    }

    #[test]
    fn gathers_host_and_container_names_from_vzlist() {
        let s = Secrets::gather(&fixture("openvz-legacy"));
        // node1..node8 from `vzlist -aH` and the host's name; node9 and
        // backup only from HOSTNAME= in the container configs.
        // `backup` alone is a service word, never a bare secret (it is in
        // package names such as libprl-backup-compat); its FQDN is one.
        let mut want = vec!["node1", "node1.nagilumve.com", "backup.nagilumve.com"];
        let others: Vec<String> = (2..=9)
            .flat_map(|i| [format!("node{i}"), format!("node{i}.nagilumve.com")])
            .collect();
        want.extend(others.iter().map(String::as_str));
        want.sort();
        assert_eq!(sorted(&s.hosts), want);
        assert_eq!(sorted(&s.domains), vec!["nagilumve.com"]);
        assert!(s.users.is_empty() && s.serials.is_empty());
    }

    #[test]
    fn gathers_from_container_configs_passwd_and_dmi() {
        let dir = tempfile::tempdir().unwrap();
        let fs = dir.path().join("fs");
        for d in ["etc/vz/conf", "sys/class/dmi/id", "proc/sys/kernel"] {
            std::fs::create_dir_all(fs.join(d)).unwrap();
        }
        std::fs::write(fs.join("proc/sys/kernel/hostname"), "hn7\n").unwrap();
        std::fs::write(fs.join("proc/sys/kernel/domainname"), "(none)\n").unwrap();
        std::fs::write(
            fs.join("etc/hosts"),
            "127.0.0.1 localhost localhost.localdomain\n10.0.0.5 hn7.dc1.example.org hn7 # this host\n10.0.0.6 other.example.org\n",
        )
        .unwrap();
        std::fs::write(
            fs.join("etc/vz/conf/101.conf"),
            "HOSTNAME=\"ct101.customer.example\"\nNAME=\"billing\"\nIP_ADDRESS=\"10.0.0.7\"\n",
        )
        .unwrap();
        std::fs::write(
            fs.join("etc/vz/conf/ve-basic.conf-sample"),
            "HOSTNAME=\"skip.me\"\n",
        )
        .unwrap();
        std::fs::write(
            fs.join("etc/passwd"),
            "root:x:0:0::/root:/bin/bash\njohn:x:1000:1000::/home/john:/bin/bash\nnobody:x:65534:65534::/:/sbin/nologin\nbroken line\n",
        )
        .unwrap();
        std::fs::write(fs.join("sys/class/dmi/id/product_serial"), "CZJ1234ABC\n").unwrap();
        std::fs::write(
            fs.join("sys/class/dmi/id/board_serial"),
            "To Be Filled By O.E.M.\n",
        )
        .unwrap();
        std::fs::write(fs.join("sys/class/dmi/id/product_name"), "ProLiant\n").unwrap();
        let s = Secrets::gather(&Host::fixture(dir.path()).unwrap());
        assert_eq!(
            sorted(&s.hosts),
            vec![
                "billing",
                "ct101",
                "ct101.customer.example",
                // `hn7` alone is too short to be a secret; its line in
                // /etc/hosts still brings the full name and the address.
                "hn7.dc1.example.org"
            ]
        );
        // The node's address from /etc/hosts, the container's from its
        // config.
        assert_eq!(sorted(&s.addresses), vec!["10.0.0.5", "10.0.0.7"]);
        assert_eq!(
            sorted(&s.domains),
            vec!["customer.example", "dc1.example.org"]
        );
        assert_eq!(sorted(&s.users), vec!["john"]);
        assert_eq!(sorted(&s.serials), vec!["CZJ1234ABC"]);
    }

    #[test]
    fn gathers_every_config_of_a_big_node() {
        // 150 configs: read by two threads; none may be lost.
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("fs/etc/vz/conf");
        std::fs::create_dir_all(&conf).unwrap();
        for i in 0..150 {
            std::fs::write(
                conf.join(format!("{}.conf", 1000 + i)),
                format!("HOSTNAME=\"vps{i}.hosting.example\"\nNAME=\"shop{i}\"\n"),
            )
            .unwrap();
        }
        let s = Secrets::gather(&Host::fixture(dir.path()).unwrap());
        assert_eq!(s.hosts.len(), 450);
        for i in [0, 74, 75, 149] {
            for h in [
                format!("vps{i}"),
                format!("vps{i}.hosting.example"),
                format!("shop{i}"),
            ] {
                assert!(s.hosts.contains(&h), "{h} missing");
            }
        }
        assert_eq!(sorted(&s.domains), vec!["hosting.example"]);
    }

    #[test]
    fn quarantine_keeps_the_archive_privately() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let a = Archive::new(
            uuid::Uuid::from_bytes([7; 16]),
            uuid::Uuid::nil(),
            vec![1, 2],
        );
        let p = quarantine(dir.path(), &a).unwrap();
        assert_eq!(
            p,
            dir.path()
                .join("quarantine/07070707-0707-0707-0707-070707070707.tar.gz")
        );
        assert_eq!(std::fs::read(&p).unwrap(), vec![1, 2]);
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        for n in 0..QUARANTINE_KEEP as u8 + 5 {
            let a = Archive::new(uuid::Uuid::from_bytes([n; 16]), uuid::Uuid::nil(), vec![n]);
            quarantine(dir.path(), &a).unwrap();
        }
        let left = std::fs::read_dir(dir.path().join("quarantine"))
            .unwrap()
            .count();
        assert_eq!(left, QUARANTINE_KEEP);
    }
}
