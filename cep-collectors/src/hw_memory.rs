//! `hw.memory`: RAM, swap, huge pages and KSM, in bytes.

use cep_core::{CollectError, Collector, Field, FieldKind, Host, Meal, Schedule, Section, Weekday};
use serde::Serialize;

use crate::util::{read_required, read_trimmed};

/// The `hw.memory` collector.
#[derive(Debug, Clone, Copy, Default)]
pub struct HwMemory;

#[derive(Debug, Serialize)]
struct Out {
    total_bytes: u64,
    available_bytes: Option<u64>,
    swap_total_bytes: Option<u64>,
    swap_used_bytes: Option<u64>,
    hugepages_total: Option<u64>,
    hugepage_size_bytes: Option<u64>,
    ksm_pages_shared: Option<u64>,
}

/// What `hw.memory` reads of /proc/meminfo, in bytes (huge pages counted).
/// Only `MemTotal` is required: kernels add lines over the years
/// (`MemAvailable` came in 3.14), configurations leave some out (huge
/// pages), a container's virtualized meminfo may print fewer lines, and a
/// missing line costs only its own field.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meminfo {
    /// MemTotal.
    pub mem_total: u64,
    /// MemAvailable.
    pub mem_available: Option<u64>,
    /// SwapTotal.
    pub swap_total: Option<u64>,
    /// SwapFree.
    pub swap_free: Option<u64>,
    /// HugePages_Total (a count).
    pub hugepages_total: Option<u64>,
    /// Hugepagesize.
    pub hugepagesize: Option<u64>,
}

/// Parses /proc/meminfo (`Key:   value [kB]` lines, `fs/proc/meminfo.c`).
/// Unknown and malformed lines are skipped, except `MemTotal`, which must
/// be there and be a number. When a key repeats, the first line wins (the
/// kernel prints each once).
pub fn parse_meminfo(text: &str) -> Result<Meminfo, CollectError> {
    let mut total: Option<Result<u64, String>> = None;
    let mut m = Meminfo::default();
    for line in text.lines() {
        let Some((key, rest)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim();
        let mut words = rest.split_ascii_whitespace();
        let value = words.next().unwrap_or("");
        let scale = match words.next() {
            Some(u) if u.eq_ignore_ascii_case("kB") => 1024,
            _ => 1,
        };
        let parsed = value.parse::<u64>().ok().map(|v| v.saturating_mul(scale));
        let slot = match key {
            "MemTotal" => {
                if total.is_none() {
                    total = Some(parsed.ok_or_else(|| value.to_owned()));
                }
                continue;
            }
            "MemAvailable" => &mut m.mem_available,
            "SwapTotal" => &mut m.swap_total,
            "SwapFree" => &mut m.swap_free,
            "HugePages_Total" => &mut m.hugepages_total,
            "Hugepagesize" => &mut m.hugepagesize,
            _ => continue,
        };
        if slot.is_none() {
            *slot = parsed;
        }
    }
    m.mem_total = match total {
        Some(Ok(v)) => v,
        Some(Err(bad)) => {
            return Err(CollectError::parse(
                "/proc/meminfo",
                format!(
                    "MemTotal `{}` is not a number of kB",
                    bad.chars().take(32).collect::<String>()
                ),
            ));
        }
        None => {
            return Err(CollectError::parse(
                "/proc/meminfo",
                "no MemTotal line (is /proc a Linux procfs?)",
            ));
        }
    };
    Ok(m)
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
                "Total swap (SwapTotal; null when meminfo lacks it)",
            )
            .example("2097147904")
            .size(),
            Field::new(
                "swap_used_bytes",
                FieldKind::Integer,
                "Swap in use (SwapTotal - SwapFree; null when meminfo lacks either)",
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
            swap_used_bytes: m
                .swap_total
                .zip(m.swap_free)
                .map(|(t, f)| t.saturating_sub(f)),
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
        assert_eq!(
            e,
            "cannot parse /proc/meminfo: no MemTotal line (is /proc a Linux procfs?)"
        );
        let lots = REAL.replace("MemTotal:         506128 kB", "MemTotal: lots kB");
        let e = collect(&[("/proc/meminfo", &lots)])
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "cannot parse /proc/meminfo: MemTotal `lots` is not a number of kB"
        );
        let e = collect(&[
            ("/proc/meminfo", REAL),
            ("/sys/kernel/mm/ksm/pages_shared", "x"),
        ])
        .unwrap_err()
        .to_string();
        assert!(e.contains("pages_shared"), "{e}");
    }

    #[test]
    fn missing_optional_lines_cost_only_their_fields() {
        // Without Committed_AS and the Vmalloc lines; non-ASCII and odd
        // lines are skipped.
        let short = "MemTotal:        2097152 kB\nMemFree:  1 kB\nMém: 3 kB\nSwapTotal: x kB\nnot a line\nHugepagesize: 2048 kB\n";
        let s = collect(&[("/proc/meminfo", short)]).unwrap();
        assert_eq!(
            s.as_json().unwrap(),
            &json!({
                "total_bytes": 2097152u64 * 1024,
                "available_bytes": null,
                "swap_total_bytes": null,
                "swap_used_bytes": null,
                "hugepages_total": null,
                "hugepage_size_bytes": 2048 * 1024,
                "ksm_pages_shared": null
            })
        );
        let lean: String = REAL
            .lines()
            .filter(|l| !l.starts_with("Committed_AS") && !l.starts_with("Vmalloc"))
            .map(|l| format!("{l}\n"))
            .collect();
        let s = collect(&[("/proc/meminfo", &lean)]).unwrap();
        assert_eq!(s.as_json().unwrap()["total_bytes"], 506128u64 * 1024);
        assert_eq!(s.as_json().unwrap()["swap_used_bytes"], 0);
    }

    proptest::proptest! {
        /// Real meminfo keys with random values and units never panic, and
        /// MemTotal, when a number, is what is reported.
        #[test]
        fn shaped_meminfo_never_panics(
            lines in proptest::collection::vec((
                proptest::sample::select(vec!["MemTotal", "MemFree", "MemAvailable", "SwapTotal", "SwapFree", "HugePages_Total", "Hugepagesize", "Committed_AS", "VmallocChunk", "Mém"]),
                "[0-9]{0,25}|-1|x",
                proptest::sample::select(vec!["kB", "", "MB", "kB extra"])
            ), 0..16)
        ) {
            let text: String = lines.iter().map(|(k, v, u)| format!("{k}:   {v} {u}\n")).collect();
            let r = parse_meminfo(&text);
            if let Some((_, v, u)) = lines.iter().find(|(k, _, _)| *k == "MemTotal") {
                match v.parse::<u64>() {
                    Ok(n) => {
                        let scale = if u.starts_with("kB") { 1024 } else { 1 };
                        proptest::prop_assert_eq!(r.unwrap().mem_total, n.saturating_mul(scale));
                    }
                    Err(_) => proptest::prop_assert!(r.is_err()),
                }
            } else {
                proptest::prop_assert!(r.is_err());
            }
        }
    }
}
