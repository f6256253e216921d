//! The schema's types read from JSON, field by field ([`FromJson`]).
//!
//! One line per field ([`read_fields!`](super::read_fields)) says how it is
//! read and whether it may be left out: `required`, `default` (an empty
//! list when missing) or `optional` (`null` or missing is none). Every
//! object refuses fields it does not name.

use super::read_fields::read_fields;
use super::reader::{FromJson, JsonReader, ReadError};
use crate::model::{
    ChartContext, ChartContextFile, ChartDay, ChartPeak, ComparisonFigures, Dataset, Episode,
    Frequency, Link, Metric, Placement, Point, ReleasePeak, ReportedFigure, Season, Series,
    SeriesFile, SeriesPoints, Show, ShowSong, Song, Source,
};
use crate::stats::{LiftMeasure, ShowLift};

impl FromJson for String {
    fn read(reader: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        reader.string()
    }
}

impl FromJson for Dataset {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Dataset {
                schema_version: required(JsonReader::u32),
                sources: required(JsonReader::array),
                shows: required(JsonReader::array),
                songs: default(JsonReader::array),
                show_songs: default(JsonReader::array),
                placements: default(JsonReader::array),
                series: default(JsonReader::array),
                peaks: default(JsonReader::array),
                release_peaks: default(JsonReader::array),
                lifts: default(JsonReader::array),
                reported: default(JsonReader::array),
            }
        )
    }
}

impl FromJson for Source {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Source {
                id: required(JsonReader::string),
                title: required(JsonReader::string),
                url: optional(JsonReader::string),
                commit: optional(JsonReader::string),
                date: optional(JsonReader::date),
                path: optional(JsonReader::string),
                licence: required(JsonReader::string),
                note: optional(JsonReader::string),
            }
        )
    }
}

impl FromJson for Show {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Show {
                id: required(JsonReader::string),
                title: required(JsonReader::string),
                genres: default(JsonReader::array),
                seasons: default(JsonReader::array),
                comparison: optional(ComparisonFigures::read),
            }
        )
    }
}

impl FromJson for Season {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Season {
                season: required(JsonReader::string),
                number: optional(JsonReader::u32),
                label: required(JsonReader::string),
                release_date: required(JsonReader::date),
                source: required(JsonReader::string),
                episodes: default(JsonReader::array),
            }
        )
    }
}

impl FromJson for Episode {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Episode {
                number: required(JsonReader::u32),
                title: required(JsonReader::string),
                release_date: required(JsonReader::date),
            }
        )
    }
}

impl FromJson for ComparisonFigures {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ComparisonFigures {
                music_genre: required(JsonReader::string),
                peak_position: required(JsonReader::u32),
                peak_chart: required(JsonReader::string),
                notable_artists: required(JsonReader::array),
                fan_engagement: required(JsonReader::string),
                source: required(JsonReader::string),
            }
        )
    }
}

impl FromJson for Song {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Song {
                id: required(JsonReader::string),
                title: required(JsonReader::string),
                artist: required(JsonReader::string),
                original_artist: optional(JsonReader::string),
                key: required(JsonReader::string),
                links: default(JsonReader::array),
            }
        )
    }
}

impl FromJson for Link {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Link {
                label: required(JsonReader::string),
                url: required(JsonReader::string),
            }
        )
    }
}

impl FromJson for ShowSong {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ShowSong {
                show: required(JsonReader::string),
                song: required(JsonReader::string),
                season: required(JsonReader::string),
                sources: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for Placement {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Placement {
                show: required(JsonReader::string),
                song: required(JsonReader::string),
                season: required(JsonReader::string),
                episode: optional(JsonReader::u32),
                timestamp: optional(JsonReader::string),
                note: required(JsonReader::string),
                in_show: required(JsonReader::bool),
                source: required(JsonReader::string),
            }
        )
    }
}

impl FromJson for Series {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Series {
                id: required(JsonReader::string),
                song: required(JsonReader::string),
                chart: required(JsonReader::string),
                chart_title: required(JsonReader::string),
                region: required(JsonReader::string),
                frequency: required(read_frequency),
                metric: required(Metric::read),
                chart_size: optional(JsonReader::u32),
                source: required(JsonReader::string),
                first: required(JsonReader::date),
                last: required(JsonReader::date),
                count: required(JsonReader::u32),
                file: required(JsonReader::string),
            }
        )
    }
}

fn read_frequency(reader: &mut JsonReader<'_>) -> Result<Frequency, ReadError> {
    let index = reader.variant(&["daily", "weekly"])?;
    Ok([Frequency::Daily, Frequency::Weekly][index])
}

impl FromJson for Metric {
    fn read(reader: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        let index = reader.variant(&Metric::NAMES)?;
        Ok(Metric::ALL[index])
    }
}

impl FromJson for ChartPeak {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ChartPeak {
                song: required(JsonReader::string),
                series: required(JsonReader::string),
                streams_series: optional(JsonReader::string),
                best_rank: required(JsonReader::u32),
                best_rank_date: required(JsonReader::date),
                max_streams: optional(JsonReader::u64),
                max_streams_date: optional(JsonReader::date),
            }
        )
    }
}

impl FromJson for ReleasePeak {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ReleasePeak {
                show: required(JsonReader::string),
                song: required(JsonReader::string),
                season: required(JsonReader::string),
                series: required(JsonReader::string),
                entry_date: required(JsonReader::date),
                best_rank: required(JsonReader::u32),
                best_rank_date: required(JsonReader::date),
            }
        )
    }
}

impl FromJson for ShowLift {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ShowLift {
                show: required(JsonReader::string),
                song: required(JsonReader::string),
                series: required(JsonReader::string),
                chart_title: required(JsonReader::string),
                release_title: required(JsonReader::string),
                measure: required(LiftMeasure::read),
            }
        )
    }
}

/// Places climbed, as written inside `{"rank_gained": {...}}`.
struct RankGained {
    from: f64,
    from_off_chart: bool,
    to: f64,
}

impl FromJson for LiftMeasure {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        let mut measure = None;
        r.object(&["streams_ratio", "rank_gained"], &mut |reader, name| {
            if measure.is_some() {
                return Err(reader.invalid("a lift has one measure, not two".to_owned()));
            }
            measure = Some(if name == "streams_ratio" {
                LiftMeasure::StreamsRatio(reader.f64()?)
            } else {
                let RankGained {
                    from,
                    from_off_chart,
                    to,
                } = read_fields!(
                    reader,
                    RankGained {
                        from: required(JsonReader::f64),
                        from_off_chart: required(JsonReader::bool),
                        to: required(JsonReader::f64),
                    }
                )?;
                LiftMeasure::RankGained {
                    from,
                    from_off_chart,
                    to,
                }
            });
            Ok(())
        })?;
        measure.ok_or_else(|| r.invalid("a lift needs `streams_ratio` or `rank_gained`".to_owned()))
    }
}

impl FromJson for ReportedFigure {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ReportedFigure {
                show: required(JsonReader::string),
                song: optional(JsonReader::string),
                title_as_printed: required(JsonReader::string),
                artist_as_printed: required(JsonReader::string),
                claim: required(JsonReader::string),
                value: required(JsonReader::string),
                unit: required(JsonReader::string),
                period: required(JsonReader::string),
                region: required(JsonReader::string),
                provider: required(JsonReader::string),
                publisher: required(JsonReader::string),
                url: required(JsonReader::string),
                page_date: required(JsonReader::string),
                reliability: required(JsonReader::string),
            }
        )
    }
}

impl FromJson for SeriesFile {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            SeriesFile {
                schema_version: required(JsonReader::u32),
                song: required(JsonReader::string),
                series: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for SeriesPoints {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            SeriesPoints {
                id: required(JsonReader::string),
                points: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for Point {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            Point {
                date: required(JsonReader::date),
                value: required(JsonReader::f64),
            }
        )
    }
}

impl FromJson for ChartContextFile {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ChartContextFile {
                schema_version: required(JsonReader::u32),
                charts: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for ChartContext {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ChartContext {
                chart: required(JsonReader::string),
                region: required(JsonReader::string),
                source: required(JsonReader::string),
                days: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for ChartDay {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ChartDay {
                date: required(JsonReader::date),
                entries: required(JsonReader::u32),
                streams_at_rank_1: required(JsonReader::u64),
                streams_at_last_rank: required(JsonReader::u64),
                last_rank: required(JsonReader::u32),
            }
        )
    }
}
