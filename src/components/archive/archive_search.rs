//! Search as you type over every Hot 100 song and artist since 1958:
//! accent- and case-insensitive, prefix and word matches, ranked. The text
//! is kept in the URL (`q`); a result opens the song (`title`, `artist`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::archive::MatchKind;
use needledrop_core::counted::counted;

use crate::archive_store::Hot100Loaded;
use crate::url_state::{use_param_setter, use_url_state};

/// Most results listed.
const MAX_RESULTS: usize = 25;

/// The search box and its results.
#[component]
pub fn ArchiveSearch(
    /// The loaded archive.
    loaded: Arc<Hot100Loaded>,
) -> impl IntoView {
    let query = use_query_map();
    let set_params = use_param_setter();
    let (typed, set_typed) = {
        let set_params = set_params.clone();
        use_url_state(
            move || query.read().get("q").unwrap_or_default(),
            move |text: &String, replace| set_params(vec![("q", Some(text.clone()))], replace),
        )
    };
    let on_input = move |event| set_typed.run((event_target_value(&event), true));
    let results = {
        let loaded = loaded.clone();
        move || {
            let text = typed.get();
            let hits = loaded.index.search(&text, MAX_RESULTS);
            (text, hits)
        }
    };
    view! {
        <div class="archive-search">
            <label for="archive-q" class="picker__label">"Search every Hot 100 song since 1958"</label>
            <input id="archive-q" type="search" autocomplete="off" placeholder="A title or an artist: running up, metallica, beyoncé"
                prop:value=move || typed.get() on:input=on_input/>
            {move || {
                let (text, hits) = results();
                if text.trim().is_empty() {
                    return None;
                }
                if hits.is_empty() {
                    return Some(view! { <p class="muted" role="status">{format!("No Hot 100 song or artist matches “{text}”.")}</p> }.into_any());
                }
                let archive = &loaded.archive;
                let items = hits.into_iter().map(|hit| {
                    let song = hit.song();
                    let (title, artist) = (archive.title(song).to_owned(), archive.artist(song).to_owned());
                    let summary = archive.summary(song).map(|s| {
                        let years = if s.first.year() == s.last.year() { s.first.year().to_string() } else { format!("{}–{}", s.first.year(), s.last.year()) };
                        format!("{years} · peak No. {} · {}", s.peak, counted(s.weeks as usize, "week", "weeks"))
                    }).unwrap_or_default();
                    let by_artist = matches!(hit.kind, MatchKind::Artist);
                    let set_params = set_params.clone();
                    let (open_title, open_artist) = (title.clone(), artist.clone());
                    view! {
                        <li>
                            <button type="button" class="archive-hit" class:archive-hit--artist=by_artist
                                on:click=move |_| set_params(vec![("title", Some(open_title.clone())), ("artist", Some(open_artist.clone())), ("view", None)], false)>
                                <span class="archive-hit__title">{title}</span>
                                <span class="archive-hit__artist">{artist}</span>
                                <span class="archive-hit__facts muted">{summary}</span>
                            </button>
                        </li>
                    }
                }).collect_view();
                Some(view! { <ol class="archive-results" aria-label="Matching songs">{items}</ol> }.into_any())
            }}
        </div>
    }
}
