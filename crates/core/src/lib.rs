//! Needledrop's pure core.
//!
//! Everything that can be decided without a browser lives here: the dataset
//! model ([`model`]), reading and checking dataset files ([`parse`],
//! [`validate`]) and the comparison table ([`table`]). The crate depends on no
//! `leptos`, `web-sys`, `wasm-bindgen` or `gloo` crate, so the compiler keeps
//! the UI out and plain `cargo test` covers the logic on the host.

pub mod archive;
pub mod archive_song;
pub mod chart;
pub mod copy;
pub mod counted;
pub mod date;
pub mod error;
pub mod export;
pub mod grouped_digits;
pub mod import;
pub mod json_writer;
pub mod model;
pub mod normalize;
pub mod parse;
pub mod query_string;
pub mod shortened;
pub mod sort;
pub mod soundtrack;
pub mod stats;
pub mod table;
pub mod unique_id;
pub mod validate;

pub use date::Date;
pub use error::{DatasetError, Problem};
pub use model::Dataset;
pub use parse::parse_dataset;
