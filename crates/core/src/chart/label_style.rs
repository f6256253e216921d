//! Text style handed to the backend: the backend places and measures text
//! itself (canvas `fillText`, SVG `<text>`), so nothing here lays out glyphs
//! and no label is measured per frame.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, FontFamily, FontStyle};

/// Label text: size in device pixels, colour and anchor.
#[derive(Clone, Copy)]
pub(crate) struct LabelStyle {
    pub size: f64,
    pub colour: BackendColor,
    pub anchor: Pos,
    pub bold: bool,
}

impl LabelStyle {
    pub fn new(size: f64, colour: BackendColor, h_pos: HPos, v_pos: VPos) -> LabelStyle {
        LabelStyle {
            size,
            colour,
            anchor: Pos::new(h_pos, v_pos),
            bold: false,
        }
    }
}

/// Label styles never fail: there is no font file to read.
#[derive(Debug)]
pub(crate) struct NoFontError;

impl std::fmt::Display for NoFontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("labels are drawn by the backend")
    }
}

impl std::error::Error for NoFontError {}

impl BackendTextStyle for LabelStyle {
    type FontError = NoFontError;

    fn color(&self) -> BackendColor {
        self.colour
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    /// A rough box (0.6 em per character): only backends that rasterise
    /// text themselves ask for it, and the chart uses none of those.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), NoFontError> {
        let width = (text.chars().count() as f64 * self.size * 0.6) as i32;
        Ok(((0, 0), (width, self.size as i32)))
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, NoFontError> {
        Err(NoFontError)
    }
}
