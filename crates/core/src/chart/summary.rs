//! The text a screen reader hears for a chart (`role="img"`): what is drawn
//! and, for each song, what the release did on its headline chart.

use crate::model::Metric;
use crate::stats::{chart_coverage, spike_stats, Baseline, SpikeInput};
use crate::Dataset;

use super::chart_line::ChartLine;
use super::loaded_points::LoadedPoints;
use super::spec::{anchor_title, ChartSpec};
use super::tooltip::format_value;

/// "within 10 weeks", "within a week", "within 12 days", "on release day".
fn within(days: i32, weekly: bool) -> String {
    match days {
        d if d <= 0 => "on release day".to_owned(),
        d if weekly && d <= 7 => "within a week".to_owned(),
        d if weekly => format!("within {} weeks", (d + 6) / 7),
        1 => "within a day".to_owned(),
        d => format!("within {d} days"),
    }
}

/// One sentence about one line around its release, if it has a release.
fn line_sentence(
    dataset: &Dataset,
    points: &LoadedPoints<'_>,
    line: &ChartLine,
    preferred_show: Option<&str>,
) -> Option<String> {
    let release = line.release?;
    let release_title = anchor_title(dataset, &line.song_id, preferred_show)?;
    let series = dataset
        .series
        .iter()
        .find(|series| series.id == line.series_id)?;
    let stats = spike_stats(SpikeInput {
        points: points.get(&line.series_id)?,
        metric: line.metric,
        frequency: line.frequency,
        chart_size: line.chart_size,
        release,
        coverage: chart_coverage(dataset, &series.chart),
    });
    let title = &line.song_title;
    let chart = &line.chart_title;
    let Some(peak) = stats.peak else {
        return Some(format!(
            "{title} has no {chart} entry in the six months after {release_title}."
        ));
    };
    let when = within(stats.days_to_peak.unwrap_or(0), line.period_days() > 1.0);
    let peak_text = format_value(line.metric, peak.value);
    Some(match (line.metric, stats.baseline) {
        (Metric::Rank, Baseline::OffChart { .. }) => {
            format!("{title} rose from off the chart to {peak_text} on the {chart} {when} of {release_title}.")
        }
        (Metric::Rank, Baseline::Level { value, .. }) if value > peak.value => format!(
            "{title} went from {} to {peak_text} on the {chart} {when} of {release_title}.",
            if line.chart_size.is_some_and(|size| value > f64::from(size)) {
                "below the chart".to_owned()
            } else {
                format!("a median of {}", format_value(Metric::Rank, value))
            }
        ),
        (Metric::Streams, Baseline::Level { value, .. }) => format!(
            "{title} went from a median of {} to a peak of {peak_text} a day on {chart} {when} of {release_title}.",
            format_value(Metric::Streams, value)
        ),
        _ => format!("{title} peaked at {peak_text} on the {chart} {when} of {release_title}."),
    })
}

/// A plain-text summary of the chart.
pub fn chart_summary(
    dataset: &Dataset,
    points: &LoadedPoints<'_>,
    spec: &ChartSpec,
    preferred_show: Option<&str>,
) -> String {
    if let Some(reason) = &spec.empty {
        return format!("Chart not drawn. {reason}");
    }
    let visible: Vec<&ChartLine> = spec.visible_lines().map(|(_, line)| line).collect();
    let mut text = format!(
        "Chart of {} series, from {} to {}.",
        visible.len(),
        spec.x_label(spec.x_range.0),
        spec.x_label(spec.x_range.1)
    );
    if spec
        .lines
        .iter()
        .any(|line| line.metric == Metric::Rank && line.visible)
    {
        text.push_str(" Ranks are drawn with No. 1 at the top.");
    }
    let mut songs_told: Vec<&str> = Vec::new();
    // The headline line of each song: a chart of fixed size first (its
    // absence means "off the chart"), then the first series shown.
    let mut ordered = visible.clone();
    crate::sort::sort_by_key(&mut ordered, |line| {
        (line.chart_size.is_none(), line.metric == Metric::Streams)
    });
    for line in ordered {
        if songs_told.contains(&line.song_id.as_str()) {
            continue;
        }
        if let Some(sentence) = line_sentence(dataset, points, line, preferred_show) {
            text.push(' ');
            text.push_str(&sentence);
            songs_told.push(&line.song_id);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn the_time_to_a_peak_is_said_in_weeks_or_days_in_agreement() {
        assert_eq!(within(0, true), "on release day");
        assert_eq!(within(3, true), "within a week");
        assert_eq!(within(7, true), "within a week");
        assert_eq!(within(8, true), "within 2 weeks");
        assert_eq!(within(70, true), "within 10 weeks");
        assert_eq!(within(1, false), "within a day");
        assert_eq!(within(12, false), "within 12 days");
    }
}
