//! Saving a download: a Blob behind an object URL, clicked through an
//! `<a download>` (allowed by the page's CSP, no data: URL needed).

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

/// Offers `blob` as a file called `name`.
pub fn save_blob(blob: &web_sys::Blob, name: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "the browser refused to hold the file".to_owned())?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("cannot create a link")?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// Offers `text` as a file called `name` of type `mime`.
pub fn save_text(text: &str, mime: &str, name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot make the file".to_owned())?;
    save_blob(&blob, name)
}
