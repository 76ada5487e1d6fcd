//! `hw.memory`: RAM, swap, huge pages and KSM, in bytes.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use procfs::FromRead;
use serde::Serialize;

use crate::util::{read_required, read_trimmed};

/// The `hw.memory` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct HwMemory;

#[derive(Debug, Serialize)]
struct Out {
    total_bytes: u64,
    available_bytes: Option<u64>,
    swap_total_bytes: u64,
    swap_used_bytes: u64,
    hugepages_total: Option<u64>,
    hugepage_size_bytes: Option<u64>,
    ksm_pages_shared: Option<u64>,
}

/// Parses /proc/meminfo text with procfs' parser.
pub fn parse_meminfo(text: &str) -> Result<procfs::Meminfo, CollectError> {
    // procfs slices field names by bytes; keep it to the ASCII the kernel writes.
    if let Some((n, _)) = text.lines().enumerate().find(|(_, l)| !l.is_ascii()) {
        return Err(CollectError::parse(
            "/proc/meminfo",
            format!("line {} is not ASCII", n + 1),
        ));
    }
    // procfs needs these; name the missing ones rather than relay its
    // internal error.
    const REQUIRED: [&str; 17] = [
        "MemTotal",
        "MemFree",
        "Buffers",
        "Cached",
        "SwapCached",
        "Active",
        "Inactive",
        "SwapTotal",
        "SwapFree",
        "Dirty",
        "Writeback",
        "Mapped",
        "Slab",
        "Committed_AS",
        "VmallocTotal",
        "VmallocUsed",
        "VmallocChunk",
    ];
    let present: std::collections::HashSet<&str> = text
        .lines()
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.trim()))
        .collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|k| !present.contains(k))
        .collect();
    if !missing.is_empty() {
        return Err(CollectError::parse(
            "/proc/meminfo",
            format!("required lines missing: {}", missing.join(", ")),
        ));
    }
    procfs::Meminfo::from_read(text.as_bytes()).map_err(|e| {
        let msg = e.to_string();
        let detail = msg
            .lines()
            .last()
            .unwrap_or(&msg)
            .trim_start_matches("Internal Unwrap Error: ");
        CollectError::parse("/proc/meminfo", detail.to_owned())
    })
}

impl Collector for HwMemory {
    fn id(&self) -> &str {
        "hw.memory"
    }

    fn describe(&self) -> &str {
        "Total and available RAM, swap, huge pages and KSM sharing"
    }

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::new(
                "total_bytes",
                FieldKind::Integer,
                "Total usable RAM (MemTotal)",
            )
            .example("8201093120")
            .size(),
            Field::new(
                "available_bytes",
                FieldKind::Integer,
                "Available RAM (MemAvailable; null before Linux 3.14)",
            )
            .example("4348469248")
            .size(),
            Field::new(
                "swap_total_bytes",
                FieldKind::Integer,
                "Total swap (SwapTotal)",
            )
            .example("2097147904")
            .size(),
            Field::new(
                "swap_used_bytes",
                FieldKind::Integer,
                "Swap in use (SwapTotal - SwapFree)",
            )
            .example("0")
            .size(),
            Field::new(
                "hugepages_total",
                FieldKind::Integer,
                "Huge pages reserved (HugePages_Total)",
            )
            .example("0"),
            Field::new(
                "hugepage_size_bytes",
                FieldKind::Integer,
                "Default huge page size (Hugepagesize)",
            )
            .example("2097152")
            .size(),
            Field::new(
                "ksm_pages_shared",
                FieldKind::Integer,
                "KSM pages shared (/sys/kernel/mm/ksm/pages_shared); null without KSM",
            )
            .example("0"),
        ]
    }

    fn schedule(&self) -> Schedule {
        Schedule::slot(Weekday::Mon, Meal::Dinner)
    }

    fn collect(&self, host: &Host) -> Result<Section, CollectError> {
        let text = read_required(host, "/proc/meminfo", "no /proc mounted")?;
        let m = parse_meminfo(&text)?;
        let ksm = match read_trimmed(host, "/sys/kernel/mm/ksm/pages_shared")? {
            Some(s) => Some(s.parse::<u64>().map_err(|_| {
                CollectError::parse(
                    "/sys/kernel/mm/ksm/pages_shared",
                    format!("`{s}` is not a number"),
                )
            })?),
            None => None,
        };
        Section::json(&Out {
            total_bytes: m.mem_total,
            available_bytes: m.mem_available,
            swap_total_bytes: m.swap_total,
            swap_used_bytes: m.swap_total.saturating_sub(m.swap_free),
            hugepages_total: m.hugepages_total,
            hugepage_size_bytes: m.hugepagesize,
            ksm_pages_shared: ksm,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cep_core::testing::FixtureHostBuilder;
    use serde_json::json;

    const REAL: &str = include_str!("../../testdata/real/proc-meminfo-openvz-nova-driver.txt");

    fn collect(files: &[(&str, &str)]) -> Result<Section, CollectError> {
        let mut b = FixtureHostBuilder::new();
        for (p, c) in files {
            b = b.file(p, c);
        }
        HwMemory.collect(&b.build().unwrap().host().unwrap())
    }

    #[test]
    fn real_openvz_meminfo() {
        let s = collect(&[("/proc/meminfo", REAL)]).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "total_bytes": 506128u64 * 1024,
                "available_bytes": null,
                "swap_total_bytes": 1477624u64 * 1024,
                "swap_used_bytes": 0,
                "hugepages_total": 0,
                "hugepage_size_bytes": 2048 * 1024,
                "ksm_pages_shared": null
            })
        );
    }

    #[test]
    fn ksm_and_swap_use() {
        let text = REAL
            .replace(
                "MemFree:          291992 kB",
                "MemFree: 10 kB\nMemAvailable: 500 kB",
            )
            .replace("SwapTotal:       1477624 kB", "SwapTotal: 100 kB")
            .replace("SwapFree:        1477624 kB", "SwapFree: 40 kB");
        let s = collect(&[
            ("/proc/meminfo", &text),
            ("/sys/kernel/mm/ksm/pages_shared", "1234\n"),
        ])
        .unwrap();
        let v = s.as_json().unwrap();
        assert_eq!(v["available_bytes"], 500 * 1024);
        assert_eq!(v["swap_used_bytes"], 60 * 1024);
        assert_eq!(v["ksm_pages_shared"], 1234);
    }

    #[test]
    fn missing_and_malformed() {
        assert!(matches!(collect(&[]), Err(CollectError::NotApplicable(_))));
        let e = collect(&[("/proc/meminfo", "MemFree: 1 kB\n")])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("/proc/meminfo") && e.contains("required lines missing: MemTotal, Buffers"),
            "{e}"
        );
        let lots = REAL.replace("MemTotal:         506128 kB", "MemTotal: lots kB");
        let e = collect(&[("/proc/meminfo", &lots)])
            .unwrap_err()
            .to_string();
        assert!(e.contains("/proc/meminfo") && e.contains("lots"), "{e}");
        let e = collect(&[("/proc/meminfo", "Mém: 1 kB\n")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 1 is not ASCII"), "{e}");
        let e = collect(&[
            ("/proc/meminfo", REAL),
            ("/sys/kernel/mm/ksm/pages_shared", "x"),
        ])
        .unwrap_err()
        .to_string();
        assert!(e.contains("pages_shared"), "{e}");
    }
}
