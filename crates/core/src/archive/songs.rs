//! The song table: each distinct (title, artist) pair, in order of first
//! appearance, as two string references (see [`write_string_ref`]).

use std::collections::HashMap;

use super::error::ArchiveError;
use super::reader::SectionReader;
use super::strings::{write_string_ref, StringRefs, StringTable, StringTableBuilder};

/// Collects songs, their titles and artists (the encoder's side).
#[derive(Debug, Default)]
pub struct SongTableBuilder<'a> {
    titles: StringTableBuilder<'a>,
    artists: StringTableBuilder<'a>,
    index: HashMap<(&'a str, &'a str), u32>,
    bytes: Vec<u8>,
}

impl<'a> SongTableBuilder<'a> {
    /// The index of the song, adding it if new; `true` when it was added.
    pub fn intern(&mut self, title: &'a str, artist: &'a str) -> (u32, bool) {
        if let Some(&song) = self.index.get(&(title, artist)) {
            return (song, false);
        }
        let song = self.index.len() as u32;
        self.index.insert((title, artist), song);
        write_string_ref(&mut self.bytes, self.titles.intern(title));
        write_string_ref(&mut self.bytes, self.artists.intern(artist));
        (song, true)
    }

    /// The titles, artists and song table sections, in that order.
    pub fn into_sections(self) -> [Vec<u8>; 3] {
        let mut songs = Vec::with_capacity(self.bytes.len() + 5);
        super::varint::write_u64(&mut songs, self.index.len() as u64);
        songs.extend_from_slice(&self.bytes);
        [self.titles.to_bytes(), self.artists.to_bytes(), songs]
    }
}

/// Decoded songs (Spotify: tracks): each one's title and artist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SongTable {
    titles: StringTable,
    artists: StringTable,
    /// Title and artist index of each song.
    pairs: Vec<(u32, u32)>,
}

impl SongTable {
    /// Reads the titles, artists and song table sections.
    pub fn read(
        titles: &mut SectionReader<'_>,
        artists: &mut SectionReader<'_>,
        reader: &mut SectionReader<'_>,
    ) -> Result<Self, ArchiveError> {
        let titles = StringTable::read(titles)?;
        let artists = StringTable::read(artists)?;
        let count = reader.count("the number of songs")?;
        let mut title_refs = StringRefs::new(&titles, "a title");
        let mut artist_refs = StringRefs::new(&artists, "an artist");
        let mut pairs = Vec::with_capacity(count);
        for _ in 0..count {
            let title = title_refs.read(reader)?;
            let artist = artist_refs.read(reader)?;
            pairs.push((title, artist));
        }
        reader.finish()?;
        Ok(SongTable {
            titles,
            artists,
            pairs,
        })
    }

    /// How many songs there are.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// The title of `song` as printed (`""` for an unknown song).
    pub fn title(&self, song: u32) -> &str {
        self.pairs
            .get(song as usize)
            .map_or("", |&(title, _)| self.titles.get(title))
    }

    /// The artist of `song` as printed (`""` for an unknown song).
    pub fn artist(&self, song: u32) -> &str {
        self.pairs
            .get(song as usize)
            .map_or("", |&(_, artist)| self.artists.get(artist))
    }

    /// The song with exactly this title and artist.
    pub fn find(&self, title: &str, artist: &str) -> Option<u32> {
        (0..self.pairs.len() as u32)
            .find(|&song| self.title(song) == title && self.artist(song) == artist)
    }

    /// The titles, the artists and each song's (title, artist) indices.
    pub fn parts(&self) -> (&StringTable, &StringTable, &[(u32, u32)]) {
        (&self.titles, &self.artists, &self.pairs)
    }
}
