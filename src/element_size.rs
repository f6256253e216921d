//! An element's size as signals, kept up to date by a `ResizeObserver`.

use leptos::html::ElementType;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// The content-box width and height of an element, in CSS pixels (0 until
/// it has been laid out).
#[derive(Clone, Copy)]
pub struct ElementSize {
    /// Content-box width.
    pub width: ReadSignal<f64>,
    /// Content-box height.
    pub height: ReadSignal<f64>,
}

/// Watches the size of the element `target` refers to, once it is mounted,
/// until the calling view is disposed.
pub fn use_element_size<E>(target: NodeRef<E>) -> ElementSize
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (width, set_width) = signal(0.0);
    let (height, set_height) = signal(0.0);
    let changed = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // One element is observed: the last entry is its newest size.
        let Some(entry) = entries
            .iter()
            .last()
            .and_then(|entry| entry.dyn_into::<ResizeObserverEntry>().ok())
        else {
            return;
        };
        let rect = entry.content_rect();
        set_width.set(rect.width());
        set_height.set(rect.height());
    });
    let Ok(observer) = ResizeObserver::new(changed.as_ref().unchecked_ref()) else {
        return ElementSize { width, height };
    };
    let watched = SendWrapper::new(observer.clone());
    Effect::new(move |_| {
        if let Some(element) = target.get() {
            watched.disconnect();
            watched.observe(element.unchecked_ref());
        }
    });
    // The callback lives as long as the observer, which stops with the view.
    let owned = SendWrapper::new((observer, changed));
    on_cleanup(move || owned.0.disconnect());
    ElementSize { width, height }
}
