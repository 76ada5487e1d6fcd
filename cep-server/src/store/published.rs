//! What the server publishes: [`Stats`] and the tables, trends and weeks
//! in it (what `/api/v1/stats` serialises and the pages show), and the
//! options they are computed with.

use serde::Serialize;

use crate::facts::Page;

/// What the stats are computed over.
#[derive(Debug, Clone, Copy)]
pub struct StatsOptions {
    /// Only hosts whose last report is this recent count in distributions.
    pub active_days: i64,
    /// "Active" in the General info table.
    pub general_active_days: i64,
    /// Buckets with fewer hosts merge into "other".
    pub k: i64,
    /// Weeks of growth to show.
    pub weeks: i64,
    /// Weeks of distribution trends to show (a key with fewer than `k`
    /// hosts in any of them is "other" in all of them, see [`crate::anon`]).
    pub trend_weeks: i64,
}

impl Default for StatsOptions {
    fn default() -> Self {
        StatsOptions {
            active_days: 14,
            general_active_days: 61,
            k: 5,
            weeks: 104,
            trend_weeks: 26,
        }
    }
}

/// One row of a published table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    /// The key (`other` for the merged rest).
    pub key: String,
    /// Hosts; `null` for an "other" of fewer than `k` hosts.
    pub hosts: Option<i64>,
    /// Set (to `k`) when `hosts` is "fewer than k".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fewer_than: Option<i64>,
    /// Percent of the reporting hosts.
    pub share: Option<f64>,
    /// Containers, VMs or disks with this key, for tables that count them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<i64>,
    /// Percent of all those units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_share: Option<f64>,
    /// Change of `share` in the weekly snapshots, in percentage points,
    /// from the week [`Stats::change_from`] to [`Stats::change_to`]; `null`
    /// when the key is not published in both.
    pub change: Option<f64>,
}

/// A distribution's share per week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Trend {
    /// Monday of each week, oldest first.
    pub weeks: Vec<String>,
    /// Hosts that reported the section each week; `null` when fewer than `k`.
    pub reporting_hosts: Vec<Option<i64>>,
    /// Hosts per key and week (`other` last); `null` where not published.
    pub series: Vec<Series>,
}

/// One key's hosts per week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    /// The key.
    pub key: String,
    /// Hosts per week, aligned with [`Trend::weeks`].
    pub hosts: Vec<Option<i64>>,
}

/// One distribution: the table over the active window and its trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// Stable name.
    pub name: String,
    /// Title.
    pub title: String,
    /// The topic page.
    pub page: Page,
    /// What the units count (`containers`, `VMs`, `disks`), if any.
    pub unit: Option<String>,
    /// Hosts that reported the section; `null` when fewer than `k`.
    pub reporting_hosts: Option<i64>,
    /// Their units in total, for tables with a unit.
    pub reporting_units: Option<i64>,
    /// Buckets, largest first, `other` last.
    pub buckets: Vec<Bucket>,
    /// Weekly snapshots.
    pub trend: Trend,
}

/// The General info numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct General {
    /// Hosts that ever reported.
    pub hosts_total: i64,
    /// Hosts whose latest facts show containers.
    pub hosts_with_containers: i64,
    /// Hosts whose latest facts show running containers.
    pub hosts_with_running_containers: i64,
    /// Hosts that reported in the last `general_active_days` days.
    pub hosts_active: i64,
    /// That window, in days.
    pub active_days: i64,
    /// Reports stored (repeats not counted).
    pub reports: i64,
    /// The last report's time (RFC 3339), if any.
    pub last_report_at: Option<String>,
    /// Seconds since then.
    pub seconds_since_last_report: Option<i64>,
}

/// One week of growth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    /// Monday of the week (UTC), `YYYY-MM-DD`.
    pub week: String,
    /// Hosts that reported that week.
    pub hosts: i64,
    /// Hosts that had reported by the end of that week.
    pub hosts_total: i64,
    /// Reports received that week.
    pub reports: i64,
}

/// Everything the pages publish.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// When computed (RFC 3339).
    pub generated_at: String,
    /// General info.
    pub general: General,
    /// Distributions count hosts active in this many days.
    pub distribution_days: i64,
    /// Buckets smaller than this merge into "other".
    pub k: i64,
    /// The earlier week of the "change" column (Monday, `YYYY-MM-DD`).
    pub change_from: String,
    /// The later week of the "change" column: the last complete week.
    pub change_to: String,
    /// Distributions, in page order.
    pub distributions: Vec<Distribution>,
    /// Weeks of growth, oldest first (weeks without reports left out).
    pub growth: Vec<Week>,
}

/// RFC 3339 for unix seconds.
pub fn rfc3339(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}
