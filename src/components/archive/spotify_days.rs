//! The Spotify daily browser: pick a region and a day to see that day's
//! Top 200; pick a track to see its daily streams and rank in the spike
//! chart. State in the URL (`region`, `day`, `track`, `track_artist`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::Dataset;

use needledrop_core::archive_song::ArchiveRef;

use needledrop_core::archive::{region_label, ReleaseCalendar};

use super::{ArchiveSongChart, OpenChartButton, SpotifyJumps};
use crate::archive_store::SpotifyLoaded;
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
    let regions = archive_regions.clone();
    let region = Memo::new(move |_| {
        let wanted = query.read().get("region").unwrap_or_default();
        regions
            .iter()
            .find(|(_, name, _, _)| *name == wanted)
            .or_else(|| regions.first())
            .map(|(index, name, first, last)| (*index, name.clone(), first.clone(), last.clone()))
    });
    let day = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let (index, ..) = region.get()?;
            let days = loaded.archive.days(index);
            let wanted = query
                .read()
                .get("day")
                .and_then(|text| needledrop_core::Date::parse_iso(&text).ok());
            match wanted {
                Some(date) if days.contains(&date) => Some(date),
                _ => days.first().copied(),
            }
        })
    };
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
        let (_, name, ..) = region.get()?;
        let reference = ArchiveRef {
            spotify_region: Some(name),
            title,
            artist,
        };
        Some(view! { <ArchiveSongChart dataset=dataset.clone() reference/> })
    };
    let rows = move || {
        let (index, ..) = region.get()?;
        let date = day.get()?;
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
            <form class="revival-filters" on:submit=|e| e.prevent_default()>
                <label>"Region "
                    <select prop:value=move || region.get().map(|r| r.1).unwrap_or_default()
                        on:change=move |e| set_region(vec![("region", Some(event_target_value(&e))), ("day", None)], false)>
                        {archive_regions.iter().map(|(_, name, first, last)| view! {
                            <option value=name.clone()>{format!("{} ({first} to {last})", region_label(name))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>"Day "
                    <input type="date" prop:value=move || day.get().map(|d| d.to_string()).unwrap_or_default()
                        prop:min=move || region.get().map(|r| r.2).unwrap_or_default()
                        prop:max=move || region.get().map(|r| r.3).unwrap_or_default()
                        on:change=move |e| set_day(vec![("day", Some(event_target_value(&e)))], false)/>
                </label>
            </form>
            <div class="table-wrap">
                <table class="simple spotify-day">
                    <caption>{move || format!("Spotify {} Top 200 on {}", region_label(&region.get().map(|r| r.1).unwrap_or_default()), day.get().map(|d| d.to_string()).unwrap_or_default())}</caption>
                    <thead><tr><th scope="col">"Rank"</th><th scope="col">"Track"</th><th scope="col">"Artist"</th><th scope="col">"Streams"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {track_chart}
            <SpotifyJumps loaded=jumps_loaded releases region=Signal::derive(move || region.get().map(|r| r.0))/>
        </section>
    }
}
