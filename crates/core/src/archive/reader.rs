//! Reading the values of one section, with errors that name the section.

use super::error::ArchiveError;
use super::varint::{read_u64, unzigzag, VarintError};
use crate::grouped_digits::group_count;

/// A cursor over one section's bytes.
///
/// The container's checksum has already passed when a section is read, so
/// running out of bytes here means the section itself is inconsistent and is
/// reported as [`ArchiveError::Corrupt`].
#[derive(Clone, Debug)]
pub struct SectionReader<'a> {
    bytes: &'a [u8],
    position: usize,
    part: &'static str,
}

impl<'a> SectionReader<'a> {
    /// A reader at the start of `bytes`, the section called `part` in messages.
    pub fn new(bytes: &'a [u8], part: &'static str) -> Self {
        SectionReader {
            bytes,
            position: 0,
            part,
        }
    }

    /// A reader resuming at `position` (for a decoder working in slices).
    pub fn at(bytes: &'a [u8], part: &'static str, position: usize) -> Self {
        SectionReader {
            bytes,
            position,
            part,
        }
    }

    /// The current byte offset within the section.
    pub fn position(&self) -> usize {
        self.position
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.position)
    }

    /// A [`ArchiveError::Corrupt`] error in this section.
    pub fn corrupt(&self, reason: impl Into<String>) -> ArchiveError {
        ArchiveError::corrupt(self.part, reason)
    }

    /// The next unsigned varint.
    pub fn u64(&mut self) -> Result<u64, ArchiveError> {
        read_u64(self.bytes, &mut self.position).map_err(|error| match error {
            VarintError::Truncated => self.corrupt("it ends in the middle of a number"),
            VarintError::Overlong => self.corrupt("a number is longer than 64 bits"),
        })
    }

    /// The next zigzag varint.
    pub fn i64(&mut self) -> Result<i64, ArchiveError> {
        self.u64().map(unzigzag)
    }

    /// The next varint, which must be at most `max` (named `what` in messages).
    pub fn bounded(&mut self, max: u64, what: &str) -> Result<u64, ArchiveError> {
        let value = self.u64()?;
        if value > max {
            return Err(self.corrupt(format!(
                "{what} is {}, more than the largest possible {}",
                group_count(value),
                group_count(max)
            )));
        }
        Ok(value)
    }

    /// A count of items that each take at least one byte: never more than
    /// the bytes left, so a damaged count cannot ask for a huge allocation.
    pub fn count(&mut self, what: &str) -> Result<usize, ArchiveError> {
        let limit = self.remaining() as u64;
        self.bounded(limit, what).map(|count| count as usize)
    }

    /// The next `length` raw bytes.
    pub fn bytes(&mut self, length: usize) -> Result<&'a [u8], ArchiveError> {
        let end = self
            .position
            .checked_add(length)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| {
                self.corrupt(format!(
                    "it holds {} bytes where {} are needed",
                    group_count(self.remaining() as u64),
                    group_count(length as u64)
                ))
            })?;
        let slice = &self.bytes[self.position..end];
        self.position = end;
        Ok(slice)
    }

    /// Fails unless every byte of the section was read.
    pub fn finish(&self) -> Result<(), ArchiveError> {
        match self.remaining() {
            0 => Ok(()),
            extra => Err(self.corrupt(format!(
                "{} bytes are left over after its last value",
                group_count(extra as u64)
            ))),
        }
    }
}
