//! Legend items that switch series on and off, grouped by song when the
//! chart has several.

use leptos::prelude::*;
use needledrop_core::chart::{legend_groups, song_and_chart, ChartLine, ChartSpec, OKABE_ITO};

/// One button per series, with its colour and dash pattern; on a chart of
/// several songs (or a show's) each song's title is written once, before
/// its charts.
#[component]
pub fn ChartLegend(
    /// The chart.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// Called with the index of the series to switch.
    on_toggle: Callback<usize>,
    /// Whether to name the song even when it is the only one (a show's
    /// chart, whose page does not).
    titled: bool,
) -> impl IntoView {
    let groups = move || {
        spec.with(|spec| {
            legend_groups(&spec.lines, titled)
                .into_iter()
                .map(|group| {
                    let buttons = group
                        .lines
                        .iter()
                        .map(|&index| {
                            legend_item(&spec.lines[index], index, on_toggle, group.song_title.is_some())
                        })
                        .collect_view();
                    view! {
                        <li class="chart-legend__group">
                            {group.song_title.map(|title| view! { <span class="chart-legend__song">{title}</span> })}
                            <ul class="chart-legend__charts">{buttons}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="chart-legend" aria-label="Series (click to show or hide)">{groups}</ul> }
}

/// The toggle of one series: its swatch and chart; named by song and chart
/// when the visible text leaves the song to its group's title.
fn legend_item(
    line: &ChartLine,
    index: usize,
    on_toggle: Callback<usize>,
    titled: bool,
) -> impl IntoView {
    let colour = OKABE_ITO[line.colour % OKABE_ITO.len()];
    // The palette's black follows the text colour, so it shows on dark backgrounds.
    let stroke = if colour.to_hex() == "#000000" {
        "currentColor".to_owned()
    } else {
        colour.to_hex()
    };
    let dash = line.dash.dasharray();
    let name = titled.then(|| song_and_chart(&line.song_title, &line.chart_label));
    view! {
        <li>
            <button
                type="button"
                class="chart-legend__item"
                aria-pressed=if line.visible { "true" } else { "false" }
                aria-label=name
                on:click=move |_| on_toggle.run(index)
            >
                <svg class="chart-legend__swatch" width="28" height="10" aria-hidden="true">
                    <line x1="1" y1="5" x2="27" y2="5" stroke=stroke stroke-width="3" stroke-dasharray=dash></line>
                </svg>
                {line.chart_label.clone()}
            </button>
        </li>
    }
}
