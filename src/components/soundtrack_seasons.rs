//! Placements grouped by release and episode: a show's soundtrack, or one
//! song's scenes in a show.

use leptos::prelude::*;
use needledrop_core::model::Season;
use needledrop_core::soundtrack::SeasonGroup;
use needledrop_core::Dataset;

use crate::components::{DateText, PlacementItem};

/// Each release (its label and date), its episodes, and their placements in
/// time order. On a show's page a release is an `h3` and an episode an `h4`,
/// and each entry names its song; on a song's page (`song_page`), whose
/// heading names the song and each show is an `h3`, they sit one level lower
/// and an entry gives only its time, badge and note.
pub fn soundtrack_seasons(
    dataset: &Dataset,
    groups: Vec<SeasonGroup<'_>>,
    song_page: bool,
) -> AnyView {
    groups
        .into_iter()
        .map(|group| {
            let release = release_heading(group.season);
            let episodes = group
                .episodes
                .into_iter()
                .map(|episode| {
                    let title = match (episode.episode, episode.title) {
                        (Some(n), Some(title)) => format!("Episode {n}: {title}"),
                        (Some(n), None) => format!("Episode {n}"),
                        (None, _) => "Episode not stated in the source".to_owned(),
                    };
                    let items = episode
                        .placements
                        .into_iter()
                        .filter_map(|placement| {
                            let song = dataset.song(&placement.song)?.clone();
                            Some(view! { <PlacementItem placement=placement.clone() song compact=song_page/> })
                        })
                        .collect_view();
                    let heading = if song_page {
                        view! { <h5>{title}</h5> }.into_any()
                    } else {
                        view! { <h4>{title}</h4> }.into_any()
                    };
                    view! {
                        <section class="episode">
                            {heading}
                            <ol class="placements">{items}</ol>
                        </section>
                    }
                })
                .collect_view();
            let heading = if song_page {
                view! { <h4>{release}</h4> }.into_any()
            } else {
                view! { <h3>{release}</h3> }.into_any()
            };
            // On a show's page a release is a place to jump to (`#season-<id>`).
            let id = (!song_page).then(|| season_anchor(&group.season.season));
            view! { <section class="season-group" id=id>{heading}{episodes}</section> }
        })
        .collect_view()
        .into_any()
}

/// A release as its heading reads: "Season 4 (volume 1: episodes 1-7) ·
/// released 2022-05-27".
pub fn release_heading(season: &Season) -> impl IntoView {
    let date = season.release_date;
    view! { {format!("{} · released ", season.name())}<DateText date/> }
}

/// The id of a release's section on its show's page: `season-<season id>`.
pub fn season_anchor(season: &str) -> String {
    format!("season-{season}")
}
