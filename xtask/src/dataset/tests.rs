//! Tests of the dataset build: determinism, the committed files, and
//! cross-checks against the curated extracts of the same sources.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use needledrop_core::model::{Metric, Series, SeriesPoints};
use needledrop_core::Date;

use super::assemble::{build, BuiltDataset};
use super::output::{differences, render};
use super::shows::season_key;
use super::source_table::SourceTable;

fn built() -> &'static BuiltDataset {
    static BUILT: OnceLock<BuiltDataset> = OnceLock::new();
    BUILT.get_or_init(|| build(&crate::root()).unwrap())
}

fn curated(name: &str) -> SourceTable {
    SourceTable::read(&crate::root(), &format!("data/sources/curated/{name}")).unwrap()
}

fn points_of(id: &str) -> &'static [needledrop_core::model::Point] {
    let all: Vec<&SeriesPoints> = built()
        .series_files
        .iter()
        .flat_map(|f| f.series.iter())
        .collect();
    all.into_iter()
        .find(|s| s.id == id)
        .map(|s| s.points.as_slice())
        .unwrap_or_else(|| panic!("no series {id}"))
}

/// The series of the song printed as `title` by `artist` on `chart`.
fn series_for(title: &str, artist: &str, chart: &str, metric: Metric) -> &'static Series {
    let identity = needledrop_core::normalize::SongIdentity::new(title, artist);
    let dataset = &built().dataset;
    let song = dataset
        .songs
        .iter()
        .find(|song| {
            song.key == identity.key()
                || needledrop_core::normalize::SongIdentity::new(&song.title, &song.artist)
                    .matches(&identity)
        })
        .unwrap_or_else(|| panic!("no song {title} by {artist}"));
    dataset
        .series
        .iter()
        .find(|s| s.song == song.id && s.chart == chart && s.metric == metric)
        .unwrap_or_else(|| panic!("no {chart} series for {}", song.id))
}

#[test]
fn a_rebuild_is_byte_identical() {
    let again = build(&crate::root()).unwrap();
    assert!(render(built()).unwrap() == render(&again).unwrap());
}

#[test]
fn the_committed_files_equal_a_fresh_build() {
    let files = render(built()).unwrap();
    let found = differences(&crate::root(), &files).unwrap();
    assert!(
        found.is_empty(),
        "run `cargo xtask dataset`:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_first_load_stays_under_100_kb_gzip() {
    use std::io::Write;
    let files = render(built()).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&files["index.json"]).unwrap();
    let size = encoder.finish().unwrap().len();
    assert!(size <= 100 * 1024, "index.json is {size} bytes gzipped");
}

/// The chart slug of a `chart` cell of `chart_peaks_summary.csv`.
fn summary_chart(chart: &str) -> String {
    match chart {
        "Spotify Top 200 daily (source S1)" => "spotify-us-daily".to_owned(),
        "Spotify Top 200 daily (source S2)" => "spotify-global-daily".to_owned(),
        other => {
            let title = other
                .trim_start_matches("Billboard ")
                .trim_end_matches(" (weekly)");
            let dataset = &built().dataset;
            dataset
                .series
                .iter()
                .find(|s| s.chart_title == format!("Billboard {title}"))
                .map(|s| s.chart.clone())
                .unwrap_or_else(|| panic!("unknown chart {other}"))
        }
    }
}

#[test]
fn peaks_agree_with_the_curated_summary_over_the_same_window() {
    let table = curated("chart_peaks_summary.csv");
    let mut checked = 0;
    for row in table.rows() {
        let chart = summary_chart(row.text("chart").unwrap());
        let rank = series_for(
            row.text("song").unwrap(),
            row.text("artist").unwrap(),
            &chart,
            Metric::Rank,
        );
        let first = row.date("first_entry_in_extract").unwrap();
        let last = row.date("last_entry_in_extract").unwrap();
        let window: Vec<_> = points_of(&rank.id)
            .iter()
            .filter(|p| p.date >= first && p.date <= last)
            .collect();
        assert_eq!(
            window.len(),
            row.number_in::<usize>("entries_in_extract").unwrap(),
            "{}",
            row.place()
        );
        let best = window.iter().map(|p| p.value).fold(f64::INFINITY, f64::min);
        let best_date = window.iter().find(|p| p.value == best).unwrap().date;
        assert_eq!(
            best,
            row.number_in::<f64>("best_rank_in_extract").unwrap(),
            "{}",
            row.place()
        );
        assert_eq!(
            best_date,
            row.date("first_date_at_best_rank").unwrap(),
            "{}",
            row.place()
        );
        if let Some(most) = row
            .optional_number::<f64>("max_streams_in_extract")
            .unwrap()
        {
            let streams = series_for(
                row.text("song").unwrap(),
                row.text("artist").unwrap(),
                &chart,
                Metric::Streams,
            );
            let window: Vec<_> = points_of(&streams.id)
                .iter()
                .filter(|p| p.date >= first && p.date <= last)
                .collect();
            let top = window.iter().map(|p| p.value).fold(0.0, f64::max);
            assert_eq!(top, most, "{}", row.place());
            assert_eq!(
                window.iter().find(|p| p.value == top).unwrap().date,
                row.date("date_of_max_streams").unwrap()
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 29);
}

/// Asserts that the series of the song in `row` on `chart` has `column`'s value on `date`.
fn assert_row_in_series(
    row: &super::source_table::Row<'_>,
    title_column: &str,
    chart: &str,
    metric: Metric,
    date: Date,
    column: &str,
) {
    let series = series_for(
        row.text(title_column).unwrap(),
        row.text("artist").unwrap(),
        chart,
        metric,
    );
    let point = points_of(&series.id)
        .iter()
        .find(|p| p.date == date)
        .unwrap_or_else(|| panic!("{} missing", row.place()));
    assert_eq!(
        point.value,
        row.number_in::<f64>(column).unwrap(),
        "{}",
        row.place()
    );
}

#[test]
fn every_row_of_the_curated_extracts_is_in_a_series() {
    let hot_100 = curated("billboard_hot100_weekly_netflix_songs.csv");
    for row in hot_100.rows() {
        let date = row.date("chart_date").unwrap();
        assert_row_in_series(
            &row,
            "song",
            "billboard-hot-100",
            Metric::Rank,
            date,
            "this_week",
        );
    }
    let spotify = curated("spotify_daily_top200_netflix_songs.csv");
    for row in spotify.rows() {
        let chart = format!("spotify-{}-daily", row.text("region").unwrap());
        let date = row.date("date").unwrap();
        assert_row_in_series(&row, "track", &chart, Metric::Rank, date, "rank");
        assert_row_in_series(&row, "track", &chart, Metric::Streams, date, "streams");
    }
}

#[test]
fn the_built_index_follows_the_json_schema() {
    let schema: serde_json::Value =
        serde_json::from_slice(&std::fs::read(crate::root().join("docs/schema.v1.json")).unwrap())
            .unwrap();
    let files = render(built()).unwrap();
    let index: serde_json::Value = serde_json::from_slice(&files["index.json"]).unwrap();
    let problems = super::schema_check::check(&schema, "#/$defs/index", &index);
    assert!(problems.is_empty(), "{problems:#?}");
    for file in &built().series_files {
        let value = serde_json::to_value(file).unwrap();
        let problems = super::schema_check::check(&schema, "#/$defs/series_file", &value);
        assert!(problems.is_empty(), "{problems:#?}");
    }
    let context = serde_json::to_value(&built().context).unwrap();
    assert!(super::schema_check::check(&schema, "#/$defs/chart_context", &context).is_empty());
    let mut broken = index.clone();
    broken["shows"][0].as_object_mut().unwrap().remove("title");
    broken["songs"][0]["links"] = serde_json::json!("not a list");
    assert_eq!(
        super::schema_check::check(&schema, "#/$defs/index", &broken).len(),
        2,
        "the check can fail"
    );
}

#[test]
fn an_impossible_date_in_a_source_names_file_row_and_column() {
    let table = SourceTable::parse(
        "data/sources/curated/example.csv",
        "show,netflix_release_date\nDark,2017-12-01\nDark,2024-02-30\n",
    )
    .unwrap();
    let rows: Vec<_> = table.rows().collect();
    assert!(rows[0].date("netflix_release_date").is_ok());
    let message = rows[1]
        .date("netflix_release_date")
        .unwrap_err()
        .to_string();
    assert_eq!(message, "data/sources/curated/example.csv, row 2, column netflix_release_date: \"2024-02-30\" is not a real calendar date");
    let message = rows[1].number_in::<u32>("show").unwrap_err().to_string();
    assert_eq!(
        message,
        "data/sources/curated/example.csv, row 2, column show: \"Dark\" is not a u32"
    );
    assert!(table
        .require(&["season"])
        .unwrap_err()
        .to_string()
        .contains("has no column \"season\""));
}

#[test]
fn season_keys_follow_the_labels() {
    let keys: BTreeMap<&str, (String, Option<u32>)> = [
        "1",
        "4 (volume 1: episodes 1-7)",
        "4 (volume 2: episodes 8-9)",
        "1 (limited series)",
        "Parts 1-2 (Netflix worldwide)",
        "1 (act 1)",
    ]
    .into_iter()
    .map(|label| (label, season_key(label)))
    .collect();
    assert_eq!(keys["1"], ("1".to_owned(), Some(1)));
    assert_eq!(
        keys["4 (volume 1: episodes 1-7)"],
        ("4-volume-1".to_owned(), Some(4))
    );
    assert_eq!(
        keys["4 (volume 2: episodes 8-9)"],
        ("4-volume-2".to_owned(), Some(4))
    );
    assert_eq!(keys["1 (limited series)"], ("1".to_owned(), Some(1)));
    assert_eq!(
        keys["Parts 1-2 (Netflix worldwide)"],
        ("parts-1-2".to_owned(), None)
    );
    assert_eq!(keys["1 (act 1)"], ("1-act-1".to_owned(), Some(1)));
}
