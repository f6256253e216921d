//! Import errors as values: where (row and column, JSON path, line, or the
//! whole file) and why, in words a person can act on.
//!
//! An [`ImportError`] keeps the first [`MAX_LISTED_PROBLEMS`] problems and
//! counts the rest; its `Display` names the file in every line and never
//! shows a Rust debug string.

use std::fmt;

/// How many problems an error lists before it only counts the rest.
pub const MAX_LISTED_PROBLEMS: usize = crate::validate::MAX_PROBLEMS;

/// Where in the user's file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (empty, too large, not text, no data rows).
    File,
    /// A CSV row (1 is the header row, as a spreadsheet numbers them) and,
    /// when one cell is at fault, the name of its column.
    Row {
        /// 1-based row number; the first data row is row 2.
        row: usize,
        /// The column's header name, when one cell is at fault.
        column: Option<String>,
    },
    /// A path into a JSON document (`series[0].points[3].date`).
    Path(String),
    /// A line and column of the text (malformed JSON).
    Text {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File => Ok(()),
            Location::Row { row, column: None } => write!(f, "row {row}"),
            Location::Row {
                row,
                column: Some(column),
            } => write!(f, "row {row}, column \"{column}\""),
            Location::Path(path) => write!(f, "at {path}"),
            Location::Text { line, column } => write!(f, "line {line}, column {column}"),
        }
    }
}

/// One thing wrong at one place in the user's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// Where.
    pub location: Location,
    /// Why, in plain words.
    pub reason: String,
}

impl ImportProblem {
    /// A problem with the file as a whole.
    pub fn whole_file(reason: impl Into<String>) -> Self {
        ImportProblem {
            location: Location::File,
            reason: reason.into(),
        }
    }

    /// A problem at `location`.
    pub fn at(location: Location, reason: impl Into<String>) -> Self {
        ImportProblem {
            location,
            reason: reason.into(),
        }
    }

    /// The problem as one line naming the file: `data.csv, row 12, column
    /// "date": "2024-02-30" is not a real calendar date`.
    pub fn describe(&self, file: &str) -> String {
        match self.location {
            Location::File => format!("{file}: {}", self.reason),
            _ => format!("{file}, {}: {}", self.location, self.reason),
        }
    }
}

/// Why a user's file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The file's name, as the user knows it.
    pub file: String,
    /// The first problems found (at most [`MAX_LISTED_PROBLEMS`]).
    pub problems: Vec<ImportProblem>,
    /// How many problems there are in all.
    pub total: usize,
}

impl ImportError {
    /// An error of one problem.
    pub fn single(file: &str, problem: ImportProblem) -> Self {
        ImportError {
            file: display_name(file),
            problems: vec![problem],
            total: 1,
        }
    }

    /// How many problems are counted but not listed.
    pub fn unlisted(&self) -> usize {
        self.total.saturating_sub(self.problems.len())
    }

    /// Each listed problem as a line naming the file, for a list in the page.
    pub fn lines(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|problem| problem.describe(&self.file))
            .collect()
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let ([only], 1) = (self.problems.as_slice(), self.total) {
            return f.write_str(&only.describe(&self.file));
        }
        write!(f, "{}: {} problems", self.file, self.total)?;
        for line in self.lines() {
            write!(f, "\n- {line}")?;
        }
        match self.unlisted() {
            0 => Ok(()),
            more => write!(f, "\n… and {more} more"),
        }
    }
}

impl std::error::Error for ImportError {}

/// The name used in messages: the given one, or "your file" when it is blank.
pub(crate) fn display_name(file: &str) -> String {
    let trimmed = file.trim();
    if trimmed.is_empty() {
        "your file".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Collects problems, keeping the first [`MAX_LISTED_PROBLEMS`] and counting all.
pub(crate) struct ProblemList {
    file: String,
    kept: Vec<ImportProblem>,
    total: usize,
}

impl ProblemList {
    /// An empty list for `file`.
    pub(crate) fn new(file: &str) -> Self {
        ProblemList {
            file: display_name(file),
            kept: Vec::new(),
            total: 0,
        }
    }

    /// Records a problem.
    pub(crate) fn push(&mut self, problem: ImportProblem) {
        self.total += 1;
        if self.kept.len() < MAX_LISTED_PROBLEMS {
            self.kept.push(problem);
        }
    }

    /// Whether nothing was recorded.
    pub(crate) fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// `Ok(value)` when nothing was recorded, else the error.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, ImportError> {
        if self.total == 0 {
            Ok(value)
        } else {
            Err(ImportError {
                file: self.file,
                problems: self.kept,
                total: self.total,
            })
        }
    }
}
