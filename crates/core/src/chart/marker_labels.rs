//! Where marker labels go: beside their line, inside the chart and clear of
//! each other, in the row next to the plot or, when that is full there, in
//! a second row above it; as many of them as fit.

/// The side of its line a marker label is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    /// Starting just right of the line (the usual place).
    Right,
    /// Ending just left of the line.
    Left,
}

/// Where a marker label goes: a side of its line, and a row (0 next to
/// the plot, 1 above that).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelPlace {
    /// The side of its line.
    pub side: LabelSide,
    /// The row, counted up from the plot.
    pub row: u8,
}

/// Rows of labels above the plot.
const ROWS: usize = 2;

/// Distance between one row of labels and the next, in CSS px.
pub const ROW_HEIGHT: f64 = 13.0;

/// Space between a line and its label, in CSS px.
pub const LINE_GAP: f64 = 3.0;

/// Least space between one label and the next label or line, in CSS px.
const LABEL_GAP: f64 = 5.0;

/// Where the labels of markers at `lines` go: each entry is a line's x
/// and its label's width (in CSS px, lines in order from left to right),
/// in a chart `width` wide. A label goes in the first row with room for
/// it, right of its line, unless that leaves no room there for the next
/// label while putting it left of its line does; a label that fits in no
/// row is left out (`None`).
pub fn place_marker_labels(lines: &[(f64, f64)], width: f64) -> Vec<Option<LabelPlace>> {
    let mut placed = Vec::with_capacity(lines.len());
    let mut taken = [f64::NEG_INFINITY; ROWS];
    for (index, &(x, label)) in lines.iter().enumerate() {
        let after_right = x + LINE_GAP + label + LABEL_GAP;
        let after_left = x + LABEL_GAP;
        let mut place = None;
        for (row, taken) in taken.iter_mut().enumerate() {
            let right = fits_right(x, label, *taken, width);
            let left = fits_left(x, label, *taken);
            let side = if right
                && left
                && !next_fits(lines, index, after_right, width)
                && next_fits(lines, index, after_left, width)
            {
                LabelSide::Left
            } else if right {
                LabelSide::Right
            } else if left {
                LabelSide::Left
            } else {
                continue;
            };
            *taken = match side {
                LabelSide::Right => after_right,
                LabelSide::Left => after_left,
            };
            place = Some(LabelPlace {
                side,
                row: row as u8,
            });
            break;
        }
        placed.push(place);
    }
    placed
}

/// Whether a label fits right of its line at `x`, past `taken`.
fn fits_right(x: f64, label: f64, taken: f64, width: f64) -> bool {
    x + LINE_GAP > taken && x + LINE_GAP + label <= width
}

/// Whether a label fits left of its line at `x`, past `taken`.
fn fits_left(x: f64, label: f64, taken: f64) -> bool {
    x - LINE_GAP - label > taken && x - LINE_GAP - label >= 0.0
}

/// Whether the label after `index` (if any) fits on some side past `taken`.
fn next_fits(lines: &[(f64, f64)], index: usize, taken: f64, width: f64) -> bool {
    lines
        .get(index + 1)
        .is_none_or(|&(x, label)| fits_right(x, label, taken, width) || fits_left(x, label, taken))
}

#[cfg(test)]
mod tests {
    use super::LabelSide::{Left, Right};
    use super::*;

    fn at(side: LabelSide, row: u8) -> Option<LabelPlace> {
        Some(LabelPlace { side, row })
    }

    #[test]
    fn a_lone_label_goes_right_of_its_line_or_left_at_the_right_edge() {
        assert_eq!(place_marker_labels(&[(100.0, 50.0)], 800.0), [at(Right, 0)]);
        assert_eq!(place_marker_labels(&[(780.0, 50.0)], 800.0), [at(Left, 0)]);
        assert_eq!(place_marker_labels(&[(20.0, 50.0)], 60.0), [None]);
    }

    #[test]
    fn labels_far_apart_all_go_right_in_the_first_row() {
        let lines = [(100.0, 50.0), (300.0, 50.0), (500.0, 50.0)];
        assert_eq!(
            place_marker_labels(&lines, 800.0),
            [at(Right, 0), at(Right, 0), at(Right, 0)]
        );
    }

    #[test]
    fn a_label_moves_left_of_its_line_to_make_room_for_the_next() {
        // Two releases five weeks apart with long labels (the chart of
        // Running Up That Hill, volumes 1 and 2 of Stranger Things 4).
        let lines = [(377.0, 160.0), (515.0, 160.0)];
        assert_eq!(
            place_marker_labels(&lines, 1200.0),
            [at(Left, 0), at(Right, 0)]
        );
    }

    #[test]
    fn without_room_on_the_left_the_next_label_goes_up_a_row() {
        let lines = [(60.0, 160.0), (150.0, 160.0)];
        assert_eq!(
            place_marker_labels(&lines, 1200.0),
            [at(Right, 0), at(Right, 1)]
        );
    }

    #[test]
    fn a_label_with_no_room_in_either_row_is_left_out_and_blocks_nothing() {
        // Three lines close together: the first two take both rows, the
        // third fits in neither; the fourth, further on, still goes right.
        let lines = [
            (100.0, 150.0),
            (130.0, 150.0),
            (160.0, 150.0),
            (400.0, 50.0),
        ];
        assert_eq!(
            place_marker_labels(&lines, 800.0),
            [at(Right, 0), at(Right, 1), None, at(Right, 0)]
        );
    }

    #[test]
    fn a_label_wider_than_the_chart_fits_in_no_row() {
        assert_eq!(
            place_marker_labels(&[(100.0, 50.0), (150.0, 900.0)], 800.0),
            [at(Right, 0), None]
        );
    }
}
