//! Spot checks of facts straight from the sources, read from the bundled
//! files in `public/data/` through the same parser the app uses.

use std::path::{Path, PathBuf};

use needledrop_core::model::{Dataset, Point, SeriesFile};
use needledrop_core::parse::{parse_chart_context, parse_dataset, parse_series_file};
use needledrop_core::Date;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn dataset() -> Dataset {
    parse_dataset(&std::fs::read(data_dir().join("index.json")).unwrap()).unwrap()
}

fn points(dataset: &Dataset, series_id: &str) -> Vec<Point> {
    let summary = dataset
        .series
        .iter()
        .find(|s| s.id == series_id)
        .unwrap_or_else(|| panic!("no series {series_id}"));
    let file: SeriesFile = parse_series_file(
        &std::fs::read(data_dir().join(&summary.file)).unwrap(),
        dataset,
    )
    .unwrap();
    file.series
        .into_iter()
        .find(|s| s.id == series_id)
        .unwrap()
        .points
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn running_up_that_hill_reached_no_3_in_2022_and_peaked_at_30_in_1985() {
    let dataset = dataset();
    let hot_100 = points(&dataset, "running-up-that-hill-kate-bush.billboard-hot-100");
    let best_2022 = hot_100
        .iter()
        .filter(|p| p.date.year() == 2022)
        .map(|p| p.value)
        .fold(f64::INFINITY, f64::min);
    assert_eq!(best_2022, 3.0);
    let at_best: Vec<String> = hot_100
        .iter()
        .filter(|p| p.value == 3.0)
        .map(|p| p.date.to_string())
        .collect();
    assert_eq!(at_best, vec!["2022-07-30", "2022-08-06"]);
    let best_1985 = hot_100
        .iter()
        .filter(|p| p.date.year() == 1985)
        .map(|p| p.value)
        .fold(f64::INFINITY, f64::min);
    assert_eq!(best_1985, 30.0);
    let peak = dataset
        .peaks
        .iter()
        .find(|p| p.series == "running-up-that-hill-kate-bush.billboard-hot-100")
        .unwrap();
    assert_eq!(
        (peak.best_rank, peak.best_rank_date),
        (3, date("2022-07-30"))
    );
}

#[test]
fn the_night_we_met_entered_the_us_spotify_top_200_on_2017_04_10() {
    let dataset = dataset();
    let rank = points(
        &dataset,
        "the-night-we-met-lord-huron.spotify-us-daily-rank",
    );
    assert_eq!(rank[0].date, date("2017-04-10"));
    let streams = points(
        &dataset,
        "the-night-we-met-lord-huron.spotify-us-daily-streams",
    );
    assert_eq!(streams.len(), rank.len());
    let most = streams.iter().map(|p| p.value).fold(0.0, f64::max);
    assert_eq!(most, 514_032.0);
}

#[test]
fn master_of_puppets_debuted_on_the_hot_100_at_no_40_on_2022_07_16() {
    let dataset = dataset();
    let hot_100 = points(&dataset, "master-of-puppets-metallica.billboard-hot-100");
    assert_eq!(
        (hot_100[0].date, hot_100[0].value),
        (date("2022-07-16"), 40.0)
    );
    let placement = dataset
        .placements
        .iter()
        .find(|p| p.song == "master-of-puppets-metallica")
        .unwrap();
    let show = dataset.show("stranger-things").unwrap();
    let season = show
        .seasons
        .iter()
        .find(|s| s.season == placement.season)
        .unwrap();
    assert_eq!(
        (placement.episode, season.release_date),
        (Some(9), date("2022-07-01"))
    );
}

#[test]
fn bloody_mary_is_tied_to_wednesday_but_not_in_it() {
    let dataset = dataset();
    let placement = dataset
        .placements
        .iter()
        .find(|p| p.song == "bloody-mary-lady-gaga")
        .unwrap();
    assert_eq!(placement.show, "wednesday");
    assert!(!placement.in_show);
}

#[test]
fn every_show_of_the_sources_is_present_and_the_article_shows_come_first() {
    let dataset = dataset();
    let ids: Vec<&str> = dataset.shows.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), 14, "{ids:?}");
    assert_eq!(
        &ids[..5],
        [
            "stranger-things",
            "bridgerton",
            "the-queens-gambit",
            "money-heist",
            "13-reasons-why"
        ]
    );
    let mut rest = ids[5..].to_vec();
    #[allow(clippy::disallowed_methods)] // std's own sort, as an independent oracle
    rest.sort();
    assert_eq!(rest, ids[5..].to_vec());
    assert!(dataset.shows[..5].iter().all(|s| s.comparison.is_some()));
    assert!(dataset.shows[5..]
        .iter()
        .all(|s| s.comparison.is_none() && s.genres.is_empty()));
}

#[test]
fn a_show_without_chart_data_has_no_series() {
    let dataset = dataset();
    let songs_of = |show: &str| {
        dataset
            .show_songs
            .iter()
            .filter(|t| t.show == show)
            .map(|t| t.song.clone())
            .collect::<Vec<_>>()
    };
    assert!(songs_of("money-heist").is_empty());
    let bridgerton = songs_of("bridgerton");
    assert_eq!(bridgerton.len(), 6);
    assert!(dataset.series.iter().all(|s| !bridgerton.contains(&s.song)));
}

#[test]
fn uncaptioned_artists_are_never_guessed() {
    let dataset = dataset();
    let material_girl = dataset.song("material-girl").unwrap();
    assert_eq!(material_girl.artist, "");
    assert!(dataset.series.iter().all(|s| s.song != "material-girl"));
    // Captions of "Running Up That Hill" without an artist join Kate Bush's
    // song, because another cue of the same show names her.
    let cues = dataset
        .placements
        .iter()
        .filter(|p| p.song == "running-up-that-hill-kate-bush")
        .count();
    assert_eq!(cues, 13);
}

#[test]
fn all_27_reported_figures_are_kept_apart() {
    let dataset = dataset();
    assert_eq!(dataset.reported.len(), 27);
    assert_eq!(
        dataset.reported.iter().filter(|r| r.song.is_none()).count(),
        2
    );
}

#[test]
fn the_chart_context_parses_and_covers_both_spotify_charts() {
    let dataset = dataset();
    let context = parse_chart_context(
        &std::fs::read(data_dir().join("chart-context.json")).unwrap(),
        &dataset,
    )
    .unwrap();
    let days: usize = context.charts.iter().map(|c| c.days.len()).sum();
    assert_eq!(days, 535);
    let us = context
        .charts
        .iter()
        .find(|c| c.chart == "spotify-us-daily")
        .unwrap();
    assert_eq!(us.days[0].date, date("2017-01-01"));
    assert_eq!(
        (
            us.days[0].streams_at_rank_1,
            us.days[0].streams_at_last_rank
        ),
        (1_371_493, 143_765)
    );
}
