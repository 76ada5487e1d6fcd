//! `vz.ploop`: ploop images of containers: how many, size buckets,
//! snapshot count histogram (from each DiskDescriptor.xml), ploop version.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::{Counts, CtPlace, Limit, bump, disk_bucket, first_version, run_optional};

/// The `vz.ploop` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct VzPloop;

/// What is kept of one DiskDescriptor.xml: no GUIDs, no file names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DiskDescriptor {
    /// Virtual disk size in bytes (`Disk_size` in 512-byte sectors).
    pub size_bytes: Option<u64>,
    /// Image files (deltas) listed under StorageData.
    pub images: usize,
    /// Snapshots (`Shot` elements).
    pub snapshots: usize,
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children().find(|c| c.has_tag_name(name))
}

/// Parses a ploop DiskDescriptor.xml.
pub fn parse_disk_descriptor(text: &str) -> Result<DiskDescriptor, CollectError> {
    let err = |m: String| CollectError::parse("DiskDescriptor.xml", m);
    let doc = roxmltree::Document::parse(text).map_err(|e| err(e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().name() != "Parallels_disk_image" {
        return Err(err(format!(
            "root element is <{}>, not <Parallels_disk_image>",
            root.tag_name().name()
        )));
    }
    let size_bytes = child(root, "Disk_Parameters")
        .and_then(|p| child(p, "Disk_size"))
        .and_then(|s| s.text())
        .and_then(|t| t.trim().parse::<u64>().ok())
        .map(|sectors| sectors.saturating_mul(512));
    let images = child(root, "StorageData")
        .map(|sd| {
            sd.children()
                .filter(|s| s.has_tag_name("Storage"))
                .flat_map(|s| s.children().filter(|i| i.has_tag_name("Image")))
                .count()
        })
        .unwrap_or(0);
    let snapshots = child(root, "Snapshots")
        .map(|s| s.children().filter(|c| c.has_tag_name("Shot")).count())
        .unwrap_or(0);
    Ok(DiskDescriptor {
        size_bytes,
        images,
        snapshots,
    })
}

/// Snapshot count buckets: `1`, `2`, `3-5`, `6-10`, `>10` (a disk has at
/// least its base shot).
fn snapshot_bucket(n: usize) -> &'static str {
    match n {
        0 | 1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        _ => ">10",
    }
}

#[derive(Debug, Serialize, PartialEq, Default)]
struct Out {
    images: u64,
    unreadable: u64,
    size: Counts,
    snapshots: Counts,
    ploop_version: Option<String>,
}

impl Collector for VzPloop {
    fn id(&self) -> &str {
        "vz.ploop"
    }

    fn describe(&self) -> &str {
        "Container ploop images: count, size buckets, snapshot count histogram, ploop version"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new("images", FieldKind::Integer, "ploop containers with a readable DiskDescriptor.xml").example("12"),
            Field::new("unreadable", FieldKind::Integer, "ploop containers whose DiskDescriptor.xml is absent or malformed").example("0"),
            Field::new("size", FieldKind::Map, "Virtual disk size bucket: <=10G, <=20G, <=50G, <=100G, <=200G, <=500G, <=1T, >1T, unset").example("{\"<=10G\": 12}"),
            Field::new("snapshots", FieldKind::Map, "Snapshots per disk bucket: 1, 2, 3-5, 6-10, >10").example("{\"1\": 10, \"2\": 2}"),
            Field::new("ploop_version", FieldKind::String, "Version of the ploop package").example("7.0.165"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Tue, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let version = run_optional(host, &["rpm", "-q", "--qf", "%{VERSION}", "ploop"], 0)?
            .as_deref()
            .and_then(first_version);
        let places: Vec<_> = crate::vz_containers::places(host)?
            .into_iter()
            .filter(|p| p.layout.as_deref() == Some("ploop"))
            .collect();
        if places.is_empty() && version.is_none() {
            return Err(CollectError::not_applicable(
                "no ploop containers and no ploop package",
            ));
        }
        let mut o = Out {
            ploop_version: version,
            ..Out::default()
        };
        // Thousands of small files: read them on a few threads (the
        // descriptors are independent), then count in order.
        let read = |p: &CtPlace| {
            p.private
                .as_deref()
                .and_then(|d| {
                    host.read_optional(&format!("{d}/root.hdd/DiskDescriptor.xml"))
                        .ok()
                        .flatten()
                })
                .and_then(|t| parse_disk_descriptor(&t).ok())
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4);
        let chunk = places.len().div_ceil(threads).max(256);
        let results: Vec<Option<DiskDescriptor>> = std::thread::scope(|s| {
            let handles: Vec<_> = places
                .chunks(chunk)
                .map(|c| s.spawn(move || c.iter().map(read).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        o.unreadable = (places.len() - results.iter().flatten().count()) as u64;
        for dd in results.into_iter().flatten() {
            o.images += 1;
            bump(
                &mut o.size,
                disk_bucket(dd.size_bytes.map_or(Limit::Unset, Limit::Value)),
            );
            bump(&mut o.snapshots, snapshot_bucket(dd.snapshots));
        }
        Section::json(&o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// Written from the documented format (no real sample exists here).
    pub(crate) const DD: &str = r#"<?xml version='1.0' encoding='UTF-8'?>
<Parallels_disk_image Version="1.0">
    <Disk_Parameters>
        <Disk_size>20971520</Disk_size>
        <Cylinders>20805</Cylinders>
        <Heads>16</Heads>
        <Sectors>63</Sectors>
        <Padding>0</Padding>
        <Encryption><Engine>{00000000-0000-0000-0000-000000000000}</Engine><Data></Data></Encryption>
        <UID>{5fbaabe3-6958-40ff-92a7-860e329aab41}</UID>
        <Name>disk</Name>
        <Miscellaneous><CompatLevel>level2</CompatLevel><Bootable>1</Bootable><SuspendState>0</SuspendState></Miscellaneous>
    </Disk_Parameters>
    <StorageData>
        <Storage>
            <Start>0</Start>
            <End>20971520</End>
            <Blocksize>2048</Blocksize>
            <Image>
                <GUID>{5fbaabe3-6958-40ff-92a7-860e329aab41}</GUID>
                <Type>Compressed</Type>
                <File>root.hdd</File>
            </Image>
            <Image>
                <GUID>{4a7a8e6b-1c2d-4e5f-9a8b-7c6d5e4f3a2b}</GUID>
                <Type>Compressed</Type>
                <File>root.hdd.{4a7a8e6b-1c2d-4e5f-9a8b-7c6d5e4f3a2b}</File>
            </Image>
        </Storage>
    </StorageData>
    <Snapshots>
        <TopGUID>{4a7a8e6b-1c2d-4e5f-9a8b-7c6d5e4f3a2b}</TopGUID>
        <Shot>
            <GUID>{5fbaabe3-6958-40ff-92a7-860e329aab41}</GUID>
            <ParentGUID>{00000000-0000-0000-0000-000000000000}</ParentGUID>
        </Shot>
        <Shot>
            <GUID>{4a7a8e6b-1c2d-4e5f-9a8b-7c6d5e4f3a2b}</GUID>
            <ParentGUID>{5fbaabe3-6958-40ff-92a7-860e329aab41}</ParentGUID>
        </Shot>
    </Snapshots>
</Parallels_disk_image>
"#;

    #[test]
    fn descriptor() {
        assert_eq!(
            parse_disk_descriptor(DD).unwrap(),
            DiskDescriptor {
                size_bytes: Some(10 << 30),
                images: 2,
                snapshots: 2
            }
        );
        let e = parse_disk_descriptor("<x/>").unwrap_err().to_string();
        assert_eq!(
            e,
            "cannot parse DiskDescriptor.xml: root element is <x>, not <Parallels_disk_image>"
        );
        assert!(parse_disk_descriptor("<Parallels_disk_image>").is_err());
    }

    #[test]
    fn vz7_fixture_host() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/hosts/vz7");
        let v = VzPloop.collect(&Host::fixture(dir).unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"images": 3, "unreadable": 1, "size": {"<=10G": 2, "<=50G": 1},
                    "snapshots": {"1": 2, "2": 1}, "ploop_version": "7.0.165"})
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = parse_disk_descriptor(&s);
        }

        #[test]
        fn mutated_descriptor_never_panics(cut in 0usize..2000, junk in "\\PC{0,20}") {
            let cut = cut.min(DD.len());
            let cut = (0..=cut).rev().find(|i| DD.is_char_boundary(*i)).unwrap_or(0);
            let _ = parse_disk_descriptor(&format!("{}{junk}{}", &DD[..cut], &DD[cut..]));
        }
    }
}
