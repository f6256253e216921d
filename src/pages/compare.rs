//! `/compare?songs=<id>,<id>`: several songs on one chart, with a song picker.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::table::fold_for_search;
use needledrop_core::Dataset;

use crate::components::chart::SpikeChart;
use crate::components::{use_charted_songs, ImportPanel, LinkedData, WithDataset};
use crate::document_meta::set_page_meta;
use crate::state::use_dataset;
use crate::url_state::{query_pairs, use_query_writer};
use needledrop_core::import::{merge_into, DATA_QUERY_KEYS};

/// Most songs one comparison holds (the palette has eight colours).
const MAX_SONGS: usize = 8;
/// Most suggestions shown while typing.
const MAX_SUGGESTIONS: usize = 12;

/// The compare view.
#[component]
pub fn ComparePage() -> impl IntoView {
    set_page_meta(
        "Compare songs",
        "Several songs' chart histories on one chart, lined up on their releases.",
    );
    view! {
        <article class="compare">
            <h1>"Compare songs"</h1>
            <p class="lede">"Put songs from different shows and years on one chart; “days since release” lines them up at day 0."</p>
            <LinkedData/>
            <WithDataset render=|dataset| view! { <Comparison dataset/> }/>
        </article>
    }
}

/// The picker and the chart for the loaded dataset.
#[component]
fn Comparison(dataset: Arc<Dataset>) -> impl IntoView {
    let query = use_query_map();
    let write = use_query_writer();
    let selected = use_charted_songs();
    let set_songs = move |songs: Vec<String>| {
        let mut pairs: Vec<(String, String)> = query_pairs(&query.read_untracked())
            .into_iter()
            .filter(|(key, _)| key != "songs")
            .collect();
        if !songs.is_empty() {
            pairs.insert(0, ("songs".to_owned(), songs.join(",")));
        }
        write(&pairs, false);
    };
    let (typed, set_typed) = signal(String::new());
    let candidates: Arc<Vec<(String, String, String)>> = Arc::new(
        dataset
            .songs
            .iter()
            .filter(|song| dataset.series.iter().any(|s| s.song == song.id))
            .map(|song| {
                let label = if song.artist.is_empty() {
                    song.title.clone()
                } else {
                    format!("{} — {}", song.title, song.artist)
                };
                (song.id.clone(), label.clone(), fold_for_search(&label))
            })
            .collect(),
    );
    let suggestions = {
        let candidates = candidates.clone();
        move || {
            let terms: Vec<String> = fold_for_search(&typed.get())
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            let chosen = selected.get();
            candidates
                .iter()
                .filter(|(id, _, _)| !chosen.contains(id))
                .filter(|(_, _, folded)| terms.iter().all(|term| folded.contains(term.as_str())))
                .take(MAX_SUGGESTIONS)
                .cloned()
                .collect::<Vec<_>>()
        }
    };
    let chips = {
        let dataset = dataset.clone();
        let set_songs = set_songs.clone();
        move || {
            selected
                .get()
                .into_iter()
                .map(|id| {
                    let label = dataset
                        .song(&id)
                        .map_or_else(|| id.clone(), |song| song.title.clone());
                    let set_songs = set_songs.clone();
                    let remove_id = id.clone();
                    view! {
                        <li class="chip">
                            {label.clone()}
                            <button type="button" class="chip__remove" aria-label=format!("Remove {label}")
                                on:click=move |_| {
                                    let rest = selected.get_untracked().into_iter().filter(|s| *s != remove_id).collect();
                                    set_songs(rest);
                                }>"×"</button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let add = {
        let set_songs = set_songs.clone();
        move |id: String| {
            let mut songs = selected.get_untracked();
            if !songs.contains(&id) && songs.len() < MAX_SONGS {
                songs.push(id);
                set_songs(songs);
            }
            set_typed.set(String::new());
        }
    };
    // Enter adds the first song that matches.
    let on_keydown = {
        let (suggestions, add) = (suggestions.clone(), add.clone());
        move |event: leptos::ev::KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                if let Some((id, ..)) = suggestions().into_iter().next() {
                    add(id);
                }
            }
        }
    };
    // Said in a live region that is always there, so it is announced.
    let no_match = {
        let suggestions = suggestions.clone();
        move || {
            let text = typed.get();
            if text.trim().is_empty() || !suggestions().is_empty() {
                return String::new();
            }
            format!("No other song with chart data matches “{}”.", text.trim())
        }
    };
    let bundled = use_dataset().resource;
    let on_imported = {
        let set_songs = set_songs.clone();
        Callback::new(move |data: needledrop_core::import::ImportedData| {
            // Imports replace earlier ones, so their ids are those a merge into the bundled data gives.
            let Some(Ok(bundled)) = bundled.get_untracked() else {
                return;
            };
            let (merged, files) = merge_into(&bundled, &data);
            let mut songs: Vec<String> = selected
                .get_untracked()
                .into_iter()
                .filter(|id| bundled.song(id).is_some())
                .collect();
            for file in files {
                if merged.song(&file.song).is_some()
                    && !songs.contains(&file.song)
                    && songs.len() < MAX_SONGS
                {
                    songs.push(file.song);
                }
            }
            set_songs(songs);
        })
    };
    view! {
        <section class="panel picker">
            <label for="song-picker" class="picker__label">"Add a song"</label>
            <input id="song-picker" type="search" autocomplete="off" placeholder="Type a title or an artist"
                prop:value=move || typed.get()
                on:input=move |event| set_typed.set(event_target_value(&event)) on:keydown=on_keydown/>
            <ul class="picker__suggestions" aria-label="Matching songs">
                {move || suggestions().into_iter().map(|(id, label, _)| {
                    let add = add.clone();
                    view! { <li><button type="button" class="suggestion" on:click=move |_| add(id.clone())>{label}</button></li> }
                }).collect_view()}
            </ul>
            <p class="muted" role="status">{no_match}</p>
            <ul class="chips" aria-label="Songs on the chart">{chips}</ul>
            {move || (selected.read().len() >= MAX_SONGS).then(|| view! {
                <p class="muted">{format!("A comparison holds up to {MAX_SONGS} songs.")}</p>
            })}
        </section>
        <section class="panel chart-panel" id="chart">
            {move || if selected.read().is_empty() {
                view! { <p class="gap-note">"Pick at least one song above to draw the chart."</p> }.into_any()
            } else {
                view! { <SpikeChart dataset=dataset.clone() songs=Signal::derive(move || selected.get()) release_aligned=true page_keys=&DATA_QUERY_KEYS/> }.into_any()
            }}
        </section>
        <ImportPanel on_imported/>
    }
}
