//! Static SVG fallbacks: each song's default chart (as its song page first
//! draws it) rendered with the app's own drawing code through plotters' SVG
//! backend, with its title and source line, for `<img>` embeds where scripts
//! cannot run and for link previews. Deterministic: same data, same bytes.

use std::collections::BTreeMap;

use needledrop_core::chart::{
    build_chart_spec, Align, ChartQuery, ChartRequest, ChartTheme, LoadedPoints,
};
use needledrop_core::export::{chart_svg_document, chart_title, source_line, SvgCaption};

use super::assemble::BuiltDataset;

/// Size of every fallback chart, in pixels.
pub const FALLBACK_SIZE: (u32, u32) = (800, 400);

/// The folder of the fallbacks, relative to the data folder.
pub const FALLBACK_DIR: &str = "embed";

/// `embed/<song-id>.svg` for every song with series, light theme.
pub fn render_fallbacks(built: &BuiltDataset) -> BTreeMap<String, Vec<u8>> {
    let points = LoadedPoints::from_files(built.series_files.iter());
    let query = ChartQuery::default();
    let mut files = BTreeMap::new();
    for file in &built.series_files {
        let songs = vec![file.song.clone()];
        let spec = build_chart_spec(
            &built.dataset,
            &points,
            ChartRequest::new(&songs, &query, Align::Calendar),
        );
        let title = chart_title(&built.dataset, &songs);
        let source = source_line(&built.dataset, &spec);
        let svg = chart_svg_document(
            &spec,
            &ChartTheme::light(),
            SvgCaption {
                title: &title,
                source_line: &source,
            },
            FALLBACK_SIZE,
        );
        files.insert(
            format!("{FALLBACK_DIR}/{}.svg", file.song),
            svg.into_bytes(),
        );
    }
    files
}

#[cfg(test)]
mod tests {
    use super::super::assemble::build;
    use super::*;

    #[test]
    fn every_charted_song_has_a_committed_fallback_with_its_series_label() {
        let built = build(&crate::root()).unwrap();
        let files = render_fallbacks(&built);
        assert_eq!(files.len(), built.series_files.len());
        for file in &built.series_files {
            let name = format!("{FALLBACK_DIR}/{}.svg", file.song);
            let committed = std::fs::read_to_string(crate::root().join("public/data").join(&name))
                .unwrap_or_else(|_| panic!("public/data/{name} is committed"));
            assert_eq!(committed.as_bytes(), files[&name].as_slice());
            let series = built
                .dataset
                .series
                .iter()
                .find(|series| series.song == file.song)
                .unwrap();
            assert!(
                committed.contains(&needledrop_core::export::escape_html(&series.chart_title)),
                "{name} names {}",
                series.chart_title
            );
            assert!(committed.starts_with(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\""
            ));
        }
    }
}
