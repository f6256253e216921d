//! Checks of shows, their releases and episodes, and of what points at them:
//! ties between shows and songs, and placements.

use std::collections::HashSet;

use crate::model::{Dataset, Show};

use super::dataset::Ids;
use super::{check_ref, check_text, is_slug, Item, Problems};

pub(super) fn check_show(problems: &mut Problems, ids: &Ids<'_>, at: Item<'_>, show: &Show) {
    check_text(problems, format_args!("{at}.title"), &show.title);
    let mut keys = HashSet::new();
    let mut previous = None;
    for (s, season) in show.seasons.iter().enumerate() {
        let path = at.item("seasons", s);
        check_ref(
            problems,
            &ids.sources,
            format_args!("{path}.source"),
            "source",
            &season.source,
        );
        if !is_slug(&season.season) {
            problems.push(
                format_args!("{path}.season"),
                format!("\"{}\" is not a lowercase slug key", season.season),
            );
        }
        if !keys.insert(season.season.as_str()) {
            problems.push(
                format_args!("{path}.season"),
                format!("duplicate season \"{}\"", season.season),
            );
        }
        if previous.is_some_and(|date| season.release_date < date) {
            problems.push(
                format_args!("{path}.release_date"),
                "seasons are not sorted by release date",
            );
        }
        previous = Some(season.release_date);
        for (e, pair) in season.episodes.windows(2).enumerate() {
            if pair[1].number <= pair[0].number {
                problems.push(
                    format_args!("{path}.episodes[{}].number", e + 1),
                    "episodes must be sorted by number, without duplicates",
                );
            }
        }
        for (e, episode) in season.episodes.iter().enumerate() {
            if episode.release_date < season.release_date {
                problems.push(
                    format_args!("{path}.episodes[{e}].release_date"),
                    "an episode cannot come out before its release",
                );
            }
        }
    }
    if let Some(figures) = &show.comparison {
        check_ref(
            problems,
            &ids.sources,
            format_args!("{at}.comparison.source"),
            "source",
            &figures.source,
        );
        if figures.peak_position == 0 {
            problems.push(
                format_args!("{at}.comparison.peak_position"),
                "a chart position starts at 1",
            );
        }
    }
}

/// Checks that `season` names a release of `show`, if the show is known.
fn check_season_ref(
    problems: &mut Problems,
    dataset: &Dataset,
    path: std::fmt::Arguments<'_>,
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

pub(super) fn check_show_songs(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    let mut pairs = HashSet::new();
    for (index, tie) in dataset.show_songs.iter().enumerate() {
        let at = Item::new("show_songs", index);
        check_ref(
            problems,
            &ids.shows,
            format_args!("{at}.show"),
            "show",
            &tie.show,
        );
        check_ref(
            problems,
            &ids.songs,
            format_args!("{at}.song"),
            "song",
            &tie.song,
        );
        check_season_ref(
            problems,
            dataset,
            format_args!("{at}.season"),
            &tie.show,
            &tie.season,
        );
        if tie.sources.is_empty() {
            problems.push(
                format_args!("{at}.sources"),
                "a tie needs at least one source",
            );
        }
        for (s, source) in tie.sources.iter().enumerate() {
            check_ref(
                problems,
                &ids.sources,
                format_args!("{at}.sources[{s}]"),
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

pub(super) fn check_placements(problems: &mut Problems, ids: &Ids<'_>, dataset: &Dataset) {
    for (index, placement) in dataset.placements.iter().enumerate() {
        let at = Item::new("placements", index);
        check_ref(
            problems,
            &ids.shows,
            format_args!("{at}.show"),
            "show",
            &placement.show,
        );
        check_ref(
            problems,
            &ids.songs,
            format_args!("{at}.song"),
            "song",
            &placement.song,
        );
        check_ref(
            problems,
            &ids.sources,
            format_args!("{at}.source"),
            "source",
            &placement.source,
        );
        check_season_ref(
            problems,
            dataset,
            format_args!("{at}.season"),
            &placement.show,
            &placement.season,
        );
        let season = dataset
            .show(&placement.show)
            .and_then(|show| show.seasons.iter().find(|s| s.season == placement.season));
        if let (Some(season), Some(episode)) = (season, placement.episode) {
            if !season.episodes.is_empty() && season.episode(episode).is_none() {
                problems.push(
                    format_args!("{at}.episode"),
                    format!("season \"{}\" has no episode {episode}", season.season),
                );
            }
        }
        if let Some(timestamp) = &placement.timestamp {
            if !is_timestamp(timestamp) {
                problems.push(
                    format_args!("{at}.timestamp"),
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
