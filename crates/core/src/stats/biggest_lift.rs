//! The biggest measured lift among a show's songs, for the comparison table.

use std::fmt;

use serde::Serialize;

use crate::chart::LoadedPoints;
use crate::Dataset;

use super::level::Baseline;
use super::song_spikes::{song_spikes, SpikeReport};

/// How a lift is measured.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LiftMeasure {
    /// Peak streams / baseline streams.
    StreamsRatio(f64),
    /// Places climbed on a chart of fixed size, from the baseline to the peak.
    RankGained {
        /// Baseline level (chart size + 1 when off the chart).
        from: f64,
        /// Whether the song was off the chart before.
        from_off_chart: bool,
        /// Peak rank.
        to: f64,
    },
}

impl fmt::Display for LiftMeasure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            LiftMeasure::StreamsRatio(ratio) => write!(f, "{ratio:.1}× streams"),
            LiftMeasure::RankGained {
                from,
                from_off_chart: true,
                to,
            } => {
                write!(f, "+{} places (off the chart to No. {to})", from - to)
            }
            LiftMeasure::RankGained { from, to, .. } => {
                write!(f, "+{} places (No. {from} to No. {to})", from - to)
            }
        }
    }
}

/// One song's lift after one release of a show.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ShowLift {
    /// Show id.
    pub show: String,
    /// Song id.
    pub song: String,
    /// Series id.
    pub series: String,
    /// Chart title.
    pub chart_title: String,
    /// Release title.
    pub release_title: String,
    /// The lift.
    pub measure: LiftMeasure,
}

/// A show's biggest lifts: by streams ratio and by places gained (the two
/// are not comparable, so both are kept; the table shows streams when known).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BiggestLift {
    /// Largest peak / baseline of a streams series.
    pub streams: Option<ShowLift>,
    /// Most places gained on a chart of fixed size.
    pub rank: Option<ShowLift>,
}

impl LiftMeasure {
    /// Places climbed, for rank lifts.
    pub fn places_gained(&self) -> Option<f64> {
        match *self {
            LiftMeasure::RankGained { from, to, .. } => Some(from - to),
            LiftMeasure::StreamsRatio(_) => None,
        }
    }

    /// Peak over baseline, for streams lifts.
    pub fn streams_ratio(&self) -> Option<f64> {
        match *self {
            LiftMeasure::StreamsRatio(ratio) => Some(ratio),
            LiftMeasure::RankGained { .. } => None,
        }
    }
}

impl BiggestLift {
    /// The lift to show in one cell: streams when measured, else places.
    pub fn headline(&self) -> Option<&ShowLift> {
        self.streams.as_ref().or(self.rank.as_ref())
    }
}

fn lift_of(report: &SpikeReport) -> Option<LiftMeasure> {
    if let Some(ratio) = report.stats.lift {
        return Some(LiftMeasure::StreamsRatio(ratio));
    }
    let gained = report
        .stats
        .rank_gained
        .filter(|_| report.chart_size.is_some())?;
    let peak = report.stats.peak?;
    let from_off_chart = matches!(report.stats.baseline, Baseline::OffChart { .. });
    Some(LiftMeasure::RankGained {
        from: peak.value + gained,
        from_off_chart,
        to: peak.value,
    })
}

/// The biggest lifts after `show`'s releases among its songs whose series
/// are loaded in `points`; `None` when the show has no measurable lift.
pub fn biggest_lift(
    dataset: &Dataset,
    points: &LoadedPoints<'_>,
    show: &str,
) -> Option<BiggestLift> {
    let mut best = BiggestLift::default();
    let songs = dataset
        .show_songs
        .iter()
        .filter(|tie| tie.show == show)
        .map(|tie| tie.song.as_str());
    for song in songs {
        for report in song_spikes(dataset, points, song)
            .iter()
            .filter(|report| report.show == show)
        {
            let Some(measure) = lift_of(report) else {
                continue;
            };
            let candidate = ShowLift {
                show: show.to_owned(),
                song: report.song.clone(),
                series: report.series.clone(),
                chart_title: report.chart_title.clone(),
                release_title: report.release_title.clone(),
                measure,
            };
            let slot = match measure {
                LiftMeasure::StreamsRatio(_) => &mut best.streams,
                LiftMeasure::RankGained { .. } => &mut best.rank,
            };
            let size = |lift: &ShowLift| match lift.measure {
                LiftMeasure::StreamsRatio(ratio) => ratio,
                LiftMeasure::RankGained { from, to, .. } => from - to,
            };
            if slot
                .as_ref()
                .is_none_or(|known| size(&candidate) > size(known))
            {
                *slot = Some(candidate);
            }
        }
    }
    (best.streams.is_some() || best.rank.is_some()).then_some(best)
}
