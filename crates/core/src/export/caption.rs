//! What travels with a chart outside the app: its title and its sources.

use crate::chart::ChartSpec;
use crate::model::Source;
use crate::Dataset;

/// "Running Up That Hill — Kate Bush" for one song; several songs' titles
/// joined ("A, B and C"); "Needledrop chart" when none is known.
pub fn chart_title(dataset: &Dataset, songs: &[String]) -> String {
    let names: Vec<String> = songs
        .iter()
        .filter_map(|id| dataset.song(id))
        .map(|song| {
            if songs.len() == 1 && !song.artist.is_empty() {
                format!("{} — {}", song.title, song.artist)
            } else {
                song.title.clone()
            }
        })
        .collect();
    match names.as_slice() {
        [] => "Needledrop chart".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The sources of the series drawn (shown and loaded), each once, in legend order.
pub fn chart_sources<'a>(dataset: &'a Dataset, spec: &ChartSpec) -> Vec<&'a Source> {
    let mut sources: Vec<&Source> = Vec::new();
    for (_, line) in spec.visible_lines() {
        let source = dataset
            .series
            .iter()
            .find(|series| series.id == line.series_id)
            .and_then(|series| dataset.source(&series.source));
        if let Some(source) = source {
            if !sources.iter().any(|known| known.id == source.id) {
                sources.push(source);
            }
        }
    }
    sources
}

/// "Source: A; B" (plain text), or an empty string without sources.
pub fn source_line(dataset: &Dataset, spec: &ChartSpec) -> String {
    let titles: Vec<&str> = chart_sources(dataset, spec)
        .into_iter()
        .map(|source| source.title.as_str())
        .collect();
    match titles.len() {
        0 => String::new(),
        1 => format!("Source: {}", titles[0]),
        _ => format!("Sources: {}", titles.join("; ")),
    }
}
