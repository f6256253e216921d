//! Songs back on the Hot 100 after a long absence.

use std::cmp::Reverse;

use super::last_seen::LastSeen;
use super::{at_least_years_apart, RevivalOptions};
use crate::archive::hot100::{Hot100Archive, SongId};
use crate::archive::releases::{LinedUp, ReleaseCalendar};
use crate::Date;

/// A song's return to the chart after at least the gap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reentry {
    /// The song.
    pub song: SongId,
    /// The chart of the return.
    pub chart: usize,
    /// Its date.
    pub date: Date,
    /// The rank it returned at.
    pub rank: u32,
    /// The song's last chart date before the gap.
    pub previous: Date,
    /// Days between `previous` and `date`.
    pub gap_days: u32,
    /// The release the return lines up with, if any.
    pub lined_up: Option<LinedUp>,
}

/// Every return after at least `options.min_gap_years` away, dated in
/// `options.years`; longest gap first, then by date.
pub fn find_reentries(
    archive: &Hot100Archive,
    options: &RevivalOptions,
    releases: &ReleaseCalendar,
) -> Vec<Reentry> {
    let charts = archive.charts();
    let mut seen: Vec<LastSeen<Date>> = vec![LastSeen::default(); archive.song_count()];
    let mut found = Vec::new();
    for entry in charts.each_row(0..charts.len(), archive.song_column()) {
        let Some(song) = seen.get_mut(entry.item as usize) else {
            continue;
        };
        if let Some((_, previous)) = song.before(entry.chart).filter(|&(_, previous)| {
            at_least_years_apart(previous, entry.date, options.min_gap_years)
                && options.years.contains(entry.date)
        }) {
            found.push(Reentry {
                song: SongId(entry.item),
                chart: entry.chart,
                date: entry.date,
                rank: entry.rank,
                previous,
                gap_days: previous.days_until(entry.date).unsigned_abs(),
                lined_up: releases.lined_up(entry.date),
            });
        }
        song.record(entry.chart, entry.date, |first, _| first);
    }
    crate::sort::sort_by_key(&mut found, |reentry| {
        (Reverse(reentry.gap_days), reentry.date, reentry.song)
    });
    found
}
