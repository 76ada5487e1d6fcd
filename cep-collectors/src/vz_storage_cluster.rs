//! `vz.storage_cluster`: whether this node takes part in a Virtuozzo
//! Storage (vstorage / pstorage) cluster and in which roles. Never the
//! cluster name, node addresses or ids.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::{mounts, run_optional};

/// The `vz.storage_cluster` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzStorageCluster;

/// What is kept of `shaman stat`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShamanStat {
    /// A `Cluster` line was present.
    pub in_cluster: bool,
    /// `Nodes:` count.
    pub nodes: Option<u64>,
    /// This node (`*`) is the shaman master (`M`).
    pub master: bool,
}

/// Parses `shaman stat` / `shaman -v stat`. Node rows start with markers:
/// `*` is this node, `M` the master.
pub fn parse_shaman_stat(text: &str) -> ShamanStat {
    let mut s = ShamanStat::default();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("Cluster") {
            s.in_cluster = true;
        } else if let Some(n) = t.strip_prefix("Nodes:") {
            s.nodes = n.trim().parse().ok();
        } else {
            let markers: String = t
                .split_whitespace()
                .take_while(|w| w.chars().all(|c| c == '*' || c == 'M'))
                .collect();
            if markers.contains('*') && markers.contains('M') {
                s.master = true;
            }
        }
    }
    s
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Roles {
    client: bool,
    chunk_server: bool,
    metadata_server: bool,
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    member: bool,
    product: Option<&'static str>,
    roles: Roles,
    shaman_nodes: Option<u64>,
    shaman_master: bool,
}

/// Most processes looked at when searching for storage services.
const MAX_PROCS: usize = 65_536;

impl Collector for VzStorageCluster {
    fn id(&self) -> &str {
        "vz.storage_cluster"
    }

    fn describe(&self) -> &str {
        "Virtuozzo Storage (vstorage / pstorage) membership and roles of this node"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "member",
                FieldKind::Bool,
                "The node takes part in a storage cluster",
            )
            .example("true"),
            Field::new(
                "product",
                FieldKind::String,
                "vstorage or pstorage; null when not configured",
            )
            .example("vstorage")
            .one_of(&["vstorage", "pstorage"]),
            Field::new("roles", FieldKind::Object, "Roles of this node")
                .example("{\"client\": true}"),
            Field::new(
                "roles.client",
                FieldKind::Bool,
                "The cluster is mounted here (fuse.vstorage / fuse.pstorage)",
            )
            .example("true"),
            Field::new(
                "roles.chunk_server",
                FieldKind::Bool,
                "A chunk server (csd) runs here",
            )
            .example("true"),
            Field::new(
                "roles.metadata_server",
                FieldKind::Bool,
                "A metadata server (mdsd) runs here",
            )
            .example("false"),
            Field::new(
                "shaman_nodes",
                FieldKind::Integer,
                "Nodes in the shaman (HA) cluster, from shaman stat",
            )
            .example("3"),
            Field::new(
                "shaman_master",
                FieldKind::Bool,
                "This node is the shaman master",
            )
            .example("false"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Thu, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let mut o = Out::default();
        for (dir, name) in [
            ("/etc/vstorage/clusters", "vstorage"),
            ("/etc/pstorage/clusters", "pstorage"),
        ] {
            if host.read_dir(dir, 1).is_ok_and(|d| !d.is_empty()) {
                o.product = Some(name);
                break;
            }
        }
        o.roles.client = mounts(host)?
            .iter()
            .any(|(_, t)| t == "fuse.vstorage" || t == "fuse.pstorage");
        if let Ok(pids) = host.read_dir("/proc", MAX_PROCS) {
            for pid in pids
                .iter()
                .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
            {
                match host
                    .read_optional(&format!("/proc/{pid}/comm"))
                    .ok()
                    .flatten()
                    .as_deref()
                    .map(str::trim)
                {
                    Some("csd") => o.roles.chunk_server = true,
                    Some("mdsd") => o.roles.metadata_server = true,
                    _ => {}
                }
            }
        }
        if let Some(t) = run_optional(host, &["shaman", "stat"], 0)? {
            let s = parse_shaman_stat(&t);
            if s.in_cluster {
                o.shaman_nodes = s.nodes;
                o.shaman_master = s.master;
            }
        }
        o.member = o.product.is_some()
            || o.roles.client
            || o.roles.chunk_server
            || o.roles.metadata_server
            || o.shaman_nodes.is_some();
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use proptest::prelude::*;
    use serde_json::json;

    fn sample(text: &str) -> &str {
        text.split_once('\n').map(|(_, rest)| rest).unwrap_or("")
    }

    const STAT: &str = include_str!("../../testdata/real/shaman-stat-vz7-users-guide.txt");
    const STAT_V: &str = include_str!("../../testdata/real/shaman-v-stat-vz7-users-guide.txt");

    #[test]
    fn real_shaman_samples() {
        assert_eq!(
            parse_shaman_stat(sample(STAT)),
            ShamanStat {
                in_cluster: true,
                nodes: Some(3),
                master: false
            }
        );
        assert_eq!(
            parse_shaman_stat(sample(STAT_V)),
            ShamanStat {
                in_cluster: true,
                nodes: Some(5),
                master: false
            }
        );
        let as_master = sample(STAT)
            .replace("      M 10.30.24.176", "    * M 10.30.24.176")
            .replace("     *  10.30.25.33", "        10.30.25.33");
        assert!(parse_shaman_stat(&as_master).master);
    }

    #[test]
    fn vz7_fixture_host() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts/vz7");
        let v = VzStorageCluster
            .collect(&Host::fixture(dir).unwrap())
            .unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"member": true, "product": "vstorage",
            "roles": {"client": true, "chunk_server": true, "metadata_server": false},
            "shaman_nodes": 3, "shaman_master": false})
        );
        let text = serde_json::to_string(v.as_json().unwrap()).unwrap();
        assert!(
            !text.contains("vstor1") && !text.contains("10.30."),
            "{text}"
        );
    }

    /// /proc/mounts as the kernel prints a vstorage (or older pstorage)
    /// client mount: `fuse.<subtype>` and FUSE's `user_id`, `group_id`.
    #[test]
    fn fuse_mounts_of_both_names() {
        let lines = include_str!("../../testdata/formats/proc-mounts-fuse-vstorage.txt");
        for (line, product) in lines.lines().zip(["vstorage", "pstorage"]) {
            let cluster = line.split_whitespace().next().unwrap();
            let name = cluster.rsplit('/').next().unwrap();
            let f = FixtureHostBuilder::new()
                .file("/proc/mounts", format!("/dev/sda1 / ext4 rw 0 0\n{line}\n"))
                .file(
                    &format!("/etc/{product}/clusters/{name}/bs.list"),
                    "10.30.24.176\n",
                )
                .file("/proc/812/comm", "mdsd\n")
                .build()
                .unwrap();
            let v = VzStorageCluster.collect(&f.host().unwrap()).unwrap();
            assert_eq!(
                v.as_json().unwrap(),
                &json!({"member": true, "product": product,
                "roles": {"client": true, "chunk_server": false, "metadata_server": true},
                "shaman_nodes": null, "shaman_master": false}),
                "{line}"
            );
        }
    }

    #[test]
    fn not_a_member() {
        let f = FixtureHostBuilder::new()
            .file("/proc/mounts", "/dev/sda1 / ext4 rw 0 0\n")
            .build()
            .unwrap();
        let v = VzStorageCluster.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"member": false, "product": null,
            "roles": {"client": false, "chunk_server": false, "metadata_server": false},
            "shaman_nodes": null, "shaman_master": false})
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_shaman_stat(&s);
        }

        /// The users guide's `shaman stat` layout (the tool's source is
        /// not public) with random node counts and markers.
        #[test]
        fn guide_shaped_stat(
            nodes in proptest::collection::vec((any::<bool>(), any::<[u8; 4]>()), 1..8),
            master_at in 0usize..8,
        ) {
            let master_at = master_at % nodes.len();
            let mut text = format!("Cluster 'c1'\nNodes: {}\nResources: 2\n\n\tNODE_IP \t STATUS\t\tRESOURCES\n", nodes.len());
            let mut here_is_master = false;
            for (i, (here, ip)) in nodes.iter().enumerate() {
                let here = *here && !nodes[..i].iter().any(|n| n.0);
                let m = i == master_at;
                here_is_master |= here && m;
                let marks = format!("{}{}", if here { "*" } else { " " }, if m { " M" } else { "  " });
                text.push_str(&format!(
                    "    {marks} {}.{}.{}.{}\tActive\t\t0 CT, 0 VM\n",
                    ip[0], ip[1], ip[2], ip[3]
                ));
            }
            let s = parse_shaman_stat(&text);
            prop_assert!(s.in_cluster);
            prop_assert_eq!(s.nodes, Some(nodes.len() as u64));
            prop_assert_eq!(s.master, here_is_master);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// FUSE mounts in the kernel's shape with random cluster names,
        /// mount points and options: a client exactly when the subtype
        /// is vstorage or pstorage.
        #[test]
        fn fuse_mounts_with_random_values(
            rows in proptest::collection::vec(
                ("[a-z][a-z0-9_-]{0,15}", "(/[a-z0-9._-]{1,12}){1,3}",
                 prop_oneof![Just("vstorage"), Just("pstorage"), Just("sshfs"), Just("glusterfs")],
                 0u32..70000, 0u32..70000, any::<bool>()),
                0..6)
        ) {
            let mut text = String::from("/dev/sda1 / ext4 rw,relatime 0 0\n");
            for (name, dir, sub, uid, gid, other) in &rows {
                let other = if *other { ",allow_other" } else { "" };
                text.push_str(&format!(
                    "{sub}://{name} {dir} fuse.{sub} rw,nosuid,nodev,relatime,user_id={uid},group_id={gid}{other} 0 0\n"
                ));
            }
            let f = FixtureHostBuilder::new().file("/proc/mounts", &text).build().unwrap();
            let v = VzStorageCluster.collect(&f.host().unwrap()).unwrap();
            let client = rows.iter().any(|r| r.2 == "vstorage" || r.2 == "pstorage");
            prop_assert_eq!(&v.as_json().unwrap()["roles"]["client"], &json!(client));
        }
    }
}
