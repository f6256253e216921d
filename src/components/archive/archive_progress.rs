//! The archive's load, as the reader sees it: a progress bar in bytes,
//! then rows decoded, a "Stop" button while it runs, and the reason with a
//! "Load again" button when it failed or was stopped.

use leptos::prelude::*;
use needledrop_core::import::human_size;

use crate::archive_store::{use_archive, ArchiveLoad};
use needledrop_core::grouped_digits::group_count;

/// The progress of one archive file's load (nothing once it is ready).
#[component]
pub fn ArchiveProgress<T: Send + Sync + 'static>(
    /// What is loading ("the Hot 100 archive").
    what: &'static str,
    /// The load.
    load: RwSignal<ArchiveLoad<T>>,
    /// Starts (or restarts) the load.
    start: Callback<()>,
) -> impl IntoView {
    let store = use_archive();
    move || {
        let (value, max, text) = match load.get() {
            ArchiveLoad::Ready(_) => return None,
            ArchiveLoad::Idle => (0.0, 1.0, format!("Preparing {what}…")),
            ArchiveLoad::Downloading(received, total) => (
                received as f64,
                total.max(1) as f64,
                format!(
                    "Downloading {what}: {} of {}",
                    human_size(received as usize),
                    human_size(total as usize)
                ),
            ),
            ArchiveLoad::Decoding(done, total) => (
                done as f64,
                total.max(1) as f64,
                format!("Reading {what}: {} of {} chart rows", group_count(done as u64), group_count(total as u64)),
            ),
            ArchiveLoad::Indexing => (1.0, 1.0, format!("Indexing {what} for search…")),
            ArchiveLoad::Failed(message) => {
                return Some(
                    view! {
                        <div class="error-panel archive-progress" role="alert">
                            <p><strong>{format!("{what} is not loaded.")}</strong></p>
                            <p>{message}</p>
                            <button type="button" class="button" on:click=move |_| start.run(())>"Load again"</button>
                        </div>
                    }
                    .into_any(),
                )
            }
        };
        Some(
            view! {
                <div class="archive-progress" role="status">
                    <label>
                        <span>{text}</span>
                        <progress prop:max=max prop:value=value></progress>
                    </label>
                    <button type="button" class="button button--quiet" on:click=move |_| store.cancel()>"Stop"</button>
                </div>
            }
            .into_any(),
        )
    }
}
