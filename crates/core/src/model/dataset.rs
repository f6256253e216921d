//! The top-level dataset document (`public/data/index.json`).

use serde::Serialize;

use super::{ChartPeak, Placement, ReportedFigure, Series, Show, ShowSong, Song, Source};

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the app knows, as bundled in `index.json`.
///
/// Series points are not inline: each [`Series`] here carries its summary and
/// the name of the per-song file that holds its points, so the first load
/// stays small.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Dataset {
    /// Always [`SCHEMA_VERSION`] for files this build understands.
    pub schema_version: u32,
    /// Where every figure comes from.
    pub sources: Vec<Source>,
    /// Shows, in display order.
    pub shows: Vec<Show>,
    /// Songs linked to at least one show.
    pub songs: Vec<Song>,
    /// Every song tied to each show, with the release it is tied to.
    pub show_songs: Vec<ShowSong>,
    /// Where songs are placed in shows.
    pub placements: Vec<Placement>,
    /// Chart series (summaries; points live in per-song files).
    pub series: Vec<Series>,
    /// Derived best positions per song and chart.
    pub peaks: Vec<ChartPeak>,
    /// Best ranks of each show's songs on or after the release they are tied to.
    pub release_peaks: Vec<super::ReleasePeak>,
    /// Each show's biggest measured lifts (places gained, streams ratio),
    /// derived by the spike statistics from the series.
    pub lifts: Vec<crate::stats::ShowLift>,
    /// Figures reported by the press, kept apart from measured series.
    pub reported: Vec<ReportedFigure>,
}

impl Dataset {
    /// The source with this id, if any.
    pub fn source(&self, id: &str) -> Option<&super::Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The show with this id, if any.
    pub fn show(&self, id: &str) -> Option<&super::Show> {
        self.shows.iter().find(|show| show.id == id)
    }

    /// The song with this id, if any.
    pub fn song(&self, id: &str) -> Option<&super::Song> {
        self.songs.iter().find(|song| song.id == id)
    }
}
