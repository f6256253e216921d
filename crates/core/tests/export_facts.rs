//! Exports of real charts from the committed data: the rows in view, their
//! CSV, the file name and the standalone SVG document.

#[path = "support/bundled.rs"]
mod bundled;

use needledrop_core::chart::{
    build_chart_spec, Align, ChartQuery, ChartRequest, ChartSpec, ChartTheme, LoadedPoints,
};
use needledrop_core::export::{
    chart_sources, chart_svg_document, chart_title, export_file_name, rows_in_view, source_line,
    to_csv, SvgCaption,
};
use needledrop_core::Dataset;

const RUTH: &str = "running-up-that-hill-kate-bush";

fn spec_for(dataset: &Dataset, query_text: &str) -> ChartSpec {
    let files = bundled::series_files(dataset, &[RUTH]);
    let points = LoadedPoints::from_files(&files);
    let pairs: Vec<(&str, &str)> = query_text
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .collect();
    let (query, notices) = ChartQuery::from_pairs(pairs);
    assert!(notices.is_empty(), "{notices:?}");
    let songs = vec![RUTH.to_owned()];
    build_chart_spec(
        dataset,
        &points,
        ChartRequest::new(&songs, &query, Align::Calendar),
    )
}

#[test]
fn the_rows_are_exactly_the_points_in_the_visible_range() {
    let dataset = bundled::dataset();
    let spec = spec_for(
        &dataset,
        "series=billboard-hot-100&from=2022-05-01&to=2022-12-31",
    );
    let rows = rows_in_view(&dataset, &spec);
    let files = bundled::series_files(&dataset, &[RUTH]);
    let expected: Vec<(String, f64)> = files[0]
        .series
        .iter()
        .find(|series| series.id == format!("{RUTH}.billboard-hot-100"))
        .expect("the Hot 100 series")
        .points
        .iter()
        .filter(|p| {
            let date = p.date.to_string();
            date.as_str() >= "2022-05-01" && date.as_str() <= "2022-12-31"
        })
        .map(|p| (p.date.to_string(), p.value))
        .collect();
    let got: Vec<(String, f64)> = rows.iter().map(|r| (r.date.clone(), r.value)).collect();
    assert!(!expected.is_empty());
    assert_eq!(got, expected);
    assert!(rows
        .iter()
        .all(|r| r.metric == "rank" && r.chart == "Billboard Hot 100"));
    assert!(rows.iter().all(|r| !r.source_title.is_empty()));
    let csv = to_csv(&rows);
    assert_eq!(csv.lines().count(), expected.len() + 1);
    assert_eq!(
        export_file_name(&spec, "csv"),
        "running-up-that-hill-kate-bush_billboard-hot-100_2022-05-01_2022-12-31.csv"
    );
}

#[test]
fn event_time_names_day_offsets_and_every_series_is_all_series() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, "align=release&from=-14&to=60");
    let name = export_file_name(&spec, "svg");
    assert_eq!(name, format!("{RUTH}_all-series_day-14_day60.svg"));
}

#[test]
fn the_svg_document_has_the_title_the_series_label_and_the_source() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, "series=billboard-hot-100");
    let title = chart_title(&dataset, &[RUTH.to_owned()]);
    assert_eq!(title, "Running Up That Hill (A Deal With God) — Kate Bush");
    let source = source_line(&dataset, &spec);
    assert!(source.starts_with("Source: "), "{source}");
    assert_eq!(chart_sources(&dataset, &spec).len(), 1);
    let caption = SvgCaption {
        title: &title,
        source_line: &source,
    };
    let svg = chart_svg_document(&spec, &ChartTheme::light(), caption, (800, 400));
    assert_eq!(
        svg,
        chart_svg_document(&spec, &ChartTheme::light(), caption, (800, 400)),
        "deterministic"
    );
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\"")
    );
    assert!(svg.contains(">Running Up That Hill (A Deal With God) — Kate Bush</text>"));
    assert!(
        svg.contains("Billboard Hot 100"),
        "the series label is drawn"
    );
    assert!(svg.contains(&source.replace('&', "&amp;")));
    assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
}
