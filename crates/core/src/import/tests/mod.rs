//! Host tests of the import: every bad input with its message, the three
//! JSON shapes, the merge, and properties over arbitrary input.

mod csv_files;
mod json_files;
mod merging;
mod properties;

use super::*;
use crate::Date;

/// Imports text with the default limits and guessed columns.
fn import(file: &str, text: &str) -> Result<ImportedData, ImportError> {
    import_bytes(file, text.as_bytes(), &ImportLimits::default())
}

/// The error of a file that must fail.
fn failure(file: &str, bytes: &[u8]) -> ImportError {
    match import_bytes(file, bytes, &ImportLimits::default()) {
        Ok(data) => panic!("expected an error, got {data:?}"),
        Err(error) => error,
    }
}

/// A date from ISO text.
fn day(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

/// The dates and values of a series.
fn points(series: &ImportedSeries) -> Vec<(String, f64)> {
    series
        .points
        .iter()
        .map(|point| (point.date.to_string(), point.value))
        .collect()
}

#[test]
fn import_error_display_names_the_file_row_column_and_reason() {
    let error = ImportError::single(
        "file.csv",
        ImportProblem::at(
            Location::Row {
                row: 12,
                column: Some("date".into()),
            },
            "\"2024-02-30\" is not a real calendar date",
        ),
    );
    assert_eq!(
        error.to_string(),
        "file.csv, row 12, column \"date\": \"2024-02-30\" is not a real calendar date"
    );
    let blank_name = ImportError::single(" ", ImportProblem::whole_file("the file is empty"));
    assert_eq!(blank_name.to_string(), "your file: the file is empty");
}

#[test]
fn import_user_markers_need_a_real_date_and_a_label() {
    let marker = UserMarker::new("2024-05-27", "  Season 2 ").unwrap();
    assert_eq!(
        (marker.date, marker.label.as_str()),
        (day("2024-05-27"), "Season 2")
    );
    assert_eq!(
        UserMarker::new("5/27/2024", "S2").unwrap().date,
        day("2024-05-27")
    );
    assert_eq!(
        UserMarker::new("2024-02-30", "x"),
        Err("\"2024-02-30\" is not a real calendar date".to_owned())
    );
    assert_eq!(
        UserMarker::new("2024-02-03", " "),
        Err("the marker needs a label".to_owned())
    );
    assert!(UserMarker::new("2024-02-03", &"a".repeat(121)).is_err());
}

#[test]
fn import_sizes_read_as_people_write_them() {
    assert_eq!(human_size(5 * 1024 * 1024), "5 MiB");
    assert_eq!(human_size(1536 * 1024), "1.5 MiB");
    assert_eq!(human_size(2048), "2 KiB");
    assert_eq!(human_size(900), "900 bytes");
}

#[test]
fn import_data_names_its_address_only_when_it_came_from_one() {
    let named = |name: &str| ImportedData {
        file_name: name.to_owned(),
        ..ImportedData::default()
    };
    assert_eq!(
        named("https://example.org/s.csv").address(),
        Some("https://example.org/s.csv")
    );
    assert_eq!(named("streams.csv").address(), None);
    assert_eq!(named("javascript:alert(1)").address(), None);
}
