//! A view's `data=` link (`/compare` and `/embed`): fetches the address,
//! reads it like an imported file with the link's `marker=` releases, and
//! says what is happening: loading, the problems with a retry, or nothing
//! once it is charted. The bundled songs stay whatever happens.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::import::{import_bytes, imported_song_ids, DataLink, ImportLimits};
use needledrop_core::Dataset;

use crate::components::QueryNotices;
use crate::data_source::fetch_bytes;
use crate::imports::{use_imports, Imports, Linked};
use crate::state::use_dataset;
use crate::url_state::{borrowed, list_param, use_query_reading};

/// The songs a chart view draws: `songs=`, or without it all the series
/// of the view's `data=` link.
pub fn use_charted_songs() -> Memo<Vec<String>> {
    let query = use_query_map();
    let imports = use_imports();
    Memo::new(move |_| {
        let listed = list_param(&query.read(), "songs");
        if listed.is_empty() {
            imports.linked.with(Linked::songs)
        } else {
            listed
        }
    })
}

/// Whether the page itself was served over https.
pub fn page_is_https() -> bool {
    web_sys::window()
        .and_then(|window| window.location().protocol().ok())
        .is_some_and(|protocol| protocol == "https:")
}

/// What a failed fetch of someone else's file most often needs.
pub const CORS_HINT: &str =
    "If the file is on another site, that site must allow cross-origin requests (CORS).";

/// Fetches and reads `link`'s address into `imports.linked`, unless the
/// link changed in the meantime.
fn load(imports: Imports, bundled: Arc<Dataset>, link: DataLink) {
    let Some(address) = link.address.clone() else {
        if imports.linked.get_untracked() != Linked::None {
            imports.linked.set(Linked::None);
        }
        return;
    };
    // Same address, new markers: no need to fetch again.
    if let Linked::Ready(old, mut data, songs) = imports.linked.get_untracked() {
        if old.address == link.address {
            data.markers = link.markers.clone();
            imports.linked.set(Linked::Ready(link, data, songs));
            return;
        }
    }
    imports.linked.set(Linked::Loading(link.clone()));
    leptos::task::spawn_local(async move {
        let outcome = match fetch_bytes(&address).await {
            Ok(bytes) => import_bytes(&address, &bytes, &ImportLimits::default())
                .map_err(|error| (error.lines(), error.unlisted())),
            Err(error) => Err((vec![format!("{error} {CORS_HINT}")], 0)),
        };
        if imports.linked.get_untracked().link() != Some(&link) {
            return;
        }
        imports.linked.set(match outcome {
            Ok(mut data) => {
                data.markers = link.markers.clone();
                let songs = imported_song_ids(&bundled, &data);
                Linked::Ready(link, data, songs)
            }
            Err((lines, more)) => Linked::Failed(link, lines, more),
        });
    });
}

/// Loads the view's `data=` link and shows its status. Place it outside
/// the dataset's render, so loading the series does not remount it.
#[component]
pub fn LinkedData() -> impl IntoView {
    let imports = use_imports();
    let bundled = use_dataset().resource;
    let parsed = use_query_reading(|pairs| DataLink::from_pairs(borrowed(pairs), page_is_https()));
    let attempt = RwSignal::new(0_u32);
    Effect::new(move |_| {
        let link = parsed.with(|(link, _)| link.clone());
        attempt.track();
        if let Some(Ok(bundled)) = bundled.get() {
            load(imports, bundled, link);
        }
    });
    on_cleanup(move || imports.linked.set(Linked::None));
    let notices = Signal::derive(move || parsed.with(|(_, notices)| notices.clone()));
    let status = move || {
        // Read in place: a loaded link holds every imported point.
        imports.linked.with(|linked| match linked {
        Linked::Loading(link) => Some(
            view! {
                <p class="linked-status" role="status">
                    {format!("Loading series from {}…", link.address.as_deref().unwrap_or_default())}
                </p>
            }
            .into_any(),
        ),
        Linked::Failed(link, lines, more) => Some(
            view! {
                <div class="error-panel linked-status" role="alert">
                    <p><strong>{format!("The series at {} could not be charted; the bundled songs are still here.", link.address.as_deref().unwrap_or_default())}</strong></p>
                    <ul>{lines.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                    {(*more > 0).then(|| view! { <p>{format!("… and {more} more problems")}</p> })}
                    <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
                </div>
            }
            .into_any(),
        ),
        Linked::None | Linked::Ready(..) => None,
    })
    };
    view! {
        <QueryNotices notices/>
        {status}
    }
}
