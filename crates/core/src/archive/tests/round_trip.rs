//! Encoding then decoding gives every row back, whatever the values.

use super::*;

#[test]
fn hot100_rows_come_back_exactly_including_odd_values() {
    let mut rows = hot100_rows(
        0,
        &[
            &[("A", "X"), ("B", "Y"), ("A", "X")],
            &[("B", "Y"), ("A", "X"), ("C", "Z")],
            &[("C", "Z"), ("B", "Y"), ("A", "X")],
            &[("A", "X"), ("  Padded ", "Y"), ("D", "")],
        ],
    );
    // Values the predictions get wrong: a printed last week that names
    // another song, an empty one for a song that was there, a peak and a
    // weeks count from outside the archive.
    rows[4].last_week = Some(3);
    rows[6].last_week = None;
    rows[7].peak = 1;
    rows[8].weeks = 40;
    let bytes = encode_hot100(&rows).unwrap();
    let archive = decode_hot100(&bytes).unwrap();
    assert_eq!(archive.records().collect::<Vec<_>>(), rows);
    assert_eq!(archive.song_count(), 5);
    assert_eq!(
        archive.chart(1)[2].song,
        archive.find_song("C", "Z").unwrap()
    );
    assert_eq!(bytes, encode_hot100(&rows).unwrap(), "deterministic");
    let mut shuffled = rows.clone();
    shuffled.reverse();
    assert_eq!(
        encode_hot100(&shuffled).unwrap(),
        bytes,
        "input order does not matter"
    );
}

#[test]
fn a_song_twice_in_one_chart_keeps_both_rows_in_its_history() {
    let rows = hot100_rows(0, &[&[("A", "X"), ("A", "X")], &[("A", "X"), ("B", "Y")]]);
    let archive = decode_hot100(&encode_hot100(&rows).unwrap()).unwrap();
    let song = archive.find_song("A", "X").unwrap();
    let ranks: Vec<_> = archive
        .history(song)
        .iter()
        .map(|w| (w.chart, w.entry.rank))
        .collect();
    assert_eq!(ranks, [(0, 1), (0, 2), (1, 1)]);
    let summary = archive.summary(song).unwrap();
    assert_eq!((summary.weeks, summary.runs, summary.peak), (3, 1, 1));
}

#[test]
fn history_shows_gaps_as_absent_weeks() {
    let archive = decode_hot100(&small_hot100()).unwrap();
    let song = archive.find_song("Café", "Artíst 3").unwrap();
    let charts: Vec<_> = archive.history(song).iter().map(|w| w.chart).collect();
    assert_eq!(charts, [0, 2]);
    let summary = archive.summary(song).unwrap();
    assert_eq!(
        (summary.first, summary.last, summary.runs),
        (week(0), week(2), 2)
    );
    assert_eq!(archive.chart_index(week(1)), Some(1));
    assert_eq!(archive.chart_index(week(5)), None);
    assert!(archive.history(SongId(99)).is_empty());
    assert_eq!(archive.title(SongId(99)), "");
}

#[test]
fn the_incremental_decoder_matches_the_whole_decode() {
    let bytes = small_hot100();
    let mut decoder = Hot100Decoder::new(bytes.clone()).unwrap();
    assert_eq!(decoder.progress(), Progress { done: 0, total: 9 });
    assert_eq!(
        decoder.step(1).unwrap().done,
        3,
        "a whole chart per step at least"
    );
    assert_eq!(decoder.step(4).unwrap().done, 9);
    assert!(decoder.progress().is_done());
    let sliced = decoder.finish().unwrap();
    assert!(sliced
        .records()
        .eq(decode_hot100(&bytes).unwrap().records()));
}

#[test]
fn spotify_regions_ids_and_position_changes_come_back_exactly() {
    let (d1, d2) = (
        week(0),
        Date::from_days_since_epoch(week(0).days_since_epoch() + 1).unwrap(),
    );
    let mut rows = spotify_day("us", d1, &[("A", "X", 900, None), ("B", "Y", 800, None)]);
    rows.extend(spotify_day(
        "us",
        d2,
        &[("B", "Y", 950, None), ("", "", 10, None)],
    ));
    rows[2].position_diff = Some(-1);
    rows[3].position_diff = Some(48);
    rows.extend(spotify_day(
        "global",
        d2,
        &[("A", "X", 5, Some("id1")), ("A", "X", 4, Some("id2"))],
    ));
    rows.extend(spotify_day(
        "global",
        d1,
        &[("A", "X", 7, Some("id2")), ("C", "Z", 3, Some("id1"))],
    ));
    let bytes = encode_spotify(&rows).unwrap();
    let archive = decode_spotify(&bytes).unwrap();
    let mut expected = rows.clone();
    #[allow(clippy::disallowed_methods)] // std's own sort, as an independent oracle
    expected.sort_by_key(|r| (r.region != "us", r.date, r.rank));
    assert_eq!(archive.records().collect::<Vec<_>>(), expected);
    let names: Vec<_> = archive.regions().iter().map(|r| (r.name, r.days)).collect();
    assert_eq!(names, [("us", 2), ("global", 2)]);
    let global = archive.region_index("global").unwrap();
    let a = archive.find_track("A", "X").unwrap();
    let days: Vec<_> = archive
        .track_history(global, a)
        .iter()
        .map(|d| (d.day, d.rank))
        .collect();
    assert_eq!(days, [(0, 1), (1, 1), (1, 2)]);
    assert_eq!(archive.day_chart(global, d1)[1].spotify_id, Some("id1"));
    assert_eq!(archive.track_regions(a), [0, 1]);
    assert!(archive.day_chart(global, week(3)).is_empty());
    assert!(archive.day_chart(7, d1).is_empty());
}

#[test]
fn rows_that_break_the_format_are_refused_with_the_row() {
    let mut rows = hot100_rows(0, &[&[("A", "X"), ("B", "Y")]]);
    rows[1].rank = 3;
    let error = encode_hot100(&rows).unwrap_err();
    assert!(
        error.to_string().starts_with("input row 2: the chart of"),
        "{error}"
    );
    rows[1].rank = 2;
    rows[1].peak = 0;
    assert!(encode_hot100(&rows).is_err());
    let mut spotify = spotify_day("us", week(0), &[("A", "X", 1, Some(""))]);
    assert!(encode_spotify(&spotify)
        .unwrap_err()
        .to_string()
        .contains("Spotify id is empty"));
    spotify[0].spotify_id = None;
    spotify[0].streams = u64::MAX;
    assert!(encode_spotify(&spotify).is_err());
}
