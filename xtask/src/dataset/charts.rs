//! The charts series are extracted from, and how each file names its columns.

use needledrop_core::model::{Frequency, Metric};

use super::catalogue::{GENRE_CHARTS, HOT_100, SPOTIFY_GLOBAL, SPOTIFY_US};

/// Where a chart's rows are and what its columns are called.
pub struct ChartFile {
    /// File under the workspace root.
    pub path: &'static str,
    /// Source id.
    pub source: &'static str,
    /// Column of the chart date.
    pub date: &'static str,
    /// Column of the rank.
    pub rank: &'static str,
    /// Column of the title.
    pub title: &'static str,
    /// Column of the artist credit.
    pub artist: &'static str,
    /// Column of the streams, for charts that publish them.
    pub streams: Option<&'static str>,
    /// Column of Billboard's chart slug, for a file holding several charts.
    pub chart_slug: Option<&'static str>,
    /// Column of the chart title, for a file holding several charts.
    pub chart_title: Option<&'static str>,
    /// Chart slug and title, for a file holding one chart.
    pub chart: Option<(&'static str, &'static str)>,
    /// Region of the chart.
    pub region: &'static str,
    /// How often the chart is published.
    pub frequency: Frequency,
    /// Whether the whole chart is in the file, so its size can be read from
    /// it (the largest rank); an extract of a few songs does not tell.
    pub complete: bool,
}

/// The Billboard Hot 100 archive, 1958-2026.
pub const HOT_100_FILE: ChartFile = ChartFile {
    path: "data/sources/archive/billboard_hot100_weekly_1958_2026.csv.gz",
    source: HOT_100,
    date: "chart_date",
    rank: "this_week",
    title: "song",
    artist: "artist",
    streams: None,
    chart_slug: None,
    chart_title: None,
    chart: Some(("billboard-hot-100", "Billboard Hot 100")),
    region: "us",
    frequency: Frequency::Weekly,
    complete: true,
};

/// The Billboard genre and airplay chart rows of the songs tied to shows.
pub const GENRE_FILE: ChartFile = ChartFile {
    path: "data/sources/curated/billboard_genre_charts_weekly_netflix_songs.csv",
    source: GENRE_CHARTS,
    date: "chart_date",
    rank: "this_week",
    title: "song",
    artist: "artist",
    streams: None,
    chart_slug: Some("chart_slug"),
    chart_title: Some("chart_title"),
    chart: None,
    region: "us",
    frequency: Frequency::Weekly,
    complete: false,
};

/// The Spotify US daily Top 200, 2017.
pub const SPOTIFY_US_FILE: ChartFile = ChartFile {
    path: "data/sources/archive/spotify_us_daily_top200_2017.csv.gz",
    source: SPOTIFY_US,
    date: "Date",
    rank: "Position",
    title: "Track Name",
    artist: "Artist",
    streams: Some("Streams"),
    chart_slug: None,
    chart_title: None,
    chart: Some(("spotify-us-daily", "Spotify Top 200, US, daily")),
    region: "us",
    frequency: Frequency::Daily,
    complete: true,
};

/// The Spotify global daily Top 200, October 2017 to March 2018.
pub const SPOTIFY_GLOBAL_FILE: ChartFile = ChartFile {
    path: "data/sources/archive/spotify_global_daily_top200_2017-10_2018-03.csv.gz",
    source: SPOTIFY_GLOBAL,
    date: "Date",
    rank: "Position",
    title: "Track_Name",
    artist: "Artist",
    streams: Some("Streams"),
    chart_slug: None,
    chart_title: None,
    chart: Some(("spotify-global-daily", "Spotify Top 200, global, daily")),
    region: "global",
    frequency: Frequency::Daily,
    complete: true,
};

/// Every chart file, in the order their series are listed for a song.
pub const CHART_FILES: [&ChartFile; 4] = [
    &HOT_100_FILE,
    &GENRE_FILE,
    &SPOTIFY_US_FILE,
    &SPOTIFY_GLOBAL_FILE,
];

/// The id suffix of a series: the chart slug, plus the metric for charts
/// that publish both rank and streams.
pub fn series_suffix(chart: &str, metric: Metric, two_metrics: bool) -> String {
    match (two_metrics, metric) {
        (false, _) => chart.to_owned(),
        (true, Metric::Rank) => format!("{chart}-rank"),
        (true, Metric::Streams) => format!("{chart}-streams"),
    }
}
