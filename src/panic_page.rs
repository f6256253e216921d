//! The last resort: a panic replaces the frozen page with a plain message.
//!
//! A wasm panic cannot be recovered, so the data paths avoid them; should one
//! happen anyway, the reader sees what happened and how to get back, instead
//! of a page that silently stopped responding.

use std::sync::Once;

/// Installs the panic hook once (console report, then the recovery page).
pub fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            show_recovery_page();
            // An embed also tells the page around it (a no-op when not framed).
            crate::components::chart::post_status(Err("internal error"));
        }));
    });
}

/// Replaces the page body with "something broke — reload", built from plain DOM.
fn show_recovery_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(panel) = document.create_element("main") else {
        return;
    };
    panel.set_class_name("page broken");
    let _ = panel.set_attribute("role", "alert");
    let reload_href = window.location().href().unwrap_or_default();
    let parts: [(&str, &str); 2] = [
        ("h1", "Something broke"),
        (
            "p",
            "Needledrop hit an internal error and stopped. Your link still works: reload the page to start again.",
        ),
    ];
    for (tag, text) in parts {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(text));
            let _ = panel.append_child(&element);
        }
    }
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &reload_href);
        link.set_class_name("button");
        link.set_text_content(Some("Reload"));
        let _ = panel.append_child(&link);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
