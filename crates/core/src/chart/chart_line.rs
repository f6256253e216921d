//! A series as the chart draws it: its points on the chart's x axis, and
//! the markers placed on the same axis.

use crate::model::{Frequency, Metric};
use crate::Date;

use super::markers::Marker;
use super::palette::DashPattern;

/// One observation placed on the x axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    /// Day number: days since 1970-01-01 (calendar) or since the song's release (event time).
    pub x: f64,
    /// Rank or streams, exactly as in the data.
    pub value: f64,
    /// Chart date.
    pub date: Date,
}

/// One series as a line.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLine {
    /// Series id.
    pub series_id: String,
    /// Chart key (the series id without the song id): what `series=` names.
    pub chart_key: String,
    /// Song id.
    pub song_id: String,
    /// Song title.
    pub song_title: String,
    /// Chart title (`Billboard Hot 100`).
    pub chart_title: String,
    /// Legend label: the chart, after the song's title when the chart has several songs.
    pub label: String,
    /// The chart alone (`Billboard Hot 100`, `Spotify Top 200, US, daily · rank`).
    pub chart_label: String,
    /// Rank or streams.
    pub metric: Metric,
    /// Daily or weekly (a step longer than one period is a gap).
    pub frequency: Frequency,
    /// Positions on the chart, when fixed.
    pub chart_size: Option<u32>,
    /// Palette index ([`super::ChartTheme::series_colour`]).
    pub colour: usize,
    /// Dash pattern.
    pub dash: DashPattern,
    /// Whether the series is shown (legend toggles hide it).
    pub visible: bool,
    /// Whether its points are loaded.
    pub loaded: bool,
    /// Every point of the series on this chart's x axis, sorted.
    pub points: Vec<ChartPoint>,
    /// The release day 0 stands for in event time.
    pub release: Option<Date>,
}

/// A series named with its song: "Song — Chart" (a chart of several songs,
/// and the legend's toggles on a show's chart).
pub fn song_and_chart(song_title: &str, chart_label: &str) -> String {
    format!("{song_title} — {chart_label}")
}

#[cfg(test)]
impl ChartLine {
    /// For unit tests: a visible, loaded weekly rank line of song `song`
    /// (titled in capitals) on the Billboard chart `chart`, with no points.
    pub(crate) fn sample(song: &str, chart: &str) -> Self {
        let several_songs_label = song_and_chart(&song.to_uppercase(), chart);
        ChartLine {
            series_id: format!("{song}.{chart}"),
            chart_key: chart.into(),
            song_id: song.into(),
            song_title: song.to_uppercase(),
            chart_title: chart.into(),
            label: several_songs_label,
            chart_label: chart.into(),
            metric: Metric::Rank,
            frequency: Frequency::Weekly,
            chart_size: Some(100),
            colour: 0,
            dash: DashPattern::Solid,
            visible: true,
            loaded: true,
            points: Vec::new(),
            release: None,
        }
    }
}

impl ChartLine {
    /// Whether the line is drawn: shown in the legend and its points loaded.
    pub fn drawn(&self) -> bool {
        self.visible && self.loaded
    }

    /// Chart period in days: 1 for daily charts, 7 for weekly.
    pub fn period_days(&self) -> f64 {
        match self.frequency {
            Frequency::Daily => 1.0,
            Frequency::Weekly => 7.0,
        }
    }
}

/// A marker placed on the x axis.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMarker {
    /// Position on the x axis.
    pub x: f64,
    /// The marker.
    pub marker: Marker,
}
