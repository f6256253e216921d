//! The chart's toggles: alignment, scale, markers, reset and the data table.

use leptos::prelude::*;
use needledrop_core::chart::{Align, ChartQuery, Scale};

/// Buttons that change the chart query.
#[component]
pub fn ChartControls(
    /// The current query.
    #[prop(into)]
    query: Signal<ChartQuery>,
    /// The alignment in effect (the query's, or the page default).
    #[prop(into)]
    align: Signal<Align>,
    /// Whether a streams series is shown (the scale toggle applies to it).
    #[prop(into)]
    has_streams: Signal<bool>,
    /// Whether the data table is shown.
    show_table: RwSignal<bool>,
    /// Writes a new query; `false` adds a history entry.
    on_change: Callback<(ChartQuery, bool)>,
) -> impl IntoView {
    let change = move |edit: fn(&mut ChartQuery, Align)| {
        let mut next = query.get_untracked();
        edit(&mut next, align.get_untracked());
        on_change.run((next, false));
    };
    let pressed = |on: bool| if on { "true" } else { "false" };
    view! {
        <div class="chart-controls" role="group" aria-label="Chart options">
            <button type="button" class="chart-button" aria-pressed=move || pressed(align.get() == Align::Release)
                on:click=move |_| change(|query, align| {
                    query.align = Some(if align == Align::Release { Align::Calendar } else { Align::Release });
                    // Dates and day offsets do not translate: a new alignment starts at its default range.
                    query.from = None;
                    query.to = None;
                })>
                "Align on release day"
            </button>
            <Show when=move || has_streams.get()>
                <button type="button" class="chart-button" aria-pressed=move || pressed(query.get().scale == Scale::Log)
                    on:click=move |_| change(|query, _| {
                        query.scale = if query.scale == Scale::Log { Scale::Linear } else { Scale::Log };
                    })>
                    "Log scale (streams)"
                </button>
            </Show>
            <button type="button" class="chart-button" aria-pressed=move || pressed(query.get().markers)
                on:click=move |_| change(|query, _| query.markers = !query.markers)>
                "Release markers"
            </button>
            <button type="button" class="chart-button" disabled=move || { let q = query.get(); q.from.is_none() && q.to.is_none() }
                on:click=move |_| change(|query, _| { query.from = None; query.to = None; })>
                "Reset zoom"
            </button>
            <button type="button" class="chart-button" aria-pressed=move || pressed(show_table.get())
                on:click=move |_| show_table.update(|shown| *shown = !*shown)>
                "Show data as table"
            </button>
        </div>
    }
}
