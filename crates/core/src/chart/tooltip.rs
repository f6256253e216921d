//! What the tooltip, the live region and the data table say about a point:
//! the exact value, and how it moved since the previous chart.

use crate::grouped_digits::group_digits;
use crate::model::Metric;

use super::chart_line::ChartLine;
use super::spec::ChartSpec;

/// A point described for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointDescription {
    /// Chart date (`2022-07-16`).
    pub date: String,
    /// Day relative to release in event time (`day +15`), else `None`.
    pub day: Option<String>,
    /// Series label.
    pub series: String,
    /// Exact value (`No. 40`, `1,234,567 streams`).
    pub value: String,
    /// Change since the previous chart (`up 7 from No. 47`, `new entry`).
    pub change: String,
}

impl PointDescription {
    /// One sentence for the live region.
    pub fn sentence(&self) -> String {
        let day = self
            .day
            .as_ref()
            .map_or_else(String::new, |day| format!(" ({day})"));
        format!(
            "{}{}, {}: {}, {}.",
            self.date, day, self.series, self.value, self.change
        )
    }
}

/// Groups digits in threes: 1234567 → "1,234,567"; a fraction is kept as written.
fn grouped(value: f64) -> String {
    group_digits(&value.to_string())
}

/// A value exactly as in the data: `No. 40` or `1,234,567 streams`.
pub fn format_value(metric: Metric, value: f64) -> String {
    match metric {
        Metric::Rank => format!("No. {}", grouped(value)),
        Metric::Streams => format!("{} streams", grouped(value)),
    }
}

fn change_text(line: &ChartLine, index: usize) -> String {
    let Some(point) = line.points.get(index) else {
        return String::new();
    };
    let previous = index.checked_sub(1).and_then(|i| line.points.get(i));
    let Some(previous) = previous else {
        return "first chart entry in the data".to_owned();
    };
    if point.x - previous.x > line.period_days() * 1.5 {
        return format!("re-entry (last on the chart {})", previous.date);
    }
    let difference = previous.value - point.value;
    match line.metric {
        Metric::Rank if difference > 0.0 => format!(
            "up {} from No. {}",
            grouped(difference),
            grouped(previous.value)
        ),
        Metric::Rank if difference < 0.0 => format!(
            "down {} from No. {}",
            grouped(-difference),
            grouped(previous.value)
        ),
        Metric::Rank => "no change".to_owned(),
        Metric::Streams if difference < 0.0 => {
            format!("+{} since the previous day", grouped(-difference))
        }
        Metric::Streams if difference > 0.0 => {
            format!("−{} since the previous day", grouped(difference))
        }
        Metric::Streams => "no change".to_owned(),
    }
}

/// Describes point `point` of line `line`, or `None` if there is no such point.
pub fn point_description(spec: &ChartSpec, line: usize, point: usize) -> Option<PointDescription> {
    let chart_line = spec.lines.get(line)?;
    let chart_point = chart_line.points.get(point)?;
    Some(PointDescription {
        date: chart_point.date.to_string(),
        day: match spec.align {
            super::query::Align::Calendar => None,
            super::query::Align::Release => {
                Some(super::axis_ticks::day_offset_label(chart_point.x as i32))
            }
        },
        series: chart_line.label.clone(),
        value: format_value(chart_line.metric, chart_point.value),
        change: change_text(chart_line, point),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_exact() {
        assert_eq!(format_value(Metric::Rank, 40.0), "No. 40");
        assert_eq!(
            format_value(Metric::Streams, 1_234_567.0),
            "1,234,567 streams"
        );
        assert_eq!(format_value(Metric::Streams, 999.0), "999 streams");
        assert_eq!(grouped(1000.5), "1,000.5");
    }
}
