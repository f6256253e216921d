//! Colours the chart is drawn in, taken from the page's design tokens.

use plotters_backend::BackendColor;

use super::palette::OKABE_ITO;

/// An opaque colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` or `#rgb` (surrounding spaces allowed), as CSS custom properties hold them.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        let digit =
            |index: usize, len: usize| u8::from_str_radix(hex.get(index..index + len)?, 16).ok();
        match hex.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => {
                let short = |index| digit(index, 1).map(|value| value * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour with an opacity, for plotters.
    pub fn with_alpha(self, alpha: f64) -> BackendColor {
        BackendColor {
            alpha,
            rgb: (self.0, self.1, self.2),
        }
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// The colours of one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTheme {
    /// Plot background.
    pub background: Rgb,
    /// Labels.
    pub text: Rgb,
    /// Secondary labels (axis ticks).
    pub muted: Rgb,
    /// Grid lines and the axis frame.
    pub grid: Rgb,
    /// Release and episode markers.
    pub marker: Rgb,
    /// Whether the background is dark (swaps the palette's black for the text colour).
    pub dark: bool,
}

impl ChartTheme {
    /// The light theme of `style/tokens.css`.
    pub fn light() -> ChartTheme {
        ChartTheme {
            background: Rgb(0xff, 0xff, 0xff),
            text: Rgb(0x1b, 0x1a, 0x22),
            muted: Rgb(0x55, 0x53, 0x6a),
            grid: Rgb(0xdc, 0xd9, 0xd2),
            marker: Rgb(0xb3, 0x17, 0x4a),
            dark: false,
        }
    }

    /// The dark theme of `style/tokens.css`.
    pub fn dark() -> ChartTheme {
        ChartTheme {
            background: Rgb(0x1a, 0x1a, 0x24),
            text: Rgb(0xec, 0xeb, 0xf3),
            muted: Rgb(0xae, 0xac, 0xc2),
            grid: Rgb(0x34, 0x34, 0x4a),
            marker: Rgb(0xff, 0x5c, 0x8a),
            dark: true,
        }
    }

    /// A theme from the page's custom properties (`--surface`, `--text`,
    /// `--text-muted`, `--border`, `--accent`); any value that does not
    /// parse keeps the light theme's colour.
    pub fn from_tokens(
        surface: &str,
        text: &str,
        muted: &str,
        border: &str,
        accent: &str,
    ) -> ChartTheme {
        let base = ChartTheme::light();
        let background = Rgb::parse_hex(surface).unwrap_or(base.background);
        ChartTheme {
            background,
            text: Rgb::parse_hex(text).unwrap_or(base.text),
            muted: Rgb::parse_hex(muted).unwrap_or(base.muted),
            grid: Rgb::parse_hex(border).unwrap_or(base.grid),
            marker: Rgb::parse_hex(accent).unwrap_or(base.marker),
            dark: background.luminance() < 0.2,
        }
    }

    /// The colour of the series with this palette index.
    pub fn series_colour(&self, index: usize) -> Rgb {
        let colour = OKABE_ITO[index % OKABE_ITO.len()];
        if self.dark && colour == Rgb(0, 0, 0) {
            self.text
        } else {
            colour
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_css_hex_colours() {
        assert_eq!(Rgb::parse_hex(" #1b1a22"), Some(Rgb(0x1b, 0x1a, 0x22)));
        assert_eq!(Rgb::parse_hex("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse_hex("rgb(1,2,3)"), None);
        assert_eq!(Rgb::parse_hex("#12345g"), None);
        assert_eq!(Rgb(0xb3, 0x17, 0x4a).to_hex(), "#b3174a");
    }

    #[test]
    fn dark_tokens_make_a_dark_theme() {
        let theme = ChartTheme::from_tokens("#1a1a24", "#ecebf3", "#aeacc2", "#34344a", "#ff5c8a");
        assert!(theme.dark);
        assert_eq!(
            theme.series_colour(7),
            theme.text,
            "black would vanish on dark"
        );
        assert!(!ChartTheme::from_tokens("#ffffff", "", "", "", "").dark);
    }
}
