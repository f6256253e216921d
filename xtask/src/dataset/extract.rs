//! Extracting each song's series from the chart files.
//!
//! Every row of a chart file is matched to the songs by identity (see
//! `needledrop_core::normalize`); a song without an artist matches nothing.
//! Rows without a title (six in the Spotify global file) cannot be
//! attributed and are skipped. Two rows of one song on one chart and date
//! are an error, never silently merged.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{bail, Result};
use needledrop_core::model::{Frequency, Metric};
use needledrop_core::normalize::{split_title, SongIdentity};
use needledrop_core::Date;

use super::charts::{series_suffix, ChartFile};
use super::songs::{SongBook, SongIndex};
use super::source_table::SourceTable;

/// One series of one song, before song ids are known.
pub struct SeriesDraft {
    /// Song index.
    pub song: SongIndex,
    /// Id suffix after the song id.
    pub suffix: String,
    /// Chart slug.
    pub chart: String,
    /// Chart title.
    pub chart_title: String,
    /// Region.
    pub region: &'static str,
    /// Daily or weekly.
    pub frequency: Frequency,
    /// Rank or streams.
    pub metric: Metric,
    /// Chart size, when the whole chart is in the source.
    pub chart_size: Option<u32>,
    /// Source id.
    pub source: &'static str,
    /// Position of the chart file in [`super::charts::CHART_FILES`], for ordering.
    pub file_order: usize,
    /// Values by date.
    pub points: BTreeMap<Date, f64>,
}

/// Songs that have an artist, by normalised title and version.
fn songs_by_title(songs: &SongBook) -> HashMap<(String, String), Vec<SongIndex>> {
    let mut index: HashMap<(String, String), Vec<SongIndex>> = HashMap::new();
    for (song, entry) in songs.entries().iter().enumerate() {
        if entry.identity.has_artist() {
            index
                .entry((entry.identity.title.clone(), entry.identity.version.clone()))
                .or_default()
                .push(song);
        }
    }
    index
}

/// Reads one chart file and returns the series of every song found in it.
pub fn extract(
    root: &Path,
    file: &ChartFile,
    file_order: usize,
    songs: &SongBook,
) -> Result<Vec<SeriesDraft>> {
    let table = SourceTable::read(root, file.path)?;
    let mut required = vec![file.date, file.rank, file.title, file.artist];
    required.extend(
        file.streams
            .iter()
            .chain(file.chart_slug.iter())
            .chain(file.chart_title.iter()),
    );
    table.require(&required)?;
    let index = songs_by_title(songs);
    let mut drafts: BTreeMap<(SongIndex, String), SeriesDraft> = BTreeMap::new();
    let mut largest_rank = 0u32;
    for row in table.rows() {
        let title = row.cell(file.title)?;
        if title.is_empty() {
            continue;
        }
        let rank: u32 = row.number_in(file.rank)?;
        if rank == 0 {
            return Err(row.invalid(file.rank, "a rank starts at 1"));
        }
        largest_rank = largest_rank.max(rank);
        let parts = split_title(title);
        let Some(candidates) = index.get(&(parts.base, parts.version)) else {
            continue;
        };
        let identity = SongIdentity::new(title, row.cell(file.artist)?);
        let matched: Vec<SongIndex> = candidates
            .iter()
            .copied()
            .filter(|&song| songs.entries()[song].identity.matches(&identity))
            .collect();
        let song = match matched.as_slice() {
            [] => continue,
            [song] => *song,
            _ => bail!("{}: \"{title}\" matches more than one song", row.place()),
        };
        let date = row.date(file.date)?;
        let (chart, chart_title) = match (file.chart, file.chart_slug, file.chart_title) {
            (Some((chart, title)), _, _) => (chart.to_owned(), title.to_owned()),
            (None, Some(slug_column), Some(title_column)) => (
                format!("billboard-{}", row.text(slug_column)?),
                format!("Billboard {}", row.text(title_column)?),
            ),
            _ => bail!("{}: the chart of these rows is not described", file.path),
        };
        let mut values = vec![(Metric::Rank, f64::from(rank))];
        if let Some(column) = file.streams {
            let streams: u64 = row.number_in(column)?;
            // Exact: daily stream counts are far below 2^53.
            values.push((Metric::Streams, streams as f64));
        }
        let two_metrics = file.streams.is_some();
        for (metric, value) in values {
            let suffix = series_suffix(&chart, metric, two_metrics);
            let draft = drafts
                .entry((song, suffix.clone()))
                .or_insert_with(|| SeriesDraft {
                    song,
                    suffix,
                    chart: chart.clone(),
                    chart_title: chart_title.clone(),
                    region: file.region,
                    frequency: file.frequency,
                    metric,
                    chart_size: None,
                    source: file.source,
                    file_order,
                    points: BTreeMap::new(),
                });
            if draft.points.insert(date, value).is_some() {
                bail!(
                    "{}: \"{title}\" is on {} twice on {date}",
                    row.place(),
                    draft.chart_title
                );
            }
        }
    }
    let chart_size = file.complete.then_some(largest_rank);
    let mut drafts: Vec<SeriesDraft> = drafts.into_values().collect();
    for draft in &mut drafts {
        if draft.metric == Metric::Rank {
            draft.chart_size = chart_size;
        }
    }
    Ok(drafts)
}
