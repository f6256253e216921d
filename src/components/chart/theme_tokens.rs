//! The chart's colours, read from the page's design tokens so light, dark
//! and embed themes apply to the canvas too.

use needledrop_core::chart::ChartTheme;

/// The theme from the custom properties in effect on `element`.
pub fn theme_of(element: &web_sys::Element) -> ChartTheme {
    let style =
        web_sys::window().and_then(|window| window.get_computed_style(element).ok().flatten());
    let Some(style) = style else {
        return ChartTheme::light();
    };
    let token = |name: &str| style.get_property_value(name).unwrap_or_default();
    ChartTheme::from_tokens(
        &token("--surface"),
        &token("--text"),
        &token("--text-muted"),
        &token("--border"),
        &token("--accent"),
    )
}
