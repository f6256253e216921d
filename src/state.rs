//! App-wide state: the dataset, loaded once and shared through context.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::Dataset;

use crate::components::chart::performance_marks::{mark, measure};
use crate::data_source::{load_dataset, LoadError};
use crate::task_yield::yield_to_browser;

/// The loaded dataset, or why it could not be loaded.
pub type DatasetResult = Result<Arc<Dataset>, LoadError>;

/// The dataset resource every page reads.
#[derive(Clone, Copy)]
pub struct DatasetState {
    /// Loads `index.json`; refetch to retry.
    pub resource: LocalResource<DatasetResult>,
}

/// Creates the dataset resource and provides it to the component tree.
///
/// For benchmarks it marks `dataset-load-start` before the fetch and
/// `dataset-parsed` once the dataset is parsed and validated, measured as
/// `dataset-load` (fetch start to parsed), `dataset-parse` (the parse and
/// validation alone) and `dataset-ready` (navigation start to parsed).
pub fn provide_dataset() -> DatasetState {
    let resource = LocalResource::new(|| async {
        // The fetch starts in a task of its own, not in the app's mount:
        // on a first visit each function's first call compiles it, and the
        // mount is long enough (`index.json` is preloaded from the page's
        // head, so this costs no time on the network).
        yield_to_browser().await;
        mark("dataset-load-start");
        let result = load_dataset().await;
        if result.is_ok() {
            mark("dataset-parsed");
            measure("dataset-load", "dataset-load-start", "dataset-parsed");
            measure("dataset-parse", "dataset-parse-start", "dataset-parsed");
            measure("dataset-ready", "navigationStart", "dataset-parsed");
        }
        // The views build from the dataset in a task of their own: the
        // browser can take input between the parse and the build, and
        // neither is one long task with the other.
        yield_to_browser().await;
        result.map(Arc::new)
    });
    let state = DatasetState { resource };
    provide_context(state);
    state
}

/// The dataset state provided by [`provide_dataset`].
pub fn use_dataset() -> DatasetState {
    use_context::<DatasetState>().unwrap_or_else(provide_dataset)
}
