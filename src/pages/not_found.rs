//! The view for addresses that match no route, or ids that match nothing.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::document_meta::set_page_meta;
use crate::site::href;

/// "Not found", naming what was asked for, with ways back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_meta(
        "Page not found",
        "This address does not match any page of Needledrop.",
    );
    let location = use_location();
    view! {
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>
                "Nothing lives at "
                <code>{move || location.pathname.get()}</code>
                ". The link may be mistyped or out of date."
            </p>
            <p><A href=href("/")>"Browse all shows"</A>" or read "<A href=href("/data")>"about the data"</A>"."</p>
        </section>
    }
}

/// "Not found" for an id that matches no record of the dataset.
#[component]
pub fn UnknownRecord(
    /// What kind of record ("show", "song").
    kind: &'static str,
    /// The id that was asked for.
    id: String,
) -> impl IntoView {
    set_page_meta(&format!("Unknown {kind}"), "No record has this id.");
    view! {
        <section class="not-found">
            <h1>{format!("No {kind} called “{id}”")}</h1>
            <p>{format!("The dataset has no {kind} with the id “{id}”. It may have been renamed, or the link is mistyped.")}</p>
            <p><A href=href("/")>"Browse all shows"</A></p>
        </section>
    }
}
