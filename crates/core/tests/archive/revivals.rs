//! The stories of the source README, found by the revival finder and the
//! search on the real archive.

use std::time::Instant;

use needledrop_core::archive::*;
use needledrop_core::Date;

use crate::support::*;

#[test]
fn kate_bush_returns_in_2022_lined_up_with_stranger_things_4() {
    let (title, artist) = ("Running Up That Hill (A Deal With God)", "Kate Bush");
    let weeks = source_dates(title, artist);
    let before = weeks.iter().rfind(|(d, _)| d.year() < 2000).unwrap();
    let back = weeks.iter().find(|(d, _)| d.year() >= 2000).unwrap();
    assert_eq!(before.0.year(), 1986, "the 1985 run ended in January 1986");
    let song = hot100().find_song(title, artist).unwrap();
    let found = find_reentries(hot100(), &RevivalOptions::default(), &releases());
    let reentry = found
        .iter()
        .find(|r| r.song == song && r.date.year() == 2022)
        .unwrap();
    assert_eq!(
        (reentry.previous, reentry.date, reentry.rank),
        (before.0, back.0, back.1)
    );
    let lined_up = reentry.lined_up.as_ref().unwrap();
    assert_eq!(lined_up.release_date, date("2022-05-27"));
    assert!(
        lined_up.label.starts_with("Stranger Things 4"),
        "{}",
        lined_up.label
    );
    // The whole history shows both runs and the gap between them.
    let history = hot100().history(song);
    assert_eq!(history.len(), weeks.len());
    assert!(history.iter().any(|w| w.date.year() == 1985));
    assert!(history.iter().any(|w| w.date.year() == 2022));
    assert!(hot100().summary(song).unwrap().runs >= 2);
}

#[test]
fn master_of_puppets_is_a_late_debut_in_2022() {
    let first_metallica = hot100_source()
        .iter()
        .filter(|row| row["artist"] == "Metallica")
        .map(|row| date(&row["chart_date"]))
        .min()
        .unwrap();
    let debut = source_dates("Master Of Puppets", "Metallica")[0];
    let song = hot100()
        .find_song("Master Of Puppets", "Metallica")
        .unwrap();
    let found = find_late_debuts(
        hot100(),
        &ArtistIndex::build(hot100()),
        &RevivalOptions::default(),
        &releases(),
    );
    let late = found.iter().find(|d| d.song == song).unwrap();
    assert_eq!((late.date, late.rank), debut);
    assert_eq!(late.date.year(), 2022);
    assert_eq!(late.artist_first_date, first_metallica);
    assert!(late
        .lined_up
        .as_ref()
        .unwrap()
        .label
        .starts_with("Stranger Things 4"));
}

#[test]
fn a_song_that_kept_charting_is_not_a_revival() {
    let song = hot100().find_song("Blinding Lights", "The Weeknd").unwrap();
    let weeks = source_dates("Blinding Lights", "The Weeknd");
    assert!(weeks.len() >= 90, "a long run in the source");
    let options = RevivalOptions::default();
    assert!(!find_reentries(hot100(), &options, &releases())
        .iter()
        .any(|r| r.song == song));
    assert!(!find_late_debuts(
        hot100(),
        &ArtistIndex::build(hot100()),
        &options,
        &releases()
    )
    .iter()
    .any(|d| d.song == song));
}

#[test]
fn the_biggest_climb_is_the_source_biggest_last_week_jump() {
    let (gain, day, title) = hot100_source()
        .iter()
        .filter(|row| !row["last_week"].is_empty())
        .map(|row| {
            let from: u32 = row["last_week"].parse().unwrap();
            let to: u32 = row["this_week"].parse().unwrap();
            (
                from.saturating_sub(to),
                row["chart_date"].clone(),
                row["song"].clone(),
            )
        })
        .max()
        .unwrap();
    let options = ClimbOptions {
        include_reentries: false,
        ..ClimbOptions::default()
    };
    let top = &find_climbs(hot100(), &options, &ReleaseCalendar::default())[0];
    assert_eq!(
        (top.gain, top.date, hot100().title(top.song)),
        (gain, date(&day), title.as_str())
    );
}

#[test]
fn the_night_we_met_enters_the_us_chart_after_13_reasons_why() {
    let archive = spotify();
    let us = archive.region_index("us").unwrap();
    let track = archive
        .find_track("The Night We Met", "Lord Huron")
        .unwrap();
    let history = archive.track_history(us, track);
    let expected: Vec<(Date, u32, u64)> = source("spotify_us_daily_top200_2017.csv.gz")
        .iter()
        .filter(|row| row["Track Name"] == "The Night We Met" && row["Artist"] == "Lord Huron")
        .map(|row| {
            (
                date(&row["Date"]),
                row["Position"].parse().unwrap(),
                row["Streams"].parse().unwrap(),
            )
        })
        .collect();
    let got: Vec<_> = history
        .iter()
        .map(|d| (d.date, d.rank, d.streams))
        .collect();
    assert_eq!(got, expected);
    let options = JumpOptions {
        region: us,
        min_ratio: 0.0,
        limit: usize::MAX,
        ..JumpOptions::default()
    };
    let jumps = find_jumps(archive, &options, &releases());
    let entry = jumps
        .iter()
        .find(|j| j.track == track && j.date == expected[0].0)
        .unwrap();
    assert_eq!((entry.previous_rank, entry.rank), (None, expected[0].1));
    assert_eq!(entry.lined_up.as_ref().unwrap().label, "13 Reasons Why 1");
    let day = archive.day_chart(us, expected[0].0);
    assert_eq!(day.len(), 200);
    assert_eq!(day[expected[0].1 as usize - 1].track, track);
}

#[test]
fn search_finds_running_up_that_hill_as_you_type() {
    let started = Instant::now();
    let index = SearchIndex::for_hot100(hot100());
    eprintln!("search index built in {:?} (this build)", started.elapsed());
    let song = hot100()
        .find_song("Running Up That Hill (A Deal With God)", "Kate Bush")
        .unwrap();
    for query in [
        "running up",
        "RÚNNING  Up",
        "running up that hill",
        "bush running",
    ] {
        let started = Instant::now();
        let hits = index.search(query, 20);
        eprintln!("{query:?}: {} hits in {:?}", hits.len(), started.elapsed());
        assert!(hits.iter().any(|hit| hit.song() == song), "{query}");
    }
    assert_eq!(index.search("running up", 1)[0].song(), song);
    let kate = index.search("kate bush", 50);
    assert!(kate
        .iter()
        .all(|hit| hot100().artist(hit.song()).contains("Kate Bush")));
}
