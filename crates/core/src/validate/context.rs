//! Checks of the daily chart-context document.

use crate::model::{ChartContextFile, Dataset};
use crate::DatasetError;

use super::{Item, Problems};

/// Validates `chart-context.json` against the index it belongs to.
pub fn validate_chart_context(
    file: &ChartContextFile,
    dataset: &Dataset,
) -> Result<(), DatasetError> {
    let mut problems = Problems::default();
    let mut seen = std::collections::HashSet::new();
    for (index, chart) in file.charts.iter().enumerate() {
        let at = Item::new("charts", index);
        if !seen.insert((chart.chart.as_str(), chart.region.as_str())) {
            problems.push(
                format_args!("{at}.chart"),
                format!("duplicate chart \"{}\"", chart.chart),
            );
        }
        if dataset.source(&chart.source).is_none() {
            problems.push(
                format_args!("{at}.source"),
                format!("unknown source \"{}\"", chart.source),
            );
        }
        if chart.days.is_empty() {
            problems.push(
                format_args!("{at}.days"),
                "a chart context needs at least one day",
            );
        }
        for (day, pair) in chart.days.windows(2).enumerate() {
            if pair[1].date <= pair[0].date {
                problems.push(
                    format_args!("{at}.days[{}].date", day + 1),
                    format!(
                        "{} does not come after {}: dates must be sorted and unique",
                        pair[1].date, pair[0].date
                    ),
                );
            }
        }
        for (day, entry) in chart.days.iter().enumerate() {
            let path = at.item("days", day);
            if entry.last_rank == 0 || entry.entries == 0 {
                problems.push(
                    format_args!("{path}.last_rank"),
                    "a chart day has at least one entry",
                );
            }
            if entry.streams_at_last_rank > entry.streams_at_rank_1 {
                problems.push(
                    format_args!("{path}.streams_at_last_rank"),
                    "the last rank cannot have more streams than rank 1",
                );
            }
        }
    }
    problems.into_result()
}
