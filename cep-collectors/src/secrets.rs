//! The host side of the privacy guard: the host's own values
//! ([`Secrets`]) read through [`Host`], so fixture hosts work like live
//! ones, and the container and VM names of the listings the `vz.*`
//! collectors parse anyway.

use cep_core::Host;
use cep_core::privacy::Secrets;

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
                    while let Some(key) = map.next_key::<cep_core::collector::JsonKey<'de>>()? {
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

/// Gathers the host's secrets: its host name (`/proc/sys/kernel/hostname`,
/// `/etc/hostname`), container host names and names (`HOSTNAME=` and
/// `NAME=` in `/etc/vz/conf/*.conf`, the last column of `vzlist -aH`,
/// `prlctl list -a -j`), user names (uid ≥ 1000 in `/etc/passwd`) and DMI
/// serials (`/sys/class/dmi/id/*serial*`). Anything absent or unreadable
/// is skipped: the generic detectors still apply.
///
/// ```
/// let host = cep_core::Host::fixture(concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/hosts/vz7"))?;
/// let secrets = cep_collectors::secrets::gather(&host);
/// assert!(secrets.hosts.contains("web1"));
/// # Ok::<(), cep_core::HostError>(())
/// ```
pub fn gather(host: &Host) -> Secrets {
    gather_with(host, |_| None)
}

/// [`gather`], with the names and IP addresses of the containers and VMs
/// from `container_names` when it has them (an entry that is an IP
/// address, with or without a `/mask`, is an address; any other a name): a
/// caller that lists them anyway ([`crate::vz_containers::container_names`]
/// reads `vzlist -a -j`, which carries every config's `HOSTNAME`, `NAME`
/// and `IP_ADDRESS`, and `prlctl list -a -j`) saves reading thousands of
/// configs and running `vzlist -aH` and `prlctl` a second time. `None`
/// gathers them here.
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
        add_container_confs(&mut s, host);
        if let Ok(out) = host.run(&["vzlist", "-aH"])
            && out.success()
        {
            s.add_vzlist(&out.stdout_text());
        }
        // Container and VM names on OpenVZ 7 / Virtuozzo 7.
        if let Ok(out) = host.run(&["prlctl", "list", "-a", "-j"])
            && out.success()
        {
            add_prlctl_json(&mut s, &out.stdout);
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

/// Adds `HOSTNAME=`, `NAME=` and the addresses of `IP_ADDRESS=` of every
/// `/etc/vz/conf/*.conf`.
fn add_container_confs(s: &mut Secrets, host: &Host) {
    if let Ok(names) = host.read_dir("/etc/vz/conf", MAX_CONFS) {
        let confs: Vec<&String> = names.iter().filter(|n| n.ends_with(".conf")).collect();
        // Thousands of small files: two threads read them.
        let read = |part: &[&String]| -> Vec<String> {
            let mut out = Vec::new();
            for n in part {
                if let Ok(text) = host.read(&format!("/etc/vz/conf/{n}")) {
                    let mut vars = cep_core::host::parse_shell_vars(&text);
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
            s.add_host_or_address(v);
        }
    }
}

/// Adds the `name` of every container and VM in `prlctl list -a -j`
/// output (a UUID standing in for a missing name is not a name).
fn add_prlctl_json(s: &mut Secrets, json: &[u8]) {
    for name in prlctl_names(json).iter().take(MAX_CONFS) {
        // A name is never taken for an address here.
        if name.trim().parse::<std::net::IpAddr>().is_err() {
            s.add_host_or_address(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

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
    fn prlctl_names_keeps_string_names_only() {
        let json = br#"[{"name": "web1", "uuid": "x"}, "odd", 7, [1], {"name": 3}, {"type": "VM"}, {"name": "db.example.org"}]"#;
        assert_eq!(prlctl_names(json), ["web1", "db.example.org"]);
        assert!(prlctl_names(b"{\"name\": \"x\"}").is_empty());
        assert!(prlctl_names(b"not json").is_empty());
    }

    #[test]
    fn gathers_container_and_vm_names_from_prlctl() {
        let s = gather(&fixture("vz7"));
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
        let s = gather(&fixture("openvz-legacy"));
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
        let s = gather(&Host::fixture(dir.path()).unwrap());
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
        let s = gather(&Host::fixture(dir.path()).unwrap());
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
    fn gathers_container_addresses_with_masks_and_ipv6_from_configs() {
        // A node with no container listing: the configs' IP_ADDRESS.
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("fs/etc/vz/conf");
        std::fs::create_dir_all(&conf).unwrap();
        std::fs::write(
            conf.join("101.conf"),
            "HOSTNAME=\"shop.customer.example\"\nIP_ADDRESS=\"192.0.2.55/24 2001:db8::55\"\n",
        )
        .unwrap();
        std::fs::write(conf.join("102.conf"), "IP_ADDRESS=\"198.51.100.23\"\n").unwrap();
        let s = gather(&Host::fixture(dir.path()).unwrap());
        assert_eq!(
            sorted(&s.addresses),
            ["192.0.2.55", "198.51.100.23", "2001:db8::55"]
        );
        assert!(s.hosts.contains("shop.customer.example"));
    }
}
