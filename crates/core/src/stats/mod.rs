//! Spike statistics: what a release did to a song's chart life.
//!
//! For one series and one release: a robust pre-release baseline, the peak
//! after release (rank gained, or peak / baseline for streams), days to
//! chart entry and to the peak, the half-life of the decay, the streams
//! above the baseline and the level six months on. The method, in words, is
//! in [`METHOD`] so the app can show it beside the numbers.

mod biggest_lift;
mod coverage;
mod decay;
mod level;
mod song_spikes;
mod spike;

pub use biggest_lift::{biggest_lift, BiggestLift, LiftMeasure, ShowLift};
pub use coverage::chart_coverage;
pub use decay::half_life_days;
pub use level::{median, Baseline};
pub use song_spikes::{song_spikes, SpikeReport};
pub use spike::{
    spike_stats, Peak, Plateau, SpikeInput, SpikeStats, PLATEAU_DAYS, POST_WINDOW_DAYS,
    PRE_WINDOW_DAYS,
};

/// How the statistics are computed, for the data page and tooltips.
pub const METHOD: &str = "Baseline: the median of the 56 days before the release. On a chart with a fixed size \
(Hot 100, Spotify Top 200), a week or day without the song counts as one place below the chart (101 on the Hot 100), \
because absence means it was below the last rank; with no appearance at all the song was off the chart. \
Peak: the best rank, or the most streams, in the 182 days from the release. Rank gained: baseline minus peak rank. \
Lift: peak streams divided by the baseline. Days to entry: from the release to the first chart appearance, for a song \
that was off the chart before. Half-life: days from the peak until the excess over the baseline first falls to half, \
interpolated between the two charts around that moment (on a log scale while both are above the baseline). \
Excess streams: the sum of daily streams above the baseline over the charted days of the 182 days. New plateau: the \
median of days 154 to 182 after the release, and for streams that median over the baseline.";
