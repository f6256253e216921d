//! The songs: one per identity, however the sources spell it.
//!
//! Songs are collected in source priority order (placements, then captions,
//! then chart extracts), so the first spelling seen is the one shown. A
//! mention without an artist takes the artist of a song of the same show with
//! the same title and version, when there is exactly one; otherwise it stays
//! a song without an artist. An artist is never guessed.

use std::collections::HashSet;

use needledrop_core::model::Song;
use needledrop_core::normalize::{split_credit, SongIdentity};

use super::search_links::search_links;

/// A song being collected, before ids are assigned.
pub struct SongEntry {
    /// Identity used for matching.
    pub identity: SongIdentity,
    /// Title as first printed.
    pub title: String,
    /// Performer credit as first printed (may be empty).
    pub artist: String,
    /// Original artist of a cover, as printed.
    pub original_artist: Option<String>,
    /// Shows (ids) this song is mentioned in.
    pub shows: HashSet<String>,
}

/// Index of a song in the [`SongBook`].
pub type SongIndex = usize;

/// Collects songs and assigns their ids.
#[derive(Default)]
pub struct SongBook {
    entries: Vec<SongEntry>,
}

impl SongBook {
    /// The song printed as `title` by `credit` in `show`, added on first mention.
    ///
    /// An empty credit is resolved against the songs of the same show.
    pub fn mention(&mut self, show: &str, title: &str, credit: &str) -> SongIndex {
        let credit_parts = split_credit(credit);
        let identity = SongIdentity::new(title, credit);
        let found = if identity.has_artist() {
            self.entries
                .iter()
                .position(|entry| entry.identity.matches(&identity))
        } else {
            let credited: Vec<SongIndex> = (0..self.entries.len())
                .filter(|&index| {
                    let known = &self.entries[index];
                    known.shows.contains(show)
                        && known.identity.has_artist()
                        && known.identity.title == identity.title
                        && known.identity.version == identity.version
                })
                .collect();
            match credited.as_slice() {
                [only] => Some(*only),
                _ => self.entries.iter().position(|entry| {
                    !entry.identity.has_artist() && entry.identity.key() == identity.key()
                }),
            }
        };
        let index = found.unwrap_or_else(|| {
            self.entries.push(SongEntry {
                identity,
                title: title.trim().to_owned(),
                artist: credit_parts.performer,
                original_artist: credit_parts.original_artist,
                shows: HashSet::new(),
            });
            self.entries.len() - 1
        });
        self.entries[index].shows.insert(show.to_owned());
        index
    }

    /// The collected songs, in collection order.
    pub fn entries(&self) -> &[SongEntry] {
        &self.entries
    }

    /// Assigns ids (slug of title, version and primary artist; a numeric
    /// suffix only if two different songs share a slug) and builds the songs.
    pub fn into_songs(self) -> Vec<Song> {
        let mut taken = HashSet::new();
        self.entries
            .into_iter()
            .map(|entry| {
                let base = entry.identity.slug();
                let mut id = base.clone();
                let mut suffix = 2;
                while !taken.insert(id.clone()) {
                    id = format!("{base}-{suffix}");
                    suffix += 1;
                }
                Song {
                    links: search_links(&entry.title, &entry.artist),
                    id,
                    key: entry.identity.key(),
                    title: entry.title,
                    artist: entry.artist,
                    original_artist: entry.original_artist,
                }
            })
            .collect()
    }
}
