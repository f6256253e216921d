//! Which point is under the pointer.
//!
//! Pure and in CSS pixels, so a test can say "the pointer at (300, 120) is
//! on 2022-07-16" without a browser.

use std::ops::Range;

use super::chart_line::ChartLine;
use super::geometry::ChartLayout;
use super::spec::ChartSpec;

/// The point nearest the pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Index into [`ChartSpec::lines`].
    pub line: usize,
    /// Index into that line's points.
    pub point: usize,
    /// The point's pixel position.
    pub px: f64,
    /// The point's pixel position.
    pub py: f64,
}

/// Indices of a line's points within an x range (points are sorted by x).
pub fn points_in_x_range(line: &ChartLine, (start, end): (f64, f64)) -> Range<usize> {
    let first = line.points.partition_point(|p| p.x < start);
    let last = line.points.partition_point(|p| p.x <= end);
    first..last.max(first)
}

/// The visible point nearest to pixel (`px`, `py`) by on-screen distance,
/// among points inside the visible range. `None` when nothing is drawn.
pub fn nearest_point(spec: &ChartSpec, layout: &ChartLayout, px: f64, py: f64) -> Option<Hit> {
    if spec.empty.is_some() {
        return None;
    }
    let x = layout.x.to_data(px);
    let mut best: Option<(f64, Hit)> = None;
    for (line_index, line) in spec.visible_lines() {
        let Some(y_axis) = layout.y_for(line.metric) else {
            continue;
        };
        let range = points_in_x_range(line, (layout.x.start, layout.x.end));
        if range.is_empty() {
            continue;
        }
        let slice = &line.points[range.clone()];
        let split = slice.partition_point(|p| p.x < x);
        // The nearest point by x is next to the split; a steep line can put
        // a neighbour nearer on screen, so look a few points either way.
        let from = split.saturating_sub(3);
        let to = (split + 3).min(slice.len());
        for (offset, point) in slice[from..to].iter().enumerate() {
            let Some(point_py) = y_axis.to_px(point.value) else {
                continue;
            };
            let point_px = layout.x.to_px(point.x);
            let distance = (point_px - px).powi(2) + (point_py - py).powi(2);
            let hit = Hit {
                line: line_index,
                point: range.start + from + offset,
                px: point_px,
                py: point_py,
            };
            if best.is_none_or(|(known, _)| distance < known) {
                best = Some((distance, hit));
            }
        }
    }
    best.map(|(_, hit)| hit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::chart_line::ChartPoint;
    use crate::chart::query::{Align, Scale};
    use crate::Date;

    fn line(values: &[(f64, f64)]) -> ChartLine {
        ChartLine {
            label: "Billboard Hot 100".into(),
            points: values
                .iter()
                .map(|&(x, value)| ChartPoint {
                    x,
                    value,
                    date: Date::from_days_since_epoch(x as i32).unwrap(),
                })
                .collect(),
            ..ChartLine::sample("s", "Billboard Hot 100")
        }
    }

    fn spec(lines: Vec<ChartLine>) -> ChartSpec {
        ChartSpec {
            align: Align::Calendar,
            scale: Scale::Linear,
            lines,
            markers: Vec::new(),
            windows: Vec::new(),
            x_range: (0.0, 100.0),
            default_x_range: (0.0, 100.0),
            x_extent: (0.0, 100.0),
            rank_bottom: Some(100.0),
            streams_range: None,
            empty: None,
            notices: Vec::new(),
        }
    }

    #[test]
    fn finds_the_point_under_the_pointer() {
        let spec = spec(vec![line(&[
            (0.0, 50.0),
            (7.0, 40.0),
            (14.0, 3.0),
            (21.0, 10.0),
        ])]);
        let layout = ChartLayout::new(&spec, 600.0, 300.0);
        let target = &spec.lines[0].points[2];
        let px = layout.x.to_px(target.x);
        let py = layout.rank.as_ref().unwrap().to_px(target.value).unwrap();
        let hit = nearest_point(&spec, &layout, px + 3.0, py - 2.0).unwrap();
        assert_eq!((hit.line, hit.point), (0, 2));
        assert_eq!((hit.px, hit.py), (px, py));
    }

    #[test]
    fn picks_the_nearer_of_two_lines_and_skips_hidden_ones() {
        let mut spec = spec(vec![line(&[(10.0, 5.0)]), line(&[(10.0, 90.0)])]);
        let layout = ChartLayout::new(&spec, 600.0, 300.0);
        let low_py = layout.rank.as_ref().unwrap().to_px(90.0).unwrap();
        let px = layout.x.to_px(10.0);
        assert_eq!(nearest_point(&spec, &layout, px, low_py).unwrap().line, 1);
        spec.lines[1].visible = false;
        assert_eq!(nearest_point(&spec, &layout, px, low_py).unwrap().line, 0);
    }

    #[test]
    fn ignores_points_outside_the_visible_range() {
        let mut spec = spec(vec![line(&[(-50.0, 1.0), (50.0, 80.0)])]);
        spec.x_range = (0.0, 100.0);
        let layout = ChartLayout::new(&spec, 600.0, 300.0);
        let hit = nearest_point(&spec, &layout, layout.plot.left, layout.plot.top).unwrap();
        assert_eq!(hit.point, 1);
        spec.empty = Some(crate::chart::EmptyReason::AllHidden);
        assert_eq!(nearest_point(&spec, &layout, 0.0, 0.0), None);
    }
}
