//! `/embed?…`: the chart alone, for iframes in articles.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::chart::SpikeChart;
use crate::components::WithDataset;

/// The chrome-less chart view: same chart query as the song and compare views.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let query = use_query_map();
    let songs = Signal::derive(move || {
        query
            .read()
            .get("songs")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect::<Vec<String>>()
    });
    view! {
        <div class="embed">
            <WithDataset render=move |dataset| view! { <SpikeChart dataset songs/> }/>
        </div>
    }
}
