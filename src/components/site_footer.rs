//! The site footer: what the data is and where it comes from.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::site::href;

/// Footer with the data provenance line.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Chart data: Billboard and Spotify charts as archived in public repositories; "
                "soundtrack facts from the sources listed on the "
                <A href=href("/data")>"data page"</A>
                ". Every figure links to its source."
            </p>
        </footer>
    }
}
