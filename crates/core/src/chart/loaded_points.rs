//! The points loaded so far, by series id.
//!
//! Points live in per-song files fetched when a chart needs them; charts and
//! statistics look series up here and treat a missing one as "not loaded".

use std::collections::BTreeMap;

use crate::model::{Point, SeriesFile};

/// Borrowed points of the series loaded so far.
#[derive(Clone, Debug, Default)]
pub struct LoadedPoints<'a> {
    by_id: BTreeMap<&'a str, &'a [Point]>,
}

impl<'a> LoadedPoints<'a> {
    /// Indexes the series of these files (a later file's series wins on a repeated id).
    pub fn from_files(files: impl IntoIterator<Item = &'a SeriesFile>) -> LoadedPoints<'a> {
        let mut by_id = BTreeMap::new();
        for file in files {
            for series in &file.series {
                by_id.insert(series.id.as_str(), series.points.as_slice());
            }
        }
        LoadedPoints { by_id }
    }

    /// Adds one series.
    pub fn insert(&mut self, id: &'a str, points: &'a [Point]) {
        self.by_id.insert(id, points);
    }

    /// The points of a series, if loaded.
    pub fn get(&self, id: &str) -> Option<&'a [Point]> {
        self.by_id.get(id).copied()
    }
}
