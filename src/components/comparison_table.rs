//! The comparison table of shows: sortable headings, hideable columns,
//! sticky header and first column, cards on narrow screens.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use needledrop_core::copy::{
    FAN_EDITS_BADGE, NOT_IN_ARTICLE, NO_BEST_PEAK, NO_LIFT, NO_SONGS_KNOWN, TABLE_CAPTION,
};
use needledrop_core::table::{
    lift_text, matching_songs, search_terms, visible_rows, Column, ComparisonRow, LiftText,
    RowSong, TableQuery,
};
use needledrop_core::Dataset;

use crate::components::chart::performance_marks::mark;
use crate::components::{gap, DateText, SortHeader, Sparkline};
use crate::prerender::Takeover;
use crate::site::href;

/// A figure linked to its source's entry on the data page.
fn cited(text: String, source: &str) -> AnyView {
    let link = href(&format!("/data#source-{source}"));
    view! { <a class="cited" href=link title="Source of this figure">{text}</a> }.into_any()
}

fn cell_content(dataset: &Arc<Dataset>, row: &ComparisonRow, column: Column) -> AnyView {
    let figures = row.figures.as_ref();
    match column {
        Column::Show => {
            let link = href(&format!("/shows/{}", row.show_id));
            let title = row.title.clone();
            view! { <a href=link>{title}</a> }.into_any()
        }
        Column::Genre => figures.map_or_else(
            || gap(NOT_IN_ARTICLE),
            |f| cited(f.music_genre.clone(), &f.source),
        ),
        Column::Peak => match figures {
            Some(f) => {
                let link = href(&format!("/data#source-{}", f.source));
                view! {
                    <a class="cited peak" href=link title="Source of this figure">
                        <span class="peak__rank">{format!("No. {}", f.peak_position)}</span>
                        " "
                        <span class="peak__chart">{f.peak_chart.clone()}</span>
                    </a>
                }
                .into_any()
            }
            None => gap(NOT_IN_ARTICLE),
        },
        Column::Artists => figures.map_or_else(
            || gap(NOT_IN_ARTICLE),
            |f| cited(f.notable_artists.join(", "), &f.source),
        ),
        Column::Engagement => figures.map_or_else(
            || gap(NOT_IN_ARTICLE),
            |f| cited(f.fan_engagement.clone(), &f.source),
        ),
        Column::Songs => match row.charting_songs {
            Some(count) => {
                let link = href(&format!("/shows/{}#soundtrack", row.show_id));
                view! { <a href=link class="num-link">{count.to_string()}</a> }.into_any()
            }
            None => gap(NO_SONGS_KNOWN),
        },
        Column::Best => match &row.best_peak {
            Some(peak) => {
                let song_link = href(&format!("/songs/{}", peak.song));
                let source_link = href(&format!("/data#source-{}", peak.source));
                let song_title = peak.song_title.clone();
                view! {
                    <div class="best-peak">
                        <span class="best-peak__what">
                            <span class="peak__rank">{format!("No. {}", peak.rank)}</span>
                            " "
                            <a href=song_link>{song_title}</a>
                        </span>
                        <span class="best-peak__detail">
                            {format!("{} · ", peak.chart_title)}
                            <DateText date=peak.date/>
                            " · "
                            <a href=source_link title="Source of this figure">"source"</a>
                        </span>
                        {peak.fan_edits_only.then(|| view! {
                            <span class="badge badge--warn">{FAN_EDITS_BADGE}</span>
                        })}
                        <Sparkline dataset=dataset.clone() peak=peak.clone()/>
                    </div>
                }
                .into_any()
            }
            None => gap(NO_BEST_PEAK),
        },
        Column::Lift => match &row.lift {
            Some(lift) => {
                let song_link = href(&format!("/songs/{}", lift.song));
                let method = href("/data#method");
                let song_title = dataset
                    .song(&lift.song)
                    .map_or_else(|| lift.song.clone(), |song| song.title.clone());
                let LiftText { headline, detail } = lift_text(lift);
                view! {
                    <div class="lift">
                        <span class="lift__headline">{headline}</span>
                        " "
                        <a href=song_link>{song_title}</a>
                        <span class="best-peak__detail">
                            {format!("{detail} · ")}
                            <a href=method title="How lifts are measured">"method"</a>
                        </span>
                    </div>
                }
                .into_any()
            }
            None => gap(NO_LIFT),
        },
    }
}

/// How many of a show's songs the search lists under it before "and N more".
const LISTED_SONGS: usize = 3;

/// Under a show's name, the songs of its soundtrack that the search finds,
/// each linked to its page, then "and N more" linked to the soundtrack;
/// nothing while the search finds none.
fn found_songs(show_id: &str, songs: Vec<RowSong>, terms: Memo<Vec<String>>) -> impl IntoView {
    let more_link = href(&format!("/shows/{show_id}#soundtrack"));
    move || {
        let found = terms.with(|terms| {
            matching_songs(&songs, terms)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        });
        (!found.is_empty()).then(|| {
            let more = found.len().saturating_sub(LISTED_SONGS);
            let items = found
                .into_iter()
                .take(LISTED_SONGS)
                .map(|song| {
                    let link = href(&format!("/songs/{}", song.id));
                    let artist = (!song.artist.is_empty()).then(|| format!(" — {}", song.artist));
                    view! { <li><a href=link>{song.title}</a><span class="muted">{artist}</span></li> }
                })
                .collect_view();
            let more = (more > 0).then(|| {
                view! { <li><a href=more_link.clone()>{format!("and {more} more")}</a></li> }
            });
            view! { <ul class="found-songs" aria-label="Songs the search found">{items}{more}</ul> }
        })
    }
}

/// Whether each column of [`Column::ALL`] is hidden, one memo per column:
/// a sort or a search then re-runs none of the cells' class bindings.
type ColumnsHidden = [Memo<bool>; Column::ALL.len()];

fn row_view(
    dataset: &Arc<Dataset>,
    row: &ComparisonRow,
    hidden: ColumnsHidden,
    visible: Memo<HashSet<String>>,
    terms: Memo<Vec<String>>,
) -> impl IntoView {
    let cells = Column::ALL
        .into_iter()
        .zip(hidden)
        .map(|(column, hidden)| {
            let content = cell_content(dataset, row, column);
            if column == Column::Show {
                let found = found_songs(&row.show_id, row.songs.clone(), terms);
                view! { <th scope="row" data-label=column.label() class:hidden=hidden>{content}{found}</th> }.into_any()
            } else {
                let numeric = matches!(column, Column::Songs);
                view! { <td data-label=column.label() class:num=numeric class:hidden=hidden>{content}</td> }.into_any()
            }
        })
        .collect_view();
    let id = row.show_id.clone();
    let filtered_out = move || !visible.read().contains(&id);
    view! { <tr class:filtered-out=filtered_out>{cells}</tr> }
}

/// Marks `table-painted` once the rows are on screen: the first render
/// with every row built, and every change of rows or columns. Effects run
/// after the rows are in the DOM; the timeout queued in the next animation
/// frame runs after that frame is painted.
fn mark_when_painted(query: Memo<TableQuery>, shown: Memo<Vec<String>>, whole: Memo<bool>) {
    Effect::new(move |_| {
        query.track();
        shown.track();
        if whole.get() {
            request_animation_frame(|| set_timeout(|| mark("table-painted"), Duration::ZERO));
        }
    });
}

/// When the table is built out of sight over the prerendered page: the
/// page around the table is built in a task, the first row in the next
/// (which also compiles the rows' code), then this many rows in each task
/// after it. Each is then a task of a few milliseconds on a desktop rather
/// than one of tens on a phone, and the reader's input is never held
/// behind the whole table.
const ROWS_PER_SLICE: usize = 3;

/// How many rows of `total` are built: all at once, or, while the app
/// takes over a prerendered page, none, then one, then [`ROWS_PER_SLICE`]
/// more in each task until all are (the take-over waits for the last).
fn rows_built(total: usize) -> RwSignal<usize> {
    let built = RwSignal::new(total);
    let Some(takeover) = Takeover::in_progress().filter(|_| total > 0) else {
        return built;
    };
    built.set(0);
    takeover.in_slices(move || {
        built.try_update(|built| {
            *built = if *built == 0 {
                1
            } else {
                (*built + ROWS_PER_SLICE).min(total)
            };
            *built < total
        }) == Some(true)
    });
    built
}

/// The table of every show; rows follow `shown` (ids in display order):
/// the others stay in the table, hidden.
#[component]
pub fn ComparisonTable(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// All rows, built once.
    rows: Arc<Vec<ComparisonRow>>,
    /// Current table state.
    query: Memo<TableQuery>,
    /// Writes a new state.
    set_query: Callback<(TableQuery, bool)>,
    /// Ids of the rows to show, in order.
    shown: Memo<Vec<String>>,
) -> impl IntoView {
    // Every row is rendered once, in the sort order, and kept: sorting moves
    // DOM nodes and filtering hides rows, instead of rebuilding them (and
    // sparklines are fetched once).
    // The order depends on the sort alone: typing or a genre change does not re-sort.
    let sort = Memo::new(move |_| query.read().sort);
    let order = {
        let rows = rows.clone();
        Memo::new(move |_| {
            let unfiltered = TableQuery {
                sort: sort.get(),
                ..TableQuery::default()
            };
            visible_rows(&rows, &unfiltered)
                .into_iter()
                .map(|row| row.show_id.clone())
                .collect::<Vec<_>>()
        })
    };
    let visible = Memo::new(move |_| shown.read().iter().cloned().collect::<HashSet<_>>());
    // The search folded once for every row's songs, not once per row.
    let terms = Memo::new(move |_| search_terms(&query.read().search));
    let by_id: Arc<HashMap<String, ComparisonRow>> = Arc::new(
        rows.iter()
            .map(|row| (row.show_id.clone(), row.clone()))
            .collect(),
    );
    let hidden: ColumnsHidden =
        Column::ALL.map(|column| Memo::new(move |_| !query.read().shows(column)));
    let headers = Column::ALL
        .into_iter()
        .zip(hidden)
        .map(|(column, hidden)| view! { <SortHeader column query sort set_query hidden/> })
        .collect_view();
    let built = rows_built(rows.len());
    let whole = {
        let total = rows.len();
        Memo::new(move |_| built.get() >= total)
    };
    mark_when_painted(query, shown, whole);
    view! {
        <div class="table-wrap table-wrap--cards" role="region" aria-labelledby="comparison-caption" tabindex="0">
            <table class="comparison">
                <caption id="comparison-caption">{TABLE_CAPTION}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>
                    <For
                        each=move || {
                            let mut ids = order.get();
                            ids.truncate(built.get());
                            ids
                        }
                        key=|id| id.clone()
                        children=move |id| {
                            by_id.get(&id).map(|row| row_view(&dataset, row, hidden, visible, terms))
                        }
                    />
                </tbody>
            </table>
            {move || shown.read().is_empty().then(|| view! {
                <p class="empty-result">"No show matches. Try fewer words or another genre."</p>
            })}
        </div>
    }
}
