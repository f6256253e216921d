//! Derived chart peaks per song and chart.
//!
//! Peaks are derived mechanically from the points of a series: the best
//! (lowest) rank and the first date it was reached; for stream charts the
//! highest daily streams and their date.

use serde::{Deserialize, Serialize};

use crate::Date;

/// A song's best position on a chart, derived from one series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartPeak {
    /// Song id.
    pub song: String,
    /// Rank series id it is derived from.
    pub series: String,
    /// Streams series of the same chart, when the chart publishes streams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streams_series: Option<String>,
    /// Best (lowest) rank reached.
    pub best_rank: u32,
    /// First date that rank was reached.
    pub best_rank_date: Date,
    /// Highest streams in a day, for stream charts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_streams: Option<u64>,
    /// Date of the highest streams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_streams_date: Option<Date>,
}
