//! Release and episode markers: when the show put the song in front of viewers.
//!
//! A song's markers are the releases it is tied to (`show_songs`) and the
//! releases of its placements; an episode that came out on another day than
//! its release (weekly episodes) gets a marker of its own. Each marker lists
//! the placements it stands for ("S4E1 at 00:28:09").

use crate::model::{Placement, Season, Show};
use crate::{Dataset, Date};

/// Whether a marker is a whole release or one episode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// A season or part of a season came out (shaded post-release window follows).
    Release,
    /// One episode came out on a day of its own.
    Episode,
}

/// One labelled vertical line on a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Release or episode.
    pub kind: MarkerKind,
    /// Show id.
    pub show: String,
    /// Release date.
    pub date: Date,
    /// Short label drawn on the chart ("Stranger Things 4 (volume 1)", "Wednesday 1 E4").
    pub label: String,
    /// Where the songs appear, for the marker's tooltip ("S4E1 at 00:28:09").
    pub placements: Vec<String>,
    /// Songs the marker belongs to.
    pub songs: Vec<String>,
}

/// "Stranger Things 4", "Stranger Things 4 (volume 2)", or the show title
/// with the release's label when it has no number ("Money Heist (Parts 1-2 …)").
pub fn release_title(show: &Show, season: &Season) -> String {
    match season.number {
        Some(number) if season.season == number.to_string() => format!("{} {number}", show.title),
        Some(number) => {
            let part = season
                .season
                .strip_prefix(&format!("{number}-"))
                .map(|rest| rest.replace('-', " "));
            match part {
                Some(part) => format!("{} {number} ({part})", show.title),
                None => format!("{} {number}", show.title),
            }
        }
        None => format!("{} ({})", show.title, season.label),
    }
}

/// "S4E1 at 00:28:09", "S4E9", or "Season 4" when the episode is not stated.
pub fn placement_text(placement: &Placement, season: &Season) -> String {
    let number = season
        .number
        .map_or_else(|| season.label.clone(), |n| n.to_string());
    let mut text = match placement.episode {
        Some(episode) => format!("S{number}E{episode}"),
        None => format!("Season {number}"),
    };
    if let Some(time) = &placement.timestamp {
        text.push_str(" at ");
        text.push_str(time);
    }
    if !placement.in_show {
        text.push_str(" (fan edits, not in the show)");
    }
    text
}

/// The release a song is aligned on in event time: its tie to `preferred_show`
/// when there is one, else its earliest tied release.
pub fn release_anchor<'a>(
    dataset: &'a Dataset,
    song: &str,
    preferred_show: Option<&str>,
) -> Option<(&'a Show, &'a Season)> {
    let ties = dataset.show_songs.iter().filter(|tie| tie.song == song);
    let resolved = ties.filter_map(|tie| {
        let show = dataset.show(&tie.show)?;
        let season = show
            .seasons
            .iter()
            .find(|season| season.season == tie.season)?;
        Some((show, season))
    });
    let mut best: Option<(&Show, &Season)> = None;
    for (show, season) in resolved {
        let preferred = |candidate: &Show| Some(candidate.id.as_str()) == preferred_show;
        best = match best {
            None => Some((show, season)),
            Some((best_show, best_season)) => {
                let better = (preferred(show) && !preferred(best_show))
                    || (preferred(show) == preferred(best_show)
                        && season.release_date < best_season.release_date);
                if better {
                    Some((show, season))
                } else {
                    Some((best_show, best_season))
                }
            }
        };
    }
    best
}

/// The markers of these songs, by date (a release shared by several songs is one marker).
pub fn markers_for_songs(dataset: &Dataset, songs: &[&str]) -> Vec<Marker> {
    let mut markers: Vec<Marker> = Vec::new();
    let mut add = |kind: MarkerKind,
                   show: &Show,
                   date: Date,
                   label: String,
                   song: &str,
                   placement: Option<String>| {
        let existing = markers
            .iter_mut()
            .find(|marker| marker.show == show.id && marker.date == date && marker.kind == kind);
        let marker = match existing {
            Some(marker) => marker,
            None => {
                markers.push(Marker {
                    kind,
                    show: show.id.clone(),
                    date,
                    label,
                    placements: Vec::new(),
                    songs: Vec::new(),
                });
                let last = markers.len() - 1;
                &mut markers[last]
            }
        };
        if !marker.songs.iter().any(|known| known == song) {
            marker.songs.push(song.to_owned());
        }
        if let Some(text) = placement {
            if !marker.placements.contains(&text) {
                marker.placements.push(text);
            }
        }
    };
    let several = songs.len() > 1;
    let release_of = |show: &str, key: &str| {
        let show = dataset.show(show)?;
        let season = show.seasons.iter().find(|season| season.season == key)?;
        Some((show, season))
    };
    for &song in songs {
        let title = dataset
            .song(song)
            .map_or(song, |known| known.title.as_str());
        let ties = dataset.show_songs.iter().filter(|tie| tie.song == song);
        for (show, season) in ties.filter_map(|tie| release_of(&tie.show, &tie.season)) {
            let label = release_title(show, season);
            add(
                MarkerKind::Release,
                show,
                season.release_date,
                label,
                song,
                None,
            );
        }
        for placement in dataset
            .placements
            .iter()
            .filter(|placement| placement.song == song)
        {
            let Some((show, season)) = release_of(&placement.show, &placement.season) else {
                continue;
            };
            let mut text = placement_text(placement, season);
            if several {
                text = format!("{title}: {text}");
            }
            // An episode out on a day of its own gets its own marker; the
            // release is still marked.
            let episode_date = placement
                .episode
                .and_then(|number| season.episode(number))
                .map(|episode| episode.release_date)
                .filter(|date| *date != season.release_date);
            let release_label = release_title(show, season);
            match episode_date {
                Some(date) => {
                    add(
                        MarkerKind::Release,
                        show,
                        season.release_date,
                        release_label,
                        song,
                        None,
                    );
                    let number = season
                        .number
                        .map_or_else(|| season.label.clone(), |n| n.to_string());
                    let episode = placement.episode.unwrap_or_default();
                    let label = format!("{} S{number}E{episode}", show.title);
                    add(MarkerKind::Episode, show, date, label, song, Some(text));
                }
                None => add(
                    MarkerKind::Release,
                    show,
                    season.release_date,
                    release_label,
                    song,
                    Some(text),
                ),
            }
        }
    }
    crate::sort::sort_by(&mut markers, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label))
    });
    markers
}
