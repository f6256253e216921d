//! Bad-input cases for the dataset parser: each gives its specific error.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;
use crate::model::Metric;
use crate::Date;

/// A small valid index document with one show, song, series and placement.
fn minimal() -> Value {
    json!({
        "schema_version": 1,
        "sources": [{"id": "hot-100", "title": "Hot 100", "licence": "terms apply"}],
        "shows": [{"id": "stranger-things", "title": "Stranger Things", "genres": [],
                   "seasons": [{"season": "4-volume-1", "number": 4, "label": "4 (volume 1)",
                                "release_date": "2022-05-27", "source": "hot-100"}]}],
        "songs": [{"id": "running-up-that-hill-kate-bush", "title": "Running Up That Hill",
                   "artist": "Kate Bush", "key": "running up that hill||kate bush", "links": []}],
        "show_songs": [{"show": "stranger-things", "song": "running-up-that-hill-kate-bush",
                        "season": "4-volume-1", "sources": ["hot-100"]}],
        "placements": [{"show": "stranger-things", "song": "running-up-that-hill-kate-bush",
                        "season": "4-volume-1", "episode": 1, "note": "Walkman", "in_show": true,
                        "source": "hot-100"}],
        "series": [{"id": "running-up-that-hill-kate-bush.billboard-hot-100",
                    "song": "running-up-that-hill-kate-bush", "chart": "billboard-hot-100",
                    "chart_title": "Billboard Hot 100", "region": "us", "frequency": "weekly",
                    "metric": "rank", "chart_size": 100, "source": "hot-100",
                    "first": "2022-07-23", "last": "2022-07-30", "count": 2,
                    "file": "series/running-up-that-hill-kate-bush.json"}],
        "peaks": [],
        "reported": []
    })
}

fn series_file(points: Value) -> Value {
    json!({"schema_version": 1, "song": "running-up-that-hill-kate-bush",
           "series": [{"id": "running-up-that-hill-kate-bush.billboard-hot-100", "points": points}]})
}

fn bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap()
}

fn dataset() -> Dataset {
    parse_dataset(&bytes(&minimal())).unwrap()
}

/// The problems of an `Invalid` error, as `path: reason` lines.
fn problems(error: DatasetError) -> Vec<String> {
    match error {
        DatasetError::Invalid { problems, .. } => {
            problems.iter().map(ToString::to_string).collect()
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn invalid_index(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = minimal();
    edit(&mut value);
    problems(parse_dataset(&bytes(&value)).unwrap_err())
}

fn invalid_points(points: Value) -> Vec<String> {
    problems(parse_series_file(&bytes(&series_file(points)), &dataset()).unwrap_err())
}

#[test]
fn the_minimal_document_is_valid() {
    let parsed = dataset();
    assert_eq!(parsed.series[0].metric, Metric::Rank);
    let points = json!([{"date": "2022-07-23", "value": 4}, {"date": "2022-07-30", "value": 3}]);
    let file = parse_series_file(&bytes(&series_file(points)), &parsed).unwrap();
    assert_eq!(file.series[0].points[1].value, 3.0);
}

#[test]
fn an_empty_file_is_empty() {
    assert_eq!(parse_dataset(b""), Err(DatasetError::Empty));
    assert_eq!(parse_dataset(b"  \n\t"), Err(DatasetError::Empty));
}

#[test]
fn truncated_json_gives_its_position() {
    let mut text = bytes(&minimal());
    text.truncate(40);
    match parse_dataset(&text).unwrap_err() {
        DatasetError::Syntax {
            line,
            column,
            message,
        } => {
            // Where the text stops: the character after its last one.
            let lines: Vec<&[u8]> = text.split(|&byte| byte == b'\n').collect();
            assert_eq!(
                (line, column),
                (lines.len(), lines[lines.len() - 1].len() + 1)
            );
            assert!(message.starts_with("the data ends inside"), "{message}");
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(bytes(&minimal()));
    assert_eq!(parse_dataset(&text).unwrap().shows.len(), 1);
}

#[test]
fn invalid_utf8_names_the_offset() {
    let mut text = b"{\"schema_version\": 1, \"x\": \"".to_vec();
    let offset = text.len();
    text.extend(b"\xFF\"}");
    assert_eq!(parse_dataset(&text), Err(DatasetError::NotUtf8 { offset }));
}

#[test]
fn a_lone_surrogate_escape_is_a_syntax_error() {
    let text = bytes(&minimal());
    let text = String::from_utf8(text)
        .unwrap()
        .replace("Stranger Things\"", "Stranger \\ud800Things\"");
    match parse_dataset(text.as_bytes()).unwrap_err() {
        DatasetError::Syntax { message, .. } => {
            assert!(
                message.contains("surrogate") || message.contains("hex escape"),
                "{message}"
            )
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
}

#[test]
fn nesting_deeper_than_128_is_refused() {
    let text = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let quoted = format!("{{\"schema_version\": 1, \"x\": \"{}\"}}", "[".repeat(200));
    assert!(
        !matches!(
            parse_dataset(quoted.as_bytes()),
            Err(DatasetError::Syntax { .. })
        ),
        "brackets in strings do not count"
    );
    match parse_dataset(text.as_bytes()).unwrap_err() {
        DatasetError::Syntax {
            line,
            column,
            message,
        } => {
            assert_eq!((line, column), (1, 129));
            assert!(message.contains("nested deeper than 128"), "{message}");
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
}

#[test]
fn a_point_refuses_other_fields_and_nesting_inside_one_is_named() {
    let points =
        json!([{"date": "2022-07-23", "value": 3, "x": 1}, {"date": "2022-07-30", "value": 5}]);
    let shallow = serde_json::to_string(&series_file(points)).unwrap();
    match parse_series_file(shallow.as_bytes(), &dataset()).unwrap_err() {
        DatasetError::Shape { path, message, .. } => {
            assert_eq!(path, "series[0].points[0].x");
            assert!(
                message.starts_with("unknown field `x`, expected `date` or `value`"),
                "{message}"
            );
        }
        other => panic!("expected Shape, got {other:?}"),
    }
    // Too deep is the first thing wrong with a deep value, wherever it is.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let text = shallow.replace("\"x\":1", &format!("\"x\":{deep}"));
    assert_ne!(text, shallow);
    match parse_series_file(text.as_bytes(), &dataset()).unwrap_err() {
        DatasetError::Syntax { message, .. } => {
            assert!(message.contains("nested deeper than 128"), "{message}");
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
}

/// Every JSON object in `value` (through the first two items of each
/// array), as a path of keys and indices.
fn object_paths(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (key, item) in map {
                let mut next = at.clone();
                next.push(json!(key));
                object_paths(item, next, out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate().take(2) {
                let mut next = at.clone();
                next.push(json!(index));
                object_paths(item, next, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_object_of_the_index_refuses_unknown_fields() {
    // What `parse_versioned` relies on: nothing in `index.json` is skipped
    // unread, so the nesting scan can wait for a failure.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/index.json"
    ))
    .unwrap();
    let bundled: Value = serde_json::from_str(&text).unwrap();
    let mut paths = Vec::new();
    object_paths(&bundled, Vec::new(), &mut paths);
    assert!(paths.len() > 20, "{} objects", paths.len());
    for path in paths {
        let mut edited = bundled.clone();
        let mut object = &mut edited;
        for step in &path {
            object = match step {
                Value::String(key) => &mut object[key.as_str()],
                _ => &mut object[step.as_u64().unwrap() as usize],
            };
        }
        object
            .as_object_mut()
            .unwrap()
            .insert("not_a_field".into(), json!([[1]]));
        match parse_dataset(&bytes(&edited)) {
            Err(DatasetError::Shape { message, .. }) => {
                assert!(message.contains("not_a_field"), "{path:?}: {message}")
            }
            Err(other) => panic!("{path:?}: expected a shape error, got {other:?}"),
            Ok(_) => panic!("{path:?}: an unknown field was accepted"),
        }
    }
}

#[test]
fn a_file_over_the_cap_is_refused_before_parsing() {
    let text = vec![b'x'; MAX_DOCUMENT_BYTES + 1];
    assert_eq!(
        parse_dataset(&text),
        Err(DatasetError::TooLarge {
            size: MAX_DOCUMENT_BYTES + 1,
            limit: MAX_DOCUMENT_BYTES
        })
    );
}

#[test]
fn a_wrong_type_names_path_line_and_column() {
    let mut value = minimal();
    value["shows"][0]["title"] = json!(42);
    match parse_dataset(&bytes(&value)).unwrap_err() {
        DatasetError::Shape {
            path,
            line,
            column,
            message,
        } => {
            assert_eq!(path, "shows[0].title");
            assert!(line > 1 && column > 1, "line {line}, column {column}");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn a_missing_field_is_named() {
    let mut value = minimal();
    value["songs"][0].as_object_mut().unwrap().remove("artist");
    match parse_dataset(&bytes(&value)).unwrap_err() {
        DatasetError::Shape { path, message, .. } => {
            assert_eq!(path, "songs[0]");
            assert!(message.contains("missing field `artist`"), "{message}");
        }
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn an_unknown_field_is_named() {
    let mut value = minimal();
    value["shows"][0]["rating"] = json!(5);
    match parse_dataset(&bytes(&value)).unwrap_err() {
        DatasetError::Shape { path, message, .. } => {
            assert_eq!(path, "shows[0].rating");
            assert!(message.contains("unknown field `rating`"), "{message}");
        }
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn a_duplicate_field_is_refused() {
    let text = serde_json::to_string(&minimal()).unwrap().replacen(
        "\"title\":\"Stranger Things\"",
        "\"title\":\"Stranger Things\",\"title\":\"Again\"",
        1,
    );
    assert!(text.contains("Again"));
    match parse_dataset(text.as_bytes()).unwrap_err() {
        DatasetError::Shape { path, message, .. } => {
            assert_eq!(path, "shows[0].title");
            assert!(message.contains("duplicate field `title`"), "{message}");
        }
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn a_duplicate_id_is_reported_at_its_place() {
    let found = invalid_index(|value| {
        let song = value["songs"][0].clone();
        value["songs"].as_array_mut().unwrap().push(song);
    });
    assert!(
        found.contains(&"songs[1].id: duplicate id \"running-up-that-hill-kate-bush\"".to_owned()),
        "{found:?}"
    );
}

#[test]
fn an_unknown_show_reference_is_reported() {
    let found = invalid_index(|value| value["placements"][0]["show"] = json!("wednesday"));
    assert_eq!(
        found,
        vec!["placements[0].show: unknown show \"wednesday\""]
    );
}

#[test]
fn an_unknown_season_or_episode_is_reported() {
    let found = invalid_index(|value| value["show_songs"][0]["season"] = json!("4"));
    assert_eq!(
        found,
        vec!["show_songs[0].season: show \"stranger-things\" has no season \"4\""]
    );
    let found = invalid_index(|value| {
        value["shows"][0]["seasons"][0]["episodes"] =
            json!([{"number": 1, "title": "Chapter One", "release_date": "2022-05-27"}]);
        value["placements"][0]["episode"] = json!(9);
    });
    assert_eq!(
        found,
        vec!["placements[0].episode: season \"4-volume-1\" has no episode 9"]
    );
}

#[test]
fn problems_inside_releases_and_episodes_name_their_whole_path() {
    let found = invalid_index(|value| {
        let seasons = &mut value["shows"][0]["seasons"];
        seasons[0]["episodes"] = json!([
            {"number": 2, "title": "Chapter Two", "release_date": "2022-05-27"},
            {"number": 1, "title": "Chapter One", "release_date": "2022-05-26"}
        ]);
        let mut earlier = seasons[0].clone();
        earlier["season"] = json!("3");
        earlier["release_date"] = json!("2019-07-04");
        earlier["episodes"] = json!([]);
        seasons.as_array_mut().unwrap().push(earlier);
        value["placements"][0]["episode"] = json!(2);
    });
    assert_eq!(
        found,
        vec![
            "shows[0].seasons[0].episodes[1].number: episodes must be sorted by number, without duplicates",
            "shows[0].seasons[0].episodes[1].release_date: an episode cannot come out before its release",
            "shows[0].seasons[1].release_date: seasons are not sorted by release date",
        ]
    );
}

#[test]
fn a_series_id_and_file_follow_its_song() {
    let found = invalid_index(|value| {
        value["series"][0]["id"] = json!("running-up-that-hill-kate-bush-live.billboard-hot-100");
        value["series"][0]["file"] = json!("series/running-up-that-hill.json");
    });
    assert_eq!(
        found,
        vec![
            "series[0].id: a series id starts with its song id and a dot",
            "series[0].file: the points of this series live in \"series/running-up-that-hill-kate-bush.json\"",
        ]
    );
}

#[test]
fn only_web_links_are_accepted() {
    let found = invalid_index(|value| {
        value["songs"][0]["links"] = json!([{"label": "x", "url": "javascript:alert(1)"}]);
    });
    assert_eq!(
        found,
        vec!["songs[0].links[0].url: \"javascript:alert(1)\" is not an http(s) address"]
    );
}

#[test]
fn a_number_out_of_range_is_a_syntax_error() {
    let points = "[{\"date\": \"2022-07-23\", \"value\": 1e999}]";
    let text = format!("{{\"schema_version\": 1, \"song\": \"running-up-that-hill-kate-bush\", \"series\": [{{\"id\": \"running-up-that-hill-kate-bush.billboard-hot-100\", \"points\": {points}}}]}}");
    match parse_series_file(text.as_bytes(), &dataset()).unwrap_err() {
        DatasetError::Syntax { message, .. } => {
            assert!(message.contains("number out of range"), "{message}")
        }
        other => panic!("expected Syntax, got {other:?}"),
    }
    assert!(matches!(
        parse_series_file(text.replace("1e999", "NaN").as_bytes(), &dataset()),
        Err(DatasetError::Syntax { .. })
    ));
}

#[test]
fn zero_negative_and_oversized_ranks_are_refused() {
    let found = invalid_points(
        json!([{"date": "2022-07-23", "value": 0}, {"date": "2022-07-30", "value": -3}]),
    );
    assert_eq!(
        found[0],
        "series[0].points[0].value: rank 0 is not a whole number within 1..=100"
    );
    assert_eq!(
        found[1],
        "series[0].points[1].value: rank -3 is not a whole number within 1..=100"
    );
    let found = invalid_points(
        json!([{"date": "2022-07-23", "value": 101}, {"date": "2022-07-30", "value": 2.5}]),
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn negative_streams_are_refused() {
    let mut value = minimal();
    value["series"][0]["metric"] = json!("streams");
    value["series"][0]
        .as_object_mut()
        .unwrap()
        .remove("chart_size");
    let parsed = parse_dataset(&bytes(&value)).unwrap();
    let file = series_file(
        json!([{"date": "2022-07-23", "value": 12000}, {"date": "2022-07-30", "value": -1}]),
    );
    let found = problems(parse_series_file(&bytes(&file), &parsed).unwrap_err());
    assert_eq!(
        found,
        vec!["series[0].points[1].value: streams cannot be negative (-1)"]
    );
}

#[test]
fn an_impossible_date_names_its_path() {
    let file = series_file(json!([{"date": "2024-02-30", "value": 3}]));
    match parse_series_file(&bytes(&file), &dataset()).unwrap_err() {
        DatasetError::Shape { path, message, .. } => {
            assert_eq!(path, "series[0].points[0].date");
            assert!(
                message.contains("\"2024-02-30\" is not a real calendar date"),
                "{message}"
            );
        }
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn unsorted_and_duplicate_dates_are_refused() {
    let found = invalid_points(
        json!([{"date": "2022-07-30", "value": 3}, {"date": "2022-07-23", "value": 4}]),
    );
    assert_eq!(
        found[0],
        "series[0].points[1].date: 2022-07-30 comes after 2022-07-23: dates must be sorted"
    );
    let found = invalid_points(
        json!([{"date": "2022-07-23", "value": 3}, {"date": "2022-07-23", "value": 4}]),
    );
    assert_eq!(
        found[0],
        "series[0].points[1].date: duplicate date 2022-07-23"
    );
}

#[test]
fn points_that_disagree_with_the_summary_are_refused() {
    let found = invalid_points(json!([{"date": "2022-07-23", "value": 3}]));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("series[0].points: the points (1 from 2022-07-23 to 2022-07-23)"),
        "{found:?}"
    );
}

#[test]
fn an_unsupported_schema_version_is_named() {
    let mut value = minimal();
    value["schema_version"] = json!(2);
    assert_eq!(
        parse_dataset(&bytes(&value)),
        Err(DatasetError::UnsupportedVersion {
            found: "2".into(),
            supported: 1
        })
    );
    value["shows"] = json!("a future shape");
    assert_eq!(
        parse_dataset(&bytes(&value)),
        Err(DatasetError::UnsupportedVersion {
            found: "2".into(),
            supported: 1
        })
    );
}

#[test]
fn zero_shows_is_an_error() {
    let found = invalid_index(|value| {
        value["shows"] = json!([]);
        value["show_songs"] = json!([]);
        value["placements"] = json!([]);
    });
    assert_eq!(found, vec!["shows: the dataset has no shows"]);
}

#[test]
fn an_html_page_is_recognised() {
    assert_eq!(
        parse_dataset(b"<!DOCTYPE html><html><body>404</body></html>"),
        Err(DatasetError::Html)
    );
    assert_eq!(parse_dataset(b"\n  <html>"), Err(DatasetError::Html));
}

#[test]
fn errors_list_at_most_twenty_problems_and_count_the_rest() {
    let points: Vec<Value> = (1..=25)
        .map(|day| json!({"date": format!("2022-07-{day:02}"), "value": 0}))
        .collect();
    let file = series_file(Value::Array(points));
    match parse_series_file(&bytes(&file), &dataset()).unwrap_err() {
        DatasetError::Invalid { problems, total } => {
            assert_eq!(problems.len(), crate::validate::MAX_PROBLEMS);
            assert_eq!(total, 26, "25 bad ranks and a summary mismatch");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_parser(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_dataset(&data);
    }

    #[test]
    fn arbitrary_json_like_text_never_panics(text in "[\\[\\]{}\":,0-9a-z_ .\\-e]{0,200}") {
        let _ = parse_dataset(text.as_bytes());
        let _ = parse_series_file(text.as_bytes(), &Dataset::default());
    }

    #[test]
    fn arbitrary_strings_never_panic_the_date_parser(text in "\\PC{0,16}") {
        let _ = Date::parse_iso(&text);
    }

    #[test]
    fn date_shaped_strings_parse_or_say_why(year in 0u32..10000, month in 0u32..20, day in 0u32..40) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        match Date::parse_iso(&text) {
            Ok(date) => prop_assert_eq!(date.to_string(), text),
            Err(error) => prop_assert!(error.to_string().contains(&text)),
        }
    }
}

#[test]
fn a_shape_error_names_its_path_line_and_column() {
    let nested = read_document::<Vec<Vec<String>>>("[[\"a\", \"b\"],\n [\"c\", 3]]");
    match nested {
        Err(DatasetError::Shape {
            path,
            line,
            column,
            message,
        }) => {
            assert_eq!((path.as_str(), line, column), ("[1][1]", 2, 8));
            assert_eq!(message, "invalid type: the number 3, expected a string");
        }
        other => panic!("expected Shape, got {other:?}"),
    }
    match read_document::<String>("7") {
        Err(DatasetError::Shape { path, .. }) => assert_eq!(path, "(top level)"),
        other => panic!("expected Shape, got {other:?}"),
    }
    match read_document::<String>("\"a\" 1") {
        Err(DatasetError::Syntax { line, column, .. }) => assert_eq!((line, column), (1, 5)),
        other => panic!("expected Syntax, got {other:?}"),
    }
}

#[test]
fn every_bundled_document_reads_back_to_the_json_it_was_read_from() {
    // Every member of every object is read into the model: written out
    // again, each document is the same JSON value, so no field is dropped,
    // defaulted or misread.
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let text = |path: &std::path::Path| std::fs::read_to_string(path).unwrap();
    let same = |path: &std::path::Path, written: Value| {
        let original: Value = serde_json::from_str(&text(path)).unwrap();
        assert!(
            written == original,
            "{} reads back differently",
            path.display()
        );
    };
    let index = data.join("index.json");
    let dataset = parse_dataset(text(&index).as_bytes()).unwrap();
    same(&index, serde_json::to_value(&dataset).unwrap());
    let context = data.join("chart-context.json");
    let read = parse_chart_context(text(&context).as_bytes(), &dataset).unwrap();
    same(&context, serde_json::to_value(read).unwrap());
    let mut series_files = 0;
    for entry in std::fs::read_dir(data.join("series")).unwrap() {
        let path = entry.unwrap().path();
        let read = parse_series_file(text(&path).as_bytes(), &dataset).unwrap();
        same(&path, serde_json::to_value(read).unwrap());
        series_files += 1;
    }
    assert_eq!(
        series_files,
        dataset
            .series
            .iter()
            .map(|s| &s.file)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
}

#[test]
fn a_lift_has_exactly_one_measure() {
    let lift = |measure: Value| {
        let mut value = minimal();
        value["lifts"] = json!([{"show": "stranger-things", "song": "running-up-that-hill-kate-bush",
            "series": "running-up-that-hill-kate-bush.billboard-hot-100",
            "chart_title": "Billboard Hot 100", "release_title": "Stranger Things 4", "measure": measure}]);
        parse_dataset(&bytes(&value))
    };
    let rank = json!({"rank_gained": {"from": 101.0, "from_off_chart": true, "to": 3.0}});
    let read = lift(rank).unwrap();
    assert_eq!(
        read.lifts[0].measure,
        crate::stats::LiftMeasure::RankGained {
            from: 101.0,
            from_off_chart: true,
            to: 3.0
        }
    );
    let shape = |measure: Value| match lift(measure).unwrap_err() {
        DatasetError::Shape { path, message, .. } => (path, message),
        other => panic!("expected Shape, got {other:?}"),
    };
    assert_eq!(
        shape(
            json!({"streams_ratio": 2.5, "rank_gained": {"from": 9.0, "from_off_chart": false, "to": 3.0}})
        ),
        // serde_json writes keys sorted: the second one read is streams_ratio.
        (
            "lifts[0].measure.streams_ratio".to_owned(),
            "a lift has one measure, not two".to_owned()
        )
    );
    assert_eq!(
        shape(json!({})),
        (
            "lifts[0].measure".to_owned(),
            "a lift needs `streams_ratio` or `rank_gained`".to_owned()
        )
    );
    assert_eq!(
        shape(json!({"rank_gained": {"from": 9.0, "to": 3.0}})),
        (
            "lifts[0].measure.rank_gained".to_owned(),
            "missing field `from_off_chart`".to_owned()
        )
    );
}
