//! Taking over a prerendered page.
//!
//! The home page's HTML already holds its table (written at build time), so
//! it is on screen before the app has loaded. The app then mounts out of
//! sight, in a hidden sibling of `#app` ([`live_container`]), and
//! [`reveal`] swaps it in once its first view is ready, in one step before
//! the next paint: the reader sees the same table throughout. What the
//! reader already typed or chose in the static controls is carried over,
//! and so are an opened columns menu, the focus and the sparklines' lines
//! ([`keep_sparklines`]).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement};

use crate::task_yield::yield_to_browser;

/// Id of the hidden container the app mounts into over a prerendered page.
const LIVE_ID: &str = "app-live";

/// The static controls whose value carries over, with the event that applies it.
const CONTROLS: [(&str, &str); 3] = [
    ("table-search", "input"),
    ("table-genre", "change"),
    ("table-sort", "change"),
];

/// The parts of the app's first view still being built out of sight, a
/// slice per task (so that no task of the take-over is a long one): the
/// swap waits until none is. Provided by the app's root.
#[derive(Clone, Copy)]
pub struct Takeover {
    building: RwSignal<usize>,
}

impl Takeover {
    /// A take-over with nothing being built, provided through context.
    pub fn provide() -> Self {
        let takeover = Self {
            building: RwSignal::new(0),
        };
        provide_context(takeover);
        takeover
    }

    /// The take-over in progress: `Some` only while the app is being built
    /// out of sight over a prerendered page, where a view may build in slices.
    pub fn in_progress() -> Option<Self> {
        live_element()?;
        use_context::<Self>()
    }

    /// Builds a part in slices: `slice` runs once in each task after this
    /// one until it returns `false` (the part is whole, or its view gone);
    /// the swap waits until then.
    pub fn in_slices(self, mut slice: impl FnMut() -> bool + 'static) {
        self.building.update(|count| *count += 1);
        leptos::task::spawn_local(async move {
            loop {
                yield_to_browser().await;
                if !slice() {
                    break;
                }
            }
            self.building
                .try_update(|count| *count = count.saturating_sub(1));
        });
    }

    /// Whether every part is whole (tracked).
    pub fn ready(self) -> bool {
        self.building.get() == 0
    }

    /// Whether every part is whole, without tracking.
    pub fn ready_untracked(self) -> bool {
        self.building.get_untracked() == 0
    }
}

/// The hidden container the app is being built in, while it is.
fn live_element() -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id(LIVE_ID)
}

/// Whether `container` holds a prerendered page.
pub fn is_prerendered(container: &Element) -> bool {
    container.has_attribute("data-prerendered")
}

/// A hidden container right after `container`, for the app to mount into.
pub fn live_container(container: &Element) -> Option<HtmlElement> {
    let document = container.owner_document()?;
    let live: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    live.set_id(LIVE_ID);
    live.set_hidden(true);
    container.after_with_node_1(&live).ok()?;
    Some(live)
}

/// The `value` of the element `#id` inside `root`.
fn value_in(root: &Element, id: &str) -> Option<String> {
    let element = root.query_selector(&format!("#{id}")).ok()??;
    js_sys::Reflect::get(&element, &JsValue::from_str("value"))
        .ok()?
        .as_string()
}

/// Moves each prerendered sparkline's line and title into the same show's
/// live sparkline while that is still the empty box it shows until its
/// series has loaded, with its name (`role="img"`, `aria-label`, marked
/// `data-prerendered`), so the lines do not blink out and stay named for the
/// frames in between. The app's own line replaces the box, and the moved
/// line with it.
fn keep_sparklines(prerendered: &Element, live: &Element) {
    let Ok(sparklines) = prerendered.query_selector_all("tr svg.sparkline:not(:empty)") else {
        return;
    };
    for index in 0..sparklines.length() {
        let Some(svg) = sparklines
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let Some(link) = svg
            .closest("tr")
            .ok()
            .flatten()
            .and_then(|row| row.query_selector("th a").ok().flatten())
            .and_then(|anchor| anchor.get_attribute("href"))
        else {
            continue;
        };
        let selector = format!("tr:has(> th a[href=\"{link}\"]) svg.sparkline:empty");
        let Ok(Some(target)) = live.query_selector(&selector) else {
            continue;
        };
        if let Some(label) = svg.get_attribute("aria-label") {
            let _ = target.remove_attribute("aria-hidden");
            let _ = target.set_attribute("role", "img");
            let _ = target.set_attribute("aria-label", &label);
        }
        let _ = target.set_attribute("data-prerendered", "");
        while let Some(child) = svg.first_child() {
            let _ = target.append_child(&child);
        }
    }
}

/// Swaps the app in for the prerendered page; nothing when there is none.
pub fn reveal() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Some(prerendered), Some(live)) = (document.get_element_by_id("app"), live_element())
    else {
        return;
    };
    let Ok(live) = live.dyn_into::<HtmlElement>() else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|element| prerendered.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    let columns_open = prerendered
        .query_selector("details.columns-menu[open]")
        .ok()
        .flatten()
        .is_some();
    let carried: Vec<(&str, &str, String)> = CONTROLS
        .iter()
        .filter_map(|&(id, event)| {
            let value = value_in(&prerendered, id).filter(|value| !value.is_empty())?;
            Some((id, event, value))
        })
        .collect();
    keep_sparklines(&prerendered, &live);
    prerendered.remove();
    live.set_id("app");
    live.set_hidden(false);
    for (id, event, value) in carried {
        let Some(control) = live.query_selector(&format!("#{id}")).ok().flatten() else {
            continue;
        };
        if value_in(&live, id).as_deref() == Some(value.as_str()) {
            continue;
        }
        let _ = js_sys::Reflect::set(
            &control,
            &JsValue::from_str("value"),
            &JsValue::from_str(&value),
        );
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict(event, &init) {
            let _ = control.dispatch_event(&event);
        }
    }
    if columns_open {
        if let Some(details) = live.query_selector("details.columns-menu").ok().flatten() {
            let _ = details.set_attribute("open", "");
        }
    }
    if let Some(element) = focused
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
