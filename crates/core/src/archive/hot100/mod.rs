//! The Billboard Hot 100 archive: every weekly chart since 1958.
//!
//! Sections, in order: titles, artists (string tables), songs (a title and
//! an artist reference per song, in order of first appearance), charts
//! (dates and row counts), entries (one chain code per row, see
//! [`chain`](super::chain)), then the exceptions of "last week", "peak" and
//! "weeks on chart" against their predictions:
//!
//! - last week = the previous rank the entry's chain code names, else empty;
//! - peak = the best of the song's previous printed peak and this rank;
//! - weeks = the song's previous printed weeks plus one (1 for a first entry).

mod decode;
mod encode;
mod query;

pub use decode::{decode_hot100, Hot100Decoder};
pub use encode::encode_hot100;
pub use query::{ChartEntry, SongSummary, WeekEntry};

use super::charts::Charts;
use super::occurrences::Occurrences;
use super::songs::SongTable;
use crate::Date;

/// Section names, in file order, as messages call them.
const SECTIONS: [&str; 8] = [
    "the titles table",
    "the artists table",
    "the song table",
    "the chart list",
    "the chart entries",
    "the last-week exceptions",
    "the peak exceptions",
    "the weeks-on-chart exceptions",
];

/// A song of the archive: its index in the song table. A song is one
/// (title, artist) pair exactly as Billboard printed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SongId(pub u32);

/// One row of the source, as printed: the encoder's input and what the
/// decoded archive gives back for the round trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hot100Record<'a> {
    /// Chart date (`chart_date`).
    pub date: Date,
    /// Rank this week (`this_week`), 1 = top.
    pub rank: u32,
    /// Title as printed (`song`).
    pub title: &'a str,
    /// Artist credit as printed (`artist`).
    pub artist: &'a str,
    /// Rank last week; empty for a new entry or a re-entry (`last_week`).
    pub last_week: Option<u32>,
    /// Best rank so far as printed that week (`peak_position`).
    pub peak: u32,
    /// Weeks on the chart so far as printed that week (`weeks_on_chart`).
    pub weeks: u32,
}

/// The decoded Hot 100 archive with its query methods (see `query`).
#[derive(Clone, Debug, Default)]
pub struct Hot100Archive {
    songs: SongTable,
    charts: Charts,
    columns: Columns,
    occurrences: Occurrences,
}

/// The per-row values, one vector per column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Columns {
    song: Vec<u32>,
    last_week: Vec<Option<u8>>,
    peak: Vec<u8>,
    weeks: Vec<u16>,
}

/// The predicted (peak, weeks) of a song's next entry at `rank`, from the
/// values printed at its entry before (`None` before its first).
fn predict(before: Option<(u32, u32)>, rank: u32) -> (u32, u32) {
    match before {
        Some((peak, weeks)) => (peak.min(rank), weeks.saturating_add(1)),
        None => (rank, 1),
    }
}
