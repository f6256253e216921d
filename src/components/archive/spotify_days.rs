//! The Spotify daily browser: pick a region and a day to see that day's
//! Top 200; pick a track to see its daily streams and rank in the spike
//! chart. State in the URL (`region`, `day`, `track`, `track_artist`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::Dataset;

use needledrop_core::archive_song::ArchiveRef;

use needledrop_core::archive::{chosen_day, chosen_region, region_label, ReleaseCalendar};
use needledrop_core::table::Notice;

use super::{ArchiveSongChart, OpenChartButton, SpotifyJumps};
use crate::archive_store::SpotifyLoaded;
use crate::components::QueryNotices;
use crate::url_state::use_param_setter;
use needledrop_core::grouped_digits::group_count;

/// The region picker, the day picker and the day's chart.
#[component]
pub fn SpotifyDays(
    /// The bundled dataset (release markers for charted tracks).
    dataset: Arc<Dataset>,
    /// The loaded Spotify archive.
    loaded: Arc<SpotifyLoaded>,
    /// The dataset's releases (for the jumps).
    releases: Arc<ReleaseCalendar>,
) -> impl IntoView {
    let query = use_query_map();
    let set = use_param_setter();
    let jumps_loaded = loaded.clone();
    let archive_regions: Vec<(usize, String, String, String)> = loaded
        .archive
        .regions()
        .into_iter()
        .map(|r| {
            (
                r.index,
                r.name.to_owned(),
                r.first.to_string(),
                r.last.to_string(),
            )
        })
        .collect();
    // The region and day the link names, with a notice for a region the
    // archive does not have (its first is shown) or a day its chart lacks
    // (the nearest before it).
    let chosen = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let map = query.read();
            let regions = loaded.archive.regions();
            let (region, region_notice) = chosen_region(map.get("region").as_deref(), &regions);
            let mut notices: Vec<Notice> = region_notice.into_iter().collect();
            let region = region.map(|region| {
                let (day, day_notice) = chosen_day(
                    map.get("day").as_deref(),
                    loaded.archive.days(region.index),
                    region.name,
                );
                notices.extend(day_notice);
                let shown = (
                    region.index,
                    region.name.to_owned(),
                    region.first.to_string(),
                    region.last.to_string(),
                );
                (shown, day)
            });
            (region, notices)
        })
    };
    let region =
        move || chosen.with(|(region, _)| region.as_ref().map(|(region, _)| region.clone()));
    let day = move || chosen.with(|(region, _)| region.as_ref().and_then(|(_, day)| *day));
    let notices = Signal::derive(move || chosen.read().1.clone());
    let set_region = set.clone();
    let set_day = set;
    let opened = Memo::new(move |_| {
        let map = query.read();
        Some((
            map.get("track")?,
            map.get("track_artist").unwrap_or_default(),
        ))
    });
    let track_chart = move || {
        let (title, artist) = opened.get()?;
        let (_, name, ..) = region()?;
        let reference = ArchiveRef {
            spotify_region: Some(name),
            title,
            artist,
        };
        Some(view! { <ArchiveSongChart dataset=dataset.clone() reference/> })
    };
    let rows = move || {
        let (index, ..) = region()?;
        let date = day()?;
        let archive = &loaded.archive;
        let items = archive
            .day_chart(index, date)
            .into_iter()
            .map(|entry| {
                view! {
                    <tr>
                        <td class="num">{entry.rank}</td>
                        <th scope="row">
                            <OpenChartButton title=archive.title(entry.track).to_owned() artist=archive.artist(entry.track).to_owned() spotify=true/>
                        </th>
                        <td>{archive.artist(entry.track).to_owned()}</td>
                        <td class="num">{group_count(entry.streams)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(items)
    };
    view! {
        <section class="spotify-days" aria-labelledby="spotify-title">
            <h2 id="spotify-title">"Spotify daily Top 200"</h2>
            <QueryNotices notices/>
            <form class="revival-filters" on:submit=|e| e.prevent_default()>
                <label>"Region "
                    <select prop:value=move || region().map(|r| r.1).unwrap_or_default()
                        on:change=move |e| set_region(vec![("region", Some(event_target_value(&e))), ("day", None)], false)>
                        {archive_regions.iter().map(|(_, name, first, last)| view! {
                            <option value=name.clone()>{format!("{} ({first} to {last})", region_label(name))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>"Day "
                    <input type="date" prop:value=move || day().map(|d| d.to_string()).unwrap_or_default()
                        prop:min=move || region().map(|r| r.2).unwrap_or_default()
                        prop:max=move || region().map(|r| r.3).unwrap_or_default()
                        on:change=move |e| set_day(vec![("day", Some(event_target_value(&e)))], false)/>
                </label>
            </form>
            <div class="table-wrap">
                <table class="simple spotify-day">
                    <caption>{move || format!("Spotify {} Top 200 on {}", region_label(&region().map(|r| r.1).unwrap_or_default()), day().map(|d| d.to_string()).unwrap_or_default())}</caption>
                    <thead><tr><th scope="col">"Rank"</th><th scope="col">"Track"</th><th scope="col">"Artist"</th><th scope="col">"Streams"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {track_chart}
            <SpotifyJumps loaded=jumps_loaded releases region=Signal::derive(move || region().map(|r| r.0))/>
        </section>
    }
}
