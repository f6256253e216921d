//! The data in view: one row per point of each shown series inside the
//! visible x range, with what the series is and where it comes from.

use crate::chart::{points_in_x_range, ChartSpec};
use crate::Dataset;

/// One exported observation.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRow {
    /// Series id (`running-up-that-hill-kate-bush.billboard-hot-100`).
    pub series_id: String,
    /// Chart title (`Billboard Hot 100`).
    pub chart: String,
    /// Chart region (`us`, `global`).
    pub region: String,
    /// `rank` or `streams`.
    pub metric: &'static str,
    /// Chart date, `YYYY-MM-DD`.
    pub date: String,
    /// Rank or streams, exactly as in the data.
    pub value: f64,
    /// Title of the series' source.
    pub source_title: String,
    /// Address of the series' source, when it has one.
    pub source_url: String,
}

/// Every point drawn on the chart: shown, loaded series only, points within
/// the visible x range, in legend then date order.
pub fn rows_in_view(dataset: &Dataset, spec: &ChartSpec) -> Vec<ExportRow> {
    if spec.empty.is_some() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    for (_, line) in spec.visible_lines() {
        let series = dataset.series.iter().find(|s| s.id == line.series_id);
        let source = series.and_then(|s| dataset.source(&s.source));
        let region = series.map(|s| s.region.clone()).unwrap_or_default();
        let source_title = source.map(|s| s.title.clone()).unwrap_or_default();
        let source_url = source.and_then(|s| s.url.clone()).unwrap_or_default();
        let metric = line.metric.name();
        for point in &line.points[points_in_x_range(line, spec.x_range)] {
            rows.push(ExportRow {
                series_id: line.series_id.clone(),
                chart: line.chart_title.clone(),
                region: region.clone(),
                metric,
                date: point.date.to_string(),
                value: point.value,
                source_title: source_title.clone(),
                source_url: source_url.clone(),
            });
        }
    }
    rows
}
