//! The pure parts of `Secrets`: which values are distinctive, and what
//! each text parser adds.

use std::collections::BTreeSet;

use cep_privacy::{Secrets, distinctive};

fn sorted(s: &BTreeSet<String>) -> Vec<&str> {
    s.iter().map(String::as_str).collect()
}

#[test]
fn only_distinctive_names_are_secrets() {
    for no in [
        "100",
        "512",
        "1000",
        "7.0.3",
        "2.6.32-042stab145.3",
        "vz7",
        "EL7",
        "x86_64",
        "centos",
        "centos-7-x86_64",
        "ubuntu-16.04",
        "abc",
        "web",
        "backup",
        "user",
        "vz7.el7",
        "v2",
    ] {
        assert!(!distinctive(no), "{no}");
    }
    for yes in [
        "web-prod-3",
        "vz7-node01",
        "vz7.example.com",
        "example.com",
        "node1",
        "ct101",
        "Anna Schmidt",
        "j.doe",
        "golden",
        "1and1.example",
    ] {
        assert!(distinctive(yes), "{yes}");
    }
    let mut s = Secrets::default();
    for n in ["100", "512", "vz7.hoster.example", "vz7"] {
        s.add_host(n);
    }
    assert_eq!(sorted(&s.hosts), vec!["vz7.hoster.example"]);
    assert_eq!(sorted(&s.domains), vec!["hoster.example"]);
}

#[test]
fn gathers_the_nodes_own_addresses() {
    let mut s = Secrets::default();
    // As the kernel prints them (trimmed): main and local tables.
    s.add_fib_trie(
        "Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 0.0.0.0\n        /0 universe UNICAST\n     +-- 10.0.2.0/24 2 0 2\n        |-- 10.0.2.15\n           /32 host LOCAL\n     |-- 127.0.0.1\n        /32 host LOCAL\nLocal:\n     |-- 192.168.7.20\n        /32 host LOCAL\n",
    );
    s.add_if_inet6(
        "fe80000000000000021c42fffe123456 02 40 20 80     eth0\n00000000000000000000000000000001 01 80 10 80       lo\n",
    );
    s.add_address("00:1C:42:12:34:56");
    s.add_address("00:00:00:00:00:00");
    assert_eq!(
        sorted(&s.addresses),
        vec![
            "00:1c:42:12:34:56",
            "10.0.2.15",
            "192.168.7.20",
            "fe80::21c:42ff:fe12:3456"
        ]
    );
}
