//! The privacy layer against data: the corpus in testdata/privacy/, the
//! real samples in testdata/real/, and generated addresses.

use std::path::{Path, PathBuf};

use cep_privacy::{Detector, Scrubber, Secrets};
use proptest::prelude::*;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::{CLIENT_ID, REPORT_ID, corpus_secrets};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
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
