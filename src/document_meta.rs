//! The document's `<title>` and description, set by each view.

/// Sets the page title (`<page> · Needledrop`) and the meta description.
pub fn set_page_meta(page: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let title = if page.is_empty() {
        "Needledrop — what streaming shows did to the charts".to_owned()
    } else {
        format!("{page} · Needledrop")
    };
    document.set_title(&title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}
