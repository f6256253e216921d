//! Search as you type over an archive's songs (or tracks): accent- and
//! case-insensitive (folded with [`crate::table::fold_for_search`]),
//! whole-query prefix and word matches over titles and artists, ranked.
//!
//! Ranking, best first: the exact title; a title starting with the query; a
//! word of the title starting with the query; the artist (exact, prefix or
//! a word); then every query word starting a word of the title or artist
//! (`bush running`). Ties go to chart success: the better best rank, then
//! more weeks or days on the chart, then the order of first appearance.
//! Titles and artists are folded once when the index is built; a query
//! scans each folded table's text in one pass per word and sorts only the
//! best `limit` hits.

mod scan;

use scan::{word_starts, WordStart};

use crate::table::fold_for_search;

use super::charts::Charts;
use super::hot100::{Hot100Archive, SongId};
use super::spotify::{SpotifyArchive, TrackId};
use super::strings::StringTable;

/// How a hit matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The title is the query.
    ExactTitle,
    /// The title starts with the query.
    TitlePrefix,
    /// A word of the title starts with the query.
    TitleWord,
    /// The artist is, starts with, or has a word starting with the query.
    Artist,
    /// Every query word starts a word of the title or the artist.
    TitleAndArtist,
}

/// One search result: a song (Hot 100) or track (Spotify) index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// The song or track index.
    pub item: u32,
    /// How it matched.
    pub kind: MatchKind,
}

impl SearchHit {
    /// The hit as a Hot 100 song.
    pub fn song(&self) -> SongId {
        SongId(self.item)
    }

    /// The hit as a Spotify track.
    pub fn track(&self) -> TrackId {
        TrackId(self.item)
    }
}

/// The folded titles and artists of an archive, ready for queries.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    titles: StringTable,
    artists: StringTable,
    /// Title and artist index of each item.
    items: Vec<(u32, u32)>,
    /// Best rank and number of chart entries of each item.
    success: Vec<(u32, u32)>,
}

/// Best rank and number of entries of each of `count` items.
fn success(charts: &Charts, items_by_row: &[u32], count: usize) -> Vec<(u32, u32)> {
    let mut success = vec![(u32::MAX, 0u32); count];
    for entry in charts.each_row(0..charts.len(), items_by_row) {
        if let Some((best, entries)) = success.get_mut(entry.item as usize) {
            *best = (*best).min(entry.rank);
            *entries += 1;
        }
    }
    success
}

/// Folds every string of a table.
fn fold_table(table: &StringTable) -> StringTable {
    StringTable::from_strings(table.iter().map(fold_for_search))
}

/// Marks the strings of `table` where `query` starts a word: `mark` gets
/// the string index and the place.
fn mark_word_starts(table: &StringTable, query: &str, mut mark: impl FnMut(usize, WordStart)) {
    word_starts(table, query, |place| mark(place.string as usize, place));
}

impl SearchIndex {
    /// Builds the index of the Hot 100 songs.
    pub fn for_hot100(archive: &Hot100Archive) -> Self {
        let (titles, artists, items) = archive.song_table().parts();
        let success = success(archive.charts(), archive.song_column(), items.len());
        Self::build(titles, artists, items, success)
    }

    /// Builds the index of the Spotify tracks (every region together).
    pub fn for_spotify(archive: &SpotifyArchive) -> Self {
        let (titles, artists, items) = archive.track_table().parts();
        let success = success(archive.day_list(), archive.track_column(), items.len());
        Self::build(titles, artists, items, success)
    }

    fn build(
        titles: &StringTable,
        artists: &StringTable,
        items: &[(u32, u32)],
        success: Vec<(u32, u32)>,
    ) -> Self {
        SearchIndex {
            titles: fold_table(titles),
            artists: fold_table(artists),
            items: items.to_vec(),
            success,
        }
    }

    /// The best `limit` matches of `query`, best first (none for a blank query).
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let folded = fold_for_search(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let query = words.join(" ");
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut title_kinds: Vec<Option<MatchKind>> = vec![None; self.titles.len()];
        mark_word_starts(&self.titles, &query, |title, place| {
            let kind = match (place.whole, place.at_start) {
                (true, _) => MatchKind::ExactTitle,
                (false, true) => MatchKind::TitlePrefix,
                (false, false) => MatchKind::TitleWord,
            };
            if let Some(slot) = title_kinds.get_mut(title) {
                *slot = Some(slot.map_or(kind, |known| known.min(kind)));
            }
        });
        let mut artist_hits = vec![false; self.artists.len()];
        mark_word_starts(&self.artists, &query, |artist, _| {
            if let Some(slot) = artist_hits.get_mut(artist) {
                *slot = true;
            }
        });
        let masks = |table: &StringTable| -> Vec<u32> {
            if words.len() < 2 {
                return Vec::new();
            }
            let mut masks = vec![0u32; table.len()];
            for (bit, word) in words.iter().take(32).enumerate() {
                mark_word_starts(table, word, |string, _| {
                    if let Some(mask) = masks.get_mut(string) {
                        *mask |= 1 << bit;
                    }
                });
            }
            masks
        };
        let (title_masks, artist_masks) = (masks(&self.titles), masks(&self.artists));
        let all_words = (1u64 << words.len().min(32)) - 1;
        let mut hits: Vec<SearchHit> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(item, &(title, artist))| {
                let by_title = title_kinds.get(title as usize).copied().flatten();
                let by_artist = artist_hits
                    .get(artist as usize)
                    .copied()
                    .unwrap_or(false)
                    .then_some(MatchKind::Artist);
                let mask = |masks: &[u32], index: u32| masks.get(index as usize).copied();
                let by_words = match (mask(&title_masks, title), mask(&artist_masks, artist)) {
                    (Some(t), Some(a)) => {
                        (u64::from(t | a) == all_words).then_some(MatchKind::TitleAndArtist)
                    }
                    _ => None,
                };
                let kind = by_title.or(by_artist).or(by_words)?;
                Some(SearchHit {
                    item: item as u32,
                    kind,
                })
            })
            .collect();
        let key = |hit: &SearchHit| {
            let (best, entries) = self
                .success
                .get(hit.item as usize)
                .copied()
                .unwrap_or((u32::MAX, 0));
            (hit.kind, best, std::cmp::Reverse(entries), hit.item)
        };
        if hits.len() > limit {
            hits.select_nth_unstable_by_key(limit - 1, key);
            hits.truncate(limit);
        }
        hits.sort_unstable_by_key(key);
        hits
    }
}
