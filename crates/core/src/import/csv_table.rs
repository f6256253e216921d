//! A small RFC 4180 reader: a header row and data rows of text cells.
//!
//! Quoted cells may hold the separator, doubled quotes (`""`) and line
//! breaks; lines end in LF or CRLF. The separator is the comma, or the
//! semicolon or tab when the header row uses that instead. A quote inside an
//! unquoted cell, or text after a closing quote, is kept as written.
//! Hand-written rather than a dependency: the core ships as wasm.

use super::errors::{ImportProblem, Location};

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
    let separator = detect_separator(text);
    let mut records = Vec::new();
    let mut data_rows = 0usize;
    read_records(text, separator, |row, cells| {
        let blank = cells.iter().all(|cell| cell.trim().is_empty());
        if !blank && !records.is_empty() {
            data_rows += 1;
            if data_rows > max_rows {
                return Err(ImportProblem::whole_file(format!(
                    "the file has more than {max_rows} data rows, the import limit"
                )));
            }
        }
        if !blank {
            records.push(CsvRow { row, cells });
        }
        Ok(())
    })?;
    let mut records = records.into_iter();
    let header = records
        .next()
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .unwrap_or_default();
    Ok(CsvTable {
        separator,
        header,
        rows: records.collect(),
    })
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

/// Splits text into records, calling `on_record(row, cells)` for each.
fn read_records(
    text: &str,
    separator: char,
    mut on_record: impl FnMut(usize, Vec<String>) -> Result<(), ImportProblem>,
) -> Result<(), ImportProblem> {
    // Byte offsets: the separator, quotes and line ends are all ASCII, so
    // every offset found lies between characters, and a cell is copied
    // once, as a slice (files of a million rows go through here).
    let (bytes, separator) = (text.as_bytes(), separator as u8);
    let stop = |from: usize| {
        bytes[from..]
            .iter()
            .position(|&b| b == separator || b == b'\r' || b == b'\n')
            .map_or(bytes.len(), |offset| from + offset)
    };
    let (mut cells, mut row, mut i) = (Vec::new(), 1usize, 0usize);
    loop {
        if i >= bytes.len() {
            if !cells.is_empty() {
                cells.push(String::new());
                on_record(row, cells)?;
            }
            return Ok(());
        }
        let cell = if bytes[i] == b'"' {
            // Quoted: up to the closing quote, `""` read as one quote; any
            // text after the closing quote is kept as written.
            let quote_row = row;
            let mut cell = String::new();
            i += 1;
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
            let end = stop(i);
            cell.push_str(&text[i..end]);
            i = end;
            cell
        } else {
            let end = stop(i);
            let cell = text[i..end].to_owned();
            i = end;
            cell
        };
        cells.push(cell);
        match bytes.get(i) {
            None => {
                on_record(row, cells)?;
                return Ok(());
            }
            Some(&b) if b == separator => i += 1,
            Some(&b) => {
                i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                on_record(row, std::mem::take(&mut cells))?;
                row += 1;
            }
        }
    }
}
