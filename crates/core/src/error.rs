//! Errors of the data layer, as values with messages people can act on.

use std::fmt;

use crate::counted::counted;

/// One thing wrong at one place in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a path into the document (`series[12].points[40].date`).
    pub path: String,
    /// Why it is wrong, in plain words.
    pub reason: String,
}

impl Problem {
    /// A problem at `path` for `reason`.
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Why a dataset document could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DatasetError {
    /// Zero bytes (or only white space).
    #[error("the file is empty")]
    Empty,
    /// Over the size cap; checked before parsing.
    #[error("the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the file in bytes.
        size: usize,
        /// The cap in bytes.
        limit: usize,
    },
    /// Not UTF-8 text.
    #[error("the file is not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A web page arrived where data was expected.
    #[error("received an HTML page instead of JSON data")]
    Html,
    /// Broken JSON syntax (truncated, bad escape, too deep, number out of range).
    #[error("the JSON is malformed at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// Valid JSON of the wrong shape (wrong type, missing or unknown field).
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        /// Path of the offending value.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// A `schema_version` this build does not read.
    #[error("schema_version {found} is not supported (this app reads version {supported})")]
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
        /// The version this build reads.
        supported: u32,
    },
    /// Well-formed but inconsistent: broken references, duplicates, bad values.
    #[error("{}", invalid_summary(problems, *total))]
    Invalid {
        /// The first problems found (at most [`crate::validate::MAX_PROBLEMS`]).
        problems: Vec<Problem>,
        /// How many problems there are in all.
        total: usize,
    },
}

fn invalid_summary(problems: &[Problem], total: usize) -> String {
    let mut text = format!("{} in the data", counted(total, "problem", "problems"));
    for problem in problems {
        text.push_str("\n- ");
        text.push_str(&problem.to_string());
    }
    if total > problems.len() {
        text.push_str(&format!("\n… and {} more", total - problems.len()));
    }
    text
}
