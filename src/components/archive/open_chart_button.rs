//! A song or track title that opens its chart on the archive page (it sets
//! `title`/`artist` for the Hot 100, `track`/`track_artist` for Spotify).

use leptos::prelude::*;

use crate::url_state::use_param_setter;

/// The title as a button that opens the chart of `title` by `artist`.
#[component]
pub fn OpenChartButton(
    /// The title as the chart printed it.
    title: String,
    /// The artist as the chart printed it.
    artist: String,
    /// A Spotify track rather than a Hot 100 song.
    #[prop(optional)]
    spotify: bool,
) -> impl IntoView {
    let set = use_param_setter();
    let (title_key, artist_key) = if spotify {
        ("track", "track_artist")
    } else {
        ("title", "artist")
    };
    let shown = title.clone();
    view! {
        <button type="button" class="link-button"
            on:click=move |_| set(vec![(title_key, Some(title.clone())), (artist_key, Some(artist.clone()))], false)>
            {shown}
        </button>
    }
}
