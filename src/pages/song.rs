//! `/songs/<id>`: one song, where it was placed and every chart series we have.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use needledrop_core::archive::region_label;
use needledrop_core::grouped_digits::group_count;
use needledrop_core::model::{Frequency, Metric, Series};
use needledrop_core::soundtrack::soundtrack;
use needledrop_core::Dataset;

use crate::components::chart::SpikeChart;
use crate::components::{
    release_heading, soundtrack_seasons, DateText, ReportedFigures, SimpleTable, SongLinks,
    WithDataset,
};
use crate::document_meta::set_page_meta;
use crate::pages::not_found::UnknownRecord;
use crate::site::href;

/// The song page for the `:id` in the URL.
#[component]
pub fn SongPage() -> impl IntoView {
    let params = use_params_map();
    view! {
        <WithDataset render=move |dataset| {
            let id = params.read().get("id").unwrap_or_default();
            song_view(dataset, id)
        }/>
    }
}

/// The best rank or the most streams of a series, as the table shows it.
fn best_of(dataset: &Dataset, series: &Series) -> String {
    match series.metric {
        Metric::Rank => dataset
            .peaks
            .iter()
            .find(|peak| peak.series == series.id)
            .map(|peak| format!("No. {} ({})", peak.best_rank, peak.best_rank_date))
            .unwrap_or_default(),
        Metric::Streams => dataset
            .peaks
            .iter()
            .find(|peak| peak.streams_series.as_deref() == Some(series.id.as_str()))
            .and_then(|peak| {
                Some(format!(
                    "{} ({})",
                    group_count(peak.max_streams?),
                    peak.max_streams_date?
                ))
            })
            .unwrap_or_default(),
    }
}

fn series_table(dataset: &Dataset, song: &str) -> AnyView {
    let series: Vec<&Series> = dataset.series.iter().filter(|s| s.song == song).collect();
    if series.is_empty() {
        return view! {
            <p class="chart-empty">"There is no chart series for this song: it is on none of the charts we hold (Billboard Hot 100 1958-2026, the genre-chart extracts, Spotify daily 2017-2018)."</p>
        }
        .into_any();
    }
    let rows = series
        .into_iter()
        .map(|series| {
            let source = href(&format!("/data#source-{}", series.source));
            view! {
                <tr>
                    <th scope="row">{series.chart_title.clone()}</th>
                    <td>{region_label(&series.region)}</td>
                    <td>{match series.frequency { Frequency::Daily => "daily", Frequency::Weekly => "weekly" }}</td>
                    <td>{series.metric.name()}</td>
                    <td><DateText date=series.first/></td>
                    <td><DateText date=series.last/></td>
                    <td class="num">{series.count}</td>
                    <td class="num">{best_of(dataset, series)}</td>
                    <td><a href=source>"source"</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <SimpleTable
            caption="Chart series of this song"
            headings=&["Chart", "Region", "Published", "Measure", "First", "Last", "Points", "Best", "Source"]
        >
            {rows}
        </SimpleTable>
        <p class="source-note">"A date without a point means the song was below the chart that day or week, not that data is missing."</p>
    }
    .into_any()
}

fn song_view(dataset: Arc<Dataset>, id: String) -> AnyView {
    let Some(song) = dataset.song(&id).cloned() else {
        return view! { <UnknownRecord kind="song" id/> }.into_any();
    };
    let artist = if song.artist.is_empty() {
        "Artist not named in the sources".to_owned()
    } else {
        song.artist.clone()
    };
    set_page_meta(
        &format!("{} — {}", song.title, artist),
        &format!(
            "Where “{}” was placed in shows and what it did on the charts.",
            song.title
        ),
    );
    // Each show the song is tied to, once, with its scenes by release and
    // episode; a tie by chart data alone names its release and says no
    // source states the scene.
    let mut show_ids: Vec<&str> = Vec::new();
    for tie in dataset.show_songs.iter().filter(|tie| tie.song == song.id) {
        if !show_ids.contains(&tie.show.as_str()) {
            show_ids.push(&tie.show);
        }
    }
    let shows = show_ids
        .into_iter()
        .filter_map(|show_id| {
            let show = dataset.show(show_id)?;
            let link = href(&format!("/shows/{}", show.id));
            let title = show.title.clone();
            let groups = soundtrack(&dataset, show_id, Some(&song.id));
            let scenes = if groups.is_empty() {
                let releases = dataset
                    .show_songs
                    .iter()
                    .filter(|tie| tie.song == song.id && tie.show == show_id)
                    .filter_map(|tie| show.seasons.iter().find(|s| s.season == tie.season))
                    .map(|season| view! { <h4>{release_heading(season)}</h4> })
                    .collect_view();
                view! {
                    {releases}
                    <p class="muted">"The chart extracts tie the song to this show; no source states the scene."</p>
                }
                .into_any()
            } else {
                soundtrack_seasons(&dataset, groups, true)
            };
            Some(view! {
                <section class="show-scenes">
                    <h3><A href=link>{title}</A></h3>
                    {scenes}
                </section>
            })
        })
        .collect_view();
    let reported: Vec<_> = dataset
        .reported
        .iter()
        .filter(|r| r.song.as_deref() == Some(song.id.as_str()))
        .cloned()
        .collect();
    let charted = dataset.series.iter().any(|series| series.song == song.id);
    view! {
        <article class="song">
            <h1>{song.title.clone()}</h1>
            <p class="lede">{artist}{song.original_artist.clone().map(|original| format!(" · original by {original}"))}</p>
            <SongLinks links=song.links.clone()/>
            <section class="panel chart-panel" id="chart">
                <h2>"Chart history"</h2>
                // A song on no chart gets one sentence, not an empty chart and its controls.
                {charted.then(|| view! {
                    <SpikeChart dataset=dataset.clone() songs=vec![song.id.clone()] page_keys=&[]/>
                    <h3 class="subhead">"Every series"</h3>
                })}
                {series_table(&dataset, &song.id)}
            </section>
            <section class="panel" id="shows">
                <h2>"In shows"</h2>
                {shows}
            </section>
            <ReportedFigures figures=reported/>
        </article>
    }
    .into_any()
}
