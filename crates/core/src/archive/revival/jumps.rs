//! The biggest Spotify day-over-day jumps in one region.

use std::cmp::Ordering;

use super::last_seen::LastSeen;
use super::YearRange;
use crate::archive::releases::{LinedUp, ReleaseCalendar};
use crate::archive::spotify::{SpotifyArchive, TrackId};
use crate::Date;

/// What makes a jump big.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum JumpMeasure {
    /// Streams today divided by streams the day before.
    #[default]
    StreamRatio,
    /// Streams today minus streams the day before.
    StreamIncrease,
    /// Places gained.
    RankGain,
}

/// Filters of [`find_jumps`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JumpOptions {
    /// The region (see [`SpotifyArchive::regions`]).
    pub region: usize,
    /// Years of the jump's date.
    pub years: YearRange,
    /// The least places gained.
    pub min_rank_gain: u32,
    /// The least streams ratio (1.0 keeps every rise in streams).
    pub min_ratio: f64,
    /// The order of the findings.
    pub measure: JumpMeasure,
    /// At most this many findings, the biggest.
    pub limit: usize,
}

impl Default for JumpOptions {
    fn default() -> Self {
        JumpOptions {
            region: 0,
            years: YearRange::default(),
            min_rank_gain: 0,
            min_ratio: 1.5,
            measure: JumpMeasure::default(),
            limit: 500,
        }
    }
}

/// One day-over-day jump of a track.
#[derive(Clone, Debug, PartialEq)]
pub struct Jump {
    /// The track.
    pub track: TrackId,
    /// The date of the jump.
    pub date: Date,
    /// Rank that day.
    pub rank: u32,
    /// Streams that day.
    pub streams: u64,
    /// Rank the day before; `None` when the track entered the chart (it was
    /// below the last rank, so gain and ratio are lower bounds).
    pub previous_rank: Option<u32>,
    /// Streams the day before; for an entry, the last rank's streams (the
    /// track had fewer).
    pub previous_streams: u64,
    /// Places gained (from just below the chart for an entry).
    pub rank_gain: u32,
    /// Streams gained.
    pub stream_increase: i64,
    /// Streams ratio.
    pub ratio: f64,
    /// The release the jump lines up with, if any.
    pub lined_up: Option<LinedUp>,
}

/// The biggest jumps between consecutive calendar days of one region (a day
/// after a missing day is skipped); tracks with neither title nor artist
/// upstream are left out, as they cannot be told apart.
pub fn find_jumps(
    archive: &SpotifyArchive,
    options: &JumpOptions,
    releases: &ReleaseCalendar,
) -> Vec<Jump> {
    let Some(days) = archive.day_ranges().nth(options.region) else {
        return Vec::new();
    };
    let list = archive.day_list();
    let streams = archive.stream_column();
    // Best (rank, streams) of each track on its latest days.
    let mut seen: Vec<LastSeen<(u32, u64)>> = vec![LastSeen::default(); archive.track_count()];
    let mut found = Vec::new();
    let region_start = days.start;
    for entry in list.each_row(days, archive.track_column()) {
        let count = streams.get(entry.row).copied().map_or(0, u64::from);
        let track = TrackId(entry.item);
        let Some(history) = seen.get_mut(entry.item as usize) else {
            continue;
        };
        let previous = history.before(entry.chart);
        history.record(entry.chart, (entry.rank, count), |a, b| {
            if b.0 < a.0 {
                b
            } else {
                a
            }
        });
        let day_before = entry
            .chart
            .checked_sub(1)
            .filter(|&day| day >= region_start);
        let consecutive = day_before
            .and_then(|day| list.date(day))
            .is_some_and(|date| date.days_until(entry.date) == 1);
        let unnamed = archive.title(track).is_empty() && archive.artist(track).is_empty();
        let (Some(day_before), true, false) = (day_before, consecutive, unnamed) else {
            continue;
        };
        let below = list.rows(day_before);
        let (previous_rank, previous_streams) = match previous {
            Some((day, (rank, streams))) if day == day_before => (Some(rank), streams),
            _ => match below.end.checked_sub(1).and_then(|row| streams.get(row)) {
                Some(&floor) => (None, u64::from(floor)),
                None => continue,
            },
        };
        let rank_gain = previous_rank
            .unwrap_or(below.len() as u32 + 1)
            .saturating_sub(entry.rank);
        let ratio = count as f64 / previous_streams.max(1) as f64;
        if rank_gain >= options.min_rank_gain
            && ratio >= options.min_ratio
            && options.years.contains(entry.date)
        {
            found.push(Jump {
                track,
                date: entry.date,
                rank: entry.rank,
                streams: count,
                previous_rank,
                previous_streams,
                rank_gain,
                stream_increase: count as i64 - previous_streams as i64,
                ratio,
                lined_up: releases.lined_up(entry.date),
            });
        }
    }
    let size = |jump: &Jump| match options.measure {
        JumpMeasure::StreamRatio => jump.ratio,
        JumpMeasure::StreamIncrease => jump.stream_increase as f64,
        JumpMeasure::RankGain => f64::from(jump.rank_gain),
    };
    crate::sort::sort_by(&mut found, |a, b| {
        size(b)
            .total_cmp(&size(a))
            .then(b.date.cmp(&a.date))
            .then(a.track.cmp(&b.track))
            .then(Ordering::Equal)
    });
    found.truncate(options.limit);
    found
}
