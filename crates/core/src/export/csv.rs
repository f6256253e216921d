//! CSV of the data in view (RFC 4180), safe to open in a spreadsheet.
//!
//! Text cells that a spreadsheet would run as a formula (starting with
//! `= + - @`, tab or carriage return) get a leading apostrophe; numbers are
//! written as they are. Cells with commas, quotes or line breaks are quoted.

use super::rows::ExportRow;

/// The header row, in column order.
pub const CSV_COLUMNS: [&str; 8] = [
    "series_id",
    "chart",
    "region",
    "metric",
    "date",
    "value",
    "source_title",
    "source_url",
];

/// A text cell a spreadsheet cannot mistake for a formula.
pub fn neutralise_formula(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// A cell, quoted when it holds a comma, quote or line break.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// The rows as CSV with a header, lines ending in CRLF.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for row in rows {
        let text = |cell: &str| quoted(&neutralise_formula(cell));
        let cells = [
            text(&row.series_id),
            text(&row.chart),
            text(&row.region),
            text(row.metric),
            text(&row.date),
            // A number is never a formula: written as is (`3`, `1523.5`).
            row.value.to_string(),
            text(&row.source_title),
            text(&row.source_url),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(chart: &str, value: f64) -> ExportRow {
        ExportRow {
            series_id: "song.chart".into(),
            chart: chart.into(),
            region: "us".into(),
            metric: "rank",
            date: "2022-06-03".into(),
            value,
            source_title: "Archive".into(),
            source_url: "https://example.org/a".into(),
        }
    }

    #[test]
    fn formula_starts_are_neutralised_in_text_cells_only() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            let text = format!("{start}SUM(A1)");
            assert_eq!(neutralise_formula(&text), format!("'{text}"));
        }
        assert_eq!(neutralise_formula("Hot 100"), "Hot 100");
        assert_eq!(neutralise_formula(""), "");
        let csv = to_csv(&[row("=HYPERLINK(\"http://x\",\"y\")", -3.0)]);
        let line = csv.lines().nth(1).unwrap_or_default();
        assert!(
            line.contains(r#""'=HYPERLINK(""http://x"",""y"")""#),
            "{line}"
        );
        assert!(
            line.contains(",-3,"),
            "negative numbers stay numbers: {line}"
        );
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        let csv = to_csv(&[row("Hot 100, \"US\"\nweekly", 1523.5)]);
        assert!(
            csv.starts_with("series_id,chart,region,metric,date,value,source_title,source_url\r\n")
        );
        assert!(csv.contains("\"Hot 100, \"\"US\"\"\nweekly\""), "{csv}");
        assert!(csv.contains(",1523.5,"));
        assert!(csv.ends_with("https://example.org/a\r\n"));
    }

    #[test]
    fn whole_values_have_no_fraction() {
        let csv = to_csv(&[row("Hot 100", 3.0)]);
        assert!(csv.contains(",2022-06-03,3,Archive,"), "{csv}");
    }
}
