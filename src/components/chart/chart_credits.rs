//! Under an embedded chart: the sources of the series drawn (linked when
//! their address is `http(s)`) and a small link back to the full view.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::chart::{ChartQuery, ChartSpec};
use needledrop_core::export::chart_sources;
use needledrop_core::query_string::encode_pairs;
use needledrop_core::Dataset;

use crate::site::{href, safe_external_url};

/// The full view of this chart: the song page for one song, else `/compare`,
/// with the same chart query (alignment written out).
fn full_view_href(songs: &[String], query: &ChartQuery, spec: &ChartSpec) -> String {
    let mut chart = query.clone();
    chart.align = Some(spec.align);
    let (path, pairs) = match songs {
        [song] => {
            chart.songs.clear();
            (format!("/songs/{song}"), chart.to_pairs())
        }
        _ => {
            chart.songs = songs.to_vec();
            ("/compare".to_owned(), chart.to_pairs())
        }
    };
    let query = encode_pairs(&pairs);
    if query.is_empty() {
        href(&path)
    } else {
        href(&format!("{path}?{query}"))
    }
}

/// "Source: …" with links, and "Needledrop ↗" back to the full view (new tab).
#[component]
pub fn ChartCredits(
    /// The dataset (sources).
    dataset: Arc<Dataset>,
    /// The songs charted.
    #[prop(into)]
    songs: Signal<Vec<String>>,
    /// The chart query in effect.
    #[prop(into)]
    query: Signal<ChartQuery>,
    /// The chart as drawn.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    let sources = move || {
        spec.with(|spec| {
            chart_sources(&dataset, spec)
                .into_iter()
                .map(|source| {
                    let title = source.title.clone();
                    match source.url.as_deref().and_then(safe_external_url) {
                        Some(url) => view! {
                            <a href=url.to_owned() target="_blank" rel="noopener noreferrer">{title}</a>
                        }
                        .into_any(),
                        None => view! { <span>{title}</span> }.into_any(),
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let source_list = move || {
        let items = sources();
        let label = if items.len() > 1 {
            "Sources: "
        } else {
            "Source: "
        };
        (!items.is_empty()).then(|| {
            let count = items.len();
            let joined = items
                .into_iter()
                .enumerate()
                .map(|(index, item)| {
                    view! { {item}{(index + 1 < count).then_some("; ")} }
                })
                .collect_view();
            view! { <span class="chart-credits__sources">{label}{joined}</span> }
        })
    };
    let back = move || spec.with(|spec| full_view_href(&songs.get(), &query.get(), spec));
    view! {
        <p class="chart-credits">
            {source_list}
            <a class="chart-credits__home" href=back target="_blank" rel="noopener">"Needledrop ↗"</a>
        </p>
    }
}
