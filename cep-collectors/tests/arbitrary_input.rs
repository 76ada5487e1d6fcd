//! Arbitrary bytes, and real samples with bytes cut out or spliced in, in
//! every file and command output the host collectors read: a section or an
//! error, never a panic.

use cep_collectors::builtin;
use cep_collectors::{storage_vz, sw_packages, sw_services};
use cep_core::testing::FixtureHostBuilder;
use proptest::prelude::*;

macro_rules! sample {
    ($host:literal, $path:literal) => {
        include_bytes!(concat!("../../testdata/hosts/", $host, "/", $path)).as_slice()
    };
}

/// Files the host collectors parse, each with a sample to mutate.
const FILES: [(&str, &[u8]); 14] = [
    ("/proc/cpuinfo", sample!("vz7", "fs/proc/cpuinfo")),
    ("/proc/meminfo", sample!("debian", "fs/proc/meminfo")),
    ("/proc/mdstat", sample!("vz7", "fs/proc/mdstat")),
    ("/proc/cgroups", sample!("vz7", "fs/proc/cgroups")),
    ("/proc/uptime", sample!("vz7", "fs/proc/uptime")),
    (
        "/proc/net/bonding/bond0",
        sample!("vz7", "fs/proc/net/bonding/bond0"),
    ),
    ("/proc/sys/vm/overcommit_memory", b"0\n"),
    ("/etc/vz/vz.conf", sample!("vz7", "fs/etc/vz/vz.conf")),
    ("/etc/inittab", sample!("openvz-legacy", "fs/etc/inittab")),
    ("/sys/block/sda/size", b"3907029168\n"),
    ("/sys/block/sda/device/model", b"ST2000NM0055-1V4\n"),
    ("/sys/class/net/eth0/speed", b"10000\n"),
    (
        "/sys/class/net/bond0/uevent",
        b"DEVTYPE=bond\nINTERFACE=bond0\n",
    ),
    ("/sys/fs/cgroup/cgroup.controllers", b"cpu io memory pids\n"),
];

const OUTPUTS: [&[u8]; 3] = [
    sample!("vz7", "commands/rpm-q-qf.txt"),
    sample!("vz7", "commands/systemctl-show.txt"),
    sample!("vz7", "commands/df-P-B1-T.txt"),
];

/// Either arbitrary bytes, or `sample` with a range cut out and arbitrary
/// bytes put in its place.
fn variant(sample: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    let n = sample.len();
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        (0..=n, 0..=n, proptest::collection::vec(any::<u8>(), 0..8)).prop_map(
            move |(a, b, insert)| {
                let (a, b) = (a.min(b), a.max(b));
                let mut v = sample[..a].to_vec();
                v.extend(insert);
                v.extend(&sample[b..]);
                v
            }
        ),
    ]
}

fn inputs() -> impl Strategy<Value = (Vec<Vec<u8>>, Vec<Vec<u8>>)> {
    let files: Vec<_> = FILES.iter().map(|(_, s)| variant(s)).collect();
    let outputs: Vec<_> = OUTPUTS.iter().map(|s| variant(s)).collect();
    (files, outputs)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn host_collectors_never_panic((files, outputs) in inputs(), status in -1i32..20) {
        let mut b = FixtureHostBuilder::new().file("/sys/class/net/eth0/device/vendor", "0x8086\n");
        for ((path, _), content) in FILES.iter().zip(&files) {
            b = b.file(path, content);
        }
        let root = storage_vz::private_root(&String::from_utf8_lossy(&files[7]));
        b = b
            .command(&sw_packages::rpm_argv(), &outputs[0], status)
            .command(&sw_services::systemctl_argv(), &outputs[1], status)
            .command(&storage_vz::df_argv(&root), &outputs[2], status);
        let fixture = b.build().unwrap();
        let host = fixture.host().unwrap();
        for c in builtin() {
            // Ok or Err are both fine; a panic fails the test.
            let _ = c.collect(&host);
        }
    }
}
