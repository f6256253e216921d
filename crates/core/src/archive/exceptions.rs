//! Values that differ from their prediction, by row.
//!
//! A column whose value can be predicted from the rows before it (Billboard's
//! "last week", "peak", "weeks on chart"; Spotify's "Position Diff") stores
//! only the rows where the source prints something else. Layout: the count,
//! then per exception the row index as a delta from the previous exception's
//! row (the first from 0) and the value as an optional signed number:
//! `0` = empty, `1 + zigzag(v)` = `v`.

use super::error::ArchiveError;
use super::reader::SectionReader;
use super::varint::{unzigzag, write_u64, zigzag};

/// Appends an optional signed value (`0` = empty, `1 + zigzag(v)`).
pub fn write_optional(out: &mut Vec<u8>, value: Option<i64>) {
    write_u64(out, value.map_or(0, |v| zigzag(v).saturating_add(1)));
}

/// Collects the exceptions of one column (the encoder's side).
#[derive(Debug, Default)]
pub struct ExceptionsBuilder {
    bytes: Vec<u8>,
    count: u64,
    last_row: u64,
}

impl ExceptionsBuilder {
    /// Records `actual` at `row` (rows in increasing order) unless it equals
    /// `predicted`.
    pub fn check(&mut self, row: u64, predicted: Option<i64>, actual: Option<i64>) {
        if predicted != actual {
            write_u64(&mut self.bytes, row - self.last_row);
            write_optional(&mut self.bytes, actual);
            self.last_row = row;
            self.count += 1;
        }
    }

    /// The section's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + 5);
        write_u64(&mut out, self.count);
        out.extend_from_slice(&self.bytes);
        out
    }
}

/// The exceptions of one column, applied row by row (the decoder's side).
#[derive(Clone, Debug, Default)]
pub struct Exceptions {
    list: Vec<(u32, Option<i64>)>,
    next: usize,
}

impl Exceptions {
    /// Reads a whole section; rows must increase and stay below `rows`.
    pub fn read(reader: &mut SectionReader<'_>, rows: u32) -> Result<Self, ArchiveError> {
        let count = reader.count("the number of exceptions")?;
        let mut list = Vec::with_capacity(count);
        let mut row: u64 = 0;
        for index in 0..count {
            let delta = reader.u64()?;
            if index > 0 && delta == 0 {
                return Err(reader.corrupt("two exceptions name the same row"));
            }
            row = row.saturating_add(delta);
            if row >= u64::from(rows) {
                return Err(reader.corrupt(format!("an exception names row {row} past the end")));
            }
            let value = match reader.u64()? {
                0 => None,
                code => Some(unzigzag(code - 1)),
            };
            list.push((row as u32, value));
        }
        reader.finish()?;
        Ok(Exceptions { list, next: 0 })
    }

    /// The value of `row` (rows asked in increasing order): the exception if
    /// there is one, else `predicted`.
    pub fn value(&mut self, row: u32, predicted: Option<i64>) -> Option<i64> {
        match self.list.get(self.next) {
            Some(&(at, value)) if at == row => {
                self.next += 1;
                value
            }
            _ => predicted,
        }
    }
}
