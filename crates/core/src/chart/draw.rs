//! The one drawing function: a [`ChartSpec`] onto any plotters backend.
//!
//! In the page the backend is a canvas, in tests and exports it is SVG.
//! Each run of a series is one path (one stroke), thinned to two points per
//! device pixel column first; labels are few and placed by anchor, so the
//! backend never has to measure text.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind,
};

use super::chart_line::ChartLine;
use super::geometry::{ChartLayout, YMapping};
use super::hit_test::points_in_x_range;
use super::label_style::LabelStyle;
use super::marker_labels::{place_marker_labels, LabelPlace, LabelSide, LINE_GAP, ROW_HEIGHT};
use super::markers::MarkerKind;
use super::runs::split_runs;
use super::spec::ChartSpec;
use super::theme::ChartTheme;
use super::thinning::thin_min_max;

/// Label size in CSS pixels.
const LABEL_SIZE: f64 = 12.0;

/// The width of a label in CSS px: about 0.6 em per character, an estimate
/// that is enough to keep labels apart and inside the chart.
fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * LABEL_SIZE * 0.6
}
/// `text` in lines of whole words, each within `width` CSS px by
/// [`label_width`]'s estimate (a word longer than that gets a line of its own).
fn wrap_words(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if label_width(line) + label_width(" ") + label_width(word) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Series line width in CSS pixels.
const LINE_WIDTH: f64 = 2.0;

/// A stroke colour and width for the backend.
struct Stroke {
    colour: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.colour
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// Draws `spec` filling the backend, whose size is `pixel_ratio` times the
/// chart's CSS size. Returns the layout used (in CSS pixels), which the
/// pointer layer uses to map back.
pub fn draw_chart<B: DrawingBackend>(
    backend: &mut B,
    spec: &ChartSpec,
    theme: &ChartTheme,
    pixel_ratio: f64,
) -> Result<ChartLayout, DrawingErrorKind<B::ErrorType>> {
    let ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio
    } else {
        1.0
    };
    let (device_width, device_height) = backend.get_size();
    let layout = ChartLayout::new(
        spec,
        f64::from(device_width) / ratio,
        f64::from(device_height) / ratio,
    );
    let mut pen = Pen { backend, ratio };
    pen.backend.ensure_prepared()?;
    pen.fill_rect(
        (0.0, 0.0),
        (layout.width, layout.height),
        theme.background.with_alpha(1.0),
    )?;

    if let Some(reason) = &spec.empty {
        let style = pen.label(theme.muted.with_alpha(1.0), HPos::Center, VPos::Center);
        let lines = wrap_words(&reason.to_string(), layout.width - 2.0 * LABEL_SIZE);
        let leading = LABEL_SIZE * 1.5;
        let first = layout.height / 2.0 - leading * (lines.len() as f64 - 1.0) / 2.0;
        for (row, line) in lines.iter().enumerate() {
            pen.text(
                line,
                (layout.width / 2.0, first + leading * row as f64),
                &style,
            )?;
        }
        pen.backend.present()?;
        return Ok(layout);
    }
    let plot = layout.plot;

    // Post-release windows, under everything else.
    for &(start, end) in &spec.windows {
        let (left, right) = (
            layout.x.to_px(start).max(plot.left),
            layout.x.to_px(end).min(plot.right()),
        );
        if right > left {
            pen.fill_rect(
                (left, plot.top),
                (right, plot.bottom()),
                theme.marker.with_alpha(0.08),
            )?;
        }
    }

    // Grid and axis labels.
    let grid = Stroke {
        colour: theme.grid.with_alpha(1.0),
        width: pen.width(1.0),
    };
    let left_axis = layout.rank.as_ref().or(layout.streams.as_ref());
    if let Some(axis) = left_axis {
        let style = pen.label(theme.muted.with_alpha(1.0), HPos::Right, VPos::Center);
        for tick in &axis.ticks {
            let Some(py) = axis.to_px(tick.value) else {
                continue;
            };
            pen.line((plot.left, py), (plot.right(), py), &grid)?;
            pen.text(&tick.label, (plot.left - 6.0, py), &style)?;
        }
    }
    if layout.streams_on_right() {
        if let Some(axis) = layout.streams.as_ref() {
            let style = pen.label(theme.muted.with_alpha(1.0), HPos::Left, VPos::Center);
            for tick in &axis.ticks {
                let Some(py) = axis.to_px(tick.value) else {
                    continue;
                };
                pen.text(&tick.label, (plot.right() + 6.0, py), &style)?;
            }
        }
    }
    // Tick labels centred under their ticks, moved inside the chart at its
    // edges, and left out where that would run into the label before.
    let x_style = pen.label(theme.muted.with_alpha(1.0), HPos::Center, VPos::Top);
    let mut tick_label_end = f64::NEG_INFINITY;
    for tick in &layout.x_ticks {
        let px = layout.x.to_px(tick.value);
        pen.line((px, plot.bottom()), (px, plot.bottom() + 4.0), &grid)?;
        let half = label_width(&tick.label) / 2.0;
        let centre = px.min(layout.width - half).max(half);
        if centre - half > tick_label_end {
            pen.text(&tick.label, (centre, plot.bottom() + 6.0), &x_style)?;
            tick_label_end = centre + half + 4.0;
        }
    }
    let axis_stroke = Stroke {
        colour: theme.muted.with_alpha(1.0),
        width: pen.width(1.0),
    };
    pen.line(
        (plot.left, plot.bottom()),
        (plot.right(), plot.bottom()),
        &axis_stroke,
    )?;

    // Markers: a vertical line each, and as many labels as fit beside their
    // lines, inside the chart and clear of each other.
    let mut lines = Vec::with_capacity(spec.markers.len());
    for placed in &spec.markers {
        let px = layout.x.to_px(placed.x);
        if px >= plot.left && px <= plot.right() {
            lines.push((px, label_width(&placed.marker.label)));
        }
    }
    let places = place_marker_labels(&lines, layout.width);
    let mut drawn = 0;
    for placed in &spec.markers {
        let px = layout.x.to_px(placed.x);
        if px < plot.left || px > plot.right() {
            continue;
        }
        let place = places.get(drawn).copied().flatten();
        drawn += 1;
        let alpha = if placed.marker.kind == MarkerKind::Release {
            0.9
        } else {
            0.5
        };
        let stroke = Stroke {
            colour: theme.marker.with_alpha(alpha),
            width: pen.width(1.0),
        };
        pen.line((px, plot.top), (px, plot.bottom()), &stroke)?;
        let Some(LabelPlace { side, row }) = place else {
            continue;
        };
        let (h, x) = match side {
            LabelSide::Right => (HPos::Left, px + LINE_GAP),
            LabelSide::Left => (HPos::Right, px - LINE_GAP),
        };
        let y = plot.top - 4.0 - f64::from(row) * ROW_HEIGHT;
        let style = pen.label(theme.marker.with_alpha(1.0), h, VPos::Bottom);
        pen.text(&placed.marker.label, (x, y), &style)?;
    }

    // Series, each run one path.
    for (_, line) in spec.visible_lines() {
        let Some(axis) = layout.y_for(line.metric) else {
            continue;
        };
        let stroke = Stroke {
            colour: theme.series_colour(line.colour).with_alpha(1.0),
            width: pen.width(LINE_WIDTH),
        };
        for run in line_runs(line, &layout, axis, ratio) {
            if run.len() == 1 {
                pen.backend
                    .draw_circle(run[0], pen.width(LINE_WIDTH + 1.0), &stroke, true)?;
            } else {
                pen.dashed_path(&run, line.dash.lengths(), &stroke)?;
            }
        }
    }
    pen.backend.present()?;
    Ok(layout)
}

/// The device-pixel runs of a line inside the visible range, cut where
/// the song was off the chart, clipped to the plot and thinned.
pub(crate) fn line_runs(
    line: &ChartLine,
    layout: &ChartLayout,
    axis: &YMapping,
    ratio: f64,
) -> Vec<Vec<BackendCoord>> {
    let visible = points_in_x_range(line, (layout.x.start, layout.x.end));
    // One neighbour either side, so a line leaves the frame instead of stopping short.
    let start = visible.start.saturating_sub(1);
    let end = (visible.end + 1).min(line.points.len());
    let points = &line.points[start..end];
    let days: Vec<f64> = points.iter().map(|p| p.x).collect();
    let plot = layout.plot;
    let mut runs = Vec::new();
    for run in split_runs(&days, line.period_days()) {
        // A value the axis cannot show (zero on a log axis) also breaks the line.
        let mut pieces: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for point in &points[run] {
            match axis.to_px(point.value) {
                Some(py) => pieces
                    .last_mut()
                    .map_or((), |piece| piece.push((layout.x.to_px(point.x), py))),
                None => pieces.push(Vec::new()),
            }
        }
        for piece in pieces {
            let clipped = clip_x(&piece, plot.left, plot.right());
            if clipped.is_empty() {
                continue;
            }
            let device: Vec<(f64, f64)> = clipped
                .iter()
                .map(|&(x, y)| (x * ratio, y.clamp(plot.top, plot.bottom()) * ratio))
                .collect();
            runs.push(
                thin_min_max(&device)
                    .into_iter()
                    .map(|(x, y)| (x.round() as i32, y.round() as i32))
                    .collect(),
            );
        }
    }
    runs
}

/// Cuts a polyline (sorted by x) to `left..=right`, interpolating at the edges.
fn clip_x(points: &[(f64, f64)], left: f64, right: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len());
    for (index, &(x, y)) in points.iter().enumerate() {
        if (left..=right).contains(&x) {
            if let Some(&(px, py)) = index.checked_sub(1).and_then(|i| points.get(i)) {
                if px < left {
                    out.push((left, py + (y - py) * (left - px) / (x - px)));
                }
            }
            out.push((x, y));
        } else if x > right {
            if let Some(&(px, py)) = index.checked_sub(1).and_then(|i| points.get(i)) {
                if px <= right && px >= left {
                    out.push((right, py + (y - py) * (right - px) / (x - px)));
                } else if px < left {
                    // A segment spanning the whole plot.
                    out.push((left, py + (y - py) * (left - px) / (x - px)));
                    out.push((right, py + (y - py) * (right - px) / (x - px)));
                }
            }
            break;
        }
    }
    out
}

/// Draws in CSS pixels on a device-pixel backend.
struct Pen<'a, B: DrawingBackend> {
    backend: &'a mut B,
    ratio: f64,
}

impl<B: DrawingBackend> Pen<'_, B> {
    fn at(&self, (x, y): (f64, f64)) -> BackendCoord {
        (
            (x * self.ratio).round() as i32,
            (y * self.ratio).round() as i32,
        )
    }

    fn width(&self, css: f64) -> u32 {
        (css * self.ratio).round().max(1.0) as u32
    }

    fn label(&self, colour: BackendColor, h: HPos, v: VPos) -> LabelStyle {
        LabelStyle::new(LABEL_SIZE * self.ratio, colour, h, v)
    }

    fn fill_rect(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        colour: BackendColor,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let (a, b) = (self.at(from), self.at(to));
        self.backend.draw_rect(a, b, &colour, true)
    }

    fn line(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        stroke: &Stroke,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let (a, b) = (self.at(from), self.at(to));
        self.backend.draw_line(a, b, stroke)
    }

    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        style: &LabelStyle,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let position = self.at(at);
        self.backend.draw_text(text, style, position)
    }

    /// One path for a solid line; one short path per dash otherwise.
    fn dashed_path(
        &mut self,
        points: &[BackendCoord],
        pattern: &[f64],
        stroke: &Stroke,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        if pattern.is_empty() {
            return self.backend.draw_path(points.iter().copied(), stroke);
        }
        let lengths: Vec<f64> = pattern.iter().map(|length| length * self.ratio).collect();
        for dash in dash_segments(points, &lengths) {
            self.backend.draw_path(dash, stroke)?;
        }
        Ok(())
    }
}

/// Splits a polyline into its "on" stretches under a dash pattern.
fn dash_segments(points: &[BackendCoord], lengths: &[f64]) -> Vec<Vec<BackendCoord>> {
    let mut dashes = Vec::new();
    let mut current: Vec<BackendCoord> = Vec::new();
    let (mut slot, mut left_in_slot) = (0usize, lengths[0]);
    let on = |slot: usize| slot % 2 == 0;
    for pair in points.windows(2) {
        let (a, b) = (
            (f64::from(pair[0].0), f64::from(pair[0].1)),
            (f64::from(pair[1].0), f64::from(pair[1].1)),
        );
        let length = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        let mut travelled = 0.0;
        if on(slot) && current.is_empty() {
            current.push(pair[0]);
        }
        while length - travelled > left_in_slot {
            travelled += left_in_slot;
            let t = travelled / length;
            let point = (
                (a.0 + (b.0 - a.0) * t).round() as i32,
                (a.1 + (b.1 - a.1) * t).round() as i32,
            );
            if on(slot) {
                current.push(point);
                dashes.push(std::mem::take(&mut current));
            } else {
                current.push(point);
            }
            slot = (slot + 1) % lengths.len();
            left_in_slot = lengths[slot];
        }
        left_in_slot -= length - travelled;
        if on(slot) {
            current.push(pair[1]);
        }
    }
    if on(slot) && current.len() > 1 {
        dashes.push(current);
    }
    dashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_interpolates_at_the_edges() {
        let points = [(0.0, 0.0), (10.0, 10.0), (20.0, 20.0), (30.0, 30.0)];
        assert_eq!(
            clip_x(&points, 5.0, 25.0),
            vec![(5.0, 5.0), (10.0, 10.0), (20.0, 20.0), (25.0, 25.0)]
        );
        assert_eq!(
            clip_x(&[(0.0, 0.0), (100.0, 100.0)], 10.0, 20.0),
            vec![(10.0, 10.0), (20.0, 20.0)]
        );
    }

    #[test]
    fn words_wrap_within_the_width_and_keep_their_order() {
        let text = "This embed names no song: its link needs songs= and an id.";
        // 0.6 em of 12 px per character: 24 characters in 172.8 px.
        let lines = wrap_words(text, 24.0 * LABEL_SIZE * 0.6);
        assert_eq!(
            lines,
            [
                "This embed names no",
                "song: its link needs",
                "songs= and an id."
            ]
        );
        assert!(lines
            .iter()
            .all(|line| label_width(line) <= 24.0 * LABEL_SIZE * 0.6));
        assert_eq!(wrap_words(text, 1000.0), [text]);
        assert_eq!(
            wrap_words("a averyveryverylongword b", 30.0),
            ["a", "averyveryverylongword", "b"]
        );
        assert!(wrap_words("  ", 100.0).is_empty());
    }

    #[test]
    fn dashes_cover_half_of_an_even_pattern() {
        let dashes = dash_segments(&[(0, 0), (100, 0)], &[10.0, 10.0]);
        assert_eq!(dashes.len(), 5);
        assert_eq!(dashes[0], vec![(0, 0), (10, 0)]);
        assert_eq!(dashes[4], vec![(80, 0), (90, 0)]);
    }
}
