//! String tables: each distinct title, artist or track id stored once.
//!
//! Layout: the count, then each string's byte length, then all the UTF-8
//! bytes concatenated (lengths apart from the text compress better and let
//! the decoder check the UTF-8 in one pass). Rows refer to strings by index.

use std::collections::HashMap;

use super::error::ArchiveError;
use super::reader::SectionReader;
use super::varint::write_u64;

/// Decoded strings: one text buffer and the end offset of each string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StringTable {
    text: String,
    ends: Vec<u32>,
}

impl StringTable {
    /// How many strings the table holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The string at `index`, or `""` past the end.
    pub fn get(&self, index: u32) -> &str {
        let index = index as usize;
        let Some(&end) = self.ends.get(index) else {
            return "";
        };
        let start = self.start_of(index);
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    /// Where string `index` starts in [`text`](Self::text).
    fn start_of(&self, index: usize) -> u32 {
        index
            .checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .copied()
            .unwrap_or(0)
    }

    /// Every string concatenated, in table order.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The string holding byte `offset` of [`text`](Self::text): its index
    /// and byte range. The search walks forward from string `from`, so a
    /// scan that locates offsets in increasing order, passing back the last
    /// index found, visits each string once in all; an offset before string
    /// `from` is found by a binary search.
    pub fn locate_from(&self, offset: usize, from: u32) -> Option<(u32, std::ops::Range<usize>)> {
        let mut index = from as usize;
        if index >= self.ends.len() || (self.start_of(index) as usize) > offset {
            index = self.ends.partition_point(|&end| end as usize <= offset);
        }
        while self
            .ends
            .get(index)
            .is_some_and(|&end| end as usize <= offset)
        {
            index += 1;
        }
        let end = *self.ends.get(index)? as usize;
        Some((index as u32, self.start_of(index) as usize..end))
    }

    /// Every string, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.ends.len() as u32).map(move |index| self.get(index))
    }

    /// A table holding `strings`, in order (for derived tables such as the
    /// folded strings of the search index).
    pub fn from_strings(strings: impl Iterator<Item = String>) -> Self {
        let mut table = StringTable::default();
        for string in strings {
            table.text.push_str(&string);
            table.ends.push(table.text.len() as u32);
        }
        table
    }

    /// Reads a whole table section.
    pub fn read(reader: &mut SectionReader<'_>) -> Result<Self, ArchiveError> {
        let count = reader.count("the number of strings")?;
        let mut ends = Vec::with_capacity(count);
        let mut end: u64 = 0;
        for _ in 0..count {
            end += reader.bounded(u64::from(u32::MAX), "a string length")?;
            let end32 = u32::try_from(end)
                .map_err(|_| reader.corrupt("the strings add up to more than 4 GiB"))?;
            ends.push(end32);
        }
        let bytes = reader.bytes(end as usize)?;
        let text = std::str::from_utf8(bytes)
            .map_err(|error| {
                reader.corrupt(format!(
                    "the text is not UTF-8 (at byte {})",
                    error.valid_up_to()
                ))
            })?
            .to_owned();
        if let Some(split) = ends.iter().find(|&&e| !text.is_char_boundary(e as usize)) {
            return Err(reader.corrupt(format!("a string ends inside a character (byte {split})")));
        }
        reader.finish()?;
        Ok(StringTable { text, ends })
    }
}

/// Collects distinct strings in order of first use, for the encoder.
#[derive(Debug, Default)]
pub struct StringTableBuilder<'a> {
    index: HashMap<&'a str, u32>,
    strings: Vec<&'a str>,
}

impl<'a> StringTableBuilder<'a> {
    /// The index of `text`, adding it if new; `true` when it was added.
    pub fn intern(&mut self, text: &'a str) -> (u32, bool) {
        if let Some(&index) = self.index.get(text) {
            return (index, false);
        }
        let index = self.strings.len() as u32;
        self.index.insert(text, index);
        self.strings.push(text);
        (index, true)
    }

    /// The table section's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let text: usize = self.strings.iter().map(|s| s.len()).sum();
        let mut out = Vec::with_capacity(text + 3 * self.strings.len() + 5);
        write_u64(&mut out, self.strings.len() as u64);
        for string in &self.strings {
            write_u64(&mut out, string.len() as u64);
        }
        for string in &self.strings {
            out.extend_from_slice(string.as_bytes());
        }
        out
    }
}

/// Writes a reference to a string interned just now: `0` for "the next new
/// string of the table", `index + 1` for one seen before.
pub fn write_string_ref(out: &mut Vec<u8>, (index, added): (u32, bool)) {
    write_u64(out, if added { 0 } else { u64::from(index) + 1 });
}

/// Reads references written by [`write_string_ref`], checking each index.
#[derive(Debug)]
pub struct StringRefs {
    next_new: u32,
    len: u32,
    name: &'static str,
}

impl StringRefs {
    /// References into `table`, named `name` in messages (`a title`).
    pub fn new(table: &StringTable, name: &'static str) -> Self {
        StringRefs {
            next_new: 0,
            len: table.len() as u32,
            name,
        }
    }

    /// The next reference's index.
    pub fn read(&mut self, reader: &mut SectionReader<'_>) -> Result<u32, ArchiveError> {
        let name = self.name;
        match reader.u64()? {
            0 if self.next_new < self.len => {
                self.next_new += 1;
                Ok(self.next_new - 1)
            }
            0 => Err(reader.corrupt(format!("it adds {name} the table does not hold"))),
            code if code <= u64::from(self.next_new) => Ok((code - 1) as u32),
            code => Err(reader.corrupt(format!(
                "it refers to {name} ({}) before that entry is introduced",
                code - 1
            ))),
        }
    }
}
