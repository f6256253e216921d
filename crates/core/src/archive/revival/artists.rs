//! Which songs share a primary artist: the grouping behind late debuts,
//! built in slices because normalising ten thousand credits takes tens of
//! milliseconds.

use std::collections::HashMap;

use crate::archive::hot100::{Hot100Archive, SongId};
use crate::archive::progress::Progress;
use crate::normalize::split_credit;

/// Each song's primary artist as a small integer. Credits are reduced with
/// [`split_credit`]: `Metallica` and `Metallica Featuring X` share one
/// artist; a credit that names nobody has none.
#[derive(Clone, Debug, Default)]
pub struct ArtistIndex {
    /// The artist of each song indexed so far.
    groups: Vec<Option<u32>>,
    /// The artist of each credit string (by artist table index) seen so far.
    by_credit: HashMap<u32, Option<u32>>,
    /// Artist numbers by normalised primary artist.
    by_name: HashMap<String, u32>,
}

impl ArtistIndex {
    /// The whole index at once.
    pub fn build(archive: &Hot100Archive) -> Self {
        let mut index = ArtistIndex::default();
        index.step(archive, usize::MAX);
        index
    }

    /// Indexes up to `max_songs` more songs of `archive` (a few thousand
    /// take a few milliseconds); call until the progress is done.
    pub fn step(&mut self, archive: &Hot100Archive, max_songs: usize) -> Progress {
        let (_, artists, songs) = archive.song_table().parts();
        let start = self.groups.len();
        for &(_, credit) in songs.iter().skip(start).take(max_songs) {
            let by_name = &mut self.by_name;
            let group = *self.by_credit.entry(credit).or_insert_with(|| {
                let primary = split_credit(artists.get(credit)).primary;
                let next = by_name.len() as u32;
                (!primary.is_empty()).then(|| *by_name.entry(primary).or_insert(next))
            });
            self.groups.push(group);
        }
        Progress {
            done: self.groups.len(),
            total: songs.len(),
        }
    }

    /// How many artists the songs indexed so far have.
    pub fn artist_count(&self) -> usize {
        self.by_name.len()
    }

    /// The artist number of `song`; `None` when its credit names nobody or
    /// the song is not indexed yet.
    pub fn artist_of(&self, song: SongId) -> Option<u32> {
        self.groups.get(song.0 as usize).copied().flatten()
    }
}
