//! `/shows/<id>`: one show, its seasons, soundtrack, peaks and the press.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use needledrop_core::chart::headline_series;
use needledrop_core::copy::NO_EPISODE_LIST;
use needledrop_core::soundtrack::{songs_without_placements, soundtrack};
use needledrop_core::Dataset;

use crate::components::chart::SpikeChart;
use crate::components::{
    gap, season_anchor, soundtrack_seasons, DateText, PeakTable, ReportedFigures, SimpleTable,
    SourceNote, WithDataset,
};
use crate::document_meta::set_page_meta;
use crate::pages::not_found::UnknownRecord;
use crate::site::href;

/// The show page for the `:id` in the URL.
#[component]
pub fn ShowPage() -> impl IntoView {
    let params = use_params_map();
    view! {
        <WithDataset render=move |dataset| {
            let id = params.read().get("id").unwrap_or_default();
            show_view(dataset, id)
        }/>
    }
}

fn seasons_view(dataset: &Dataset, show_id: &str) -> impl IntoView {
    let show = dataset.show(show_id);
    let rows = show
        .map(|show| show.seasons.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|season| {
            let source = href(&format!("/data#source-{}", season.source));
            view! {
                <tr>
                    <th scope="row">{season.name()}</th>
                    <td><DateText date=season.release_date/></td>
                    <td class="num">
                        {if season.episodes.is_empty() {
                            gap(NO_EPISODE_LIST)
                        } else {
                            season.episodes.len().into_any()
                        }}
                    </td>
                    <td><a href=source>"source"</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <SimpleTable
            caption="Seasons and Netflix release dates"
            headings=&["Season", "Netflix release", "Episodes", "Source"]
        >
            {rows}
        </SimpleTable>
    }
}

fn soundtrack_view(dataset: &Dataset, show_id: &str) -> AnyView {
    let groups = soundtrack(dataset, show_id, None);
    let chart_only = songs_without_placements(dataset, show_id);
    if groups.is_empty() && chart_only.is_empty() {
        return view! {
            <p class="gap-note">"No placement of a song in this show is documented in our sources yet."</p>
        }
        .into_any();
    }
    // A soundtrack of several releases starts with a link to each.
    let jump = (groups.len() > 1).then(|| {
        let links = groups
            .iter()
            .map(|group| {
                let target = href(&format!("/shows/{show_id}#{}", season_anchor(&group.season.season)));
                let label = group.season.name();
                view! { <li><a href=target>{label}</a></li> }
            })
            .collect_view();
        view! { <nav class="season-jump" aria-label="Releases in the soundtrack"><ul>{links}</ul></nav> }
    });
    let seasons = soundtrack_seasons(dataset, groups, false);
    let chart_only = (!chart_only.is_empty()).then(|| {
        let items = chart_only
            .into_iter()
            .map(|song| {
                let link = href(&format!("/songs/{}", song.id));
                let (title, artist) = (song.title.clone(), song.artist.clone());
                view! { <li><A href=link>{title}</A>{format!(" — {artist}")}</li> }
            })
            .collect_view();
        view! {
            <section class="season-group">
                <h3>"Tied to the show by chart data"</h3>
                <p class="muted">"The chart extracts name the show for these songs; no source states the scene."</p>
                <ul class="song-list">{items}</ul>
            </section>
        }
    });
    view! { {jump}{seasons}{chart_only} }.into_any()
}

fn show_view(dataset: Arc<Dataset>, id: String) -> AnyView {
    let Some(show) = dataset.show(&id).cloned() else {
        return view! { <UnknownRecord kind="show" id/> }.into_any();
    };
    set_page_meta(
        &show.title,
        &format!(
            "The music of {}: songs by season and episode, chart peaks and press figures.",
            show.title
        ),
    );
    let release_peaks: Vec<_> = dataset
        .release_peaks
        .iter()
        .filter(|p| p.show == show.id)
        .cloned()
        .collect();
    let reported: Vec<_> = dataset
        .reported
        .iter()
        .filter(|r| r.show == show.id)
        .cloned()
        .collect();
    let mut charted: Vec<String> = Vec::new();
    for peak in dataset.release_peaks.iter().filter(|p| p.show == show.id) {
        if !charted.contains(&peak.song) {
            charted.push(peak.song.clone());
        }
    }
    let figures = show.comparison.clone().map(|figures| {
        let source = dataset.source(&figures.source).cloned();
        view! {
            <section class="panel">
                <h2>"In the source article"</h2>
                <dl class="facts">
                    <dt>"Music genre"</dt><dd>{figures.music_genre}</dd>
                    <dt>"Peak chart position"</dt><dd>{format!("No. {} on {}", figures.peak_position, figures.peak_chart)}</dd>
                    <dt>"Notable artists"</dt><dd>{figures.notable_artists.join(", ")}</dd>
                    <dt>"Fan engagement"</dt><dd>{figures.fan_engagement}</dd>
                </dl>
                {source.map(|source| view! { <SourceNote source qualifier="the article's own claims"/> })}
            </section>
        }
    });
    let chart = (!charted.is_empty()).then(|| {
        view! {
            <section class="panel chart-panel" id="chart">
                <h2>"What the show did to its songs"</h2>
                <p class="muted">"Each song's chart run around the release it is tied to (the Hot 100 where it charted there; switch on its other charts in the legend); day 0 is the release."</p>
                <SpikeChart dataset=dataset.clone() songs=charted.clone() release_aligned=true show=show.id.clone()
                    default_series=headline_series(&dataset, &charted) page_keys=&[]/>
            </section>
        }
    });
    let songs_known = dataset.show_songs.iter().any(|tie| tie.show == show.id);
    let peaks_view = if !songs_known {
        view! { <p class="gap-note">"Our sources list none of this show's songs, so there are none to look up on the charts."</p> }.into_any()
    } else if release_peaks.is_empty() {
        view! { <p class="gap-note">"None of this show's songs appears in our chart data after its release."</p> }.into_any()
    } else {
        view! { <PeakTable dataset=dataset.clone() peaks=release_peaks/> }.into_any()
    };
    view! {
        <article class="show">
            <p class="breadcrumb"><A href=href("/")>"Shows"</A>" / "</p>
            <h1>{show.title.clone()}</h1>
            {(!show.genres.is_empty()).then(|| view! {
                <ul class="tags" aria-label="Music genres">
                    {show.genres.iter().map(|genre| view! { <li>{genre.clone()}</li> }).collect_view()}
                </ul>
            })}
            <section class="panel">
                <h2>"Seasons"</h2>
                {seasons_view(&dataset, &show.id)}
            </section>
            {chart}
            <section class="panel" id="soundtrack">
                <h2>"Soundtrack"</h2>
                {soundtrack_view(&dataset, &show.id)}
            </section>
            <section class="panel" id="peaks">
                <h2>"Chart peaks after release"</h2>
                {peaks_view}
            </section>
            <ReportedFigures figures=reported/>
            {figures}
        </article>
    }
    .into_any()
}
