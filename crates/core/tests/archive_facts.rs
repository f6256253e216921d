//! The chart archive against its real sources: the committed files under
//! `public/data/archive/` decode to exactly the rows of
//! `data/sources/archive/`, and the revival finder finds the stories the
//! source README names. Expected values are read from the CSV sources,
//! not copied from a run of the code under test.

#[path = "archive/revivals.rs"]
mod revivals;
#[path = "archive/songs.rs"]
mod songs;
#[path = "archive/support.rs"]
mod support;
#[path = "archive/timing.rs"]
mod timing;

use std::time::Instant;

use needledrop_core::archive::*;
use support::*;

#[test]
fn hot100_round_trip_gives_back_every_source_row() {
    let source = hot100_source();
    let archive = hot100();
    assert_eq!(archive.row_count(), source.len());
    assert_eq!(source.len(), 354_887);
    for (row, (record, expected)) in archive.records().zip(source).enumerate() {
        let printed = [
            record.date.to_string(),
            record.rank.to_string(),
            record.title.to_owned(),
            record.artist.to_owned(),
            record
                .last_week
                .map_or_else(String::new, |week| week.to_string()),
            record.peak.to_string(),
            record.weeks.to_string(),
        ];
        let columns = [
            "chart_date",
            "this_week",
            "song",
            "artist",
            "last_week",
            "peak_position",
            "weeks_on_chart",
        ];
        for (cell, column) in printed.iter().zip(columns) {
            assert_eq!(cell, &expected[column], "row {row}, {column}");
        }
    }
    assert_eq!(archive.chart_dates().len(), 3_549);
    let manifest = manifest();
    let entry = manifest.file(ArchiveKind::Hot100).unwrap();
    assert!(
        entry.gzip_bytes <= 2_000_000,
        "{} bytes gzip",
        entry.gzip_bytes
    );
    assert_eq!(entry.rows, 354_887);
}

#[test]
fn spotify_round_trip_gives_back_every_source_row() {
    let archive = spotify();
    let print = |record: &SpotifyRecord<'_>| {
        [
            record.rank.to_string(),
            record.title.to_owned(),
            record.artist.to_owned(),
            record.streams.to_string(),
            record.date.to_string(),
        ]
    };
    let us: Vec<_> = archive.records().filter(|r| r.region == "us").collect();
    let us_source = source("spotify_us_daily_top200_2017.csv.gz");
    assert_eq!(us.len(), us_source.len());
    for (record, row) in us.iter().zip(&us_source) {
        let expected =
            ["Position", "Track Name", "Artist", "Streams", "Date"].map(|c| row[c].clone());
        assert_eq!(print(record), expected);
        let diff = record
            .position_diff
            .map_or_else(String::new, |d| format!("{d}.0"));
        assert_eq!(diff, row["Position Diff"]);
        assert_eq!(record.spotify_id, None);
    }
    let global: Vec<_> = archive.records().filter(|r| r.region == "global").collect();
    let mut global_source = source("spotify_global_daily_top200_2017-10_2018-03.csv.gz");
    // The global file is grouped by track upstream; the archive keeps day order.
    #[allow(clippy::disallowed_methods)] // std's own sort, as an independent oracle
    global_source.sort_by_key(|row| (row["Date"].clone(), row["Position"].parse::<u32>().unwrap()));
    assert_eq!(global.len(), global_source.len());
    for (record, row) in global.iter().zip(&global_source) {
        let expected =
            ["Position", "Track_Name", "Artist", "Streams", "Date"].map(|c| row[c].clone());
        assert_eq!(print(record), expected);
        let url = SpotifyArchive::track_url(record.spotify_id.unwrap());
        assert_eq!(
            (url.as_str(), record.region),
            (row["URL"].as_str(), row["Region"].as_str())
        );
        assert_eq!(record.position_diff, None);
    }
    let empty = global
        .iter()
        .filter(|r| r.title.is_empty() && r.artist.is_empty())
        .count();
    assert_eq!(empty, 6, "the six rows without a title upstream stay empty");
}

#[test]
fn decoding_in_slices_gives_the_same_rows() {
    let bytes = archive_bytes(ArchiveKind::Hot100);
    let started = Instant::now();
    let mut decoder = Hot100Decoder::new(bytes).unwrap();
    let mut slices = 0;
    let mut last = decoder.progress();
    while !last.is_done() {
        let progress = decoder.step(20_000).unwrap();
        assert!(progress.done > last.done && progress.total == 354_887);
        last = progress;
        slices += 1;
    }
    let sliced = decoder.finish().unwrap();
    eprintln!(
        "Hot 100 decoded in {slices} slices, {:?} (this build)",
        started.elapsed()
    );
    assert!(sliced.records().eq(hot100().records()));
    let mut spotify = SpotifyDecoder::new(archive_bytes(ArchiveKind::Spotify)).unwrap();
    assert_eq!(
        spotify.step(1).unwrap().done,
        200,
        "one whole day per step at least"
    );
    assert!(spotify
        .finish()
        .unwrap()
        .records()
        .eq(self::spotify().records()));
}
