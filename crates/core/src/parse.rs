//! Reading dataset documents from bytes: size cap, encoding, JSON, shape.
//!
//! Every failure becomes a [`DatasetError`] that says where and why; nothing
//! here panics on any input (a property test feeds it arbitrary bytes).

use crate::model::{ChartContextFile, Dataset, SeriesFile, SCHEMA_VERSION};
use crate::validate::{validate_chart_context, validate_dataset, validate_series_file};
use crate::DatasetError;
use reader::{FromJson, JsonReader, PathStep};

mod documents;
pub(crate) mod read_fields;
pub mod reader;

/// Largest dataset document accepted, checked before parsing.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// Deepest nesting of arrays and objects accepted.
pub const MAX_NESTING: usize = 128;

/// Parses and validates `index.json`.
pub fn parse_dataset(bytes: &[u8]) -> Result<Dataset, DatasetError> {
    let dataset: Dataset = parse_versioned(bytes)?;
    validate_dataset(&dataset)?;
    Ok(dataset)
}

/// Parses and validates a per-song series file against its dataset.
pub fn parse_series_file(bytes: &[u8], dataset: &Dataset) -> Result<SeriesFile, DatasetError> {
    let file: SeriesFile = parse_versioned(bytes)?;
    validate_series_file(&file, dataset)?;
    Ok(file)
}

/// Parses and validates the daily chart-context document against its dataset.
pub fn parse_chart_context(
    bytes: &[u8],
    dataset: &Dataset,
) -> Result<ChartContextFile, DatasetError> {
    let file: ChartContextFile = parse_versioned(bytes)?;
    validate_chart_context(&file, dataset)?;
    Ok(file)
}

/// A document with a top-level `schema_version`, read by [`FromJson`].
pub trait Versioned: FromJson {
    /// The version the document declares.
    fn schema_version(&self) -> u32;
}

impl Versioned for Dataset {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}

impl Versioned for ChartContextFile {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}

impl Versioned for SeriesFile {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}

/// Parses a document that carries a top-level `schema_version`.
///
/// An unsupported version is reported as such, even when the rest of the
/// document does not match this version's shape (only then is the text
/// read a second time, to find the version). Every object of these
/// documents refuses unknown members, so nothing is skipped unread and the
/// reader's own depth limit covers the whole text: the nesting scan, which
/// says where the nesting goes too deep, runs only to explain a failure.
fn parse_versioned<T: Versioned>(bytes: &[u8]) -> Result<T, DatasetError> {
    let text = checked_text(bytes, MAX_DOCUMENT_BYTES)?;
    let unsupported = |found: String| DatasetError::UnsupportedVersion {
        found,
        supported: SCHEMA_VERSION,
    };
    match read_document::<T>(text) {
        Ok(document) if document.schema_version() == SCHEMA_VERSION => Ok(document),
        Ok(document) => Err(unsupported(document.schema_version().to_string())),
        Err(error) => {
            check_nesting(text, MAX_NESTING)?;
            match declared_version(text) {
                Some(found) if found != SCHEMA_VERSION.to_string() => Err(unsupported(found)),
                _ => Err(error),
            }
        }
    }
}

/// Reads one whole document of type `T` (and nothing after it).
pub(crate) fn read_document<T: FromJson>(text: &str) -> Result<T, DatasetError> {
    let mut reader = JsonReader::new(text);
    T::read(&mut reader)
        .and_then(|document| reader.finish().map(|()| document))
        .map_err(|error| {
            let error = error.into_failure();
            let (line, column) = line_and_column(text, error.at);
            let message = error.message;
            if error.syntax {
                DatasetError::Syntax {
                    line,
                    column,
                    message,
                }
            } else {
                let steps = error.path.into_iter().rev();
                shape_error(path_text(steps), line, column, message)
            }
        })
}

/// The 1-based line and column (in characters) of byte `at`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&byte| byte == b'\n').count();
    let column = 1 + before[line_start..]
        .iter()
        .filter(|&&byte| byte & 0xC0 != 0x80)
        .count();
    (line, column)
}

/// Checks size, encoding and emptiness; strips a byte-order mark.
pub fn checked_text(bytes: &[u8], limit: usize) -> Result<&str, DatasetError> {
    if bytes.len() > limit {
        return Err(DatasetError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| DatasetError::NotUtf8 {
        offset: error.valid_up_to(),
    })?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(DatasetError::Empty);
    }
    if trimmed.starts_with('<') {
        return Err(DatasetError::Html);
    }
    Ok(text)
}

/// Refuses arrays and objects nested deeper than `limit`, with the position
/// of the first bracket too deep (strings are skipped).
fn check_nesting(text: &str, limit: usize) -> Result<(), DatasetError> {
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    // Bytes, not chars: every delimiter is ASCII.
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    let (line, column) = line_and_column(text, at);
                    return Err(DatasetError::Syntax {
                        line,
                        column,
                        message: format!(
                            "arrays and objects are nested deeper than {limit} levels"
                        ),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// A path as people read it: `shows[0].title`, `[1][1]`.
fn path_text(steps: impl Iterator<Item = PathStep>) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            PathStep::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&key);
            }
            PathStep::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A shape error at `path` (the top level when it is empty).
fn shape_error(path: String, line: usize, column: usize, message: String) -> DatasetError {
    DatasetError::Shape {
        path: if path.is_empty() {
            "(top level)".into()
        } else {
            path
        },
        line,
        column,
        message,
    }
}

/// The `schema_version` a document declares, as written, if it is readable.
pub(crate) fn declared_version(text: &str) -> Option<String> {
    let mut reader = JsonReader::new(text);
    let mut found = None;
    reader
        .members(&mut |reader, name, _| {
            let value = reader.raw_value()?;
            if name == "schema_version" {
                found = Some(value.to_owned());
            }
            Ok(())
        })
        .ok()?;
    found
}

#[cfg(test)]
mod tests;
