//! The root component: header, routes (the public URL contract) and footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::archive_store::provide_archive;
use crate::components::{SiteFooter, SiteHeader};
use crate::imports::provide_imports;
use crate::pages::{
    ArchivePage, ComparePage, DataPage, EmbedPage, HomePage, NotFoundPage, ShowPage, SongPage,
};
use crate::prerender::{reveal, Takeover};
use crate::site::base_path;
use crate::state::provide_dataset;

/// The whole app. Routes follow the URL contract of the product:
/// `/`, `/shows/<id>`, `/songs/<id>`, `/compare`, `/archive`, `/data`.
#[component]
pub fn App() -> impl IntoView {
    let dataset = provide_dataset();
    let takeover = Takeover::provide();
    // Over a prerendered page, the app is swapped in once the dataset has
    // arrived (or failed) and its view is built (every slice of it), before
    // the next paint.
    Effect::new(move |_| {
        if dataset.resource.read().is_some() && takeover.ready() {
            request_animation_frame(move || {
                if takeover.ready_untracked() {
                    reveal();
                }
            });
        }
    });
    provide_imports();
    provide_archive();
    let routed = routes_after_chrome();
    view! {
        <Router base=base_path()>
            <SiteChrome>
                <Show when=move || routed.get()>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/shows/:id") view=ShowPage/>
                    <Route path=path!("/songs/:id") view=SongPage/>
                    <Route path=path!("/compare") view=ComparePage/>
                    <Route path=path!("/archive") view=ArchivePage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/embed") view=EmbedPage/>
                </Routes>
                </Show>
            </SiteChrome>
        </Router>
    }
}

/// Whether the routes are built: at once, or, while the app takes over a
/// prerendered page out of sight, one task after the header and footer,
/// so that the mount (most of it compiling each function on its first
/// call) is two tasks of a phone's main thread, not one long one.
fn routes_after_chrome() -> RwSignal<bool> {
    let Some(takeover) = Takeover::in_progress() else {
        return RwSignal::new(true);
    };
    let routed = RwSignal::new(false);
    takeover.in_slices(move || {
        routed.try_set(true);
        false
    });
    routed
}

/// Header, main landmark and footer around the routes, except on `/embed`,
/// which never shows site navigation.
#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    let location = use_location();
    let embedded = move || {
        let base = base_path();
        let path = location.pathname.get();
        let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
        path == "/embed" || path.starts_with("/embed/")
    };
    view! {
        <Show when=move || !embedded()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader/>
        </Show>
        <main id="main" class=move || if embedded() { "embed-main" } else { "page" } tabindex="-1">
            {children()}
        </main>
        <Show when=move || !embedded()>
            <SiteFooter/>
        </Show>
    }
}
