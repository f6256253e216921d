//! `/archive`: the chart archive explorer. Opening it starts the download
//! of the archive its part needs (the Hot 100, or the Spotify charts for
//! `view=spotify`; nothing else in the app loads them); the page shows
//! progress, then search, a song's whole history, the revival finder or
//! the Spotify daily charts. `view=search|revivals|spotify`
//! picks the part; `q`, `title`/`artist` and the finder's filters are in
//! the URL too.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::archive::{
    releases_from_dataset, ArchivePart, ReleaseCalendar, DEFAULT_RELEASE_WINDOW_DAYS,
};
use needledrop_core::archive_song::ArchiveRef;
use needledrop_core::chart::CHART_QUERY_KEYS;
use needledrop_core::Dataset;

use crate::archive_store::{use_archive, ArchiveLoad};
use crate::components::archive::{
    ArchiveProgress, ArchiveSearch, ArchiveSongChart, RevivalFinder, SpotifyDays,
};
use crate::components::{QueryNotices, SourceNote, WithDataset};
use crate::document_meta::set_page_meta;
use crate::url_state::{borrowed, use_param_setter, use_query_reading};

/// The archive view.
#[component]
pub fn ArchivePage() -> impl IntoView {
    set_page_meta(
        "Chart archive",
        "68 years of the Billboard Hot 100 and the Spotify 2017-2018 daily charts: search, revivals, daily charts.",
    );
    let store = use_archive();
    let read =
        use_query_reading(|pairs| ArchivePart::from_pairs(borrowed(pairs), &CHART_QUERY_KEYS));
    let part = Memo::new(move |_| read.read().0);
    let notices = Signal::derive(move || read.read().1.clone());
    // Only the archive the chosen part needs is fetched.
    Effect::new(move |_| {
        if part.get() == ArchivePart::Spotify {
            store.load_spotify();
        } else {
            store.load_hot100();
        }
    });
    let set = use_param_setter();
    let tabs = ArchivePart::ALL
        .into_iter()
        .map(|this| {
            let set = set.clone();
            view! {
                <button type="button" class="chart-button" aria-pressed=move || (part.get() == this).to_string()
                    on:click=move |_| set(vec![("view", (this != ArchivePart::Search).then(|| this.key().to_owned()))], false)>
                    {this.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <article class="archive">
            <h1>"Chart archive"</h1>
            <p class="lede">
                "Every Billboard Hot 100 chart from 1958 to 2026 (354,887 weekly rows) and the Spotify daily Top 200 of 2017-2018, loaded into this page on demand."
            </p>
            <QueryNotices notices/>
            <nav class="archive-tabs" aria-label="Archive views">{tabs}</nav>
            <WithDataset render=move |dataset| view! { <ArchiveParts dataset part/> }/>
        </article>
    }
}

/// The chosen part, once its archive is loaded.
#[component]
fn ArchiveParts(dataset: Arc<Dataset>, part: Memo<ArchivePart>) -> impl IntoView {
    let store = use_archive();
    let query = use_query_map();
    let releases = Arc::new(ReleaseCalendar::new(
        releases_from_dataset(&dataset),
        DEFAULT_RELEASE_WINDOW_DAYS,
    ));
    let start_hot100 = Callback::new(move |()| store.load_hot100());
    let start_spotify = Callback::new(move |()| store.load_spotify());
    let opened = Memo::new(move |_| {
        let map = query.read();
        Some((map.get("title")?, map.get("artist")?))
    });
    let note = {
        let dataset = dataset.clone();
        move |id: &str| {
            dataset
                .source(id)
                .cloned()
                .map(|source| view! { <SourceNote source/> })
        }
    };
    move || {
        let dataset = dataset.clone();
        if part.get() == ArchivePart::Spotify {
            return match store.spotify.get() {
                ArchiveLoad::Ready(loaded) => view! {
                    <SpotifyDays dataset loaded releases=releases.clone()/>
                    {note("spotify-us-daily-2017")}
                    {note("spotify-global-daily-2017-2018")}
                }
                .into_any(),
                _ => view! { <ArchiveProgress what="the Spotify archive" load=store.spotify start=start_spotify/> }.into_any(),
            };
        }
        let ArchiveLoad::Ready(loaded) = store.hot100.get() else {
            return view! { <ArchiveProgress what="the Hot 100 archive" load=store.hot100 start=start_hot100/> }.into_any();
        };
        let song = opened.get().map(|(title, artist)| {
            let reference = ArchiveRef {
                spotify_region: None,
                title,
                artist,
            };
            view! { <ArchiveSongChart dataset=dataset.clone() reference/> }
        });
        let body = if part.get() == ArchivePart::Revivals {
            view! { <RevivalFinder loaded releases=releases.clone()/> }.into_any()
        } else {
            view! { <ArchiveSearch loaded/> }.into_any()
        };
        view! {
            {body}
            {song}
            {note("billboard-hot-100-archive")}
        }
        .into_any()
    }
}
