//! The error view for a dataset that could not be loaded, with a retry.

use leptos::prelude::*;

use crate::data_source::LoadError;
use crate::state::use_dataset;

/// Names the problem and offers to try again.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let state = use_dataset();
    let (headline, help) = match &error {
        LoadError::Http { .. } => (
            "The dataset could not be loaded",
            "The site may be mid-update. Try again in a moment.",
        ),
        LoadError::Network { .. } => (
            "The dataset could not be loaded",
            "Check your connection, then try again.",
        ),
        LoadError::Offline { .. } => (
            "You are offline",
            "Reconnect, then try again: nothing you had is lost.",
        ),
        LoadError::Timeout { .. } => (
            "The dataset is taking too long",
            "The connection may be slow. Try again.",
        ),
        LoadError::Cancelled { .. } => (
            "The download was stopped",
            "Nothing you had is lost. Try again when you are ready.",
        ),
        LoadError::Interrupted { .. } => (
            "The download was cut off",
            "Only part of the file arrived, so none of it is used. Try again.",
        ),
        LoadError::Invalid { .. } => (
            "The dataset is invalid",
            "The file arrived but failed its checks, so nothing from it is shown.",
        ),
    };
    view! {
        <section class="error-panel" role="alert">
            <h1>{headline}</h1>
            <p class="error-panel__message">{error.to_string()}</p>
            <p>{help}</p>
            <button type="button" class="button" on:click=move |_| state.resource.refetch()>
                "Try again"
            </button>
        </section>
    }
}
