//! The revival finder: chart moves worth a look, found in the archives.
//!
//! - [`find_reentries`]: a song back on the Hot 100 after at least N years
//!   away (default 10): "Running Up That Hill", 1986 → 2022.
//! - [`find_late_debuts`]: a song's first Hot 100 week coming at least N
//!   years after its artist's first Hot 100 week ("Master of Puppets",
//!   2022; Metallica first charted in 1989). This is a rule about the chart
//!   data only: the archive has no release years, so it cannot tell an old
//!   recording from a new single by a veteran artist; both are listed. The
//!   artist is the credit's primary artist ([`ArtistIndex`], built in
//!   slices).
//! - [`find_climbs`]: the biggest rises from one weekly chart to the next,
//!   and re-entries (measured from below the chart).
//! - [`find_jumps`]: the biggest Spotify day-over-day jumps in one region,
//!   by streams ratio, streams increase or rank gain.
//!
//! Every finding carries the release it lines up with, if any
//! ([`ReleaseCalendar`](super::ReleaseCalendar)). Years are calendar years:
//! a gap of 10 years means the later date is on or after the same day ten
//! years after the earlier one.

mod artists;
mod climbs;
mod jumps;
mod last_seen;
mod late_debuts;
mod reentries;

pub use artists::ArtistIndex;
pub use climbs::{find_climbs, Climb, ClimbFrom, ClimbOptions};
pub use jumps::{find_jumps, Jump, JumpMeasure, JumpOptions};
pub use late_debuts::{find_late_debuts, LateDebut};
pub use reentries::{find_reentries, Reentry};

use crate::Date;

/// The gap the app uses unless the reader changes it.
pub const DEFAULT_GAP_YEARS: u32 = 10;

/// Findings dated in these years (inclusive); the default takes all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearRange {
    /// First year.
    pub from: i32,
    /// Last year.
    pub to: i32,
}

impl Default for YearRange {
    fn default() -> Self {
        YearRange {
            from: i32::MIN,
            to: i32::MAX,
        }
    }
}

impl YearRange {
    /// Whether `date` falls in the range.
    pub fn contains(&self, date: Date) -> bool {
        (self.from..=self.to).contains(&date.year())
    }
}

/// Filters of the re-entry and late-debut finders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RevivalOptions {
    /// The least gap in years (re-entries: time away; late debuts: time
    /// since the artist's first week).
    pub min_gap_years: u32,
    /// Years of the finding's date.
    pub years: YearRange,
}

impl Default for RevivalOptions {
    fn default() -> Self {
        RevivalOptions {
            min_gap_years: DEFAULT_GAP_YEARS,
            years: YearRange::default(),
        }
    }
}

/// Whether `later` is at least `years` calendar years after `earlier`.
pub fn at_least_years_apart(earlier: Date, later: Date, years: u32) -> bool {
    let shifted = (
        i64::from(earlier.year()) + i64::from(years),
        earlier.month(),
        earlier.day(),
    );
    (i64::from(later.year()), later.month(), later.day()) >= shifted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_calendar_years() {
        let date = |text| Date::parse_iso(text).unwrap();
        assert!(at_least_years_apart(
            date("1986-01-18"),
            date("2022-06-11"),
            10
        ));
        assert!(at_least_years_apart(
            date("2012-06-11"),
            date("2022-06-11"),
            10
        ));
        assert!(!at_least_years_apart(
            date("2012-06-12"),
            date("2022-06-11"),
            10
        ));
        assert!(at_least_years_apart(
            date("2020-02-29"),
            date("2021-03-01"),
            1
        ));
        assert!(!YearRange {
            from: 1990,
            to: 1999
        }
        .contains(date("2000-01-01")));
        assert!(YearRange::default().contains(date("1958-08-04")));
    }
}
