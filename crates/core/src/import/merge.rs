//! Imported series as songs and series of a dataset, so the charts,
//! statistics and exports work on them unchanged.
//!
//! Each series name becomes a synthetic song (`import-<slug of the name>`,
//! artist "your data"), with one [`Series`] per metric on the chart
//! [`IMPORT_CHART`], from a source that names the file. The points go in a
//! [`SeriesFile`] per song that the app keeps in memory: an imported series
//! is recognised by [`is_imported`], never fetched.

use std::collections::HashSet;

use crate::model::{
    Dataset, Frequency, Series, SeriesFile, SeriesPoints, Song, Source, SCHEMA_VERSION,
};
use crate::normalize::slug;

use super::errors::display_name;
use super::values::metric_name;
use super::{ImportedData, ImportedSeries};

/// The chart slug of every imported series.
pub const IMPORT_CHART: &str = "import";
/// The id of the source of imported series (`import-2`… when taken).
pub const IMPORT_SOURCE_ID: &str = "import";
/// The artist credit of imported songs.
pub const IMPORT_ARTIST: &str = "your data";

/// Longest slug kept from a series name, so ids stay within the id limit.
const MAX_NAME_SLUG: usize = 80;

/// Whether a series came from the user's file rather than the bundled data.
pub fn is_imported(series: &Series) -> bool {
    series.chart == IMPORT_CHART
}

/// A copy of `dataset` with the imported series added, and their points.
///
/// The input dataset is borrowed and left as it is, so a failed or removed
/// import never touches the bundled data. The result passes
/// [`crate::validate::validate_dataset`].
pub fn merge_into(dataset: &Dataset, imported: &ImportedData) -> (Dataset, Vec<SeriesFile>) {
    let mut merged = dataset.clone();
    let file_title = display_name(&imported.file_name);
    let source_id = unique_id(
        IMPORT_SOURCE_ID,
        &merged
            .sources
            .iter()
            .map(|s| s.id.clone())
            .collect::<HashSet<_>>(),
    );
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
    let mut song_ids: HashSet<String> = merged.songs.iter().map(|s| s.id.clone()).collect();
    let mut files: Vec<SeriesFile> = Vec::new();
    let mut names: Vec<(&str, String)> = Vec::new();
    for series in &imported.series {
        let song_id = match names.iter().find(|(name, _)| *name == series.name) {
            Some((_, id)) => id.clone(),
            None => {
                let id = unique_id(&format!("import-{}", name_slug(&series.name)), &song_ids);
                song_ids.insert(id.clone());
                names.push((&series.name, id.clone()));
                merged.songs.push(Song {
                    id: id.clone(),
                    title: series.name.clone(),
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
                id
            }
        };
        let Some(summary) = series_summary(&song_id, &source_id, &file_title, series) else {
            continue;
        };
        if let Some(file) = files.iter_mut().find(|file| file.song == song_id) {
            file.series.push(SeriesPoints {
                id: summary.id.clone(),
                points: series.points.clone(),
            });
        }
        merged.series.push(summary);
    }
    (merged, files)
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
        id: format!("{song_id}.{IMPORT_CHART}-{}", metric_name(series.metric)),
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

/// `base`, or `base-2`, `base-3`… whichever is not taken.
fn unique_id(base: &str, taken: &HashSet<String>) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_owned()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(id))
        .unwrap_or_else(|| base.to_owned())
}
