//! Calendar dates as they appear in the dataset: `YYYY-MM-DD`, checked.
//!
//! A thin wrapper over [`time::Date`] that reads and writes the ISO form only,
//! so an impossible date such as `2024-02-30` is rejected at the edge.

use std::fmt;

use serde::{Serialize, Serializer};

/// A real calendar date (proleptic Gregorian), serialised as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

/// Why a string is not a valid `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not of the shape `YYYY-MM-DD`.
    #[error("\"{0}\" is not a date of the form YYYY-MM-DD")]
    Shape(String),
    /// The shape is right but the day does not exist (for example `2024-02-30`).
    #[error("\"{0}\" is not a real calendar date")]
    Impossible(String),
}

impl Date {
    /// Builds a date from its parts, or `None` if that day does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Parses a strict `YYYY-MM-DD` string.
    pub fn parse_iso(text: &str) -> Result<Self, DateError> {
        let shape = || DateError::Shape(text.to_owned());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(shape());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| shape())
            } else {
                Err(shape())
            }
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let year = i32::try_from(year).map_err(|_| shape())?;
        let (month, day) = (
            u8::try_from(month).map_err(|_| shape())?,
            u8::try_from(day).map_err(|_| shape())?,
        );
        Date::from_ymd(year, month, day).ok_or_else(|| DateError::Impossible(text.to_owned()))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// Days since 1970-01-01 (negative before it); handy for axes and gaps.
    pub fn days_since_epoch(self) -> i32 {
        self.0.to_julian_day() - 2_440_588
    }

    /// The date a number of days after 1970-01-01, if it is representable.
    pub fn from_days_since_epoch(days: i32) -> Option<Self> {
        time::Date::from_julian_day(days.checked_add(2_440_588)?)
            .ok()
            .map(Date)
    }

    /// Signed number of days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i32 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse_iso(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date = Date::parse_iso("2022-07-30").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2022, 7, 30));
        assert_eq!(date.to_string(), "2022-07-30");
    }

    #[test]
    fn rejects_impossible_days_and_bad_shapes() {
        assert_eq!(
            Date::parse_iso("2024-02-30"),
            Err(DateError::Impossible("2024-02-30".into()))
        );
        assert!(Date::parse_iso("2024-02-29").is_ok(), "2024 is a leap year");
        assert_eq!(
            Date::parse_iso("2023-02-29"),
            Err(DateError::Impossible("2023-02-29".into()))
        );
        for bad in [
            "2024-2-3",
            "20240203",
            "2024-02-3x",
            "",
            "+024-02-03",
            "2024-13-01x",
        ] {
            assert!(
                matches!(Date::parse_iso(bad), Err(DateError::Shape(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn counts_days_across_years() {
        let release = Date::parse_iso("2022-05-27").unwrap();
        let peak = Date::parse_iso("2022-07-30").unwrap();
        assert_eq!(release.days_until(peak), 64);
        assert_eq!(Date::parse_iso("1970-01-01").unwrap().days_since_epoch(), 0);
        let back = Date::from_days_since_epoch(peak.days_since_epoch()).unwrap();
        assert_eq!(back, peak);
    }
}
