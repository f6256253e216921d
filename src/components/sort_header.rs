//! A sortable column heading: a button inside the `th`, with `aria-sort`.

use leptos::prelude::*;
use needledrop_core::table::{Column, Direction, TableQuery};

/// Heading for `column`; clicking (or Enter/Space) sorts by it.
#[component]
pub fn SortHeader(
    /// The column.
    column: Column,
    /// Current table state.
    query: Memo<TableQuery>,
    /// The table's sort column and direction (a memo of `query`'s).
    sort: Memo<Option<(Column, Direction)>>,
    /// Writes a new state.
    set_query: Callback<(TableQuery, bool)>,
    /// Whether the column is hidden.
    #[prop(into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    // A memo of the table's sort: a sort re-runs the heading's attribute,
    // class and arrow only where this column's direction changed.
    let direction = Memo::new(move |_| match sort.get() {
        Some((sorted, direction)) if sorted == column => Some(direction),
        _ => None,
    });
    let aria = move || direction.get().map_or("none", Direction::aria);
    let arrow = move || match direction.get() {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    };
    view! {
        <th scope="col" aria-sort=aria class:sorted=move || direction.get().is_some() class:hidden=move || hidden.get()>
            <button
                type="button"
                class="sort-button"
                on:click=move |_| set_query.run((query.get_untracked().toggled_sort(column), false))
            >
                {column.label()}
                <span class="sort-indicator" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
