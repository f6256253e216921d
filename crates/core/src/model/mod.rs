//! The dataset model, schema version 1.
//!
//! These types are the contract between the dataset build (`cargo xtask
//! dataset`), the bundled JSON files under `public/data/` and the app. They
//! are plain data: no signals, no browser types. `docs/schema.md` explains
//! each field for people who add data; `docs/schema.v1.json` is the JSON
//! Schema of the same shape.

mod context;
mod dataset;
mod peak;
mod placement;
mod reported;
mod series;
mod show;
mod show_song;
mod song;
mod source;

pub use context::{ChartContext, ChartContextFile, ChartDay};
pub use dataset::{Dataset, SCHEMA_VERSION};
pub use peak::{best_rank_since, max_value, ChartPeak, ReleasePeak};
pub use placement::Placement;
pub use reported::ReportedFigure;
pub use series::{Frequency, Metric, Point, Series, SeriesFile, SeriesPoints};
pub use show::{ComparisonFigures, Episode, Season, Show};
pub use show_song::ShowSong;
pub use song::{Link, Song};
pub use source::Source;
