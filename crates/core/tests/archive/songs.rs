//! Archive songs as chartable songs of a dataset copy: the whole history
//! from the source rows, the release markers of a matched bundled song,
//! and the chart opening on the whole history.

use needledrop_core::archive_song::{archive_song, spotify_track_song};
use needledrop_core::chart::{
    build_chart_spec, markers_for_songs, Align, ChartQuery, ChartRequest, LoadedPoints,
};
use needledrop_core::model::Metric;
use needledrop_core::validate::{validate_dataset, validate_series_file};
use needledrop_core::{parse_dataset, Date};

use crate::support::*;

fn bundled() -> needledrop_core::Dataset {
    parse_dataset(&std::fs::read(root().join("public/data/index.json")).unwrap()).unwrap()
}

#[test]
fn an_archive_song_carries_every_source_week_and_its_show_markers() {
    let dataset = bundled();
    let (title, artist) = ("Running Up That Hill (A Deal With God)", "Kate Bush");
    let song = hot100().find_song(title, artist).unwrap();
    let chartable = archive_song(&dataset, hot100(), song).unwrap();
    validate_dataset(&chartable.dataset).unwrap();
    validate_series_file(&chartable.file, &chartable.dataset).unwrap();
    assert_eq!(
        chartable.matched.as_deref(),
        Some("running-up-that-hill-kate-bush")
    );
    let points: Vec<(Date, u32)> = chartable.file.series[0]
        .points
        .iter()
        .map(|p| (p.date, p.value as u32))
        .collect();
    assert_eq!(
        points,
        source_dates(title, artist),
        "every week, as the CSV prints it"
    );
    let series = chartable
        .dataset
        .series
        .iter()
        .find(|s| s.song == chartable.song)
        .unwrap();
    assert_eq!(series.file, format!("series/{}.json", chartable.song));
    assert_eq!(series.id, format!("{}.billboard-hot-100", chartable.song));
    assert_eq!(
        (series.metric, series.chart_size),
        (Metric::Rank, Some(100))
    );
    let markers = markers_for_songs(&chartable.dataset, &[chartable.song.as_str()]);
    let bundled_markers = markers_for_songs(&dataset, &["running-up-that-hill-kate-bush"]);
    let dates = |m: &[needledrop_core::chart::Marker]| {
        m.iter()
            .map(|m| (m.date, m.label.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(dates(&markers), dates(&bundled_markers));
    assert!(!markers.is_empty());
}

#[test]
fn an_archive_song_opens_on_its_whole_history_when_asked() {
    let dataset = bundled();
    let song = hot100()
        .find_song("Running Up That Hill (A Deal With God)", "Kate Bush")
        .unwrap();
    let chartable = archive_song(&dataset, hot100(), song).unwrap();
    let points = LoadedPoints::from_files(std::slice::from_ref(&chartable.file));
    let songs = vec![chartable.song.clone()];
    let query = ChartQuery::default();
    let spec = |whole_history| {
        build_chart_spec(
            &chartable.dataset,
            &points,
            ChartRequest {
                whole_history,
                ..ChartRequest::new(&songs, &query, Align::Calendar)
            },
        )
    };
    let (whole, around) = (spec(true), spec(false));
    let year = |x: f64| Date::from_days_since_epoch(x as i32).unwrap().year();
    assert_eq!(year(whole.x_range.0), 1985, "opens on the 1985 run");
    assert_eq!(whole.x_range, whole.x_extent);
    assert_eq!(
        year(around.x_range.0),
        2022,
        "the song page view opens around the release"
    );
}

#[test]
fn an_unmatched_song_gets_no_markers_and_a_spotify_track_gets_streams_and_ranks() {
    let dataset = bundled();
    let song = hot100()
        .find_song("Poor Little Fool", "Ricky Nelson")
        .unwrap();
    let chartable = archive_song(&dataset, hot100(), song).unwrap();
    assert_eq!(chartable.matched, None);
    assert!(markers_for_songs(&chartable.dataset, &[chartable.song.as_str()]).is_empty());

    let archive = spotify();
    let us = archive.region_index("us").unwrap();
    let track = archive
        .find_track("The Night We Met", "Lord Huron")
        .unwrap();
    let chartable = spotify_track_song(&dataset, archive, us, track).unwrap();
    validate_dataset(&chartable.dataset).unwrap();
    let metrics: Vec<Metric> = chartable
        .file
        .series
        .iter()
        .map(|s| {
            chartable
                .dataset
                .series
                .iter()
                .find(|x| x.id == s.id)
                .unwrap()
                .metric
        })
        .collect();
    assert_eq!(metrics, [Metric::Streams, Metric::Rank]);
    assert!(chartable.file.series[0]
        .id
        .ends_with(".spotify-us-daily-streams"));
    assert!(chartable.file.series[1]
        .id
        .ends_with(".spotify-us-daily-rank"));
    let first = &chartable.file.series[0].points[0];
    let rows = source("spotify_us_daily_top200_2017.csv.gz");
    let source_first = rows
        .iter()
        .filter(|r| r["Track Name"] == "The Night We Met" && r["Artist"] == "Lord Huron")
        .min_by_key(|r| r["Date"].clone())
        .unwrap();
    assert_eq!(first.date.to_string(), source_first["Date"]);
    assert_eq!(first.value, source_first["Streams"].parse::<f64>().unwrap());
    assert!(
        markers_for_songs(&chartable.dataset, &[chartable.song.as_str()])
            .iter()
            .any(|m| m.label.starts_with("13 Reasons Why"))
    );
}
