//! A "Source:" line naming where figures come from, linked to the data page.

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::model::Source;

use crate::components::DateText;
use crate::site::{href, safe_external_url};

/// The source line under a table or chart.
#[component]
pub fn SourceNote(
    /// The source to cite.
    source: Source,
    /// Extra words after the title (for example "the article's own claims").
    #[prop(optional, into)]
    qualifier: Option<String>,
) -> impl IntoView {
    let date = source.date.map(|date| view! { " (" <DateText date/> ")" });
    let external = source
        .url
        .as_deref()
        .and_then(safe_external_url)
        .map(str::to_owned);
    let anchor = href(&format!("/data#source-{}", source.id));
    view! {
        <p class="source-note">
            "Source: "
            {match external {
                Some(url) => view! { <a href=url rel="noopener noreferrer">{source.title.clone()}</a> }.into_any(),
                None => view! { <cite>{source.title.clone()}</cite> }.into_any(),
            }}
            {date}
            {qualifier.map(|text| format!(" — {text}"))}
            ". "
            <A href=anchor>"About this source"</A>
        </p>
    }
}
