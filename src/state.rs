//! App-wide state: the dataset, loaded once and shared through context.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::Dataset;

use crate::data_source::{load_dataset, LoadError};

/// The loaded dataset, or why it could not be loaded.
pub type DatasetResult = Result<Arc<Dataset>, LoadError>;

/// The dataset resource every page reads.
#[derive(Clone, Copy)]
pub struct DatasetState {
    /// Loads `index.json`; refetch to retry.
    pub resource: LocalResource<DatasetResult>,
}

/// Creates the dataset resource and provides it to the component tree.
pub fn provide_dataset() -> DatasetState {
    let resource = LocalResource::new(|| async { load_dataset().await.map(Arc::new) });
    let state = DatasetState { resource };
    provide_context(state);
    state
}

/// The dataset state provided by [`provide_dataset`].
pub fn use_dataset() -> DatasetState {
    use_context::<DatasetState>().unwrap_or_else(provide_dataset)
}
