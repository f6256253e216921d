//! Checks of the index document: ids, references, seasons and summaries.

use std::collections::{HashMap, HashSet};

use crate::model::{Dataset, Metric, Series, Show};
use crate::DatasetError;

use super::{check_ids, check_ref, check_text, is_slug, is_web_link, Problems};

/// The ids of each collection, for reference checks.
struct Ids<'a> {
    sources: HashSet<&'a str>,
    shows: HashSet<&'a str>,
    songs: HashSet<&'a str>,
    series: HashSet<&'a str>,
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
        check_show(&mut problems, &ids, &format!("shows[{index}]"), show);
    }
    check_songs(&mut problems, dataset);
    check_show_songs(&mut problems, &ids, dataset);
    check_placements(&mut problems, &ids, dataset);
    check_series(&mut problems, &ids, dataset);
    check_peaks(&mut problems, &ids, dataset);
    for (index, figure) in dataset.reported.iter().enumerate() {
        let at = format!("reported[{index}]");
        check_ref(
            &mut problems,
            &ids.shows,
            format!("{at}.show"),
            "show",
            &figure.show,
        );
        if let Some(song) = &figure.song {
            check_ref(
                &mut problems,
                &ids.songs,
                format!("{at}.song"),
                "song",
                song,
            );
        }
        check_text(&mut problems, format!("{at}.claim"), &figure.claim);
        check_text(&mut problems, format!("{at}.value"), &figure.value);
        if !is_web_link(&figure.url) {
            problems.push(
                format!("{at}.url"),
                format!("\"{}\" is not an http(s) address", figure.url),
            );
        }
    }
    problems.into_result()
}

fn check_sources(problems: &mut Problems, dataset: &Dataset) {
    for (index, source) in dataset.sources.iter().enumerate() {
        check_text(problems, format!("sources[{index}].title"), &source.title);
        check_text(
            problems,
            format!("sources[{index}].licence"),
            &source.licence,
        );
        if let Some(url) = &source.url {
            if !is_web_link(url) {
                problems.push(
                    format!("sources[{index}].url"),
                    format!("\"{url}\" is not an http(s) address"),
                );
            }
        }
    }
}

fn check_show(problems: &mut Problems, ids: &Ids<'_>, at: &str, show: &Show) {
    check_text(problems, format!("{at}.title"), &show.title);
    let mut keys = HashSet::new();
    let mut previous = None;
    for (s, season) in show.seasons.iter().enumerate() {
        let path = format!("{at}.seasons[{s}]");
        check_ref(
            problems,
            &ids.sources,
            format!("{path}.source"),
            "source",
            &season.source,
        );
        if !is_slug(&season.season) {
            problems.push(
                format!("{path}.season"),
                format!("\"{}\" is not a lowercase slug key", season.season),
            );
        }
        if !keys.insert(season.season.as_str()) {
            problems.push(
                format!("{path}.season"),
                format!("duplicate season \"{}\"", season.season),
            );
        }
        if previous.is_some_and(|date| season.release_date < date) {
            problems.push(
                format!("{path}.release_date"),
                "seasons are not sorted by release date",
            );
        }
        previous = Some(season.release_date);
        for (e, pair) in season.episodes.windows(2).enumerate() {
            if pair[1].number <= pair[0].number {
                problems.push(
                    format!("{path}.episodes[{}].number", e + 1),
                    "episodes must be sorted by number, without duplicates",
                );
            }
        }
        for (e, episode) in season.episodes.iter().enumerate() {
            if episode.release_date < season.release_date {
                problems.push(
                    format!("{path}.episodes[{e}].release_date"),
                    "an episode cannot come out before its release",
                );
            }
        }
    }
    if let Some(figures) = &show.comparison {
        check_ref(
            problems,
            &ids.sources,
            format!("{at}.comparison.source"),
            "source",
            &figures.source,
        );
        if figures.peak_position == 0 {
            problems.push(
                format!("{at}.comparison.peak_position"),
                "a chart position starts at 1",
            );
        }
    }
}

fn check_songs(problems: &mut Problems, dataset: &Dataset) {
    let mut keys = HashSet::new();
    for (index, song) in dataset.songs.iter().enumerate() {
        let at = format!("songs[{index}]");
        check_text(problems, format!("{at}.title"), &song.title);
        check_text(problems, format!("{at}.key"), &song.key);
        if !keys.insert(song.key.as_str()) {
            problems.push(
                format!("{at}.key"),
                format!("duplicate song key \"{}\"", song.key),
            );
        }
        for (l, link) in song.links.iter().enumerate() {
            if !is_web_link(&link.url) {
                problems.push(
                    format!("{at}.links[{l}].url"),
                    format!("\"{}\" is not an http(s) address", link.url),
                );
            }
        }
    }
}

/// Checks that `season` names a release of `show`, if the show is known.
fn check_season_ref(
    problems: &mut Problems,
    dataset: &Dataset,
    path: String,
    show: &str,
    season: &str,
) {
    if let Some(show) = dataset.show(show) {
        if !show.seasons.iter().any(|s| s.season == season) {
            problems.push(
                path,
                format!("show \"{}\" has no season \"{season}\"", show.id),
            );
        }
    }
}

fn check_show_songs(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    let mut pairs = HashSet::new();
    for (index, tie) in dataset.show_songs.iter().enumerate() {
        let at = format!("show_songs[{index}]");
        check_ref(
            problems,
            &ids.shows,
            format!("{at}.show"),
            "show",
            &tie.show,
        );
        check_ref(
            problems,
            &ids.songs,
            format!("{at}.song"),
            "song",
            &tie.song,
        );
        check_season_ref(
            problems,
            dataset,
            format!("{at}.season"),
            &tie.show,
            &tie.season,
        );
        if tie.sources.is_empty() {
            problems.push(format!("{at}.sources"), "a tie needs at least one source");
        }
        for (s, source) in tie.sources.iter().enumerate() {
            check_ref(
                problems,
                &ids.sources,
                format!("{at}.sources[{s}]"),
                "source",
                source,
            );
        }
        if !pairs.insert((tie.show.as_str(), tie.song.as_str())) {
            problems.push(
                at,
                format!(
                    "song \"{}\" is tied to show \"{}\" twice",
                    tie.song, tie.show
                ),
            );
        }
    }
}

fn check_placements(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    for (index, placement) in dataset.placements.iter().enumerate() {
        let at = format!("placements[{index}]");
        check_ref(
            problems,
            &ids.shows,
            format!("{at}.show"),
            "show",
            &placement.show,
        );
        check_ref(
            problems,
            &ids.songs,
            format!("{at}.song"),
            "song",
            &placement.song,
        );
        check_ref(
            problems,
            &ids.sources,
            format!("{at}.source"),
            "source",
            &placement.source,
        );
        check_season_ref(
            problems,
            dataset,
            format!("{at}.season"),
            &placement.show,
            &placement.season,
        );
        let season = dataset
            .show(&placement.show)
            .and_then(|show| show.seasons.iter().find(|s| s.season == placement.season));
        if let (Some(season), Some(episode)) = (season, placement.episode) {
            if !season.episodes.is_empty() && season.episode(episode).is_none() {
                problems.push(
                    format!("{at}.episode"),
                    format!("season \"{}\" has no episode {episode}", season.season),
                );
            }
        }
        if let Some(timestamp) = &placement.timestamp {
            if !is_timestamp(timestamp) {
                problems.push(
                    format!("{at}.timestamp"),
                    format!("\"{timestamp}\" is not a time of the form HH:MM:SS"),
                );
            }
        }
    }
}

/// Whether `text` is `HH:MM:SS` with minutes and seconds below 60.
fn is_timestamp(text: &str) -> bool {
    let parts: Vec<&str> = text.split(':').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
        && parts[1] < "60"
        && parts[2] < "60"
}

fn check_series(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    for (index, series) in dataset.series.iter().enumerate() {
        let at = format!("series[{index}]");
        check_ref(
            problems,
            &ids.songs,
            format!("{at}.song"),
            "song",
            &series.song,
        );
        check_ref(
            problems,
            &ids.sources,
            format!("{at}.source"),
            "source",
            &series.source,
        );
        check_text(problems, format!("{at}.chart_title"), &series.chart_title);
        if !is_slug(&series.chart) {
            problems.push(
                format!("{at}.chart"),
                format!("\"{}\" is not a lowercase slug", series.chart),
            );
        }
        if series.last < series.first {
            problems.push(format!("{at}.last"), "last date is before first date");
        }
        if series.count == 0 {
            problems.push(format!("{at}.count"), "a series needs at least one point");
        }
        if series.chart_size == Some(0) {
            problems.push(
                format!("{at}.chart_size"),
                "a chart has at least one position",
            );
        }
        if !series.id.starts_with(&format!("{}.", series.song)) {
            problems.push(
                format!("{at}.id"),
                "a series id starts with its song id and a dot",
            );
        }
        let expected_file = format!("series/{}.json", series.song);
        if series.file != expected_file {
            problems.push(
                format!("{at}.file"),
                format!("the points of this series live in \"{expected_file}\""),
            );
        }
    }
}

fn check_peaks(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    let series_by_id: HashMap<&str, &Series> =
        dataset.series.iter().map(|s| (s.id.as_str(), s)).collect();
    for (index, peak) in dataset.peaks.iter().enumerate() {
        let at = format!("peaks[{index}]");
        check_ref(
            problems,
            &ids.songs,
            format!("{at}.song"),
            "song",
            &peak.song,
        );
        check_ref(
            problems,
            &ids.series,
            format!("{at}.series"),
            "series",
            &peak.series,
        );
        let rank_series = series_by_id.get(peak.series.as_str());
        if rank_series.is_some_and(|s| s.metric != Metric::Rank || s.song != peak.song) {
            problems.push(
                format!("{at}.series"),
                "a peak is derived from a rank series of its song",
            );
        }
        let size = rank_series.and_then(|s| s.chart_size);
        if peak.best_rank == 0 || size.is_some_and(|size| peak.best_rank > size) {
            problems.push(
                format!("{at}.best_rank"),
                format!("rank {} is outside the chart", peak.best_rank),
            );
        }
        if rank_series
            .is_some_and(|s| peak.best_rank_date < s.first || peak.best_rank_date > s.last)
        {
            problems.push(
                format!("{at}.best_rank_date"),
                "the date is outside the series",
            );
        }
        if let Some(streams) = &peak.streams_series {
            check_ref(
                problems,
                &ids.series,
                format!("{at}.streams_series"),
                "series",
                streams,
            );
            let streams_series = series_by_id.get(streams.as_str());
            if streams_series.is_some_and(|s| s.metric != Metric::Streams || s.song != peak.song) {
                problems.push(
                    format!("{at}.streams_series"),
                    "not a streams series of this song",
                );
            }
        }
        if peak.max_streams.is_some() != peak.max_streams_date.is_some() {
            problems.push(
                format!("{at}.max_streams"),
                "maximum streams and their date go together",
            );
        }
    }
}
