//! What the UI asks of the Spotify archive: regions, a day's Top 200, a
//! track's daily history.

use super::{SpotifyArchive, SpotifyRecord, TrackId, SPOTIFY_TRACK_URL};
use crate::Date;

/// A region and the days it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionInfo<'a> {
    /// Index for the other queries.
    pub index: usize,
    /// Name (`us`, `global`).
    pub name: &'a str,
    /// First day.
    pub first: Date,
    /// Last day.
    pub last: Date,
    /// Days present (a missing day is a day the source does not have).
    pub days: usize,
}

/// A region's name as the page writes it: a two-letter country code in
/// capitals (`us` → `US`), any other name (`global`) as it is.
pub fn region_label(name: &str) -> String {
    if name.len() == 2 && name.bytes().all(|b| b.is_ascii_alphabetic()) {
        name.to_ascii_uppercase()
    } else {
        name.to_owned()
    }
}

/// One row of one day's chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayEntry<'a> {
    /// Position, 1 = top.
    pub rank: u32,
    /// The track.
    pub track: TrackId,
    /// Streams that day.
    pub streams: u64,
    /// "Position Diff" as printed (rank minus the previous day's), if any.
    pub position_diff: Option<i32>,
    /// The Spotify track id, where the source has the URL.
    pub spotify_id: Option<&'a str>,
}

/// One day of a track's history in one region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrackDay {
    /// Index of the day in the region's day list.
    pub day: usize,
    /// The date.
    pub date: Date,
    /// Position that day.
    pub rank: u32,
    /// Streams that day.
    pub streams: u64,
}

impl SpotifyArchive {
    /// Every region, in stored order.
    pub fn regions(&self) -> Vec<RegionInfo<'_>> {
        let dates = self.days.dates();
        self.regions
            .iter()
            .enumerate()
            .filter_map(|(index, region)| {
                Some(RegionInfo {
                    index,
                    name: &region.name,
                    first: *dates.get(region.days.start)?,
                    last: *dates.get(region.days.end.checked_sub(1)?)?,
                    days: region.days.len(),
                })
            })
            .collect()
    }

    /// The index of the region called `name`.
    pub fn region_index(&self, name: &str) -> Option<usize> {
        self.regions.iter().position(|region| region.name == name)
    }

    /// The days of `region`, oldest first (empty for an unknown region).
    pub fn days(&self, region: usize) -> &[Date] {
        let range = self.regions.get(region).map_or(0..0, |r| r.days.clone());
        self.days.dates().get(range).unwrap_or_default()
    }

    /// How many tracks (distinct title and artist pairs) there are.
    pub fn track_count(&self) -> usize {
        self.tracks.len()
    }

    /// Every track, in order of first appearance.
    pub fn tracks(&self) -> impl Iterator<Item = TrackId> {
        (0..self.tracks.len() as u32).map(TrackId)
    }

    /// The track name as printed (`""` when empty upstream or unknown).
    pub fn title(&self, track: TrackId) -> &str {
        self.tracks.title(track.0)
    }

    /// The artist as printed (`""` when empty upstream or unknown).
    pub fn artist(&self, track: TrackId) -> &str {
        self.tracks.artist(track.0)
    }

    /// The track with exactly this name and artist.
    pub fn find_track(&self, title: &str, artist: &str) -> Option<TrackId> {
        self.tracks.find(title, artist).map(TrackId)
    }

    /// The address of a Spotify track id.
    pub fn track_url(spotify_id: &str) -> String {
        format!("{SPOTIFY_TRACK_URL}{spotify_id}")
    }

    /// The Top 200 of `region` on `date`, by rank (empty when that day is
    /// not in the archive).
    pub fn day_chart(&self, region: usize, date: Date) -> Vec<DayEntry<'_>> {
        let Some(range) = self.regions.get(region).map(|r| r.days.clone()) else {
            return Vec::new();
        };
        match self.days.find(date, range) {
            Some(day) => self.days.rows(day).map(|row| self.entry(row)).collect(),
            None => Vec::new(),
        }
    }

    /// Every day `track` charted in `region`, oldest first. Days it was not
    /// in the Top 200 are absent (its rank was below 200).
    pub fn track_history(&self, region: usize, track: TrackId) -> Vec<TrackDay> {
        let Some(range) = self.regions.get(region).map(|r| r.days.clone()) else {
            return Vec::new();
        };
        self.occurrences
            .of(track.0)
            .iter()
            .filter_map(|&row| {
                let day = self.days.chart_of_row(row as usize);
                let date = self.days.date(day).filter(|_| range.contains(&day))?;
                let entry = self.entry(row as usize);
                Some(TrackDay {
                    day: day - range.start,
                    date,
                    rank: entry.rank,
                    streams: entry.streams,
                })
            })
            .collect()
    }

    /// The regions `track` charted in.
    pub fn track_regions(&self, track: TrackId) -> Vec<usize> {
        let mut regions: Vec<usize> = self
            .occurrences
            .of(track.0)
            .iter()
            .filter_map(|&row| {
                let day = self.days.chart_of_row(row as usize);
                self.regions.iter().position(|r| r.days.contains(&day))
            })
            .collect();
        regions.dedup();
        regions
    }

    /// How many rows (chart entries) the archive holds.
    pub fn row_count(&self) -> usize {
        self.columns.track.len()
    }

    /// Every row as the source printed it, by region, date and rank.
    pub fn records(&self) -> impl Iterator<Item = SpotifyRecord<'_>> + '_ {
        self.regions.iter().flat_map(move |region| {
            region.days.clone().flat_map(move |day| {
                let date = self.days.date(day);
                self.days.rows(day).filter_map(move |row| {
                    let entry = self.entry(row);
                    Some(SpotifyRecord {
                        region: &region.name,
                        date: date?,
                        rank: entry.rank,
                        title: self.title(entry.track),
                        artist: self.artist(entry.track),
                        streams: entry.streams,
                        position_diff: entry.position_diff,
                        spotify_id: entry.spotify_id,
                    })
                })
            })
        })
    }

    /// The track table (for search).
    pub(crate) fn track_table(&self) -> &crate::archive::songs::SongTable {
        &self.tracks
    }

    /// The day list and region day ranges (for the finders).
    pub(crate) fn day_ranges(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        self.regions.iter().map(|region| region.days.clone())
    }

    /// The day list (for the finders).
    pub(crate) fn day_list(&self) -> &crate::archive::charts::Charts {
        &self.days
    }

    /// The track of every row, by row index.
    pub(crate) fn track_column(&self) -> &[u32] {
        &self.columns.track
    }

    /// The streams of every row, by row index.
    pub(crate) fn stream_column(&self) -> &[u32] {
        &self.columns.streams
    }

    /// Row `row` as a day entry (the caller keeps `row` in range).
    fn entry(&self, row: usize) -> DayEntry<'_> {
        let start = self.days.rows(self.days.chart_of_row(row)).start;
        let columns = &self.columns;
        DayEntry {
            rank: row.saturating_sub(start) as u32 + 1,
            track: TrackId(columns.track.get(row).copied().unwrap_or_default()),
            streams: columns.streams.get(row).copied().map_or(0, u64::from),
            position_diff: columns
                .position_diff
                .get(row)
                .copied()
                .flatten()
                .map(i32::from),
            spotify_id: columns
                .spotify_id
                .get(row)
                .copied()
                .flatten()
                .map(|id| self.ids.get(id)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::region_label;

    #[test]
    fn country_codes_read_in_capitals_and_other_names_as_they_are() {
        assert_eq!(region_label("us"), "US");
        assert_eq!(region_label("gb"), "GB");
        assert_eq!(region_label("global"), "global");
        assert_eq!(region_label(""), "");
    }
}
