//! The reader's own data: imported series kept beside the bundled dataset.
//!
//! Two kinds: the reader's kept import (a file or an address loaded on
//! `/compare`, saved in `localStorage` so it survives a reload where storage
//! works: sandboxed embeds may refuse it, and then it lasts for the visit),
//! and the series of a view's `data=` link ([`Linked`], in memory: the URL
//! holds it). Imports never touch the bundled dataset: views get a merged
//! copy, the linked series first so their ids do not depend on what this
//! browser keeps.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::import::{merge_into, DataLink, ImportedData, UserMarker};
use needledrop_core::Dataset;

use crate::data_source::set_imported_files;

const STORAGE_KEY: &str = "needledrop-imported-v1";

/// The series of a view's `data=` link.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Linked {
    /// The view has no `data=` link.
    #[default]
    None,
    /// The address is being fetched.
    Loading(DataLink),
    /// The address could not be used: the problems, and how many more.
    Failed(DataLink, Vec<String>, usize),
    /// The series, with the link's markers, and their song ids.
    Ready(DataLink, ImportedData, Vec<String>),
}

impl Linked {
    /// The link this state is for, if any.
    pub fn link(&self) -> Option<&DataLink> {
        match self {
            Linked::None => None,
            Linked::Loading(link) | Linked::Failed(link, ..) | Linked::Ready(link, ..) => {
                Some(link)
            }
        }
    }

    /// The song ids of the linked series, once loaded.
    pub fn songs(&self) -> Vec<String> {
        match self {
            Linked::Ready(_, _, songs) => songs.clone(),
            _ => Vec::new(),
        }
    }
}

/// The imported data, shared through context.
#[derive(Clone, Copy)]
pub struct Imports {
    /// The reader's kept data, if any.
    pub data: RwSignal<Option<ImportedData>>,
    /// The current view's `data=` series.
    pub linked: RwSignal<Linked>,
    /// Whether the kept data made it into the browser's storage.
    pub saved: RwSignal<bool>,
}

impl Imports {
    /// Keeps `data` (replacing earlier imports) and saves it.
    pub fn keep(&self, data: ImportedData) {
        self.saved.set(save(Some(&data)));
        self.data.set(Some(data));
    }

    /// Removes the reader's data and goes back to the bundled dataset alone.
    pub fn remove(&self) {
        self.saved.set(save(None));
        self.data.set(None);
    }

    /// Adds a release marker to the kept data (and saves it).
    pub fn add_marker(&self, marker: UserMarker) {
        let mut data = self.data.get_untracked();
        if let Some(data) = data.as_mut() {
            if !data.markers.contains(&marker) {
                data.markers.push(marker);
                needledrop_core::sort::sort_by_key(&mut data.markers, |m| m.date);
            }
        }
        if let Some(data) = data {
            self.keep(data);
        }
    }

    /// Removes one release marker from the kept data (and saves it).
    pub fn remove_marker(&self, marker: &UserMarker) {
        if let Some(mut data) = self.data.get_untracked() {
            data.markers.retain(|m| m != marker);
            self.keep(data);
        }
    }

    /// The dataset views should show: the bundled one, plus the linked
    /// series and the kept import when there are any (the kept import is
    /// skipped when it is the linked address itself).
    pub fn merged(&self, bundled: Arc<Dataset>) -> Arc<Dataset> {
        let mut dataset = bundled;
        let mut files = Vec::new();
        // Read in place: the imported points are not copied before the merge copies them.
        let linked_address = self.linked.with(|linked| match linked {
            Linked::Ready(link, data, _) => {
                let (merged, linked_files) = merge_into(&dataset, data);
                dataset = Arc::new(merged);
                files.extend(linked_files);
                link.address.clone()
            }
            _ => None,
        });
        self.data.with(|data| {
            if let Some(data) = data {
                if linked_address.is_none() || linked_address.as_deref() != data.address() {
                    let (merged, kept_files) = merge_into(&dataset, data);
                    dataset = Arc::new(merged);
                    files.extend(kept_files);
                }
            }
        });
        set_imported_files(files);
        dataset
    }

    /// What an embed of these songs needs to carry to show the reader's
    /// series: the linked address, or the kept import's address and markers.
    /// `Err` says why a kept file cannot travel.
    pub fn embed_link(&self, dataset: &Dataset, songs: &[String]) -> Result<DataLink, String> {
        let imported = songs.iter().any(|song| {
            dataset
                .series
                .iter()
                .any(|series| &series.song == song && needledrop_core::import::is_imported(series))
        });
        if !imported {
            return Ok(DataLink::default());
        }
        let linked = self.linked.get_untracked();
        if let Some(link) = linked.link().filter(|link| link.address.is_some()) {
            let charted_linked = linked.songs().iter().any(|id| songs.contains(id));
            if charted_linked {
                return Ok(link.clone());
            }
        }
        match self.data.get_untracked() {
            Some(data) => match data.address() {
                Some(address) => Ok(DataLink {
                    address: Some(address.to_owned()),
                    markers: data.markers.clone(),
                }),
                None => Err(format!(
                    "Your series from “{}” are kept in this browser only: the preview shows them, but readers of your page will not see them. Load the file from a web address (https) to embed it for everyone.",
                    data.file_name
                )),
            },
            None => Ok(DataLink::default()),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saves (or with `None` forgets) the kept data; whether storage took it.
fn save(data: Option<&ImportedData>) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    match data {
        Some(data) => storage.set_item(STORAGE_KEY, &data.to_json()).is_ok(),
        None => storage.remove_item(STORAGE_KEY).is_ok(),
    }
}

fn restore() -> Option<ImportedData> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    ImportedData::from_json(&text).ok()
}

/// Creates the import state (restoring saved data) and provides it.
pub fn provide_imports() -> Imports {
    let imports = Imports {
        data: RwSignal::new(restore()),
        linked: RwSignal::new(Linked::None),
        saved: RwSignal::new(true),
    };
    provide_context(imports);
    imports
}

/// The import state provided by [`provide_imports`].
pub fn use_imports() -> Imports {
    use_context::<Imports>().unwrap_or_else(provide_imports)
}
