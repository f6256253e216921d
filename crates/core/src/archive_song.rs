//! An archive song as a song of a dataset copy, so the spike chart, its
//! statistics, data table and exports draw it unchanged.
//!
//! The song gets an id of its own (`archive-<slug>`) and one weekly rank
//! series on the Billboard Hot 100, built from every week the archive holds
//! for it (weeks off the chart stay gaps). When the song is one the dataset
//! ties to a show (same identity after normalisation), the copy repeats
//! those ties and placements for the new id, so the chart shows the same
//! release markers. A Spotify track gets its daily streams and rank in one
//! region the same way ([`spotify_track_song`]). The points are in the
//! returned [`SeriesFile`], for the page to keep in memory: no such file is
//! ever fetched.

use crate::archive::{region_label, Hot100Archive, SongId, SpotifyArchive, TrackId};
use crate::model::{
    Dataset, Frequency, Metric, Point, Series, SeriesFile, SeriesPoints, Song, SCHEMA_VERSION,
};
use crate::normalize::{slug, SongIdentity};
use crate::shortened::shortened;
use crate::unique_id::unique_id;

/// The chart slug, title and source of archive series (as in the bundled data).
const HOT100_CHART: &str = "billboard-hot-100";
const HOT100_TITLE: &str = "Billboard Hot 100";
const HOT100_SOURCE: &str = "billboard-hot-100-archive";

/// An archive song ready to chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ArchiveSong {
    /// The dataset copy with the song, its series and (when tied) its ties.
    pub dataset: Dataset,
    /// The series' points.
    pub file: SeriesFile,
    /// The song's id in the copy.
    pub song: String,
    /// The bundled song it matched, if the dataset has it.
    pub matched: Option<String>,
}

/// The bundled song that is the same song as `title` by `artist`, if any.
pub fn matching_song<'a>(dataset: &'a Dataset, title: &str, artist: &str) -> Option<&'a Song> {
    let identity = SongIdentity::new(title, artist);
    dataset
        .songs
        .iter()
        .find(|song| SongIdentity::new(&song.title, &song.artist).matches(&identity))
}

/// One series to add: its chart, metric and points.
struct NewSeries {
    chart: String,
    chart_title: String,
    region: String,
    frequency: Frequency,
    metric: Metric,
    chart_size: Option<u32>,
    source: String,
    points: Vec<Point>,
}

/// A copy of `dataset` with the archive's whole Hot 100 history of `song`
/// (`None` when the archive has no such song or no week of it).
pub fn archive_song(
    dataset: &Dataset,
    archive: &Hot100Archive,
    song: SongId,
) -> Option<ArchiveSong> {
    if song.0 as usize >= archive.song_count() {
        return None;
    }
    let points: Vec<Point> = archive
        .history(song)
        .into_iter()
        .map(|week| Point {
            date: week.date,
            value: f64::from(week.entry.rank),
        })
        .collect();
    let series = NewSeries {
        chart: HOT100_CHART.to_owned(),
        chart_title: HOT100_TITLE.to_owned(),
        region: "us".to_owned(),
        frequency: Frequency::Weekly,
        metric: Metric::Rank,
        chart_size: Some(100),
        source: HOT100_SOURCE.to_owned(),
        points,
    };
    chartable(
        dataset,
        archive.title(song),
        archive.artist(song),
        vec![series],
    )
}

/// A copy of `dataset` with a Spotify track's daily rank and streams in
/// one region (`None` when the track never charted there).
pub fn spotify_track_song(
    dataset: &Dataset,
    archive: &SpotifyArchive,
    region: usize,
    track: TrackId,
) -> Option<ArchiveSong> {
    if track.0 as usize >= archive.track_count() {
        return None;
    }
    let info = archive.regions().into_iter().find(|r| r.index == region)?;
    let name = info.name.to_ascii_lowercase();
    let days = archive.track_history(region, track);
    let source = match name.as_str() {
        "us" => "spotify-us-daily-2017",
        _ => "spotify-global-daily-2017-2018",
    };
    let shown = region_label(&name);
    let series = |metric: Metric, value: &dyn Fn(&crate::archive::TrackDay) -> f64| NewSeries {
        chart: format!("spotify-{name}-daily"),
        chart_title: format!("Spotify Top 200, {shown}, daily"),
        region: name.clone(),
        frequency: Frequency::Daily,
        metric,
        chart_size: (metric == Metric::Rank).then_some(200),
        source: source.to_owned(),
        points: days
            .iter()
            .map(|day| Point {
                date: day.date,
                value: value(day),
            })
            .collect(),
    };
    let streams = series(Metric::Streams, &|day| day.streams as f64);
    let ranks = series(Metric::Rank, &|day| f64::from(day.rank));
    chartable(
        dataset,
        archive.title(track),
        archive.artist(track),
        vec![streams, ranks],
    )
}

/// The dataset copy with a song of `title` by `artist` holding `series`
/// (the ties of the bundled song it matches repeated for it).
fn chartable(
    dataset: &Dataset,
    title: &str,
    artist: &str,
    series: Vec<NewSeries>,
) -> Option<ArchiveSong> {
    if series.iter().all(|s| s.points.is_empty()) {
        return None;
    }
    let matched = matching_song(dataset, title, artist).map(|s| s.id.clone());
    let mut copy = dataset.clone();
    let base = format!("archive-{}", slug(&format!("{title} {artist}")));
    let id = unique_id(&base, &|id| copy.song(id).is_some());
    copy.songs.push(Song {
        id: id.clone(),
        title: title.to_owned(),
        artist: artist.to_owned(),
        original_artist: None,
        key: format!("archive:{id}"),
        links: Vec::new(),
    });
    if let Some(bundled) = &matched {
        let ties: Vec<_> = copy
            .show_songs
            .iter()
            .filter(|tie| &tie.song == bundled)
            .cloned()
            .map(|mut tie| {
                tie.song = id.clone();
                tie
            })
            .collect();
        let placements: Vec<_> = copy
            .placements
            .iter()
            .filter(|placement| &placement.song == bundled)
            .cloned()
            .map(|mut placement| {
                placement.song = id.clone();
                placement
            })
            .collect();
        copy.show_songs.extend(ties);
        copy.placements.extend(placements);
    }
    let mut file = SeriesFile {
        schema_version: SCHEMA_VERSION,
        song: id.clone(),
        series: Vec::new(),
    };
    // Like the bundled ids: the metric is named only when a chart has both.
    let charts: Vec<String> = series.iter().map(|s| s.chart.clone()).collect();
    for new in series {
        let (Some(first), Some(last)) = (new.points.first(), new.points.last()) else {
            continue;
        };
        let both = charts.iter().filter(|chart| **chart == new.chart).count() > 1;
        let series_id = match (both, new.metric) {
            (false, _) => format!("{id}.{}", new.chart),
            (true, Metric::Rank) => format!("{id}.{}-rank", new.chart),
            (true, Metric::Streams) => format!("{id}.{}-streams", new.chart),
        };
        copy.series.push(Series {
            id: series_id.clone(),
            song: id.clone(),
            chart: new.chart,
            chart_title: new.chart_title,
            region: new.region,
            frequency: new.frequency,
            metric: new.metric,
            chart_size: new.chart_size,
            source: new.source,
            first: first.date,
            last: last.date,
            count: u32::try_from(new.points.len()).unwrap_or(u32::MAX),
            file: format!("series/{id}.json"),
        });
        file.series.push(SeriesPoints {
            id: series_id,
            points: new.points,
        });
    }
    Some(ArchiveSong {
        dataset: copy,
        file,
        song: id,
        matched,
    })
}

/// Which archive chart a link or an embed shows: `archive=hot100` or
/// `archive=spotify-<region>`, with the `title` and `artist` as printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchiveRef {
    /// `None` for the Hot 100, else the Spotify region (`us`, `global`).
    pub spotify_region: Option<String>,
    /// The title as the chart printed it.
    pub title: String,
    /// The artist as the chart printed it.
    pub artist: String,
}

/// The query keys of an archive reference.
pub const ARCHIVE_QUERY_KEYS: [&str; 3] = ["archive", "title", "artist"];

impl ArchiveRef {
    /// Reads `archive`, `title` and `artist`; `None` without `archive`, or
    /// `Err` naming what is wrong.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<Result<ArchiveRef, String>> {
        let (mut archive, mut title, mut artist) = (None, None, None);
        for (key, value) in pairs {
            match key {
                "archive" => archive = Some(value),
                "title" => title = Some(value),
                "artist" => artist = Some(value),
                _ => {}
            }
        }
        let archive = archive?;
        let spotify_region = match archive {
            "hot100" => None,
            other => match other.strip_prefix("spotify-") {
                Some(region @ ("us" | "global")) => Some(region.to_owned()),
                _ => {
                    return Some(Err(format!(
                        "“{}” is not an archive: use hot100, spotify-us or spotify-global",
                        shortened(other)
                    )))
                }
            },
        };
        Some(match title.map(str::trim).filter(|t| !t.is_empty()) {
            None => Err("an archive chart needs the song's title (title=)".to_owned()),
            Some(title) => Ok(ArchiveRef {
                spotify_region,
                title: title.to_owned(),
                artist: artist.unwrap_or_default().trim().to_owned(),
            }),
        })
    }

    /// The pairs that write this reference.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let archive = match &self.spotify_region {
            None => "hot100".to_owned(),
            Some(region) => format!("spotify-{region}"),
        };
        vec![
            ("archive", archive),
            ("title", self.title.clone()),
            ("artist", self.artist.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> Option<Result<ArchiveRef, String>> {
        ArchiveRef::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn archive_references_round_trip_and_name_what_is_wrong() {
        assert_eq!(read(&[("songs", "x")]), None);
        let hot = read(&[
            ("archive", "hot100"),
            ("title", " Dreams "),
            ("artist", "Fleetwood Mac"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(
            (
                hot.spotify_region.as_deref(),
                hot.title.as_str(),
                hot.artist.as_str()
            ),
            (None, "Dreams", "Fleetwood Mac")
        );
        let pairs = hot.to_pairs();
        let again = ArchiveRef::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(again, Some(Ok(hot)));
        let us = read(&[("archive", "spotify-us"), ("title", "Location")])
            .unwrap()
            .unwrap();
        assert_eq!(us.spotify_region.as_deref(), Some("us"));
        assert_eq!(
            read(&[("archive", "spotify-mars"), ("title", "x")]),
            Some(Err(
                "“spotify-mars” is not an archive: use hot100, spotify-us or spotify-global"
                    .to_owned()
            ))
        );
        assert_eq!(
            read(&[("archive", "hot100")]),
            Some(Err(
                "an archive chart needs the song's title (title=)".to_owned()
            ))
        );
    }
}
