//! When a collector is due, and the config strings of a [`Schedule`]:
//! `weekly mon 08:00`, `daily 13:00`, `monthly`, `every 6h`, `off`
//! ([`parse`], [`text`]).
//!
//! [`Slots::due`] decides whether a collector is due, from its last run,
//! the current time, the local time zone and the host's offset
//! ([`host_offset`]). Calendar slots are local times: a slot in a DST gap
//! runs once, shifted forward by the gap; a slot in a DST fold runs once, at
//! its first occurrence. A host that was down for several slots runs the
//! collector once, not once per missed slot. A last run in the future (the
//! clock went backwards) counts as "just ran", so the clock change causes
//! neither a repeat nor a stall until the clock catches up.

use std::time::Duration;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};

pub use cep_core::schedule::{Meal, Schedule, TimeOfDay, Weekday};

/// Whether a collector is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Due now. `slot` is the (offset) slot it is due for; `None` when it
    /// has never run.
    Now {
        /// The missed or current slot.
        slot: Option<Timestamp>,
    },
    /// Not due; next due at this instant.
    At(Timestamp),
    /// Never scheduled (`off`).
    Never,
}

impl Due {
    /// True for [`Due::Now`].
    pub fn is_now(&self) -> bool {
        matches!(self, Due::Now { .. })
    }
}

/// How far the calendar slots are searched on each side of "now", in slot
/// periods: enough to step over any DST transition.
const SEARCH: i64 = 2;

fn at_local(date: Date, at: TimeOfDay, tz: &TimeZone) -> Option<Timestamp> {
    let dt = date.at(at.hour as i8, at.minute as i8, 0, 0);
    // Compatible: a time in a gap moves forward by the gap, a time in a
    // fold takes its first occurrence (what cron and systemd do).
    tz.to_ambiguous_zoned(dt)
        .compatible()
        .ok()
        .map(|z| z.timestamp())
}

/// Slot instants (without the host offset) near `t`.
fn candidates(schedule: &Schedule, t: Timestamp, tz: &TimeZone) -> Vec<Timestamp> {
    let d0 = t.to_zoned(tz.clone()).date();
    let dates: Vec<(Date, TimeOfDay)> = match *schedule {
        Schedule::Daily { at } => (-SEARCH..=SEARCH)
            .filter_map(|k| d0.checked_add(k.days()).ok().map(|d| (d, at)))
            .collect(),
        Schedule::Weekly { day, at } => {
            let shift = i64::from(day.index()) - i64::from(d0.weekday().to_monday_zero_offset());
            (-SEARCH..=SEARCH)
                .filter_map(|k| d0.checked_add((shift + 7 * k).days()).ok().map(|d| (d, at)))
                .collect()
        }
        Schedule::Monthly => (-SEARCH..=SEARCH)
            .filter_map(|k| {
                d0.first_of_month()
                    .checked_add(k.months())
                    .ok()
                    .map(|d| (d, Meal::Breakfast.time()))
            })
            .collect(),
        Schedule::Every(_) | Schedule::Off => Vec::new(),
    };
    dates
        .into_iter()
        .filter_map(|(d, at)| at_local(d, at, tz))
        .collect()
}

/// When a [`Schedule`]'s slots fall.
pub trait Slots {
    /// Whether a collector with this schedule is due at `now`, given when it
    /// last ran (`None`: never), the local time zone and the host's offset.
    ///
    /// Calendar slots are shifted by `offset`; `every` intervals count from
    /// the last run, which already differs from host to host, and ignore it.
    fn due(
        &self,
        last: Option<Timestamp>,
        now: Timestamp,
        tz: &TimeZone,
        offset: SignedDuration,
    ) -> Due;
}

impl Slots for Schedule {
    fn due(
        &self,
        last: Option<Timestamp>,
        now: Timestamp,
        tz: &TimeZone,
        offset: SignedDuration,
    ) -> Due {
        // A last run in the future means the clock went backwards: treat it
        // as "just now".
        let last = last.map(|l| l.min(now));
        match *self {
            Schedule::Off => Due::Never,
            Schedule::Every(interval) => {
                let interval = SignedDuration::try_from(interval).unwrap_or(SignedDuration::MAX);
                match last {
                    None => Due::Now { slot: None },
                    Some(l) => {
                        let next = l.saturating_add(interval).unwrap_or(Timestamp::MAX);
                        if next <= now {
                            Due::Now { slot: Some(next) }
                        } else {
                            Due::At(next)
                        }
                    }
                }
            }
            Schedule::Daily { .. } | Schedule::Weekly { .. } | Schedule::Monthly => {
                // Compare in "unshifted" time: slot + offset <= now is
                // slot <= now - offset.
                let shifted_now = now.saturating_sub(offset).unwrap_or(now);
                let cands = candidates(self, shifted_now, tz);
                let shift = |t: Timestamp| t.saturating_add(offset).unwrap_or(t);
                let latest = cands
                    .iter()
                    .filter(|c| **c <= shifted_now)
                    .max()
                    .map(|c| shift(*c));
                let next = cands
                    .iter()
                    .filter(|c| **c > shifted_now)
                    .min()
                    .map(|c| shift(*c));
                match (latest, last) {
                    (Some(p), None) => Due::Now { slot: Some(p) },
                    (Some(p), Some(l)) if l < p => Due::Now { slot: Some(p) },
                    _ => next.map(Due::At).unwrap_or(Due::Never),
                }
            }
        }
    }
}

/// This host's deterministic shift of its calendar slots: derived from the
/// host id, whole minutes, within `-spread..=spread`, so that a fleet does
/// not report in the same minute while each host keeps a stable time.
pub fn host_offset(host_id: &cep_core::uuid::Uuid, spread: Duration) -> SignedDuration {
    use sha2::Digest;
    let minutes = (spread.as_secs() / 60).min(u64::from(u32::MAX));
    if minutes == 0 {
        return SignedDuration::ZERO;
    }
    let digest = sha2::Sha256::new()
        .chain_update(b"cep schedule offset\0")
        .chain_update(host_id.as_bytes())
        .finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    let h = u64::from_be_bytes(first);
    let m = (h % (2 * minutes + 1)) as i64 - minutes as i64;
    SignedDuration::from_mins(m)
}

/// A schedule as cep.toml writes it (`weekly mon 08:00`, `every 1h 30m`).
pub fn text(schedule: &Schedule) -> String {
    match schedule {
        Schedule::Weekly { day, at } => format!("weekly {} {}", day.name(), at),
        Schedule::Daily { at } => format!("daily {at}"),
        Schedule::Monthly => "monthly".to_owned(),
        Schedule::Every(d) => format!("every {}", humantime::format_duration(*d)),
        Schedule::Off => "off".to_owned(),
    }
}

/// A schedule string that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid schedule `{input}`: {reason}; expected \"weekly mon 08:00\", \"daily 13:00\", \"monthly\", \"every 6h\" or \"off\""
)]
pub struct ScheduleError {
    /// The rejected text.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

fn parse_time(s: &str) -> Option<TimeOfDay> {
    match s {
        "breakfast" => return Some(Meal::Breakfast.time()),
        "lunch" => return Some(Meal::Lunch.time()),
        "dinner" => return Some(Meal::Dinner.time()),
        _ => {}
    }
    let (h, m) = s.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    TimeOfDay::new(h.parse().ok()?, m.parse().ok()?)
}

/// Parses a schedule as cep.toml writes it; the error names the input and
/// the accepted forms.
pub fn parse(input: &str) -> Result<Schedule, ScheduleError> {
    let err = |reason: &str| ScheduleError {
        input: input.to_owned(),
        reason: reason.to_owned(),
    };
    let lower = input.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["off"] => Ok(Schedule::Off),
        ["monthly"] => Ok(Schedule::Monthly),
        ["daily", t] => parse_time(t)
            .map(|at| Schedule::Daily { at })
            .ok_or_else(|| err("bad time of day")),
        ["weekly", d, t] => {
            let day = Weekday::ALL
                .iter()
                .find(|(_, n)| d.starts_with(n))
                .map(|(day, _)| *day)
                .ok_or_else(|| err("bad day of week"))?;
            let at = parse_time(t).ok_or_else(|| err("bad time of day"))?;
            Ok(Schedule::Weekly { day, at })
        }
        ["every", rest @ ..] if !rest.is_empty() => {
            let d = humantime::parse_duration(&rest.join(" ")).map_err(|e| err(&e.to_string()))?;
            if d < Duration::from_secs(60) {
                return Err(err("the interval must be at least 1m"));
            }
            Ok(Schedule::Every(d))
        }
        _ => Err(err("unknown form")),
    }
}

/// Serde for an optional schedule in cep.toml, as [`parse`] and [`text`]
/// read and write it.
pub mod opt_text {
    use super::{Schedule, parse, text};

    /// Serializes as text, or nothing.
    pub fn serialize<S: serde::Serializer>(v: &Option<Schedule>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(&text(v)),
            None => s.serialize_none(),
        }
    }

    /// Deserializes from text.
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Schedule>, D::Error> {
        let t: Option<String> = serde::Deserialize::deserialize(d)?;
        t.map(|t| parse(&t).map_err(serde::de::Error::custom))
            .transpose()
    }
}

/// Serde for a schedule in cep.toml, as [`parse`] and [`text`] read and
/// write it.
pub mod as_text {
    use super::{Schedule, parse, text};

    /// Serializes as text.
    pub fn serialize<S: serde::Serializer>(v: &Schedule, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&text(v))
    }

    /// Deserializes from text.
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Schedule, D::Error> {
        let t: String = serde::Deserialize::deserialize(d)?;
        parse(&t).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form_and_prints_it_back() {
        for (input, printed) in [
            ("weekly mon 08:00", "weekly mon 08:00"),
            ("Weekly Tuesday lunch", "weekly tue 13:00"),
            ("daily 13:00", "daily 13:00"),
            ("daily 7:05", "daily 07:05"),
            ("monthly", "monthly"),
            ("every 6h", "every 6h"),
            ("every 90m", "every 1h 30m"),
            ("off", "off"),
        ] {
            let s: Schedule = parse(input).unwrap();
            assert_eq!(text(&s), printed, "{input}");
            assert_eq!(parse(printed).unwrap(), s);
        }
    }

    #[test]
    fn rejects_bad_forms_with_the_input_in_the_message() {
        for bad in [
            "weekly xyz 08:00",
            "daily 25:00",
            "daily 8",
            "every 10s",
            "hourly",
            "",
        ] {
            let e = parse(bad).unwrap_err().to_string();
            assert!(e.contains(&format!("`{bad}`")), "{e}");
        }
    }

    #[test]
    fn slots_follow_the_cep_plan() {
        assert_eq!(
            text(&Schedule::slot(Weekday::Fri, Meal::Dinner)),
            "weekly fri 19:00"
        );
        assert_eq!(text(&Schedule::default()), "weekly mon 08:00");
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// Central European time with its DST rules (as Europe/Berlin since
    /// 1996), built from the POSIX string so the test needs no tzdata.
    fn cet() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
    }

    fn due(s: &str, last: Option<&str>, now: &str, tz: &TimeZone, offset_min: i64) -> Due {
        parse(s).unwrap().due(
            last.map(ts),
            ts(now),
            tz,
            SignedDuration::from_mins(offset_min),
        )
    }

    #[test]
    fn daily_slot_before_and_after() {
        let utc = TimeZone::UTC;
        assert_eq!(
            due("daily 13:00", None, "2026-06-10T09:00:00Z", &utc, 0),
            Due::Now {
                slot: Some(ts("2026-06-09T13:00:00Z"))
            }
        );
        assert_eq!(
            due(
                "daily 13:00",
                Some("2026-06-09T13:05:00Z"),
                "2026-06-10T12:59:59Z",
                &utc,
                0
            ),
            Due::At(ts("2026-06-10T13:00:00Z"))
        );
        assert_eq!(
            due(
                "daily 13:00",
                Some("2026-06-09T13:05:00Z"),
                "2026-06-10T13:00:00Z",
                &utc,
                0
            ),
            Due::Now {
                slot: Some(ts("2026-06-10T13:00:00Z"))
            }
        );
        assert_eq!(
            due("off", None, "2026-06-10T13:00:00Z", &utc, 0),
            Due::Never
        );
    }

    #[test]
    fn slot_in_the_spring_forward_gap_runs_once_shifted_by_the_gap() {
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist
        // and runs at 03:30 CEST = 01:30Z.
        let tz = cet();
        let last = Some("2026-03-28T01:31:00Z"); // 02:31 CET the day before
        assert_eq!(
            due("daily 02:30", last, "2026-03-29T01:29:00Z", &tz, 0),
            Due::At(ts("2026-03-29T01:30:00Z"))
        );
        assert_eq!(
            due("daily 02:30", last, "2026-03-29T01:30:00Z", &tz, 0),
            Due::Now {
                slot: Some(ts("2026-03-29T01:30:00Z"))
            }
        );
        // After that run the next slot is 02:30 CEST the next day.
        assert_eq!(
            due(
                "daily 02:30",
                Some("2026-03-29T01:31:00Z"),
                "2026-03-29T01:45:00Z",
                &tz,
                0
            ),
            Due::At(ts("2026-03-30T00:30:00Z"))
        );
    }

    #[test]
    fn slot_in_the_fall_back_fold_runs_once_at_its_first_occurrence() {
        // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens at
        // 00:30Z and again at 01:30Z.
        let tz = cet();
        assert_eq!(
            due(
                "daily 02:30",
                Some("2026-10-24T00:31:00Z"),
                "2026-10-25T00:30:00Z",
                &tz,
                0
            ),
            Due::Now {
                slot: Some(ts("2026-10-25T00:30:00Z"))
            }
        );
        // Ran at the first 02:30; the second 02:30 is not a new slot.
        assert_eq!(
            due(
                "daily 02:30",
                Some("2026-10-25T00:31:00Z"),
                "2026-10-25T01:31:00Z",
                &tz,
                0
            ),
            Due::At(ts("2026-10-26T01:30:00Z"))
        );
        // A weekly slot keeps its local time across the change: Monday
        // 08:00 is 06:00Z in summer and 07:00Z in winter.
        assert_eq!(
            due(
                "weekly mon 08:00",
                Some("2026-10-19T06:01:00Z"),
                "2026-10-25T12:00:00Z",
                &tz,
                0
            ),
            Due::At(ts("2026-10-26T07:00:00Z"))
        );
    }

    #[test]
    fn month_ends_and_leap_years() {
        let utc = TimeZone::UTC;
        assert_eq!(
            due(
                "monthly",
                Some("2026-01-01T08:05:00Z"),
                "2026-01-31T23:59:00Z",
                &utc,
                0
            ),
            Due::At(ts("2026-02-01T08:00:00Z"))
        );
        assert_eq!(
            due(
                "monthly",
                Some("2028-02-01T09:00:00Z"),
                "2028-02-29T12:00:00Z",
                &utc,
                0
            ),
            Due::At(ts("2028-03-01T08:00:00Z"))
        );
        assert_eq!(
            due(
                "monthly",
                Some("2026-11-01T08:00:00Z"),
                "2026-12-31T23:00:00Z",
                &utc,
                0
            ),
            Due::Now {
                slot: Some(ts("2026-12-01T08:00:00Z"))
            }
        );
        // A +2h offset pushes a late slot over the month and year end.
        assert_eq!(
            due(
                "daily 23:30",
                Some("2026-12-31T01:31:00Z"),
                "2026-12-31T23:45:00Z",
                &utc,
                120
            ),
            Due::At(ts("2027-01-01T01:30:00Z"))
        );
        // A -2h offset pulls the first-of-month slot back... still the 1st.
        assert_eq!(
            due(
                "monthly",
                Some("2026-02-01T06:01:00Z"),
                "2026-02-28T23:00:00Z",
                &utc,
                -120
            ),
            Due::At(ts("2026-03-01T06:00:00Z"))
        );
        // Monday 00:30 minus 2h is Sunday 22:30, across a month end.
        assert_eq!(
            due(
                "weekly mon 00:30",
                Some("2026-05-24T22:31:00Z"),
                "2026-05-31T22:29:00Z",
                &utc,
                -120
            ),
            Due::At(ts("2026-05-31T22:30:00Z"))
        );
    }

    #[test]
    fn clock_going_backwards_neither_repeats_nor_stalls() {
        let utc = TimeZone::UTC;
        // Ran at 09:00, then the clock was set back to 08:30: not due again.
        assert_eq!(
            due(
                "weekly wed 08:00",
                Some("2026-06-10T09:00:00Z"),
                "2026-06-10T08:30:00Z",
                &utc,
                0
            ),
            Due::At(ts("2026-06-17T08:00:00Z"))
        );
        // The last run is years ahead (a clock that was wrong, then fixed):
        // the next slot after the real "now" still comes.
        assert_eq!(
            due(
                "daily 13:00",
                Some("2031-01-01T00:00:00Z"),
                "2026-06-10T12:00:00Z",
                &utc,
                0
            ),
            Due::At(ts("2026-06-10T13:00:00Z"))
        );
        assert_eq!(
            due(
                "every 6h",
                Some("2031-01-01T00:00:00Z"),
                "2026-06-10T12:00:00Z",
                &utc,
                0
            ),
            Due::At(ts("2026-06-10T18:00:00Z"))
        );
    }

    #[test]
    fn a_host_down_for_a_month_catches_up_once() {
        // Ticks every 15 minutes, as the systemd timer does; the host is off
        // from May 5 until June 8 10:00.
        let tz = TimeZone::UTC;
        let s: Schedule = parse("weekly mon 08:00").unwrap();
        let mut last = Some(ts("2026-05-03T00:00:00Z"));
        let mut runs = Vec::new();
        let mut now = ts("2026-05-04T00:00:00Z");
        let down = (ts("2026-05-05T00:00:00Z"), ts("2026-06-08T10:00:00Z"));
        while now < ts("2026-06-16T00:00:00Z") {
            let up = now < down.0 || now >= down.1;
            if up && s.due(last, now, &tz, SignedDuration::ZERO).is_now() {
                runs.push(now.to_string());
                last = Some(now);
            }
            now = now.saturating_add(SignedDuration::from_mins(15)).unwrap();
        }
        assert_eq!(
            runs,
            vec![
                "2026-05-04T08:00:00Z",
                "2026-06-08T10:00:00Z",
                "2026-06-15T08:00:00Z"
            ]
        );
        // The same holds for an interval schedule.
        assert_eq!(
            due(
                "every 6h",
                Some("2026-05-04T08:00:00Z"),
                "2026-06-08T10:00:00Z",
                &tz,
                0
            ),
            Due::Now {
                slot: Some(ts("2026-05-04T14:00:00Z"))
            }
        );
        assert_eq!(
            due(
                "every 6h",
                Some("2026-06-08T10:00:00Z"),
                "2026-06-08T10:15:00Z",
                &tz,
                0
            ),
            Due::At(ts("2026-06-08T16:00:00Z"))
        );
    }

    #[test]
    fn host_offset_is_stable_bounded_and_spread() {
        let spread = Duration::from_secs(2 * 3600);
        let id = cep_core::uuid::Uuid::parse_str("6b1c2e3a-1111-4222-8333-444455556666").unwrap();
        assert_eq!(host_offset(&id, spread), host_offset(&id, spread));
        assert_eq!(host_offset(&id, Duration::ZERO), SignedDuration::ZERO);
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..200u128 {
            let o = host_offset(
                &cep_core::uuid::Uuid::from_u128(i * 0x9e37_79b9_7f4a_7c15),
                spread,
            );
            assert!(o.as_secs().abs() <= 7200 && o.as_secs() % 60 == 0, "{o:?}");
            seen.insert(o.as_secs());
        }
        // 200 hosts over 241 possible minutes: well spread, not clustered.
        assert!(seen.len() > 100, "{}", seen.len());
        assert!(seen.iter().any(|s| *s < -3600) && seen.iter().any(|s| *s > 3600));
        // The offset moves the slot.
        assert_eq!(
            due(
                "daily 08:00",
                Some("2026-06-09T07:00:00Z"),
                "2026-06-10T06:29:00Z",
                &TimeZone::UTC,
                -90
            ),
            Due::At(ts("2026-06-10T06:30:00Z"))
        );
    }

    #[test]
    fn every_slot_runs_exactly_once_across_dst_changes() {
        // 15-minute ticks through both DST changes of 2026 in zones with
        // 1 h and 30 min shifts, at transition-hugging slot times, with
        // negative, odd and positive offsets: one run per slot, never two,
        // never none.
        let zones = [
            ("CET", cet()),
            (
                "US Eastern",
                TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap(),
            ),
            (
                "Lord Howe",
                TimeZone::posix("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0").unwrap(),
            ),
        ];
        let spans = [
            ("2026-02-20T00:00:00Z", "2026-04-20T00:00:00Z"),
            ("2026-09-25T00:00:00Z", "2026-11-20T00:00:00Z"),
        ];
        for (zone, tz) in &zones {
            for sched in ["daily 02:30", "daily 01:59", "weekly sun 02:00"] {
                let s: Schedule = parse(sched).unwrap();
                for offset in [-120, 37] {
                    let offset = SignedDuration::from_mins(offset);
                    for (from, to) in spans {
                        let (from, to) = (ts(from), ts(to));
                        let mut last = Some(from);
                        let mut runs: Vec<Timestamp> = Vec::new();
                        let mut now = from;
                        while now < to {
                            if s.due(last, now, tz, offset).is_now() {
                                runs.push(now);
                                last = Some(now);
                            }
                            now = now.saturating_add(SignedDuration::from_mins(15)).unwrap();
                        }
                        // The oracle: each local slot straight from jiff, plus
                        // the offset, run at the first tick at or after it.
                        let (hour, minute, sunday_only) = match s {
                            Schedule::Daily { at } => (at.hour, at.minute, false),
                            Schedule::Weekly { at, .. } => (at.hour, at.minute, true),
                            _ => unreachable!(),
                        };
                        let mut expected = Vec::new();
                        let mut d = from.to_zoned(tz.clone()).date().yesterday().unwrap();
                        while d <= to.to_zoned(tz.clone()).date().tomorrow().unwrap() {
                            if !sunday_only || d.weekday() == jiff::civil::Weekday::Sunday {
                                let slot = tz
                                    .to_zoned(d.at(hour as i8, minute as i8, 0, 0))
                                    .unwrap()
                                    .timestamp()
                                    .checked_add(offset)
                                    .unwrap();
                                let since = slot.as_second() - from.as_second();
                                let tick = from.as_second() + (since + 899).div_euclid(900) * 900;
                                if since > 0 && tick < to.as_second() {
                                    expected.push(Timestamp::from_second(tick).unwrap());
                                }
                            }
                            d = d.tomorrow().unwrap();
                        }
                        assert!(expected.len() >= 7, "{zone} {sched}");
                        assert_eq!(runs, expected, "{zone} {sched} {offset:?} {from}");
                    }
                }
            }
        }
    }
}
