//! An archive song (a Hot 100 song's whole history, or a Spotify track's
//! days in one region) in the spike chart: zoom, hover, data table,
//! downloads and embeds, with the release markers of the show it is tied
//! to when the dataset has it, and a link to its song page. It loads the
//! archive it needs (with progress) when that is not loaded yet.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::archive::region_label;
use needledrop_core::archive_song::{archive_song, spotify_track_song, ArchiveRef, ArchiveSong};
use needledrop_core::counted::counted;
use needledrop_core::Dataset;

use super::ArchiveProgress;
use crate::archive_store::{use_archive, ArchiveLoad, Hot100Loaded, SpotifyLoaded};
use crate::components::chart::SpikeChart;
use crate::data_source::keep_memory_file;
use crate::site::href;

/// The song of `reference` ready to chart, a line about its run, and what
/// to say when the archive does not have it.
fn hot100_song(
    dataset: &Dataset,
    loaded: &Hot100Loaded,
    reference: &ArchiveRef,
) -> (Option<ArchiveSong>, Option<String>, String) {
    let archive = &loaded.archive;
    let found = archive.find_song(&reference.title, &reference.artist);
    let chartable = found.and_then(|song| archive_song(dataset, archive, song));
    let summary = found.and_then(|song| archive.summary(song)).map(|s| {
        format!(
            "First charted {}, last {}; peak No. {} on {}; {} on the chart in {}.",
            s.first,
            s.last,
            s.peak,
            s.peak_date,
            counted(s.weeks as usize, "week", "weeks"),
            counted(s.runs as usize, "run", "runs")
        )
    });
    let missing = format!(
        "The Hot 100 archive has no song “{}” by {}.",
        reference.title, reference.artist
    );
    (chartable, summary, missing)
}

/// Like [`hot100_song`] for a Spotify track in one region.
fn spotify_song(
    dataset: &Dataset,
    loaded: &SpotifyLoaded,
    region: &str,
    reference: &ArchiveRef,
) -> (Option<ArchiveSong>, Option<String>, String) {
    let archive = &loaded.archive;
    let index = archive.region_index(region);
    let shown = region_label(region);
    let track = archive.find_track(&reference.title, &reference.artist);
    let chartable = index
        .zip(track)
        .and_then(|(index, track)| spotify_track_song(dataset, archive, index, track));
    let summary = index.zip(track).map(|(index, track)| {
        let days = archive.track_history(index, track);
        let best = days.iter().map(|d| d.rank).min().unwrap_or_default();
        format!(
            "{} in the Spotify {shown} Top 200 of these data; best rank No. {best}.",
            counted(days.len(), "day", "days")
        )
    });
    let missing = format!(
        "“{}” never charted on Spotify {shown} in these data.",
        reference.title
    );
    (chartable, summary, missing)
}

/// The chart of the archive song `reference` names, loading its archive first.
#[component]
pub fn ArchiveSongChart(
    /// The bundled dataset (release markers and sources).
    dataset: Arc<Dataset>,
    /// Which archive chart.
    reference: ArchiveRef,
    /// Inside an embed: the chart alone.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let store = use_archive();
    match &reference.spotify_region {
        None => store.load_hot100(),
        Some(_) => store.load_spotify(),
    }
    let start = Callback::new(move |()| {
        store.load_hot100();
        store.load_spotify();
    });
    move || {
        let built = match &reference.spotify_region {
            None => match store.hot100.get() {
                ArchiveLoad::Ready(loaded) => hot100_song(&dataset, &loaded, &reference),
                _ => return view! { <ArchiveProgress what="the Hot 100 archive" load=store.hot100 start/> }.into_any(),
            },
            Some(region) => match store.spotify.get() {
                ArchiveLoad::Ready(loaded) => spotify_song(&dataset, &loaded, region, &reference),
                _ => return view! { <ArchiveProgress what="the Spotify archive" load=store.spotify start/> }.into_any(),
            },
        };
        view! { <ChartOf built reference=reference.clone() embedded/> }.into_any()
    }
}

/// The chart of a built archive song, or why there is none.
#[component]
fn ChartOf(
    built: (Option<ArchiveSong>, Option<String>, String),
    reference: ArchiveRef,
    embedded: bool,
) -> impl IntoView {
    let (chartable, summary, missing) = built;
    let Some(chartable) = chartable else {
        return view! { <p class="gap-note" role="status">{missing}</p> }.into_any();
    };
    let matched = (!embedded)
        .then(|| chartable.matched.clone())
        .flatten()
        .map(|id| {
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
    let (title, artist) = (reference.title.clone(), reference.artist.clone());
    let heading = if embedded {
        view! { <h1 class="embed__title">{format!("{title} — {artist}")}</h1> }.into_any()
    } else {
        view! { <h2>{title.clone()}<span class="archive-song__artist">{format!(" — {artist}")}</span></h2> }.into_any()
    };
    view! {
        <section class="archive-song" aria-label=format!("{title} by {artist}")>
            {heading}
            {(!embedded).then(|| view! { <p>{summary}</p> })}
            {matched}
            <SpikeChart dataset=Arc::new(chartable.dataset) songs=Signal::derive(move || vec![song_id.clone()])
                embedded whole_history=true embed_pairs=reference.to_pairs()/>
        </section>
    }
    .into_any()
}
