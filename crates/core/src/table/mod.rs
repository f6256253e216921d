//! The comparison table: rows built from the dataset, and the pure logic of
//! sorting, filtering and searching them, driven by URL state.

mod column;
mod fold;
mod lift_text;
mod query;
mod rows;
mod sparkline;
mod view;

pub use column::{Column, Direction};
pub use fold::fold_for_search;
pub use lift_text::{lift_text, LiftText};
pub use query::{sort_value, unknown_parameters, Notice, TableQuery};
pub use rows::{comparison_rows, BestPeak, ComparisonRow, RowSong};
pub use sparkline::{
    peak_sparkline, sparkline_path, PeakSparkline, SparklineFrame, SPARKLINE_HEIGHT,
    SPARKLINE_WIDTH,
};
pub use view::{genre_options, matching_songs, search_terms, visible_rows};
