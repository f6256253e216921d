//! A show's soundtrack grouped the way a viewer looks for it: by season
//! (release), then episode, then time into the episode.

use crate::model::{Dataset, Placement, Season, Song};

/// The placements of one episode (or of a season, when the episode is not stated).
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodeGroup<'a> {
    /// Episode number, when the sources state it.
    pub episode: Option<u32>,
    /// Episode title, when known.
    pub title: Option<&'a str>,
    /// Placements sorted by timestamp (untimed ones last, in source order).
    pub placements: Vec<&'a Placement>,
}

/// One release of the show with its episodes' placements.
#[derive(Clone, Debug, PartialEq)]
pub struct SeasonGroup<'a> {
    /// The release.
    pub season: &'a Season,
    /// Episodes in order; placements without an episode come last.
    pub episodes: Vec<EpisodeGroup<'a>>,
}

/// The soundtrack of a show, or with `song` one song's placements in it:
/// releases in order, each with its placements. Releases without
/// placements are left out.
pub fn soundtrack<'a>(
    dataset: &'a Dataset,
    show: &str,
    song: Option<&str>,
) -> Vec<SeasonGroup<'a>> {
    let Some(show) = dataset.show(show) else {
        return Vec::new();
    };
    show.seasons
        .iter()
        .filter_map(|season| {
            let mut placements: Vec<&Placement> = dataset
                .placements
                .iter()
                .filter(|p| p.show == show.id && p.season == season.season)
                .filter(|p| song.is_none_or(|song| p.song == song))
                .collect();
            if placements.is_empty() {
                return None;
            }
            // Stable: equal keys keep source order. "00:16:39" strings sort as times.
            crate::sort::sort_by(&mut placements, |a, b| {
                (
                    a.episode.is_none(),
                    a.episode,
                    a.timestamp.is_none(),
                    &a.timestamp,
                )
                    .cmp(&(
                        b.episode.is_none(),
                        b.episode,
                        b.timestamp.is_none(),
                        &b.timestamp,
                    ))
            });
            let mut episodes: Vec<EpisodeGroup> = Vec::new();
            for placement in placements {
                match episodes.last_mut() {
                    Some(group) if group.episode == placement.episode => {
                        group.placements.push(placement)
                    }
                    _ => episodes.push(EpisodeGroup {
                        episode: placement.episode,
                        title: placement
                            .episode
                            .and_then(|n| season.episode(n))
                            .map(|e| e.title.as_str()),
                        placements: vec![placement],
                    }),
                }
            }
            Some(SeasonGroup { season, episodes })
        })
        .collect()
}

/// Songs tied to the show by chart data alone (no placement states where
/// they are used), in title order.
pub fn songs_without_placements<'a>(dataset: &'a Dataset, show: &str) -> Vec<&'a Song> {
    let mut songs: Vec<&Song> = dataset
        .show_songs
        .iter()
        .filter(|tie| tie.show == show)
        .filter(|tie| {
            !dataset
                .placements
                .iter()
                .any(|p| p.show == show && p.song == tie.song)
        })
        .filter_map(|tie| dataset.song(&tie.song))
        .collect();
    crate::sort::sort_by(&mut songs, |a, b| a.title.cmp(&b.title));
    songs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Dataset {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/index.json"
        ))
        .unwrap();
        crate::parse_dataset(&bytes).unwrap()
    }

    #[test]
    fn stranger_things_season_4_volume_1_opens_with_running_up_that_hill_at_00_28_09() {
        let dataset = bundled();
        let groups = soundtrack(&dataset, "stranger-things", None);
        let labels: Vec<&str> = groups.iter().map(|g| g.season.season.as_str()).collect();
        assert_eq!(labels.first(), Some(&"1"));
        let volume_1 = groups
            .iter()
            .find(|g| g.season.season == "4-volume-1")
            .expect("S4 vol. 1 has cues");
        let first = &volume_1.episodes[0];
        assert_eq!(first.episode, Some(1));
        assert_eq!(first.title, Some("Chapter One: The Hellfire Club"));
        let ruth = first
            .placements
            .iter()
            .find(|p| p.song == "running-up-that-hill-kate-bush")
            .expect("Running Up That Hill is in S4E1");
        assert_eq!(ruth.timestamp.as_deref(), Some("00:28:09"));
        // Episodes ascend and times ascend within each episode.
        for group in &groups {
            let numbers: Vec<u32> = group.episodes.iter().filter_map(|e| e.episode).collect();
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
            for episode in &group.episodes {
                let times: Vec<&str> = episode
                    .placements
                    .iter()
                    .filter_map(|p| p.timestamp.as_deref())
                    .collect();
                assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
            }
        }
    }

    #[test]
    fn one_songs_placements_keep_their_own_release_and_episode() {
        let dataset = bundled();
        let ruth = "running-up-that-hill-kate-bush";
        let groups = soundtrack(&dataset, "stranger-things", Some(ruth));
        let releases: Vec<&str> = groups.iter().map(|g| g.season.season.as_str()).collect();
        assert_eq!(releases, ["4-volume-1", "4-volume-2"]);
        let episodes: Vec<Vec<Option<u32>>> = groups
            .iter()
            .map(|g| g.episodes.iter().map(|e| e.episode).collect())
            .collect();
        assert_eq!(
            episodes,
            [vec![Some(1), Some(4), Some(5), Some(7)], vec![Some(9)]]
        );
        let placements: Vec<&Placement> = groups
            .iter()
            .flat_map(|g| g.episodes.iter().flat_map(|e| e.placements.iter().copied()))
            .collect();
        assert!(placements.iter().all(|p| p.song == ruth));
        let all = dataset
            .placements
            .iter()
            .filter(|p| p.song == ruth && p.show == "stranger-things")
            .count();
        assert_eq!(placements.len(), all);
        assert!(soundtrack(&dataset, "wednesday", Some(ruth)).is_empty());
    }

    #[test]
    fn master_of_puppets_is_in_the_volume_2_release() {
        let dataset = bundled();
        let groups = soundtrack(&dataset, "stranger-things", None);
        let volume_2 = groups
            .iter()
            .find(|g| g.season.season == "4-volume-2")
            .expect("vol. 2 has cues");
        let episode_9 = volume_2
            .episodes
            .iter()
            .find(|e| e.episode == Some(9))
            .expect("E9 has cues");
        assert!(episode_9
            .placements
            .iter()
            .any(|p| p.song == "master-of-puppets-metallica"));
    }

    #[test]
    fn wednesday_lists_bloody_mary_as_a_fan_edit_without_an_episode() {
        let dataset = bundled();
        let groups = soundtrack(&dataset, "wednesday", None);
        assert_eq!(groups.len(), 1);
        let untimed = groups[0].episodes.last().unwrap();
        assert_eq!(untimed.episode, None);
        let bloody = untimed
            .placements
            .iter()
            .find(|p| p.song == "bloody-mary-lady-gaga")
            .unwrap();
        assert!(!bloody.in_show);
    }

    #[test]
    fn arcane_songs_come_from_chart_data_only() {
        let dataset = bundled();
        assert!(soundtrack(&dataset, "arcane", None).is_empty());
        let titles: Vec<&str> = songs_without_placements(&dataset, "arcane")
            .iter()
            .map(|s| s.title.as_str())
            .collect();
        assert!(titles.contains(&"Enemy"), "{titles:?}");
        assert!(soundtrack(&dataset, "no-such-show", None).is_empty());
    }
}
