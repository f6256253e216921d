//! `/shows/<id>`: one show, its seasons, soundtrack and the article's figures.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use needledrop_core::Dataset;

use crate::components::{SourceNote, WithDataset};
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

fn show_view(dataset: Arc<Dataset>, id: String) -> AnyView {
    let Some(show) = dataset.show(&id).cloned() else {
        return view! { <UnknownRecord kind="show" id/> }.into_any();
    };
    set_page_meta(
        &show.title,
        &format!(
            "The music of {}: songs, placements and chart peaks.",
            show.title
        ),
    );
    let seasons = show
        .seasons
        .iter()
        .map(|season| {
            view! {
                <tr>
                    <th scope="row">{format!("Season {}", season.label)}</th>
                    <td><time datetime=season.release_date.to_string()>{season.release_date.to_string()}</time></td>
                </tr>
            }
        })
        .collect_view();
    let songs: Vec<_> = dataset
        .placements
        .iter()
        .filter(|placement| placement.show == show.id)
        .filter_map(|placement| dataset.song(&placement.song))
        .fold(Vec::new(), |mut songs, song| {
            if !songs
                .iter()
                .any(|s: &&needledrop_core::model::Song| s.id == song.id)
            {
                songs.push(song);
            }
            songs
        })
        .into_iter()
        .map(|song| {
            let link = href(&format!("/songs/{}", song.id));
            let (title, artist) = (song.title.clone(), song.artist.clone());
            view! { <li><A href=link>{title}</A>" — "{artist}</li> }
        })
        .collect_view();
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
                <table class="simple">
                    <thead><tr><th scope="col">"Season"</th><th scope="col">"Netflix release"</th></tr></thead>
                    <tbody>{seasons}</tbody>
                </table>
            </section>
            <section class="panel">
                <h2>"Soundtrack"</h2>
                <ul class="song-list">{songs}</ul>
            </section>
            {figures}
        </article>
    }
    .into_any()
}
