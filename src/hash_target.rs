//! The section a link's `#fragment` names, brought into view once the page
//! that holds it has rendered. Pages render when the dataset has loaded, so
//! on a first visit (or a link from another page that waits for data) the
//! router looks for the section before it exists.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout, window_event_listener_untyped};
use wasm_bindgen::JsCast;

/// When, after the jump (ms), the section is brought back into view if the
/// page above it has grown meanwhile.
const FOLLOW_MS: [u64; 3] = [250, 750, 1500];

/// How far (CSS px) the header's height may be from the one in use before
/// it is written: layout rounds to fractions of a pixel.
const HEIGHT_TOLERANCE_PX: f64 = 0.5;

/// Events that mean the reader is moving the page themselves.
const READER_MOVES: [&str; 4] = ["wheel", "touchstart", "keydown", "pointerdown"];

/// Notes the site header's height, then scrolls the element whose id the
/// URL's fragment names into view (its `scroll-margin-top` keeps it clear
/// of the sticky header); nothing more when
/// there is no fragment or no such element. Content may still arrive above
/// it (a chart's statistics come with its points) and push it down, so it
/// is brought back a few times in the next 1.5 s, until the reader scrolls,
/// touches, clicks or types.
pub fn scroll_to_hash() {
    note_header_height();
    let Some(id) = fragment_id() else {
        return;
    };
    if !scroll_to(&id) {
        return;
    }
    let moved = Rc::new(Cell::new(false));
    let listeners: Vec<_> = READER_MOVES
        .iter()
        .map(|name| {
            let moved = Rc::clone(&moved);
            window_event_listener_untyped(name, move |_| moved.set(true))
        })
        .collect();
    for delay in FOLLOW_MS {
        let (id, moved) = (id.clone(), Rc::clone(&moved));
        set_timeout(
            move || {
                if !moved.get() {
                    scroll_to(&id);
                }
            },
            Duration::from_millis(delay),
        );
    }
    let done = FOLLOW_MS[FOLLOW_MS.len() - 1] + 1;
    set_timeout(
        move || listeners.into_iter().for_each(|listener| listener.remove()),
        Duration::from_millis(done),
    );
}

/// Keeps the sticky site header's height, as laid out now, in
/// `--site-header-measured` on `<html>`, which the stylesheet's
/// `--site-header-height` takes over its one-line value: what must clear
/// the header (a section scrolled to, the home table's heading row) then
/// clears it on a phone too, whose nav wraps onto a second or third line.
fn note_header_height() {
    // Once for the app's life: again whenever the window is resized (a phone
    // turned on its side unwraps the nav).
    thread_local!(static WATCHING: Cell<bool> = const { Cell::new(false) });
    if !WATCHING.with(|watching| watching.replace(true)) {
        // Kept for good: the handle only removes the listener when asked.
        let _ = window_event_listener_untyped("resize", |_| note_header_height());
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let header = document.query_selector(".site-header").ok().flatten();
    let root = document
        .document_element()
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(header), Some(root)) = (header, root) else {
        return;
    };
    let height = header.get_bounding_client_rect().height();
    if height <= 0.0 {
        return;
    }
    // A custom property on `<html>` restyles the whole page, so it is only
    // written when the height in use is wrong (a wrapped nav, or one that
    // has unwrapped since): the stylesheet registers
    // `--site-header-height` as a length, so its computed value is in px.
    let in_use = window
        .get_computed_style(&root)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("--site-header-height").ok())
        .and_then(|value| value.trim().strip_suffix("px")?.parse::<f64>().ok());
    if in_use.is_some_and(|in_use| (in_use - height).abs() < HEIGHT_TOLERANCE_PX) {
        return;
    }
    let _ = root
        .style()
        .set_property("--site-header-measured", &format!("{height}px"));
}

/// The element id the URL's fragment names (the app's ids are plain slugs,
/// so there is nothing to decode).
fn fragment_id() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.trim_start_matches('#');
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// Scrolls the element with `id` into view; whether there is one.
fn scroll_to(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id));
    if let Some(element) = &element {
        element.scroll_into_view();
    }
    element.is_some()
}
