//! An archive song (a Hot 100 song's whole history, or a Spotify track's
//! days in one region) in the spike chart: zoom, hover, data table and
//! downloads, with the release markers of the show it is tied to when the
//! dataset has it, and a link to its song page.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::archive_song::ArchiveSong;

use crate::components::chart::SpikeChart;
use crate::data_source::keep_memory_file;
use crate::site::href;

/// The chart of an archive song, or `missing` when there is none.
#[component]
pub fn ArchiveSongChart(
    /// The song, ready to chart.
    chartable: Option<ArchiveSong>,
    /// The title as the chart printed it.
    title: String,
    /// The artist as the chart printed it.
    artist: String,
    /// One line about its chart run.
    summary: Option<String>,
    /// What to say when the archive has no such song.
    missing: String,
) -> impl IntoView {
    let Some(chartable) = chartable else {
        return view! { <p class="gap-note" role="status">{missing}</p> }.into_any();
    };
    let matched = chartable.matched.clone().map(|id| {
        view! {
            <p class="muted">
                "This song is in the soundtrack data: "
                <A href=href(&format!("/songs/{id}"))>"its page"</A>
                " has its other charts and what the shows did."
            </p>
        }
    });
    keep_memory_file(chartable.file);
    let song_id = chartable.song.clone();
    view! {
        <section class="archive-song" aria-label=format!("{title} by {artist}")>
            <h2>{title.clone()}<span class="archive-song__artist">{format!(" — {artist}")}</span></h2>
            <p>{summary}</p>
            {matched}
            <SpikeChart dataset=Arc::new(chartable.dataset) songs=Signal::derive(move || vec![song_id.clone()]) without_embed=true whole_history=true/>
        </section>
    }
    .into_any()
}
