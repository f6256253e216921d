//! A task boundary: long work split into slices lets the browser paint and
//! take input between them.

use wasm_bindgen_futures::JsFuture;

/// Lets the browser paint and handle input before the next slice of work
/// (a zero-delay timer, so what follows runs in a task of its own).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}
