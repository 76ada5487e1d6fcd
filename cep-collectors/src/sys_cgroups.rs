//! `sys.cgroups`: cgroup version (v1, v2 or hybrid), mounted controllers and
//! the number of cgroups per controller. Cgroup names are never reported.

use std::collections::BTreeMap;

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use procfs::FromRead;
use serde::Serialize;

/// The `sys.cgroups` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct SysCgroups;

/// The v2 walk stops after this many cgroups (a node may have 100,000).
pub const MAX_WALK: usize = 20_000;

#[derive(Debug, Serialize, Default)]
struct Out {
    version: &'static str,
    v1_controllers: Vec<String>,
    v2_controllers: Vec<String>,
    cgroups_per_controller: BTreeMap<String, u64>,
    v2_cgroups: Option<u64>,
    walk_truncated: bool,
}

fn parse_proc_cgroups(text: &str) -> Result<procfs::CGroupControllers, CollectError> {
    procfs::CGroupControllers::from_read(text.as_bytes()).map_err(|e| {
        let msg = e.to_string();
        let detail = msg.lines().last().unwrap_or(&msg).to_owned();
        CollectError::parse("/proc/cgroups", detail)
    })
}

fn controllers(host: &Host, path: &str) -> Result<Vec<String>, CollectError> {
    Ok(host
        .read(path)?
        .split_whitespace()
        .map(str::to_owned)
        .collect())
}

/// Walks the unified hierarchy breadth-first, counting cgroups per enabled
/// controller (a controller is available in a cgroup when its
/// cgroup.controllers lists it). Returns (cgroups seen, truncated).
fn walk_v2(
    host: &Host,
    root: &str,
    counts: &mut BTreeMap<String, u64>,
    limit: usize,
) -> Result<(u64, bool), CollectError> {
    let mut queue = std::collections::VecDeque::from([root.to_owned()]);
    let mut seen = 0u64;
    let mut truncated = false;
    while let Some(dir) = queue.pop_front() {
        seen += 1;
        match host.read_optional(&format!("{dir}/cgroup.controllers"))? {
            Some(text) => {
                for c in text.split_whitespace() {
                    *counts.entry(c.to_owned()).or_insert(0) += 1;
                }
            }
            None => continue,
        }
        if truncated {
            continue;
        }
        let names = host.read_dir(&dir, limit)?;
        // A listing cut at the bound is a truncated walk too.
        truncated |= names.len() >= limit;
        for name in names {
            let child = format!("{dir}/{name}");
            if host.is_dir(&child) {
                // Visited plus queued stays within the bound.
                if seen as usize + queue.len() >= limit {
                    truncated = true;
                    break;
                }
                queue.push_back(child);
            }
        }
    }
    Ok((seen, truncated))
}

impl Collector for SysCgroups {
    fn id(&self) -> &str {
        "sys.cgroups"
    }

    fn describe(&self) -> &str {
        "Cgroup version, mounted controllers and cgroups per controller"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("version", FieldKind::String, "v1, v2 or hybrid")
                .example("v1")
                .one_of(&["v1", "v2", "hybrid"]),
            Field::new(
                "v1_controllers",
                FieldKind::StringList,
                "Controllers mounted on v1 hierarchies",
            )
            .example("[\"cpu\", \"memory\", \"ve\"]")
            .free_text(),
            Field::new(
                "v2_controllers",
                FieldKind::StringList,
                "Controllers of the unified (v2) hierarchy",
            )
            .example("[\"cpu\", \"io\", \"memory\", \"pids\"]")
            .free_text(),
            Field::new(
                "cgroups_per_controller",
                FieldKind::Map,
                "Number of cgroups per controller",
            )
            .example("{\"memory\": 154}")
            .free_text(),
            Field::new(
                "v2_cgroups",
                FieldKind::Integer,
                "Cgroups in the unified hierarchy (null without one)",
            )
            .example("87"),
            Field::new(
                "walk_truncated",
                FieldKind::Bool,
                "The v2 walk stopped at its bound",
            )
            .example("false"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Breakfast)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let proc = host.read_optional("/proc/cgroups")?;
        let unified_root = ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"]
            .into_iter()
            .find(|r| host.exists(&format!("{r}/cgroup.controllers")));
        if proc.is_none() && unified_root.is_none() {
            return Err(CollectError::not_applicable(
                "neither /proc/cgroups nor /sys/fs/cgroup/cgroup.controllers exists",
            ));
        }
        let mut out = Out::default();
        if let Some(text) = &proc {
            for c in parse_proc_cgroups(text)?.0 {
                if c.enabled && c.hierarchy > 0 {
                    out.cgroups_per_controller
                        .insert(c.name.clone(), u64::from(c.num_cgroups));
                    out.v1_controllers.push(c.name);
                }
            }
        }
        if let Some(root) = unified_root {
            out.v2_controllers = controllers(host, &format!("{root}/cgroup.controllers"))?;
            let mut counts = BTreeMap::new();
            let (seen, truncated) = walk_v2(host, root, &mut counts, MAX_WALK)?;
            for c in &out.v2_controllers {
                let n = counts.get(c).copied().unwrap_or(0);
                out.cgroups_per_controller.insert(c.clone(), n);
            }
            out.v2_cgroups = Some(seen);
            out.walk_truncated = truncated;
        }
        out.version = match (unified_root, out.v1_controllers.is_empty()) {
            (Some(_), true) => "v2",
            (Some(_), false) => "hybrid",
            (None, _) => "v1",
        };
        out.v1_controllers.sort();
        out.v2_controllers.sort();
        Section::json(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::test_support::{error, run, skipped};
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const V1: &str = "#subsys_name\thierarchy\tnum_cgroups\tenabled\ncpuset\t2\t4\t1\ncpu\t3\t60\t1\nmemory\t5\t60\t1\nnet_prio\t0\t1\t1\nhugetlb\t6\t1\t0\n";
    const V2_PROC: &str =
        "#subsys_name\thierarchy\tnum_cgroups\tenabled\ncpu\t0\t5\t1\nmemory\t0\t5\t1\n";

    #[test]
    fn v1_from_proc_cgroups() {
        let s = run(
            &SysCgroups,
            FixtureHostBuilder::new().file("/proc/cgroups", V1),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"version": "v1", "v1_controllers": ["cpu", "cpuset", "memory"], "v2_controllers": [],
                    "cgroups_per_controller": {"cpu": 60, "cpuset": 4, "memory": 60}, "v2_cgroups": null, "walk_truncated": false})
        );
    }

    #[test]
    fn v2_walk_and_hybrid() {
        let s = run(
            &SysCgroups,
            FixtureHostBuilder::new()
                .file("/proc/cgroups", V2_PROC)
                .file("/sys/fs/cgroup/cgroup.controllers", "cpu memory pids\n")
                .file(
                    "/sys/fs/cgroup/system.slice/cgroup.controllers",
                    "cpu memory pids\n",
                )
                .file(
                    "/sys/fs/cgroup/system.slice/ssh.service/cgroup.controllers",
                    "memory pids\n",
                )
                .file("/sys/fs/cgroup/init.scope/cgroup.controllers", "\n"),
        )
        .unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({"version": "v2", "v1_controllers": [], "v2_controllers": ["cpu", "memory", "pids"],
                    "cgroups_per_controller": {"cpu": 2, "memory": 3, "pids": 3}, "v2_cgroups": 4, "walk_truncated": false})
        );
        let s = run(
            &SysCgroups,
            FixtureHostBuilder::new()
                .file("/proc/cgroups", V1)
                .file("/sys/fs/cgroup/unified/cgroup.controllers", "\n"),
        )
        .unwrap();
        assert_eq!(s.as_json().unwrap()["version"], "hybrid");
        assert_eq!(s.as_json().unwrap()["v2_cgroups"], 1);
    }

    #[test]
    fn walk_is_bounded() {
        let mut b = FixtureHostBuilder::new().file("/sys/fs/cgroup/cgroup.controllers", "pids\n");
        for i in 0..10 {
            b = b.file(&format!("/sys/fs/cgroup/g{i}/cgroup.controllers"), "pids\n");
        }
        let f = b.build().unwrap();
        let mut counts = BTreeMap::new();
        let (seen, truncated) =
            walk_v2(&f.host().unwrap(), "/sys/fs/cgroup", &mut counts, 4).unwrap();
        assert_eq!((seen, truncated, counts["pids"]), (4, true, 4));
        let mut counts = BTreeMap::new();
        let (seen, truncated) =
            walk_v2(&f.host().unwrap(), "/sys/fs/cgroup", &mut counts, 100).unwrap();
        assert_eq!((seen, truncated, counts["pids"]), (11, false, 11));
    }

    #[test]
    fn missing_and_malformed() {
        assert!(skipped(&SysCgroups, FixtureHostBuilder::new()));
        let e = error(
            &SysCgroups,
            FixtureHostBuilder::new().file("/proc/cgroups", "cpu x 1 1\n"),
        );
        assert!(e.starts_with("cannot parse /proc/cgroups:"), "{e}");
    }
}
