//! Reusable view pieces, one component per file.

mod comparison_table;
mod load_error_view;
mod loading;
mod site_footer;
mod site_header;
mod source_note;
mod with_dataset;

pub use comparison_table::ComparisonTable;
pub use load_error_view::LoadErrorView;
pub use loading::Loading;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_note::SourceNote;
pub use with_dataset::WithDataset;
