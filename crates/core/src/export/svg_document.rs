//! The chart as a standalone SVG document: a title and a legend above, the
//! chart drawn by [`draw_chart`] through plotters' `SVGBackend` (the same
//! code the page draws its canvas with), and the source line below.

use plotters_svg::SVGBackend;

use crate::chart::{draw_chart, ChartSpec, ChartTheme};

use super::html::escape_html;

/// Height of the title band, in pixels.
const TITLE_BAND: u32 = 40;
/// Height of the source band, in pixels.
const SOURCE_BAND: u32 = 28;
/// Longest title or source line kept, in characters.
const MAX_TEXT: usize = 140;
/// Height of one legend row, in pixels.
const LEGEND_ROW: u32 = 20;
/// Rough width of one legend character at 12 px (no font is measured).
const LEGEND_CHAR_WIDTH: f64 = 6.6;

/// The text around the chart.
#[derive(Clone, Copy, Debug)]
pub struct SvgCaption<'a> {
    /// Title above the chart.
    pub title: &'a str,
    /// Source line below the chart ("Source: …").
    pub source_line: &'a str,
}

/// At most [`MAX_TEXT`] characters, escaped for XML.
fn text_content(text: &str) -> String {
    let mut short: String = text.chars().take(MAX_TEXT).collect();
    if text.chars().count() > MAX_TEXT {
        short.push('…');
    }
    escape_html(&short)
}

/// The legend of the shown series: a swatch and a label each, in rows
/// that fit `width`. Returns the markup (at y = 0) and the number of rows.
fn legend(spec: &ChartSpec, theme: &ChartTheme, width: u32, font: &str) -> (String, u32) {
    let mut markup = String::new();
    let (mut x, mut row) = (12.0_f64, 0_u32);
    let mut rows = 0;
    for (_, line) in spec.visible_lines() {
        let label: String = line.label.chars().take(80).collect();
        let item_width = 34.0 + label.chars().count() as f64 * LEGEND_CHAR_WIDTH;
        if x > 12.0 && x + item_width > f64::from(width) {
            x = 12.0;
            row += 1;
        }
        rows = row + 1;
        let y = f64::from(row * LEGEND_ROW) + 10.0;
        let colour = theme.series_colour(line.colour).to_hex();
        markup.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"{}\"/>\n<text x=\"{}\" y=\"{}\" font-family=\"{font}\" font-size=\"12\" fill=\"{}\">{}</text>\n",
            x + 24.0,
            line.dash.dasharray(),
            x + 30.0,
            y + 4.0,
            theme.text.to_hex(),
            escape_html(&label),
        ));
        x += item_width + 16.0;
    }
    (markup, rows)
}

/// Height the title, legend and source bands add to a chart `width` wide,
/// so a document of the chart's height plus this keeps the chart's size.
pub fn caption_height(spec: &ChartSpec, width: u32) -> u32 {
    let (_, rows) = legend(spec, &ChartTheme::light(), width, "");
    TITLE_BAND + rows * LEGEND_ROW + SOURCE_BAND
}

/// A complete SVG document of `width` x `height` pixels. Deterministic:
/// the same spec, theme and caption always give the same bytes.
pub fn chart_svg_document(
    spec: &ChartSpec,
    theme: &ChartTheme,
    caption: SvgCaption<'_>,
    (width, height): (u32, u32),
) -> String {
    let font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    let (legend, legend_rows) = legend(spec, theme, width, font);
    let top = TITLE_BAND + legend_rows * LEGEND_ROW;
    let chart_height = height.saturating_sub(top + SOURCE_BAND).max(1);
    let mut chart = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut chart, (width, chart_height));
        // A string target cannot fail to take the drawing; should it ever,
        // the document keeps its title and source around an empty chart.
        let _ = draw_chart(&mut backend, spec, theme, 1.0);
    }
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n",
            "<rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>\n",
            "<text x=\"12\" y=\"26\" font-family=\"{font}\" font-size=\"18\" font-weight=\"bold\" fill=\"{text}\">{title}</text>\n",
            "<g transform=\"translate(0,{legend_top})\">\n{legend}</g>\n",
            "<g transform=\"translate(0,{top})\">\n{chart}</g>\n",
            "<text x=\"12\" y=\"{source_y}\" font-family=\"{font}\" font-size=\"12\" fill=\"{muted}\">{source}</text>\n",
            "</svg>\n"
        ),
        w = width,
        h = height,
        bg = theme.background.to_hex(),
        font = font,
        text = theme.text.to_hex(),
        muted = theme.muted.to_hex(),
        title = text_content(caption.title),
        legend_top = TITLE_BAND - 4,
        legend = legend,
        top = top,
        chart = chart,
        source_y = height.saturating_sub(10),
        source = text_content(caption.source_line),
    )
}
