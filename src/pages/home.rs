//! `/`: the comparison table of shows.

use leptos::prelude::*;
use needledrop_core::copy::{HOME_HEADLINE, HOME_LEDE};

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
            <h1>{HOME_HEADLINE}</h1>
            <p class="lede">{HOME_LEDE}</p>
        </section>
        <WithDataset render=|dataset| view! { <ComparisonExplorer dataset/> }/>
    }
}
