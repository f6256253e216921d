//! Bring your own data: a user's CSV or JSON file read into chartable series.
//!
//! The steps, all pure:
//!
//! 1. [`read_file`] checks the size before anything else ([`ImportLimits`]),
//!    the encoding, and whether the bytes are CSV or JSON. A JSON file is
//!    read at once into [`ImportedData`]; a CSV file gives a [`CsvPreview`]:
//!    the table and a [`ColumnGuess`] from its header names.
//! 2. The user confirms or changes the [`ColumnMapping`], and [`import_csv`]
//!    reads the rows with it.
//! 3. [`merge_into`] adds the series to a copy of the dataset, as songs of
//!    their own, so charts, statistics and exports treat them like the rest.
//!
//! [`import_bytes`] does 1 and 2 with the guessed columns, for `data=` URLs
//! ([`DataLink`]: the address and the user's markers in a view's query),
//! reading a CSV row by row from the text instead of building the table.
//! Every failure is an [`ImportError`] naming the file and, for each problem,
//! the row and column or JSON path (the first 20, and a count of the rest).

mod csv_table;
mod dates;
mod detect;
mod errors;
mod json_input;
mod link;
mod mapping;
mod markers;
mod merge;
mod records;
mod stored;
mod values;

pub use csv_table::{CsvRow, CsvTable};
pub use dates::{parse_user_date, SlashOrder, DATE_FORMATS};
pub use detect::{detect_format, human_size, FileFormat};
pub use errors::{ImportError, ImportProblem, Location, MAX_LISTED_PROBLEMS};
pub use link::{check_data_address, DataLink, DATA_QUERY_KEYS};
pub use mapping::{
    ColumnGuess, ColumnMapping, MetricSource, DATE_NAMES, METRIC_NAMES, SERIES_NAMES, VALUE_NAMES,
};
pub use markers::{UserMarker, MAX_MARKER_LABEL};
pub use merge::{
    imported_song_ids, is_imported, is_imported_show, merge_into, IMPORT_ARTIST, IMPORT_CHART,
    IMPORT_MARKER_SHOW, IMPORT_SOURCE_ID,
};
pub use values::metric_from_name;

use std::borrow::Cow;

use crate::counted::counted;
use crate::model::{Metric, Point};

use errors::ProblemList;
use records::{build_imported, slash_dates, FieldNames, Place, RawMetric, RawRecord, RawValue};

/// How much a user's file may hold; the size is checked before parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportLimits {
    /// Largest file in bytes (32 MiB by default: a million dated rows).
    pub max_bytes: usize,
    /// Most data rows or points (1,000,000 by default).
    pub max_rows: usize,
    /// Most series (500 by default).
    pub max_series: usize,
}

impl Default for ImportLimits {
    fn default() -> Self {
        ImportLimits {
            max_bytes: 32 * 1024 * 1024,
            max_rows: 1_000_000,
            max_series: 500,
        }
    }
}

/// The series read from a user's file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedData {
    /// The file's name as the user knows it (or the `data=` address).
    pub file_name: String,
    /// One series per name and metric, in the order they first appear.
    pub series: Vec<ImportedSeries>,
    /// What was assumed while reading (date order, metric), to show the user.
    pub assumptions: Vec<String>,
    /// Release markers the user added (drawn and used for spike statistics
    /// like the bundled releases).
    pub markers: Vec<UserMarker>,
}

impl ImportedData {
    /// The web address the data came from (its name, when that is an
    /// `http(s)` address), so a link or an embed can fetch it again.
    pub fn address(&self) -> Option<&str> {
        check_data_address(&self.file_name, false)
            .ok()
            .map(|()| self.file_name.as_str())
    }
}

/// One imported series.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedSeries {
    /// The series (song) name, or the file name when the file names none.
    pub name: String,
    /// Rank or streams.
    pub metric: Metric,
    /// Points sorted by date, one per date.
    pub points: Vec<Point>,
}

/// A CSV file read as a table, before its columns are confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvPreview {
    /// The file's name.
    pub file_name: String,
    /// Header and rows as text.
    pub table: CsvTable,
    /// The columns recognised from the header names.
    pub guess: ColumnGuess,
}

/// What a file turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum ParsedFile {
    /// CSV: the columns wait for the user's confirmation ([`import_csv`]).
    Csv(CsvPreview),
    /// JSON: read completely.
    Json(ImportedData),
}

/// The problem of a CSV file with a header and nothing under it.
const NO_DATA_ROWS: &str = "the file has a header row but no data rows";

/// Reads a user's file: checks, then a CSV preview or the JSON's series.
pub fn read_file(
    file_name: &str,
    bytes: &[u8],
    limits: &ImportLimits,
) -> Result<ParsedFile, ImportError> {
    let (text, format) = detect::checked_text(file_name, bytes, limits)?;
    let single = |problem| ImportError::single(file_name, problem);
    match format {
        FileFormat::Json => read_json_file(file_name, text, limits).map(ParsedFile::Json),
        FileFormat::Csv => {
            let table = csv_table::read_csv(text, limits.max_rows).map_err(single)?;
            if table.rows.is_empty() {
                return Err(single(ImportProblem::whole_file(NO_DATA_ROWS)));
            }
            let guess = ColumnGuess::from_header(&table.header);
            Ok(ParsedFile::Csv(CsvPreview {
                file_name: file_name.to_owned(),
                table,
                guess,
            }))
        }
    }
}

/// Reads the rows of a CSV preview with the user's column mapping.
pub fn import_csv(
    preview: &CsvPreview,
    mapping: &ColumnMapping,
    limits: &ImportLimits,
) -> Result<ImportedData, ImportError> {
    let file_name = preview.file_name.as_str();
    let table = &preview.table;
    mapping
        .check(table)
        .map_err(|problem| ImportError::single(file_name, problem))?;
    let mut problems = ProblemList::new(file_name);
    let records = table
        .rows
        .iter()
        .filter_map(|row| {
            let cell = |index: usize| Cow::Borrowed(row.cells[index].as_str());
            record_of(row.row, row.cells.len(), cell, mapping, &mut problems)
        })
        .collect::<Vec<_>>();
    build_imported(
        file_name,
        slash_dates(&records),
        records,
        &field_names(table, mapping),
        limits,
        problems,
        Vec::new(),
    )
}

/// The record of one CSV row of `len` cells under `mapping`, each mapped
/// cell got once from `take` (called only with indices below `len`; the
/// mapping's columns are distinct, checked); a row too short for the
/// columns chosen is a problem instead.
// Out of line, like `records::checked`: called once per row.
#[inline(never)]
fn record_of<'a>(
    row: usize,
    len: usize,
    mut take: impl FnMut(usize) -> Cow<'a, str>,
    mapping: &ColumnMapping,
    problems: &mut ProblemList,
) -> Option<RawRecord<'a>> {
    let needed = mapping.widest() + 1;
    if len < needed {
        problems.push(ImportProblem::at(
            Location::Row { row, column: None },
            format!(
                "the row has {}, but the columns chosen need {needed}",
                counted(len, "cell", "cells")
            ),
        ));
        return None;
    }
    Some(RawRecord {
        place: Place::Row(row),
        date: take(mapping.date),
        value: RawValue::Text(take(mapping.value)),
        series: mapping.series.map(&mut take),
        metric: match mapping.metric {
            MetricSource::Column(index) => RawMetric::Text(take(index)),
            MetricSource::Fixed(metric) => RawMetric::Known(metric),
        },
    })
}

/// The names of the mapped columns, for messages.
fn field_names(table: &CsvTable, mapping: &ColumnMapping) -> FieldNames {
    FieldNames {
        date: table.column_name(mapping.date),
        value: table.column_name(mapping.value),
        metric: match mapping.metric {
            MetricSource::Column(index) => table.column_name(index),
            MetricSource::Fixed(_) => "metric".to_owned(),
        },
    }
}

/// Reads a file in one step, CSV columns as guessed from the header (for
/// `data=` URLs and quick imports); what was assumed is in the result.
pub fn import_bytes(
    file_name: &str,
    bytes: &[u8],
    limits: &ImportLimits,
) -> Result<ImportedData, ImportError> {
    let (text, format) = detect::checked_text(file_name, bytes, limits)?;
    match format {
        FileFormat::Json => read_json_file(file_name, text, limits),
        FileFormat::Csv => import_csv_guessed(file_name, text, limits),
    }
}

/// A JSON file read at once.
fn read_json_file(
    file_name: &str,
    text: &str,
    limits: &ImportLimits,
) -> Result<ImportedData, ImportError> {
    let (records, assumptions) = json_input::read_json(text, limits)
        .map_err(|problem| ImportError::single(file_name, problem))?;
    build_imported(
        file_name,
        slash_dates(&records),
        records,
        &FieldNames::json(),
        limits,
        ProblemList::new(file_name),
        assumptions,
    )
}

/// A CSV file read with the columns guessed from its header, row by row
/// from the text: no table of the whole file is built (the same rows, the
/// same problems and the same result as a preview read with the guess).
fn import_csv_guessed(
    file_name: &str,
    text: &str,
    limits: &ImportLimits,
) -> Result<ImportedData, ImportError> {
    let single = |problem| ImportError::single(file_name, problem);
    let mut rows = csv_table::DataRows::new(text, limits.max_rows);
    // The guess, the check and their messages need only the header.
    let table = CsvTable {
        separator: rows.separator(),
        header: rows.header().map_err(single)?,
        rows: Vec::new(),
    };
    let mapping = ColumnGuess::from_header(&table.header)
        .to_mapping(&table)
        .and_then(|(mapping, assumptions)| mapping.check(&table).map(|()| (mapping, assumptions)));
    let mut problems = ProblemList::new(file_name);
    let mut records = Vec::with_capacity(rows.estimated_rows());
    let mut data_rows = 0usize;
    // Every row is read even when the columns do not fit, so a damaged
    // file is reported as such first, as when it is previewed.
    let mut slashed = dates::SlashDates::default();
    let mut cells = Vec::new();
    while let Some(row) = rows.next_into(&mut cells) {
        let row = row.map_err(single)?;
        data_rows += 1;
        if let Ok((mapping, _)) = &mapping {
            let len = cells.len();
            let take = |index: usize| std::mem::take(&mut cells[index]);
            if let Some(record) = record_of(row, len, take, mapping, &mut problems) {
                // Noted now, while the row is at hand, not in a second pass.
                slashed.see(&record.date, &record.place);
                records.push(record);
            }
        }
    }
    if data_rows == 0 {
        return Err(single(ImportProblem::whole_file(NO_DATA_ROWS)));
    }
    let (mapping, assumptions) = mapping.map_err(single)?;
    build_imported(
        file_name,
        slashed,
        records,
        &field_names(&table, &mapping),
        limits,
        problems,
        assumptions,
    )
}

#[cfg(test)]
mod tests;
