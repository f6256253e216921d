//! Why an archive file could not be read, in words a reader can act on.

use crate::grouped_digits::group_count;
use std::fmt;

use super::container::ArchiveKind;

/// Why the bytes of an archive file could not be decoded.
///
/// Every message says what is wrong and, where it helps, what to do; none
/// shows a Rust debug string.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveError {
    /// The file does not start with the archive magic.
    #[error("this is not a Needledrop chart archive ({0})")]
    NotAnArchive(NotAnArchive),
    /// The file was written in a format version this code does not read.
    #[error(
        "archive format version {found} is not supported (this app reads version {supported})"
    )]
    UnsupportedVersion {
        /// The version in the file.
        found: u16,
        /// The version this decoder reads.
        supported: u16,
    },
    /// An archive of another kind (the Spotify file given to the Hot 100 decoder).
    #[error("this is {found}, not {expected}")]
    WrongKind {
        /// What the caller asked to decode.
        expected: ArchiveKind,
        /// What the file holds.
        found: KindByte,
    },
    /// The bytes end before the part named in `part` does.
    #[error("the archive file is truncated: expected {} more {} in {part}; reload to fetch it again", group_count(*missing), bytes_word(*missing))]
    Truncated {
        /// The part being read (`the titles table`).
        part: &'static str,
        /// How many bytes are missing at least.
        missing: u64,
    },
    /// There are bytes after the last section.
    #[error("the archive file has {} unexpected {} after its end; reload to fetch it again", group_count(*extra), bytes_word(*extra))]
    TrailingBytes {
        /// How many bytes follow the last section.
        extra: u64,
    },
    /// The payload does not hash to the checksum in the header.
    #[error("checksum mismatch: the file is damaged; reload to fetch it again")]
    ChecksumMismatch {
        /// The checksum in the header.
        expected: u64,
        /// The checksum of the bytes received.
        actual: u64,
    },
    /// The checksum matched but a section holds impossible values.
    #[error("the archive file is damaged in {part}: {reason}")]
    Corrupt {
        /// The part being read.
        part: &'static str,
        /// What is impossible, in words.
        reason: String,
    },
}

impl ArchiveError {
    /// A [`ArchiveError::Corrupt`] error in `part`.
    pub fn corrupt(part: &'static str, reason: impl Into<String>) -> Self {
        ArchiveError::Corrupt {
            part,
            reason: reason.into(),
        }
    }
}

/// The first bytes of a file that is not an archive, described.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAnArchive {
    /// Up to the first four bytes of the file.
    pub start: Vec<u8>,
}

impl fmt::Display for NotAnArchive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = String::from_utf8_lossy(&self.start).to_ascii_lowercase();
        if self.start.is_empty() {
            f.write_str("the file is empty")
        } else if text.starts_with('<') {
            f.write_str("the server sent a web page instead")
        } else if self.start.starts_with(&[0x1f, 0x8b]) {
            f.write_str("it is still gzip-compressed")
        } else {
            f.write_str("it does not start with the archive signature")
        }
    }
}

/// The kind byte of a file, for [`ArchiveError::WrongKind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindByte(pub u8);

impl fmt::Display for KindByte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match ArchiveKind::from_byte(self.0) {
            Some(kind) => kind.fmt(f),
            None => write!(f, "an archive of unknown kind {}", self.0),
        }
    }
}

/// `byte` or `bytes`.
pub(crate) fn bytes_word(count: u64) -> &'static str {
    if count == 1 {
        "byte"
    } else {
        "bytes"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_sentences() {
        let truncated = ArchiveError::Truncated {
            part: "the titles table",
            missing: 1234,
        };
        assert_eq!(
            truncated.to_string(),
            "the archive file is truncated: expected 1,234 more bytes in the titles table; reload to fetch it again"
        );
        let version = ArchiveError::UnsupportedVersion {
            found: 7,
            supported: 1,
        };
        assert_eq!(
            version.to_string(),
            "archive format version 7 is not supported (this app reads version 1)"
        );
    }
}

/// Why rows could not be written as an archive (the build's side).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    /// A row breaks a rule of the format.
    #[error("input row {row}: {reason}")]
    InvalidRow {
        /// 1-based position of the row in the input.
        row: usize,
        /// Which rule, in words.
        reason: String,
    },
    /// A count does not fit the header.
    #[error("{0} does not fit the archive header (4 GiB at most)")]
    TooLarge(&'static str),
}
