//! The loading state shown while the dataset arrives.

use leptos::prelude::*;

/// A polite loading message.
#[component]
pub fn Loading(
    /// What is loading, for the message.
    #[prop(into)]
    what: String,
) -> impl IntoView {
    view! {
        <p class="status status--loading" role="status" aria-live="polite">
            {format!("Loading {what}…")}
        </p>
    }
}
