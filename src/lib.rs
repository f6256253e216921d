//! Needledrop, the app: a thin Leptos UI over the pure `needledrop-core`.
//!
//! Components read signals, call core functions and render. The network I/O is
//! in [`data_source`] (and the archive's streamed download in [`archive_source`]); the URL decides what is shown ([`app`]).

pub mod app;
pub mod archive_source;
pub mod archive_store;
pub mod components;
pub mod data_source;
pub mod document_meta;
pub mod hash_target;
pub mod imports;
pub mod pages;
pub mod panic_page;
pub mod prerender;
pub mod site;
pub mod state;
pub mod task_yield;
pub mod url_state;

/// Installs the panic page and mounts the app over the static shell, or,
/// over a prerendered page, out of sight until it is ready ([`prerender`]).
pub fn start() {
    panic_page::install();
    let Some(container) = site::app_container() else {
        leptos::mount::mount_to_body(app::App);
        return;
    };
    if prerender::is_prerendered(&container) {
        if let Some(live) = prerender::live_container(&container) {
            leptos::mount::mount_to(live, app::App).forget();
            return;
        }
    }
    container.set_text_content(None);
    leptos::mount::mount_to(container, app::App).forget();
}
