//! Where marker labels go: beside their line, inside the chart and clear of
//! each other, as many of them as fit.

/// The side of its line a marker label is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    /// Starting just right of the line (the usual place).
    Right,
    /// Ending just left of the line.
    Left,
}

/// Space between a line and its label, in CSS px.
pub const LINE_GAP: f64 = 3.0;

/// Least space between one label and the next label or line, in CSS px.
const LABEL_GAP: f64 = 5.0;

/// Where the labels of markers at `lines` go: each entry is a line's x
/// and its label's width (in CSS px, lines in order from left to right),
/// in a chart `width` wide. A label goes right of its line, unless that
/// leaves no room for the next label while putting it left of its line
/// does; a label that fits on neither side is left out (`None`).
pub fn place_marker_labels(lines: &[(f64, f64)], width: f64) -> Vec<Option<LabelSide>> {
    let mut placed = Vec::with_capacity(lines.len());
    let mut taken = f64::NEG_INFINITY;
    for (index, &(x, label)) in lines.iter().enumerate() {
        let right = (x + LINE_GAP > taken && x + LINE_GAP + label <= width)
            .then_some(x + LINE_GAP + label + LABEL_GAP);
        let left =
            (x - LINE_GAP - label > taken && x - LINE_GAP - label >= 0.0).then_some(x + LABEL_GAP);
        let next_fits = |taken: f64| {
            lines.get(index + 1).is_none_or(|&(next, label)| {
                (next + LINE_GAP > taken && next + LINE_GAP + label <= width)
                    || (next - LINE_GAP - label > taken && next - LINE_GAP - label >= 0.0)
            })
        };
        let side = match (right, left) {
            (Some(after_right), Some(after_left))
                if !next_fits(after_right) && next_fits(after_left) =>
            {
                Some((LabelSide::Left, after_left))
            }
            (Some(after), _) => Some((LabelSide::Right, after)),
            (None, Some(after)) => Some((LabelSide::Left, after)),
            (None, None) => None,
        };
        if let Some((_, after)) = side {
            taken = after;
        }
        placed.push(side.map(|(side, _)| side));
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::LabelSide::{Left, Right};
    use super::*;

    #[test]
    fn a_lone_label_goes_right_of_its_line_or_left_at_the_right_edge() {
        assert_eq!(place_marker_labels(&[(100.0, 50.0)], 800.0), [Some(Right)]);
        assert_eq!(place_marker_labels(&[(780.0, 50.0)], 800.0), [Some(Left)]);
        assert_eq!(place_marker_labels(&[(20.0, 50.0)], 60.0), [None]);
    }

    #[test]
    fn labels_far_apart_all_go_right() {
        let lines = [(100.0, 50.0), (300.0, 50.0), (500.0, 50.0)];
        assert_eq!(
            place_marker_labels(&lines, 800.0),
            [Some(Right), Some(Right), Some(Right)]
        );
    }

    #[test]
    fn a_label_moves_left_of_its_line_to_make_room_for_the_next() {
        // Two releases five weeks apart with long labels (the chart of
        // Running Up That Hill, volumes 1 and 2 of Stranger Things 4).
        let lines = [(377.0, 160.0), (515.0, 160.0)];
        assert_eq!(
            place_marker_labels(&lines, 1200.0),
            [Some(Left), Some(Right)]
        );
    }

    #[test]
    fn without_room_on_the_left_the_first_label_stays_and_the_next_is_left_out() {
        let lines = [(60.0, 160.0), (150.0, 160.0)];
        assert_eq!(place_marker_labels(&lines, 1200.0), [Some(Right), None]);
    }

    #[test]
    fn a_label_that_fits_nowhere_does_not_block_the_one_after_it() {
        // The middle label collides on both sides; the third still goes right.
        let lines = [(100.0, 150.0), (200.0, 150.0), (400.0, 50.0)];
        assert_eq!(
            place_marker_labels(&lines, 800.0),
            [Some(Right), None, Some(Right)]
        );
    }
}
