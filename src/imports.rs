//! The reader's own data: imported series kept beside the bundled dataset.
//!
//! Imports never touch the bundled dataset: views get a merged copy. They are
//! saved in `localStorage` so they survive a reload (where storage works:
//! sandboxed embeds may refuse it, and then they last for the visit).

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::import::{merge_into, ImportedData};
use needledrop_core::Dataset;

use crate::data_source::set_imported_files;

const STORAGE_KEY: &str = "needledrop-imported-v1";

/// The imported data, shared through context.
#[derive(Clone, Copy)]
pub struct Imports {
    /// The reader's data, if any.
    pub data: RwSignal<Option<ImportedData>>,
}

impl Imports {
    /// Keeps `data` (replacing earlier imports) and saves it.
    pub fn keep(&self, data: ImportedData) {
        save(Some(&data));
        self.data.set(Some(data));
    }

    /// Removes the reader's data and goes back to the bundled dataset alone.
    pub fn remove(&self) {
        save(None);
        self.data.set(None);
    }

    /// The dataset views should show: the bundled one, plus imports when any.
    pub fn merged(&self, bundled: Arc<Dataset>) -> Arc<Dataset> {
        match self.data.get() {
            Some(data) => {
                let (merged, files) = merge_into(&bundled, &data);
                set_imported_files(files);
                Arc::new(merged)
            }
            None => {
                set_imported_files(Vec::new());
                bundled
            }
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn save(data: Option<&ImportedData>) {
    let Some(storage) = storage() else {
        return;
    };
    let _ = match data.and_then(|data| serde_json::to_string(data).ok()) {
        Some(text) => storage.set_item(STORAGE_KEY, &text),
        None => storage.remove_item(STORAGE_KEY),
    };
}

fn restore() -> Option<ImportedData> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Creates the import state (restoring saved data) and provides it.
pub fn provide_imports() -> Imports {
    let imports = Imports {
        data: RwSignal::new(restore()),
    };
    provide_context(imports);
    imports
}

/// The import state provided by [`provide_imports`].
pub fn use_imports() -> Imports {
    use_context::<Imports>().unwrap_or_else(provide_imports)
}
