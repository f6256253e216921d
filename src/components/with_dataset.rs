//! Renders its content once the dataset is loaded; loading and error states otherwise.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::Dataset;

use crate::components::{LoadErrorView, Loading};
use crate::hash_target::scroll_to_hash;
use crate::imports::use_imports;
use crate::state::use_dataset;

/// Shows [`Loading`] until the dataset arrives, [`LoadErrorView`] if it
/// cannot be used, else `render(dataset)` (with the reader's imports merged
/// in), scrolled to the section the URL's fragment names the first time.
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
    // The first time the page renders, the section its URL's fragment names
    // exists at last: bring it into view once it is painted.
    let jumped = StoredValue::new(false);
    move || match state.resource.get() {
        None => view! { <Loading what="the dataset"/> }.into_any(),
        Some(Ok(dataset)) => {
            if !jumped.get_value() {
                jumped.set_value(true);
                request_animation_frame(scroll_to_hash);
            }
            render(imports.merged(dataset)).into_any()
        }
        Some(Err(error)) => view! { <LoadErrorView error/> }.into_any(),
    }
}
