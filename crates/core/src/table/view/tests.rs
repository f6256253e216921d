use super::*;
use crate::table::BestPeak;
use crate::Date;

fn row(
    id: &str,
    genres: &[&str],
    peak: Option<u32>,
    songs: usize,
    best: Option<u32>,
) -> ComparisonRow {
    ComparisonRow {
        show_id: id.into(),
        title: id.replace('-', " "),
        genres: genres.iter().map(|g| g.to_string()).collect(),
        figures: peak.map(|peak_position| crate::model::ComparisonFigures {
            music_genre: genres.join(" / "),
            peak_position,
            peak_chart: "Chart".into(),
            notable_artists: vec![format!("{id} artist")],
            fan_engagement: "fans".into(),
            source: "article".into(),
        }),
        charting_songs: Some(songs),
        best_peak: best.map(|rank| BestPeak {
            song: "s".into(),
            song_title: "S".into(),
            artist: "A".into(),
            series: "s.chart".into(),
            chart_title: "Chart".into(),
            rank,
            date: Date::from_ymd(2022, 7, 30).unwrap(),
            entry_date: Date::from_ymd(2022, 6, 11).unwrap(),
            source: "src".into(),
            fan_edits_only: false,
        }),
        lift: None,
        songs: vec![RowSong {
            id: format!("{id}-song"),
            title: "Kickstart My Heart".into(),
            artist: "Mötley Crüe".into(),
            folded: fold_for_search("Kickstart My Heart\nMötley Crüe"),
        }],
        haystack: fold_for_search(&format!("{id}\n{}\nMötley Crüe", genres.join("\n"))),
    }
}

fn ids(rows: &[&ComparisonRow]) -> Vec<String> {
    rows.iter().map(|r| r.show_id.clone()).collect()
}

/// The ids of `rows` sorted by `column` in `direction`, nothing filtered.
fn sorted_ids(rows: &[ComparisonRow], column: Column, direction: Direction) -> Vec<String> {
    let query = TableQuery {
        sort: Some((column, direction)),
        ..Default::default()
    };
    ids(&visible_rows(rows, &query))
}

fn sample() -> Vec<ComparisonRow> {
    vec![
        row(
            "stranger-things",
            &["Synthwave", "80s Pop"],
            Some(10),
            30,
            Some(3),
        ),
        row("bridgerton", &["Classical Covers of Pop"], Some(5), 0, None),
        row("wednesday", &[], None, 1, Some(41)),
        row("arcane", &[], None, 1, Some(5)),
        row("dark", &[], None, 0, None),
    ]
}

#[test]
fn no_query_keeps_dataset_order() {
    let rows = sample();
    assert_eq!(
        ids(&visible_rows(&rows, &TableQuery::default())),
        vec![
            "stranger-things",
            "bridgerton",
            "wednesday",
            "arcane",
            "dark"
        ]
    );
}

#[test]
fn sorts_numbers_with_gaps_last_in_both_directions() {
    let rows = sample();
    assert_eq!(
        sorted_ids(&rows, Column::Best, Direction::Ascending),
        vec![
            "stranger-things",
            "arcane",
            "wednesday",
            "bridgerton",
            "dark"
        ]
    );
    assert_eq!(
        sorted_ids(&rows, Column::Best, Direction::Descending),
        vec![
            "wednesday",
            "arcane",
            "stranger-things",
            "bridgerton",
            "dark"
        ]
    );
    assert_eq!(
        sorted_ids(&rows, Column::Peak, Direction::Ascending),
        vec![
            "bridgerton",
            "stranger-things",
            "wednesday",
            "arcane",
            "dark"
        ]
    );
}

#[test]
fn sorting_is_stable_for_ties() {
    let rows = sample();
    // wednesday and arcane both have 1 song; bridgerton and dark both 0: dataset order kept.
    assert_eq!(
        sorted_ids(&rows, Column::Songs, Direction::Descending),
        vec![
            "stranger-things",
            "wednesday",
            "arcane",
            "bridgerton",
            "dark"
        ]
    );
}

#[test]
fn sorts_titles_alphabetically_ignoring_case() {
    let rows = sample();
    assert_eq!(
        sorted_ids(&rows, Column::Show, Direction::Ascending),
        vec![
            "arcane",
            "bridgerton",
            "dark",
            "stranger-things",
            "wednesday"
        ]
    );
}

#[test]
fn sorts_text_columns_by_folded_words_with_gaps_last_in_both_directions() {
    let mut rows = sample();
    // Unfolded, "É" would sort after every ASCII letter.
    rows.push(row("elite", &["Électro"], Some(7), 0, None));
    assert_eq!(
        sorted_ids(&rows, Column::Genre, Direction::Ascending),
        vec![
            "bridgerton",
            "elite",
            "stranger-things",
            "wednesday",
            "arcane",
            "dark"
        ]
    );
    assert_eq!(
        sorted_ids(&rows, Column::Genre, Direction::Descending),
        vec![
            "stranger-things",
            "elite",
            "bridgerton",
            "wednesday",
            "arcane",
            "dark"
        ]
    );
}

#[test]
fn filters_by_genre_case_insensitively() {
    let rows = sample();
    let query = TableQuery {
        genre: Some("synthwave".into()),
        ..Default::default()
    };
    assert_eq!(ids(&visible_rows(&rows, &query)), vec!["stranger-things"]);
    let query = TableQuery {
        genre: Some("Polka".into()),
        ..Default::default()
    };
    assert!(visible_rows(&rows, &query).is_empty());
}

#[test]
fn search_needs_every_term_and_ignores_accents() {
    let rows = sample();
    let query = TableQuery {
        search: "STRANGER  motley".into(),
        ..Default::default()
    };
    assert_eq!(ids(&visible_rows(&rows, &query)), vec!["stranger-things"]);
    let query = TableQuery {
        search: "crüe".into(),
        ..Default::default()
    };
    assert_eq!(visible_rows(&rows, &query).len(), 5);
    let query = TableQuery {
        search: "stranger bridgerton".into(),
        ..Default::default()
    };
    assert!(visible_rows(&rows, &query).is_empty());
}

#[test]
fn lists_each_genre_once_sorted() {
    let rows = sample();
    assert_eq!(
        genre_options(&rows),
        vec!["80s Pop", "Classical Covers of Pop", "Synthwave"]
    );
}

#[test]
fn the_songs_a_search_finds_are_those_holding_every_term() {
    let rows = sample();
    let titles = |search: &str| -> Vec<String> {
        matching_songs(&rows[0].songs, &search_terms(search))
            .into_iter()
            .map(|song| song.title.clone())
            .collect()
    };
    assert_eq!(titles("motley"), vec!["Kickstart My Heart"]);
    assert_eq!(titles("KICKSTART crüe"), vec!["Kickstart My Heart"]);
    // The show's own title is not in a song: the row matches, no song does.
    assert!(titles("stranger").is_empty());
    assert!(titles("kickstart stranger").is_empty());
    assert!(titles("").is_empty());
    assert!(titles("   ").is_empty());
}

#[test]
fn a_show_with_no_known_songs_sorts_after_every_count_both_ways() {
    let mut rows = sample();
    rows[1].charting_songs = None; // bridgerton: no songs listed
    for direction in [Direction::Ascending, Direction::Descending] {
        let order = sorted_ids(&rows, Column::Songs, direction);
        assert_eq!(
            order.last().map(String::as_str),
            Some("bridgerton"),
            "{direction:?}"
        );
    }
    assert_eq!(
        sorted_ids(&rows, Column::Songs, Direction::Ascending)[0],
        "dark",
        "a measured zero sorts first"
    );
}
