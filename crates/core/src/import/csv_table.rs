//! A small RFC 4180 reader: a header row and data rows of text cells.
//!
//! Quoted cells may hold the separator, doubled quotes (`""`) and line
//! breaks; lines end in LF or CRLF. The separator is the comma, or the
//! semicolon or tab when the header row uses that instead. A quote inside an
//! unquoted cell, or text after a closing quote, is kept as written.
//! Hand-written rather than a dependency: the core ships as wasm.

use std::borrow::Cow;

use super::errors::{ImportProblem, Location};
use super::values::trim_cell;

/// A CSV file as text cells, for the column preview and the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    /// The separator found in the header row (`,`, `;` or tab).
    pub separator: char,
    /// Header names, trimmed.
    pub header: Vec<String>,
    /// Data rows that are not blank, in file order.
    pub rows: Vec<CsvRow>,
}

/// One data row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// Row number as a spreadsheet shows it: the header is row 1, blank rows
    /// count, and a quoted line break does not start a new row.
    pub row: usize,
    /// The cells as written (quotes removed).
    pub cells: Vec<String>,
}

impl CsvTable {
    /// The name of column `index` for messages and the preview: its header,
    /// or `column 3` when the header cell is blank or missing.
    pub fn column_name(&self, index: usize) -> String {
        match self.header.get(index) {
            Some(name) if !name.is_empty() => name.clone(),
            _ => format!("column {}", index + 1),
        }
    }
}

/// Reads CSV text into a table, refusing more than `max_rows` data rows.
pub(crate) fn read_csv(text: &str, max_rows: usize) -> Result<CsvTable, ImportProblem> {
    let mut rows = DataRows::new(text, max_rows);
    let header = rows.header()?;
    let separator = rows.separator();
    let rows = rows
        .map(|record| {
            record.map(|(row, cells)| CsvRow {
                row,
                cells: cells.into_iter().map(Cow::into_owned).collect(),
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(CsvTable {
        separator,
        header,
        rows,
    })
}

/// The non-blank data rows of CSV text, after its header, as cells
/// borrowed from the text (copied only where quotes had to be removed),
/// refusing more than `max_rows`. Reading the header first is up to the
/// caller ([`DataRows::header`]).
pub(crate) struct DataRows<'a> {
    records: Records<'a>,
    max_rows: usize,
    data_rows: usize,
}

impl<'a> DataRows<'a> {
    /// Rows of `text`, with its separator detected.
    pub(crate) fn new(text: &'a str, max_rows: usize) -> Self {
        DataRows {
            records: Records::new(text, detect_separator(text)),
            max_rows,
            data_rows: 0,
        }
    }

    /// The separator in use (`,`, `;` or tab).
    pub(crate) fn separator(&self) -> char {
        char::from(self.records.separator)
    }

    /// About how many rows are left: the bytes left over the length of the
    /// next line, at most `max_rows` (to size the buffers of an import).
    pub(crate) fn estimated_rows(&self) -> usize {
        let rest = &self.records.text.as_bytes()[self.records.at..];
        let line = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |end| end + 1);
        (rest.len() / line.max(1)).min(self.max_rows)
    }

    /// The header: the first non-blank record, trimmed (empty when the file has none).
    pub(crate) fn header(&mut self) -> Result<Vec<String>, ImportProblem> {
        let mut cells = Vec::new();
        while let Some(record) = self.records.read_into(&mut cells) {
            record?;
            if !is_blank(&cells) {
                return Ok(cells.iter().map(|cell| cell.trim().to_owned()).collect());
            }
        }
        Ok(Vec::new())
    }
}

impl<'a> DataRows<'a> {
    /// The next row into `cells` (cleared first, so one vector serves every
    /// row of a file); its row number, or why the file cannot be read.
    // Out of line, so it is optimised after the first rows (see
    // `records::checked`) instead of being inlined into the caller's loop.
    #[inline(never)]
    pub(crate) fn next_into(
        &mut self,
        cells: &mut Vec<Cow<'a, str>>,
    ) -> Option<Result<usize, ImportProblem>> {
        loop {
            let row = match self.records.read_into(cells)? {
                Ok(row) => row,
                Err(problem) => return Some(Err(problem)),
            };
            if is_blank(cells) {
                continue;
            }
            self.data_rows += 1;
            if self.data_rows > self.max_rows {
                // Stop here: the whole file is refused.
                self.records.done = true;
                return Some(Err(ImportProblem::whole_file(format!(
                    "the file has more than {} data rows, the import limit",
                    self.max_rows
                ))));
            }
            return Some(Ok(row));
        }
    }
}

impl<'a> Iterator for DataRows<'a> {
    type Item = Result<(usize, Vec<Cow<'a, str>>), ImportProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut cells = Vec::new();
        self.next_into(&mut cells)
            .map(|row| row.map(|row| (row, cells)))
    }
}

/// Whether every cell of a record is blank.
fn is_blank(cells: &[Cow<'_, str>]) -> bool {
    cells.iter().all(|cell| trim_cell(cell).is_empty())
}

/// The separator of the first line: whichever of `,` `;` and tab it uses
/// most outside quotes (a comma when none).
fn detect_separator(text: &str) -> char {
    let (mut counts, mut in_quotes) = ([0usize; 3], false);
    for character in text.chars() {
        match character {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => break,
            ',' if !in_quotes => counts[0] += 1,
            ';' if !in_quotes => counts[1] += 1,
            '\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [',', ';', '\t'];
    let mut best = 0;
    for index in 1..candidates.len() {
        if counts[index] > counts[best] {
            best = index;
        }
    }
    candidates[best]
}

/// The records of CSV text with their row numbers, blank ones included.
struct Records<'a> {
    text: &'a str,
    separator: u8,
    /// Byte offset of the next cell.
    at: usize,
    /// Row number of the next record.
    row: usize,
    done: bool,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, separator: char) -> Self {
        Records {
            text,
            // The separator is one of `,` `;` and tab: ASCII.
            separator: separator as u8,
            at: 0,
            row: 1,
            done: false,
        }
    }

    /// The end of an unquoted run starting at `from`: the next separator or line end.
    fn stop(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        bytes[from..]
            .iter()
            .position(|&b| b == self.separator || b == b'\r' || b == b'\n')
            .map_or(bytes.len(), |offset| from + offset)
    }

    /// A quoted cell starting at the opening quote at `self.at`: up to the
    /// closing quote, `""` read as one quote; any text after the closing
    /// quote is kept as written.
    fn quoted(&mut self) -> Result<Cow<'a, str>, ImportProblem> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let quote_row = self.row;
        let mut cell = String::new();
        let mut i = self.at + 1;
        loop {
            let Some(offset) = bytes[i..].iter().position(|&b| b == b'"') else {
                return Err(ImportProblem::at(
                    Location::Row {
                        row: quote_row,
                        column: None,
                    },
                    "a quoted cell is never closed (a \" is missing)",
                ));
            };
            let quote = i + offset;
            cell.push_str(&text[i..quote]);
            if bytes.get(quote + 1) == Some(&b'"') {
                cell.push('"');
                i = quote + 2;
            } else {
                i = quote + 1;
                break;
            }
        }
        let end = self.stop(i);
        cell.push_str(&text[i..end]);
        self.at = end;
        Ok(Cow::Owned(cell))
    }
}

impl<'a> Records<'a> {
    /// The next record into `cells` (cleared first); its row number.
    fn read_into(&mut self, cells: &mut Vec<Cow<'a, str>>) -> Option<Result<usize, ImportProblem>> {
        // Byte offsets: the separator, quotes and line ends are all ASCII, so
        // every offset found lies between characters, and an unquoted cell
        // is a slice of the text (files of a million rows go through here).
        let (text, bytes) = (self.text, self.text.as_bytes());
        if self.done {
            return None;
        }
        if self.at >= bytes.len() {
            self.done = true;
            return None;
        }
        cells.clear();
        loop {
            if self.at >= bytes.len() {
                // The text ends right after a separator: one more, empty cell.
                cells.push(Cow::Borrowed(""));
                self.done = true;
                return Some(Ok(self.row));
            }
            let cell = if bytes[self.at] == b'"' {
                match self.quoted() {
                    Ok(cell) => cell,
                    Err(problem) => {
                        self.done = true;
                        return Some(Err(problem));
                    }
                }
            } else {
                let end = self.stop(self.at);
                let cell = Cow::Borrowed(&text[self.at..end]);
                self.at = end;
                cell
            };
            cells.push(cell);
            match bytes.get(self.at) {
                None => {
                    self.done = true;
                    return Some(Ok(self.row));
                }
                Some(&b) if b == self.separator => self.at += 1,
                Some(&b) => {
                    self.at += if b == b'\r' && bytes.get(self.at + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    let row = self.row;
                    self.row += 1;
                    return Some(Ok(row));
                }
            }
        }
    }
}
