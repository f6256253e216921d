//! A date as the reader sees it: `YYYY-MM-DD` in a `<time>` element,
//! which the stylesheet keeps on one line (a date never breaks at a hyphen).

use leptos::prelude::*;
use needledrop_core::Date;

/// One day, machine-readable too.
#[component]
pub fn DateText(
    /// The day.
    date: Date,
) -> impl IntoView {
    let datetime = date.to_string();
    let text = datetime.clone();
    view! { <time datetime=datetime>{text}</time> }
}
