//! Reusable view pieces, one component per file.

pub mod chart;
mod comparison_explorer;
mod comparison_table;
mod import_panel;
mod load_error_view;
mod loading;
mod peak_table;
mod placement_item;
mod query_notices;
mod reported_figures;
mod site_footer;
mod site_header;
mod song_links;
mod sort_header;
mod source_note;
mod sparkline;
mod table_controls;
mod with_dataset;

pub use comparison_explorer::ComparisonExplorer;
pub use comparison_table::ComparisonTable;
pub use import_panel::{check_data_url, ImportPanel};
pub use load_error_view::LoadErrorView;
pub use loading::Loading;
pub use peak_table::PeakTable;
pub use placement_item::PlacementItem;
pub use query_notices::QueryNotices;
pub use reported_figures::ReportedFigures;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use song_links::SongLinks;
pub use sort_header::SortHeader;
pub use source_note::SourceNote;
pub use sparkline::Sparkline;
pub use table_controls::TableControls;
pub use with_dataset::WithDataset;
