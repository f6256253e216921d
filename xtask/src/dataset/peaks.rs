//! Chart peaks, derived mechanically from the points of each rank series:
//! over the whole series, and per show tie from the release on.

use needledrop_core::chart::LoadedPoints;
use needledrop_core::model::{
    best_rank_since, max_value, ChartPeak, Metric, ReleasePeak, Series, SeriesFile, SeriesPoints,
    Show, ShowSong,
};
use needledrop_core::stats::{biggest_lift, ShowLift};
use needledrop_core::Dataset;

/// The points of a series id (empty when it has none).
fn points_of<'a>(points: &'a [&SeriesPoints], id: &str) -> &'a [needledrop_core::model::Point] {
    points
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.points.as_slice())
        .unwrap_or(&[])
}

/// The best rank and the first date it was reached, and for charts that
/// publish streams the highest streams and their first date.
pub fn derive_peaks(series: &[Series], points: &[&SeriesPoints]) -> Vec<ChartPeak> {
    let mut peaks = Vec::new();
    for rank_series in series.iter().filter(|s| s.metric == Metric::Rank) {
        let Some((best_rank, best_rank_date)) =
            best_rank_since(points_of(points, &rank_series.id), None)
        else {
            continue;
        };
        let streams_series = series.iter().find(|s| {
            s.metric == Metric::Streams
                && s.song == rank_series.song
                && s.chart == rank_series.chart
        });
        let most = streams_series.and_then(|streams| max_value(points_of(points, &streams.id)));
        peaks.push(ChartPeak {
            song: rank_series.song.clone(),
            series: rank_series.id.clone(),
            streams_series: streams_series.map(|s| s.id.clone()),
            best_rank,
            best_rank_date,
            // Exact: stream counts were read as whole numbers below 2^53.
            max_streams: most.map(|(value, _)| value as u64),
            max_streams_date: most.map(|(_, date)| date),
        });
    }
    peaks
}

/// For every show tie and rank series of its song, the best rank on or
/// after the tied release (ties whose song never charted after it have none).
pub fn derive_release_peaks(
    shows: &[Show],
    ties: &[ShowSong],
    series: &[Series],
    points: &[&SeriesPoints],
) -> Vec<ReleasePeak> {
    let mut peaks = Vec::new();
    for tie in ties {
        let Some(release) = shows
            .iter()
            .find(|show| show.id == tie.show)
            .and_then(|show| show.seasons.iter().find(|s| s.season == tie.season))
            .map(|season| season.release_date)
        else {
            continue;
        };
        for rank_series in series
            .iter()
            .filter(|s| s.metric == Metric::Rank && s.song == tie.song)
        {
            let run = points_of(points, &rank_series.id);
            let Some(entry) = run.iter().find(|p| p.date >= release) else {
                continue;
            };
            let Some((best_rank, best_rank_date)) = best_rank_since(run, Some(release)) else {
                continue;
            };
            peaks.push(ReleasePeak {
                show: tie.show.clone(),
                song: tie.song.clone(),
                season: tie.season.clone(),
                series: rank_series.id.clone(),
                entry_date: entry.date,
                best_rank,
                best_rank_date,
            });
        }
    }
    peaks
}

/// Each show's biggest measured lifts (places gained and, where streams are
/// charted, the streams ratio), computed by the spike statistics.
pub fn derive_lifts(dataset: &Dataset, files: &[SeriesFile]) -> Vec<ShowLift> {
    let points = LoadedPoints::from_files(files);
    dataset
        .shows
        .iter()
        .filter_map(|show| biggest_lift(dataset, &points, &show.id))
        .flat_map(|lift| lift.rank.into_iter().chain(lift.streams))
        .collect()
}
