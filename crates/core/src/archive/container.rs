//! The container shared by every archive file: a fixed header, then
//! length-prefixed sections in an order fixed by the kind.
//!
//! ```text
//! offset size  field
//!      0    4  magic "NDAR"
//!      4    2  format version, u16 little-endian (1)
//!      6    1  kind: 1 = Hot 100, 2 = Spotify
//!      7    1  reserved, 0
//!      8    4  rows, u32 LE
//!     12    4  payload length in bytes, u32 LE (everything after the header)
//!     16    8  FNV-1a 64 checksum of the payload, u64 LE
//!     24    …  payload: per section, a varint byte length and the bytes
//! ```
//!
//! Opening checks, in order: magic, version, header length, kind, total
//! length (a short file names the section it ends in), checksum, and the
//! section lengths.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use super::checksum::fnv1a64;
use super::error::{ArchiveError, EncodeError, KindByte, NotAnArchive};
use super::varint::{read_u64, write_u64, VarintError};
use crate::grouped_digits::group_count;

/// The first four bytes of every archive file.
pub const MAGIC: [u8; 4] = *b"NDAR";
/// The format version this code writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Bytes before the payload.
pub const HEADER_LEN: usize = 24;
/// The header, as a part name in messages.
const HEADER: &str = "the header";

/// Which chart an archive file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ArchiveKind {
    /// Billboard Hot 100, weekly.
    Hot100,
    /// Spotify daily Top 200, every region.
    Spotify,
}

impl ArchiveKind {
    /// Every kind, in the order of [`ArchiveKind::STEMS`].
    pub const ALL: [ArchiveKind; 2] = [ArchiveKind::Hot100, ArchiveKind::Spotify];

    /// The kinds' names in file names and the manifest.
    pub const STEMS: [&'static str; 2] = ["hot100", "spotify"];

    /// The kind byte of the header.
    pub fn byte(self) -> u8 {
        match self {
            ArchiveKind::Hot100 => 1,
            ArchiveKind::Spotify => 2,
        }
    }

    /// The kind of a header byte, if it names one.
    pub fn from_byte(byte: u8) -> Option<Self> {
        ArchiveKind::ALL
            .into_iter()
            .find(|kind| kind.byte() == byte)
    }

    /// The file name stem (`hot100`, `spotify`).
    pub fn stem(self) -> &'static str {
        ArchiveKind::STEMS[self as usize]
    }
}

impl fmt::Display for ArchiveKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ArchiveKind::Hot100 => "the Hot 100 archive",
            ArchiveKind::Spotify => "the Spotify archive",
        })
    }
}

/// Writes a whole archive file: header, then each section with its length.
///
/// Fails when a count does not fit the header's u32.
pub fn write_container(
    kind: ArchiveKind,
    rows: usize,
    sections: &[Vec<u8>],
) -> Result<Vec<u8>, EncodeError> {
    let mut payload = Vec::with_capacity(sections.iter().map(|s| s.len() + 5).sum());
    for section in sections {
        write_u64(&mut payload, section.len() as u64);
        payload.extend_from_slice(section);
    }
    let rows = u32::try_from(rows).map_err(|_| EncodeError::TooLarge("the row count"))?;
    let length = u32::try_from(payload.len()).map_err(|_| EncodeError::TooLarge("the payload"))?;
    let mut file = Vec::with_capacity(HEADER_LEN + payload.len());
    file.extend_from_slice(&MAGIC);
    file.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    file.extend_from_slice(&[kind.byte(), 0]);
    file.extend_from_slice(&rows.to_le_bytes());
    file.extend_from_slice(&length.to_le_bytes());
    file.extend_from_slice(&fnv1a64(&payload).to_le_bytes());
    file.extend_from_slice(&payload);
    Ok(file)
}

/// An opened, checked file: its row count and where each section's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Container {
    /// Rows according to the header.
    pub rows: u32,
    /// Byte ranges of the sections, in the order asked for.
    pub sections: Vec<Range<usize>>,
}

impl Container {
    /// Fails unless section `index` (called `name`), which holds at least
    /// one byte per row, is long enough for the header's row count; this
    /// keeps a damaged count from asking for a huge allocation.
    pub fn check_rows_fit(&self, index: usize, name: &'static str) -> Result<(), ArchiveError> {
        let length = self.sections.get(index).map_or(0, |range| range.len());
        if self.rows as usize <= length {
            return Ok(());
        }
        Err(ArchiveError::corrupt(
            name,
            format!(
                "the header says {} rows, more than its {} {} can hold",
                group_count(self.rows.into()),
                group_count(length as u64),
                super::error::bytes_word(length as u64)
            ),
        ))
    }
}

/// Little-endian integer of `N` bytes at `at` (the caller checked the length).
fn le_bytes<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    let mut out = [0; N];
    out.copy_from_slice(&bytes[at..at + N]);
    out
}

/// Checks the header and checksum of `bytes` and finds its `names` sections.
pub fn open(
    bytes: &[u8],
    kind: ArchiveKind,
    names: &[&'static str],
) -> Result<Container, ArchiveError> {
    let truncated_header = |have: usize, need: usize| ArchiveError::Truncated {
        part: HEADER,
        missing: (need - have) as u64,
    };
    let start = &bytes[..bytes.len().min(MAGIC.len())];
    if start != &MAGIC[..start.len()] || start.is_empty() {
        return Err(ArchiveError::NotAnArchive(NotAnArchive {
            start: start.to_vec(),
        }));
    }
    if bytes.len() < 6 {
        return Err(truncated_header(bytes.len(), HEADER_LEN));
    }
    let version = u16::from_le_bytes(le_bytes(bytes, 4));
    if version != FORMAT_VERSION {
        return Err(ArchiveError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if bytes.len() < HEADER_LEN {
        return Err(truncated_header(bytes.len(), HEADER_LEN));
    }
    if bytes[6] != kind.byte() {
        return Err(ArchiveError::WrongKind {
            expected: kind,
            found: KindByte(bytes[6]),
        });
    }
    if bytes[7] != 0 {
        return Err(ArchiveError::corrupt(HEADER, "the reserved byte is not 0"));
    }
    let rows = u32::from_le_bytes(le_bytes(bytes, 8));
    let length = u32::from_le_bytes(le_bytes(bytes, 12)) as usize;
    let checksum = u64::from_le_bytes(le_bytes(bytes, 16));
    let end = HEADER_LEN.saturating_add(length);
    if bytes.len() < end {
        let blame = walk(bytes, names).err().unwrap_or(ArchiveError::Truncated {
            part: "the file",
            missing: (end - bytes.len()) as u64,
        });
        return Err(blame);
    }
    if bytes.len() > end {
        return Err(ArchiveError::TrailingBytes {
            extra: (bytes.len() - end) as u64,
        });
    }
    let actual = fnv1a64(&bytes[HEADER_LEN..]);
    if actual != checksum {
        return Err(ArchiveError::ChecksumMismatch {
            expected: checksum,
            actual,
        });
    }
    let sections = walk(bytes, names).map_err(|error| match error {
        ArchiveError::Truncated { part, missing } => ArchiveError::corrupt(
            part,
            format!("its length runs {missing} bytes past the end of the payload"),
        ),
        other => other,
    })?;
    let used = sections.last().map_or(HEADER_LEN, |last| last.end);
    if used != bytes.len() {
        return Err(ArchiveError::corrupt(
            HEADER,
            format!(
                "the sections end {} bytes before the payload does",
                bytes.len() - used
            ),
        ));
    }
    Ok(Container { rows, sections })
}

/// The byte ranges of the sections after the header; a section that runs
/// past the end of `bytes` is reported as [`ArchiveError::Truncated`].
fn walk(bytes: &[u8], names: &[&'static str]) -> Result<Vec<Range<usize>>, ArchiveError> {
    let mut position = HEADER_LEN;
    let mut sections = Vec::with_capacity(names.len());
    for &name in names {
        let length = read_u64(bytes, &mut position).map_err(|error| match error {
            VarintError::Truncated => ArchiveError::Truncated {
                part: name,
                missing: 1,
            },
            VarintError::Overlong => ArchiveError::corrupt(name, "its length is not a number"),
        })?;
        let available = (bytes.len() - position) as u64;
        if length > available {
            return Err(ArchiveError::Truncated {
                part: name,
                missing: length - available,
            });
        }
        let end = position + length as usize;
        sections.push(position..end);
        position = end;
    }
    Ok(sections)
}
