//! # cep-privacy
//!
//! The detection engine of cep's privacy guard, over plain strings and
//! bytes: it knows nothing of hosts, reports or archives (cep-core's
//! `PrivacyGuard` applies it to a report, the Agent gathers the host's
//! values).
//!
//! - [`Secrets`] are a host's own values (host, container and VM names,
//!   users and GECOS names, DMI serials, its own addresses, the
//!   administrator's `never_send`), only the [`distinctive`] ones, added
//!   by pure text parsers ([`Secrets::add_passwd`],
//!   [`Secrets::add_etc_hosts`], [`Secrets::add_vzlist`], ...).
//! - [`Scrubber`] finds IPv4 (also inside names: `dhcp-192-168-0-66`, and
//!   tcpdump's `address.port`), IPv6 (every textual form), MAC and
//!   InfiniBand addresses, e-mail addresses, URL user info, UUIDs and long
//!   hex ids, and the secrets, and replaces each with a stable placeholder
//!   (`<ipv4>`, `<host>`...). All detectors run as one multi-pattern
//!   automaton: one pass per text.
//! - [`Tripwire`] searches bytes for the secrets as plain
//!   case-insensitive substrings, sharing no boundary rule with the
//!   scrubber, plus the generic detectors.
//!
//! ```
//! use cep_privacy::{Scrubber, Secrets};
//! let mut secrets = Secrets::default();
//! secrets.add_host("node17.example.com");
//! let scrubber = Scrubber::new(&secrets)?;
//! assert_eq!(scrubber.scrub("ping node17 at 10.1.2.3", &[]), "ping <host> at <ipv4>");
//! # Ok::<(), cep_privacy::PrivacyError>(())
//! ```
#![deny(missing_docs)]

mod detect;
mod tripwire;

use std::collections::BTreeSet;

pub use detect::{Detector, Finding, PrivacyError, Scrubber, merge_json};
pub use tripwire::{Trip, Tripwire};

/// Values of a host that must never appear in a report. The parsers here
/// take the texts; the Agent reads them once per run through cep-core's
/// `Host` (`cep_collectors::secrets::gather`), so fixture hosts work like
/// live ones.
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
    is_version(name)
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

/// The words of every report's own structure plus `extra` (collector ids,
/// field names, allowed values), lowercase, one a line: the vocabulary a
/// [`Tripwire`] ignores, since a host value among them is no secret.
pub fn structure_vocabulary<'a>(extra: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = STRUCTURE.iter().map(|w| w.to_string()).collect();
    v.extend(extra.map(str::to_ascii_lowercase));
    v.join("\n")
}

/// The version grammar of a version value: `3.10.0-1160.80.1.vz7.191.4`,
/// `7.0.93-1.vz7`, `v2`, `1:2.3-4.el7`.
pub fn is_version(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = if b.first() == Some(&b'v') { &b[1..] } else { b };
    s.len() <= 128
        && digits.first().is_some_and(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"._+~:-".contains(c))
}

/// Whether `text` is a UUID as hosts write them (`{...}` braces allowed):
/// a UUID standing in for a missing container name is not a name.
fn is_uuid(text: &str) -> bool {
    let t = text.trim();
    let t = match (t.strip_prefix('{'), t.ends_with('}')) {
        (Some(inner), true) => &inner[..inner.len() - 1],
        (None, false) => t,
        _ => return false,
    };
    let groups: Vec<&str> = t.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
        // The nil UUID is no id either, so it is treated as a name.
        && !t.bytes().all(|b| b == b'0' || b == b'-')
}

impl Secrets {
    /// A container's name, or (an IP address, with or without a `/mask`)
    /// its address, as a container listing gives it. A UUID standing in
    /// for a missing name is neither.
    pub fn add_host_or_address(&mut self, value: &str) {
        let v = value.trim();
        let addr = v.split('/').next().unwrap_or("");
        if addr.parse::<std::net::IpAddr>().is_ok() {
            self.add_address(v);
        } else if !is_uuid(v) {
            self.add_host(v);
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
