//! Lining chart findings up with the releases of the bundled dataset: a
//! finding dated within N days after a season's release is marked, for
//! example "within 60 days of Stranger Things 4 (volume 1: episodes 1-7)".
//!
//! A line-up is a coincidence of dates, shown as such: it does not say the
//! release caused the chart move.

use crate::{Dataset, Date};

/// The window the app uses unless the reader changes it.
pub const DEFAULT_RELEASE_WINDOW_DAYS: u32 = 60;

/// One release: a date and what to call it; ordered by date, then label.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    /// Release date.
    pub date: Date,
    /// Label for people (`Stranger Things 4 (volume 1: episodes 1-7)`).
    pub label: String,
}

/// Every season release of the dataset, labelled with the show's title and
/// the season's label, oldest first.
pub fn releases_from_dataset(dataset: &Dataset) -> Vec<Release> {
    let mut releases: Vec<Release> = dataset
        .shows
        .iter()
        .flat_map(|show| {
            show.seasons.iter().map(move |season| Release {
                date: season.release_date,
                label: format!("{} {}", show.title, season.label),
            })
        })
        .collect();
    crate::sort::sort_by(&mut releases, Ord::cmp);
    releases
}

/// The release a finding lines up with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinedUp {
    /// The release's label.
    pub label: String,
    /// The release's date.
    pub release_date: Date,
    /// Days from the release to the finding (0 = the same day).
    pub days_after: u32,
    /// The window used, in days.
    pub window_days: u32,
}

impl LinedUp {
    /// `within 60 days of Stranger Things 4 (…) (released 2022-05-27)`.
    pub fn describe(&self) -> String {
        format!(
            "within {} days of {} (released {})",
            self.window_days, self.label, self.release_date
        )
    }
}

/// Releases by date, and the window after each one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseCalendar {
    releases: Vec<Release>,
    window_days: u32,
}

impl ReleaseCalendar {
    /// A calendar of `releases` (any order) with a window of `window_days`.
    pub fn new(mut releases: Vec<Release>, window_days: u32) -> Self {
        crate::sort::sort_by(&mut releases, Ord::cmp);
        ReleaseCalendar {
            releases,
            window_days,
        }
    }

    /// The latest release on or before `date` within the window, if any.
    pub fn lined_up(&self, date: Date) -> Option<LinedUp> {
        let after = self
            .releases
            .partition_point(|release| release.date <= date);
        let release = self.releases.get(after.checked_sub(1)?)?;
        let days_after = u32::try_from(release.date.days_until(date)).ok()?;
        (days_after <= self.window_days).then(|| LinedUp {
            label: release.label.clone(),
            release_date: release.date,
            days_after,
            window_days: self.window_days,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn lines_up_findings_within_the_window_after_a_release() {
        let calendar = ReleaseCalendar::new(
            vec![
                Release {
                    date: date("2022-07-01"),
                    label: "B".into(),
                },
                Release {
                    date: date("2022-05-27"),
                    label: "A".into(),
                },
            ],
            60,
        );
        let found = calendar.lined_up(date("2022-06-11")).unwrap();
        assert_eq!((found.label.as_str(), found.days_after), ("A", 15));
        assert_eq!(calendar.lined_up(date("2022-07-02")).unwrap().label, "B");
        assert_eq!(calendar.lined_up(date("2022-05-26")), None, "before any");
        assert_eq!(
            calendar.lined_up(date("2022-08-30")).unwrap().days_after,
            60
        );
        assert_eq!(calendar.lined_up(date("2022-08-31")), None, "61 days after");
        assert_eq!(
            found.describe(),
            "within 60 days of A (released 2022-05-27)"
        );
    }
}
