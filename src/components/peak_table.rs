//! A table of chart peaks: per song and chart, since the release and all time.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::model::ReleasePeak;
use needledrop_core::Dataset;

use crate::site::href;

/// Peaks of a show's songs after their release, beside each series' all-time best.
#[component]
pub fn PeakTable(
    /// The dataset.
    dataset: Arc<Dataset>,
    /// The release peaks to list.
    peaks: Vec<ReleasePeak>,
) -> impl IntoView {
    let rows = peaks
        .into_iter()
        .filter_map(|peak| {
            let song = dataset.song(&peak.song)?;
            let series = dataset.series.iter().find(|s| s.id == peak.series)?;
            let all_time = dataset.peaks.iter().find(|p| p.series == peak.series);
            let link = href(&format!("/songs/{}", song.id));
            let source = href(&format!("/data#source-{}", series.source));
            let title = song.title.clone();
            Some(view! {
                <tr>
                    <th scope="row"><A href=link>{title}</A></th>
                    <td>{series.chart_title.clone()}</td>
                    <td>{peak.entry_date.to_string()}</td>
                    <td class="num"><strong>{format!("No. {}", peak.best_rank)}</strong></td>
                    <td>{peak.best_rank_date.to_string()}</td>
                    <td class="num">{all_time.map(|p| format!("No. {} ({})", p.best_rank, p.best_rank_date))}</td>
                    <td><a href=source>"source"</a></td>
                </tr>
            })
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="simple">
                <caption class="visually-hidden">"Chart peaks since release"</caption>
                <thead><tr>
                    <th scope="col">"Song"</th><th scope="col">"Chart"</th><th scope="col">"Entered after release"</th>
                    <th scope="col">"Best since release"</th><th scope="col">"Reached"</th><th scope="col">"All-time best"</th>
                    <th scope="col">"Source"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
