//! Tests of `cep_core::report` through its public API.

use cep_core::collector::Section;
use cep_core::report::*;
use cep_core::runner::Collection;
use cep_core::runner::Outcome;
use cep_core::runner::Status;
use cep_core::*;
use serde_json::json;
use std::io::Write;
use std::time::Duration;
use uuid::Uuid;

fn sample() -> Report {
    let collection = Collection {
        outcomes: vec![
            Outcome {
                id: "os.kernel".into(),
                status: Status::Ok,
                duration: Duration::from_millis(3),
                section: Some(Section::Json(json!({"release": "3.10.0"}))),
                message: None,
                exit_status: None,
                truncated: false,
            },
            Outcome {
                id: "hw.memory".into(),
                status: Status::Error,
                duration: Duration::from_millis(1),
                section: None,
                message: Some("cannot parse /proc/meminfo".into()),
                exit_status: None,
                truncated: false,
            },
            Outcome {
                id: "scripts.x".into(),
                status: Status::Ok,
                duration: Duration::from_millis(7),
                section: Some(Section::Text("hello\n".into())),
                message: None,
                exit_status: None,
                truncated: false,
            },
        ],
        log: vec!["error hw.memory: cannot parse /proc/meminfo".into()],
    };
    Report::with_identity(
        collection,
        Uuid::parse_str("6b1c2e3a-1111-4222-8333-444455556666").unwrap(),
        ClientInfo::default(),
        Uuid::parse_str("0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd").unwrap(),
        utc_time("2026-11-22T18:00:00Z").unwrap(),
    )
}

#[test]
fn round_trips_and_is_deterministic() {
    let r = sample();
    let a = r.to_archive().unwrap();
    assert_eq!(a.bytes, r.to_archive().unwrap().bytes);
    let back = Report::read(&a.bytes, &ReadLimits::default()).unwrap();
    assert_eq!(back, r);
    let names: Vec<String> = r.members().into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        vec![
            "manifest.json",
            "collect.log",
            "os.kernel.json",
            "scripts.x.txt"
        ]
    );
    assert_eq!(a.sha256().len(), 64);
}

#[test]
fn manifest_has_the_documented_shape() {
    let r = sample();
    let v = serde_json::to_value(&r.manifest).unwrap();
    assert_eq!(
        v,
        json!({
            "format": "cep-report",
            "schema": 1,
            "report_id": "0e7a9b58-aaaa-4bbb-8ccc-dddddddddddd",
            "client_id": "6b1c2e3a-1111-4222-8333-444455556666",
            "created_at": "2026-11-22T18:00:00Z",
            "client": {"name": "cep", "version": env!("CARGO_PKG_VERSION")},
            "collectors": [
                {"id": "os.kernel", "status": "ok", "duration_ms": 3, "file": "os.kernel.json"},
                {"id": "hw.memory", "status": "error", "duration_ms": 1, "error": "cannot parse /proc/meminfo"},
                {"id": "scripts.x", "status": "ok", "duration_ms": 7, "file": "scripts.x.txt"}
            ]
        })
    );
}

fn manifest_bytes() -> Vec<u8> {
    serde_json::to_vec(&sample().manifest).unwrap()
}

fn raw_tar(build: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    build(&mut b);
    let tar = b.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).unwrap();
    gz.finish().unwrap()
}

fn err_of(bytes: &[u8]) -> String {
    Report::read(bytes, &ReadLimits::default())
        .unwrap_err()
        .to_string()
}

#[test]
fn rejects_garbage_and_truncation() {
    assert!(err_of(b"not a tarball").contains("no gzip header"));
    let good = sample().to_archive().unwrap().bytes;
    let e = err_of(&good[..good.len() / 2]);
    assert!(e.contains("not a valid report archive"), "{e}");
}

#[test]
fn a_member_cut_short_inside_a_whole_gzip_stream_is_refused() {
    // A well-formed gzip stream whose tar announces more than it holds.
    let mut h = tar::Header::new_ustar();
    h.set_path("manifest.json").unwrap();
    h.set_size(4096);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    let mut tar = h.as_bytes().to_vec();
    tar.extend_from_slice(b"{\"format\":");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).unwrap();
    let e = err_of(&gz.finish().unwrap());
    assert!(e.contains("`manifest.json` is cut short"), "{e}");
    assert!(e.contains("4096 bytes announced, 10 there"), "{e}");
    let e = cep_core::report::read_members(
        &{
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&tar).unwrap();
            gz.finish().unwrap()
        },
        &ReadLimits::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("cut short"), "{e}");
}

#[test]
fn rejects_path_traversal_and_links() {
    // tar::Builder refuses to write `..`, so craft the header by hand.
    let bytes = raw_tar(|b| {
        let mut h = tar::Header::new_old();
        h.as_old_mut().name[..11].copy_from_slice(b"../evil.txt");
        h.set_size(1);
        h.set_entry_type(tar::EntryType::Regular);
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
    });
    let e = err_of(&bytes);
    assert!(
        e.contains("`../evil.txt`") && e.contains("plain file name"),
        "{e}"
    );

    let bytes = raw_tar(|b| {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, "manifest.json", "/etc/passwd")
            .unwrap();
    });
    let e = err_of(&bytes);
    assert!(e.contains("symbolic link"), "{e}");

    let bytes = raw_tar(|b| {
        let mut h = tar::Header::new_ustar();
        h.set_size(1);
        b.append_data(&mut h, "/etc/cron.d/x", &b"x"[..])
            .unwrap_or(());
    });
    // Absolute names are either refused by the writer or by the reader.
    if !bytes.is_empty() {
        let e = Report::read(&bytes, &ReadLimits::default());
        assert!(e.is_err());
    }
}

#[test]
fn rejects_duplicates_unlisted_and_missing_members() {
    let m = manifest_bytes();
    let dup = write_members(&[
        ("manifest.json", &m),
        ("os.kernel.json", b"{}"),
        ("os.kernel.json", b"{}"),
    ])
    .unwrap();
    assert!(err_of(&dup).contains("duplicate member"));
    let unlisted = write_members(&[
        ("manifest.json", &m),
        ("os.kernel.json", b"{}"),
        ("scripts.x.txt", b""),
        ("extra.json", b"{}"),
    ])
    .unwrap();
    assert!(err_of(&unlisted).contains("`extra.json` rejected: not listed"));
    let missing = write_members(&[("manifest.json", &m)]).unwrap();
    assert!(
        err_of(&missing).contains("member `os.kernel.json` of collector `os.kernel` is missing")
    );
    let none = write_members(&[("collect.log", b"")]).unwrap();
    assert!(err_of(&none).contains("no manifest.json"));
    let bad_json = write_members(&[("manifest.json", b"{\"format\": 1")]).unwrap();
    assert!(err_of(&bad_json).contains("report manifest invalid"));
}

#[test]
fn gzip_bomb_is_stopped_at_the_cap() {
    // 64 MiB of zeros compresses to ~64 KiB; the reader stops at 8 MiB.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..64 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 1024 * 1024);
    // Zeros are an empty tar; wrap a single huge member instead.
    let limits = ReadLimits::default();
    let e = Report::read(&bomb, &limits);
    assert!(e.is_err());

    let huge = vec![b'a'; 9 * 1024 * 1024];
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_ustar();
    h.set_size(huge.len() as u64);
    b.append_data(&mut h, "scripts.x.txt", huge.as_slice())
        .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&b.into_inner().unwrap()).unwrap();
    let bytes = gz.finish().unwrap();
    let e = Report::read(&bytes, &limits).unwrap_err().to_string();
    assert!(e.contains("exceeds a limit"), "{e}");
}

#[test]
fn limits_on_size_and_count() {
    let limits = ReadLimits {
        compressed_bytes: 100,
        ..ReadLimits::default()
    };
    let a = sample().to_archive().unwrap();
    let e = Report::read(&a.bytes, &limits).unwrap_err().to_string();
    assert!(e.contains("compressed (limit 100)"), "{e}");
    let many: Vec<(String, Vec<u8>)> = (0..70).map(|i| (format!("m{i}.txt"), vec![])).collect();
    let refs: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let bytes = write_members(&refs).unwrap();
    let e = err_of(&bytes);
    assert!(e.contains("more than 64 members"), "{e}");
}

#[test]
fn gzip_crc_and_trailing_data_are_checked() {
    let good = sample().to_archive().unwrap().bytes;
    assert!(Report::read(&good, &ReadLimits::default()).is_ok());
    // The CRC is the trailer's first four bytes.
    let mut bad_crc = good.clone();
    let at = bad_crc.len() - 8;
    bad_crc[at] ^= 0xff;
    let e = err_of(&bad_crc);
    assert!(e.contains("not a valid report archive"), "{e}");
    assert!(read_members(&bad_crc, &ReadLimits::default()).is_err());
    let mut trailing = good.clone();
    trailing.extend_from_slice(b"garbage");
    let e = err_of(&trailing);
    assert!(e.contains("7 bytes of trailing data"), "{e}");
    let mut two = good.clone();
    two.extend_from_slice(&good);
    assert!(err_of(&two).contains("trailing data"));
}

#[test]
fn the_manifest_comes_first_and_names_have_no_dot_slash() {
    let r = sample();
    let members = r.members();
    let refs: Vec<(&str, &[u8])> = members
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let mut swapped = refs.clone();
    swapped.swap(0, 1);
    let e = err_of(&write_members(&swapped).unwrap());
    assert_eq!(
        e,
        "report archive member `collect.log` rejected: manifest.json must be the first member"
    );
    // tar::Builder drops a `./` prefix, so write the names by hand.
    let bytes = raw_tar(|b| {
        for (n, data) in &refs {
            let mut h = tar::Header::new_old();
            let name = format!("./{n}");
            h.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            h.set_size(data.len() as u64);
            h.set_entry_type(tar::EntryType::Regular);
            h.set_cksum();
            b.append(&h, *data).unwrap();
        }
    });
    let e = err_of(&bytes);
    assert!(
        e.contains("`./manifest.json` rejected") && e.contains("without `./`"),
        "{e}"
    );
    // vzstats tarballs (`tar czf -C dir .`) keep their `./` names.
    let m = read_members(&bytes, &ReadLimits::default()).unwrap();
    assert!(m.contains_key("manifest.json") && m.contains_key("os.kernel.json"));
}

#[test]
fn nil_ids_and_out_of_range_times_are_refused() {
    let mut r = sample();
    r.manifest.report_id = Uuid::nil();
    let e = err_of(&r.to_archive().unwrap().bytes);
    assert!(e.contains("report_id is the nil UUID"), "{e}");
    let mut r = sample();
    r.manifest.client_id = Uuid::nil();
    let e = err_of(&r.to_archive().unwrap().bytes);
    assert!(e.contains("client_id is the nil UUID"), "{e}");
    // The clock is checked by whoever receives archives from elsewhere.
    let mut r = sample();
    r.manifest.created_at = "9999-12-31T23:59:59Z".into();
    let back = Report::read(&r.to_archive().unwrap().bytes, &ReadLimits::default()).unwrap();
    let e = back.manifest.check_created_at().unwrap_err().to_string();
    assert!(e.contains("`9999-12-31T23:59:59Z` is out of range"), "{e}");
    r.manifest.created_at = "last tuesday".into();
    let back = Report::read(&r.to_archive().unwrap().bytes, &ReadLimits::default()).unwrap();
    let e = back.manifest.check_created_at().unwrap_err().to_string();
    assert!(e.contains("`last tuesday` is not an RFC 3339 time"), "{e}");
    assert!(sample().manifest.check_created_at().is_ok());
}

#[test]
fn unsupported_schema_says_what_to_do() {
    let mut r = sample();
    r.manifest.schema = 2;
    let a = r.to_archive().unwrap();
    let e = err_of(&a.bytes);
    assert!(
        e.contains("schema 2 is not supported") && e.contains("upgrade"),
        "{e}"
    );
}
