//! The chart's colours, read from the page's design tokens so light, dark
//! and embed themes apply to the canvas too.

use leptos::prelude::*;
use needledrop_core::chart::ChartTheme;
use wasm_bindgen::prelude::*;

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

thread_local! {
    /// Counts flips of the reader's light/dark setting (one listener per page).
    // Reference-counted, not owned by the component that first asks, so it
    // outlives every view.
    static SCHEME_FLIPS: ArcRwSignal<u32> = {
        let flips = ArcRwSignal::new(0_u32);
        let bump = flips.clone();
        let query = web_sys::window()
            .and_then(|window| window.match_media("(prefers-color-scheme: dark)").ok().flatten());
        if let Some(query) = query {
            let listener = Closure::<dyn FnMut()>::new(move || bump.update(|n| *n += 1));
            let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
            // Lives as long as the page, like the listener.
            listener.forget();
        }
        flips
    };
}

/// A signal that changes whenever the reader switches between light and
/// dark, so canvases drawn with the page's tokens can redraw.
pub fn scheme_flips() -> ArcRwSignal<u32> {
    SCHEME_FLIPS.with(ArcRwSignal::clone)
}
