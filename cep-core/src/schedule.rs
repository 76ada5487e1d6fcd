//! When a collector runs: a [`Schedule`] (weekly on a day and time, daily,
//! monthly, at a fixed interval, or off). A collector names its default
//! with [`crate::Collector::schedule`]; the Agent parses the config
//! strings (`weekly mon 08:00`, `every 6h`) and decides when one is due.
//!
//! The default slots follow the OpenVZ 7 CEP weekly plan: three slots a day
//! (breakfast, lunch, dinner), Monday to Friday, so that no single run is
//! heavy.

use std::fmt;
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
    /// Every day with its three-letter lowercase name, Monday first.
    pub const ALL: [(Weekday, &'static str); 7] = [
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
