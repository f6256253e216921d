//! The reader's own release markers: a date and a label each, drawn on
//! their series like a show's release and used for the spike statistics.

use leptos::prelude::*;
use needledrop_core::import::{UserMarker, MAX_MARKER_LABEL};

use crate::imports::use_imports;

/// The list of the kept data's markers, each removable, and a form to add one.
#[component]
pub fn MarkerEditor(
    /// The markers the kept data has now.
    markers: Vec<UserMarker>,
) -> impl IntoView {
    let imports = use_imports();
    let date = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match UserMarker::new(&date.get_untracked(), &label.get_untracked()) {
            Ok(marker) => {
                problem.set(String::new());
                label.set(String::new());
                imports.add_marker(marker);
            }
            Err(reason) => problem.set(format!("The marker was not added: {reason}.")),
        }
    };
    let items = markers
        .into_iter()
        .map(|marker| {
            let text = format!("{} — {}", marker.date, marker.label);
            let remove_label = format!("Remove the marker {text}");
            view! {
                <li class="chip">
                    {text}
                    <button type="button" class="chip__remove" aria-label=remove_label
                        on:click=move |_| imports.remove_marker(&marker)>"×"</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="marker-editor">
            <h3>"Your release markers"</h3>
            <ul class="chips" aria-label="Your release markers">{items}</ul>
            <form class="field-row" on:submit=add>
                <label for="marker-date">"Date"</label>
                <input id="marker-date" type="date" required
                    prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                <label for="marker-label">"Label"</label>
                <input id="marker-label" type="text" placeholder="Season 2" required maxlength=MAX_MARKER_LABEL.to_string()
                    prop:value=move || label.get() on:input=move |e| label.set(event_target_value(&e))/>
                <button type="submit" class="button button--quiet">"Add marker"</button>
            </form>
            {move || (!problem.get().is_empty()).then(|| view! { <p class="error-text" role="alert">{problem.get()}</p> })}
        </div>
    }
}
