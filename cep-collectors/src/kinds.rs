//! The fixed value sets built-in collectors declare in `fields()`: bucket
//! labels and allow-lists. The privacy guard lets a value of such a field
//! out unchanged only when it is in its set, and refuses the section
//! otherwise (`cep_core::ValueKind`).

/// RAM limit and VM memory buckets (`vz_util::ram_bucket`).
pub const RAM: &[&str] = &[
    "<=512M",
    "<=1G",
    "<=2G",
    "<=4G",
    "<=8G",
    "<=16G",
    ">16G",
    "unlimited",
    "unset",
];
/// Disk space buckets (`vz_util::disk_bucket`).
pub const DISK: &[&str] = &[
    "<=10G",
    "<=20G",
    "<=50G",
    "<=100G",
    "<=200G",
    "<=500G",
    "<=1T",
    ">1T",
    "unlimited",
    "unset",
];
/// Process limit buckets (`vz_util::numproc_bucket`).
pub const NUMPROC: &[&str] = &[
    "<=100",
    "<=500",
    "<=1000",
    "<=5000",
    ">5000",
    "unlimited",
    "unset",
];
/// CPU limit buckets (`vz_util::cpulimit_bucket`).
pub const CPU_LIMIT: &[&str] = &[
    "unlimited",
    "<=50",
    "<=100",
    "<=200",
    "<=400",
    "<=800",
    ">800",
    "unset",
];
/// CPU units buckets (`vz_util::cpuunits_bucket`).
pub const CPU_UNITS: &[&str] = &[
    "<=250", "<=500", "<=1000", "<=2000", "<=10000", ">10000", "unset",
];
/// CPU count buckets (`vz_util::cpus_bucket`).
pub const CPUS: &[&str] = &["1", "2", "<=4", "<=8", "<=16", ">16", "unset"];
/// Snapshots per ploop disk.
pub const SNAPSHOTS: &[&str] = &["1", "2", "3-5", "6-10", ">10"];
/// Disk kinds (`md[].member_kinds` adds `other`).
pub const DISK_KINDS: &[&str] = &["ssd", "hdd", "nvme", "other"];
/// Disk transports (`hw_disks::transport`).
pub const TRANSPORTS: &[&str] = &["nvme", "virtio", "usb", "sata", "scsi", "other"];
/// Hypervisors `hw_cpu::hypervisor_of_product` names.
pub const HYPERVISORS: &[&str] = &[
    "kvm",
    "qemu",
    "vmware",
    "virtualbox",
    "hyper-v",
    "xen",
    "parallels",
    "virtuozzo",
    "bochs",
    "openstack",
    "bhyve",
    "gce",
];
/// Services `sw.services` asks about, as reported (`.service` left out).
pub const SERVICES: &[&str] = &[
    "vz",
    "vzeventd",
    "prl-disp",
    "libvirtd",
    "vcmmd",
    "shaman",
    "vstorage-mdsd",
    "vstorage-csd",
    "vstorage-mdsd.target",
    "vstorage-csd.target",
    "readykernel",
    "pcompact",
    "firewalld",
    "iptables",
    "ksm",
    "ksmtuned",
    "tuned",
    "vzstats",
];
/// Container layouts.
pub const LAYOUTS: &[&str] = &["ploop", "simfs", "other", "unknown"];
/// Where `vz.containers` read its facts.
pub const CT_SOURCES: &[&str] = &["vzlist-json", "vzlist", "conf"];
/// Container features (`vz_util::FEATURES` and `other`).
pub const FEATURES: &[&str] = &[
    "bridge", "fuse", "ipgre", "ipip", "nfs", "nfsd", "ppp", "sit", "sysfs", "time", "other",
];
