//! Decoding a Spotify archive file, all at once or in slices.

use std::ops::Range;

use super::{Columns, Region, SpotifyArchive, PRINTS_POSITION_DIFF, SECTIONS};
use crate::archive::chain::ChainDecoder;
use crate::archive::charts::Charts;
use crate::archive::container::{open, ArchiveKind};
use crate::archive::error::ArchiveError;
use crate::archive::exceptions::Exceptions;
use crate::archive::occurrences::Occurrences;
use crate::archive::progress::{checked_value, decode_charts, Progress};
use crate::archive::reader::SectionReader;
use crate::archive::songs::SongTable;
use crate::archive::strings::StringTable;

/// Byte offsets reached in the three per-row sections.
#[derive(Debug, Default)]
struct Positions {
    entries: usize,
    streams: usize,
    ids: usize,
}

/// Decodes a Spotify archive in slices: [`new`](Self::new) checks the file
/// and reads the tables, [`step`](Self::step) decodes whole days up to a row
/// budget and [`finish`](Self::finish) decodes the rest and builds the
/// indexes.
#[derive(Debug)]
pub struct SpotifyDecoder {
    bytes: Vec<u8>,
    sections: Vec<Range<usize>>,
    positions: Positions,
    archive: SpotifyArchive,
    chain: ChainDecoder,
    diffs: Exceptions,
    last_id: Vec<Option<u32>>,
    next_new_id: u32,
    next_day: usize,
}

/// Reads the region list; the day counts must add up to `days`.
fn read_regions(reader: &mut SectionReader<'_>, days: usize) -> Result<Vec<Region>, ArchiveError> {
    let count = reader.count("the number of regions")?;
    let mut regions = Vec::with_capacity(count);
    let mut start = 0usize;
    for _ in 0..count {
        let length = reader.count("a region name's length")?;
        let name = std::str::from_utf8(reader.bytes(length)?)
            .map_err(|_| reader.corrupt("a region name is not UTF-8"))?
            .to_owned();
        let flags = reader.bounded(PRINTS_POSITION_DIFF, "a region's flags")?;
        let length = reader.bounded(days as u64, "a region's number of days")?;
        let end = start.saturating_add(length as usize);
        regions.push(Region {
            name,
            prints_position_diff: flags & PRINTS_POSITION_DIFF != 0,
            days: start..end,
        });
        start = end;
    }
    reader.finish()?;
    if start != days {
        return Err(reader.corrupt(format!(
            "the regions have {start} days but the day list has {days}"
        )));
    }
    Ok(regions)
}

impl SpotifyDecoder {
    /// Checks the header, length and checksum of the (gunzipped) file and
    /// reads its tables; the rows are decoded by [`step`](Self::step).
    pub fn new(bytes: Vec<u8>) -> Result<Self, ArchiveError> {
        let container = open(&bytes, ArchiveKind::Spotify, &SECTIONS)?;
        container.check_rows_fit(6, SECTIONS[6])?;
        let sections = container.sections;
        let section =
            |index: usize| SectionReader::new(&bytes[sections[index].clone()], SECTIONS[index]);
        let tracks = SongTable::read(&mut section(0), &mut section(1), &mut section(2))?;
        let ids = StringTable::read(&mut section(3))?;
        let mut day_reader = section(5);
        let days = Charts::read(&mut day_reader, container.rows)?;
        let regions = read_regions(&mut section(4), days.len())?;
        for region in &regions {
            let dates = days.dates().get(region.days.clone()).unwrap_or_default();
            if let Some(pair) = dates.windows(2).find(|pair| pair[0] >= pair[1]) {
                return Err(day_reader.corrupt(format!(
                    "in region {}, the day {} comes after {}",
                    region.name, pair[1], pair[0]
                )));
            }
        }
        let diffs = Exceptions::read(&mut section(8), container.rows)?;
        let rows = container.rows as usize;
        let columns = Columns {
            track: Vec::with_capacity(rows),
            streams: Vec::with_capacity(rows),
            position_diff: Vec::with_capacity(rows),
            spotify_id: Vec::with_capacity(rows),
        };
        Ok(SpotifyDecoder {
            chain: ChainDecoder::new(tracks.len() as u32),
            last_id: vec![None; tracks.len()],
            archive: SpotifyArchive {
                ids,
                tracks,
                regions,
                days,
                columns,
                occurrences: Occurrences::default(),
            },
            bytes,
            sections,
            positions: Positions::default(),
            diffs,
            next_new_id: 0,
            next_day: 0,
        })
    }

    /// Rows decoded so far.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.archive.columns.track.len(),
            total: self.archive.days.total_rows() as usize,
        }
    }

    /// Decodes whole days until at least `max_rows` rows (one day at least)
    /// are done or the file is.
    pub fn step(&mut self, max_rows: usize) -> Result<Progress, ArchiveError> {
        decode_charts(self.progress(), max_rows, || self.decode_day())
    }

    /// Decodes the rows left and builds the track index.
    pub fn finish(mut self) -> Result<SpotifyArchive, ArchiveError> {
        self.step(usize::MAX)?;
        let reader = |index: usize, position: usize| {
            SectionReader::at(
                &self.bytes[self.sections[index].clone()],
                SECTIONS[index],
                position,
            )
        };
        reader(6, self.positions.entries).finish()?;
        reader(7, self.positions.streams).finish()?;
        reader(9, self.positions.ids).finish()?;
        self.chain.check_complete(SECTIONS[2], "tracks")?;
        let mut archive = self.archive;
        archive.occurrences = Occurrences::build(&archive.columns.track, archive.tracks.len());
        Ok(archive)
    }

    /// Decodes the next day's rows; returns the rows done.
    fn decode_day(&mut self) -> Result<usize, ArchiveError> {
        let day = self.next_day;
        let region = self.archive.regions.iter().find(|r| r.days.contains(&day));
        let Some(region) = region else {
            return Err(ArchiveError::corrupt(
                SECTIONS[4],
                "a day belongs to no region",
            ));
        };
        if region.days.start == day {
            self.chain.next_region();
        } else {
            self.chain.next_chart();
        }
        let prints_diff = region.prints_position_diff;
        let section = |index: usize, position: usize| {
            SectionReader::at(
                &self.bytes[self.sections[index].clone()],
                SECTIONS[index],
                position,
            )
        };
        let mut entries = section(6, self.positions.entries);
        let mut streams = section(7, self.positions.streams);
        let mut ids = section(9, self.positions.ids);
        let columns = &mut self.archive.columns;
        let mut above: i64 = 0;
        for (offset, row) in self.archive.days.rows(day).enumerate() {
            let rank = offset as u32 + 1;
            let (track, previous) = self.chain.read(&mut entries, rank)?;
            let predicted = previous
                .filter(|_| prints_diff)
                .map(|p| i64::from(rank) - i64::from(p));
            let diff = self.diffs.value(row as u32, predicted);
            let diff = checked_value(diff, i16::MIN.into(), i16::MAX.into(), SECTIONS[8])?;
            let count = if offset == 0 {
                streams.bounded(u32::MAX.into(), "a stream count")? as i64
            } else {
                above.saturating_sub(streams.i64()?)
            };
            let count = u32::try_from(count)
                .map_err(|_| streams.corrupt(format!("a stream count of {count} is impossible")))?;
            above = count.into();
            let id = read_id(
                &mut ids,
                &mut self.last_id,
                track,
                &mut self.next_new_id,
                &self.archive.ids,
            )?;
            columns.track.push(track);
            columns.streams.push(count);
            columns.position_diff.push(diff.map(|d| d as i16));
            columns.spotify_id.push(id);
        }
        self.positions = Positions {
            entries: entries.position(),
            streams: streams.position(),
            ids: ids.position(),
        };
        self.next_day += 1;
        Ok(columns.track.len())
    }
}

/// Reads one row's Spotify id code (see the module documentation).
fn read_id(
    reader: &mut SectionReader<'_>,
    last_id: &mut [Option<u32>],
    track: u32,
    next_new: &mut u32,
    ids: &StringTable,
) -> Result<Option<u32>, ArchiveError> {
    let slot = last_id
        .get_mut(track as usize)
        .ok_or_else(|| reader.corrupt("a row names a track past the table"))?;
    let id = match reader.u64()? {
        0 => return Ok(None),
        1 => slot.ok_or_else(|| reader.corrupt("a row repeats the id of a track that has none"))?,
        2 if (*next_new as usize) < ids.len() => {
            *next_new += 1;
            *next_new - 1
        }
        2 => return Err(reader.corrupt("it adds more ids than the id table holds")),
        code if code - 3 < u64::from(*next_new) => (code - 3) as u32,
        code => {
            return Err(reader.corrupt(format!(
                "a row refers to id {} before that id is introduced",
                code - 3
            )))
        }
    };
    *slot = Some(id);
    Ok(Some(id))
}

/// Decodes a whole Spotify archive file (gunzipped) at once.
pub fn decode_spotify(bytes: &[u8]) -> Result<SpotifyArchive, ArchiveError> {
    SpotifyDecoder::new(bytes.to_vec())?.finish()
}
