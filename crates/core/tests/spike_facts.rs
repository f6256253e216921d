//! Spike statistics on the committed data, checked against the chart files.

#[path = "support/bundled.rs"]
mod bundled;

use needledrop_core::chart::LoadedPoints;
use needledrop_core::stats::{biggest_lift, song_spikes, Baseline, LiftMeasure};
use needledrop_core::Date;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn master_of_puppets_entered_the_hot_100_fifteen_days_after_stranger_things_4_volume_2() {
    let dataset = bundled::dataset();
    let song = "master-of-puppets-metallica";
    let files = bundled::series_files(&dataset, &[song]);
    let points = LoadedPoints::from_files(&files);
    let reports = song_spikes(&dataset, &points, song);
    let hot_100 = reports
        .iter()
        .find(|report| report.series == "master-of-puppets-metallica.billboard-hot-100")
        .expect("a Hot 100 report");
    assert_eq!(hot_100.stats.release, date("2022-07-01"));
    assert_eq!(hot_100.release_title, "Stranger Things 4 (volume 2)");
    assert_eq!(
        hot_100.stats.baseline,
        Baseline::OffChart { level: 101.0 },
        "not on the Hot 100 before"
    );
    assert_eq!(
        hot_100.stats.days_to_entry,
        Some(15),
        "entry on the chart dated 2022-07-16"
    );
    let entry = hot_100
        .stats
        .days_to_entry
        .map(|days| hot_100.stats.release.days_since_epoch() + days);
    assert_eq!(
        entry.and_then(Date::from_days_since_epoch),
        Some(date("2022-07-16"))
    );
    let peak = hot_100.stats.peak.expect("a peak");
    assert_eq!(
        (peak.date, peak.value),
        (date("2022-07-23"), 35.0),
        "No. 40, then No. 35, then No. 50"
    );
    assert_eq!(hot_100.stats.rank_gained, Some(66.0));
    assert_eq!(hot_100.stats.days_to_peak, Some(22));
    // Excess 66 at the peak, 51 a week later, 0 off the chart on 2022-08-06:
    // halving (33) falls between the last two, linearly.
    let expected = 7.0 + 7.0 * (51.0 - 33.0) / 51.0;
    assert!((hot_100.stats.half_life_days.unwrap() - expected).abs() < 1e-9);
}

#[test]
fn running_up_that_hill_rose_from_off_the_hot_100_to_no_3() {
    let dataset = bundled::dataset();
    let song = "running-up-that-hill-kate-bush";
    let files = bundled::series_files(&dataset, &[song]);
    let points = LoadedPoints::from_files(&files);
    let reports = song_spikes(&dataset, &points, song);
    let hot_100 = reports
        .iter()
        .find(|report| {
            report.series.ends_with(".billboard-hot-100")
                && report.stats.release == date("2022-05-27")
        })
        .expect("a Hot 100 report for volume 1");
    assert!(matches!(hot_100.stats.baseline, Baseline::OffChart { .. }));
    let peak = hot_100.stats.peak.expect("a peak");
    assert_eq!(peak.value, 3.0);
    assert!(hot_100.stats.days_to_peak.unwrap() <= 70, "within 10 weeks");
}

#[test]
fn stranger_things_biggest_lift_is_a_climb_from_off_the_chart() {
    let dataset = bundled::dataset();
    let songs: Vec<&str> = dataset
        .show_songs
        .iter()
        .filter(|tie| tie.show == "stranger-things")
        .map(|tie| tie.song.as_str())
        .filter(|song| dataset.series.iter().any(|series| series.song == *song))
        .collect();
    let files = bundled::series_files(&dataset, &songs);
    let points = LoadedPoints::from_files(&files);
    let lift = biggest_lift(&dataset, &points, "stranger-things").expect("a measured lift");
    let rank = lift.rank.clone().expect("a rank lift");
    match rank.measure {
        LiftMeasure::RankGained {
            from,
            to,
            from_off_chart,
        } => {
            assert!(from_off_chart);
            assert!(from - to >= 98.0, "{from} to {to}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        lift.headline(),
        lift.streams.as_ref().or(lift.rank.as_ref())
    );
    assert!(
        biggest_lift(&dataset, &points, "money-heist").is_none(),
        "no songs, no lift"
    );
}
