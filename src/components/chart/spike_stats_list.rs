//! The spike statistics of each shown series, beside the chart.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::chart::{anchor_title, format_value, ChartSpec};
use needledrop_core::model::{Metric, Point, SeriesFile};
use needledrop_core::stats::{chart_coverage, spike_stats, Baseline, SpikeInput, SpikeStats};
use needledrop_core::{Dataset, Date};

use crate::components::DateText;

/// One statistic as a label, a value and the day it names, if any.
type Fact = (&'static str, String, Option<Date>);

/// The statistics in reading order.
fn facts(stats: &SpikeStats, metric: Metric) -> Vec<Fact> {
    let mut facts = Vec::new();
    let level = |value: f64| format_value(metric, value);
    facts.push((
        "Before",
        match stats.baseline {
            Baseline::OffChart { .. } => "off the chart".to_owned(),
            Baseline::Level { value, .. } => format!("median {}", level(value)),
            Baseline::Unknown => "not measured".to_owned(),
        },
        None,
    ));
    if let Some(peak) = stats.peak {
        facts.push((
            "Peak",
            format!("{} on ", level(peak.value)),
            Some(peak.date),
        ));
    } else {
        facts.push(("Peak", "no chart entry within six months".to_owned(), None));
    }
    if let Some(gained) = stats.rank_gained {
        facts.push(("Places gained", format!("{gained:+}"), None));
    }
    if let Some(lift) = stats.lift {
        facts.push(("Lift", format!("{lift:.2}× the baseline"), None));
    }
    if let Some(days) = stats.days_to_entry {
        facts.push(("Days to entry", days.to_string(), None));
    }
    if let Some(days) = stats.days_to_peak {
        facts.push(("Days to peak", days.to_string(), None));
    }
    if let Some(days) = stats.half_life_days {
        facts.push(("Half-life", format!("{days:.1} days"), None));
    }
    if let Some(excess) = stats.excess_streams {
        facts.push((
            "Streams above baseline",
            format!(
                "{} over {} charted days",
                format_value(Metric::Streams, excess),
                stats.excess_days
            ),
            None,
        ));
    }
    if let Some(plateau) = stats.plateau {
        let text = match (plateau.level, plateau.ratio) {
            (_, Some(ratio)) => format!("{ratio:.2}× the baseline"),
            (Baseline::OffChart { .. }, None) => "off the chart".to_owned(),
            (Baseline::Level { value, .. }, None) => format!("median {}", level(value)),
            (Baseline::Unknown, None) => "not measured".to_owned(),
        };
        facts.push(("Six months on", text, None));
    }
    facts
}

fn points_of<'a>(files: &'a [SeriesFile], id: &str) -> Option<&'a [Point]> {
    files
        .iter()
        .flat_map(|file| &file.series)
        .find(|series| series.id == id)
        .map(|series| series.points.as_slice())
}

/// A list per shown series: what the release did to it.
#[component]
pub fn SpikeStatsList(
    /// The dataset.
    dataset: Arc<Dataset>,
    /// The loaded series files.
    #[prop(into)]
    files: Signal<Option<Arc<Vec<SeriesFile>>>>,
    /// The chart.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The show whose release is preferred.
    #[prop(optional)]
    show: Option<String>,
) -> impl IntoView {
    move || {
        let files = files.get()?;
        let items = spec.with(|spec| {
            spec.visible_lines()
                .filter_map(|(_, line)| {
                    let release = line.release?;
                    let series = dataset.series.iter().find(|series| series.id == line.series_id)?;
                    let stats = spike_stats(SpikeInput {
                        points: points_of(&files, &line.series_id)?,
                        metric: line.metric,
                        frequency: line.frequency,
                        chart_size: line.chart_size,
                        release,
                        coverage: chart_coverage(&dataset, &series.chart),
                    });
                    let release_title = anchor_title(&dataset, &line.song_id, show.as_deref().filter(|id| !id.is_empty())).unwrap_or_else(|| release.to_string());
                    let rows = facts(&stats, line.metric)
                        .into_iter()
                        .map(|(label, value, day)| view! {
                            <dt>{label}</dt>
                            <dd>{value}{day.map(|date| view! { <DateText date/> })}</dd>
                        })
                        .collect_view();
                    Some(view! {
                        <li class="spike-stats__item">
                            <h3 class="spike-stats__title">
                                {format!("{} after {release_title} (", line.label)}<DateText date=release/>")"
                            </h3>
                            <dl class="spike-stats__facts">{rows}</dl>
                        </li>
                    })
                })
                .collect::<Vec<_>>()
        });
        (!items.is_empty()).then(|| view! {
            <section class="spike-stats" aria-label="Spike statistics">
                <h2 class="spike-stats__heading">"Spike statistics"</h2>
                <ul class="spike-stats__list">{items}</ul>
                <p class="spike-stats__method muted">
                    "Baseline: median of the 56 days before the release (a week off a fixed-size chart counts as one place below it). "
                    "Peak within 182 days; half-life from the peak until the excess over the baseline halves."
                </p>
            </section>
        })
    }
}
