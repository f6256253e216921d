//! Properties over arbitrary input: no panic, and results that keep their
//! promises (sorted unique points, at most 20 problems listed).

use proptest::prelude::*;

use super::*;

/// What a Rust debug string of an error would show.
const DEBUG_MARK: &str = "Error {";

/// What every result must satisfy, whatever the input.
fn check_promises(result: &Result<ImportedData, ImportError>) -> Result<(), TestCaseError> {
    match result {
        Ok(data) => {
            prop_assert!(!data.series.is_empty());
            for series in &data.series {
                prop_assert!(!series.points.is_empty());
                prop_assert!(series.points.windows(2).all(|p| p[0].date < p[1].date));
                prop_assert!(series.points.iter().all(|p| p.value.is_finite()));
            }
        }
        Err(error) => {
            prop_assert!(!error.problems.is_empty());
            prop_assert!(error.problems.len() <= MAX_LISTED_PROBLEMS);
            prop_assert!(error.total >= error.problems.len());
            let shown = error.to_string();
            prop_assert!(!shown.contains(DEBUG_MARK), "{}", shown);
        }
    }
    Ok(())
}

/// `import_bytes` on CSV text, and the same text read as a preview, with
/// the guessed columns, through `import_csv`.
fn streamed_and_previewed(
    text: &str,
    limits: &ImportLimits,
) -> (
    Result<ImportedData, ImportError>,
    Result<ImportedData, ImportError>,
) {
    let streamed = import_bytes("x.csv", text.as_bytes(), limits);
    let previewed = match read_file("x.csv", text.as_bytes(), limits) {
        Ok(ParsedFile::Csv(preview)) => match preview.guess.to_mapping(&preview.table) {
            Ok((mapping, assumptions)) => import_csv(&preview, &mapping, limits).map(|mut data| {
                data.assumptions.splice(0..0, assumptions);
                data
            }),
            Err(problem) => Err(ImportError::single("x.csv", problem)),
        },
        Ok(ParsedFile::Json(data)) => Ok(data),
        Err(error) => Err(error),
    };
    (streamed, previewed)
}

/// A cell written the way a spreadsheet would write it.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

proptest! {
    #[test]
    fn import_arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_promises(&import_bytes("x", &data, &ImportLimits::default()))?;
    }

    #[test]
    fn import_arbitrary_csv_like_text_never_panics(text in "[\"date,value;rank\\n\\r0-9/.\\- a-z]{0,300}") {
        check_promises(&import_bytes("x.csv", text.as_bytes(), &ImportLimits::default()))?;
    }

    #[test]
    fn one_step_csv_import_equals_a_preview_read_with_the_guessed_columns(
        text in "(date|day|value|rank|streams|song|metric|x|[,;\"\n\r0-9/.\\- a-z]){0,60}",
        max_rows in 1usize..6,
    ) {
        // `import_bytes` reads a CSV row by row from the text; it must give
        // what the preview, the guess and `import_csv` give (the same result
        // or the same error, problems in the same order).
        let limits = ImportLimits { max_rows, ..ImportLimits::default() };
        let (streamed, previewed) = streamed_and_previewed(&text, &limits);
        prop_assert_eq!(streamed, previewed);
    }

    #[test]
    fn one_step_import_of_well_formed_tables_equals_the_preview_path(
        header in prop_oneof![Just("date,song,streams"), Just("song;date;rank;metric"), Just("day,value")],
        rows in proptest::collection::vec(("(2024-0[1-3]-[0-2][1-9]|[0-9]{1,2}/[0-9]{1,2}/2024|x)", "(a|b|\"c, d\"|)", "([0-9]{1,4}|-1|rank|streams)", "(rank|streams|)"), 0..12),
    ) {
        let mut text = format!("{header}\n");
        for (date, song, value, metric) in &rows {
            let cells = match header {
                "date,song,streams" => format!("{date},{song},{value}"),
                "song;date;rank;metric" => format!("{song};{date};{value};{metric}"),
                _ => format!("{date},{value}"),
            };
            text.push_str(&cells);
            text.push('\n');
        }
        let (streamed, previewed) = streamed_and_previewed(&text, &ImportLimits::default());
        prop_assert_eq!(streamed, previewed);
    }

    #[test]
    fn import_arbitrary_json_like_text_never_panics(text in "[\\[\\]{}\":,0-9a-z_ .\\-e]{0,200}") {
        check_promises(&import_bytes("x.json", text.as_bytes(), &ImportLimits::default()))?;
    }

    #[test]
    fn import_csv_round_trips_any_series_name_and_values(
        name in "[^\u{0}]{1,30}",
        values in proptest::collection::vec(0u32..5_000_000, 1..40),
    ) {
        prop_assume!(!name.trim().is_empty());
        let mut text = String::from("date,song,streams\n");
        for (offset, value) in values.iter().enumerate() {
            let date = Date::from_days_since_epoch(19_000 + offset as i32).unwrap();
            text.push_str(&format!("{date},{},{value}\n", quoted(&name)));
        }
        let data = import_bytes("r.csv", text.as_bytes(), &ImportLimits::default()).unwrap();
        prop_assert_eq!(data.series.len(), 1);
        prop_assert_eq!(&data.series[0].name, name.trim());
        let read: Vec<f64> = data.series[0].points.iter().map(|p| p.value).collect();
        let written: Vec<f64> = values.iter().map(|&v| f64::from(v)).collect();
        prop_assert_eq!(read, written);
    }
}

proptest! {
    #[test]
    fn import_arbitrary_data_links_never_panic_and_keep_only_http(pairs in proptest::collection::vec(
        (prop_oneof![Just("data".to_owned()), Just("marker".to_owned()), ".{0,6}"], ".{0,60}"), 0..10),
        https in any::<bool>(),
    ) {
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (link, _) = DataLink::from_pairs(borrowed, https);
        if let Some(address) = &link.address {
            let lower = address.to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || (!https && lower.starts_with("http://")));
        }
        let written = link.to_pairs();
        let (again, notices) = DataLink::from_pairs(written.iter().map(|(k, v)| (*k, v.as_str())), https);
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, link);
    }
}

proptest! {
    #[test]
    fn trim_cell_trims_exactly_like_str_trim(
        text in prop_oneof![any::<String>(), "[ \t\r\u{a0}\u{2003}\u{3000}\u{85}a-z0-9é]{0,8}"],
    ) {
        prop_assert_eq!(values::trim_cell(&text), text.trim());
    }

    #[test]
    fn numbers_read_as_the_standard_parser_reads_them(
        whole in 0u64..100_000_000_000_000_000,
        fraction in proptest::option::of(0u32..1000),
        zeros in 0usize..3,
    ) {
        let text = match fraction {
            Some(fraction) => format!("{}{whole}.{fraction}", "0".repeat(zeros)),
            None => format!("{}{whole}", "0".repeat(zeros)),
        };
        let expected: f64 = text.parse().unwrap();
        prop_assert_eq!(values::parse_number(&text), Ok(expected));
    }

    #[test]
    fn every_date_shape_reads_the_same_day_wherever_the_whitespace_is(
        year in 1000i32..=9999,
        month in 1u8..=12,
        day_of_month in 1u8..=28,
        shape in 0usize..4,
        before in "[ \t\u{a0}]{0,2}",
        after in "[ \t\u{3000}]{0,2}",
    ) {
        let (y, m, d) = (year, month, day_of_month);
        // Day over 12 so the slashed day-first shape is not ambiguous.
        let d = if shape == 2 { d.max(13) } else { d };
        let written = match shape {
            0 => format!("{y}-{m:02}-{d:02}"),
            1 => format!("{y}/{m}/{d}"),
            2 => format!("{d}/{m}/{y}"),
            _ => format!("{d}.{m}.{y}"),
        };
        let data = import("d.csv", &format!("date,rank\n\"{before}{written}{after}\",1\n"))
            .map_err(|error| TestCaseError::fail(error.to_string()))?;
        let expected = Date::from_ymd(y, m, d).unwrap().to_string();
        prop_assert_eq!(points(&data.series[0]), vec![(expected, 1.0)]);
    }
}
