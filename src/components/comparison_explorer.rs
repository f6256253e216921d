//! The home page's table with its controls, all state in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::copy::{ARTICLE_QUALIFIER, MEASURED_COLUMNS_NOTE};
use needledrop_core::table::{comparison_rows, genre_options, visible_rows, TableQuery};
use needledrop_core::Dataset;

use crate::components::{ComparisonTable, QueryNotices, SourceNote, TableControls};
use crate::url_state::{borrowed, use_query_reading, use_query_writer, use_url_state};

/// Search, genre filter, column toggles, sortable table and result count.
#[component]
pub fn ComparisonExplorer(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
) -> impl IntoView {
    let rows = Arc::new(comparison_rows(&dataset));
    let total = rows.len();
    let genres = genre_options(&rows);
    let parsed = {
        let genres = genres.clone();
        use_query_reading(move |pairs| {
            let (mut query, mut notices) = TableQuery::from_pairs(borrowed(pairs), &[]);
            notices.extend(query.resolve_genre(&genres));
            (query, notices)
        })
    };
    let notices = Signal::derive(move || parsed.read().1.clone());
    let write = use_query_writer();
    let (query, set_query) = use_url_state(
        move || parsed.read().0.clone(),
        move |next: &TableQuery, replace| {
            let pairs: Vec<(String, String)> = next
                .to_pairs()
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value))
                .collect();
            write(&pairs, replace);
        },
    );
    let shown = {
        let rows = rows.clone();
        Memo::new(move |_| {
            visible_rows(&rows, &query.read())
                .into_iter()
                .map(|row| row.show_id.clone())
                .collect::<Vec<_>>()
        })
    };
    let article = dataset
        .shows
        .iter()
        .find_map(|show| show.comparison.as_ref())
        .and_then(|figures| dataset.source(&figures.source))
        .cloned();
    view! {
        <QueryNotices notices/>
        <TableControls query set_query genres shown=Signal::derive(move || shown.read().len()) total/>
        <ComparisonTable dataset rows query set_query shown/>
        {article.map(|source| view! {
            <SourceNote source qualifier=ARTICLE_QUALIFIER/>
        })}
        <p class="source-note">{MEASURED_COLUMNS_NOTE}</p>
    }
}
