//! Decoding a Hot 100 archive file, all at once or in slices.

use std::ops::Range;

use super::{predict, Columns, Hot100Archive, SECTIONS};
use crate::archive::chain::ChainDecoder;
use crate::archive::charts::Charts;
use crate::archive::container::{open, ArchiveKind};
use crate::archive::error::ArchiveError;
use crate::archive::exceptions::Exceptions;
use crate::archive::occurrences::Occurrences;
use crate::archive::progress::{checked_value, decode_charts, required_value, Progress};
use crate::archive::reader::SectionReader;
use crate::archive::songs::SongTable;

/// Decodes a Hot 100 archive in slices, so a browser can keep every task
/// short: [`new`](Self::new) checks the file and reads the tables,
/// [`step`](Self::step) decodes whole charts up to a row budget and
/// [`finish`](Self::finish) decodes the rest and builds the indexes.
#[derive(Debug)]
pub struct Hot100Decoder {
    bytes: Vec<u8>,
    entries: Range<usize>,
    position: usize,
    archive: Hot100Archive,
    chain: ChainDecoder,
    last_week: Exceptions,
    peak: Exceptions,
    weeks: Exceptions,
    /// The (peak, weeks) each song had at its entry before.
    printed: Vec<Option<(u32, u32)>>,
    next_chart: usize,
}

impl Hot100Decoder {
    /// Checks the header, length and checksum of the (gunzipped) file and
    /// reads its tables; the rows are decoded by [`step`](Self::step).
    pub fn new(bytes: Vec<u8>) -> Result<Self, ArchiveError> {
        let container = open(&bytes, ArchiveKind::Hot100, &SECTIONS)?;
        container.check_rows_fit(4, SECTIONS[4])?;
        let section = |index: usize| {
            SectionReader::new(&bytes[container.sections[index].clone()], SECTIONS[index])
        };
        let songs = SongTable::read(&mut section(0), &mut section(1), &mut section(2))?;
        let mut chart_reader = section(3);
        let charts = Charts::read(&mut chart_reader, container.rows)?;
        if let Some(pair) = charts.dates().windows(2).find(|pair| pair[0] >= pair[1]) {
            return Err(chart_reader.corrupt(format!(
                "the chart of {} comes after the chart of {}",
                pair[1], pair[0]
            )));
        }
        let rows = container.rows;
        let last_week = Exceptions::read(&mut section(5), rows)?;
        let peak = Exceptions::read(&mut section(6), rows)?;
        let weeks = Exceptions::read(&mut section(7), rows)?;
        let capacity = rows as usize;
        let columns = Columns {
            song: Vec::with_capacity(capacity),
            last_week: Vec::with_capacity(capacity),
            peak: Vec::with_capacity(capacity),
            weeks: Vec::with_capacity(capacity),
        };
        Ok(Hot100Decoder {
            entries: container.sections[4].clone(),
            position: 0,
            chain: ChainDecoder::new(songs.len() as u32),
            printed: vec![None; songs.len()],
            archive: Hot100Archive {
                songs,
                charts,
                columns,
                occurrences: Occurrences::default(),
            },
            bytes,
            last_week,
            peak,
            weeks,
            next_chart: 0,
        })
    }

    /// Rows decoded so far.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.archive.columns.song.len(),
            total: self.archive.charts.total_rows() as usize,
        }
    }

    /// Decodes whole charts until at least `max_rows` rows (one chart at
    /// least) are done or the file is; 25,000 rows take about a millisecond.
    pub fn step(&mut self, max_rows: usize) -> Result<Progress, ArchiveError> {
        decode_charts(self.progress(), max_rows, || self.decode_chart())
    }

    /// Decodes the rows left and builds the song index.
    pub fn finish(mut self) -> Result<Hot100Archive, ArchiveError> {
        self.step(usize::MAX)?;
        let reader = SectionReader::at(
            &self.bytes[self.entries.clone()],
            SECTIONS[4],
            self.position,
        );
        reader.finish()?;
        self.chain.check_complete(SECTIONS[2], "songs")?;
        let mut archive = self.archive;
        archive.occurrences = Occurrences::build(&archive.columns.song, archive.songs.len());
        Ok(archive)
    }

    /// Decodes the next chart's rows; returns the rows done.
    fn decode_chart(&mut self) -> Result<usize, ArchiveError> {
        let rows = self.archive.charts.rows(self.next_chart);
        let mut reader = SectionReader::at(
            &self.bytes[self.entries.clone()],
            SECTIONS[4],
            self.position,
        );
        self.chain.next_chart();
        let columns = &mut self.archive.columns;
        for (offset, row) in rows.enumerate() {
            let rank = offset as u32 + 1;
            let row = row as u32;
            let (song, previous) = self.chain.read(&mut reader, rank)?;
            let state = self.printed.get_mut(song as usize).ok_or_else(|| {
                ArchiveError::corrupt(SECTIONS[4], "a row names a song past the table")
            })?;
            let (peak_guess, weeks_guess) = predict(*state, rank);
            let last_week = self.last_week.value(row, previous.map(i64::from));
            let last_week = checked_value(last_week, 1, 255, SECTIONS[5])?;
            let peak = self.peak.value(row, Some(peak_guess.into()));
            let peak = required_value(peak, 1, 255, SECTIONS[6])? as u8;
            let weeks = self.weeks.value(row, Some(weeks_guess.into()));
            let weeks = required_value(weeks, 1, 65_535, SECTIONS[7])? as u16;
            columns.song.push(song);
            columns.last_week.push(last_week.map(|week| week as u8));
            columns.peak.push(peak);
            columns.weeks.push(weeks);
            *state = Some((peak.into(), weeks.into()));
        }
        self.position = reader.position();
        self.next_chart += 1;
        Ok(columns.song.len())
    }
}

/// Decodes a whole Hot 100 archive file (gunzipped) at once.
pub fn decode_hot100(bytes: &[u8]) -> Result<Hot100Archive, ArchiveError> {
    Hot100Decoder::new(bytes.to_vec())?.finish()
}
