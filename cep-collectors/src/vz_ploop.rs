//! `vz.ploop`: ploop images of containers: how many, size buckets,
//! snapshot count histogram (from each DiskDescriptor.xml), ploop version.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::vz_util::{Counts, Limit, bump, disk_bucket, first_version, run_optional};

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

/// The elements the descriptor is read for; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    DiskParameters,
    DiskSize,
    StorageData,
    Storage,
    Image,
    Snapshots,
    Shot,
    Other,
}

impl Tag {
    fn of(local_name: &str) -> Tag {
        match local_name {
            "Disk_Parameters" => Tag::DiskParameters,
            "Disk_size" => Tag::DiskSize,
            "StorageData" => Tag::StorageData,
            "Storage" => Tag::Storage,
            "Image" => Tag::Image,
            "Snapshots" => Tag::Snapshots,
            "Shot" => Tag::Shot,
            _ => Tag::Other,
        }
    }
}

/// The root element names ploop has written.
const ROOTS: [&str; 2] = ["Virtuozzo_disk_image", "Parallels_disk_image"];

/// What the descriptor is read for, kept as its elements stream by: the
/// first `Disk_Parameters/Disk_size`, the `Image` elements under the first
/// `StorageData`'s `Storage` elements and the `Shot` elements of the first
/// `Snapshots`, and the checks of a document with one root element of a
/// name ploop writes.
#[derive(Default)]
struct Walk {
    /// Open elements below the root, outermost first.
    path: Vec<Tag>,
    in_root: bool,
    root_done: bool,
    // How many of each section have been opened: only the first counts.
    params_seen: u32,
    size_seen: u32,
    storage_data_seen: u32,
    snapshots_seen: u32,
    size_text: String,
    out: DiskDescriptor,
}

impl Walk {
    fn start(&mut self, local_name: &str, empty: bool) -> Result<(), String> {
        if !self.in_root {
            if self.root_done {
                return Err("more than one root element".into());
            }
            if !ROOTS.contains(&local_name) {
                return Err(format!(
                    "root element is <{local_name}>, not <Virtuozzo_disk_image> or <Parallels_disk_image>"
                ));
            }
            self.in_root = !empty;
            self.root_done = empty;
            return Ok(());
        }
        let tag = Tag::of(local_name);
        match (self.path.as_slice(), tag) {
            ([], Tag::DiskParameters) => self.params_seen += 1,
            ([], Tag::StorageData) => self.storage_data_seen += 1,
            ([], Tag::Snapshots) => self.snapshots_seen += 1,
            ([Tag::DiskParameters], Tag::DiskSize) if self.params_seen == 1 => self.size_seen += 1,
            ([Tag::StorageData, Tag::Storage], Tag::Image) if self.storage_data_seen == 1 => {
                self.out.images += 1
            }
            ([Tag::Snapshots], Tag::Shot) if self.snapshots_seen == 1 => self.out.snapshots += 1,
            _ => {}
        }
        if !empty {
            self.path.push(tag);
        }
        Ok(())
    }

    fn end(&mut self) {
        // The root's end tag: below it, `path` is empty.
        if self.path.pop().is_none() {
            self.in_root = false;
            self.root_done = true;
        }
    }

    /// True inside the `Disk_size` that counts, whose text is the size.
    fn in_size(&self) -> bool {
        self.path == [Tag::DiskParameters, Tag::DiskSize]
            && self.params_seen == 1
            && self.size_seen == 1
    }

    fn text(&mut self, t: &str) -> Result<(), String> {
        if self.in_size() {
            self.size_text.push_str(t);
        } else if !self.in_root && !t.trim().is_empty() {
            return Err("text outside the root element".into());
        }
        Ok(())
    }

    fn finish(mut self) -> Result<DiskDescriptor, String> {
        if self.in_root {
            return Err("the document ends before the root element's end".into());
        }
        if !self.root_done {
            return Err("no root element".into());
        }
        self.out.size_bytes = self
            .size_text
            .trim()
            .parse::<u64>()
            .ok()
            .map(|sectors| sectors.saturating_mul(512));
        Ok(self.out)
    }
}

/// Parses a ploop DiskDescriptor.xml: one streaming pass, no tree (a node
/// with 10,000 containers has as many descriptors). It reads the first
/// `Disk_Parameters/Disk_size`, the `Image` elements under the first
/// `StorageData`'s `Storage` elements and the `Shot` elements of the first
/// `Snapshots`; the document must be well-formed with a
/// `Parallels_disk_image` root (ploop up to 7.0.190) or a
/// `Virtuozzo_disk_image` one (ploop 7.0.191 and later, 8.x: `lib/xml.c`
/// renamed it in 2020).
///
/// What ploop writes (`ploop_store_diskdescriptor`: a declaration,
/// elements, attributes, text) is read by a plain scan of the markup; a
/// document with anything else (comments, CDATA, references, namespace
/// prefixes, a byte-order mark) or that the scan finds wrong goes through
/// `quick-xml`, which decides and words the error.
pub fn parse_disk_descriptor(text: &str) -> Result<DiskDescriptor, CollectError> {
    match scan_plain(text) {
        Some(dd) => Ok(dd),
        None => parse_with_quick_xml(text),
    }
}

/// The descriptor of a document made only of what ploop writes, read the
/// way `quick-xml` reads it (its tag, end-tag and processing-instruction
/// rules: quoted attribute values may hold `>`, an end tag's name is what
/// precedes `>` less trailing white space). `None` for anything else,
/// and for every document that is not a descriptor: [`parse_with_quick_xml`]
/// then answers, so both agree on every document by construction of this
/// subset (a property test checks it).
fn scan_plain(text: &str) -> Option<DiskDescriptor> {
    // quick-xml's white space, which ends a tag name.
    let xml_ws = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    if text.starts_with('\u{feff}') {
        return None;
    }
    let b = text.as_bytes();
    let mut walk = Walk::default();
    // Open element names, the root's too, for the end-tag check.
    let mut open: Vec<&str> = Vec::with_capacity(8);
    let mut pos = 0;
    loop {
        // Text up to the next markup (short between ploop's tags: a byte
        // loop beats a vectored search there).
        let mut lt = pos;
        while lt < b.len() && b[lt] != b'<' && b[lt] != b'&' {
            lt += 1;
        }
        if lt > pos {
            walk.text(&text[pos..lt]).ok()?;
        }
        if lt == b.len() {
            break;
        }
        if b[lt] == b'&' {
            return None;
        }
        let (name, empty, gt) = match *b.get(lt + 1)? {
            b'!' => return None,
            b'?' => {
                // The first `>` right after a `?`; `<?>` is an error.
                let gt = (lt + 2..b.len()).find(|&j| b[j] == b'>' && b[j - 1] == b'?')?;
                if gt == lt + 2 {
                    return None;
                }
                pos = gt + 1;
                continue;
            }
            b'/' => {
                // What ploop writes: `</` the open element's name `>`.
                let expected = open.pop()?;
                let end = lt + 2 + expected.len();
                if b.get(lt + 2..end) == Some(expected.as_bytes()) && b.get(end) == Some(&b'>') {
                    walk.end();
                    pos = end + 1;
                    continue;
                }
                let gt = tag_end(b, lt + 1)?;
                let content = &text[lt + 2..gt];
                let name = match content.bytes().rposition(|c| !xml_ws(c)) {
                    Some(last) => &content[..=last],
                    None => content,
                };
                if name != expected {
                    return None;
                }
                walk.end();
                pos = gt + 1;
                continue;
            }
            _ => {
                // What ploop writes: `<` a name `>` or `/>`.
                let mut j = lt + 1;
                while j < b.len() && NAME_BYTE[usize::from(b[j])] {
                    j += 1;
                }
                match (b.get(j), b.get(j + 1)) {
                    (Some(b'>'), _) => (&text[lt + 1..j], false, j),
                    (Some(b'/'), Some(b'>')) => (&text[lt + 1..j], true, j + 1),
                    _ => {
                        let gt = tag_end(b, lt + 1)?;
                        let empty = b[gt - 1] == b'/';
                        let content = &b[lt + 1..if empty { gt - 1 } else { gt }];
                        let len = content.iter().position(|&c| xml_ws(c));
                        let name = &text[lt + 1..lt + 1 + len.unwrap_or(content.len())];
                        if name.contains(':') {
                            return None;
                        }
                        (name, empty, gt)
                    }
                }
            }
        };
        walk.start(name, empty).ok()?;
        if !empty {
            open.push(name);
        }
        pos = gt + 1;
    }
    walk.finish().ok()
}

/// The bytes of the element names ploop writes (letters, digits, `_`), a
/// table for the scan's tightest loop.
static NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_';
        i += 1;
    }
    t
};

/// Where a tag starting before `from` ends, as quick-xml finds it: the
/// first `>` outside quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    (from..b.len()).find(|&j| match (quote, b[j]) {
        (None, b'>') => true,
        (None, q @ (b'"' | b'\'')) => {
            quote = Some(q);
            false
        }
        (Some(q), c) if c == q => {
            quote = None;
            false
        }
        _ => false,
    })
}

/// [`parse_disk_descriptor`] by `quick-xml`, for every document.
fn parse_with_quick_xml(text: &str) -> Result<DiskDescriptor, CollectError> {
    use quick_xml::events::Event;
    let err = |m: String| CollectError::parse("DiskDescriptor.xml", m);
    let mut reader = quick_xml::Reader::from_str(text);
    let mut walk = Walk::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| err(format!("at byte {}: {e}", reader.error_position())))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                walk.start(e.local_name().as_ref(), empty).map_err(err)?;
            }
            Event::End(_) => walk.end(),
            Event::Text(t) => walk.text(&t.into_inner()).map_err(err)?,
            Event::CData(t) if walk.in_size() => walk.size_text.push_str(&t),
            Event::GeneralRef(r) if walk.in_size() => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    walk.size_text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    walk.finish().map_err(err)
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
            Field::new("size", FieldKind::Map, "Virtual disk size bucket: <=10G, <=20G, <=50G, <=100G, <=200G, <=500G, <=1T, >1T, unset").example("{\"<=10G\": 12}").bucket(crate::kinds::DISK),
            Field::new("snapshots", FieldKind::Map, "Snapshots per disk bucket: 1, 2, 3-5, 6-10, >10").example("{\"1\": 10, \"2\": 2}").bucket(crate::kinds::SNAPSHOTS),
            Field::new("ploop_version", FieldKind::String, "Version of the ploop package").example("7.0.165").free_text(),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Tue, Meal::Lunch)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let version = run_optional(host, &["rpm", "-q", "--qf", "%{VERSION}", "ploop"], 0)?
            .as_deref()
            .and_then(first_version);
        let places = crate::vz_containers::places(host)?;
        let places = &places.ploop;
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
        let read = |private: &Option<Box<str>>| {
            let path = format!("{}/root.hdd/DiskDescriptor.xml", private.as_deref()?);
            // One read(2) gets a whole descriptor (about 1 KiB); only when
            // that does not parse is the whole file read.
            let start = host.read_start(&path, 64 * 1024).ok()??;
            // UTF-8 (ASCII in practice) is checked fast; only a descriptor
            // that is not gets its bad bytes replaced.
            match std::str::from_utf8(&start) {
                Ok(text) => parse_disk_descriptor(text),
                Err(_) => parse_disk_descriptor(&String::from_utf8_lossy(&start)),
            }
            .ok()
            .or_else(|| parse_disk_descriptor(&host.read(&path).ok()?).ok())
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
    use crate::vz_util::format_sample as read;
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
            "cannot parse DiskDescriptor.xml: root element is <x>, not <Virtuozzo_disk_image> or <Parallels_disk_image>"
        );
        assert!(parse_disk_descriptor("<Parallels_disk_image>").is_err());
    }

    #[test]
    fn descriptor_edge_cases() {
        let dd = |s: &str| parse_disk_descriptor(s);
        // Only the first Disk_Parameters / StorageData / Snapshots count, and
        // only Images inside Storage and Shots directly under Snapshots.
        let twice = "<Parallels_disk_image><Disk_Parameters><Disk_size> 2048 </Disk_size>\
            <Disk_size>4096</Disk_size></Disk_Parameters><Disk_Parameters><Disk_size>1</Disk_size>\
            </Disk_Parameters><StorageData><Image/><Storage><Image/><Image></Image><x><Image/></x>\
            </Storage><Storage><Image/></Storage></StorageData><StorageData><Storage><Image/>\
            </Storage></StorageData><Snapshots><Shot/><Shot><Shot/></Shot></Snapshots>\
            <Snapshots><Shot/></Snapshots></Parallels_disk_image>";
        assert_eq!(
            dd(twice).unwrap(),
            DiskDescriptor {
                size_bytes: Some(2048 * 512),
                images: 3,
                snapshots: 2
            }
        );
        // Namespace prefixes, comments, CDATA and character references.
        let ns = "<?xml version='1.0'?><!-- c --><p:Parallels_disk_image xmlns:p='urn:x'>\
            <p:Disk_Parameters><p:Disk_size>1&#48;<![CDATA[24]]></p:Disk_size></p:Disk_Parameters>\
            </p:Parallels_disk_image>\n";
        assert_eq!(dd(ns).unwrap().size_bytes, Some(1024 * 512));
        assert_eq!(
            dd("<Parallels_disk_image/>").unwrap(),
            DiskDescriptor::default()
        );
        // A size that is not a number is unset, not an error.
        assert_eq!(
            dd(
                "<Parallels_disk_image><Disk_Parameters><Disk_size>big</Disk_size>\
                </Disk_Parameters></Parallels_disk_image>"
            )
            .unwrap()
            .size_bytes,
            None
        );
        for (bad, why) in [
            ("", "no root element"),
            (
                "<Parallels_disk_image/><Parallels_disk_image/>",
                "more than one root element",
            ),
            (
                "<Parallels_disk_image></Parallels_disk_image>junk",
                "text outside the root",
            ),
            (
                "<Parallels_disk_image><a></b></Parallels_disk_image>",
                "at byte",
            ),
            (
                "<Parallels_disk_image><a>",
                "ends before the root element's end",
            ),
            ("<Parallels_disk_image", "at byte"),
        ] {
            let e = dd(bad).unwrap_err().to_string();
            assert!(e.contains(why), "{bad:?}: {e}");
            assert!(e.starts_with("cannot parse DiskDescriptor.xml: "), "{e}");
        }
    }

    #[test]
    fn the_plain_scan_reads_what_ploop_writes() {
        for doc in [
            DD.to_owned(),
            read("ploop-DiskDescriptor.xml-ploop-7.0.191+.xml"),
            read("ploop-DiskDescriptor.xml-ploop-up-to-7.0.190.xml"),
        ] {
            let plain = scan_plain(&doc);
            assert!(plain.is_some(), "{doc}");
            assert_eq!(plain, parse_with_quick_xml(&doc).ok());
        }
        // Left to quick-xml: references, comments, prefixes, bad documents.
        for doc in [
            "<Parallels_disk_image>&#48;</Parallels_disk_image>",
            "<Parallels_disk_image><!-- c --></Parallels_disk_image>",
            "<p:Parallels_disk_image/>",
            "<Parallels_disk_image><a></b></Parallels_disk_image>",
            "<Parallels_disk_image></ Parallels_disk_image>",
            "<?><Parallels_disk_image/>",
            "<x/>",
        ] {
            assert_eq!(scan_plain(doc), None, "{doc}");
        }
    }

    #[test]
    fn both_writers_root_elements() {
        let new =
            parse_disk_descriptor(&read("ploop-DiskDescriptor.xml-ploop-7.0.191+.xml")).unwrap();
        assert_eq!(
            (new.size_bytes, new.images, new.snapshots),
            (Some(10 << 30), 2, 2)
        );
        let old = parse_disk_descriptor(&read("ploop-DiskDescriptor.xml-ploop-up-to-7.0.190.xml"))
            .unwrap();
        assert_eq!(
            (old.size_bytes, old.images, old.snapshots),
            (Some(10 << 30), 1, 1)
        );
    }

    #[test]
    fn a_descriptor_longer_than_one_read_is_read_whole() {
        // 100 KiB of comment before the root: the first read (64 KiB)
        // does not parse, the whole file does.
        let padded = format!("<!--{}-->\n{DD}", " ".repeat(100 * 1024));
        let f = cep_core::testing::FixtureHostBuilder::new()
            .file("/etc/vz/vz.conf", "VE_LAYOUT=ploop\n")
            .file("/etc/vz/conf/101.conf", "VE_PRIVATE=\"/vz/private/101\"\n")
            .file("/vz/private/101/root.hdd/DiskDescriptor.xml", &padded)
            .file("/etc/vz/conf/102.conf", "VE_PRIVATE=\"/vz/private/102\"\n")
            .file("/vz/private/102/root.hdd/DiskDescriptor.xml", "<Parallels")
            .build()
            .unwrap();
        let v = VzPloop.collect(&f.host().unwrap()).unwrap();
        assert_eq!(
            v.as_json().unwrap(),
            &json!({"images": 1, "unreadable": 1, "size": {"<=10G": 1},
                    "snapshots": {"2": 1}, "ploop_version": null})
        );
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

    /// Descriptor-shaped documents for the property tests: trees of the
    /// elements ploop writes and others, with attributes (quoted `>` and
    /// `/>` too), text and white space, and now and then what the plain
    /// scan leaves to quick-xml (references, comments, CDATA, prefixes, a
    /// mismatched end tag, a byte-order mark, stray markup).
    fn document() -> impl Strategy<Value = String> {
        let name = || {
            proptest::sample::select(vec![
                "Disk_Parameters",
                "Disk_size",
                "StorageData",
                "Storage",
                "Image",
                "Snapshots",
                "Shot",
                "GUID",
                "x",
                "",
                "p:Image",
            ])
        };
        let odd = proptest::sample::select(vec![
            "&#48;",
            "&amp;",
            "&",
            "<?xml version='1.0'?>",
            "<?>",
            "<??>",
            "<?pi x?>",
            "<!-- c -->",
            "<![CDATA[12]]>",
            "<!DOCTYPE x>",
            "<",
            ">",
            "junk",
            "< >",
            "</>",
            "<>",
            "</ >",
            "\"",
            "'",
            "\u{e9}",
            "\u{a0}",
            "\u{b}",
            "</x>",
        ]);
        let attrs = proptest::sample::select(vec!["", " a=\"1\"", " a=\"x>y\" b='/>'", " a='\"'"]);
        let leaf = prop_oneof![
            6 => "[ \t\r\n]{0,3}[0-9]{0,6}[ \t\r\n]{0,2}",
            3 => (name(), attrs.clone()).prop_map(|(n, a)| format!("<{n}{a}/>")),
            1 => odd.clone().prop_map(str::to_owned),
        ];
        let tree = leaf.prop_recursive(4, 48, 6, move |inner| {
            (
                name(),
                attrs.clone(),
                proptest::collection::vec(inner, 0..6),
                prop_oneof![8 => Just(""), 1 => Just(" \n"), 1 => Just("!")],
            )
                .prop_map(|(n, a, kids, end)| {
                    let end = if end == "!" {
                        "y".to_owned()
                    } else {
                        format!("{n}{end}")
                    };
                    format!("<{n}{a}>{}</{end}>", kids.concat())
                })
        });
        (
            proptest::sample::select(vec!["Parallels_disk_image", "Virtuozzo_disk_image", "x"]),
            proptest::collection::vec(prop_oneof![3 => Just("<?xml version=\"1.0\"?>\n"), 1 => Just("\u{feff}"), 1 => odd.clone()], 0..2),
            proptest::collection::vec(tree, 0..8),
            proptest::collection::vec(prop_oneof![3 => Just("\n"), 1 => odd], 0..2),
        )
            .prop_map(|(root, head, body, tail)| {
                format!("{}<{root}>{}</{root}>{}", head.concat(), body.concat(), tail.concat())
            })
    }

    proptest! {
        // About one document in eight is read by the plain scan.
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever the plain scan reads, quick-xml reads the same.
        #[test]
        fn the_plain_scan_agrees_with_quick_xml(doc in document()) {
            if let Some(dd) = scan_plain(&doc) {
                prop_assert_eq!(parse_with_quick_xml(&doc).ok(), Some(dd), "{:?}", doc);
            }
        }
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
