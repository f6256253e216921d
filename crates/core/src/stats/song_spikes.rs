//! Spike statistics for every series of a song and every release it is tied to.

use crate::chart::{markers_for_songs, LoadedPoints, MarkerKind};
use crate::model::Metric;
use crate::Dataset;

use super::coverage::chart_coverage;
use super::spike::{spike_stats, SpikeInput, SpikeStats};

/// The statistics of one series around one release.
#[derive(Clone, Debug, PartialEq)]
pub struct SpikeReport {
    /// Song id.
    pub song: String,
    /// Show id of the release.
    pub show: String,
    /// Release title ("Stranger Things 4 (volume 2)").
    pub release_title: String,
    /// Series id.
    pub series: String,
    /// Chart title.
    pub chart_title: String,
    /// Chart size, when fixed.
    pub chart_size: Option<u32>,
    /// The numbers.
    pub stats: SpikeStats,
}

/// Statistics for each loaded series of `song` around each of its releases,
/// in release then dataset order. Series not loaded are left out.
pub fn song_spikes(dataset: &Dataset, points: &LoadedPoints<'_>, song: &str) -> Vec<SpikeReport> {
    let releases: Vec<_> = markers_for_songs(dataset, &[song])
        .into_iter()
        .filter(|marker| marker.kind == MarkerKind::Release)
        .collect();
    let mut reports = Vec::new();
    for release in &releases {
        for series in dataset.series.iter().filter(|series| series.song == song) {
            let Some(series_points) = points.get(&series.id) else {
                continue;
            };
            let stats = spike_stats(SpikeInput {
                points: series_points,
                metric: series.metric,
                frequency: series.frequency,
                chart_size: series.chart_size,
                release: release.date,
                coverage: chart_coverage(dataset, &series.chart),
            });
            reports.push(SpikeReport {
                song: song.to_owned(),
                show: release.show.clone(),
                release_title: release.label.clone(),
                series: series.id.clone(),
                chart_title: match series.metric {
                    Metric::Rank => series.chart_title.clone(),
                    Metric::Streams => format!("{} (streams)", series.chart_title),
                },
                chart_size: series.chart_size,
                stats,
            });
        }
    }
    reports
}
