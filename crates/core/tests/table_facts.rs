//! The comparison table built from the committed dataset, checked against
//! facts straight from the chart files.

use needledrop_core::parse_dataset;
use needledrop_core::table::{
    comparison_rows, matching_songs, search_terms, visible_rows, Column, ComparisonRow, Direction,
    TableQuery,
};

fn rows() -> Vec<ComparisonRow> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/index.json"
    ))
    .expect("public/data/index.json is committed");
    comparison_rows(&parse_dataset(&bytes).expect("the bundled dataset is valid"))
}

fn row<'a>(rows: &'a [ComparisonRow], id: &str) -> &'a ComparisonRow {
    rows.iter()
        .find(|row| row.show_id == id)
        .expect("the show is in the table")
}

#[test]
fn stranger_things_best_peak_is_running_up_that_hill_at_no_1_on_hot_rock() {
    let rows = rows();
    let stranger = row(&rows, "stranger-things");
    let best = stranger
        .best_peak
        .as_ref()
        .expect("Stranger Things songs charted");
    assert_eq!(best.song, "running-up-that-hill-kate-bush");
    assert_eq!(best.rank, 1);
    assert_eq!(best.date.to_string(), "2022-06-18");
    assert_eq!(best.chart_title, "Billboard Hot Rock & Alternative Songs");
    assert!(!best.fan_edits_only);
    // Master of Puppets, Running Up That Hill, Separate Ways (and its remix), Should I Stay or Should I Go.
    assert_eq!(stranger.charting_songs, Some(5));
}

#[test]
fn wednesday_best_peak_is_a_fan_edit_song() {
    let rows = rows();
    let best = row(&rows, "wednesday")
        .best_peak
        .as_ref()
        .expect("Bloody Mary charted");
    assert_eq!(best.song, "bloody-mary-lady-gaga");
    assert_eq!(
        (best.rank, best.date.to_string().as_str()),
        (10, "2023-04-15")
    );
    assert!(best.fan_edits_only, "Bloody Mary is not in Wednesday");
}

#[test]
fn shows_without_chart_data_have_gaps_not_zeros() {
    let rows = rows();
    let dark = row(&rows, "dark");
    // Our sources list none of Dark's songs: unknown, not zero.
    assert_eq!(dark.charting_songs, None);
    // Bridgerton's six listed songs never charted: a measured zero.
    assert_eq!(row(&rows, "bridgerton").charting_songs, Some(0));
    assert!(dark.best_peak.is_none());
    assert!(dark.figures.is_none());
}

#[test]
fn sorting_the_real_table_by_article_peak_puts_bridgerton_first_and_gaps_last() {
    let rows = rows();
    let query = TableQuery {
        sort: Some((Column::Peak, Direction::Ascending)),
        ..Default::default()
    };
    let order: Vec<&str> = visible_rows(&rows, &query)
        .iter()
        .map(|r| r.show_id.as_str())
        .collect();
    assert_eq!(
        &order[..5],
        &[
            "bridgerton",
            "stranger-things",
            "13-reasons-why",
            "money-heist",
            "the-queens-gambit"
        ]
    );
    assert!(visible_rows(&rows, &query)[5..]
        .iter()
        .all(|r| r.figures.is_none()));
}

#[test]
fn searching_a_song_title_finds_its_show() {
    let rows = rows();
    let query = TableQuery {
        search: "master of puppets".into(),
        ..Default::default()
    };
    let found: Vec<&str> = visible_rows(&rows, &query)
        .iter()
        .map(|r| r.show_id.as_str())
        .collect();
    assert_eq!(found, vec!["stranger-things"]);
    let query = TableQuery {
        search: "vitamin string".into(),
        ..Default::default()
    };
    let found: Vec<&str> = visible_rows(&rows, &query)
        .iter()
        .map(|r| r.show_id.as_str())
        .collect();
    assert_eq!(found, vec!["bridgerton"]);
}

#[test]
fn the_biggest_lift_column_is_running_up_that_hills_climb_from_off_the_chart() {
    let rows = rows();
    let lift = row(&rows, "stranger-things")
        .lift
        .as_ref()
        .expect("a measured lift");
    assert_eq!(lift.song, "running-up-that-hill-kate-bush");
    assert_eq!(lift.measure.places_gained(), Some(98.0));
    assert_eq!(
        lift.measure.to_string(),
        "+98 places (off the chart to No. 3)"
    );
    let query = TableQuery {
        sort: Some((Column::Lift, Direction::Descending)),
        ..Default::default()
    };
    let order: Vec<&str> = visible_rows(&rows, &query)
        .iter()
        .map(|r| r.show_id.as_str())
        .collect();
    // Hot 100: Stranger Things +98 (to No. 3), Arcane +96 (to No. 5), Wednesday +60 (to No. 41);
    // The Night We Met climbed from below the Spotify Top 200 to No. 43 (+158).
    assert_eq!(
        &order[..4],
        &["13-reasons-why", "stranger-things", "arcane", "wednesday"]
    );
    assert!(row(&rows, "dark").lift.is_none());
}

#[test]
fn a_search_for_an_artist_finds_the_show_and_names_the_song() {
    let rows = rows();
    let query = TableQuery {
        search: "kate bush".into(),
        ..Default::default()
    };
    let found = visible_rows(&rows, &query);
    let ids: Vec<&str> = found.iter().map(|row| row.show_id.as_str()).collect();
    assert_eq!(ids, vec!["stranger-things"]);
    let songs: Vec<&str> = matching_songs(&found[0].songs, &search_terms(&query.search))
        .into_iter()
        .map(|song| song.id.as_str())
        .collect();
    assert_eq!(songs, vec!["running-up-that-hill-kate-bush"]);
    // A song tied to several seasons is listed once.
    let clash: Vec<&str> = matching_songs(
        &row(&rows, "stranger-things").songs,
        &search_terms("should i stay"),
    )
    .into_iter()
    .map(|song| song.title.as_str())
    .collect();
    assert_eq!(clash, vec!["Should I Stay or Should I Go"]);
}
