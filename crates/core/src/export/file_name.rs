//! Download file names that say what the file holds:
//! `<songs>_<series>_<from>_<to>.<extension>`.

use crate::chart::{ChartSpec, RangeBound};

/// Longest stem kept (file systems allow 255 bytes; leave room for the extension).
const MAX_STEM: usize = 160;

/// A name such as
/// `running-up-that-hill-kate-bush_billboard-hot-100_2022-05-01_2022-12-31.csv`:
/// the songs shown, the charts shown (`all-series` when every series of the
/// songs is), and the visible range (dates, or `day-56_day182` in event time).
/// Only lowercase letters, digits, `-`, `_` and `+` appear.
pub fn export_file_name(spec: &ChartSpec, extension: &str) -> String {
    let mut songs: Vec<&str> = Vec::new();
    let mut charts: Vec<&str> = Vec::new();
    for (_, line) in spec.visible_lines() {
        if !songs.contains(&line.song_id.as_str()) {
            songs.push(&line.song_id);
        }
        if !charts.contains(&line.chart_key.as_str()) {
            charts.push(&line.chart_key);
        }
    }
    let all_shown = spec.lines.iter().all(|line| line.visible);
    let songs_part = if songs.is_empty() {
        "chart".to_owned()
    } else {
        songs.join("+")
    };
    let charts_part = if all_shown && charts.len() > 1 {
        "all-series".to_owned()
    } else {
        charts.join("+")
    };
    let bound = |x: f64| match spec.x_bound(x) {
        Some(RangeBound::Date(date)) => date.to_string(),
        Some(RangeBound::Day(day)) => format!("day{day}"),
        None => String::new(),
    };
    let parts = [
        songs_part,
        charts_part,
        bound(spec.x_range.0),
        bound(spec.x_range.1),
    ];
    let stem: String = parts
        .iter()
        .filter(|part| !part.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("_")
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '-' | '_' | '+' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .take(MAX_STEM)
        .collect();
    let extension: String = extension
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!("{stem}.{extension}")
}
