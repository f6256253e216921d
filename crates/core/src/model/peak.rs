//! Derived chart peaks per song and chart.
//!
//! Peaks are derived mechanically from the points of a series: the best
//! (lowest) rank and the first date it was reached; for stream charts the
//! highest daily streams and their date.

use serde::Serialize;

use crate::Date;

/// A song's best position on a chart, derived from one series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartPeak {
    /// Song id.
    pub song: String,
    /// Rank series id it is derived from.
    pub series: String,
    /// Streams series of the same chart, when the chart publishes streams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streams_series: Option<String>,
    /// Best (lowest) rank reached.
    pub best_rank: u32,
    /// First date that rank was reached.
    pub best_rank_date: Date,
    /// Highest streams in a day, for stream charts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_streams: Option<u64>,
    /// Date of the highest streams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_streams_date: Option<Date>,
}

/// A song's best rank on one chart on or after the release it is tied to:
/// what a show's soundtrack reached once the show was out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReleasePeak {
    /// Show id.
    pub show: String,
    /// Song id.
    pub song: String,
    /// Season key of the release ([`super::Season::season`]).
    pub season: String,
    /// Rank series id.
    pub series: String,
    /// First chart date on or after the release.
    pub entry_date: Date,
    /// Best (lowest) rank on or after the release.
    pub best_rank: u32,
    /// First date that rank was reached.
    pub best_rank_date: Date,
}

/// The best (lowest) rank among `points` dated on or after `since` (all
/// points when `None`), with the first date it was reached.
pub fn best_rank_since(points: &[super::Point], since: Option<Date>) -> Option<(u32, Date)> {
    let mut best: Option<(f64, Date)> = None;
    for point in points
        .iter()
        .filter(|p| since.is_none_or(|since| p.date >= since))
    {
        if best.is_none_or(|(value, _)| point.value < value) {
            best = Some((point.value, point.date));
        }
    }
    // Exact: ranks are validated whole numbers from 1 to the chart size.
    best.map(|(value, date)| (value as u32, date))
}

/// The highest value among `points` with the first date it was reached.
pub fn max_value(points: &[super::Point]) -> Option<(f64, Date)> {
    let mut most: Option<(f64, Date)> = None;
    for point in points {
        if most.is_none_or(|(value, _)| point.value > value) {
            most = Some((point.value, point.date));
        }
    }
    most
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Point;

    #[test]
    fn best_rank_since_ignores_earlier_runs_and_keeps_the_first_date() {
        let points = [
            Point::on("1985-10-05", 30.0),
            Point::on("2022-06-11", 8.0),
            Point::on("2022-07-30", 3.0),
            Point::on("2022-08-06", 3.0),
        ];
        let release = Date::parse_iso("2022-05-27").ok();
        assert_eq!(
            best_rank_since(&points, release),
            Some((3, Date::parse_iso("2022-07-30").unwrap()))
        );
        assert_eq!(
            best_rank_since(&points[..1], None),
            Some((30, Date::parse_iso("1985-10-05").unwrap()))
        );
        assert_eq!(best_rank_since(&points[..1], release), None);
    }

    #[test]
    fn max_value_keeps_the_first_date_of_the_maximum() {
        let points = [
            Point::on("2017-01-01", 5.0),
            Point::on("2017-01-02", 9.0),
            Point::on("2017-01-03", 9.0),
        ];
        assert_eq!(
            max_value(&points),
            Some((9.0, Date::parse_iso("2017-01-02").unwrap()))
        );
        assert_eq!(max_value(&[]), None);
    }
}
