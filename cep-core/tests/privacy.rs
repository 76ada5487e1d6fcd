//! The privacy layer against data: the corpus in testdata/privacy/, the
//! real samples in testdata/real/, and generated addresses.

use cep_core::privacy::{PrivacyGuard, Secrets};
use cep_core::{Guard, Host, Report, Section, seal};

#[path = "../../cep-privacy/tests/support/corpus.rs"]
mod corpus;
#[path = "support/report.rs"]
mod report;
use corpus::{CLIENT_ID, REPORT_ID, corpus_secrets};
use report::report_with;

#[test]
fn tripwire_stops_an_unscrubbed_archive_naming_member_and_detector() {
    let guard = PrivacyGuard::new(&corpus_secrets()).unwrap();
    let report = report_with(vec![(
        "scripts.net".into(),
        "eth0 up\ninet 66.228.211.45/24\n".into(),
    )]);
    // The archive as it would be without the scrubber.
    let archive = report.to_archive().unwrap();
    let err = guard.check(&report, &archive).unwrap_err();
    assert_eq!(err.guard, "privacy");
    assert_eq!(
        err.message,
        "member scripts.net.txt: ipv4 detector matched `66…` (13 chars) at byte 13"
    );
    assert!(!err.message.contains("66.228.211.45"));
    // Through the pipeline the scrubber runs first and the check passes.
    let p = seal(report, &guard, &[]).unwrap();
    assert_eq!(
        p.report().sections["scripts.net"].as_text(),
        Some("eth0 up\ninet <ipv4>/24\n")
    );
    assert!(guard.check(p.report(), p.archive()).is_ok());
}

#[test]
fn own_ids_pass_other_uuids_do_not() {
    let guard = PrivacyGuard::new(&Secrets::default()).unwrap();
    let report = report_with(vec![(
        "scripts.ids".into(),
        format!("me {REPORT_ID} host {CLIENT_ID} other 26bc47f6-353f-444b-bc35-b634a88dbbcc\n"),
    )]);
    let p = seal(report, &guard, &[]).unwrap();
    assert_eq!(
        p.report().sections["scripts.ids"].as_text().unwrap(),
        format!("me {REPORT_ID} host {CLIENT_ID} other <uuid>\n")
    );
}

#[test]
fn names_that_are_placeholders_or_report_structure_are_no_secrets() {
    let mut s = Secrets::default();
    s.add_passwd("user:x:1000:1000::/home/user:/bin/sh\ncep:x:1001:1001::/:/sbin/nologin\n");
    s.add_host("host.example.net");
    s.add_host("mac");
    assert!(s.users.is_empty(), "{:?}", s.users);
    assert_eq!(
        s.hosts.iter().map(String::as_str).collect::<Vec<_>>(),
        vec!["host.example.net"]
    );
    // A report with placeholders in it passes the check.
    let guard = PrivacyGuard::new(&s).unwrap();
    let report = report_with(vec![(
        "scripts.x".into(),
        "user john on host.example.net at 10.0.0.1\n".into(),
    )]);
    let p = seal(report, &guard, &[]).unwrap();
    assert_eq!(
        p.report().sections["scripts.x"].as_text(),
        Some("user john on <host> at <ipv4>\n")
    );
}

// ---- typed sections ----

/// A collector that only declares fields: the guard needs their kinds.
struct Declared;

const SIZES: &[&str] = &["<=1000", "<=200", ">1000"];

impl cep_core::Collector for Declared {
    fn id(&self) -> &str {
        "test.typed"
    }
    fn describe(&self) -> &str {
        "typed fields"
    }
    fn collect(&self, _: &Host) -> Result<Section, cep_core::CollectError> {
        Err(cep_core::CollectError::not_applicable("declares only"))
    }
    fn fields(&self) -> Vec<cep_core::Field> {
        use cep_core::{Field, FieldKind};
        vec![
            Field::new("n", FieldKind::Integer, "a count"),
            Field::new("bytes", FieldKind::Integer, "a size").size(),
            Field::new("share", FieldKind::Number, "a ratio"),
            Field::new("limit", FieldKind::Map, "buckets").bucket(SIZES),
            Field::new("release", FieldKind::String, "a version").version(),
            Field::new("image", FieldKind::String, "an enum").one_of(&["golden-image", "other"]),
            Field::new("model", FieldKind::String, "free text").free_text(),
            Field::new("tags", FieldKind::StringList, "free text").free_text(),
        ]
    }
}

fn typed_guard(secrets: &Secrets) -> PrivacyGuard {
    let c: Vec<std::sync::Arc<dyn cep_core::Collector>> = vec![std::sync::Arc::new(Declared)];
    PrivacyGuard::with_fields(secrets, &c).unwrap()
}

fn typed_report(v: serde_json::Value) -> Report {
    let mut r = report_with(vec![]);
    r.manifest.collectors.push(cep_core::ManifestEntry {
        id: "test.typed".into(),
        status: cep_core::Status::Ok,
        duration_ms: 1,
        file: Some("test.typed.json".into()),
        error: None,
        exit_status: None,
        truncated: false,
    });
    r.sections.insert("test.typed".into(), Section::Json(v));
    r
}

#[test]
fn typed_values_go_out_unchanged_and_only_free_text_is_scrubbed() {
    let mut s = Secrets::default();
    // Names that collide with typed values: a container named `golden`,
    // one named `1000` (no secret: a number), a host `acme-node`.
    for h in ["golden", "1000", "acme-node.example.org"] {
        s.add_host(h);
    }
    assert!(!s.hosts.contains("1000"));
    let guard = typed_guard(&s);
    let v = serde_json::json!({
        "n": 512, "bytes": 1000, "share": 0.5,
        "limit": {"<=1000": 3, "<=200": 1},
        "release": "3.10.0-1160.80.1.vz7.191.4",
        "image": "golden-image",
        "model": "acme-node.example.org golden box",
        "tags": ["golden", "plain"]
    });
    let p = seal(typed_report(v), &guard, &[]).unwrap();
    assert_eq!(
        p.report().sections["test.typed"].as_json().unwrap(),
        &serde_json::json!({
            "n": 512, "bytes": 1000, "share": 0.5,
            "limit": {"<=1000": 3, "<=200": 1},
            "release": "3.10.0-1160.80.1.vz7.191.4",
            "image": "golden-image",
            "model": "<host> <host> box",
            "tags": ["<host>", "plain"]
        })
    );
}

#[test]
fn a_value_that_does_not_fit_its_kind_is_the_collectors_error_never_a_rewrite() {
    let guard = typed_guard(&corpus_secrets());
    let base =
        serde_json::json!({"n": 1, "limit": {"<=200": 1}, "release": "7.0.3", "image": "other"});
    let cases: &[(&str, serde_json::Value, &str)] = &[
        (
            "n",
            serde_json::json!(-1),
            "field `n`: a count that is not a whole number ≥ 0",
        ),
        (
            "n",
            serde_json::json!("12"),
            "field `n`: a string where a count is declared",
        ),
        (
            "bytes",
            serde_json::json!(1.5),
            "field `bytes`: a size that is not a whole number ≥ 0",
        ),
        (
            "limit",
            serde_json::json!({"<=999": 1}),
            "field `limit`: a key that is not a declared bucket (<=1000, <=200, >1000)",
        ),
        (
            "limit",
            serde_json::json!({"<=200": "x"}),
            "field `limit.<key>`: a string where a count is declared",
        ),
        (
            "limit",
            serde_json::json!(["<=200"]),
            "field `limit`: a list where a map is declared",
        ),
        (
            "release",
            serde_json::json!("node1.nagilumve.com"),
            "field `release`: a string that is not a version",
        ),
        (
            "image",
            serde_json::json!("web-prod-3"),
            "field `image`: a enum value outside its declared set (golden-image, other)",
        ),
        (
            "share",
            serde_json::json!("half"),
            "field `share`: a string where a ratio is declared",
        ),
    ];
    for (key, value, want) in cases {
        let mut v = base.clone();
        v[*key] = value.clone();
        let p = seal(typed_report(v), &guard, &[]).unwrap();
        assert!(!p.report().sections.contains_key("test.typed"), "{key}");
        let e = p
            .report()
            .manifest
            .collectors
            .iter()
            .find(|e| e.id == "test.typed")
            .unwrap();
        assert_eq!(e.status, cep_core::Status::Error);
        assert_eq!(e.file, None);
        let msg = e.error.as_deref().unwrap();
        assert!(msg.contains(want), "{key}: {msg}");
        assert!(msg.contains("fields()"), "{msg}");
        // The message never carries the value.
        for secret in ["nagilumve", "web-prod-3", "half"] {
            assert!(!msg.contains(secret), "{msg}");
        }
    }
}

fn vetoed(guard: &PrivacyGuard, text: &str) -> Option<String> {
    // The archive as a bypassed scrubber would leave it: only the
    // tripwire's check runs (seal always scrubs first).
    let r = report_with(vec![("scripts.leak".into(), text.to_owned())]);
    let archive = r.to_archive().unwrap();
    guard.check(&r, &archive).err().map(|v| v.message)
}

#[test]
fn the_tripwire_stops_what_a_bypassed_scrubber_lets_through() {
    let mut s = corpus_secrets();
    s.add_address("00:1C:42:AB:CD:EF");
    s.add_never_send(&["Project Nightingale", "acme-*-prod"]);
    let guard = PrivacyGuard::new(&s).unwrap();
    // Every form the issue lists, unscrubbed, in a script's output.
    let leaks = [
        ("/vz/node1_root.img", "host name"),
        ("backup of node1.nagilumve.com_backup", "host name"),
        ("hostnode1", "host name"),
        ("NAGILUMVE.COM", "domain"),
        ("hello Anna", "user"),
        ("J.Doe logged in", "user"),
        ("owner Anna Schmidt", "user"),
        ("anna_tmp", "user"),
        ("czj1234abc", "serial"),
        ("tag 5KQ2X12", "serial"),
        ("hw 00:1c:42:ab:cd:ef", "address"),
        ("codename project nightingale", "never_send entry"),
        ("host acme-db-prod", "never_send entry"),
        ("10.1.2.3.22 > x", "ipv4 detector"),
        ("Node GUID: 0x0002c90300012345", "mac detector"),
        ("mailto:jdoe%40mail.example.net", "email detector"),
    ];
    for (text, what) in leaks {
        let msg = vetoed(&guard, text).unwrap_or_else(|| panic!("{text:?} went out"));
        assert!(
            msg.starts_with(&format!("member scripts.leak.txt: {what} matched")),
            "{text:?}: {msg}"
        );
    }
    // It shares no boundary with the scrubber: `node10` is another name
    // to the scrubber, a match of `node1` to the tripwire.
    assert_eq!(guard.scrubber().scrub("node10", &[]), "node10");
    assert!(vetoed(&guard, "node10").is_some());
    // What the scrubber leaves is what the tripwire passes.
    let mut r = report_with(vec![(
        "scripts.leak".into(),
        leaks.iter().map(|(t, _)| format!("{t}\n")).collect(),
    )]);
    guard.scrub(&mut r);
    let text = r.sections["scripts.leak"].as_text().unwrap().to_owned();
    assert!(vetoed(&guard, &text).is_none(), "{text}");
}

#[test]
fn the_tripwire_finds_own_addresses_inside_typed_values() {
    // A version field holding the node's own address: no detector looks
    // inside a valid version, the substring search does.
    let mut s = Secrets::default();
    s.add_etc_hosts_naming("10.9.8.7 vz7.hoster.example vz7\n", &["vz7".into()]);
    assert!(s.addresses.contains("10.9.8.7"));
    let guard = typed_guard(&s);
    let r = typed_report(serde_json::json!({"release": "10.9.8.7"}));
    match seal(r, &guard, &[]) {
        Err(cep_core::PipelineError::Vetoed { violation, .. }) => assert_eq!(
            violation.message,
            "member test.typed.json: address matched `10…` (8 chars) at byte 16"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_tripwire_stops_a_containers_address_the_scrubber_let_through() {
    // A node's containers as their configs or a listing name them
    // (`HOSTNAME`, `IP_ADDRESS` with masks and IPv6 too; gathering them
    // from a host is cep-collectors' `secrets`).
    let mut s = Secrets::default();
    for v in [
        "shop.customer.example",
        "192.0.2.55/24",
        "2001:db8::55",
        "198.51.100.23",
    ] {
        s.add_host_or_address(v);
    }
    assert_eq!(
        s.addresses.iter().map(String::as_str).collect::<Vec<_>>(),
        ["192.0.2.55", "198.51.100.23", "2001:db8::55"]
    );
    // Script output with the scrubber bypassed: each address is vetoed
    // as the host's own value, ahead of the generic detectors.
    let guard = PrivacyGuard::new(&s).unwrap();
    for (text, at) in [
        ("peer 198.51.100.23 up", 5),
        ("listening on [2001:DB8::55]:443", 14),
        ("192.0.2.55.22 > 10.0.0.1.80", 0),
    ] {
        let msg = vetoed(&guard, text).unwrap_or_else(|| panic!("{text:?} went out"));
        assert!(
            msg.starts_with(&format!(
                "member scripts.leak.txt: address matched `{}…`",
                &text[at..at + 2]
            )) && msg.contains(&format!(" at byte {at}")),
            "{text:?}: {msg}"
        );
    }
    // In a typed value, where no detector looks and the scrubber never
    // rewrites (a valid version): the whole seal, and only the tripwire
    // stands between it and the spool.
    let typed = typed_guard(&s);
    let r = typed_report(serde_json::json!({"release": "198.51.100.23"}));
    match seal(r, &typed, &[]) {
        Err(cep_core::PipelineError::Vetoed { violation, .. }) => assert_eq!(
            violation.message,
            "member test.typed.json: address matched `19…` (13 chars) at byte 16"
        ),
        other => panic!("{other:?}"),
    }
    // Another address is not this node's: the tripwire leaves it to the
    // generic detectors.
    let r = typed_report(serde_json::json!({"release": "198.51.100.24"}));
    assert!(seal(r, &typed, &[]).is_ok());
}

#[test]
fn never_send_entries_are_scrubbed_in_any_case_and_globs_match_runs() {
    let mut s = Secrets::default();
    s.add_never_send(&["Nightingale", "acme-*-prod", "ticket-?42", "*", ""]);
    assert_eq!(s.never_send.len(), 3);
    let guard = PrivacyGuard::new(&s).unwrap();
    let r = report_with(vec![(
        "scripts.x".into(),
        "NIGHTINGALE rollout on acme-db01-prod, see ticket-A42; acme-prod stays\n".into(),
    )]);
    let p = seal(r, &guard, &[]).unwrap();
    assert_eq!(
        p.report().sections["scripts.x"].as_text(),
        Some("<private> rollout on <private>, see <private>; acme-prod stays\n")
    );
}

#[test]
fn an_encoded_archive_is_sealed_only_when_the_tripwire_passes_it_and_keeps_its_bytes() {
    let clean = report_with(vec![("scripts.ok".into(), "3 disks\n".into())])
        .to_archive()
        .unwrap();
    let guard = PrivacyGuard::new(&corpus_secrets()).unwrap();
    let sealed = cep_core::Sealed::check(clean.clone(), &guard).unwrap();
    assert_eq!(sealed.archive(), &clean);
    assert_eq!(
        sealed.report().sections["scripts.ok"].as_text(),
        Some("3 disks\n")
    );
    // Never scrubbed on the way: a host value in it stops it whole.
    let leaking = report_with(vec![("scripts.leak".into(), "up on web-prod-3\n".into())])
        .to_archive()
        .unwrap();
    match cep_core::Sealed::check(leaking.clone(), &guard) {
        Err(cep_core::PipelineError::Vetoed { violation, archive }) => {
            assert_eq!(*archive, leaking);
            assert!(
                violation
                    .message
                    .starts_with("member scripts.leak.txt: host name matched `we…`"),
                "{violation}"
            );
        }
        other => panic!("{other:?}"),
    }
    // Bytes that are no archive are an archive error, not a seal.
    let garbage = cep_core::Archive::new(
        REPORT_ID.parse().unwrap(),
        CLIENT_ID.parse().unwrap(),
        b"\x1f\x8b\x08\x00garbage".to_vec(),
    );
    assert!(matches!(
        cep_core::Sealed::check(garbage, &guard),
        Err(cep_core::PipelineError::Archive(_))
    ));
}
