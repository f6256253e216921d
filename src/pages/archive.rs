//! `/archive`: the chart archive explorer's entry point.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::WithDataset;
use crate::document_meta::set_page_meta;
use crate::site::href;

/// The archive view: what the archive holds and the songs of the dataset
/// whose whole Hot 100 history is bundled.
#[component]
pub fn ArchivePage() -> impl IntoView {
    set_page_meta(
        "Chart archive",
        "68 years of the Billboard Hot 100 and the Spotify 2017-2018 daily charts.",
    );
    view! {
        <article class="archive">
            <h1>"Chart archive"</h1>
            <p class="lede">
                "Every Billboard Hot 100 chart from 1958 to 2026 and the Spotify daily Top 200 of 2017-2018. Songs tied to shows carry their whole chart history:"
            </p>
            <WithDataset render=|dataset| {
                let items = dataset.songs.iter()
                    .filter(|song| dataset.series.iter().any(|s| s.song == song.id))
                    .map(|song| {
                        let link = href(&format!("/songs/{}", song.id));
                        view! { <li><A href=link>{format!("{} — {}", song.title, song.artist)}</A></li> }
                    })
                    .collect_view();
                view! { <ul class="song-list columns">{items}</ul> }
            }/>
        </article>
    }
}
