//! The committed dataset and series files, read through the app's parsers.

use needledrop_core::model::SeriesFile;
use needledrop_core::{parse::parse_series_file, parse_dataset, Dataset};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");

/// `public/data/index.json`, parsed and validated.
pub fn dataset() -> Dataset {
    let bytes =
        std::fs::read(format!("{DATA}/index.json")).expect("public/data/index.json is committed");
    parse_dataset(&bytes).expect("the bundled dataset is valid")
}

/// The series files of these songs, parsed and validated.
pub fn series_files(dataset: &Dataset, songs: &[&str]) -> Vec<SeriesFile> {
    songs
        .iter()
        .map(|song| {
            let bytes = std::fs::read(format!("{DATA}/series/{song}.json"))
                .expect("the series file is committed");
            parse_series_file(&bytes, dataset).expect("the series file is valid")
        })
        .collect()
}
