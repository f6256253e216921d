//! Search box, genre filter, column toggles and the result count.

use leptos::prelude::*;
use needledrop_core::copy::TABLE_SEARCH_PLACEHOLDER;
use needledrop_core::table::{sort_value, Column, Direction, TableQuery};

/// The controls above the comparison table.
#[component]
pub fn TableControls(
    /// Current table state.
    query: Memo<TableQuery>,
    /// Writes a new state (and whether it replaces the history entry).
    set_query: Callback<(TableQuery, bool)>,
    /// Every genre, for the filter.
    genres: Vec<String>,
    /// Rows shown now.
    shown: Signal<usize>,
    /// Rows in all.
    total: usize,
) -> impl IntoView {
    // The menus show the state through their `value`: an option's
    // `selected` attribute only picks the option a menu starts on, since
    // browsers ignore it on an option the reader has chosen before (back
    // and forward would show the wrong genre).
    let initial = query.get_untracked();
    let genre_choices = genres
        .into_iter()
        .map(|genre| {
            let selected = initial.genre.as_deref() == Some(genre.as_str());
            view! { <option value=genre.clone() selected=selected>{genre.clone()}</option> }
        })
        .collect_view();
    let toggles = Column::ALL
        .into_iter()
        .filter(|column| column.hideable())
        .map(|column| {
            let checked = move || query.read().shows(column);
            let on_change = move |_| {
                let mut next = query.get_untracked();
                if next.shows(column) {
                    next.hide(column);
                } else {
                    next.hidden.retain(|c| *c != column);
                }
                set_query.run((next, false));
            };
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=checked on:change=on_change/>
                    {column.label()}
                </label>
            }
        })
        .collect_view();
    let sort_choices = Column::ALL
        .into_iter()
        .flat_map(|column| {
            [
                (column, Direction::Ascending, "↑"),
                (column, Direction::Descending, "↓"),
            ]
        })
        .map(|(column, direction, arrow)| {
            let selected = initial.sort == Some((column, direction));
            let label = format!("{} {arrow}", column.label());
            view! { <option value=sort_value(column, direction) selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="table-controls">
            <div class="field field--search">
                <label for="table-search">"Search"</label>
                <input
                    id="table-search"
                    type="search"
                    placeholder=TABLE_SEARCH_PLACEHOLDER
                    autocomplete="off"
                    maxlength="200"
                    prop:value=move || query.read().search.clone()
                    on:input=move |event| {
                        let next = TableQuery { search: event_target_value(&event), ..query.get_untracked() };
                        set_query.run((next, true));
                    }
                />
            </div>
            <div class="field">
                <label for="table-genre">"Genre"</label>
                <select
                    id="table-genre"
                    prop:value=move || query.read().genre.clone().unwrap_or_default()
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        let genre = (!value.is_empty()).then_some(value);
                        set_query.run((TableQuery { genre, ..query.get_untracked() }, false));
                    }
                >
                    <option value="" selected=initial.genre.is_none()>"All genres"</option>
                    {genre_choices}
                </select>
            </div>
            <div class="field field--sort">
                <label for="table-sort">"Sort"</label>
                <select
                    id="table-sort"
                    prop:value=move || query.read().sort.map_or_else(String::new, |(column, direction)| sort_value(column, direction))
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        let (next, _) = TableQuery::from_pairs([("sort", value.as_str())], &[]);
                        set_query.run((TableQuery { sort: next.sort, ..query.get_untracked() }, false));
                    }
                >
                    <option value="" selected=initial.sort.is_none()>"Dataset order"</option>
                    {sort_choices}
                </select>
            </div>
            <details class="columns-menu">
                <summary>"Columns"</summary>
                <fieldset>
                    <legend class="visually-hidden">"Columns to show"</legend>
                    {toggles}
                </fieldset>
            </details>
            <p class="result-count" role="status" aria-live="polite">
                {move || format!("{} of {total} shows", shown.get())}
            </p>
        </div>
    }
}
