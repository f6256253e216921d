//! The biggest day-over-day jumps of one Spotify region: streams ratio,
//! streams gained or places gained, each marked when it falls within 60
//! days after a release in the dataset. The measure and the least ratio are
//! in the URL (`jump`, `ratio`); a track opens its chart.

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::archive::{
    find_jumps, JumpMeasure, JumpOptions, JumpQuery, LinedUp, ReleaseCalendar,
};

use super::OpenChartButton;
use crate::archive_store::SpotifyLoaded;
use crate::components::QueryNotices;
use crate::url_state::{borrowed, use_param_setter, use_query_reading};
use needledrop_core::grouped_digits::group_count;

/// Jumps listed.
const MAX_JUMPS: usize = 50;

/// The jumps menu's wording of a measure.
fn measure_label(measure: JumpMeasure) -> &'static str {
    match measure {
        JumpMeasure::StreamRatio => "streams ratio",
        JumpMeasure::StreamIncrease => "streams gained",
        JumpMeasure::RankGain => "places gained",
    }
}

/// The jump list of `region`.
#[component]
pub fn SpotifyJumps(
    /// The loaded Spotify archive.
    loaded: Arc<SpotifyLoaded>,
    /// The region's index.
    region: Signal<Option<usize>>,
    /// The dataset's releases.
    releases: Arc<ReleaseCalendar>,
) -> impl IntoView {
    let set = use_param_setter();
    let read = use_query_reading(|pairs| JumpQuery::from_pairs(borrowed(pairs)));
    let measure = move || read.with(|(query, _)| query.measure);
    let min_ratio = move || read.with(|(query, _)| query.min_ratio);
    let notices = Signal::derive(move || read.read().1.clone());
    let set_measure = set.clone();
    let set_ratio = set.clone();
    let rows = move || {
        let region = region.get()?;
        let options = JumpOptions {
            region,
            measure: measure(),
            min_ratio: min_ratio(),
            limit: MAX_JUMPS,
            ..JumpOptions::default()
        };
        let archive = &loaded.archive;
        let items = find_jumps(archive, &options, &releases)
            .into_iter()
            .map(|jump| {
                let (title, artist) = (archive.title(jump.track).to_owned(), archive.artist(jump.track).to_owned());
                let from = jump
                    .previous_rank
                    .map_or_else(|| "entered".to_owned(), |rank| format!("from No. {rank}"));
                let before = match jump.previous_rank {
                    Some(_) => group_count(jump.previous_streams),
                    None => format!("fewer than {}", group_count(jump.previous_streams)),
                };
                let lined = jump.lined_up.as_ref().map(LinedUp::describe);
                let is_lined = lined.is_some();
                view! {
                    <tr class:revival--lined-up=is_lined>
                        <th scope="row">
                            <OpenChartButton title artist spotify=true/>
                        </th>
                        <td data-label="Day">{jump.date.to_string()}</td>
                        <td data-label="Rank" class="num">{format!("No. {} ({from})", jump.rank)}</td>
                        <td data-label="Streams" class="num">{format!("{before} → {}", group_count(jump.streams))}</td>
                        <td data-label="Ratio" class="num">{format!("{:.1}×", jump.ratio)}</td>
                        <td data-label="Lines up with">{lined.unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(items)
    };
    view! {
        <section class="spotify-jumps" aria-labelledby="jumps-title">
            <h2 id="jumps-title">"Biggest daily jumps"</h2>
            <QueryNotices notices/>
            <form class="revival-filters" on:submit=|e| e.prevent_default()>
                <label>"Biggest by "
                    <select on:change=move |e| set_measure(vec![("jump", Some(event_target_value(&e)).filter(|v| v != JumpMeasure::StreamRatio.key()))], false)
                        prop:value=move || measure().key()>
                        {JumpMeasure::ALL.into_iter().map(|measure| view! { <option value=measure.key()>{measure_label(measure)}</option> }).collect_view()}
                    </select>
                </label>
                <label>"Streams at least "
                    <input type="number" min="1" max="100" step="0.5" prop:value=move || min_ratio().to_string()
                        on:change=move |e| set_ratio(vec![("ratio", Some(event_target_value(&e)))], true)/>
                    "× the day before"
                </label>
            </form>
            <div class="table-wrap table-wrap--cards-on-phone">
                <table class="simple revival-table">
                    <caption class="visually-hidden">"Biggest daily jumps"</caption>
                    <thead><tr><th scope="col">"Track"</th><th scope="col">"Day"</th><th scope="col">"Rank"</th><th scope="col">"Streams"</th><th scope="col">"Ratio"</th><th scope="col">"Lines up with"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
