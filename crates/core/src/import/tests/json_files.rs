//! JSON files: the three shapes, paths in errors, malformed text.

use super::*;

/// A series' name, metric and dates with values.
type NamedPoints<'a> = (&'a str, Metric, Vec<(String, f64)>);

#[test]
fn import_json_reads_plain_rows() {
    let text = r#"[
        {"date": "2024-01-02", "value": 3, "series": "A", "metric": "rank"},
        {"date": "2024-01-01", "value": "1,500", "series": "A", "metric": "streams"},
        {"date": "2024-01-01", "value": 9, "series": "A", "metric": "rank", "note": "extra keys are ignored"}
    ]"#;
    let data = import("rows.json", text).unwrap();
    let found: Vec<NamedPoints<'_>> = data
        .series
        .iter()
        .map(|s| (s.name.as_str(), s.metric, points(s)))
        .collect();
    assert_eq!(
        found,
        [
            (
                "A",
                Metric::Rank,
                vec![("2024-01-01".into(), 9.0), ("2024-01-02".into(), 3.0)]
            ),
            ("A", Metric::Streams, vec![("2024-01-01".into(), 1500.0)]),
        ]
    );
    let unnamed = import("my-export.json", r#"[{"date": "1/2/2024", "value": 7}]"#).unwrap();
    assert_eq!(unnamed.series[0].name, "my-export");
    assert_eq!(unnamed.series[0].metric, Metric::Streams);
    assert!(unnamed
        .assumptions
        .iter()
        .any(|a| a.contains("read as streams")));
}

#[test]
fn import_json_reads_named_series() {
    let text = r#"{"series": [
        {"name": "Song A", "metric": "rank", "points": [{"date": "2024-01-08", "value": 2}, {"date": "2024-01-01", "value": 5}]},
        {"name": "Song A", "metric": "plays", "points": [{"date": "2024-01-01", "value": 100}]}
    ]}"#;
    let data = import("named.json", text).unwrap();
    assert_eq!(data.series.len(), 2);
    assert_eq!(
        points(&data.series[0]),
        [("2024-01-01".into(), 5.0), ("2024-01-08".into(), 2.0)]
    );
    assert_eq!(data.series[1].metric, Metric::Streams);
    let bad = failure(
        "named.json",
        br#"{"series": [{"name": "A", "metric": "views", "points": []}]}"#,
    );
    assert_eq!(
        bad.to_string(),
        "named.json, at series[0].metric: \"views\" is not a metric (use rank or streams)"
    );
}

#[test]
fn import_json_reads_our_series_file_shape() {
    let text = r#"{"schema_version": 1, "song": "x", "series": [
        {"id": "x.spotify-us-daily-rank", "points": [{"date": "2018-01-01", "value": 4}]},
        {"id": "x.spotify-us-daily-streams", "points": [{"date": "2018-01-01", "value": 12345}]},
        {"id": "x.billboard-hot-100", "points": [{"date": "2018-01-06", "value": 40}]}
    ]}"#;
    let data = import("x.json", text).unwrap();
    let metrics: Vec<Metric> = data.series.iter().map(|s| s.metric).collect();
    assert_eq!(metrics, [Metric::Rank, Metric::Streams, Metric::Rank]);
    assert_eq!(data.series[2].name, "x.billboard-hot-100");
    assert_eq!(
        data.assumptions,
        ["series \"x.billboard-hot-100\" does not end in -rank or -streams: its values were read as ranks"]
    );
    let bundled = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/series/running-up-that-hill-kate-bush.json"
    ))
    .unwrap();
    let data = import_bytes("ruth.json", &bundled, &ImportLimits::default()).unwrap();
    assert!(data.series.iter().all(|s| !s.points.is_empty()));
    let newer = failure(
        "v.json",
        br#"{"schema_version": 2, "song": "x", "series": []}"#,
    );
    assert_eq!(
        newer.to_string(),
        "v.json, at schema_version: schema_version 2 is not supported (this app reads version 1)"
    );
}

#[test]
fn import_json_wrong_types_give_the_path() {
    let error = failure(
        "t.json",
        br#"[{"date": "2024-01-01", "value": 1}, {"date": "2024-01-02", "value": true}]"#,
    );
    assert_eq!(error.problems.len(), 1);
    assert_eq!(
        error.problems[0].location,
        Location::Path("[1].value".into())
    );
    assert_eq!(
        error.to_string(),
        "t.json, at [1].value: invalid type: true, expected a number (line 1, column 70)"
    );
    let missing = failure(
        "m.json",
        br#"{"series": [{"name": "A", "points": [{"date": "2024-01-01"}]}]}"#,
    );
    assert_eq!(
        missing.problems[0].location,
        Location::Path("series[0].points[0]".into())
    );
    assert!(missing.problems[0]
        .reason
        .starts_with("missing field `value`"));
}

#[test]
fn import_json_checks_dates_values_and_duplicates_by_path() {
    let text = br#"{"series": [{"name": "A", "metric": "rank", "points": [
        {"date": "2024-02-30", "value": 1},
        {"date": "2024-03-01", "value": 0},
        {"date": "2024-03-02", "value": 2},
        {"date": "2024-03-02", "value": 3}
    ]}]}"#;
    let error = failure("p.json", text);
    assert_eq!(
        error.lines(),
        [
            "p.json, at series[0].points[0].date: \"2024-02-30\" is not a real calendar date",
            "p.json, at series[0].points[1].value: rank 0 is not a whole number of 1 or more",
            "p.json, at series[0].points[3].date: 2024-03-02 appears twice for \"A\" (rank): series[0].points[2] and series[0].points[3]",
        ]
    );
}

#[test]
fn import_json_malformed_text_gives_line_and_column() {
    let truncated = failure("t.json", b"[{\"date\": \"2024-01-01\",\n \"value\": ");
    assert!(
        matches!(
            truncated.problems[0].location,
            Location::Text { line: 2, .. }
        ),
        "{truncated}"
    );
    assert!(truncated.to_string().starts_with("t.json, line 2, column"));
    let huge = failure("h.json", br#"[{"date": "2024-01-01", "value": 1e999}]"#);
    assert!(huge.to_string().contains("the JSON is malformed"), "{huge}");
    // Deep nesting (a few MiB, within the cap) neither overflows the stack
    // nor passes unread: past 128 levels it is refused where it goes too
    // deep, in a member the import does not use too.
    let depth = 1_000_000;
    let (open, close) = ("[".repeat(depth), "]".repeat(depth));
    let too_deep = "the JSON is malformed: arrays and objects are nested deeper than 128 levels";
    let in_extra_key = format!(r#"[{{"date": "2024-01-01", "value": 1, "x": {open}{close}}}]"#);
    assert_eq!(
        failure("d.json", in_extra_key.as_bytes()).to_string(),
        format!("d.json, line 1, column 168: {too_deep}")
    );
    let in_object = format!(r#"{{"x": {open}{close}, "series": []}}"#);
    assert_eq!(
        failure("d.json", in_object.as_bytes()).to_string(),
        format!("d.json, line 1, column 134: {too_deep}")
    );
    let at_top = failure("d.json", format!("{open}{close}").as_bytes());
    assert_eq!(
        at_top.to_string(),
        "d.json, at [0]: invalid type: an array, expected an object (line 1, column 2)"
    );
    let shallow_extra = r#"[{"date": "2024-01-01", "value": 1, "x": [[{"y": [1, {"z": null}]}]]}]"#;
    assert_eq!(
        import("s.json", shallow_extra).unwrap().series[0]
            .points
            .len(),
        1,
        "members the import does not use are skipped"
    );
    assert_eq!(
        failure("e.json", b"[]").to_string(),
        "e.json: the file has no data rows"
    );
}
