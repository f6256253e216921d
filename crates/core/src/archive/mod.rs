//! The chart archive: every Billboard Hot 100 week since 1958 and the
//! Spotify daily Top 200 of 2017-2018, in a compact binary format, with an
//! incremental decoder and the queries the archive view needs.
//!
//! The build (`cargo xtask dataset`) writes each archive file with
//! [`encode_hot100`] / [`encode_spotify`], gzips it and lists it in a
//! [`ArchiveManifest`]. The browser gunzips the file and hands the bytes to
//! [`Hot100Decoder`] / [`SpotifyDecoder`], which check the header, length
//! and checksum, then decode in slices ([`Progress`]). Every failure is an
//! [`ArchiveError`] with a message for people. `docs/archive-format.md`
//! documents the bytes.
//!
//! On a decoded archive: songs, weekly charts and a song's whole history
//! ([`Hot100Archive`]); regions, a day's Top 200 and a track's days
//! ([`SpotifyArchive`]); search as you type ([`SearchIndex`]); the revival
//! finder ([`find_reentries`], [`find_late_debuts`], [`find_climbs`],
//! [`find_jumps`]) with findings lined up with the dataset's releases
//! ([`ReleaseCalendar`]); the page's URL state, read with notices for
//! what it does not understand ([`ArchivePart`], [`FinderQuery`],
//! [`JumpQuery`]).

mod chain;
mod charts;
mod checksum;
mod container;
mod error;
mod exceptions;
mod hot100;
mod manifest;
mod occurrences;
mod page_query;
mod progress;
mod reader;
mod releases;
mod revival;
mod search;
mod songs;
mod spotify;
mod strings;
mod varint;

#[cfg(test)]
mod tests;

pub use checksum::{checksum_text, fnv1a64};
pub use container::{ArchiveKind, FORMAT_VERSION, HEADER_LEN, MAGIC};
pub use error::{ArchiveError, EncodeError, KindByte, NotAnArchive};
pub use hot100::{
    decode_hot100, encode_hot100, ChartEntry, Hot100Archive, Hot100Decoder, Hot100Record, SongId,
    SongSummary, WeekEntry,
};
pub use manifest::{ArchiveManifest, ManifestFile, MANIFEST_FILE};
pub use page_query::{
    chosen_day, chosen_region, ArchivePart, FinderKind, FinderQuery, JumpQuery, ARCHIVE_QUERY_KEYS,
    DEFAULT_MIN_CLIMB, DEFAULT_MIN_RATIO,
};
pub use progress::Progress;
pub use releases::{
    releases_from_dataset, LinedUp, Release, ReleaseCalendar, DEFAULT_RELEASE_WINDOW_DAYS,
};
pub use revival::{
    at_least_years_apart, find_climbs, find_jumps, find_late_debuts, find_reentries, ArtistIndex,
    Climb, ClimbFrom, ClimbOptions, Jump, JumpMeasure, JumpOptions, LateDebut, Reentry,
    RevivalOptions, YearRange, DEFAULT_GAP_YEARS,
};
pub use search::{MatchKind, SearchHit, SearchIndex};
pub use spotify::{
    decode_spotify, encode_spotify, region_label, DayEntry, RegionInfo, SpotifyArchive,
    SpotifyDecoder, SpotifyRecord, TrackDay, TrackId, SPOTIFY_TRACK_URL,
};
