//! Building comparison-table rows from the dataset.

use std::collections::BTreeSet;

use crate::model::{ComparisonFigures, Dataset};
use crate::Date;

use super::fold_for_search;

/// The best chart position any of a show's songs reached after the release
/// it is tied to, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct BestPeak {
    /// Song id.
    pub song: String,
    /// Song title.
    pub song_title: String,
    /// Song artist.
    pub artist: String,
    /// Rank series id.
    pub series: String,
    /// Chart title (`Billboard Hot 100`).
    pub chart_title: String,
    /// Best rank.
    pub rank: u32,
    /// First date at that rank.
    pub date: Date,
    /// First chart date on or after the release.
    pub entry_date: Date,
    /// Source id of the series.
    pub source: String,
    /// The song is tied to the show only through fan edits, not used in it
    /// ("Bloody Mary" and Wednesday).
    pub fan_edits_only: bool,
}

/// A song tied to a show, as the table's search finds it.
#[derive(Clone, Debug, PartialEq)]
pub struct RowSong {
    /// Song id (for links).
    pub id: String,
    /// Title.
    pub title: String,
    /// Artist (empty when the source does not name one).
    pub artist: String,
    /// Folded title and artist, what a search term is looked for in.
    pub folded: String,
}

/// One row of the comparison table: a show and the figures about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    /// Show id (for links).
    pub show_id: String,
    /// Show title.
    pub title: String,
    /// Music genres of the show.
    pub genres: Vec<String>,
    /// The source article's figures, when it has a row for this show.
    pub figures: Option<ComparisonFigures>,
    /// Songs tied to the show that were on a chart on or after their
    /// release; `None` (a gap, not 0) when our sources list none of the
    /// show's songs.
    pub charting_songs: Option<usize>,
    /// Best position of those songs on or after their release.
    pub best_peak: Option<BestPeak>,
    /// The biggest measured lift after release: places gained when a rank
    /// series shows one, else the streams ratio.
    pub lift: Option<crate::stats::ShowLift>,
    /// The show's songs, once each, in the dataset's order.
    pub songs: Vec<RowSong>,
    /// Folded text the search looks in.
    pub haystack: String,
}

/// Rows for every show of the dataset, in dataset order (a reader's own
/// release markers are not shows and get no row).
pub fn comparison_rows(dataset: &Dataset) -> Vec<ComparisonRow> {
    dataset
        .shows
        .iter()
        .filter(|show| !crate::import::is_imported_show(show))
        .map(|show| {
            let peaks: Vec<_> = dataset
                .release_peaks
                .iter()
                .filter(|peak| peak.show == show.id)
                .collect();
            let charting: BTreeSet<&str> = peaks.iter().map(|peak| peak.song.as_str()).collect();
            let best = peaks
                .iter()
                .min_by_key(|peak| (peak.best_rank, peak.best_rank_date))
                .and_then(|peak| {
                    let song = dataset.song(&peak.song)?;
                    let series = dataset.series.iter().find(|s| s.id == peak.series)?;
                    Some(BestPeak {
                        song: song.id.clone(),
                        song_title: song.title.clone(),
                        artist: song.artist.clone(),
                        series: series.id.clone(),
                        chart_title: series.chart_title.clone(),
                        rank: peak.best_rank,
                        date: peak.best_rank_date,
                        entry_date: peak.entry_date,
                        source: series.source.clone(),
                        fan_edits_only: fan_edits_only(dataset, &show.id, &song.id),
                    })
                });
            let mut haystack = String::new();
            let mut add = |text: &str| {
                haystack.push_str(&fold_for_search(text));
                haystack.push('\n');
            };
            add(&show.title);
            show.genres.iter().for_each(|genre| add(genre));
            if let Some(figures) = &show.comparison {
                add(&figures.music_genre);
                figures
                    .notable_artists
                    .iter()
                    .for_each(|artist| add(artist));
            }
            let mut songs: Vec<RowSong> = Vec::new();
            for tie in dataset.show_songs.iter().filter(|tie| tie.show == show.id) {
                match dataset.song(&tie.song) {
                    Some(song) if !songs.iter().any(|known| known.id == song.id) => {
                        let folded = format!(
                            "{}\n{}",
                            fold_for_search(&song.title),
                            fold_for_search(&song.artist)
                        );
                        haystack.push_str(&folded);
                        haystack.push('\n');
                        songs.push(RowSong {
                            id: song.id.clone(),
                            title: song.title.clone(),
                            artist: song.artist.clone(),
                            folded,
                        });
                    }
                    _ => {}
                }
            }
            ComparisonRow {
                show_id: show.id.clone(),
                title: show.title.clone(),
                genres: show.genres.clone(),
                figures: show.comparison.clone(),
                charting_songs: (!songs.is_empty()).then_some(charting.len()),
                best_peak: best,
                lift: biggest_lift_of(dataset, &show.id),
                songs,
                haystack,
            }
        })
        .collect()
}

/// Whether every placement of the song in the show is a fan edit (and there is at least one).
fn fan_edits_only(dataset: &Dataset, show: &str, song: &str) -> bool {
    let mut placements = dataset
        .placements
        .iter()
        .filter(|p| p.show == show && p.song == song)
        .peekable();
    placements.peek().is_some() && placements.all(|p| !p.in_show)
}

/// The show's headline lift: places gained first (comparable across shows
/// on charts of fixed size), else the streams ratio.
fn biggest_lift_of(dataset: &Dataset, show: &str) -> Option<crate::stats::ShowLift> {
    let lifts = || dataset.lifts.iter().filter(|lift| lift.show == show);
    lifts()
        .find(|lift| lift.measure.places_gained().is_some())
        .or_else(|| lifts().next())
        .cloned()
}
