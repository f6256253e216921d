//! `SpikeChart`: songs' chart histories with their release markers,
//! interactive, described in text, and kept in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::chart::{
    build_chart_spec, chart_summary, point_description, points_in_x_range, Align, ChartLayout,
    ChartQuery, ChartRequest, ChartSpec, LoadedPoints, NO_SERIES,
};
use needledrop_core::model::{Metric, SeriesFile};
use needledrop_core::Dataset;

use super::chart_controls::ChartControls;
use super::chart_credits::ChartCredits;
use super::chart_data_table::ChartDataTable;
use super::chart_legend::ChartLegend;
use super::chart_url::{use_chart_query, use_chart_query_writer};
use super::download_menu::DownloadMenu;
use super::embed_dialog::EmbedDialog;
use super::plot_canvas::PlotCanvas;
use super::pointer_layer::{Cursor, PointerLayer};
use super::spike_stats_list::SpikeStatsList;
use crate::components::QueryNotices;
use crate::data_source::load_series_files;

/// Distinguishes the key-help ids of several charts on one page.
static CHART_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A spike chart of `songs`, its controls, legend, statistics and data table.
#[component]
pub fn SpikeChart(
    /// The loaded dataset.
    dataset: Arc<Dataset>,
    /// Song ids to chart, in legend order.
    #[prop(into)]
    songs: Signal<Vec<String>>,
    /// Line songs up on their release day unless the URL says `align=calendar`.
    #[prop(optional)]
    release_aligned: bool,
    /// The show whose release each song is aligned on, when tied to several.
    #[prop(optional, into)]
    show: Option<String>,
    /// Inside an embed: no controls, menus or key help; the source line and
    /// a link back instead of the statistics cards.
    #[prop(optional)]
    embedded: bool,
    /// Draw without a background of its own (transparent embeds).
    #[prop(optional)]
    transparent: bool,
    /// Query pairs the embed URL must carry besides the chart's (an
    /// archive chart's `archive`, `title`, `artist`).
    #[prop(optional)]
    embed_pairs: Vec<(&'static str, String)>,
    /// Open on the whole history rather than around the releases.
    #[prop(optional)]
    whole_history: bool,
    /// The series shown while the URL names none of these songs' series
    /// (all when empty): a chart of many songs starts with one line each.
    #[prop(optional)]
    default_series: Vec<String>,
    /// Told once the series files arrive and the chart draws (`Ok`), or
    /// they fail or the chart is empty (`Err(message)`).
    #[prop(optional)]
    on_status: Option<Callback<Result<(), String>>>,
    /// On a page of the chart's own (song, show, compare): the keys the
    /// page reads besides the chart's; any other key gets a notice.
    #[prop(optional)]
    page_keys: Option<&'static [&'static str]>,
) -> impl IntoView {
    let keys_id = format!(
        "chart-keys-{}",
        CHART_COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let has_default = !default_series.is_empty();
    let default_align = if release_aligned {
        Align::Release
    } else {
        Align::Calendar
    };
    let chart_query = use_chart_query(page_keys);
    let write_query = use_chart_query_writer();
    let files = {
        let dataset = dataset.clone();
        LocalResource::new(move || {
            let (dataset, songs) = (dataset.clone(), songs.get());
            async move { load_series_files(&dataset, &songs).await.map(Arc::new) }
        })
    };
    let loaded_files = Signal::derive(move || files.get().and_then(Result::ok));
    let spec: Memo<ChartSpec> = {
        let (dataset, show) = (dataset.clone(), show.clone());
        Memo::new(move |_| {
            let songs = songs.get();
            let files: Option<Arc<Vec<SeriesFile>>> = loaded_files.get();
            let points = files
                .as_deref()
                .map(|files| LoadedPoints::from_files(files.iter()))
                .unwrap_or_default();
            chart_query.with(|(query, _)| {
                let spec = build_chart_spec(
                    &dataset,
                    &points,
                    ChartRequest {
                        songs: &songs,
                        query,
                        default_align,
                        preferred_show: show.as_deref(),
                        whole_history,
                        default_series: &default_series,
                    },
                );
                if embedded {
                    spec.for_embed()
                } else {
                    spec
                }
            })
        })
    };
    if let Some(on_status) = on_status {
        // Ready once the points are in and the chart draws; an empty chart
        // is a failure, since an embed has no controls to mend it with.
        Effect::new(move |_| match files.get() {
            Some(Ok(_)) => on_status.run(spec.with(|spec| match spec.embed_failure() {
                Some(reason) => Err(reason.to_string()),
                None => Ok(()),
            })),
            Some(Err(error)) => on_status.run(Err(error.to_string())),
            None => {}
        });
    }
    let query = Signal::derive(move || chart_query.with(|(query, _)| query.clone()));
    let notices = Signal::derive(move || {
        let mut all = chart_query.with(|(_, notices)| notices.clone());
        all.extend(spec.with(|spec| spec.notices.clone()));
        all
    });
    let align = Signal::derive(move || spec.with(|spec| spec.align));
    let has_streams = Signal::derive(move || {
        spec.with(|spec| spec.lines.iter().any(|l| l.metric == Metric::Streams))
    });
    let summary = {
        let (dataset, show) = (dataset.clone(), show.clone());
        Signal::derive(move || {
            let files = loaded_files.get();
            let points = files
                .as_deref()
                .map(|files| LoadedPoints::from_files(files.iter()))
                .unwrap_or_default();
            spec.with(|spec| chart_summary(&dataset, &points, spec, show.as_deref()))
        })
    };

    let layout = RwSignal::new(None::<ChartLayout>);
    let stack = NodeRef::<leptos::html::Div>::new();
    let cursor = RwSignal::new(None as Cursor);
    let hovered_marker = RwSignal::new(None::<usize>);
    let show_table = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());

    let write = write_query.clone();
    let on_change = Callback::new(move |(next, replace): (ChartQuery, bool)| write(&next, replace));
    let write = write_query.clone();
    let on_range = Callback::new(move |((start, end), replace): ((f64, f64), bool)| {
        let mut next = query.get_untracked();
        spec.with_untracked(|spec| {
            next.from = spec.x_bound(start);
            next.to = spec.x_bound(end);
        });
        write(&next, replace);
    });
    let write = write_query.clone();
    let on_reset = Callback::new(move |()| write(&query.get_untracked().without_range(), false));
    let write = write_query;
    let on_toggle = Callback::new(move |index: usize| {
        let mut next = query.get_untracked();
        next.series = spec.with_untracked(|spec| toggled_series(spec, index, has_default));
        write(&next, false);
    });

    // A marker jump is announced together with the point it lands on.
    let marker_note = RwSignal::new(None::<String>);
    // Announce the cursor's point whenever it moves.
    Effect::new(move |_| {
        let Some((line, point)) = cursor.get() else {
            return;
        };
        let note = marker_note.get_untracked();
        marker_note.set(None);
        if let Some(description) = spec.with_untracked(|spec| point_description(spec, line, point))
        {
            let sentence = description.sentence();
            announcement.set(note.map_or(sentence.clone(), |note| format!("{note} {sentence}")));
        }
    });

    let on_key = move |event: web_sys::KeyboardEvent| {
        let key = event.key();
        let handled = spec.with_untracked(|spec| {
            let moved = move_cursor(spec, cursor.get_untracked(), &key);
            match moved {
                KeyMove::Point(next) => {
                    cursor.set(Some(next));
                    true
                }
                KeyMove::Marker(index, next) => {
                    if let Some(placed) = spec.markers.get(index) {
                        let mut text =
                            format!("Marker: {}, {}.", placed.marker.label, placed.marker.date);
                        if !placed.marker.placements.is_empty() {
                            text.push_str(&format!(" {}.", placed.marker.placements.join("; ")));
                        }
                        if next.is_some() && next != cursor.get_untracked() {
                            marker_note.set(Some(text));
                            cursor.set(next);
                        } else {
                            cursor.set(next);
                            announcement.set(text);
                        }
                    }
                    true
                }
                KeyMove::Clear => {
                    cursor.set(None);
                    true
                }
                KeyMove::Ignored => false,
            }
        });
        if handled {
            event.prevent_default();
        }
    };

    let empty_reason = move || spec.with(|spec| spec.empty.as_ref().map(ToString::to_string));
    let load_error = move || {
        files
            .get()
            .and_then(Result::err)
            .map(|error| view! { <p class="chart-error" role="alert">{error.to_string()}</p> })
    };

    let toolbar = (!embedded).then(|| {
        view! {
            <div class="chart-toolbar">
                <ChartControls query align has_streams show_table on_change/>
                <div class="chart-share">
                    <DownloadMenu dataset=dataset.clone() songs spec layout stack/>
                    <EmbedDialog dataset=dataset.clone() songs query spec extra=embed_pairs.clone()/>
                </div>
            </div>
        }
    });
    let key_help = (!embedded).then(|| {
        view! {
            <span id=keys_id.clone() class="chart-keys muted">
                " Drag to zoom, shift-drag or swipe to pan, wheel or pinch to zoom, double-click to reset. "
                "With the chart focused: arrow keys move between points, [ and ] jump between markers."
            </span>
        }
    });
    let after = if embedded {
        view! { <ChartCredits dataset=dataset.clone() songs query spec/> }.into_any()
    } else {
        view! {
            <SpikeStatsList dataset=dataset.clone() files=loaded_files spec show=show.clone().unwrap_or_default()/>
        }
        .into_any()
    };

    view! {
        <figure class="spike-chart">
            <QueryNotices notices=notices/>
            {toolbar}
            {load_error}
            <div
                class="chart-stack"
                node_ref=stack
                role="img"
                tabindex="0"
                aria-label=move || summary.get()
                aria-describedby=(!embedded).then(|| keys_id.clone())
                on:keydown=on_key
                on:blur=move |_| cursor.set(None)
            >
                <PlotCanvas spec on_layout=layout.write_only() transparent/>
                <PointerLayer spec layout cursor hovered_marker on_range on_reset/>
            </div>
            <p class="chart-empty" role="status">{empty_reason}</p>
            // Under the chart, so a phone shows the chart before a long key.
            <ChartLegend spec on_toggle titled=show.is_some()/>
            <figcaption class="chart-caption">
                <span class="chart-summary">{move || summary.get()}</span>
                {key_help}
            </figcaption>
            <p class="visually-hidden chart-live" aria-live="polite">{move || announcement.get()}</p>
            <Show when=move || show_table.get()>
                <ChartDataTable spec/>
            </Show>
            {after}
        </figure>
    }
}

/// The `series=` list after switching line `index`: empty when every
/// series is shown (unless an empty list means a default selection), chart
/// keys for one song, series ids for several.
fn toggled_series(spec: &ChartSpec, index: usize, has_default: bool) -> Vec<String> {
    let shown: Vec<bool> = spec
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i == index {
                !line.visible
            } else {
                line.visible
            }
        })
        .collect();
    if shown.iter().all(|on| *on) && !has_default {
        return Vec::new();
    }
    if !shown.iter().any(|on| *on) {
        return vec![NO_SERIES.to_owned()];
    }
    let one_song = spec
        .lines
        .iter()
        .all(|line| line.song_id == spec.lines[0].song_id);
    spec.lines
        .iter()
        .zip(shown)
        .filter(|(_, on)| *on)
        .map(|(line, _)| {
            if one_song {
                line.chart_key.clone()
            } else {
                line.series_id.clone()
            }
        })
        .collect()
}

/// What a key does to the cursor.
enum KeyMove {
    Point((usize, usize)),
    Marker(usize, Cursor),
    Clear,
    Ignored,
}

/// Arrow keys walk the points of a line (up/down change line), `[`/`]`
/// jump to the previous/next marker, Escape clears.
fn move_cursor(spec: &ChartSpec, cursor: Cursor, key: &str) -> KeyMove {
    let visible: Vec<usize> = spec
        .visible_lines()
        .filter(|(_, line)| !points_in_x_range(line, spec.x_range).is_empty())
        .map(|(index, _)| index)
        .collect();
    let Some(&first_line) = visible.first() else {
        return KeyMove::Ignored;
    };
    let (line, point) = cursor
        .filter(|(line, _)| visible.contains(line))
        .unwrap_or((
            first_line,
            points_in_x_range(&spec.lines[first_line], spec.x_range).start,
        ));
    let range = points_in_x_range(&spec.lines[line], spec.x_range);
    let point = point.clamp(range.start, range.end.saturating_sub(1).max(range.start));
    let nearest_in = |line: usize, x: f64| {
        let range = points_in_x_range(&spec.lines[line], spec.x_range);
        range.clone().min_by(|a, b| {
            let (da, db) = (
                (spec.lines[line].points[*a].x - x).abs(),
                (spec.lines[line].points[*b].x - x).abs(),
            );
            da.total_cmp(&db)
        })
    };
    // Without a cursor, marker keys start from the left edge of the view.
    let x_now = match cursor {
        None => spec.x_range.0 - 1.0,
        Some(_) => spec.lines[line]
            .points
            .get(point)
            .map_or(spec.x_range.0, |p| p.x),
    };
    match key {
        "ArrowRight" if cursor.is_none() => KeyMove::Point((line, point)),
        "ArrowRight" => KeyMove::Point((
            line,
            (point + 1)
                .min(range.end.saturating_sub(1))
                .max(range.start),
        )),
        "ArrowLeft" => KeyMove::Point((line, point.saturating_sub(1).max(range.start))),
        "Home" => KeyMove::Point((line, range.start)),
        "End" => KeyMove::Point((line, range.end.saturating_sub(1).max(range.start))),
        "ArrowUp" | "ArrowDown" => {
            let at = visible.iter().position(|l| *l == line).unwrap_or(0);
            let next = if key == "ArrowDown" {
                (at + 1) % visible.len()
            } else {
                (at + visible.len() - 1) % visible.len()
            };
            let next_line = visible[next];
            nearest_in(next_line, x_now)
                .map_or(KeyMove::Ignored, |p| KeyMove::Point((next_line, p)))
        }
        "[" | "]" => {
            let in_range: Vec<usize> = spec
                .markers
                .iter()
                .enumerate()
                .filter(|(_, m)| m.x >= spec.x_range.0 && m.x <= spec.x_range.1)
                .map(|(i, _)| i)
                .collect();
            let target = if key == "]" {
                in_range
                    .iter()
                    .copied()
                    .find(|i| spec.markers[*i].x > x_now + 0.5)
                    .or(in_range.first().copied())
            } else {
                in_range
                    .iter()
                    .rev()
                    .copied()
                    .find(|i| spec.markers[*i].x < x_now - 0.5)
                    .or(in_range.last().copied())
            };
            match target {
                Some(index) => KeyMove::Marker(
                    index,
                    nearest_in(line, spec.markers[index].x).map(|p| (line, p)),
                ),
                None => KeyMove::Ignored,
            }
        }
        "Escape" => KeyMove::Clear,
        _ => KeyMove::Ignored,
    }
}
