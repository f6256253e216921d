//! Sparklines: a rank history drawn as a tiny SVG path, gaps kept as gaps.

use crate::model::{Frequency, Point, Series};
use crate::Date;

use super::BestPeak;

/// Width of a table sparkline, in CSS pixels.
pub const SPARKLINE_WIDTH: f64 = 96.0;
/// Height of a table sparkline, in CSS pixels.
pub const SPARKLINE_HEIGHT: f64 = 24.0;
/// Days shown before the chart entry and after it.
const BEFORE_DAYS: i32 = 28;
const AFTER_DAYS: i32 = 182;

/// A best peak's sparkline: its accessible label and SVG path data.
#[derive(Clone, Debug, PartialEq)]
pub struct PeakSparkline {
    /// What the line shows, for `aria-label` and `<title>`.
    pub label: String,
    /// Path data in a [`SPARKLINE_WIDTH`] x [`SPARKLINE_HEIGHT`] box.
    pub path: String,
}

/// The sparkline of a table row's best peak: the rank history of its
/// `series` (with `points`, the series file's points) from four weeks
/// before its entry after the release to six months after, No. 1 at the
/// top. `None` when the window leaves the calendar.
pub fn peak_sparkline(peak: &BestPeak, series: &Series, points: &[Point]) -> Option<PeakSparkline> {
    let entry = peak.entry_date.days_since_epoch();
    let frame = SparklineFrame {
        from: Date::from_days_since_epoch(entry - BEFORE_DAYS)?,
        to: Date::from_days_since_epoch(entry + AFTER_DAYS)?,
        worst_rank: series.chart_size.unwrap_or_else(|| worst_rank(points)),
        width: SPARKLINE_WIDTH,
        height: SPARKLINE_HEIGHT,
        max_step_days: match series.frequency {
            Frequency::Daily => 1,
            Frequency::Weekly => 7,
        },
    };
    Some(PeakSparkline {
        label: format!(
            "Rank history on {} around the release: best No. {} on {}",
            peak.chart_title, peak.rank, peak.date
        ),
        path: sparkline_path(points, &frame),
    })
}

/// The worst rank in the points, for charts without a fixed size.
fn worst_rank(points: &[Point]) -> u32 {
    // Exact: ranks are validated whole numbers.
    points
        .iter()
        .map(|p| p.value as u32)
        .max()
        .unwrap_or(1)
        .max(2)
}

/// What a sparkline shows: a date window and the rank scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SparklineFrame {
    /// First date shown.
    pub from: Date,
    /// Last date shown.
    pub to: Date,
    /// Worst rank on the scale (the chart size): drawn at the bottom.
    pub worst_rank: u32,
    /// Width in user units.
    pub width: f64,
    /// Height in user units.
    pub height: f64,
    /// Two points further apart than this many days are not joined (off the chart between).
    pub max_step_days: i32,
}

/// The SVG path data (`M x y L x y …`) of the rank points inside the frame,
/// No. 1 at the top; a new `M` starts after every gap. Empty when no point
/// falls inside the frame.
pub fn sparkline_path(points: &[Point], frame: &SparklineFrame) -> String {
    let span = f64::from(frame.from.days_until(frame.to).max(1));
    let worst = f64::from(frame.worst_rank.max(2));
    let mut path = String::new();
    let mut previous: Option<Date> = None;
    for point in points
        .iter()
        .filter(|p| p.date >= frame.from && p.date <= frame.to && p.value.is_finite())
    {
        let x = f64::from(frame.from.days_until(point.date)) / span * frame.width;
        let rank = point.value.clamp(1.0, worst);
        let y = (rank - 1.0) / (worst - 1.0) * frame.height;
        let joined =
            previous.is_some_and(|date| date.days_until(point.date) <= frame.max_step_days);
        path.push_str(if joined { "L" } else { "M" });
        path.push_str(&format!("{x:.1} {y:.1}"));
        previous = Some(point.date);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> SparklineFrame {
        SparklineFrame {
            from: Date::parse_iso("2022-01-01").unwrap(),
            to: Date::parse_iso("2022-01-11").unwrap(),
            worst_rank: 101,
            width: 100.0,
            height: 20.0,
            max_step_days: 7,
        }
    }

    #[test]
    fn maps_rank_one_to_the_top_and_the_worst_rank_to_the_bottom() {
        let path = sparkline_path(
            &[Point::on("2022-01-01", 1.0), Point::on("2022-01-06", 101.0)],
            &frame(),
        );
        assert_eq!(path, "M0.0 0.0L50.0 20.0");
    }

    #[test]
    fn breaks_the_line_across_gaps_and_drops_points_outside_the_frame() {
        let points = [
            Point::on("2021-12-25", 5.0),
            Point::on("2022-01-01", 51.0),
            Point::on("2022-01-02", 51.0),
            Point::on("2022-01-10", 1.0),
            Point::on("2022-02-01", 1.0),
        ];
        assert_eq!(
            sparkline_path(&points, &frame()),
            "M0.0 10.0L10.0 10.0M90.0 0.0"
        );
    }

    #[test]
    fn nothing_in_the_frame_gives_an_empty_path() {
        assert_eq!(
            sparkline_path(&[Point::on("2023-01-01", 3.0)], &frame()),
            ""
        );
    }
}
