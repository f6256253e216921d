//! Daily chart context: how many streams it took to be on a chart that day.
//!
//! A song absent from a Top 200 on a day was below rank 200, not missing.
//! With the streams at the last rank, "below the chart" can be stated as
//! "fewer than X streams". Kept in `public/data/chart-context.json`, apart
//! from `index.json`, and fetched when a chart needs it.

use serde::Serialize;

use crate::Date;

/// The chart-context document (`public/data/chart-context.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartContextFile {
    /// Always [`super::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One entry per chart and region.
    pub charts: Vec<ChartContext>,
}

/// The daily context of one chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartContext {
    /// Chart slug, as in [`super::Series::chart`] (`spotify-us-daily`).
    pub chart: String,
    /// Region (`us`, `global`).
    pub region: String,
    /// Source id.
    pub source: String,
    /// One entry per chart day, sorted by date.
    pub days: Vec<ChartDay>,
}

/// One day of a chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChartDay {
    /// Chart date.
    pub date: Date,
    /// Number of rows the chart has that day.
    pub entries: u32,
    /// Streams of the song at rank 1.
    pub streams_at_rank_1: u64,
    /// Streams of the song at the last rank (200 on a full Top 200).
    pub streams_at_last_rank: u64,
    /// The last rank present that day.
    pub last_rank: u32,
}
