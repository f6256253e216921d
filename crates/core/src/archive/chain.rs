//! How a chart row names its song: by its rank on the previous chart when it
//! was there, as a new song, or by its index.
//!
//! Most rows of a weekly or daily chart were on the previous one, a few
//! places away, so the code of a row is usually one byte:
//!
//! | code            | meaning                                                     |
//! |-----------------|-------------------------------------------------------------|
//! | `0`             | a song never seen before: the next index of the song table  |
//! | odd `2k + 1`    | the song with index `k` (seen before, not on the last chart)|
//! | even `2 + 2z`   | the song at rank `rank + unzigzag(z)` of the previous chart |
//!
//! The previous chart is the one before in the same region; the first chart
//! of a region has none.

use std::collections::HashMap;

use super::error::ArchiveError;
use super::reader::SectionReader;
use super::varint::{unzigzag, write_u64, zigzag};

/// Chooses the code of each row, chart by chart (the encoder's side).
#[derive(Debug, Default)]
pub struct ChainEncoder {
    previous: Vec<u32>,
    current: Vec<u32>,
    first_rank: HashMap<u32, u32>,
}

impl ChainEncoder {
    /// Starts the next chart of the same region.
    pub fn next_chart(&mut self) {
        std::mem::swap(&mut self.previous, &mut self.current);
        self.current.clear();
        self.first_rank.clear();
        for (index, &song) in self.previous.iter().enumerate().rev() {
            self.first_rank.insert(song, index as u32 + 1);
        }
    }

    /// Starts the first chart of a region: there is no previous chart.
    pub fn next_region(&mut self) {
        self.current.clear();
        self.next_chart();
    }

    /// Appends the code of the row at `rank` holding `song` (`added` when the
    /// song is new). `claimed` is the previous rank the source prints, used
    /// to pick between two places of the same song. Returns the previous
    /// rank the code names, which the decoder will know too.
    pub fn push(
        &mut self,
        out: &mut Vec<u8>,
        (song, added): (u32, bool),
        rank: u32,
        claimed: Option<i64>,
    ) -> Option<u32> {
        self.current.push(song);
        if added {
            write_u64(out, 0);
            return None;
        }
        let claimed = claimed
            .and_then(|rank| u32::try_from(rank).ok())
            .filter(|&p| p >= 1 && self.previous.get(p as usize - 1) == Some(&song));
        match claimed.or_else(|| self.first_rank.get(&song).copied()) {
            Some(previous) => {
                let offset = i64::from(previous) - i64::from(rank);
                write_u64(out, 2 + 2 * zigzag(offset));
                Some(previous)
            }
            None => {
                write_u64(out, 2 * u64::from(song) + 1);
                None
            }
        }
    }
}

/// Reads row codes back into song indices (the decoder's side).
#[derive(Debug)]
pub struct ChainDecoder {
    previous: Vec<u32>,
    current: Vec<u32>,
    next_new: u32,
    songs: u32,
}

impl ChainDecoder {
    /// A decoder for a table of `songs` songs.
    pub fn new(songs: u32) -> Self {
        ChainDecoder {
            previous: Vec::new(),
            current: Vec::new(),
            next_new: 0,
            songs,
        }
    }

    /// Starts the next chart of the same region.
    pub fn next_chart(&mut self) {
        std::mem::swap(&mut self.previous, &mut self.current);
        self.current.clear();
    }

    /// Starts the first chart of a region.
    pub fn next_region(&mut self) {
        self.current.clear();
        self.next_chart();
    }

    /// Fails unless the codes introduced every song of the table (named
    /// `part`; `noun` is `songs` or `tracks`).
    pub fn check_complete(&self, part: &'static str, noun: &str) -> Result<(), ArchiveError> {
        if self.next_new == self.songs {
            return Ok(());
        }
        Err(ArchiveError::corrupt(
            part,
            format!(
                "it lists {} {noun} but the charts introduce {}",
                self.songs, self.next_new
            ),
        ))
    }

    /// The song of the row at `rank`, and the previous rank its code names.
    pub fn read(
        &mut self,
        reader: &mut SectionReader<'_>,
        rank: u32,
    ) -> Result<(u32, Option<u32>), ArchiveError> {
        let code = reader.u64()?;
        let (song, previous) = if code == 0 {
            if self.next_new >= self.songs {
                return Err(reader.corrupt("it adds more songs than the song table holds"));
            }
            self.next_new += 1;
            (self.next_new - 1, None)
        } else if code % 2 == 1 {
            let song = (code - 1) / 2;
            if song >= u64::from(self.next_new) {
                return Err(reader.corrupt(format!(
                    "a row refers to song {song} before that song is introduced"
                )));
            }
            (song as u32, None)
        } else {
            let previous = i64::from(rank).checked_add(unzigzag((code - 2) / 2));
            let song = previous
                .and_then(|p| usize::try_from(p).ok())
                .filter(|&p| p >= 1)
                .and_then(|p| self.previous.get(p - 1));
            match (song, previous) {
                (Some(&song), Some(p)) => (song, Some(p as u32)),
                _ => {
                    return Err(reader.corrupt(format!(
                        "a row at rank {rank} points at a place the previous chart does not have"
                    )))
                }
            }
        };
        self.current.push(song);
        Ok((song, previous))
    }
}
