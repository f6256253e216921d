//! Which dates a chart's data covers, so absence can be read as "off the chart".

use crate::{Dataset, Date};

/// First and last date any series of `chart` has in the dataset: within it,
/// a date without a point means the song was below the chart's last rank.
pub fn chart_coverage(dataset: &Dataset, chart: &str) -> Option<(Date, Date)> {
    dataset
        .series
        .iter()
        .filter(|series| series.chart == chart)
        .fold(None, |acc, series| match acc {
            None => Some((series.first, series.last)),
            Some((first, last)) => Some((first.min(series.first), last.max(series.last))),
        })
}
