//! A listener on an element that may cancel its event: leptos' `on:`
//! handlers cannot be made non-passive, and a browser treats a wheel
//! listener high in the page as passive, so `prevent_default` would not
//! keep the page from scrolling.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html::ElementType;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{AddEventListenerOptions, EventTarget};

/// Calls `handler` with each `event` on the element `target` refers to,
/// from when it is mounted until the calling view is disposed; the handler
/// may call `prevent_default`.
pub fn use_cancellable_listener<E, Ev>(
    target: NodeRef<E>,
    event: &'static str,
    mut handler: impl FnMut(Ev) + 'static,
) where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
    Ev: JsCast + 'static,
{
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        handler(event.unchecked_into());
    });
    // The callback, and the element it is added to, for the effect that
    // adds it and the cleanup that removes it.
    let listener = Rc::new((callback, RefCell::new(None::<EventTarget>)));
    let added = SendWrapper::new(Rc::clone(&listener));
    let removed = SendWrapper::new(listener);
    Effect::new(move |_| {
        let Some(element) = target.get() else {
            return;
        };
        let element: EventTarget = element.unchecked_into();
        let (callback, listening) = &**added;
        let function = callback.as_ref().unchecked_ref();
        if let Some(previous) = listening.borrow_mut().take() {
            let _ = previous.remove_event_listener_with_callback(event, function);
        }
        let options = AddEventListenerOptions::new();
        options.set_passive(false);
        let _ = element.add_event_listener_with_callback_and_add_event_listener_options(
            event, function, &options,
        );
        *listening.borrow_mut() = Some(element);
    });
    on_cleanup(move || {
        let (callback, listening) = &**removed;
        if let Some(element) = listening.borrow_mut().take() {
            let _ = element
                .remove_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        }
    });
}
