//! The revival finder: songs that came back to the Hot 100 after years
//! away, late debuts of long-charting artists, and the biggest week-on-week
//! climbs, filtered by years, gap and size, each marked when it lines up
//! with a release in the dataset. Filters live in the URL (`find`, `gap`,
//! `since`, `until`, `min`, `near`).

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::archive::{
    at_least_years_apart, find_climbs, find_late_debuts, find_reentries, ClimbFrom, ClimbOptions,
    FinderKind, FinderQuery, LinedUp, ReleaseCalendar, RevivalOptions, SongId, YearRange,
};
use needledrop_core::Date;

use super::OpenChartButton;
use crate::archive_store::Hot100Loaded;
use crate::components::QueryNotices;
use crate::url_state::{borrowed, use_param_setter, use_query_reading};

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

/// The finder menu's wording of a kind.
fn kind_label(kind: FinderKind) -> &'static str {
    match kind {
        FinderKind::Reentries => "Returns after years away",
        FinderKind::Debuts => "First hits of artists back after years away",
        FinderKind::Climbs => "Biggest week-on-week climbs",
    }
}

fn years_between(from: Date, to: Date) -> String {
    let days = from.days_until(to).unsigned_abs();
    format!("{:.1} years", f64::from(days) / 365.25)
}

fn findings(
    loaded: &Hot100Loaded,
    releases: &ReleaseCalendar,
    filters: &FinderQuery,
) -> Vec<Finding> {
    let archive = &loaded.archive;
    let options = RevivalOptions {
        min_gap_years: filters.gap,
        years: filters.years,
    };
    let mut found: Vec<Finding> = match filters.kind {
        // Only artists who had been away the gap too: otherwise every new
        // single of a long-running artist would count.
        FinderKind::Debuts => find_late_debuts(archive, &loaded.artists, &options, releases)
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
        FinderKind::Climbs => find_climbs(
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
        FinderKind::Reentries => find_reentries(archive, &options, releases)
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
    let set = use_param_setter();
    // The years the archive has charts in: the filters' range and default.
    let dates = loaded.archive.chart_dates();
    let span = match (dates.first(), dates.last()) {
        (Some(first), Some(last)) => YearRange {
            from: first.year(),
            to: last.year(),
        },
        _ => YearRange::default(),
    };
    let read = use_query_reading(move |pairs| FinderQuery::from_pairs(borrowed(pairs), span));
    let filters = move || read.with(|(filters, _)| *filters);
    let notices = Signal::derive(move || read.read().1.clone());
    let found = {
        let loaded = loaded.clone();
        Memo::new(move |_| findings(&loaded, &releases, &filters()))
    };
    let field = {
        let set = set.clone();
        // A choice adds a history entry; a number, whose arrows change it a
        // step at a time, rewrites the current one.
        move |key: &'static str, replace: bool| {
            let set = set.clone();
            move |event: leptos::ev::Event| {
                set(vec![(key, Some(event_target_value(&event)))], replace)
            }
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
        let years = filters().years;
        if years.from > years.to {
            format!(
                "None found: the first year, {}, is after the last, {}.",
                years.from, years.to
            )
        } else if total > MAX_LISTED {
            format!("{total} found; the first {MAX_LISTED} are listed.")
        } else {
            format!("{total} found.")
        }
    };
    let kind = move || filters().kind;
    let kinds = FinderKind::ALL
        .into_iter()
        .map(|kind| view! { <option value=kind.key()>{kind_label(kind)}</option> })
        .collect_view();
    let (first_year, last_year) = (span.from.to_string(), span.to.to_string());
    view! {
        <section class="revival-finder" aria-labelledby="revivals-title">
            <h2 id="revivals-title">"Revival finder"</h2>
            <p class="muted">"Old songs that came back, artists who debuted a song decades after their first hit, and the biggest week-on-week climbs. Findings within 60 days after a release in our soundtrack data are marked."</p>
            <QueryNotices notices/>
            <form class="revival-filters" on:submit=|e| e.prevent_default()>
                <label>"Find "
                    <select on:change=field("find", false) prop:value=move || kind().key()>{kinds}</select>
                </label>
                <label class:hidden=move || kind() == FinderKind::Climbs>"Gap of at least "
                    <input type="number" min="1" max="60" prop:value=move || filters().gap.to_string() on:change=field("gap", true)/>
                    " years"
                </label>
                <label>"From "
                    <input type="number" min=first_year.clone() max=last_year.clone() prop:value=move || filters().years.from.to_string() on:change=field("since", true)/>
                </label>
                <label>"to "
                    <input type="number" min=first_year max=last_year prop:value=move || filters().years.to.to_string() on:change=field("until", true)/>
                </label>
                <label class:hidden=move || kind() != FinderKind::Climbs>"Climb of at least "
                    <input type="number" min="1" max="100" prop:value=move || filters().min.to_string() on:change=field("min", true)/>
                    " places"
                </label>
                <label class="embed-dialog__choice">
                    <input type="checkbox" prop:checked=move || filters().near
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
