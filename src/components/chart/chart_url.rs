//! The chart's state in the URL: read from the query, written back with the
//! page's other parameters kept as they are.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::chart::{ChartQuery, CHART_QUERY_KEYS};
use needledrop_core::table::{unknown_parameters, Notice};

use crate::url_state::{borrowed, query_pairs, use_query_reading, use_query_writer};

/// The chart query of the current URL, with notices for what was ignored.
/// On a page of the chart's own (song, show, compare), `page_keys` lists
/// the keys the page reads besides the chart's, and any other key is
/// noticed first.
pub fn use_chart_query(
    page_keys: Option<&'static [&'static str]>,
) -> Memo<(ChartQuery, Vec<Notice>)> {
    use_query_reading(move |pairs| {
        let mut notices = page_keys
            .map(|keys| unknown_parameters(borrowed(pairs), &[&CHART_QUERY_KEYS[..], keys]))
            .unwrap_or_default();
        let (query, chart_notices) = ChartQuery::from_pairs(borrowed(pairs));
        notices.extend(chart_notices);
        (query, notices)
    })
}

/// A function that writes a chart query into the URL. `replace = true`
/// rewrites the current history entry (zoom and pan); `false` adds one
/// (a toggle the reader may want to go back from).
pub fn use_chart_query_writer() -> impl Fn(&ChartQuery, bool) + Clone + Send + Sync + 'static {
    let write = use_query_writer();
    let map = use_query_map();
    move |query: &ChartQuery, replace: bool| {
        let mut pairs: Vec<(String, String)> = query_pairs(&map.read_untracked())
            .into_iter()
            .filter(|(key, _)| !CHART_QUERY_KEYS.contains(&key.as_str()))
            .collect();
        pairs.extend(
            query
                .to_pairs()
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value)),
        );
        write(&pairs, replace);
    }
}
