//! The comparison table: rows built from the dataset, and the pure logic of
//! sorting, filtering and searching them, driven by URL state.

mod column;
mod fold;
mod query;
mod rows;
mod sparkline;
mod view;

pub use column::{Column, Direction};
pub use fold::fold_for_search;
pub use query::{Notice, TableQuery};
pub use rows::{comparison_rows, BestPeak, ComparisonRow};
pub use sparkline::{sparkline_path, SparklineFrame};
pub use view::{genre_options, visible_rows};
