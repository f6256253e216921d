//! The finders' rules on small made-up charts.

use super::*;

/// Rows of charts at the given week numbers (not necessarily consecutive).
fn charts_at(charts: &[(i32, &[(&'static str, &'static str)])]) -> Hot100Archive {
    let rows: Vec<_> = charts
        .iter()
        .flat_map(|&(at, chart)| hot100_rows(at, &[chart]))
        .collect();
    decode_hot100(&encode_hot100(&rows).unwrap()).unwrap()
}

#[test]
fn reentries_need_the_whole_gap_and_respect_the_years() {
    let ten_years = 522; // weeks: 3,654 days, past the calendar decade
    let archive = charts_at(&[
        (0, &[("Old", "A"), ("Steady", "B")]),
        (1, &[("Steady", "B")]),
        (ten_years, &[("Old", "A"), ("Steady", "B")]),
        (ten_years + 2, &[("Soon", "C"), ("Old", "A")]),
    ]);
    let releases = ReleaseCalendar::new(
        vec![Release {
            date: week(ten_years - 1),
            label: "Show 1".into(),
        }],
        60,
    );
    let found = find_reentries(&archive, &RevivalOptions::default(), &releases);
    let songs: Vec<_> = found
        .iter()
        .map(|r| (archive.title(r.song), r.previous, r.rank))
        .collect();
    assert_eq!(
        songs,
        [("Old", week(0), 1)],
        "Steady's gap is a week short of ten years"
    );
    assert_eq!(found[0].lined_up.as_ref().unwrap().days_after, 7);
    let nineties = RevivalOptions {
        years: YearRange {
            from: 1990,
            to: 1999,
        },
        ..RevivalOptions::default()
    };
    assert!(find_reentries(&archive, &nineties, &releases).is_empty());
    let short = RevivalOptions {
        min_gap_years: 1,
        ..RevivalOptions::default()
    };
    assert_eq!(
        find_reentries(&archive, &short, &ReleaseCalendar::default()).len(),
        2
    );
}

#[test]
fn late_debuts_group_credits_by_primary_artist() {
    let archive = charts_at(&[
        (0, &[("First", "Band"), ("Other", "Someone")]),
        (
            600,
            &[
                ("Deep Cut", "Band Featuring Guest"),
                ("New", "Newcomer"),
                ("Second", "Someone"),
            ],
        ),
    ]);
    let found = find_late_debuts(
        &archive,
        &ArtistIndex::build(&archive),
        &RevivalOptions::default(),
        &ReleaseCalendar::default(),
    );
    let titles: Vec<_> = found.iter().map(|d| archive.title(d.song)).collect();
    let mut partial = ArtistIndex::default();
    assert_eq!(partial.step(&archive, 2), Progress { done: 2, total: 5 });
    let first_two = find_late_debuts(
        &archive,
        &partial,
        &RevivalOptions::default(),
        &ReleaseCalendar::default(),
    );
    assert!(first_two.is_empty(), "songs not indexed yet are left out");
    assert_eq!(titles, ["Deep Cut", "Second"]);
    assert_eq!(archive.title(found[0].artist_first_song), "First");
    assert_eq!(
        (found[0].artist_first_date, found[0].artist_previous_date),
        (week(0), week(0))
    );
}

#[test]
fn climbs_count_places_and_re_entries_from_below_the_chart() {
    let archive = charts_at(&[
        (
            0,
            &[
                ("A", "X"),
                ("B", "X"),
                ("C", "X"),
                ("D", "X"),
                ("E", "X"),
                ("F", "X"),
            ],
        ),
        (
            1,
            &[("E", "X"), ("A", "X"), ("B", "X"), ("C", "X"), ("D", "X")],
        ),
        (
            2,
            &[
                ("F", "X"),
                ("E", "X"),
                ("A", "X"),
                ("B", "X"),
                ("C", "X"),
                ("New", "Y"),
            ],
        ),
    ]);
    let options = ClimbOptions {
        min_gain: 1,
        ..ClimbOptions::default()
    };
    let climbs = find_climbs(&archive, &options, &ReleaseCalendar::default());
    let found: Vec<_> = climbs
        .iter()
        .map(|c| (archive.title(c.song), c.from, c.gain))
        .collect();
    assert_eq!(
        found,
        [
            ("F", ClimbFrom::BelowChart, 5),
            ("E", ClimbFrom::Rank(5), 4)
        ]
    );
    let no_reentries = ClimbOptions {
        include_reentries: false,
        ..options
    };
    assert_eq!(
        find_climbs(&archive, &no_reentries, &ReleaseCalendar::default()).len(),
        1
    );
}

#[test]
fn jumps_compare_consecutive_days_of_one_region() {
    let day = |n: i32| Date::from_days_since_epoch(week(0).days_since_epoch() + n).unwrap();
    let mut rows = spotify_day("us", day(0), &[("A", "X", 100, None), ("B", "X", 50, None)]);
    rows.extend(spotify_day(
        "us",
        day(1),
        &[
            ("B", "X", 300, None),
            ("A", "X", 90, None),
            ("", "", 60, None),
            ("C", "X", 10, None),
        ],
    ));
    rows.extend(spotify_day("us", day(3), &[("C", "X", 900, None)]));
    rows.extend(spotify_day("global", day(1), &[("C", "X", 1, None)]));
    let archive = decode_spotify(&encode_spotify(&rows).unwrap()).unwrap();
    let options = JumpOptions {
        min_ratio: 0.0,
        ..JumpOptions::default()
    };
    let jumps = find_jumps(&archive, &options, &ReleaseCalendar::default());
    let found: Vec<_> = jumps
        .iter()
        .map(|j| (archive.title(j.track), j.previous_rank, j.rank_gain))
        .collect();
    assert_eq!(
        found,
        [("B", Some(2), 1), ("A", Some(1), 0), ("C", None, 0)],
        "by ratio; day 3 follows a gap"
    );
    assert_eq!((jumps[0].ratio, jumps[0].stream_increase), (6.0, 250));
    assert_eq!(
        jumps[2].previous_streams, 50,
        "an entry is measured from the last rank"
    );
    let by_gain = JumpOptions {
        measure: JumpMeasure::RankGain,
        min_rank_gain: 1,
        ..options
    };
    assert_eq!(
        find_jumps(&archive, &by_gain, &ReleaseCalendar::default()).len(),
        1
    );
    assert!(find_jumps(
        &archive,
        &JumpOptions {
            region: 5,
            ..options
        },
        &ReleaseCalendar::default()
    )
    .is_empty());
}
