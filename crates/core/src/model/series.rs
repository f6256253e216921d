//! Chart series: a song's positions or streams on one chart over time.

use serde::Serialize;

use crate::json_writer::exact_whole;
use crate::Date;

/// How often a chart is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    /// One chart a day (Spotify Top 200).
    Daily,
    /// One chart a week (Billboard).
    Weekly,
}

/// What a series measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Chart position: 1 is best.
    Rank,
    /// Number of streams that day or week.
    Streams,
}

impl Metric {
    /// Every metric, in the order of [`Metric::NAMES`].
    pub const ALL: [Metric; 2] = [Metric::Rank, Metric::Streams];

    /// The metrics' names in data files, links and exports.
    pub const NAMES: [&'static str; 2] = ["rank", "streams"];

    /// The metric's name: `rank` or `streams`.
    pub fn name(self) -> &'static str {
        Metric::NAMES[self as usize]
    }
}

/// One song on one chart: the summary kept in `index.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    /// Unique id: `<song-id>.<chart>` for charts that publish ranks only
    /// (`running-up-that-hill-kate-bush.billboard-hot-100`), and
    /// `<song-id>.<chart>-rank` / `-streams` for charts that publish both
    /// (`the-night-we-met-lord-huron.spotify-us-daily-streams`).
    pub id: String,
    /// Song id.
    pub song: String,
    /// Chart slug (`billboard-hot-100`, `spotify-us-daily`).
    pub chart: String,
    /// Chart title for people (`Billboard Hot 100`).
    pub chart_title: String,
    /// Region (`us`, `global`).
    pub region: String,
    /// Daily or weekly.
    pub frequency: Frequency,
    /// Rank or streams.
    pub metric: Metric,
    /// Number of positions on the chart (100, 200...), when it has a fixed size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart_size: Option<u32>,
    /// Source id.
    pub source: String,
    /// First date with a point.
    pub first: Date,
    /// Last date with a point.
    pub last: Date,
    /// Number of points.
    pub count: u32,
    /// Path of the file holding the points, relative to `index.json`.
    pub file: String,
}

/// One observation: a date and a value (rank or streams).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Point {
    /// Chart date.
    pub date: Date,
    /// Rank (1 = best) or streams. Whole numbers are written without a
    /// fraction (`3`, not `3.0`).
    #[serde(serialize_with = "write_value")]
    pub value: f64,
}

#[cfg(test)]
impl Point {
    /// A point on an ISO date, for tests.
    pub(crate) fn on(date: &str, value: f64) -> Point {
        Point {
            date: Date::parse_iso(date).expect("a test date"),
            value,
        }
    }
}

/// Writes whole values as JSON integers, other values as they are.
fn write_value<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    match exact_whole(*value) {
        Some(whole) => serializer.serialize_i64(whole),
        None => serializer.serialize_f64(*value),
    }
}

/// A per-song points file (`public/data/series/<song-id>.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SeriesFile {
    /// Always [`super::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Song id.
    pub song: String,
    /// Points per series id, in the order of `index.json`.
    pub series: Vec<SeriesPoints>,
}

/// The points of one series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SeriesPoints {
    /// Series id, as in [`Series::id`].
    pub id: String,
    /// Points sorted by date, no duplicates; dates absent = off the chart.
    pub points: Vec<Point>,
}
