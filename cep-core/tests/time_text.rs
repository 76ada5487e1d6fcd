//! The time and duration texts cep-core writes without a time crate:
//! held equal to what humantime and jiff write and read.

use std::time::Duration;

use proptest::prelude::*;

#[test]
fn common_timeouts_read_as_the_configuration_writes_them() {
    for (d, want) in [
        (Duration::ZERO, "0s"),
        (Duration::from_millis(100), "100ms"),
        (Duration::from_secs(1), "1s"),
        (Duration::from_secs(90), "1m 30s"),
        (Duration::from_secs(2 * 86_400 + 3 * 3600), "2days 3h"),
        (Duration::from_secs(86_400), "1day"),
    ] {
        assert_eq!(cep_core::duration_text(d), want);
    }
}

proptest! {
    #[test]
    fn equals_humantime_for_any_duration(secs in 0u64..10_000_000_000, nanos in 0u32..1_000_000_000) {
        let d = Duration::new(secs, nanos);
        prop_assert_eq!(cep_core::duration_text(d), humantime::format_duration(d).to_string());
    }
}

proptest! {
    /// The manifest's time as jiff writes and reads it.
    #[test]
    fn utc_text_and_back_agree_with_jiff(secs in -62_135_596_800i64..253_402_300_799) {
        let t = jiff::Timestamp::from_second(secs).unwrap();
        let text = cep_core::report::utc_text(std::time::SystemTime::from(t));
        prop_assert_eq!(&text, &t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
        prop_assert_eq!(cep_core::report::utc_seconds(&text), Some(secs));
    }
}

#[test]
fn utc_seconds_takes_only_the_manifests_own_form() {
    assert_eq!(
        cep_core::report::utc_seconds("1970-01-01T00:00:00Z"),
        Some(0)
    );
    assert_eq!(
        cep_core::report::utc_seconds("2024-02-29T23:59:59Z"),
        Some(1_709_251_199)
    );
    for bad in [
        "2023-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-11-22T24:00:00Z",
        "2026-11-22 18:00:00Z",
        "2026-11-22T18:00:00+01:00",
        "last tuesday",
    ] {
        assert_eq!(cep_core::report::utc_seconds(bad), None, "{bad}");
    }
}
