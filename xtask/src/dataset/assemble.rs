//! The whole build in memory: sources in, validated documents out.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use needledrop_core::model::{
    ChartContextFile, Dataset, Metric, Point, Series, SeriesFile, SeriesPoints, SCHEMA_VERSION,
};
use needledrop_core::validate::{validate_chart_context, validate_dataset, validate_series_file};

use super::catalogue::Catalogue;
use super::charts::CHART_FILES;
use super::context::read_context;
use super::extract::{extract, SeriesDraft};
use super::peaks::{derive_lifts, derive_peaks, derive_release_peaks};
use super::placements::{merge_cited_cues, read_caption_cues, read_placements};
use super::reported::{page_titles, read_reported};
use super::shows::ShowBook;
use super::songs::SongBook;
use super::source_table::SourceTable;
use super::ties::{combine_ties, read_chart_ties};

/// The built documents.
pub struct BuiltDataset {
    /// `index.json`.
    pub dataset: Dataset,
    /// `series/<song-id>.json`, one per song with series, sorted by song id.
    pub series_files: Vec<SeriesFile>,
    /// `chart-context.json`.
    pub context: ChartContextFile,
}

fn curated(root: &Path, name: &str) -> Result<SourceTable> {
    SourceTable::read(root, &format!("data/sources/curated/{name}"))
}

/// Reads every source under `root/data/sources` and builds the dataset.
pub fn build(root: &Path) -> Result<BuiltDataset> {
    let (shows, article_date) = ShowBook::read(
        &curated(root, "seed_comparison_table.csv")?,
        &curated(root, "season_release_dates.csv")?,
        &curated(root, "stranger_things_episodes.csv")?,
    )?;
    let mut catalogue = Catalogue::new(article_date);
    let reported_table = curated(root, "reported_streaming_facts.csv")?;
    let pages = page_titles(&reported_table)?;
    let captions = curated(root, "stranger_things_music_cues_from_captions.csv")?;

    // Priority order: placements, captioned artists, chart extracts, then
    // cues without an artist (which may take an artist named above).
    let mut songs = SongBook::default();
    let mut drafts = read_placements(
        &curated(root, "show_song_placements.csv")?,
        &shows,
        &mut songs,
        &mut catalogue,
        &pages,
    )?;
    drafts.extend(read_caption_cues(&captions, &shows, &mut songs, true)?);
    let mut chart_ties = read_chart_ties(
        &curated(root, "billboard_hot100_weekly_netflix_songs.csv")?,
        "song",
        &shows,
        &mut songs,
    )?;
    chart_ties.extend(read_chart_ties(
        &curated(root, "billboard_genre_charts_weekly_netflix_songs.csv")?,
        "song",
        &shows,
        &mut songs,
    )?);
    chart_ties.extend(read_chart_ties(
        &curated(root, "spotify_daily_top200_netflix_songs.csv")?,
        "track",
        &shows,
        &mut songs,
    )?);
    drafts.extend(read_caption_cues(&captions, &shows, &mut songs, false)?);
    let mut drafts = merge_cited_cues(drafts);
    let show_order = |id: &str| shows.shows.iter().position(|show| show.id == id);
    drafts.sort_by(|a, b| {
        (
            show_order(&a.show),
            a.release_date,
            &a.season,
            a.episode,
            &a.timestamp,
        )
            .cmp(&(
                show_order(&b.show),
                b.release_date,
                &b.season,
                b.episode,
                &b.timestamp,
            ))
    });
    let ties = combine_ties(&drafts, &chart_ties);

    let mut series_drafts = Vec::new();
    for (order, file) in CHART_FILES.iter().enumerate() {
        series_drafts.extend(extract(root, file, order, &songs)?);
    }

    let mut all_songs = songs.into_songs();
    let song_ids: Vec<String> = all_songs.iter().map(|song| song.id.clone()).collect();
    all_songs.sort_by(|a, b| a.id.cmp(&b.id));
    let mut placements: Vec<_> = drafts
        .into_iter()
        .map(|d| {
            let id = song_ids[d.song].clone();
            d.into_placement(id)
        })
        .collect();
    placements.sort_by(|a, b| (show_order(&a.show), &a.show).cmp(&(show_order(&b.show), &b.show)));
    let mut show_songs: Vec<_> = ties
        .into_iter()
        .map(|t| {
            let id = song_ids[t.song].clone();
            t.into_show_song(id)
        })
        .collect();
    show_songs.sort_by(|a, b| (show_order(&a.show), &a.song).cmp(&(show_order(&b.show), &b.song)));

    let (series, series_files) = series_documents(series_drafts, &song_ids);
    let points: Vec<&SeriesPoints> = series_files
        .iter()
        .flat_map(|file| file.series.iter())
        .collect();
    let peaks = derive_peaks(&series, &points);
    let release_peaks = derive_release_peaks(&shows.shows, &show_songs, &series, &points);
    let reported = read_reported(&reported_table, &shows, &all_songs)?;
    let context = read_context(&curated(root, "spotify_chart_coverage.csv")?)?;

    let mut dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        sources: catalogue.into_sources(),
        shows: shows.shows,
        songs: all_songs,
        show_songs,
        placements,
        series,
        peaks,
        release_peaks,
        lifts: Vec::new(),
        reported,
    };
    dataset.lifts = derive_lifts(&dataset, &series_files);
    validate_dataset(&dataset)
        .map_err(|error| anyhow!("the built index.json is invalid: {error}"))?;
    for file in &series_files {
        validate_series_file(file, &dataset)
            .with_context(|| format!("the built series/{}.json is invalid", file.song))?;
    }
    validate_chart_context(&context, &dataset)
        .context("the built chart-context.json is invalid")?;
    Ok(BuiltDataset {
        dataset,
        series_files,
        context,
    })
}

/// Series summaries (sorted by song id, chart file, chart, metric) and the per-song files.
fn series_documents(
    mut drafts: Vec<SeriesDraft>,
    song_ids: &[String],
) -> (Vec<Series>, Vec<SeriesFile>) {
    let metric_order = |metric: Metric| matches!(metric, Metric::Streams);
    drafts.sort_by(|a, b| {
        (
            &song_ids[a.song],
            a.file_order,
            &a.chart,
            metric_order(a.metric),
        )
            .cmp(&(
                &song_ids[b.song],
                b.file_order,
                &b.chart,
                metric_order(b.metric),
            ))
    });
    let mut summaries = Vec::new();
    let mut files: BTreeMap<String, Vec<SeriesPoints>> = BTreeMap::new();
    for draft in drafts {
        let song = song_ids[draft.song].clone();
        let points: Vec<Point> = draft
            .points
            .into_iter()
            .map(|(date, value)| Point { date, value })
            .collect();
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            continue;
        };
        let id = format!("{song}.{}", draft.suffix);
        summaries.push(Series {
            id: id.clone(),
            song: song.clone(),
            chart: draft.chart,
            chart_title: draft.chart_title,
            region: draft.region.to_owned(),
            frequency: draft.frequency,
            metric: draft.metric,
            chart_size: draft.chart_size,
            source: draft.source.to_owned(),
            first: first.date,
            last: last.date,
            count: u32::try_from(points.len()).unwrap_or(u32::MAX),
            file: format!("series/{song}.json"),
        });
        files
            .entry(song)
            .or_default()
            .push(SeriesPoints { id, points });
    }
    let files = files
        .into_iter()
        .map(|(song, series)| SeriesFile {
            schema_version: SCHEMA_VERSION,
            song,
            series,
        })
        .collect();
    (summaries, files)
}
