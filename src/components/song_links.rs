//! Listen and search links of a song (only `http(s)` addresses are rendered).

use leptos::prelude::*;
use needledrop_core::model::Link;

use crate::site::safe_external_url;

/// A compact row of outbound links.
#[component]
pub fn SongLinks(
    /// The song's links.
    links: Vec<Link>,
) -> impl IntoView {
    let items = links
        .into_iter()
        .filter_map(|link| {
            let url = safe_external_url(&link.url)?.to_owned();
            Some(view! {
                <li><a href=url rel="noopener noreferrer" target="_blank">{link.label}</a></li>
            })
        })
        .collect_view();
    view! { <ul class="song-links" aria-label="Listen or search">{items}</ul> }
}
