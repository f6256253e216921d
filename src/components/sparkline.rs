//! An inline sparkline of a song's rank history around a release.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::model::Frequency;
use needledrop_core::table::{sparkline_path, BestPeak, SparklineFrame};
use needledrop_core::{Dataset, Date};

use crate::data_source::load_series_files;

const WIDTH: f64 = 96.0;
const HEIGHT: f64 = 24.0;
/// Days shown before the chart entry and after it.
const BEFORE_DAYS: i32 = 28;
const AFTER_DAYS: i32 = 182;

/// A 96x24 rank sparkline of the best peak's series, from four weeks before
/// its entry after the release to six months after; No. 1 at the top.
#[component]
pub fn Sparkline(
    /// The dataset (for the series file name and validation).
    dataset: Arc<Dataset>,
    /// The peak whose series is drawn.
    peak: BestPeak,
) -> impl IntoView {
    let entry = peak.entry_date;
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
    let label = format!(
        "Rank history on {} around the release: best No. {} on {}",
        peak.chart_title, peak.rank, peak.date
    );
    move || {
        let file = resource.get().flatten()?;
        let summary = summary.clone()?;
        let points = &file.series.iter().find(|s| s.id == series_id)?.points;
        let frame = SparklineFrame {
            from: Date::from_days_since_epoch(entry.days_since_epoch() - BEFORE_DAYS)?,
            to: Date::from_days_since_epoch(entry.days_since_epoch() + AFTER_DAYS)?,
            worst_rank: summary.chart_size.unwrap_or_else(|| worst_rank(points)),
            width: WIDTH,
            height: HEIGHT,
            max_step_days: match summary.frequency {
                Frequency::Daily => 1,
                Frequency::Weekly => 7,
            },
        };
        let path = sparkline_path(points, &frame);
        Some(view! {
            <svg class="sparkline" viewBox=format!("-1 -1 {} {}", WIDTH + 2.0, HEIGHT + 2.0)
                width=WIDTH height=HEIGHT role="img" aria-label=label.clone()>
                <title>{label.clone()}</title>
                <path d=path fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>
            </svg>
        })
    }
}

/// The worst rank in the points, for charts without a fixed size.
fn worst_rank(points: &[needledrop_core::model::Point]) -> u32 {
    // Exact: ranks are validated whole numbers.
    points
        .iter()
        .map(|p| p.value as u32)
        .max()
        .unwrap_or(1)
        .max(2)
}
