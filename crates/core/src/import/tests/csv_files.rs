//! CSV files: formats, dates, values, columns and every bad input.

use super::*;

#[test]
fn import_csv_reads_iso_dates_sorted_with_the_metric_from_the_header() {
    let data = import("plays.csv", "date,streams\n2024-01-02,5\n2024-01-01,7\n").unwrap();
    assert_eq!(data.series.len(), 1);
    let series = &data.series[0];
    assert_eq!(
        (series.name.as_str(), series.metric),
        ("plays", Metric::Streams)
    );
    assert_eq!(
        points(series),
        [("2024-01-01".into(), 7.0), ("2024-01-02".into(), 5.0)]
    );
    assert!(data.assumptions.is_empty(), "{:?}", data.assumptions);
}

#[test]
fn import_csv_recognises_each_date_format() {
    for (text, expected) in [
        ("2024-01-13", "2024-01-13"),
        ("2024/01/13", "2024-01-13"),
        ("1/13/2024", "2024-01-13"),
        ("13/1/2024", "2024-01-13"),
        ("13.1.2024", "2024-01-13"),
        ("3.4.2024", "2024-04-03"),
    ] {
        let data = import("d.csv", &format!("date,rank\n{text},1\n")).unwrap();
        assert_eq!(points(&data.series[0]), [(expected.into(), 1.0)], "{text}");
        assert!(
            data.assumptions.is_empty(),
            "{text}: {:?}",
            data.assumptions
        );
    }
}

#[test]
fn import_csv_reads_dates_only_in_ascii_digits_and_separators() {
    // Full-width digits, an Arabic-Indic digit, a Unicode hyphen and a
    // fraction slash look like dates but are not read as any.
    for text in [
        "２０２４-01-13",
        "2024-01-1٣",
        "2024\u{2010}01\u{2010}13",
        "1\u{2044}13\u{2044}2024",
        "2024-01-13-1",
        "2024--13",
    ] {
        let error = failure("d.csv", format!("date,rank\n{text},1\n").as_bytes());
        assert_eq!(
            error.problems[0].reason,
            format!("\"{text}\" is not a date in a known format ({DATE_FORMATS})"),
            "{text}"
        );
    }
}

#[test]
fn import_csv_decides_the_slash_order_once_per_file() {
    let day_first = import("d.csv", "date,rank\n3/4/2024,1\n13/4/2024,2\n").unwrap();
    assert_eq!(
        points(&day_first.series[0]),
        [("2024-04-03".into(), 1.0), ("2024-04-13".into(), 2.0)]
    );
    let ambiguous = import("d.csv", "date,rank\n3/4/2024,1\n5/6/2024,2\n").unwrap();
    assert_eq!(
        points(&ambiguous.series[0]),
        [("2024-03-04".into(), 1.0), ("2024-05-06".into(), 2.0)]
    );
    assert_eq!(
        ambiguous.assumptions,
        ["dates such as \"3/4/2024\" could be month/day or day/month; they were read as M/D/YYYY (month first)"]
    );
    let both = failure("d.csv", b"date,rank\n13/4/2024,1\n4/14/2024,2\n");
    assert_eq!(
        both.to_string(),
        "d.csv: the dates are written both ways: row 2 has \"13/4/2024\" (day first) and row 3 has \"4/14/2024\" (month first)"
    );
}

#[test]
fn import_csv_rejects_impossible_and_unknown_dates_with_the_row() {
    let error = failure("file.csv", b"date,rank\n2024-02-28,3\n2024-02-30,4\n");
    assert_eq!(
        error.to_string(),
        "file.csv, row 3, column \"date\": \"2024-02-30\" is not a real calendar date"
    );
    let error = failure("file.csv", b"date,rank\nJan 5 2024,3\n");
    assert_eq!(
        error.problems[0].reason,
        "\"Jan 5 2024\" is not a date in a known format (YYYY-MM-DD, M/D/YYYY, D.M.YYYY or YYYY/MM/DD)"
    );
    let error = failure("file.csv", b"date,rank\n31.2.2024,3\n");
    assert_eq!(
        error.problems[0].reason,
        "\"31.2.2024\" is not a real calendar date"
    );
}

#[test]
fn import_csv_refuses_empty_files_and_header_only_files() {
    for empty in [&b""[..], b"   \n\r\n", b"\xEF\xBB\xBF"] {
        assert_eq!(
            failure("e.csv", empty).to_string(),
            "e.csv: the file is empty"
        );
    }
    assert_eq!(
        failure("h.csv", b"date,value\n").to_string(),
        "h.csv: the file has a header row but no data rows"
    );
    assert_eq!(
        failure("h.csv", b"date,value\n,\n\n").to_string(),
        "h.csv: the file has a header row but no data rows"
    );
}

#[test]
fn import_csv_accepts_a_byte_order_mark_and_crlf_lines() {
    let data = import(
        "b.csv",
        "\u{feff}Date,Streams\r\n2024-01-01,10\r\n2024-01-02,11",
    )
    .unwrap();
    assert_eq!(
        points(&data.series[0]),
        [("2024-01-01".into(), 10.0), ("2024-01-02".into(), 11.0)]
    );
}

#[test]
fn import_reports_the_offset_of_invalid_utf8() {
    let error = failure("x.csv", b"date,value\n2024-01-01,\xff\n");
    assert_eq!(
        error.to_string(),
        "x.csv: the file is not UTF-8 text (invalid byte at offset 22); save it as UTF-8 CSV or JSON"
    );
    let with_mark = failure("x.csv", b"\xEF\xBB\xBFdate,value\n2024-01-01,\xff\n");
    assert!(with_mark.to_string().contains("offset 25"), "{with_mark}");
}

#[test]
fn import_checks_the_size_cap_before_parsing_and_names_the_limit() {
    let mut bytes = vec![b'x'; 32 * 1024 * 1024 + 1];
    bytes[0] = 0xff; // not even UTF-8: the size is what is reported
    assert_eq!(
        failure("big.csv", &bytes).to_string(),
        "big.csv: the file is 32.0 MiB, over the import limit of 32 MiB"
    );
    let limits = ImportLimits {
        max_bytes: 100,
        ..ImportLimits::default()
    };
    let error = import_bytes("s.csv", &[b' '; 101], &limits).unwrap_err();
    assert_eq!(
        error.to_string(),
        "s.csv: the file is 101 bytes, over the import limit of 100 bytes"
    );
}

#[test]
fn import_lists_the_first_20_problems_and_counts_the_rest() {
    let mut text = String::from("date,streams\n");
    for row in 0..25 {
        text.push_str(&format!("2024-01-{:02},lots\n", row + 1));
    }
    let error = failure("many.csv", text.as_bytes());
    assert_eq!(
        (error.problems.len(), error.total, error.unlisted()),
        (20, 25, 5)
    );
    let shown = error.to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], "many.csv: 25 problems");
    assert_eq!(
        lines[1],
        "- many.csv, row 2, column \"streams\": \"lots\" is not a number"
    );
    assert_eq!(lines.last(), Some(&"… and 5 more"));
    assert_eq!(lines.len(), 22);
}

#[test]
fn import_csv_reads_quoted_commas_quotes_and_line_breaks() {
    let text = "date,song,streams\n2024-01-01,\"Hello, World\",\"1,234\"\n\
                2024-01-02,\"Line\nbreak\",2\n2024-01-03,\"Say \"\"hi\"\"\",3\n2024-01-04,x,oops\n";
    let error = failure("q.csv", text.as_bytes());
    assert_eq!(
        error.to_string(),
        "q.csv, row 5, column \"streams\": \"oops\" is not a number",
        "a quoted line break does not start a row"
    );
    let data = import("q.csv", text.trim_end_matches("2024-01-04,x,oops\n")).unwrap();
    let names: Vec<&str> = data.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Hello, World", "Line\nbreak", "Say \"hi\""]);
    assert_eq!(data.series[0].points[0].value, 1234.0);
}

#[test]
fn import_csv_refuses_non_finite_and_malformed_values() {
    for (cell, reason) in [
        ("1e999", "\"1e999\" is too large to be a finite number"),
        ("NaN", "\"NaN\" is not a number"),
        ("inf", "\"inf\" is not a number"),
        ("", "the value is empty"),
        (
            "\"1,23\"",
            "\"1,23\" is not a number (commas may only separate thousands, as in 1,234)",
        ),
    ] {
        let error = failure(
            "v.csv",
            format!("date,streams\n2024-01-01,{cell}\n").as_bytes(),
        );
        assert_eq!(
            error.to_string(),
            format!("v.csv, row 2, column \"streams\": {reason}"),
            "{cell}"
        );
    }
}

#[test]
fn import_csv_checks_values_against_their_metric() {
    let negative = failure("n.csv", b"date,streams\n2024-01-01,-5\n");
    assert_eq!(
        negative.problems[0].reason,
        "streams cannot be negative (-5)"
    );
    for (cell, shown) in [("0", "0"), ("1.5", "1.5"), ("-2", "-2")] {
        let error = failure(
            "r.csv",
            format!("date,rank\n2024-01-01,{cell}\n").as_bytes(),
        );
        assert_eq!(
            error.problems[0].reason,
            format!("rank {shown} is not a whole number of 1 or more")
        );
    }
    assert_eq!(
        import("z.csv", "date,streams\n2024-01-01,0\n")
            .unwrap()
            .series[0]
            .points[0]
            .value,
        0.0
    );
}

#[test]
fn import_csv_names_both_rows_of_a_duplicate_date() {
    let error = failure(
        "dup.csv",
        b"date,song,rank\n2024-01-01,A,1\n2024-01-01,B,2\n2024-01-01,A,3\n",
    );
    assert_eq!(
        error.to_string(),
        "dup.csv, row 4, column \"date\": 2024-01-01 appears twice for \"A\" (rank): row 2 and row 4"
    );
}

#[test]
fn import_csv_splits_series_by_name_and_metric_column() {
    let text = "Chart Date;Track Name;Metric;Value\n1.2.2024;A;rank;3\n\
                1.2.2024;A;Streams;\"1,000\"\n2.2.2024;B;position;4\n";
    let data = import("eu.csv", text).unwrap();
    let found: Vec<(&str, Metric, usize)> = data
        .series
        .iter()
        .map(|s| (s.name.as_str(), s.metric, s.points.len()))
        .collect();
    assert_eq!(
        found,
        [
            ("A", Metric::Rank, 1),
            ("A", Metric::Streams, 1),
            ("B", Metric::Rank, 1)
        ]
    );
    assert_eq!(points(&data.series[1]), [("2024-02-01".into(), 1000.0)]);
    let error = failure("m.csv", b"date,metric,value\n2024-01-01,views,3\n");
    assert_eq!(
        error.to_string(),
        "m.csv, row 2, column \"metric\": \"views\" is not a metric (use rank or streams)"
    );
}

#[test]
fn import_csv_guesses_columns_and_takes_the_users_mapping() {
    let bytes = b"when,how many,what\n2024-01-01,5,A\n";
    let ParsedFile::Csv(preview) = read_file("own.csv", bytes, &ImportLimits::default()).unwrap()
    else {
        panic!("a CSV file gives a preview");
    };
    assert_eq!(preview.guess, ColumnGuess::default());
    assert_eq!(
        import_bytes("own.csv", bytes, &ImportLimits::default()).unwrap_err().to_string(),
        "own.csv: no date column found (looked for a header named date, day, week, chart_date); the columns are \"when\", \"how many\", \"what\""
    );
    let mapping = ColumnMapping {
        date: 0,
        value: 1,
        series: Some(2),
        metric: MetricSource::Fixed(Metric::Rank),
    };
    let data = import_csv(&preview, &mapping, &ImportLimits::default()).unwrap();
    assert_eq!(
        (data.series[0].name.as_str(), data.series[0].metric),
        ("A", Metric::Rank)
    );
    let twice = ColumnMapping {
        value: 0,
        ..mapping
    };
    assert_eq!(
        import_csv(&preview, &twice, &ImportLimits::default())
            .unwrap_err()
            .to_string(),
        "own.csv: column \"when\" cannot be both the date and the value column"
    );
    let outside = ColumnMapping {
        series: Some(7),
        ..mapping
    };
    assert!(import_csv(&preview, &outside, &ImportLimits::default()).is_err());
}

#[test]
fn import_csv_guess_reports_a_defaulted_metric() {
    let data = import("g.csv", "week,value\n2024-01-01,5\n").unwrap();
    assert_eq!(data.series[0].metric, Metric::Streams);
    assert_eq!(
        data.assumptions,
        ["no metric column, and the value column \"value\" does not say rank or streams: the values were read as streams"]
    );
    let header: Vec<String> = ["Streams (US)", "Song Title", "chart_date"]
        .map(String::from)
        .into();
    let guess = ColumnGuess::from_header(&header);
    assert_eq!(
        (
            guess.date,
            guess.value,
            guess.series,
            guess.metric_from_value_name
        ),
        (Some(2), Some(0), Some(1), Some(Metric::Streams))
    );
}

#[test]
fn import_csv_reports_short_rows_unclosed_quotes_and_web_pages() {
    let short = failure("s.csv", b"date,song,rank\n2024-01-01,A,1\n2024-01-02\n");
    assert_eq!(
        short.to_string(),
        "s.csv, row 3: the row has 1 cell, but the columns chosen need 3"
    );
    let open = failure(
        "o.csv",
        b"date,song,rank\n2024-01-01,\"A,1\n2024-01-02,B,2\n",
    );
    assert_eq!(
        open.to_string(),
        "o.csv, row 2: a quoted cell is never closed (a \" is missing)"
    );
    let page = failure("p.csv", b"  <!DOCTYPE html><html></html>");
    assert_eq!(
        page.to_string(),
        "p.csv: this is a web page (HTML), not CSV or JSON data"
    );
}

#[test]
fn import_csv_enforces_the_row_and_series_limits() {
    let limits = ImportLimits {
        max_rows: 2,
        max_series: 2,
        ..ImportLimits::default()
    };
    let rows = import_bytes(
        "r.csv",
        b"date,rank\n2024-01-01,1\n2024-01-02,1\n2024-01-03,1\n",
        &limits,
    );
    assert_eq!(
        rows.unwrap_err().to_string(),
        "r.csv: the file has more than 2 data rows, the import limit"
    );
    let series = import_bytes(
        "s.csv",
        b"date,song,rank\n2024-01-01,A,1\n2024-01-01,B,1\n",
        &limits,
    );
    assert!(series.is_ok());
    let limits = ImportLimits {
        max_series: 1,
        ..limits
    };
    let series = import_bytes(
        "s.csv",
        b"date,song,rank\n2024-01-01,A,1\n2024-01-01,B,1\n",
        &limits,
    );
    assert_eq!(
        series.unwrap_err().to_string(),
        "s.csv: the file has more than 1 series, the import limit"
    );
}
