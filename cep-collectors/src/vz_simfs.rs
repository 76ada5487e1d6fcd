//! `vz.simfs`: containers on simfs and the file system types under their
//! private areas.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::{Counts, bump, fs_type_of, kernel_name, mounts};

/// The `vz.simfs` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzSimfs;

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    containers: u64,
    fs_types: Counts,
}

impl Collector for VzSimfs {
    fn id(&self) -> &str {
        "vz.simfs"
    }

    fn describe(&self) -> &str {
        "Containers on simfs and the file system types holding their private areas"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("containers", FieldKind::Integer, "Containers with the simfs layout").example("10"),
            Field::new("fs_types", FieldKind::Map, "File system type under a simfs container's private area (ext4, xfs, unknown...) → containers").example("{\"ext4\": 10}").free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Fri, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        if !host.is_dir("/etc/vz/conf") {
            return Err(CollectError::not_applicable(
                "/etc/vz/conf is absent (no containers)",
            ));
        }
        let mounts = mounts(host)?;
        let mut o = Out::default();
        for private in &crate::vz_containers::places(host)?.simfs {
            o.containers += 1;
            let t = private.as_deref().and_then(|d| fs_type_of(&mounts, d));
            bump(
                &mut o.fs_types,
                &t.map_or_else(|| "unknown".into(), kernel_name),
            );
        }
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    #[test]
    fn legacy_fixture_host() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts/openvz-legacy");
        let v = VzSimfs.collect(&Host::fixture(dir).unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"containers": 10, "fs_types": {"ext4": 10}})
        );
    }

    #[test]
    fn private_areas_on_different_mounts() {
        let f = FixtureHostBuilder::new()
            .file(
                "/etc/vz/vz.conf",
                "VE_PRIVATE=/vz/private/$VEID\nVE_LAYOUT=simfs\n",
            )
            .file("/etc/vz/conf/101.conf", "HOSTNAME=\"a.example.com\"\n")
            .file("/etc/vz/conf/102.conf", "VE_PRIVATE=\"/srv/vz/102\"\n")
            .file("/etc/vz/conf/103.conf", "VE_LAYOUT=\"ploop\"\n")
            .file(
                "/proc/mounts",
                "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /vz xfs rw 0 0\n/dev/sdc1 /vzz ext3 rw 0 0\n",
            )
            .build()
            .unwrap();
        let v = VzSimfs.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"containers": 2, "fs_types": {"xfs": 1, "ext4": 1}})
        );
    }
}
