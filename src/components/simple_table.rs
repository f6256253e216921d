//! A plain data table: a caption for screen readers, a row of column
//! headings and the rows given, scrolling sideways on narrow screens.

use leptos::prelude::*;

/// The `table.simple` of the show, song and peak views.
#[component]
pub fn SimpleTable(
    /// What the table holds, read out by screen readers.
    caption: &'static str,
    /// The column headings, left to right.
    headings: &'static [&'static str],
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="simple">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>
                    {headings.iter().map(|heading| view! { <th scope="col">{*heading}</th> }).collect_view()}
                </tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
