//! JSON of the data in view: an array of rows with the CSV's columns.

use super::rows::ExportRow;

/// The rows as a pretty-printed JSON array (values as JSON numbers).
pub fn to_json(rows: &[ExportRow]) -> String {
    // Serialising plain strings and finite numbers cannot fail; an empty
    // array is the honest answer should it ever.
    let mut text = serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_through_json() {
        let rows = vec![ExportRow {
            series_id: "a.b".into(),
            chart: "=cmd".into(),
            region: "us".into(),
            metric: "streams",
            date: "2022-06-03".into(),
            value: 1_234_567.0,
            source_title: "S".into(),
            source_url: String::new(),
        }];
        let parsed: serde_json::Value = serde_json::from_str(&to_json(&rows)).unwrap();
        assert_eq!(parsed[0]["value"], 1_234_567.0);
        assert_eq!(parsed[0]["chart"], "=cmd", "JSON keeps text exact");
        assert_eq!(parsed[0]["metric"], "streams");
    }
}
