//! A gap in the data: a dash that says why the value is missing.

use leptos::prelude::*;

/// A dash for a value the sources do not give, with the reason as its
/// tooltip and for screen readers.
pub fn gap(why: &'static str) -> AnyView {
    view! { <span class="gap" title=why>"—"<span class="visually-hidden">{why}</span></span> }
        .into_any()
}
