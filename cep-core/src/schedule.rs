//! When a collector runs: a [`Schedule`] parsed from and printed as the
//! config strings `weekly mon 08:00`, `daily 13:00`, `monthly`, `every 6h`,
//! `off`.
//!
//! The default slots follow the OpenVZ 7 CEP weekly plan: three slots a day
//! (breakfast, lunch, dinner), Monday to Friday, so that no single run is
//! heavy.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    const ALL: [(Weekday, &'static str); 7] = [
        (Weekday::Mon, "mon"),
        (Weekday::Tue, "tue"),
        (Weekday::Wed, "wed"),
        (Weekday::Thu, "thu"),
        (Weekday::Fri, "fri"),
        (Weekday::Sat, "sat"),
        (Weekday::Sun, "sun"),
    ];

    /// Three-letter lowercase name.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(d, _)| *d == self)
            .map(|(_, n)| *n)
            .unwrap_or("mon")
    }

    /// Days since Monday (Monday = 0).
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// A time of day, minutes precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    /// 0..=23.
    pub hour: u8,
    /// 0..=59.
    pub minute: u8,
}

impl TimeOfDay {
    /// A time; `None` when out of range.
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// The three daily slots of the CEP plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meal {
    /// 08:00.
    Breakfast,
    /// 13:00.
    Lunch,
    /// 19:00.
    Dinner,
}

impl Meal {
    /// The slot's local time.
    pub fn time(self) -> TimeOfDay {
        match self {
            Meal::Breakfast => TimeOfDay { hour: 8, minute: 0 },
            Meal::Lunch => TimeOfDay {
                hour: 13,
                minute: 0,
            },
            Meal::Dinner => TimeOfDay {
                hour: 19,
                minute: 0,
            },
        }
    }
}

/// When a collector is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Once a week on `day` at `at` (local time).
    Weekly {
        /// The day.
        day: Weekday,
        /// The time.
        at: TimeOfDay,
    },
    /// Every day at `at`.
    Daily {
        /// The time.
        at: TimeOfDay,
    },
    /// Once a month, on the first day at 08:00.
    Monthly,
    /// At a fixed interval.
    Every(Duration),
    /// Never scheduled (still runs with `--all` and `cep collect`).
    Off,
}

impl Schedule {
    /// A slot of the CEP weekly plan.
    pub const fn slot(day: Weekday, meal: Meal) -> Schedule {
        let at = match meal {
            Meal::Breakfast => TimeOfDay { hour: 8, minute: 0 },
            Meal::Lunch => TimeOfDay {
                hour: 13,
                minute: 0,
            },
            Meal::Dinner => TimeOfDay {
                hour: 19,
                minute: 0,
            },
        };
        Schedule::Weekly { day, at }
    }
}

impl Default for Schedule {
    /// Weekly, Monday breakfast.
    fn default() -> Self {
        Schedule::slot(Weekday::Mon, Meal::Breakfast)
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Schedule::Weekly { day, at } => write!(f, "weekly {} {}", day.name(), at),
            Schedule::Daily { at } => write!(f, "daily {at}"),
            Schedule::Monthly => f.write_str("monthly"),
            Schedule::Every(d) => write!(f, "every {}", humantime::format_duration(*d)),
            Schedule::Off => f.write_str("off"),
        }
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

impl FromStr for Schedule {
    type Err = ScheduleError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
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
                let d =
                    humantime::parse_duration(&rest.join(" ")).map_err(|e| err(&e.to_string()))?;
                if d < Duration::from_secs(60) {
                    return Err(err("the interval must be at least 1m"));
                }
                Ok(Schedule::Every(d))
            }
            _ => Err(err("unknown form")),
        }
    }
}

impl serde::Serialize for Schedule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Schedule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
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
            let s: Schedule = input.parse().unwrap();
            assert_eq!(s.to_string(), printed, "{input}");
            assert_eq!(printed.parse::<Schedule>().unwrap(), s);
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
            let e = bad.parse::<Schedule>().unwrap_err().to_string();
            assert!(e.contains(&format!("`{bad}`")), "{e}");
        }
    }

    #[test]
    fn slots_follow_the_cep_plan() {
        assert_eq!(
            Schedule::slot(Weekday::Fri, Meal::Dinner).to_string(),
            "weekly fri 19:00"
        );
        assert_eq!(Schedule::default().to_string(), "weekly mon 08:00");
    }
}
