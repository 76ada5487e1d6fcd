//! The host values and report ids the privacy corpus (testdata/privacy/)
//! assumes, for the engine's tests here and the guard's in cep-core.

#![allow(dead_code)]

use cep_privacy::Secrets;

pub const REPORT_ID: &str = "6f1c2b1e-2d4b-4c8a-9a7e-3b1f0c9d8e7a";
pub const CLIENT_ID: &str = "0b9e8f6a-4c2d-4e1f-8a3b-5c6d7e8f9a0b";

/// The host values the corpus assumes.
pub fn corpus_secrets() -> Secrets {
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
