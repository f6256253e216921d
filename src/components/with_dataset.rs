//! Renders its content once the dataset is loaded; loading and error states otherwise.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::Dataset;

use crate::components::{LoadErrorView, Loading};
use crate::imports::use_imports;
use crate::state::use_dataset;

/// Shows [`Loading`] until the dataset arrives, [`LoadErrorView`] if it
/// cannot be used, else `render(dataset)` (with the reader's imports merged in).
#[component]
pub fn WithDataset<F, V>(
    /// Builds the view from the loaded dataset.
    render: F,
) -> impl IntoView
where
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = use_dataset();
    let imports = use_imports();
    move || match state.resource.get() {
        None => view! { <Loading what="the dataset"/> }.into_any(),
        Some(Ok(dataset)) => render(imports.merged(dataset)).into_any(),
        Some(Err(error)) => view! { <LoadErrorView error/> }.into_any(),
    }
}
