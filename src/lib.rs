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
pub mod element_listener;
pub mod element_size;
pub mod hash_target;
pub mod imports;
pub mod pages;
pub mod panic_page;
pub mod pixel_ratio;
pub mod prerender;
pub mod site;
pub mod state;
pub mod task_yield;
pub mod url_state;

/// Installs the panic page, then, in a task of its own (so that the wasm
/// module's instantiation and the app's first build are two short tasks,
/// not one long one), mounts the app.
pub fn start() {
    panic_page::install();
    wasm_bindgen_futures::spawn_local(async {
        task_yield::yield_to_browser().await;
        mount();
    });
}

/// Mounts the app over the static shell, or, over a prerendered page, out
/// of sight until it is ready ([`prerender`]).
fn mount() {
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
