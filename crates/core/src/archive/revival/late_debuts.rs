//! Songs whose first Hot 100 week comes long after their artist's first.

use std::cmp::Reverse;

use super::last_seen::LastSeen;
use super::{at_least_years_apart, ArtistIndex, RevivalOptions};
use crate::archive::hot100::{Hot100Archive, SongId};
use crate::archive::releases::{LinedUp, ReleaseCalendar};
use crate::Date;

/// A song's first week on the chart, at least the gap after its artist's.
///
/// The artist is the credit's primary artist, normalised (see
/// [`ArtistIndex`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateDebut {
    /// The song.
    pub song: SongId,
    /// The chart of its first week.
    pub chart: usize,
    /// Its date.
    pub date: Date,
    /// The rank it entered at.
    pub rank: u32,
    /// The artist's first song on the chart.
    pub artist_first_song: SongId,
    /// That song's first chart date.
    pub artist_first_date: Date,
    /// The artist's last chart date before this debut.
    pub artist_previous_date: Date,
    /// Days from `artist_first_date` to `date`.
    pub gap_days: u32,
    /// The release the debut lines up with, if any.
    pub lined_up: Option<LinedUp>,
}

/// What the finder knows of an artist so far.
#[derive(Clone, Copy, Debug)]
struct ArtistSeen {
    first_song: SongId,
    first_date: Date,
    /// The charts the artist was on lately.
    dates: LastSeen<Date>,
}

/// Every first week at least `options.min_gap_years` after the artist's
/// first week, dated in `options.years`; longest gap first, then by date.
/// Songs that `artists` has not indexed yet are left out.
pub fn find_late_debuts(
    archive: &Hot100Archive,
    artists: &ArtistIndex,
    options: &RevivalOptions,
    releases: &ReleaseCalendar,
) -> Vec<LateDebut> {
    let charts = archive.charts();
    let mut debuted = vec![false; archive.song_count()];
    let mut seen: Vec<Option<ArtistSeen>> = vec![None; artists.artist_count()];
    let mut found = Vec::new();
    for entry in charts.each_row(0..charts.len(), archive.song_column()) {
        let song = SongId(entry.item);
        let Some(slot) = artists
            .artist_of(song)
            .and_then(|artist| seen.get_mut(artist as usize))
        else {
            continue;
        };
        let is_debut = debuted
            .get_mut(entry.item as usize)
            .is_some_and(|done| !std::mem::replace(done, true));
        let artist = slot.get_or_insert(ArtistSeen {
            first_song: song,
            first_date: entry.date,
            dates: LastSeen::default(),
        });
        let previous = artist.dates.before(entry.chart).map(|(_, date)| date);
        artist
            .dates
            .record(entry.chart, entry.date, |first, _| first);
        if is_debut
            && at_least_years_apart(artist.first_date, entry.date, options.min_gap_years)
            && options.years.contains(entry.date)
        {
            found.push(LateDebut {
                song,
                chart: entry.chart,
                date: entry.date,
                rank: entry.rank,
                artist_first_song: artist.first_song,
                artist_first_date: artist.first_date,
                artist_previous_date: previous.unwrap_or(artist.first_date),
                gap_days: artist.first_date.days_until(entry.date).unsigned_abs(),
                lined_up: releases.lined_up(entry.date),
            });
        }
    }
    crate::sort::sort_by_key(&mut found, |debut| {
        (Reverse(debut.gap_days), debut.date, debut.song)
    });
    found
}
