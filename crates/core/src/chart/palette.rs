//! Series colours and dash patterns that stay apart for colour-blind readers.
//!
//! Colours are the Okabe-Ito palette (Okabe & Ito, "Color Universal
//! Design"), ordered so the first ones contrast with both light and dark
//! backgrounds; each series also gets its own dash pattern, so two lines
//! never differ by colour alone.

use super::theme::Rgb;

/// The Okabe-Ito colours, in the order series take them.
pub const OKABE_ITO: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xB2), // blue
    Rgb(0xD5, 0x5E, 0x00), // vermillion
    Rgb(0x00, 0x9E, 0x73), // bluish green
    Rgb(0xCC, 0x79, 0xA7), // reddish purple
    Rgb(0xE6, 0x9F, 0x00), // orange
    Rgb(0x56, 0xB4, 0xE9), // sky blue
    Rgb(0xF0, 0xE4, 0x42), // yellow
    Rgb(0x00, 0x00, 0x00), // black (the theme's text colour on dark backgrounds)
];

/// How a line is stroked: on/off lengths in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DashPattern {
    /// A continuous line.
    Solid,
    /// Long dashes.
    Dashed,
    /// Short dots.
    Dotted,
    /// Dash and dot.
    DashDot,
}

impl DashPattern {
    /// The patterns in the order series take them.
    pub const ALL: [DashPattern; 4] = [
        DashPattern::Solid,
        DashPattern::Dashed,
        DashPattern::Dotted,
        DashPattern::DashDot,
    ];

    /// The pattern of the series at this position.
    pub fn for_index(index: usize) -> DashPattern {
        Self::ALL[index % Self::ALL.len()]
    }

    /// Alternating on/off lengths in CSS pixels; empty for a solid line.
    pub fn lengths(self) -> &'static [f64] {
        match self {
            DashPattern::Solid => &[],
            DashPattern::Dashed => &[8.0, 4.0],
            DashPattern::Dotted => &[2.0, 3.0],
            DashPattern::DashDot => &[8.0, 3.0, 2.0, 3.0],
        }
    }

    /// The CSS/SVG `stroke-dasharray` of the pattern (`none` when solid), for legends.
    pub fn dasharray(self) -> String {
        let lengths = self.lengths();
        if lengths.is_empty() {
            "none".to_owned()
        } else {
            lengths
                .iter()
                .map(|length| length.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}
