//! The comparison table: one row per show, built from the dataset.

mod rows;

pub use rows::{comparison_rows, ComparisonRow};
