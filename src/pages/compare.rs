//! `/compare?songs=<id>,<id>`: several songs side by side.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::components::WithDataset;
use crate::document_meta::set_page_meta;
use crate::site::href;

/// The compare view: the songs named in `songs=`, with their chart series.
#[component]
pub fn ComparePage() -> impl IntoView {
    set_page_meta(
        "Compare songs",
        "Several songs' chart histories side by side.",
    );
    let query = use_query_map();
    view! {
        <article class="compare">
            <h1>"Compare songs"</h1>
            <WithDataset render=move |dataset| {
                let wanted = query.read().get("songs").unwrap_or_default();
                let ids: Vec<String> = wanted.split(',').map(str::trim).filter(|id| !id.is_empty()).map(str::to_owned).collect();
                let unknown: Vec<String> = ids.iter().filter(|id| dataset.song(id).is_none()).cloned().collect();
                let picked = ids.iter().filter_map(|id| dataset.song(id)).map(|song| {
                    let link = href(&format!("/songs/{}", song.id));
                    let series = dataset.series.iter().filter(|s| s.song == song.id).count();
                    let (title, detail) = (song.title.clone(), format!(" — {} · {series} chart series", song.artist));
                    view! { <li><A href=link>{title}</A>{detail}</li> }
                }).collect_view();
                let choices = dataset.songs.iter().map(|song| {
                    let link = href(&format!("/compare?songs={}", song.id));
                    view! { <li><A href=link>{format!("{} — {}", song.title, song.artist)}</A></li> }
                }).collect_view();
                view! {
                    {(!unknown.is_empty()).then(|| view! {
                        <p class="notice" role="status">{format!("Ignored unknown song ids: {}", unknown.join(", "))}</p>
                    })}
                    {if ids.is_empty() {
                        view! { <p>"Pick a song to start a comparison:"</p><ul class="song-list columns">{choices}</ul> }.into_any()
                    } else {
                        view! { <ul class="song-list">{picked}</ul> }.into_any()
                    }}
                }
            }/>
        </article>
    }
}
