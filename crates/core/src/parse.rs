//! Reading dataset documents from bytes: size cap, encoding, JSON, shape.
//!
//! Every failure becomes a [`DatasetError`] that says where and why; nothing
//! here panics on any input (a property test feeds it arbitrary bytes).

use serde::de::DeserializeOwned;

use crate::model::{ChartContextFile, Dataset, SeriesFile, SCHEMA_VERSION};
use crate::validate::{validate_chart_context, validate_dataset, validate_series_file};
use crate::DatasetError;
use reader::{FromJson, JsonReader, PathStep};

mod documents;
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

/// Reads one whole document of type `T`.
fn read_document<T: FromJson>(text: &str) -> Result<T, DatasetError> {
    let mut reader = JsonReader::new(text);
    T::read(&mut reader)
        .and_then(|document| reader.finish().map(|()| document))
        .map_err(|error| {
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
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    // Bytes, not chars: every delimiter is ASCII; the column counts
    // characters, so UTF-8 continuation bytes do not advance it.
    for &byte in text.as_bytes() {
        if byte & 0xC0 != 0x80 {
            column += 1;
        }
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
            b'\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Deserialises JSON text; a shape error names the JSON path it is at.
pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, DatasetError> {
    serde_json::from_str(text).map_err(|error| {
        let path = if error.is_data() {
            json_path_at(text, &error)
        } else {
            String::new()
        };
        json_error(error, path)
    })
}

/// The JSON path (`shows[0].title`) of the value serde_json stopped at (a
/// reader's own file; the bundled documents are read by [`reader`], which
/// knows its path).
///
/// Worked out from the error's line and column by walking the text up to
/// there, so no path has to be tracked while deserialising.
fn json_path_at(text: &str, error: &serde_json::Error) -> String {
    let line_start = text
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let end = (line_start + error.column()).min(text.len());
    let mut frames: Vec<PathFrame> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => frames.push(PathFrame::Object {
                key: None,
                after_colon: false,
            }),
            b'[' => frames.push(PathFrame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b':' => {
                if let Some(PathFrame::Object { after_colon, .. }) = frames.last_mut() {
                    *after_colon = true;
                }
            }
            b',' => match frames.last_mut() {
                Some(PathFrame::Array(index)) => *index += 1,
                Some(PathFrame::Object { key, after_colon }) => {
                    *key = None;
                    *after_colon = false;
                }
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(PathFrame::Object {
                    key,
                    after_colon: false,
                }) = frames.last_mut()
                {
                    let raw = &text[start..(i + 1).min(text.len())];
                    *key = Some(serde_json::from_str(raw).unwrap_or_else(|_| raw.to_owned()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    let steps = frames.into_iter().filter_map(|frame| match frame {
        PathFrame::Object { key, .. } => key.map(PathStep::Key),
        PathFrame::Array(index) => Some(PathStep::Index(index)),
    });
    path_text(steps)
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

/// One open object or array on the way to an error.
enum PathFrame {
    /// An object, with the key of the member being read.
    Object {
        key: Option<String>,
        after_colon: bool,
    },
    /// An array, with the index of the element being read.
    Array(usize),
}

fn json_error(error: serde_json::Error, path: String) -> DatasetError {
    let (line, column) = (error.line(), error.column());
    let message = strip_position(&error.to_string());
    if error.is_data() {
        shape_error(path, line, column, message)
    } else {
        DatasetError::Syntax {
            line,
            column,
            message,
        }
    }
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

/// serde_json appends " at line L column C"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// The `schema_version` a document declares, as written, if it is readable.
fn declared_version(text: &str) -> Option<String> {
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
