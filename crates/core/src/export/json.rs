//! JSON of the data in view: an array of rows with the CSV's columns.

use crate::json_writer::JsonWriter;

use super::rows::ExportRow;

/// The rows as an indented JSON array (values as JSON numbers), one
/// object per row with the CSV's columns in the same order.
pub fn to_json(rows: &[ExportRow]) -> String {
    let mut json = JsonWriter::indented();
    json.begin_array();
    for row in rows {
        json.begin_object();
        for (name, text) in [
            ("series_id", row.series_id.as_str()),
            ("chart", &row.chart),
            ("region", &row.region),
            ("metric", row.metric),
            ("date", &row.date),
        ] {
            json.key(name);
            json.string(text);
        }
        json.key("value");
        json.number(row.value);
        json.key("source_title");
        json.string(&row.source_title);
        json.key("source_url");
        json.string(&row.source_url);
        json.end_object();
    }
    json.end_array();
    json.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(value: f64) -> ExportRow {
        ExportRow {
            series_id: "a.b".into(),
            chart: "=cmd \"quoted\"".into(),
            region: "us".into(),
            metric: "streams",
            date: "2022-06-03".into(),
            value,
            source_title: "S".into(),
            source_url: String::new(),
        }
    }

    #[test]
    fn rows_round_trip_through_json() {
        let parsed: serde_json::Value =
            serde_json::from_str(&to_json(&[row(1_234_567.0), row(2.5)])).unwrap();
        assert_eq!(parsed[0]["value"], 1_234_567);
        assert_eq!(parsed[1]["value"], 2.5);
        assert_eq!(
            parsed[0]["chart"], "=cmd \"quoted\"",
            "JSON keeps text exact"
        );
        assert_eq!(parsed[0]["metric"], "streams");
        assert_eq!(parsed[0]["source_url"], "");
        let keys: Vec<&String> = parsed[0].as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 8, "every column: {keys:?}");
    }

    #[test]
    fn rows_are_indented_one_member_a_line() {
        let text = to_json(&[row(3.0)]);
        assert!(
            text.starts_with("[\n  {\n    \"series_id\": \"a.b\",\n"),
            "{text}"
        );
        assert!(text.contains("\n    \"value\": 3,\n"), "{text}");
        assert!(text.ends_with("  }\n]\n"), "{text}");
        assert_eq!(to_json(&[]), "[]\n");
    }
}
