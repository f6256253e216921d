use super::*;

/// Reads `text` with `read` and checks nothing follows.
fn read<'t, T>(
    text: &'t str,
    read: fn(&mut JsonReader<'t>) -> Result<T, ReadError>,
) -> Result<T, ReadError> {
    let mut reader = JsonReader::new(text);
    let value = read(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// The message of an error, with whether it is a syntax error and its byte.
fn failure<T: std::fmt::Debug>(result: Result<T, ReadError>) -> (bool, usize, String) {
    let error = result.unwrap_err().into_failure();
    (error.syntax, error.at, error.message)
}

#[test]
fn strings_are_unescaped() {
    let text = r#""plain", "a\"b\\c\/d\b\f\n\r\t", "caf\u00e9 \ud83d\ude00 é""#;
    let mut reader = JsonReader::new(text);
    assert_eq!(reader.string().unwrap(), "plain");
    reader.expect(b',', "`,`").unwrap();
    assert_eq!(reader.string().unwrap(), "a\"b\\c/d\u{8}\u{c}\n\r\t");
    reader.expect(b',', "`,`").unwrap();
    assert_eq!(reader.string().unwrap(), "café 😀 é");
    reader.finish().unwrap();
}

#[test]
fn broken_strings_say_what_broke_them_and_where() {
    let cases = [
        (r#""\ud83d""#, 1, "a lone high surrogate in a hex escape"),
        (r#""\ude00""#, 1, "a lone low surrogate in a hex escape"),
        (
            r#""\ud83d\u0041""#,
            7,
            "a high surrogate not followed by a low one in a hex escape",
        ),
        (
            r#""\u12G4""#,
            1,
            "an invalid hex escape: \\u needs four hex digits",
        ),
        (
            r#""\u12"#,
            1,
            "an invalid hex escape: \\u needs four hex digits",
        ),
        (r#""\x""#, 1, "an invalid escape in a string"),
        ("\"tab\there\"", 4, "a control character inside a string"),
        ("\"a\\n\u{1}\"", 4, "a control character inside a string"),
        ("\"open", 5, "the data ends inside a string"),
    ];
    for (text, at, message) in cases {
        assert_eq!(
            failure(read(text, JsonReader::string)),
            (true, at, message.to_owned()),
            "{text}"
        );
    }
}

#[test]
fn whole_numbers_are_checked_against_their_range() {
    assert_eq!(read("4294967295", JsonReader::u32), Ok(u32::MAX));
    assert_eq!(read(" 0 ", JsonReader::u32), Ok(0));
    assert_eq!(read("18446744073709551615", JsonReader::u64), Ok(u64::MAX));
    for text in ["4294967296", "-1", "1.0", "1e2"] {
        assert_eq!(
            failure(read(text, JsonReader::u32)),
            (
                false,
                0,
                format!("invalid value: {text}, expected a whole number from 0 to 4294967295")
            )
        );
    }
    let (syntax, ..) = failure(read("18446744073709551616", JsonReader::u64));
    assert!(!syntax);
}

#[test]
fn numbers_follow_json_grammar() {
    assert_eq!(read("-0.5e-3", JsonReader::f64), Ok(-0.0005));
    assert_eq!(read("12.25", JsonReader::f64), Ok(12.25));
    assert_eq!(read("1E+2", JsonReader::f64), Ok(100.0));
    for text in ["01", "1.", "-", ".5", "1e", "+1", "1.e3"] {
        let (syntax, _, message) = failure(read(text, JsonReader::f64));
        assert!(syntax, "{text}");
        assert!(
            message == "an invalid number" || message == "expected a value",
            "{text}: {message}"
        );
    }
    assert_eq!(
        failure(read("1e999", JsonReader::f64)),
        (true, 0, "number out of range".to_owned())
    );
    assert_eq!(
        failure(read("NaN", JsonReader::f64)),
        (true, 0, "expected a value".to_owned())
    );
}

#[test]
fn a_value_of_the_wrong_type_names_both_types() {
    type Reading = fn(&mut JsonReader<'_>) -> Result<(), ReadError>;
    let cases: [(&str, Reading, &str); 5] = [
        (
            "5",
            |r| r.string().map(drop),
            "invalid type: the number 5, expected a string",
        ),
        (
            "\"5\"",
            |r| r.u32().map(drop),
            "invalid type: the string \"5\", expected a whole number from 0 to 4294967295",
        ),
        (
            "null",
            |r| r.bool().map(drop),
            "invalid type: null, expected a boolean",
        ),
        (
            "[]",
            |r| r.object(&["a"], &mut |_, _| Ok(())),
            "invalid type: an array, expected an object",
        ),
        (
            "{}",
            |r| r.array::<String>().map(drop),
            "invalid type: an object, expected an array",
        ),
    ];
    for (text, reading, message) in cases {
        assert_eq!(
            failure(read(text, reading)),
            (false, 0, message.to_owned()),
            "{text}"
        );
    }
}

/// Reads `{"name": string, "count"?: u32}`, as the documents' types do.
fn named(reader: &mut JsonReader<'_>) -> Result<(String, Option<u32>), ReadError> {
    let (mut name, mut count) = (None, None);
    reader.object(&["name", "count"], &mut |reader, field| {
        match field {
            "name" => name = Some(reader.string()?),
            _ => count = reader.nullable(JsonReader::u32)?,
        }
        Ok(())
    })?;
    Ok((name.ok_or_else(|| reader.missing("name"))?, count))
}

#[test]
fn objects_refuse_unknown_repeated_and_missing_members() {
    assert_eq!(
        read(r#"{"name": "a", "count": 2}"#, named),
        Ok(("a".into(), Some(2)))
    );
    assert_eq!(
        read(r#"{"count": null, "name": "a"}"#, named),
        Ok(("a".into(), None))
    );
    let unknown = read(r#"{"name": "a", "size": 2}"#, named).unwrap_err();
    assert_eq!(
        unknown.message,
        "unknown field `size`, expected `name` or `count`"
    );
    assert_eq!(
        (unknown.at, unknown.path.clone()),
        (14, vec![PathStep::Key("size".into())])
    );
    let repeated = read(r#"{"name": "a", "name": "b"}"#, named).unwrap_err();
    assert_eq!(repeated.message, "duplicate field `name`");
    assert_eq!(repeated.path, vec![PathStep::Key("name".into())]);
    let missing = read(r#"{"count": 1}"#, named).unwrap_err();
    assert_eq!(
        (missing.at, missing.message.as_str()),
        (11, "missing field `name`")
    );
    assert!(missing.path.is_empty());
}

#[test]
fn an_error_inside_arrays_and_objects_carries_its_path_innermost_first() {
    #[derive(Debug)]
    struct Named;
    impl FromJson for Named {
        fn read(reader: &mut JsonReader<'_>) -> Result<Self, ReadError> {
            named(reader).map(|_| Named)
        }
    }
    let error = read(
        r#"[{"name": "a"}, {"name": "b", "count": -1}]"#,
        JsonReader::array::<Named>,
    )
    .unwrap_err();
    assert_eq!(
        error.path,
        vec![PathStep::Key("count".into()), PathStep::Index(1)]
    );
    assert_eq!(error.at, 39);
}

#[test]
fn broken_structure_is_a_syntax_error_at_the_break() {
    let cases = [
        (
            r#"{"name": "a",}"#,
            13,
            "expected a member name in double quotes",
        ),
        (r#"{"name" "a"}"#, 8, "expected `:`"),
        (r#"{"name": "a" "count": 1}"#, 13, "expected `,` or `}`"),
        (r#"{"name": "a""#, 12, "the data ends inside an object"),
        (
            r#"{"name": "a"} x"#,
            14,
            "unexpected text after the end of the data",
        ),
        (r#"{"name": tru}"#, 9, "expected a value"),
    ];
    for (text, at, message) in cases {
        assert_eq!(
            failure(read(text, named)),
            (true, at, message.to_owned()),
            "{text}"
        );
    }
    assert_eq!(
        failure(read("[1 2]", JsonReader::array::<String>)),
        (
            false,
            1,
            "invalid type: the number 1, expected a string".to_owned()
        )
    );
}

#[test]
fn nesting_is_limited_to_max_nesting_levels() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let deepest = nested(MAX_NESTING);
    let mut reader = JsonReader::new(&deepest);
    reader.skip().unwrap();
    let too_deep = nested(MAX_NESTING + 1);
    let mut reader = JsonReader::new(&too_deep);
    let error = reader.skip().unwrap_err();
    assert_eq!(error.at, MAX_NESTING);
    assert_eq!(
        error.message,
        format!("arrays and objects are nested deeper than {MAX_NESTING} levels")
    );
}

#[test]
fn raw_values_and_variants() {
    let mut reader = JsonReader::new(r#" {"a": [1, {"b": "}"}], "v": 2 } "#);
    let mut raw = Vec::new();
    reader
        .members(&mut |reader, name, _| {
            raw.push((name.to_owned(), reader.raw_value()?.to_owned()));
            Ok(())
        })
        .unwrap();
    assert_eq!(
        raw,
        [
            ("a".to_owned(), r#"[1, {"b": "}"}]"#.to_owned()),
            ("v".to_owned(), "2".to_owned())
        ]
    );
    assert_eq!(
        read("\"weekly\"", |r| r.variant(&["daily", "weekly"])),
        Ok(1)
    );
    assert_eq!(
        failure(read("\"hourly\"", |r| r.variant(&["daily", "weekly"]))),
        (
            false,
            0,
            "unknown variant `hourly`, expected `daily` or `weekly`".to_owned()
        )
    );
    assert_eq!(
        failure(read("\"2024-02-30\"", JsonReader::date)),
        (
            false,
            0,
            "\"2024-02-30\" is not a real calendar date".to_owned()
        )
    );
}
