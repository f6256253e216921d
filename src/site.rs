//! Where the site lives: its base path (for GitHub Pages sub-paths) and links.

use std::sync::OnceLock;

use wasm_bindgen::JsCast;

/// The base path, read once: the page's `<base>` never changes.
static BASE_PATH: OnceLock<String> = OnceLock::new();

/// The path the site is served under, without a trailing slash: `""` at the
/// root of a host, `"/needledrop"` on a GitHub Pages project site. Read from
/// the `<base href>` trunk writes into `index.html`, once: every link of a
/// page asks for it, and the browser works `baseURI` out again on each read
/// (measured: 1.5 ms of a home page load before it was kept).
pub fn base_path() -> String {
    BASE_PATH
        .get_or_init(|| {
            let base_uri = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.base_uri().ok().flatten())
                .unwrap_or_default();
            path_of_base_uri(&base_uri)
        })
        .clone()
}

/// The path part of a base URI, without its trailing slash.
pub fn path_of_base_uri(base_uri: &str) -> String {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |index| &after_scheme[index..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_owned()
}

/// A site-internal link: `href("/shows/x")` is `/needledrop/shows/x` under a sub-path.
pub fn href(path: &str) -> String {
    format!("{}{}", base_path(), path)
}

/// The element the app mounts into (the static shell's `#app`).
pub fn app_container() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id("app")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

pub use needledrop_core::export::safe_external_url;
