//! One placement of a song in a show: when, where, and whether it is really in it.

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::copy::NO_TIMESTAMP;
use needledrop_core::model::{Placement, Song};

use crate::components::{gap, SongLinks};
use crate::site::href;

/// A soundtrack entry: time, song (linked), artist, in-show badge, note,
/// links; `compact` on the song's own page: time, badge and note.
#[component]
pub fn PlacementItem(
    /// The placement.
    placement: Placement,
    /// Its song.
    song: Song,
    /// On the song's own page, which already names the song and its links.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let link = href(&format!("/songs/{}", song.id));
    let artist = if song.artist.is_empty() {
        "artist not named in the captions".to_owned()
    } else {
        song.artist.clone()
    };
    view! {
        <li class="placement">
            <span class="placement__time">
                {match placement.timestamp.clone() {
                    Some(time) => time.into_any(),
                    None => gap(NO_TIMESTAMP),
                }}
            </span>
            <div class="placement__body">
                <p class="placement__song">
                    {(!compact).then(|| view! {
                        <A href=link>{song.title.clone()}</A>
                        <span class="muted">{format!(" — {artist}")}</span>
                    })}
                    {if placement.in_show {
                        view! { <span class="badge badge--ok">"in the show"</span> }.into_any()
                    } else {
                        view! { <span class="badge badge--warn">"fan edits only"</span> }.into_any()
                    }}
                </p>
                <p class="placement__note">{placement.note.clone()}</p>
                {(!compact).then(|| view! { <SongLinks links=song.links.clone()/> })}
            </div>
        </li>
    }
}
