//! The device pixel ratio as a signal: it changes when the page is zoomed
//! or the window moves to a screen of another density.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The ratio now, watched once for the page (one listener at a time,
    /// on a media query for the current ratio, which matches no longer
    /// once it changes).
    static PIXEL_RATIO: ArcRwSignal<f64> = {
        let ratio = ArcRwSignal::new(current());
        watch(ratio.clone());
        ratio
    };
}

/// The window's device pixel ratio, 1 without a window.
fn current() -> f64 {
    web_sys::window().map_or(1.0, |window| window.device_pixel_ratio())
}

/// Listens once for the ratio to change from its current value; then
/// stores the new one and listens again.
fn watch(ratio: ArcRwSignal<f64>) {
    let query = web_sys::window().and_then(|window| {
        window
            .match_media(&format!("(resolution: {}dppx)", ratio.get_untracked()))
            .ok()
            .flatten()
    });
    let Some(query) = query else {
        return;
    };
    let listener = Closure::once_into_js(move || {
        ratio.set(current());
        watch(ratio);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = query.add_event_listener_with_callback_and_add_event_listener_options(
        "change",
        listener.unchecked_ref(),
        &options,
    );
}

/// The device pixel ratio, updated when it changes (a canvas redraws its
/// backing store at the new density).
pub fn use_device_pixel_ratio() -> Signal<f64> {
    PIXEL_RATIO.with(|ratio| ratio.clone().into())
}
