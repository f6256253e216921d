//! What an embed tells the page around it: its height and whether it is
//! ready, as `postMessage` to the parent window. Embeds send only these two
//! kinds of message and listen to none.
//!
//! - `{type: "needledrop:resize", height}`: the content's height in CSS pixels.
//! - `{type: "needledrop:status", status: "ready" | "error", message?}`.

use wasm_bindgen::JsValue;

/// Whether this page is inside a frame (its parent is another window).
pub fn is_embedded() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// Posts `fields` as one object to the parent window, to any origin (the
/// message holds nothing private: a height or a status).
fn post(fields: &[(&str, JsValue)]) {
    if !is_embedded() {
        return;
    }
    let Some(parent) = web_sys::window().and_then(|window| window.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Tells the parent the embed's content height.
pub fn post_height(height: f64) {
    if height.is_finite() && height > 0.0 {
        post(&[
            ("type", JsValue::from_str("needledrop:resize")),
            ("height", JsValue::from_f64(height.ceil())),
        ]);
    }
}

/// Tells the parent the embed is ready (`Ok`) or failed (`Err(message)`).
pub fn post_status(status: Result<(), &str>) {
    match status {
        Ok(()) => post(&[
            ("type", JsValue::from_str("needledrop:status")),
            ("status", JsValue::from_str("ready")),
        ]),
        Err(message) => post(&[
            ("type", JsValue::from_str("needledrop:status")),
            ("status", JsValue::from_str("error")),
            ("message", JsValue::from_str(message)),
        ]),
    }
}
