//! Spike charts, from URL to pixels, with no browser in sight.
//!
//! The chain is: the URL's chart query ([`ChartQuery`]) plus the dataset and
//! the loaded points give a [`ChartSpec`] (what to draw, or why nothing can
//! be drawn); [`ChartLayout`] maps data to pixels and back (shared by the
//! drawing and by the pointer and keyboard layer, so both agree to the
//! pixel); [`draw_chart`] draws a spec on any plotters `DrawingBackend`
//! (a canvas in the page, SVG in tests and exports).

mod axis_ticks;
mod chart_line;
mod draw;
mod empty_reason;
mod geometry;
mod headline;
mod hit_test;
mod label_style;
mod legend_groups;
mod loaded_points;
mod marker_labels;
mod markers;
mod palette;
mod query;
mod runs;
mod spec;
mod summary;
mod theme;
mod thinning;
mod tooltip;

pub use axis_ticks::{
    date_ticks, day_offset_label, day_offset_ticks, rank_ticks, short_count, streams_ticks, Tick,
};
pub use chart_line::{song_and_chart, ChartLine, ChartPoint, PlacedMarker};
pub use draw::draw_chart;
pub use empty_reason::EmptyReason;
pub use geometry::{ChartLayout, PlotArea, XMapping, YMapping, YScale};
pub use headline::headline_series;
pub use hit_test::{nearest_point, points_in_x_range, Hit};
pub use legend_groups::{legend_groups, LegendGroup};
pub use loaded_points::LoadedPoints;
pub use markers::{
    markers_for_songs, placement_text, release_anchor, release_title, Marker, MarkerKind,
};
pub use palette::{DashPattern, OKABE_ITO};
pub use query::{Align, ChartQuery, RangeBound, Scale, CHART_QUERY_KEYS, NO_SERIES};
pub use runs::split_runs;
pub use spec::{anchor_title, build_chart_spec, ChartRequest, ChartSpec, POST_RELEASE_WINDOW_DAYS};
pub use summary::chart_summary;
pub use theme::{ChartTheme, Rgb};
pub use thinning::thin_min_max;
pub use tooltip::{format_value, point_description, PointDescription};
