//! Reading one source file (CSV, optionally gzipped) with errors that name
//! the file, the row and the column.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use anyhow::{anyhow, bail, Context, Result};
use needledrop_core::Date;

/// A CSV source file read into memory, with its header.
pub struct SourceTable {
    /// Path relative to the workspace root, for messages.
    name: String,
    columns: HashMap<String, usize>,
    records: Vec<csv::StringRecord>,
}

/// One data row of a [`SourceTable`].
pub struct Row<'a> {
    table: &'a SourceTable,
    /// 1-based data row (the header is not counted).
    number: usize,
    record: &'a csv::StringRecord,
}

impl SourceTable {
    /// Reads `relative` (under the workspace `root`); `.gz` files are decompressed.
    pub fn read(root: &Path, relative: &str) -> Result<SourceTable> {
        let path = root.join(relative);
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {relative}"))?;
        let text = if relative.ends_with(".gz") {
            let mut text = String::new();
            flate2::read::GzDecoder::new(bytes.as_slice())
                .read_to_string(&mut text)
                .with_context(|| format!("{relative} is not gzipped UTF-8 text"))?;
            text
        } else {
            String::from_utf8(bytes).map_err(|error| {
                anyhow!(
                    "{relative} is not UTF-8 text (invalid byte at offset {})",
                    error.utf8_error().valid_up_to()
                )
            })?
        };
        Self::parse(relative, &text)
    }

    /// Parses CSV `text` named `name` (used by tests with in-memory files).
    pub fn parse(name: &str, text: &str) -> Result<SourceTable> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .with_context(|| format!("{name}: cannot read the header"))?;
        let columns = headers
            .iter()
            .enumerate()
            .map(|(index, column)| (column.trim().to_owned(), index))
            .collect();
        let mut records = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let record =
                record.with_context(|| format!("{name}, row {}: malformed CSV", index + 1))?;
            records.push(record);
        }
        Ok(SourceTable {
            name: name.to_owned(),
            columns,
            records,
        })
    }

    /// The file name used in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Fails unless the table has every column in `required`.
    pub fn require(&self, required: &[&str]) -> Result<()> {
        for column in required {
            if !self.columns.contains_key(*column) {
                bail!("{} has no column \"{column}\"", self.name);
            }
        }
        Ok(())
    }

    /// The data rows, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records
            .iter()
            .enumerate()
            .map(move |(index, record)| Row {
                table: self,
                number: index + 1,
                record,
            })
    }
}

impl<'a> Row<'a> {
    /// Where this row is, for messages: `file, row N`.
    pub fn place(&self) -> String {
        format!("{}, row {}", self.table.name, self.number)
    }

    fn error(&self, column: &str, reason: impl std::fmt::Display) -> anyhow::Error {
        anyhow!("{}, column {column}: {reason}", self.place())
    }

    /// The cell as printed (trimmed); empty when the row is short.
    pub fn cell(&self, column: &str) -> Result<&'a str> {
        let index = self
            .table
            .columns
            .get(column)
            .ok_or_else(|| anyhow!("{} has no column \"{column}\"", self.table.name))?;
        Ok(self.record.get(*index).unwrap_or("").trim())
    }

    /// A cell that must not be empty.
    pub fn text(&self, column: &str) -> Result<&'a str> {
        let cell = self.cell(column)?;
        if cell.is_empty() {
            return Err(self.error(column, "the cell is empty"));
        }
        Ok(cell)
    }

    /// A cell that may be empty.
    pub fn optional(&self, column: &str) -> Result<Option<&'a str>> {
        let cell = self.cell(column)?;
        Ok((!cell.is_empty()).then_some(cell))
    }

    /// A `YYYY-MM-DD` date.
    pub fn date(&self, column: &str) -> Result<Date> {
        let cell = self.text(column)?;
        Date::parse_iso(cell).map_err(|error| self.error(column, error))
    }

    /// A number of type `T`.
    pub fn number_in<T: FromStr>(&self, column: &str) -> Result<T> {
        let cell = self.text(column)?;
        cell.parse().map_err(|_| {
            self.error(
                column,
                format!("\"{cell}\" is not a {}", std::any::type_name::<T>()),
            )
        })
    }

    /// A number of type `T`, or `None` for an empty cell.
    pub fn optional_number<T: FromStr>(&self, column: &str) -> Result<Option<T>> {
        match self.optional(column)? {
            None => Ok(None),
            Some(cell) => cell.parse().map(Some).map_err(|_| {
                self.error(
                    column,
                    format!("\"{cell}\" is not a {}", std::any::type_name::<T>()),
                )
            }),
        }
    }

    /// An error about this row and column, for checks done by the caller.
    pub fn invalid(&self, column: &str, reason: impl std::fmt::Display) -> anyhow::Error {
        self.error(column, reason)
    }
}
