//! Imported series as songs and series of a dataset, so the charts,
//! statistics and exports work on them unchanged.
//!
//! Each series name becomes a synthetic song (`import-<slug of the name>`,
//! artist "your data"), with one [`Series`] per metric on the chart
//! [`IMPORT_CHART`], from a source that names the file. The points go in a
//! [`SeriesFile`] per song that the app keeps in memory: an imported series
//! is recognised by [`is_imported`], never fetched.
//!
//! Each of the user's release markers becomes a show of its own
//! (`import-marker`, `import-marker-2`…: title = the marker's label, one
//! release on its date) tied to every imported song, so markers, event time
//! and spike statistics treat it like a bundled release. Such shows are
//! recognised by [`is_imported_show`] and left out of the comparison table.

use std::collections::HashSet;

use crate::model::{
    Dataset, Frequency, Season, Series, SeriesFile, SeriesPoints, Show, ShowSong, Song, Source,
    SCHEMA_VERSION,
};
use crate::normalize::slug;
use crate::unique_id::unique_id;

use super::errors::display_name;
use super::{ImportedData, ImportedSeries};

/// The chart slug of every imported series.
pub const IMPORT_CHART: &str = "import";
/// The id of the source of imported series (`import-2`… when taken).
pub const IMPORT_SOURCE_ID: &str = "import";
/// The artist credit of imported songs.
pub const IMPORT_ARTIST: &str = "your data";
/// The id of the show a user's marker becomes (`import-marker-2`… after the first).
pub const IMPORT_MARKER_SHOW: &str = "import-marker";
/// The release key and label of a marker's one release.
const MARKER_SEASON: &str = "marker";
const MARKER_LABEL: &str = "your marker";

/// Longest slug kept from a series name, so ids stay within the id limit.
const MAX_NAME_SLUG: usize = 80;

/// Whether a series came from the user's file rather than the bundled data.
pub fn is_imported(series: &Series) -> bool {
    series.chart == IMPORT_CHART
}

/// Whether a show stands for one of the user's markers rather than a real show.
pub fn is_imported_show(show: &Show) -> bool {
    show.id == IMPORT_MARKER_SHOW || show.id.starts_with("import-marker-")
}

/// The song id each imported series name gets in [`merge_into`], in the
/// order the names first appear: `import-<slug>`, unique among the
/// dataset's songs.
fn song_ids<'a>(dataset: &Dataset, imported: &'a ImportedData) -> Vec<(&'a str, String)> {
    let mut taken: HashSet<String> = dataset.songs.iter().map(|s| s.id.clone()).collect();
    let mut names: Vec<(&str, String)> = Vec::new();
    for series in &imported.series {
        if !names.iter().any(|(name, _)| *name == series.name) {
            let id = unique_id(&format!("import-{}", name_slug(&series.name)), &|id| {
                taken.contains(id)
            });
            taken.insert(id.clone());
            names.push((&series.name, id));
        }
    }
    names
}

/// The ids [`merge_into`] gives the imported songs that have points, without
/// building the merged copy (the points are not copied).
pub fn imported_song_ids(dataset: &Dataset, imported: &ImportedData) -> Vec<String> {
    song_ids(dataset, imported)
        .into_iter()
        .filter(|(name, _)| {
            imported
                .series
                .iter()
                .any(|series| series.name == *name && !series.points.is_empty())
        })
        .map(|(_, id)| id)
        .collect()
}

/// A copy of `dataset` with the imported series added, and their points.
///
/// The input dataset is borrowed and left as it is, so a failed or removed
/// import never touches the bundled data. The result passes
/// [`crate::validate::validate_dataset`].
pub fn merge_into(dataset: &Dataset, imported: &ImportedData) -> (Dataset, Vec<SeriesFile>) {
    let mut merged = dataset.clone();
    let file_title = display_name(&imported.file_name);
    let source_id = unique_id(IMPORT_SOURCE_ID, &|id| {
        merged.sources.iter().any(|source| source.id == id)
    });
    merged.sources.push(Source {
        id: source_id.clone(),
        title: file_title.clone(),
        url: None,
        commit: None,
        date: None,
        path: None,
        licence: "your own data".to_owned(),
        note: Some("imported from your file; kept in this browser only".to_owned()),
    });
    let names = song_ids(dataset, imported);
    let mut files: Vec<SeriesFile> = Vec::new();
    for (name, id) in &names {
        merged.songs.push(Song {
            id: id.clone(),
            title: (*name).to_owned(),
            artist: IMPORT_ARTIST.to_owned(),
            original_artist: None,
            // Bundled keys are `title|version|artist`; this one has no `|`.
            key: format!("import:{id}"),
            links: Vec::new(),
        });
        files.push(SeriesFile {
            schema_version: SCHEMA_VERSION,
            song: id.clone(),
            series: Vec::new(),
        });
    }
    for series in &imported.series {
        let Some((_, song_id)) = names.iter().find(|(name, _)| *name == series.name) else {
            continue;
        };
        let Some(summary) = series_summary(song_id, &source_id, &file_title, series) else {
            continue;
        };
        if let Some(file) = files.iter_mut().find(|file| &file.song == song_id) {
            file.series.push(SeriesPoints {
                id: summary.id.clone(),
                points: series.points.clone(),
            });
        }
        merged.series.push(summary);
    }
    add_markers(&mut merged, imported, &source_id, &files);
    (merged, files)
}

/// Adds each of the user's markers as a show tied to every imported song
/// that has points (the same date and label twice is one marker).
fn add_markers(
    merged: &mut Dataset,
    imported: &ImportedData,
    source_id: &str,
    files: &[SeriesFile],
) {
    let songs: Vec<&str> = files
        .iter()
        .filter(|file| !file.series.is_empty())
        .map(|file| file.song.as_str())
        .collect();
    if songs.is_empty() {
        return;
    }
    let mut markers = imported.markers.clone();
    crate::sort::sort_by(&mut markers, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label))
    });
    markers.dedup();
    let mut show_ids: HashSet<String> = merged.shows.iter().map(|s| s.id.clone()).collect();
    for marker in markers {
        let id = unique_id(IMPORT_MARKER_SHOW, &|id| show_ids.contains(id));
        show_ids.insert(id.clone());
        merged.shows.push(Show {
            id: id.clone(),
            title: marker.label.clone(),
            genres: Vec::new(),
            seasons: vec![Season {
                season: MARKER_SEASON.to_owned(),
                number: None,
                label: MARKER_LABEL.to_owned(),
                release_date: marker.date,
                source: source_id.to_owned(),
                episodes: Vec::new(),
            }],
            comparison: None,
        });
        merged.show_songs.extend(songs.iter().map(|song| ShowSong {
            show: id.clone(),
            song: (*song).to_owned(),
            season: MARKER_SEASON.to_owned(),
            sources: vec![source_id.to_owned()],
        }));
    }
}

/// The index summary of one imported series (`None` without points).
fn series_summary(
    song_id: &str,
    source_id: &str,
    file_title: &str,
    series: &ImportedSeries,
) -> Option<Series> {
    let (first, last) = (series.points.first()?, series.points.last()?);
    Some(Series {
        id: format!("{song_id}.{IMPORT_CHART}-{}", series.metric.name()),
        song: song_id.to_owned(),
        chart: IMPORT_CHART.to_owned(),
        chart_title: file_title.to_owned(),
        region: "—".to_owned(),
        frequency: frequency(series),
        metric: series.metric,
        chart_size: None,
        source: source_id.to_owned(),
        first: first.date,
        last: last.date,
        count: u32::try_from(series.points.len()).unwrap_or(u32::MAX),
        file: format!("series/{song_id}.json"),
    })
}

/// Daily when the median gap between points is a day or less, else weekly.
fn frequency(series: &ImportedSeries) -> Frequency {
    let mut gaps: Vec<i32> = series
        .points
        .windows(2)
        .map(|pair| pair[0].date.days_until(pair[1].date))
        .collect();
    gaps.sort_unstable();
    match gaps.get(gaps.len() / 2) {
        Some(&median) if median > 1 => Frequency::Weekly,
        _ => Frequency::Daily,
    }
}

/// The slug of a series name, shortened at a word, or `series` when the
/// name has no Latin letters or digits.
fn name_slug(name: &str) -> String {
    let full = slug(name);
    let mut short = String::new();
    for word in full.split('-') {
        if !short.is_empty() && short.len() + 1 + word.len() > MAX_NAME_SLUG {
            break;
        }
        if !short.is_empty() {
            short.push('-');
        }
        short.push_str(&word[..word.len().min(MAX_NAME_SLUG)]);
    }
    if short.is_empty() {
        "series".to_owned()
    } else {
        short
    }
}
