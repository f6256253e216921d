//! An inline sparkline of a song's rank history around a release.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::table::{peak_sparkline, BestPeak, SPARKLINE_HEIGHT, SPARKLINE_WIDTH};
use needledrop_core::Dataset;

use crate::data_source::load_series_files;

/// A 96x24 rank sparkline of the best peak's series, from four weeks before
/// its entry after the release to six months after; No. 1 at the top
/// ([`peak_sparkline`]).
#[component]
pub fn Sparkline(
    /// The dataset (for the series file name and validation).
    dataset: Arc<Dataset>,
    /// The peak whose series is drawn.
    peak: BestPeak,
) -> impl IntoView {
    let series_id = peak.series.clone();
    let song = peak.song.clone();
    let summary = dataset.series.iter().find(|s| s.id == series_id).cloned();
    let resource = LocalResource::new(move || {
        let dataset = dataset.clone();
        let song = song.clone();
        async move {
            load_series_files(&dataset, &[song])
                .await
                .ok()
                .and_then(|files| files.into_iter().next())
        }
    });
    let view_box = format!("-1 -1 {} {}", SPARKLINE_WIDTH + 2.0, SPARKLINE_HEIGHT + 2.0);
    move || {
        // While the series loads, an empty box of the same size keeps the row
        // from changing height when the line arrives.
        let Some(file) = resource.get() else {
            return Some(
                view! { <svg class="sparkline" viewBox=view_box.clone() width=SPARKLINE_WIDTH height=SPARKLINE_HEIGHT aria-hidden="true"></svg> }
                    .into_any(),
            );
        };
        let summary = summary.as_ref()?;
        let points = &file?.series.into_iter().find(|s| s.id == series_id)?.points;
        let line = peak_sparkline(&peak, summary, points)?;
        let label = line.label.clone();
        Some(
            view! {
                <svg class="sparkline" viewBox=view_box.clone()
                    width=SPARKLINE_WIDTH height=SPARKLINE_HEIGHT role="img" aria-label=label>
                    <title>{line.label}</title>
                    <path d=line.path fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>
                </svg>
            }
            .into_any(),
        )
    }
}
