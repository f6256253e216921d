//! The interactive spike chart: plotters on a canvas, with our own pointer,
//! keyboard and screen-reader layer above it.
//!
//! [`SpikeChart`] loads the songs' series files, derives a
//! [`needledrop_core::chart::ChartSpec`] from the URL, draws it on
//! [`PlotCanvas`](plot_canvas::PlotCanvas) and handles interaction on
//! [`PointerLayer`](pointer_layer::PointerLayer), which paints only the
//! crosshair and selection, so hovering never redraws the plot.

mod chart_controls;
mod chart_credits;
mod chart_data_table;
mod chart_legend;
mod chart_url;
mod clipboard;
mod download_menu;
mod embed_dialog;
mod file_save;
mod parent_messages;
pub(crate) mod performance_marks;
mod plot_canvas;
mod pointer_layer;
mod spike_chart;
mod spike_stats_list;
mod theme_tokens;

pub use embed_dialog::site_root;
pub use parent_messages::{is_embedded, post_height, post_status};
pub use plot_canvas::PlotCanvas;
pub use spike_chart::SpikeChart;
