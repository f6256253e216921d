//! The section a link's `#fragment` names, brought into view once the page
//! that holds it has rendered. Pages render when the dataset has loaded, so
//! on a first visit (or a link from another page that waits for data) the
//! router looks for the section before it exists.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout, window_event_listener_untyped};

/// When, after the jump (ms), the section is brought back into view if the
/// page above it has grown meanwhile.
const FOLLOW_MS: [u64; 3] = [250, 750, 1500];

/// Events that mean the reader is moving the page themselves.
const READER_MOVES: [&str; 4] = ["wheel", "touchstart", "keydown", "pointerdown"];

/// Scrolls the element whose id the URL's fragment names into view (its
/// `scroll-margin-top` keeps it clear of the sticky header); nothing when
/// there is no fragment or no such element. Content may still arrive above
/// it (a chart's statistics come with its points) and push it down, so it
/// is brought back a few times in the next 1.5 s, until the reader scrolls,
/// touches, clicks or types.
pub fn scroll_to_hash() {
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
