//! Building comparison-table rows from the dataset.

use crate::model::{ComparisonFigures, Dataset, Source};

/// One row of the comparison table: a show and the figures about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow<'a> {
    /// Show id (for links).
    pub show_id: &'a str,
    /// Show title.
    pub title: &'a str,
    /// The source article's figures, when it has a row for this show.
    pub figures: Option<&'a ComparisonFigures>,
    /// The source of those figures.
    pub source: Option<&'a Source>,
}

/// Rows for every show of the dataset, in dataset order.
pub fn comparison_rows(dataset: &Dataset) -> Vec<ComparisonRow<'_>> {
    dataset
        .shows
        .iter()
        .map(|show| {
            let figures = show.comparison.as_ref();
            ComparisonRow {
                show_id: &show.id,
                title: &show.title,
                figures,
                source: figures.and_then(|f| dataset.source(&f.source)),
            }
        })
        .collect()
}
