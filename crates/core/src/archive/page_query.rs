//! The archive page's URL state: which part is shown (`view`), the revival
//! finder's filters (`find`, `gap`, `since`, `until`, `min`, `near`) and the
//! Spotify part's region, day and jumps (`region`, `day`, `jump`, `ratio`).
//!
//! Reading never fails: a key no part reads and a value that is not
//! understood are each dropped (or brought into range) with a [`Notice`]
//! the page shows, so a bad link still opens the archive.

use super::{JumpMeasure, RegionInfo, YearRange, DEFAULT_GAP_YEARS};
use crate::shortened::shortened;
use crate::table::{unknown_parameters, Notice};
use crate::Date;

/// Every key the archive page reads: its part, the Hot 100 search (`q`), an
/// opened song (`title`, `artist`) or Spotify track (`track`,
/// `track_artist`), the finder's filters and the Spotify part's choices.
/// The opened song's chart reads the chart keys besides.
pub const ARCHIVE_QUERY_KEYS: [&str; 16] = [
    "view",
    "q",
    "title",
    "artist",
    "track",
    "track_artist",
    "find",
    "gap",
    "since",
    "until",
    "min",
    "near",
    "region",
    "day",
    "jump",
    "ratio",
];

/// The parts of the archive page (`view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchivePart {
    /// Search the Hot 100 (the default: no `view`).
    Search,
    /// The revival finder.
    Revivals,
    /// The Spotify daily charts.
    Spotify,
}

impl ArchivePart {
    /// Every part, in the order of the page's tabs.
    pub const ALL: [ArchivePart; 3] = [
        ArchivePart::Search,
        ArchivePart::Revivals,
        ArchivePart::Spotify,
    ];

    /// The `view` value.
    pub fn key(self) -> &'static str {
        match self {
            ArchivePart::Search => "search",
            ArchivePart::Revivals => "revivals",
            ArchivePart::Spotify => "spotify",
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            ArchivePart::Search => "Search the Hot 100",
            ArchivePart::Revivals => "Revival finder",
            ArchivePart::Spotify => "Spotify daily charts",
        }
    }

    /// The part the query asks for, with a notice for a `view` that names
    /// none and for each key neither the page nor the chart reads
    /// (`chart_keys`).
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
        chart_keys: &[&str],
    ) -> (ArchivePart, Vec<Notice>) {
        let mut notices = unknown_parameters(pairs.clone(), &[&ARCHIVE_QUERY_KEYS, chart_keys]);
        let mut part = ArchivePart::Search;
        for (key, value) in pairs {
            if key != "view" || value.is_empty() {
                continue;
            }
            let what = "a part of the archive";
            if let Some(found) = one_of(
                key,
                value,
                &ArchivePart::ALL,
                ArchivePart::key,
                what,
                &mut notices,
            ) {
                part = found;
            }
        }
        (part, notices)
    }
}

/// What the revival finder looks for (`find`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinderKind {
    /// Songs back on the chart after years away (the default).
    Reentries,
    /// First hits of artists back after years away.
    Debuts,
    /// The biggest week-on-week climbs.
    Climbs,
}

impl FinderKind {
    /// Every kind, in the order of the finder's menu.
    pub const ALL: [FinderKind; 3] = [
        FinderKind::Reentries,
        FinderKind::Debuts,
        FinderKind::Climbs,
    ];

    /// The `find` value (also the menu option's value).
    pub fn key(self) -> &'static str {
        match self {
            FinderKind::Reentries => "reentries",
            FinderKind::Debuts => "debuts",
            FinderKind::Climbs => "climbs",
        }
    }
}

/// The smallest climb listed unless the link says otherwise (`min`).
pub const DEFAULT_MIN_CLIMB: u32 = 30;

/// The revival finder's filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FinderQuery {
    /// What to find.
    pub kind: FinderKind,
    /// Years away, at least (`gap`, 1 to 60).
    pub gap: u32,
    /// Findings dated in these years (`since`, `until`).
    pub years: YearRange,
    /// Places climbed, at least (`min`, 1 to 100).
    pub min: u32,
    /// Only findings near a release in the dataset (`near=1`).
    pub near: bool,
}

impl FinderQuery {
    /// The filters of the query pairs; `span` is the archive's first and
    /// last year, the range `since` and `until` are kept to.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        span: YearRange,
    ) -> (FinderQuery, Vec<Notice>) {
        let mut query = FinderQuery {
            kind: FinderKind::Reentries,
            gap: DEFAULT_GAP_YEARS,
            years: span,
            min: DEFAULT_MIN_CLIMB,
            near: false,
        };
        let mut notices = Vec::new();
        for (key, value) in pairs {
            if value.is_empty() {
                continue;
            }
            let mut whole = |low: i64, high: i64| -> Option<i64> {
                match whole_in(value, low, high) {
                    Ok(number) => Some(number),
                    Err((reason, kept)) => {
                        notices.push(Notice::new(key, reason));
                        kept
                    }
                }
            };
            match key {
                "find" => {
                    let what = "something the finder looks for";
                    if let Some(kind) = one_of(
                        key,
                        value,
                        &FinderKind::ALL,
                        FinderKind::key,
                        what,
                        &mut notices,
                    ) {
                        query.kind = kind;
                    }
                }
                "gap" => {
                    if let Some(gap) = whole(1, 60) {
                        query.gap = gap as u32;
                    }
                }
                "min" => {
                    if let Some(min) = whole(1, 100) {
                        query.min = min as u32;
                    }
                }
                "since" => {
                    if let Some(year) = whole(span.from.into(), span.to.into()) {
                        query.years.from = year as i32;
                    }
                }
                "until" => {
                    if let Some(year) = whole(span.from.into(), span.to.into()) {
                        query.years.to = year as i32;
                    }
                }
                "near" => match value {
                    "1" => query.near = true,
                    "0" => query.near = false,
                    _ => notices.push(Notice::new(
                        key,
                        format!("“{}” is not 1 or 0", shortened(value)),
                    )),
                },
                _ => {}
            }
        }
        (query, notices)
    }
}

/// The smallest streams ratio listed unless the link says otherwise
/// (`ratio`), and the range it is kept to.
pub const DEFAULT_MIN_RATIO: f64 = 1.5;
const RATIO_RANGE: (f64, f64) = (1.0, 100.0);

/// The Spotify jumps' choices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JumpQuery {
    /// What makes a jump big (`jump`).
    pub measure: JumpMeasure,
    /// Streams ratio, at least (`ratio`, 1 to 100).
    pub min_ratio: f64,
}

impl JumpMeasure {
    /// Every measure, in the order of the jumps' menu.
    pub const ALL: [JumpMeasure; 3] = [
        JumpMeasure::StreamRatio,
        JumpMeasure::StreamIncrease,
        JumpMeasure::RankGain,
    ];

    /// The `jump` value (also the menu option's value).
    pub fn key(self) -> &'static str {
        match self {
            JumpMeasure::StreamRatio => "ratio",
            JumpMeasure::StreamIncrease => "increase",
            JumpMeasure::RankGain => "rank",
        }
    }
}

impl JumpQuery {
    /// The choices of the query pairs.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (JumpQuery, Vec<Notice>) {
        let mut query = JumpQuery {
            measure: JumpMeasure::StreamRatio,
            min_ratio: DEFAULT_MIN_RATIO,
        };
        let mut notices = Vec::new();
        for (key, value) in pairs {
            if value.is_empty() {
                continue;
            }
            match key {
                "jump" => {
                    let what = "a measure of a jump";
                    if let Some(measure) = one_of(
                        key,
                        value,
                        &JumpMeasure::ALL,
                        JumpMeasure::key,
                        what,
                        &mut notices,
                    ) {
                        query.measure = measure;
                    }
                }
                "ratio" => match value.trim().parse::<f64>() {
                    Ok(ratio) if ratio.is_finite() => {
                        let (low, high) = RATIO_RANGE;
                        let kept = ratio.clamp(low, high);
                        if kept != ratio {
                            notices.push(Notice::new(
                                key,
                                format!(
                                    "{} is outside {low} to {high}, so {kept} is used",
                                    shortened(value)
                                ),
                            ));
                        }
                        query.min_ratio = kept;
                    }
                    _ => notices.push(Notice::new(
                        key,
                        format!("“{}” is not a number", shortened(value)),
                    )),
                },
                _ => {}
            }
        }
        (query, notices)
    }
}

/// The region `wanted` names, else the first; a notice when it names none.
pub fn chosen_region<'r, 'a>(
    wanted: Option<&str>,
    regions: &'r [RegionInfo<'a>],
) -> (Option<&'r RegionInfo<'a>>, Option<Notice>) {
    let wanted = wanted.filter(|name| !name.is_empty());
    match wanted.map(|name| regions.iter().find(|region| region.name == name)) {
        Some(Some(region)) => (Some(region), None),
        Some(None) => (
            regions.first(),
            wanted.map(|name| {
                Notice::new(
                    "region",
                    format!(
                        "“{}” is not a region of the Spotify archive ({})",
                        shortened(name),
                        keys(regions.iter().map(|region| region.name))
                    ),
                )
            }),
        ),
        None => (regions.first(), None),
    }
}

/// The day `wanted` names when `region` has a chart that day (`days`, in
/// order); for a date it has no chart of, the nearest day before it that
/// has one (a gap in the source, or a date after the last), or its first
/// day for a date before it; with no day named, its first. A notice when
/// the text is not a date or the chart has no day of it.
pub fn chosen_day(
    wanted: Option<&str>,
    days: &[Date],
    region: &str,
) -> (Option<Date>, Option<Notice>) {
    let first = days.first().copied();
    let Some(text) = wanted.filter(|text| !text.is_empty()) else {
        return (first, None);
    };
    let Ok(date) = Date::parse_iso(text) else {
        let reason = format!("“{}” is not a date (YYYY-MM-DD)", shortened(text));
        return (first, Some(Notice::new("day", reason)));
    };
    let (shown, reason) = match days.binary_search(&date) {
        Ok(_) => return (Some(date), None),
        Err(0) => (
            first,
            first.map_or_else(
                || format!("the {region} chart has no days"),
                |first| format!("the {region} chart starts on {first}, after {date}"),
            ),
        ),
        Err(after) => {
            let before = days[after - 1];
            (
                Some(before),
                format!("the {region} chart has no day {date}; the nearest day before it, {before}, is shown"),
            )
        }
    };
    (shown, Some(Notice::new("day", reason)))
}

/// A whole number from `low` to `high`; else the reason, and the number
/// kept instead (the nearest bound) when the text is a number out of range.
fn whole_in(text: &str, low: i64, high: i64) -> Result<i64, (String, Option<i64>)> {
    match text.trim().parse::<i64>() {
        Ok(number) if (low..=high).contains(&number) => Ok(number),
        Ok(number) => {
            let kept = number.clamp(low, high);
            Err((
                format!("{number} is outside {low} to {high}, so {kept} is used"),
                Some(kept),
            ))
        }
        Err(_) => Err((format!("“{}” is not a whole number", shortened(text)), None)),
    }
}

/// The one of `all` whose key is `value`; else `None`, and a notice about
/// `key`: what `value` is not, and the values it could be.
fn one_of<T: Copy>(
    key: &str,
    value: &str,
    all: &[T],
    key_of: fn(T) -> &'static str,
    what: &str,
    notices: &mut Vec<Notice>,
) -> Option<T> {
    let found = all.iter().copied().find(|item| key_of(*item) == value);
    if found.is_none() {
        let values = keys(all.iter().map(|item| key_of(*item)));
        notices.push(Notice::new(
            key,
            format!("“{}” is not {what} ({values})", shortened(value)),
        ));
    }
    found
}

/// Values joined for a notice: `a, b, c`.
fn keys<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests;
