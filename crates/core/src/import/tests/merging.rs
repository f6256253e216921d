//! Merging imported series into a copy of the bundled dataset.

use super::*;
use crate::model::{Frequency, Series};
use crate::validate::{validate_dataset, validate_series_file};

fn bundled() -> crate::Dataset {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/index.json"
    ))
    .unwrap();
    crate::parse_dataset(&bytes).unwrap()
}

const DAILY_AND_WEEKLY: &str = "date,song,metric,value\n\
    2024-01-01,My Song,streams,100\n2024-01-02,My Song,streams,120\n2024-01-03,My Song,streams,90\n\
    2024-01-01,My Song,rank,40\n2024-01-08,My Song,rank,12\n\
    2024-01-01,my song!,rank,3\n2024-01-01,東京,rank,5\n";

#[test]
fn import_merge_adds_songs_and_series_that_validate() {
    let dataset = bundled();
    let before = dataset.clone();
    let data = import("Team export.csv", DAILY_AND_WEEKLY).unwrap();
    let (merged, files) = merge_into(&dataset, &data);
    assert_eq!(
        dataset, before,
        "the bundled data are borrowed, not changed"
    );
    validate_dataset(&merged).unwrap();
    for file in &files {
        validate_series_file(file, &merged).unwrap();
    }
    assert_eq!(merged.shows.len(), before.shows.len());
    assert_eq!(merged.songs.len(), before.songs.len() + 3);
    assert_eq!(merged.series.len(), before.series.len() + 4);
    assert_eq!(merged.sources.len(), before.sources.len() + 1);
    let new_ids: Vec<&str> = merged.songs[before.songs.len()..]
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        new_ids,
        ["import-my-song", "import-my-song-2", "import-series"]
    );
    // The ids a `data=` link lists without merging are the merge's own.
    let with_points: Vec<&str> = files
        .iter()
        .filter(|file| !file.series.is_empty())
        .map(|file| file.song.as_str())
        .collect();
    assert_eq!(imported_song_ids(&dataset, &data), with_points);
    assert_eq!(imported_song_ids(&merged, &data)[0], "import-my-song-3");
    let imported: Vec<&Series> = merged.series.iter().filter(|s| is_imported(s)).collect();
    let summary: Vec<(&str, Frequency, Metric, u32)> = imported
        .iter()
        .map(|s| (s.id.as_str(), s.frequency, s.metric, s.count))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "import-my-song.import-streams",
                Frequency::Daily,
                Metric::Streams,
                3
            ),
            (
                "import-my-song.import-rank",
                Frequency::Weekly,
                Metric::Rank,
                2
            ),
            (
                "import-my-song-2.import-rank",
                Frequency::Daily,
                Metric::Rank,
                1
            ),
            (
                "import-series.import-rank",
                Frequency::Daily,
                Metric::Rank,
                1
            ),
        ]
    );
    let first = imported[0];
    assert_eq!(
        (
            first.chart_title.as_str(),
            first.region.as_str(),
            first.chart_size,
            first.source.as_str()
        ),
        ("Team export.csv", "—", None, IMPORT_SOURCE_ID)
    );
    let source = merged.source(IMPORT_SOURCE_ID).unwrap();
    assert_eq!(
        (source.title.as_str(), source.licence.as_str()),
        ("Team export.csv", "your own data")
    );
    let song = merged.song("import-my-song").unwrap();
    assert_eq!(
        (song.title.as_str(), song.artist.as_str()),
        ("My Song", IMPORT_ARTIST)
    );
    assert!(song.links.is_empty());
    assert_eq!(files.len(), 3);
    assert_eq!(files[0].series.len(), 2);
    assert_eq!(files[0].series[0].points[1].date, day("2024-01-02"));
    assert!(!before.series.iter().any(is_imported));
}

#[test]
fn import_merge_twice_keeps_ids_unique() {
    let data = import("a.csv", DAILY_AND_WEEKLY).unwrap();
    let (once, _) = merge_into(&bundled(), &data);
    let (twice, files) = merge_into(&once, &data);
    validate_dataset(&twice).unwrap();
    for file in &files {
        validate_series_file(file, &twice).unwrap();
    }
    assert!(twice.source("import-2").is_some());
    assert!(twice.song("import-my-song-3").is_some());
}

#[test]
fn import_merge_shortens_long_names_to_valid_ids() {
    let name = "word ".repeat(400);
    let data = import("l.csv", &format!("date,song,rank\n2024-01-01,{name},1\n")).unwrap();
    let (merged, files) = merge_into(&bundled(), &data);
    validate_dataset(&merged).unwrap();
    validate_series_file(&files[0], &merged).unwrap();
    assert!(files[0].song.len() <= 90, "{}", files[0].song);
}

#[test]
fn import_markers_become_releases_of_the_imported_songs_only() {
    let dataset = bundled();
    let mut data = import("Team export.csv", DAILY_AND_WEEKLY).unwrap();
    data.markers = vec![
        UserMarker::new("2024-01-02", "Season 2").unwrap(),
        UserMarker::new("2023-12-30", "Trailer").unwrap(),
        UserMarker::new("2024-01-02", "Season 2").unwrap(),
    ];
    let (merged, files) = merge_into(&dataset, &data);
    validate_dataset(&merged).unwrap();
    let marker_shows: Vec<(&str, &str, String)> = merged
        .shows
        .iter()
        .filter(|show| is_imported_show(show))
        .map(|show| {
            (
                show.id.as_str(),
                show.title.as_str(),
                show.seasons[0].release_date.to_string(),
            )
        })
        .collect();
    assert_eq!(
        marker_shows,
        [
            ("import-marker", "Trailer", "2023-12-30".to_owned()),
            ("import-marker-2", "Season 2", "2024-01-02".to_owned()),
        ],
        "sorted by date, the repeated marker once"
    );
    assert!(!dataset.shows.iter().any(is_imported_show));
    let song = files[0].song.as_str();
    let markers = crate::chart::markers_for_songs(&merged, &[song]);
    let drawn: Vec<(String, &str)> = markers
        .iter()
        .map(|m| (m.date.to_string(), m.label.as_str()))
        .collect();
    assert_eq!(
        drawn,
        [
            ("2023-12-30".to_owned(), "Trailer (your marker)"),
            ("2024-01-02".to_owned(), "Season 2 (your marker)"),
        ]
    );
    let bundled_song = dataset.songs[0].id.as_str();
    assert_eq!(
        crate::chart::markers_for_songs(&merged, &[bundled_song]),
        crate::chart::markers_for_songs(&dataset, &[bundled_song]),
        "a bundled song keeps its own markers"
    );
    let rows = crate::table::comparison_rows(&merged);
    assert_eq!(
        rows.len(),
        dataset.shows.len(),
        "markers are not table rows"
    );
}

#[test]
fn import_markers_without_series_add_nothing() {
    let dataset = bundled();
    let data = ImportedData {
        file_name: "empty.json".to_owned(),
        markers: vec![UserMarker::new("2024-01-02", "S2").unwrap()],
        ..ImportedData::default()
    };
    let (merged, _) = merge_into(&dataset, &data);
    assert_eq!(merged.shows, dataset.shows);
    assert_eq!(merged.show_songs, dataset.show_songs);
}
