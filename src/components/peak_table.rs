//! A table of chart peaks: per song and chart, since the release and all time.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use needledrop_core::model::ReleasePeak;
use needledrop_core::Dataset;

use super::{DateText, SimpleTable};
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
                    <td><DateText date=peak.entry_date/></td>
                    <td class="num"><strong>{format!("No. {}", peak.best_rank)}</strong></td>
                    <td><DateText date=peak.best_rank_date/></td>
                    <td class="num">{all_time.map(|p| format!("No. {} ({})", p.best_rank, p.best_rank_date))}</td>
                    <td><a href=source>"source"</a></td>
                </tr>
            })
        })
        .collect_view();
    view! {
        <SimpleTable
            caption="Chart peaks since release"
            headings=&[
                "Song", "Chart", "Entered after release", "Best since release", "Reached",
                "All-time best", "Source",
            ]
        >
            {rows}
        </SimpleTable>
    }
}
