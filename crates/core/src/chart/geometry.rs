//! Pixels and data: the one mapping the drawing and the pointer share.
//!
//! Everything is in CSS pixels; the drawing multiplies by the device pixel
//! ratio at the last moment, so hit tests in CSS pixels match what is drawn.

use crate::model::Metric;

use super::axis_ticks::{date_ticks, day_offset_ticks, rank_ticks, streams_ticks, Tick};
use super::query::{Align, Scale};
use super::spec::ChartSpec;

/// The rectangle lines are drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotArea {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl PlotArea {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// Whether a pixel lies inside.
    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.left && px <= self.right() && py >= self.top && py <= self.bottom()
    }
}

/// Day numbers to horizontal pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XMapping {
    /// First visible day.
    pub start: f64,
    /// Last visible day.
    pub end: f64,
    /// Left edge of the plot.
    pub left: f64,
    /// Plot width.
    pub width: f64,
}

impl XMapping {
    /// Pixel of a day number.
    pub fn to_px(&self, x: f64) -> f64 {
        self.left + (x - self.start) / (self.end - self.start) * self.width
    }

    /// Day number of a pixel.
    pub fn to_data(&self, px: f64) -> f64 {
        self.start + (px - self.left) / self.width * (self.end - self.start)
    }

    /// The range after zooming by `factor` (< 1 zooms in) around pixel
    /// `anchor_px`, kept within `extent` and no narrower than `min_span` days.
    pub fn zoomed(
        &self,
        anchor_px: f64,
        factor: f64,
        extent: (f64, f64),
        min_span: f64,
    ) -> (f64, f64) {
        let anchor = self.to_data(anchor_px.clamp(self.left, self.left + self.width));
        let span = ((self.end - self.start) * factor).max(min_span);
        let share = (anchor - self.start) / (self.end - self.start);
        clamp_range(
            (anchor - span * share, anchor + span * (1.0 - share)),
            extent,
        )
    }

    /// The range after dragging the plot by `dx_px` pixels (right moves back in time).
    pub fn panned(&self, dx_px: f64, extent: (f64, f64)) -> (f64, f64) {
        let shift = -dx_px / self.width * (self.end - self.start);
        clamp_range((self.start + shift, self.end + shift), extent)
    }

    /// The range between two pixels (a drag selection), in order.
    pub fn between(&self, a_px: f64, b_px: f64) -> (f64, f64) {
        let (a, b) = (self.to_data(a_px), self.to_data(b_px));
        (a.min(b), a.max(b))
    }
}

/// Keeps a range inside an extent, shifting it first and cutting it only
/// when it is wider than the extent.
fn clamp_range((start, end): (f64, f64), (low, high): (f64, f64)) -> (f64, f64) {
    let span = end - start;
    if span >= high - low {
        return (low, high);
    }
    if start < low {
        (low, low + span)
    } else if end > high {
        (high - span, high)
    } else {
        (start, end)
    }
}

/// How a y axis maps values to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YScale {
    /// Ranks: No. 1 at the top, `bottom` at the bottom.
    Rank {
        /// Worst rank shown.
        bottom: f64,
    },
    /// Linear between `min` (bottom) and `max` (top).
    Linear {
        /// Bottom value.
        min: f64,
        /// Top value.
        max: f64,
    },
    /// Logarithmic between `min` and `max` (both positive).
    Log {
        /// Bottom value.
        min: f64,
        /// Top value.
        max: f64,
    },
}

/// Values to vertical pixels for one axis.
#[derive(Clone, Debug, PartialEq)]
pub struct YMapping {
    /// The scale.
    pub scale: YScale,
    /// Top of the plot.
    pub top: f64,
    /// Plot height.
    pub height: f64,
    /// Labelled positions.
    pub ticks: Vec<Tick>,
}

impl YMapping {
    /// Share of the height from the top, or `None` for a value the scale
    /// cannot show (zero or less on a log axis).
    fn share(&self, value: f64) -> Option<f64> {
        match self.scale {
            YScale::Rank { bottom } => Some((value - 1.0) / (bottom - 1.0).max(1.0)),
            YScale::Linear { min, max } => Some((max - value) / (max - min).max(f64::MIN_POSITIVE)),
            YScale::Log { min, max } => (value > 0.0).then(|| {
                (max.log10() - value.log10()) / (max.log10() - min.log10()).max(f64::MIN_POSITIVE)
            }),
        }
    }

    /// Pixel of a value.
    pub fn to_px(&self, value: f64) -> Option<f64> {
        self.share(value)
            .map(|share| self.top + share * self.height)
    }

    /// Value at a pixel.
    pub fn to_data(&self, py: f64) -> f64 {
        let share = (py - self.top) / self.height;
        match self.scale {
            YScale::Rank { bottom } => 1.0 + share * (bottom - 1.0),
            YScale::Linear { min, max } => max - share * (max - min),
            YScale::Log { min, max } => {
                10f64.powf(max.log10() - share * (max.log10() - min.log10()))
            }
        }
    }
}

/// Where everything goes on a chart of a given size.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// Whole chart width, CSS pixels.
    pub width: f64,
    /// Whole chart height, CSS pixels.
    pub height: f64,
    /// The plot rectangle.
    pub plot: PlotArea,
    /// The x axis.
    pub x: XMapping,
    /// X axis labels.
    pub x_ticks: Vec<Tick>,
    /// The rank axis (left), when a rank series is shown.
    pub rank: Option<YMapping>,
    /// The streams axis (right, or left without ranks), when a streams series is shown.
    pub streams: Option<YMapping>,
}

/// Space for marker labels above the plot.
const TOP_MARGIN: f64 = 30.0;
/// Space for x labels below the plot.
const BOTTOM_MARGIN: f64 = 26.0;
/// Space for one y axis's labels.
const AXIS_MARGIN: f64 = 58.0;
/// Breathing room on a side without an axis.
const SIDE_MARGIN: f64 = 14.0;

impl ChartLayout {
    /// Lays out a spec on a chart of `width` x `height` CSS pixels.
    pub fn new(spec: &ChartSpec, width: f64, height: f64) -> ChartLayout {
        let has_rank = spec.rank_bottom.is_some();
        let has_streams = spec.streams_range.is_some();
        let left = if has_rank || has_streams {
            AXIS_MARGIN
        } else {
            SIDE_MARGIN
        };
        let right = if has_rank && has_streams {
            AXIS_MARGIN
        } else {
            SIDE_MARGIN
        };
        let plot = PlotArea {
            left,
            top: TOP_MARGIN,
            width: (width - left - right).max(10.0),
            height: (height - TOP_MARGIN - BOTTOM_MARGIN).max(10.0),
        };
        let (start, end) = spec.x_range;
        let end = if end > start { end } else { start + 1.0 };
        let x = XMapping {
            start,
            end,
            left: plot.left,
            width: plot.width,
        };
        // About one label per 90 pixels: wide enough for "Sep 2022".
        let max_x_ticks = ((plot.width / 90.0).floor() as usize).max(2);
        let x_ticks = match spec.align {
            Align::Calendar => date_ticks(start, end, max_x_ticks),
            Align::Release => day_offset_ticks(start, end, max_x_ticks),
        };
        let rank = spec.rank_bottom.map(|bottom| YMapping {
            scale: YScale::Rank { bottom },
            top: plot.top,
            height: plot.height,
            ticks: rank_ticks(bottom),
        });
        let streams = spec.streams_range.map(|(min, max)| {
            let log = spec.scale == Scale::Log;
            let ((low, high), ticks) = streams_ticks(min, max, log);
            let scale = if log {
                YScale::Log {
                    min: low,
                    max: high,
                }
            } else {
                YScale::Linear {
                    min: low,
                    max: high,
                }
            };
            YMapping {
                scale,
                top: plot.top,
                height: plot.height,
                ticks,
            }
        });
        ChartLayout {
            width,
            height,
            plot,
            x,
            x_ticks,
            rank,
            streams,
        }
    }

    /// The y axis a metric is drawn against.
    pub fn y_for(&self, metric: Metric) -> Option<&YMapping> {
        match metric {
            Metric::Rank => self.rank.as_ref(),
            Metric::Streams => self.streams.as_ref(),
        }
    }

    /// Whether the streams axis is on the right (ranks hold the left).
    pub fn streams_on_right(&self) -> bool {
        self.rank.is_some() && self.streams.is_some()
    }
}

#[cfg(test)]
#[path = "geometry/tests.rs"]
mod tests;
