//! `/`: the comparison table of shows.

use leptos::prelude::*;

use crate::components::{ComparisonExplorer, WithDataset};
use crate::document_meta::set_page_meta;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_page_meta(
        "",
        "Which songs streaming shows used, where, and the chart spike that followed.",
    );
    view! {
        <section class="intro">
            <h1>"What the music of streaming shows did to the charts"</h1>
            <p class="lede">
                "Which songs a show used, where it used them, and what happened to them on the charts afterwards — from public Billboard and Spotify chart archives."
            </p>
        </section>
        <WithDataset render=|dataset| view! { <ComparisonExplorer dataset/> }/>
    }
}
