//! The privacy layer against data: the corpus in testdata/privacy/, the
//! real samples in testdata/real/, and generated addresses.

use std::path::{Path, PathBuf};

use cep_core::privacy::{Detector, PrivacyGuard, Scrubber, Secrets};
use cep_core::runner::Collection;
use cep_core::{ClientInfo, Guard, Host, Report, Section, seal};
use proptest::prelude::*;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

const REPORT_ID: &str = "6f1c2b1e-2d4b-4c8a-9a7e-3b1f0c9d8e7a";
const CLIENT_ID: &str = "0b9e8f6a-4c2d-4e1f-8a3b-5c6d7e8f9a0b";

/// The host values the corpus assumes.
fn corpus_secrets() -> Secrets {
    let mut s = Secrets::default();
    for h in [
        "node1.nagilumve.com",
        "vz7-node01.example.com",
        "ct101.customer.example",
        "web-prod-3",
        "MyCT",
    ] {
        s.add_host(h);
    }
    s.add_passwd(
        "root:x:0:0:root:/root:/bin/bash\n\
         daemon:x:2:2::/sbin:/sbin/nologin\n\
         john:x:1000:1000:John:/home/john:/bin/bash\n\
         alice:x:1001:1001::/home/alice:/bin/bash\n\
         bsmith:x:1002:1002::/home/bsmith:/bin/zsh\n\
         ops-admin:x:2000:2000::/home/ops-admin:/bin/bash\n\
         centos:x:1003:1003::/home/centos:/bin/bash\n\
         anna:x:1004:1004:Anna Schmidt,Room 12,+49 30 1234,:/home/anna:/bin/bash\n\
         j.doe:x:1005:1005:Jonathan Doe:/home/j.doe:/bin/bash\n\
         nobody:x:65534:65534::/:/sbin/nologin\n",
    );
    for s2 in [
        "CZJ1234ABC",
        "PF2ABCDE",
        "1234-5678-90AB",
        // A Dell board serial: the service tag between dots.
        ".5KQ2X12.CN7016355F0123.",
        "To Be Filled By O.E.M.",
        "0",
    ] {
        s.add_serial(s2);
    }
    s
}

/// Built once: compiling the automaton is the slow part in a debug build.
fn corpus_scrubber() -> &'static Scrubber {
    static S: std::sync::OnceLock<Scrubber> = std::sync::OnceLock::new();
    S.get_or_init(|| Scrubber::new(&corpus_secrets()).unwrap())
}

fn generic_scrubber() -> &'static Scrubber {
    static S: std::sync::OnceLock<Scrubber> = std::sync::OnceLock::new();
    S.get_or_init(Scrubber::generic)
}

fn corpus(name: &str) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(testdata().join("privacy").join(name)).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect()
}

#[test]
fn secrets_skip_system_accounts_default_logins_and_placeholder_serials() {
    let s = corpus_secrets();
    let users: Vec<&str> = s.users.iter().map(String::as_str).collect();
    // GECOS full names and their parts count as user names; `Doe` is too
    // short to be one, `John` is `john` already.
    assert_eq!(
        users,
        vec![
            "Anna Schmidt",
            "Jonathan",
            "Jonathan Doe",
            "Schmidt",
            "alice",
            "anna",
            "bsmith",
            "j.doe",
            "john",
            "ops-admin"
        ]
    );
    let serials: Vec<&str> = s.serials.iter().map(String::as_str).collect();
    assert_eq!(
        serials,
        vec![
            ".5KQ2X12.CN7016355F0123.",
            "1234-5678-90AB",
            "5KQ2X12",
            "CN7016355F0123",
            "CZJ1234ABC",
            "PF2ABCDE"
        ]
    );
    let domains: Vec<&str> = s.domains.iter().map(String::as_str).collect();
    assert_eq!(
        domains,
        vec!["customer.example", "example.com", "nagilumve.com"]
    );
    assert!(s.hosts.contains("node1") && s.hosts.contains("vz7-node01"));
}

/// The corpus runs on both ways host values are matched: inside the one
/// automaton, and (many containers) in an automaton of their own.
fn corpus_scrubbers() -> [(&'static str, &'static Scrubber); 2] {
    static SPLIT: std::sync::OnceLock<Scrubber> = std::sync::OnceLock::new();
    let split = SPLIT.get_or_init(|| Scrubber::with_literal_limit(&corpus_secrets(), 0).unwrap());
    [
        ("one automaton", corpus_scrubber()),
        ("host values apart", split),
    ]
}

#[test]
fn corpus_must_scrub() {
    let allow = [REPORT_ID, CLIENT_ID];
    let lines = corpus("must_scrub.txt");
    assert!(lines.len() >= 300, "only {} strings", lines.len());
    for (mode, sc) in corpus_scrubbers() {
        let mut failures = Vec::new();
        for (n, line) in &lines {
            let (input, expected) = line
                .split_once(" ⟶ ")
                .unwrap_or_else(|| panic!("must_scrub.txt:{n}: no ` ⟶ ` separator"));
            let got = sc.scrub(input, &allow);
            if got != expected {
                failures.push(format!(
                    "line {n}: {input:?}\n  want {expected:?}\n  got  {got:?}"
                ));
            }
            assert!(
                sc.first(&got, &allow).is_none(),
                "{mode}, line {n}: scrubbed text still matches"
            );
        }
        assert!(
            failures.is_empty(),
            "{mode}: {} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn corpus_must_survive() {
    let allow = [REPORT_ID, CLIENT_ID];
    let lines = corpus("must_survive.txt");
    assert!(lines.len() >= 100, "only {} strings", lines.len());
    for (mode, sc) in corpus_scrubbers() {
        let failures: Vec<String> = lines
            .iter()
            .filter_map(|(n, input)| {
                let got = sc.scrub(input, &allow);
                (got != input.as_str()).then(|| format!("line {n}: {input:?} became {got:?}"))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{mode}: {} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

/// Dotted quads, found without the scrubber: runs of digits and dots.
fn dotted_quads(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|t| {
            let parts: Vec<&str> = t.split('.').collect();
            parts.len() == 4
                && parts.iter().all(|p| {
                    !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n <= 255)
                })
        })
        .map(str::to_owned)
        .collect()
}

/// Braced or bare 8-4-4-4-12 UUIDs, found without the scrubber.
fn uuids(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .filter(|t| {
            let parts: Vec<usize> = t.split('-').map(str::len).collect();
            parts == [8, 4, 4, 4, 12]
        })
        .map(str::to_owned)
        .collect()
}

/// Words of a line that name a host of the sample's domain.
fn domain_names(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| w.contains("nagilumve"))
        .map(str::to_owned)
        .collect()
}

fn report_with(sections: Vec<(String, String)>) -> Report {
    let mut r = Report::with_identity(
        Collection {
            outcomes: vec![],
            log: vec![],
        },
        CLIENT_ID.parse().unwrap(),
        ClientInfo::default(),
        REPORT_ID.parse().unwrap(),
        "2026-11-22T18:00:00Z".parse().unwrap(),
    );
    for (id, text) in sections {
        r.manifest.collectors.push(cep_core::ManifestEntry {
            id: id.clone(),
            status: cep_core::Status::Ok,
            duration_ms: 1,
            file: Some(format!("{id}.txt")),
            error: None,
            exit_status: None,
            truncated: false,
        });
        r.sections.insert(id, Section::Text(text));
    }
    r
}

#[test]
fn real_samples_as_script_output_leave_no_address_uuid_or_host_name() {
    let host = Host::fixture(testdata().join("hosts/openvz-legacy")).unwrap();
    let guard = PrivacyGuard::for_host(&host).unwrap();
    let mut sections = Vec::new();
    let mut secrets_in = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(testdata().join("real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for (i, path) in names.iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        let id = format!("scripts.sample{i:02}");
        let is_package_list = path.to_string_lossy().contains("package-nvr-list");
        if !is_package_list {
            secrets_in.extend(dotted_quads(&text));
        }
        secrets_in.extend(uuids(&text));
        secrets_in.extend(domain_names(&text));
        sections.push((id, text));
    }
    secrets_in.sort();
    secrets_in.dedup();
    // The samples hold these; the check below is only as good as this list.
    assert!(secrets_in.len() >= 100, "{secrets_in:?}");
    for v in [
        "66.228.211.45",
        "10.30.24.176",
        "node8.nagilumve.com",
        "b2de86d9-6539-4ccc-9120-928b33ed31b9",
    ] {
        assert!(secrets_in.iter().any(|s| s == v), "{v} not extracted");
    }

    let originals = sections.clone();
    let p =
        seal(report_with(sections), &guard, &[]).expect("the tripwire passes a scrubbed report");
    for (id, original) in &originals {
        let out = p.report.sections[id].as_text().unwrap();
        for v in &secrets_in {
            assert!(!out.contains(v.as_str()), "{id}: {v} left in\n{out}");
        }
        if original.contains("package-nvr") || id.ends_with("sample28") {
            continue;
        }
    }
    // Versions in the package list survive whole, dotted quads included.
    let pkg_idx = names
        .iter()
        .position(|p| p.to_string_lossy().contains("package-nvr-list"))
        .unwrap();
    let pkg_id = format!("scripts.sample{pkg_idx:02}");
    assert_eq!(
        p.report.sections[&pkg_id].as_text(),
        Some(originals[pkg_idx].1.as_str())
    );
    // And the archive bytes hold none of them either.
    let members = cep_core::report::read_members(&p.archive.bytes, &Default::default()).unwrap();
    for (name, bytes) in members {
        let text = String::from_utf8_lossy(&bytes);
        for v in &secrets_in {
            assert!(!text.contains(v.as_str()), "{name}: {v}");
        }
    }
    // One sample in detail: vzlist's columns keep their shape.
    let vzlist = names
        .iter()
        .position(|p| p.to_string_lossy().contains("vzlist-aH"))
        .unwrap();
    let out = p.report.sections[&format!("scripts.sample{vzlist:02}")]
        .as_text()
        .unwrap();
    assert_eq!(
        out.lines().nth(1),
        Some("       102         32 running   <ipv4>    <host>")
    );
}

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
        p.report.sections["scripts.net"].as_text(),
        Some("eth0 up\ninet <ipv4>/24\n")
    );
    assert!(guard.check(&p.report, &p.archive).is_ok());
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
        p.report.sections["scripts.ids"].as_text().unwrap(),
        format!("me {REPORT_ID} host {CLIENT_ID} other <uuid>\n")
    );
}

#[test]
fn json_values_and_keys_are_scrubbed_and_colliding_counts_add_up() {
    let sc = corpus_scrubber();
    let mut v = serde_json::json!({
        "by_ip": {"10.0.0.1": 2, "10.0.0.2": 3, "other": 1},
        "list": ["node1.nagilumve.com", 5, {"mac": "00:1a:2b:3c:4d:5e"}],
        "kernel": "3.10.0-1160.el7"
    });
    sc.scrub_json(&mut v, &[]);
    assert_eq!(
        v,
        serde_json::json!({
            "by_ip": {"<ipv4>": 5, "other": 1},
            "list": ["<host>", 5, {"mac": "<mac>"}],
            "kernel": "3.10.0-1160.el7"
        })
    );
}

#[test]
fn findings_say_which_detector() {
    let sc = corpus_scrubber();
    let found: Vec<Detector> = sc
        .find_all("10.0.0.1 fe80::1 00:1a:2b:3c:4d:5e node1 x@y.io john 26bc47f6-353f-444b-bc35-b634a88dbbcc CZJ1234ABC", &[])
        .iter()
        .map(|f| f.detector)
        .collect();
    assert_eq!(
        found,
        vec![
            Detector::Ipv4,
            Detector::Ipv6,
            Detector::Mac,
            Detector::Host,
            Detector::Email,
            Detector::User,
            Detector::Uuid,
            Detector::Serial
        ]
    );
}

// ---- generated addresses in every textual form ----

fn filler() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            "[a-z]{1,8}",
            prop_oneof![
                Just(" "),
                Just(", "),
                Just("\n"),
                Just("\t"),
                Just("="),
                Just("("),
                Just(")"),
                Just("; ")
            ],
        ),
        0..6,
    )
    .prop_map(|v| v.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
}

fn ipv4_form() -> impl Strategy<Value = (String, String)> {
    (any::<[u8; 4]>(), 0..4usize).prop_map(|(o, form)| {
        let dotted = format!("{}.{}.{}.{}", o[0], o[1], o[2], o[3]);
        match form {
            0 => (dotted.clone(), "<ipv4>".into()),
            1 => (
                format!("ip-{}-{}-{}-{}", o[0], o[1], o[2], o[3]),
                "ip-<ipv4>".into(),
            ),
            2 => (
                format!("dhcp-{}-{}-{}-{}.example.net", o[0], o[1], o[2], o[3]),
                "dhcp-<ipv4>.example.net".into(),
            ),
            _ => (format!("{dotted}:8080"), "<ipv4>:8080".into()),
        }
    })
}

fn ipv6_form() -> impl Strategy<Value = (String, String)> {
    (
        any::<u128>().prop_filter("not ::", |a| *a != 0),
        0..7usize,
        any::<[u8; 4]>(),
        any::<u16>(),
    )
        .prop_map(|(a, form, v4, port)| {
            let addr = std::net::Ipv6Addr::from(a);
            let full = addr
                .segments()
                .iter()
                .map(|s| format!("{s:04x}"))
                .collect::<Vec<_>>()
                .join(":");
            match form {
                0 => (full, "<ipv6>".into()),
                1 => (addr.to_string(), "<ipv6>".into()),
                2 => (addr.to_string().to_uppercase(), "<ipv6>".into()),
                3 => (
                    format!("::ffff:{}.{}.{}.{}", v4[0], v4[1], v4[2], v4[3]),
                    "<ipv6>".into(),
                ),
                4 => (format!("{addr}%eth0"), "<ipv6>".into()),
                5 => (format!("[{addr}]:{port}"), format!("[<ipv6>]:{port}")),
                _ => (format!("{full}/64"), "<ipv6>/64".into()),
            }
        })
}

fn mac_form() -> impl Strategy<Value = (String, String)> {
    (any::<[u8; 6]>(), 0..6usize).prop_map(|(m, form)| {
        let h: Vec<String> = m.iter().map(|b| format!("{b:02x}")).collect();
        let s = match form {
            0 => h.join(":"),
            1 => h.join(":").to_uppercase(),
            2 => h.join("-"),
            3 => format!("{}{}.{}{}.{}{}", h[0], h[1], h[2], h[3], h[4], h[5]),
            4 => h.join("-").to_uppercase(),
            // Bare 12 hex digits count as a MAC only with a letter in them
            // (all digits is a number); force one.
            _ => format!("a{}", &h.concat()[1..]),
        };
        (s, "<mac>".into())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn addresses_in_any_form_are_replaced(
        pre in filler(),
        post in filler(),
        (value, want) in prop_oneof![ipv4_form(), ipv6_form(), mac_form()],
    ) {
        let sc = generic_scrubber();
        let text = format!("{pre}{value} {post}");
        let got = sc.scrub(&text, &[]);
        prop_assert_eq!(got.as_ref(), format!("{pre}{want} {post}"));
    }

    #[test]
    fn scrubbed_text_never_trips_the_wire(text in "[0-9a-fA-F:.\\-@ xyz%\\[\\]/{}]{0,80}") {
        let sc = corpus_scrubber();
        let once = sc.scrub(&text, &[]).into_owned();
        prop_assert_eq!(sc.first(&once, &[]), None, "{:?} -> {:?}", text, once);
    }

    #[test]
    fn scrubbed_pieces_of_addresses_and_names_never_trip_the_wire(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "john", "node1", "nagilumve", ".com", "CZJ1234ABC", "MyCT", "10", "0", "255", "1",
                "fe80", "ab", "ffff", "c903", "001f", ".", "-", ":", "::", "@", "_", "%eth0", "[",
                "]", "{", "}", " ", "\n", "/", "x", "é", "26bc47f6-353f-444b-bc35-b634a88dbbcc",
                "0123456789abcdef", "00:1a:2b", "<ipv4>",
            ]),
            0..40,
        ),
    ) {
        let sc = corpus_scrubber();
        let text: String = pieces.concat();
        let once = sc.scrub(&text, &[]).into_owned();
        prop_assert_eq!(sc.first(&once, &[]), None, "{:?} -> {:?}", text, once);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let sc = corpus_scrubber();
        let _ = sc.scrub(&text, &[]);
    }
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
        p.report.sections["scripts.x"].as_text(),
        Some("user john on <host> at <ipv4>\n")
    );
}

#[test]
fn thousands_of_container_names_compile_and_are_found() {
    let mut s = Secrets::default();
    for i in 0..20_000 {
        s.add_host(&format!("ct{i}.customer{}.example", i % 500));
    }
    let sc = Scrubber::new(&s).unwrap();
    assert_eq!(
        sc.scrub("ct19999.customer499.example ct19 up", &[]),
        "<host> <host> up"
    );
}

#[test]
fn names_under_a_known_domain_are_scrubbed_alike_in_both_automata() {
    let mut s = Secrets::default();
    for i in 0..20 {
        s.add_host(&format!("vps{i}.hosting.example"));
    }
    s.add_user("Alice");
    s.add_host("alice.lab.example");
    let cases = [
        ("vps7.hosting.example", "<host>"),
        ("VPS7.Hosting.EXAMPLE up", "<host> up"),
        ("vps7 up, vps19: down", "<host> up, <host>: down"),
        ("vps7.hosting.example:22", "<host>:22"),
        ("mail.vps7.hosting.example", "<host>"),
        // Joined to letters a name is still the name (`host<short>`); a
        // digit next to its digit makes another name.
        ("vps7x vps190 xvps7", "<host>x vps190 x<host>"),
        // A name that is both a host label and a user is a host.
        ("login ALICE", "login <host>"),
        ("alice.lab.example", "<host>"),
    ];
    let one = Scrubber::new(&s).unwrap();
    let apart = Scrubber::with_literal_limit(&s, 0).unwrap();
    for (input, want) in cases {
        assert_eq!(one.scrub(input, &[]), want, "one automaton: {input}");
        assert_eq!(apart.scrub(input, &[]), want, "values apart: {input}");
    }
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
        p.report.sections["test.typed"].as_json().unwrap(),
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
        assert!(!p.report.sections.contains_key("test.typed"), "{key}");
        let e = p
            .report
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

// ---- the tripwire on its own ----

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
    // A node with no container listing: the guard reads the configs'
    // IP_ADDRESS (masks and IPv6 too).
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("fs/etc/vz/conf");
    std::fs::create_dir_all(&conf).unwrap();
    std::fs::write(
        conf.join("101.conf"),
        "HOSTNAME=\"shop.customer.example\"\nIP_ADDRESS=\"192.0.2.55/24 2001:db8::55\"\n",
    )
    .unwrap();
    std::fs::write(conf.join("102.conf"), "IP_ADDRESS=\"198.51.100.23\"\n").unwrap();
    let s = Secrets::gather(&Host::fixture(dir.path()).unwrap());
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
        p.report.sections["scripts.x"].as_text(),
        Some("<private> rollout on <private>, see <private>; acme-prod stays\n")
    );
}
