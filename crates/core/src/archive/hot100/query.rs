//! What the UI asks of the Hot 100 archive: songs, charts, a song's weeks.

use super::{Hot100Archive, Hot100Record, SongId};
use crate::Date;

/// One row of one weekly chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartEntry {
    /// Rank this week, 1 = top.
    pub rank: u32,
    /// The song.
    pub song: SongId,
    /// Rank last week as printed; `None` for a new entry or a re-entry.
    pub last_week: Option<u32>,
    /// Best rank so far, as printed that week.
    pub peak: u32,
    /// Weeks on the chart so far, as printed that week.
    pub weeks: u32,
}

/// One week of a song's history. Weeks the song was not on the chart are
/// absent: consecutive entries with `chart` indices more than one apart
/// have a gap between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekEntry {
    /// Index of the weekly chart (into [`Hot100Archive::chart_dates`]).
    pub chart: usize,
    /// Chart date.
    pub date: Date,
    /// The row as printed that week.
    pub entry: ChartEntry,
}

/// A song's chart life in the archive, from its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SongSummary {
    /// First chart date.
    pub first: Date,
    /// Last chart date.
    pub last: Date,
    /// Best rank reached.
    pub peak: u32,
    /// First chart date at that rank.
    pub peak_date: Date,
    /// Charts the song is on (an entry twice in one chart counts twice).
    pub weeks: u32,
    /// Runs of consecutive weeks (2 = one gap).
    pub runs: u32,
}

impl Hot100Archive {
    /// How many songs (distinct title and artist pairs) there are.
    pub fn song_count(&self) -> usize {
        self.songs.len()
    }

    /// Every song, in order of first appearance.
    pub fn songs(&self) -> impl Iterator<Item = SongId> {
        (0..self.songs.len() as u32).map(SongId)
    }

    /// The title as printed (`""` for an unknown song).
    pub fn title(&self, song: SongId) -> &str {
        self.songs.title(song.0)
    }

    /// The artist credit as printed (`""` for an unknown song).
    pub fn artist(&self, song: SongId) -> &str {
        self.songs.artist(song.0)
    }

    /// The song with exactly this title and artist credit.
    pub fn find_song(&self, title: &str, artist: &str) -> Option<SongId> {
        self.songs.find(title, artist).map(SongId)
    }

    /// Every weekly chart date, oldest first.
    pub fn chart_dates(&self) -> &[Date] {
        self.charts.dates()
    }

    /// The index of the chart dated `date`.
    pub fn chart_index(&self, date: Date) -> Option<usize> {
        self.charts.find(date, 0..self.charts.len())
    }

    /// The rows of chart `chart`, in rank order (empty for an unknown chart).
    pub fn chart(&self, chart: usize) -> Vec<ChartEntry> {
        self.charts.rows(chart).map(|row| self.entry(row)).collect()
    }

    /// Every week `song` charted, oldest first (see [`WeekEntry`] for gaps).
    pub fn history(&self, song: SongId) -> Vec<WeekEntry> {
        self.occurrences
            .of(song.0)
            .iter()
            .filter_map(|&row| {
                let chart = self.charts.chart_of_row(row as usize);
                Some(WeekEntry {
                    chart,
                    date: self.charts.date(chart)?,
                    entry: self.entry(row as usize),
                })
            })
            .collect()
    }

    /// First and last week, best rank and runs of `song`; `None` for an
    /// unknown song.
    pub fn summary(&self, song: SongId) -> Option<SongSummary> {
        let history = self.history(song);
        let first = history.first()?;
        let last = history.last()?;
        let best = history
            .iter()
            .min_by_key(|week| (week.entry.rank, week.chart))?;
        let gaps = history
            .windows(2)
            .filter(|pair| pair[1].chart > pair[0].chart + 1)
            .count();
        Some(SongSummary {
            first: first.date,
            last: last.date,
            peak: best.entry.rank,
            peak_date: best.date,
            weeks: history.len() as u32,
            runs: gaps as u32 + 1,
        })
    }

    /// How many rows (chart entries) the archive holds.
    pub fn row_count(&self) -> usize {
        self.columns.song.len()
    }

    /// Every row as the source printed it, by date and rank.
    pub fn records(&self) -> impl Iterator<Item = Hot100Record<'_>> + '_ {
        let dates = self.charts.dates().iter().enumerate();
        dates.flat_map(move |(chart, &date)| {
            self.charts.rows(chart).map(move |row| {
                let entry = self.entry(row);
                Hot100Record {
                    date,
                    rank: entry.rank,
                    title: self.title(entry.song),
                    artist: self.artist(entry.song),
                    last_week: entry.last_week,
                    peak: entry.peak,
                    weeks: entry.weeks,
                }
            })
        })
    }

    /// The song table (for search and the finders).
    pub(crate) fn song_table(&self) -> &crate::archive::songs::SongTable {
        &self.songs
    }

    /// The song of every row, by row index.
    pub(crate) fn song_column(&self) -> &[u32] {
        &self.columns.song
    }

    /// The chart list (for the finders).
    pub(crate) fn charts(&self) -> &crate::archive::charts::Charts {
        &self.charts
    }

    /// Row `row` as a chart entry (the caller keeps `row` in range).
    fn entry(&self, row: usize) -> ChartEntry {
        let start = self.charts.rows(self.charts.chart_of_row(row)).start;
        let columns = &self.columns;
        ChartEntry {
            rank: row.saturating_sub(start) as u32 + 1,
            song: SongId(columns.song.get(row).copied().unwrap_or_default()),
            last_week: columns.last_week.get(row).copied().flatten().map(u32::from),
            peak: columns.peak.get(row).copied().map_or(0, u32::from),
            weeks: columns.weeks.get(row).copied().map_or(0, u32::from),
        }
    }
}
