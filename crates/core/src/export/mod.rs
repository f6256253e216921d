//! Taking a chart out of the app: the data in view as CSV and JSON, the
//! chart as a standalone SVG document, download file names, the caption
//! (title and source line) that travels with a chart, and the embed snippet.
//!
//! Everything here is text in, text out, so the page, the dataset build
//! (static SVG fallbacks) and the dist build (per-route HTML) share it.

mod caption;
mod csv;
mod embed;
mod file_name;
mod html;
mod json;
mod rows;
mod svg_document;
mod without_background;

pub use caption::{chart_sources, chart_title, source_line};
pub use csv::{neutralise_formula, to_csv, CSV_COLUMNS};
pub use embed::{
    embed_snippet, EmbedHeight, EmbedLook, EmbedOptions, EmbedTheme, EMBED_QUERY_KEYS,
};
pub use file_name::export_file_name;
pub use html::{escape_html, safe_external_url};
pub use json::to_json;
pub use rows::{rows_in_view, ExportRow};
pub use svg_document::{caption_height, chart_svg_document, SvgCaption};
pub use without_background::WithoutBackground;
