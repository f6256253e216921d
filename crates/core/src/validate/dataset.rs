//! Checks of the index document: ids, references, seasons and summaries.

use std::collections::{HashMap, HashSet};

use crate::model::{Dataset, Metric, Series};
use crate::DatasetError;

use super::releases::{check_placements, check_show, check_show_songs};
use super::{check_ids, check_ref, check_text, is_slug, is_web_link, Item, Problems};

/// The ids of each collection, for reference checks.
pub(super) struct Ids<'a> {
    pub(super) sources: HashSet<&'a str>,
    pub(super) shows: HashSet<&'a str>,
    pub(super) songs: HashSet<&'a str>,
    pub(super) series: HashSet<&'a str>,
}

/// Validates the index document.
pub fn validate_dataset(dataset: &Dataset) -> Result<(), DatasetError> {
    let mut problems = Problems::default();
    if dataset.shows.is_empty() {
        problems.push("shows", "the dataset has no shows");
    }
    let ids = Ids {
        sources: check_ids(
            &mut problems,
            "sources",
            dataset.sources.iter().map(|s| s.id.as_str()),
            false,
        ),
        shows: check_ids(
            &mut problems,
            "shows",
            dataset.shows.iter().map(|s| s.id.as_str()),
            false,
        ),
        songs: check_ids(
            &mut problems,
            "songs",
            dataset.songs.iter().map(|s| s.id.as_str()),
            false,
        ),
        series: check_ids(
            &mut problems,
            "series",
            dataset.series.iter().map(|s| s.id.as_str()),
            true,
        ),
    };
    check_sources(&mut problems, dataset);
    for (index, show) in dataset.shows.iter().enumerate() {
        check_show(&mut problems, &ids, Item::new("shows", index), show);
    }
    check_songs(&mut problems, dataset);
    check_show_songs(&mut problems, &ids, dataset);
    check_placements(&mut problems, &ids, dataset);
    check_series(&mut problems, &ids, dataset);
    check_peaks(&mut problems, &ids, dataset);
    check_release_peaks(&mut problems, &ids, dataset);
    check_lifts(&mut problems, &ids, dataset);
    for (index, figure) in dataset.reported.iter().enumerate() {
        let at = Item::new("reported", index);
        check_ref(
            &mut problems,
            &ids.shows,
            format_args!("{at}.show"),
            "show",
            &figure.show,
        );
        if let Some(song) = &figure.song {
            check_ref(
                &mut problems,
                &ids.songs,
                format_args!("{at}.song"),
                "song",
                song,
            );
        }
        check_text(&mut problems, format_args!("{at}.claim"), &figure.claim);
        check_text(&mut problems, format_args!("{at}.value"), &figure.value);
        if !is_web_link(&figure.url) {
            problems.push(
                format_args!("{at}.url"),
                format!("\"{}\" is not an http(s) address", figure.url),
            );
        }
    }
    problems.into_result()
}

fn check_sources(problems: &mut Problems, dataset: &Dataset) {
    for (index, source) in dataset.sources.iter().enumerate() {
        let at = Item::new("sources", index);
        check_text(problems, format_args!("{at}.title"), &source.title);
        check_text(problems, format_args!("{at}.licence"), &source.licence);
        if let Some(url) = &source.url {
            if !is_web_link(url) {
                problems.push(
                    format_args!("{at}.url"),
                    format!("\"{url}\" is not an http(s) address"),
                );
            }
        }
    }
}

fn check_songs(problems: &mut Problems, dataset: &Dataset) {
    let mut keys = HashSet::new();
    for (index, song) in dataset.songs.iter().enumerate() {
        let at = Item::new("songs", index);
        check_text(problems, format_args!("{at}.title"), &song.title);
        check_text(problems, format_args!("{at}.key"), &song.key);
        if !keys.insert(song.key.as_str()) {
            problems.push(
                format_args!("{at}.key"),
                format!("duplicate song key \"{}\"", song.key),
            );
        }
        for (l, link) in song.links.iter().enumerate() {
            if !is_web_link(&link.url) {
                problems.push(
                    format_args!("{at}.links[{l}].url"),
                    format!("\"{}\" is not an http(s) address", link.url),
                );
            }
        }
    }
}

fn check_series(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    for (index, series) in dataset.series.iter().enumerate() {
        let at = Item::new("series", index);
        check_ref(
            problems,
            &ids.songs,
            format_args!("{at}.song"),
            "song",
            &series.song,
        );
        check_ref(
            problems,
            &ids.sources,
            format_args!("{at}.source"),
            "source",
            &series.source,
        );
        check_text(
            problems,
            format_args!("{at}.chart_title"),
            &series.chart_title,
        );
        if !is_slug(&series.chart) {
            problems.push(
                format_args!("{at}.chart"),
                format!("\"{}\" is not a lowercase slug", series.chart),
            );
        }
        if series.last < series.first {
            problems.push(format_args!("{at}.last"), "last date is before first date");
        }
        if series.count == 0 {
            problems.push(
                format_args!("{at}.count"),
                "a series needs at least one point",
            );
        }
        if series.chart_size == Some(0) {
            problems.push(
                format_args!("{at}.chart_size"),
                "a chart has at least one position",
            );
        }
        let own_id = series
            .id
            .strip_prefix(series.song.as_str())
            .is_some_and(|rest| rest.starts_with('.'));
        if !own_id {
            problems.push(
                format_args!("{at}.id"),
                "a series id starts with its song id and a dot",
            );
        }
        let file_song = series
            .file
            .strip_prefix("series/")
            .and_then(|rest| rest.strip_suffix(".json"));
        if file_song != Some(series.song.as_str()) {
            problems.push(
                format_args!("{at}.file"),
                format!(
                    "the points of this series live in \"series/{}.json\"",
                    series.song
                ),
            );
        }
    }
}

fn check_peaks(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    let series_by_id: HashMap<&str, &Series> =
        dataset.series.iter().map(|s| (s.id.as_str(), s)).collect();
    for (index, peak) in dataset.peaks.iter().enumerate() {
        let at = Item::new("peaks", index);
        check_rank_peak(
            problems,
            ids,
            &series_by_id,
            at,
            (&peak.song, &peak.series),
            (peak.best_rank, peak.best_rank_date),
        );
        if let Some(streams) = &peak.streams_series {
            check_ref(
                problems,
                &ids.series,
                format_args!("{at}.streams_series"),
                "series",
                streams,
            );
            let streams_series = series_by_id.get(streams.as_str());
            if streams_series.is_some_and(|s| s.metric != Metric::Streams || s.song != peak.song) {
                problems.push(
                    format_args!("{at}.streams_series"),
                    "not a streams series of this song",
                );
            }
        }
        if peak.max_streams.is_some() != peak.max_streams_date.is_some() {
            problems.push(
                format_args!("{at}.max_streams"),
                "maximum streams and their date go together",
            );
        }
    }
}

/// Checks that a peak's song exists and that it points at a rank series of
/// that song and fits it.
fn check_rank_peak(
    problems: &mut Problems,
    ids: &Ids<'_>,
    series_by_id: &HashMap<&str, &Series>,
    at: Item<'_>,
    (song, series): (&str, &str),
    (best_rank, best_rank_date): (u32, crate::Date),
) {
    check_ref(
        problems,
        &ids.songs,
        format_args!("{at}.song"),
        "song",
        song,
    );
    check_ref(
        problems,
        &ids.series,
        format_args!("{at}.series"),
        "series",
        series,
    );
    let rank_series = series_by_id.get(series);
    if rank_series.is_some_and(|s| s.metric != Metric::Rank || s.song != song) {
        problems.push(
            format_args!("{at}.series"),
            "a peak is derived from a rank series of its song",
        );
    }
    let size = rank_series.and_then(|s| s.chart_size);
    if best_rank == 0 || size.is_some_and(|size| best_rank > size) {
        problems.push(
            format_args!("{at}.best_rank"),
            format!("rank {best_rank} is outside the chart"),
        );
    }
    if rank_series.is_some_and(|s| best_rank_date < s.first || best_rank_date > s.last) {
        problems.push(
            format_args!("{at}.best_rank_date"),
            "the date is outside the series",
        );
    }
}

/// Release peaks: references resolve, the song is tied to the show at that
/// release, and the dates fall on or after the release.
pub(super) fn check_release_peaks(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    let series_by_id: HashMap<&str, &Series> =
        dataset.series.iter().map(|s| (s.id.as_str(), s)).collect();
    for (index, peak) in dataset.release_peaks.iter().enumerate() {
        let at = Item::new("release_peaks", index);
        check_ref(
            problems,
            &ids.shows,
            format_args!("{at}.show"),
            "show",
            &peak.show,
        );
        check_rank_peak(
            problems,
            ids,
            &series_by_id,
            at,
            (&peak.song, &peak.series),
            (peak.best_rank, peak.best_rank_date),
        );
        let tied = dataset
            .show_songs
            .iter()
            .any(|tie| tie.show == peak.show && tie.song == peak.song && tie.season == peak.season);
        if !tied {
            problems.push(
                format_args!("{at}.season"),
                format!(
                    "song \"{}\" is not tied to show \"{}\" at release \"{}\"",
                    peak.song, peak.show, peak.season
                ),
            );
        }
        let release = dataset
            .show(&peak.show)
            .and_then(|show| show.seasons.iter().find(|s| s.season == peak.season))
            .map(|season| season.release_date);
        if release
            .is_some_and(|date| peak.entry_date < date || peak.best_rank_date < peak.entry_date)
        {
            problems.push(
                format_args!("{at}.entry_date"),
                "a release peak lies on or after its release, and its best rank on or after its entry",
            );
        }
    }
}

/// Lifts: references resolve and the measure is a finite, positive change.
fn check_lifts(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    for (index, lift) in dataset.lifts.iter().enumerate() {
        let at = Item::new("lifts", index);
        check_ref(
            problems,
            &ids.shows,
            format_args!("{at}.show"),
            "show",
            &lift.show,
        );
        check_ref(
            problems,
            &ids.songs,
            format_args!("{at}.song"),
            "song",
            &lift.song,
        );
        check_ref(
            problems,
            &ids.series,
            format_args!("{at}.series"),
            "series",
            &lift.series,
        );
        let finite = match lift.measure {
            crate::stats::LiftMeasure::StreamsRatio(ratio) => ratio.is_finite() && ratio > 0.0,
            crate::stats::LiftMeasure::RankGained { from, to, .. } => {
                from.is_finite() && to.is_finite() && to >= 1.0
            }
        };
        if !finite {
            problems.push(
                format_args!("{at}.measure"),
                "a lift is a finite, positive change",
            );
        }
    }
}
