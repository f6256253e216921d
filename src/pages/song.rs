//! `/songs/<id>`: one song, where it was placed and the charts it reached.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use needledrop_core::model::Metric;
use needledrop_core::Dataset;

use crate::components::WithDataset;
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

fn song_view(dataset: Arc<Dataset>, id: String) -> AnyView {
    let Some(song) = dataset.song(&id).cloned() else {
        return view! { <UnknownRecord kind="song" id/> }.into_any();
    };
    set_page_meta(
        &format!("{} — {}", song.title, song.artist),
        &format!(
            "Where “{}” was placed in shows and what it did on the charts.",
            song.title
        ),
    );
    let placements = dataset
        .placements
        .iter()
        .filter(|placement| placement.song == song.id)
        .map(|placement| {
            let show_title = dataset
                .show(&placement.show)
                .map_or(placement.show.clone(), |show| show.title.clone());
            let link = href(&format!("/shows/{}", placement.show));
            let at = match (placement.episode, &placement.timestamp) {
                (Some(episode), Some(time)) => format!("S{}E{} at {}", placement.season, episode, time),
                (Some(episode), None) => format!("S{}E{}", placement.season, episode),
                _ => format!("Season {}", placement.season),
            };
            view! {
                <li>
                    <A href=link>{show_title}</A>" · "{at}
                    {(!placement.in_show).then(|| view! { <span class="badge badge--warn">"fan edits only"</span> })}
                    <span class="muted">{format!(" — {}", placement.note)}</span>
                </li>
            }
        })
        .collect_view();
    let series = dataset
        .series
        .iter()
        .filter(|series| series.song == song.id)
        .map(|series| {
            let metric = match series.metric {
                Metric::Rank => "rank",
                Metric::Streams => "streams",
            };
            view! {
                <tr>
                    <th scope="row">{series.chart_title.clone()}</th>
                    <td>{series.region.to_uppercase()}</td>
                    <td>{metric}</td>
                    <td>{series.first.to_string()}</td>
                    <td>{series.last.to_string()}</td>
                    <td class="num">{series.count}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="song">
            <h1>{song.title.clone()}</h1>
            <p class="lede">{song.artist.clone()}</p>
            <section class="panel">
                <h2>"In shows"</h2>
                <ul class="placement-list">{placements}</ul>
            </section>
            <section class="panel">
                <h2>"Chart series"</h2>
                <div class="table-wrap">
                    <table class="simple">
                        <thead><tr>
                            <th scope="col">"Chart"</th><th scope="col">"Region"</th><th scope="col">"Measure"</th>
                            <th scope="col">"First"</th><th scope="col">"Last"</th><th scope="col">"Points"</th>
                        </tr></thead>
                        <tbody>{series}</tbody>
                    </table>
                </div>
            </section>
        </article>
    }
    .into_any()
}
