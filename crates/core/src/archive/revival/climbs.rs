//! The biggest rises from one weekly Hot 100 chart to the next.

use std::cmp::Reverse;

use super::last_seen::LastSeen;
use super::YearRange;
use crate::archive::hot100::{Hot100Archive, SongId};
use crate::archive::releases::{LinedUp, ReleaseCalendar};
use crate::Date;

/// Where a climb started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClimbFrom {
    /// The song's (best) rank on the previous chart.
    Rank(u32),
    /// Not on the previous chart, but on an earlier one: a re-entry, whose
    /// gain is counted from just below the previous chart (a lower bound).
    BelowChart,
}

/// One week-on-week rise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Climb {
    /// The song.
    pub song: SongId,
    /// The chart of the new rank.
    pub chart: usize,
    /// Its date.
    pub date: Date,
    /// The new rank.
    pub rank: u32,
    /// Where it came from.
    pub from: ClimbFrom,
    /// Places gained.
    pub gain: u32,
    /// The release the climb lines up with, if any.
    pub lined_up: Option<LinedUp>,
}

/// Filters of [`find_climbs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClimbOptions {
    /// Years of the climb's date.
    pub years: YearRange,
    /// The least number of places gained.
    pub min_gain: u32,
    /// Whether re-entries count (debuts never do).
    pub include_reentries: bool,
    /// At most this many findings, the biggest.
    pub limit: usize,
}

impl Default for ClimbOptions {
    fn default() -> Self {
        ClimbOptions {
            years: YearRange::default(),
            min_gain: 30,
            include_reentries: true,
            limit: 500,
        }
    }
}

/// The biggest climbs, biggest gain first, then newest first.
pub fn find_climbs(
    archive: &Hot100Archive,
    options: &ClimbOptions,
    releases: &ReleaseCalendar,
) -> Vec<Climb> {
    let charts = archive.charts();
    let mut seen: Vec<LastSeen<u32>> = vec![LastSeen::default(); archive.song_count()];
    let mut found = Vec::new();
    for entry in charts.each_row(0..charts.len(), archive.song_column()) {
        let Some(song) = seen.get_mut(entry.item as usize) else {
            continue;
        };
        let from = match song.before(entry.chart) {
            Some((chart, best)) if chart + 1 == entry.chart => Some(ClimbFrom::Rank(best)),
            Some(_) if options.include_reentries => Some(ClimbFrom::BelowChart),
            _ => None,
        };
        song.record(entry.chart, entry.rank, u32::min);
        let Some(from) = from else { continue };
        let gain = match from {
            ClimbFrom::Rank(best) => best.saturating_sub(entry.rank),
            ClimbFrom::BelowChart => {
                let below = charts.rows(entry.chart.saturating_sub(1)).len() as u32 + 1;
                below.saturating_sub(entry.rank)
            }
        };
        if gain >= options.min_gain.max(1) && options.years.contains(entry.date) {
            found.push(Climb {
                song: SongId(entry.item),
                chart: entry.chart,
                date: entry.date,
                rank: entry.rank,
                from,
                gain,
                lined_up: releases.lined_up(entry.date),
            });
        }
    }
    crate::sort::sort_by_key(&mut found, |climb| {
        (Reverse(climb.gain), Reverse(climb.date), climb.song)
    });
    found.truncate(options.limit);
    found
}
