//! Legend items that switch series on and off.

use leptos::prelude::*;
use needledrop_core::chart::{ChartSpec, OKABE_ITO};

/// One button per series, with its colour and dash pattern.
#[component]
pub fn ChartLegend(
    /// The chart.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// Called with the index of the series to switch.
    on_toggle: Callback<usize>,
) -> impl IntoView {
    let items = move || {
        spec.with(|spec| {
            spec.lines
                .iter()
                .enumerate()
                .map(|(index, line)| {
                    let colour = OKABE_ITO[line.colour % OKABE_ITO.len()];
                    // The palette's black follows the text colour, so it shows on dark backgrounds.
                    let stroke = if colour.to_hex() == "#000000" { "currentColor".to_owned() } else { colour.to_hex() };
                    let dash = line.dash.dasharray();
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chart-legend__item"
                                aria-pressed=if line.visible { "true" } else { "false" }
                                on:click=move |_| on_toggle.run(index)
                            >
                                <svg class="chart-legend__swatch" width="28" height="10" aria-hidden="true">
                                    <line x1="1" y1="5" x2="27" y2="5" stroke=stroke stroke-width="3" stroke-dasharray=dash></line>
                                </svg>
                                {line.label.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="chart-legend" aria-label="Series (click to show or hide)">{items}</ul> }
}
