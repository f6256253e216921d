//! Checks of per-song series files: points that fit their series.

use crate::model::{Dataset, Metric, Point, Series, SeriesFile};
use crate::DatasetError;

use super::{Item, Problems};

/// Validates a per-song series file against the index it belongs to.
pub fn validate_series_file(file: &SeriesFile, dataset: &Dataset) -> Result<(), DatasetError> {
    let mut problems = Problems::default();
    if dataset.song(&file.song).is_none() {
        problems.push("song", format!("unknown song \"{}\"", file.song));
    }
    let mut seen = std::collections::HashSet::new();
    for (index, points) in file.series.iter().enumerate() {
        let at = Item::new("series", index);
        if !seen.insert(points.id.as_str()) {
            problems.push(
                format_args!("{at}.id"),
                format!("duplicate series \"{}\"", points.id),
            );
        }
        let Some(summary) = dataset.series.iter().find(|s| s.id == points.id) else {
            problems.push(
                format_args!("{at}.id"),
                format!("unknown series \"{}\"", points.id),
            );
            continue;
        };
        if summary.song != file.song {
            problems.push(
                format_args!("{at}.id"),
                format!("series \"{}\" belongs to another song", points.id),
            );
        }
        check_points(&mut problems, at, summary, &points.points);
    }
    problems.into_result()
}

/// Checks one series' points: sorted unique dates and values that fit the metric.
pub fn check_points(problems: &mut Problems, at: Item<'_>, summary: &Series, points: &[Point]) {
    if points.is_empty() {
        problems.push(
            format_args!("{at}.points"),
            "a series needs at least one point",
        );
    }
    for (index, pair) in points.windows(2).enumerate() {
        let place = at.item("points", index + 1);
        if pair[1].date == pair[0].date {
            problems.push(
                format_args!("{place}.date"),
                format!("duplicate date {}", pair[1].date),
            );
        } else if pair[1].date < pair[0].date {
            problems.push(
                format_args!("{place}.date"),
                format!(
                    "{} comes after {}: dates must be sorted",
                    pair[0].date, pair[1].date
                ),
            );
        }
    }
    for (index, point) in points.iter().enumerate() {
        let place = at.item("points", index);
        let path = format_args!("{place}.value");
        let value = point.value;
        if !value.is_finite() {
            problems.push(path, "the value is not a finite number");
            continue;
        }
        match summary.metric {
            Metric::Rank => {
                let size = summary.chart_size.map_or(f64::INFINITY, f64::from);
                if value < 1.0 || value > size || value.fract() != 0.0 {
                    problems.push(
                        path,
                        format!("rank {value} is not a whole number within 1..={size}"),
                    );
                }
            }
            Metric::Streams => {
                if value < 0.0 {
                    problems.push(path, format!("streams cannot be negative ({value})"));
                }
            }
        }
    }
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        if first.date != summary.first
            || last.date != summary.last
            || points.len() != summary.count as usize
        {
            problems.push(
                format_args!("{at}.points"),
                format!(
                    "the points ({} from {} to {}) do not match the index summary ({} from {} to {})",
                    points.len(),
                    first.date,
                    last.date,
                    summary.count,
                    summary.first,
                    summary.last
                ),
            );
        }
    }
}
