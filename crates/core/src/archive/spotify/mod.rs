//! The Spotify daily Top 200 archive: every region in one file.
//!
//! Sections, in order: titles, artists (string tables), tracks (a title and
//! an artist reference per track), Spotify track ids (a string table),
//! regions (name, flags, number of days), days (dates and row counts, region
//! after region), entries (one chain code per row, see
//! [`chain`](super::chain)), stream counts, the exceptions of "Position
//! Diff" against its prediction, and the Spotify id of each row:
//!
//! - streams: the first row of a day as a varint, each next row as the
//!   zigzag difference from the row above (streams fall with rank);
//! - position diff (printed by regions with flag bit 0): rank minus the
//!   previous day's rank the chain code names, else empty;
//! - Spotify id: `0` none, `1` the track's previous id, `2` the next new id
//!   of the table, `3 + k` id `k`.
//!
//! A track is one (title, artist) pair as printed; rows with an empty title
//! and artist (a few upstream) keep them empty.

mod decode;
mod encode;
mod query;

pub use decode::{decode_spotify, SpotifyDecoder};
pub use encode::encode_spotify;
pub use query::{region_label, DayEntry, RegionInfo, TrackDay};

use std::ops::Range;

use super::charts::Charts;
use super::occurrences::Occurrences;
use super::songs::SongTable;
use super::strings::StringTable;
use crate::Date;

/// Section names, in file order, as messages call them.
const SECTIONS: [&str; 10] = [
    "the titles table",
    "the artists table",
    "the track table",
    "the Spotify id table",
    "the region list",
    "the day list",
    "the chart entries",
    "the stream counts",
    "the position-change exceptions",
    "the Spotify id column",
];

/// The address of a track on Spotify is this prefix and its id.
pub const SPOTIFY_TRACK_URL: &str = "https://open.spotify.com/track/";

/// Region flag: the region's source prints "Position Diff".
const PRINTS_POSITION_DIFF: u64 = 1;

/// A track of the archive: its index in the track table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TrackId(pub u32);

/// One row of a source, as printed: the encoder's input and what the
/// decoded archive gives back for the round trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpotifyRecord<'a> {
    /// Region name (`us`, `global`).
    pub region: &'a str,
    /// Chart day.
    pub date: Date,
    /// Position that day, 1 = top.
    pub rank: u32,
    /// Track name as printed (may be empty upstream).
    pub title: &'a str,
    /// Artist as printed (may be empty upstream).
    pub artist: &'a str,
    /// Streams that day.
    pub streams: u64,
    /// "Position Diff" as printed (this rank minus the previous day's), when
    /// the source has that column and a value.
    pub position_diff: Option<i32>,
    /// The Spotify track id from the row's URL, when the source has one.
    pub spotify_id: Option<&'a str>,
}

/// One region: its name and its days (a range of the day list).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Region {
    name: String,
    prints_position_diff: bool,
    days: Range<usize>,
}

/// The decoded Spotify archive with its query methods (see `query`).
#[derive(Clone, Debug, Default)]
pub struct SpotifyArchive {
    tracks: SongTable,
    ids: StringTable,
    regions: Vec<Region>,
    days: Charts,
    columns: Columns,
    occurrences: Occurrences,
}

/// The per-row values, one vector per column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Columns {
    track: Vec<u32>,
    streams: Vec<u32>,
    position_diff: Vec<Option<i16>>,
    spotify_id: Vec<Option<u32>>,
}
