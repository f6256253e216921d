//! Copying text: the asynchronous clipboard API when the browser offers it
//! (it may not, in insecure contexts or sandboxed frames), else the caller
//! falls back to selecting the text for the reader to copy.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Copies `text`, then calls `done(true)` when the clipboard took it and
/// `done(false)` when it is unavailable or refused.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(promise) = write_text(text) else {
        done(false);
        return;
    };
    // One of the two callbacks runs; both share the one `done`.
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let (on_ok, on_err) = (done.clone(), done);
    let ok = Closure::once_into_js(move |_: JsValue| {
        if let Some(done) = on_ok.take() {
            done(true);
        }
    });
    let err = Closure::once_into_js(move |_: JsValue| {
        if let Some(done) = on_err.take() {
            done(false);
        }
    });
    // `then` through Reflect takes the one-shot JS functions as they are.
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|then| then.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

/// `navigator.clipboard.writeText(text)`, if the API exists and accepts the call.
fn write_text(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
