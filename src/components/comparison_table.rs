//! The comparison table of shows and their soundtracks (the home page's heart).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::table::{comparison_rows, ComparisonRow};
use needledrop_core::Dataset;

use crate::components::SourceNote;
use crate::site::href;

/// A gap: the figure is not in the sources, and the table says so.
fn gap() -> AnyView {
    view! { <span class="gap" title="Not in the source article">"—"</span> }.into_any()
}

fn row_view(row: ComparisonRow<'_>) -> impl IntoView {
    let link = href(&format!("/shows/{}", row.show_id));
    let title = row.title.to_owned();
    let figures = row.figures.cloned();
    let cell = |label: &'static str, content: AnyView| {
        view! { <td data-label=label>{content}</td> }
    };
    let (genre, peak, artists, engagement) = match figures {
        Some(figures) => (
            view! { <span>{figures.music_genre}</span> }.into_any(),
            view! {
                <span class="peak">
                    <span class="peak__rank">{format!("No. {}", figures.peak_position)}</span>
                    " "
                    <span class="peak__chart">{figures.peak_chart}</span>
                </span>
            }
            .into_any(),
            view! { <span>{figures.notable_artists.join(", ")}</span> }.into_any(),
            view! { <span>{figures.fan_engagement}</span> }.into_any(),
        ),
        None => (gap(), gap(), gap(), gap()),
    };
    view! {
        <tr>
            <th scope="row" data-label="Show"><A href=link>{title}</A></th>
            {cell("Music genre", genre)}
            {cell("Peak chart position", peak)}
            {cell("Notable artists", artists)}
            {cell("Fan engagement highlights", engagement)}
        </tr>
    }
}

/// The table of every show, with the article's figures and their source.
#[component]
pub fn ComparisonTable(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let rows = comparison_rows(&dataset);
    let sources: Vec<_> = {
        let mut seen = Vec::new();
        for row in &rows {
            if let Some(source) = row.source {
                if !seen
                    .iter()
                    .any(|s: &needledrop_core::model::Source| s.id == source.id)
                {
                    seen.push(source.clone());
                }
            }
        }
        seen
    };
    let count = rows.len();
    let body: Vec<_> = rows.into_iter().map(row_view).collect();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="comparison-caption" tabindex="0">
            <table class="comparison">
                <caption id="comparison-caption">
                    "Shows and their soundtracks"
                    <span class="caption__count">{format!("{count} shows")}</span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Show"</th>
                        <th scope="col">"Music genre"</th>
                        <th scope="col">"Peak chart position"</th>
                        <th scope="col">"Notable artists"</th>
                        <th scope="col">"Fan engagement highlights"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {sources
            .into_iter()
            .map(|source| view! { <SourceNote source qualifier="genre, peak, artists and engagement are the article's own claims"/> })
            .collect_view()}
    }
}
