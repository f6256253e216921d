//! The revival finder: songs that came back to the Hot 100 after years
//! away, late debuts of long-charting artists, and the biggest week-on-week
//! climbs, filtered by years, gap and size, each marked when it lines up
//! with a release in the dataset. Filters live in the URL (`find`, `gap`,
//! `since`, `until`, `min`, `near`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use needledrop_core::archive::{
    at_least_years_apart, find_climbs, find_late_debuts, find_reentries, ClimbFrom, ClimbOptions,
    LinedUp, ReleaseCalendar, RevivalOptions, SongId, YearRange, DEFAULT_GAP_YEARS,
};
use needledrop_core::Date;

use super::OpenChartButton;
use crate::archive_store::Hot100Loaded;
use crate::url_state::use_param_setter;

/// Most findings listed at once.
const MAX_LISTED: usize = 200;

/// One finding, ready to list.
#[derive(Clone, PartialEq)]
struct Finding {
    song: SongId,
    date: Date,
    rank: u32,
    detail: String,
    lined_up: Option<LinedUp>,
}

/// The finder's filters as read from the URL.
#[derive(Clone, PartialEq)]
struct Filters {
    kind: String,
    gap: u32,
    years: YearRange,
    min: u32,
    near: bool,
}

fn years_between(from: Date, to: Date) -> String {
    let days = from.days_until(to).unsigned_abs();
    format!("{:.1} years", f64::from(days) / 365.25)
}

fn findings(loaded: &Hot100Loaded, releases: &ReleaseCalendar, filters: &Filters) -> Vec<Finding> {
    let archive = &loaded.archive;
    let options = RevivalOptions {
        min_gap_years: filters.gap,
        years: filters.years,
    };
    let mut found: Vec<Finding> = match filters.kind.as_str() {
        // Only artists who had been away the gap too: otherwise every new
        // single of a long-running artist would count.
        "debuts" => find_late_debuts(archive, &loaded.artists, &options, releases)
            .into_iter()
            .filter(|d| at_least_years_apart(d.artist_previous_date, d.date, filters.gap))
            .map(|d| Finding {
                song: d.song,
                date: d.date,
                rank: d.rank,
                detail: format!(
                    "first week; {} first charted {} (“{}”), last before this {}",
                    archive.artist(d.song),
                    d.artist_first_date,
                    archive.title(d.artist_first_song),
                    d.artist_previous_date
                ),
                lined_up: d.lined_up,
            })
            .collect(),
        "climbs" => find_climbs(
            archive,
            &ClimbOptions {
                years: filters.years,
                min_gain: filters.min,
                ..ClimbOptions::default()
            },
            releases,
        )
        .into_iter()
        .map(|c| Finding {
            song: c.song,
            date: c.date,
            rank: c.rank,
            detail: match c.from {
                ClimbFrom::Rank(previous) => format!("up {} places from No. {previous}", c.gain),
                ClimbFrom::BelowChart => format!("re-entered, up at least {} places", c.gain),
            },
            lined_up: c.lined_up,
        })
        .collect(),
        _ => find_reentries(archive, &options, releases)
            .into_iter()
            .map(|r| Finding {
                song: r.song,
                date: r.date,
                rank: r.rank,
                detail: format!(
                    "back after {} away (last charted {})",
                    years_between(r.previous, r.date),
                    r.previous
                ),
                lined_up: r.lined_up,
            })
            .collect(),
    };
    if filters.near {
        found.retain(|f| f.lined_up.is_some());
    }
    found
}

/// The finder: filters and the list of findings.
#[component]
pub fn RevivalFinder(
    /// The loaded archive.
    loaded: Arc<Hot100Loaded>,
    /// The dataset's releases, with the window a finding must fall in.
    releases: Arc<ReleaseCalendar>,
) -> impl IntoView {
    let query = use_query_map();
    let set = use_param_setter();
    let filters = Memo::new(move |_| {
        let map = query.read();
        let number = |key: &str| map.get(key).and_then(|v| v.trim().parse::<i64>().ok());
        Filters {
            kind: map.get("find").unwrap_or_else(|| "reentries".to_owned()),
            gap: number("gap").map_or(DEFAULT_GAP_YEARS, |g| g.clamp(1, 60) as u32),
            years: YearRange {
                from: number("since").map_or(1958, |y| y.clamp(1958, 2100) as i32),
                to: number("until").map_or(2026, |y| y.clamp(1958, 2100) as i32),
            },
            min: number("min").map_or(30, |m| m.clamp(1, 100) as u32),
            near: map.get("near").as_deref() == Some("1"),
        }
    });
    let found = {
        let loaded = loaded.clone();
        Memo::new(move |_| filters.with(|f| findings(&loaded, &releases, f)))
    };
    let field = {
        let set = set.clone();
        move |key: &'static str| {
            let set = set.clone();
            move |event: leptos::ev::Event| set(vec![(key, Some(event_target_value(&event)))], true)
        }
    };
    let set_near = set.clone();
    let rows = move || {
        let archive = &loaded.archive;
        found.with(|found| {
            found
                .iter()
                .take(MAX_LISTED)
                .map(|finding| {
                    let (title, artist) = (
                        archive.title(finding.song).to_owned(),
                        archive.artist(finding.song).to_owned(),
                    );
                    let lined = finding.lined_up.as_ref().map(LinedUp::describe);
                    let is_lined = lined.is_some();
                    view! {
                        <tr class:revival--lined-up=is_lined>
                            <th scope="row">
                                <OpenChartButton title artist=artist.clone()/>
                                <span class="muted">{format!(" — {artist}")}</span>
                            </th>
                            <td data-label="Week">{finding.date.to_string()}</td>
                            <td data-label="Rank" class="num">{format!("No. {}", finding.rank)}</td>
                            <td data-label="What happened">{finding.detail.clone()}</td>
                            <td data-label="Lines up with">{lined.unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let count = move || {
        let total = found.with(Vec::len);
        if total > MAX_LISTED {
            format!("{total} found; the first {MAX_LISTED} are listed.")
        } else {
            format!("{total} found.")
        }
    };
    let kind = move || filters.with(|f| f.kind.clone());
    view! {
        <section class="revival-finder" aria-labelledby="revivals-title">
            <h2 id="revivals-title">"Revival finder"</h2>
            <p class="muted">"Old songs that came back, artists who debuted a song decades after their first hit, and the biggest week-on-week climbs. Findings within 60 days after a release in our soundtrack data are marked."</p>
            <form class="revival-filters" on:submit=|e| e.prevent_default()>
                <label>"Find "
                    <select on:change=field("find") prop:value=kind>
                        <option value="reentries">"Returns after years away"</option>
                        <option value="debuts">"First hits of artists back after years away"</option>
                        <option value="climbs">"Biggest week-on-week climbs"</option>
                    </select>
                </label>
                <label class:hidden=move || kind() == "climbs">"Gap of at least "
                    <input type="number" min="1" max="60" prop:value=move || filters.with(|f| f.gap.to_string()) on:change=field("gap")/>
                    " years"
                </label>
                <label>"From "
                    <input type="number" min="1958" max="2026" prop:value=move || filters.with(|f| f.years.from.to_string()) on:change=field("since")/>
                </label>
                <label>"to "
                    <input type="number" min="1958" max="2026" prop:value=move || filters.with(|f| f.years.to.to_string()) on:change=field("until")/>
                </label>
                <label class:hidden=move || kind() != "climbs">"Climb of at least "
                    <input type="number" min="1" max="100" prop:value=move || filters.with(|f| f.min.to_string()) on:change=field("min")/>
                    " places"
                </label>
                <label class="embed-dialog__choice">
                    <input type="checkbox" prop:checked=move || filters.with(|f| f.near)
                        on:change=move |e| set_near(vec![("near", event_target_checked(&e).then(|| "1".to_owned()))], false)/>
                    "Only near a release in our data"
                </label>
            </form>
            <p role="status" class="revival-count">{count}</p>
            <div class="table-wrap table-wrap--cards-on-phone">
                <table class="simple revival-table">
                    <caption class="visually-hidden">"Findings"</caption>
                    <thead><tr><th scope="col">"Song"</th><th scope="col">"Week"</th><th scope="col">"Rank"</th><th scope="col">"What happened"</th><th scope="col">"Lines up with"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
