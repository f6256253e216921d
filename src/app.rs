//! The root component: header, routes (the public URL contract) and footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader};
use crate::pages::{
    ArchivePage, ComparePage, DataPage, HomePage, NotFoundPage, ShowPage, SongPage,
};
use crate::site::base_path;
use crate::state::provide_dataset;

/// The whole app. Routes follow the URL contract of the product:
/// `/`, `/shows/<id>`, `/songs/<id>`, `/compare`, `/archive`, `/data`.
#[component]
pub fn App() -> impl IntoView {
    provide_dataset();
    view! {
        <Router base=base_path()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/shows/:id") view=ShowPage/>
                    <Route path=path!("/songs/:id") view=SongPage/>
                    <Route path=path!("/compare") view=ComparePage/>
                    <Route path=path!("/archive") view=ArchivePage/>
                    <Route path=path!("/data") view=DataPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
