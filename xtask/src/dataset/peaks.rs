//! Chart peaks, derived mechanically from the points of each rank series.

use needledrop_core::model::{ChartPeak, Metric, Series, SeriesPoints};

/// The best rank and the first date it was reached, and for charts that
/// publish streams the highest streams and their first date.
pub fn derive_peaks(series: &[Series], points: &[&SeriesPoints]) -> Vec<ChartPeak> {
    let points_of = |id: &str| {
        points
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.points.as_slice())
            .unwrap_or(&[])
    };
    let mut peaks = Vec::new();
    for rank_series in series.iter().filter(|s| s.metric == Metric::Rank) {
        let mut best: Option<(f64, needledrop_core::Date)> = None;
        for point in points_of(&rank_series.id) {
            if best.is_none_or(|(value, _)| point.value < value) {
                best = Some((point.value, point.date));
            }
        }
        let Some((best_rank, best_rank_date)) = best else {
            continue;
        };
        let streams_series = series.iter().find(|s| {
            s.metric == Metric::Streams
                && s.song == rank_series.song
                && s.chart == rank_series.chart
        });
        let mut most: Option<(f64, needledrop_core::Date)> = None;
        if let Some(streams) = streams_series {
            for point in points_of(&streams.id) {
                if most.is_none_or(|(value, _)| point.value > value) {
                    most = Some((point.value, point.date));
                }
            }
        }
        peaks.push(ChartPeak {
            song: rank_series.song.clone(),
            series: rank_series.id.clone(),
            streams_series: streams_series.map(|s| s.id.clone()),
            // Exact: ranks are whole numbers from 1 to the chart size.
            best_rank: best_rank as u32,
            best_rank_date,
            // Exact: stream counts were read as whole numbers below 2^53.
            max_streams: most.map(|(value, _)| value as u64),
            max_streams_date: most.map(|(_, date)| date),
        });
    }
    peaks
}
