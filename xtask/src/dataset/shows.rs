//! Shows, their releases (seasons and season parts), episodes and the
//! article's comparison figures.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};
use needledrop_core::model::{ComparisonFigures, Episode, Season, Show};
use needledrop_core::normalize::slug;
use needledrop_core::Date;

use super::catalogue::{ARTICLE, EPISODES, RELEASE_DATES};
use super::source_table::SourceTable;

/// The article's title as the comparison table file prints it.
pub const ARTICLE_TITLE: &str = "From Screen to Sound: The Music Behind Netflix's Best Shows";

/// The show whose episode list is in the episodes file.
const EPISODE_LIST_SHOW: &str = "Stranger Things";

/// The shows, in display order, with lookups by printed title.
pub struct ShowBook {
    /// Shows in display order.
    pub shows: Vec<Show>,
}

/// The key and number of a release label (see `docs/schema.md`, "Season keys").
///
/// `4 (volume 2: episodes 8-9)` is `4-volume-2`, `1 (act 1)` is `1-act-1`,
/// `1 (limited series)` is `1`, `Parts 1-2 (Netflix worldwide)` is `parts-1-2`.
pub fn season_key(label: &str) -> (String, Option<u32>) {
    let (head, qualifier) = match label.split_once('(') {
        Some((head, rest)) => (head.trim(), rest.trim_end_matches(')').trim()),
        None => (label.trim(), ""),
    };
    let Ok(number) = head.parse::<u32>() else {
        return (slug(head), None);
    };
    let part = qualifier
        .split(':')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let is_part = ["volume ", "act ", "part "]
        .iter()
        .any(|word| part.starts_with(word));
    if is_part {
        (format!("{number}-{}", slug(&part)), Some(number))
    } else {
        (number.to_string(), Some(number))
    }
}

impl ShowBook {
    /// Reads the comparison table, the release dates and the episode list.
    pub fn read(
        seed: &SourceTable,
        releases: &SourceTable,
        episodes: &SourceTable,
    ) -> Result<(ShowBook, Date)> {
        seed.require(&[
            "show",
            "music_genre",
            "peak_chart_position",
            "peak_chart",
            "notable_artists",
            "fan_engagement_highlights",
            "source_title",
            "source_date",
        ])?;
        releases.require(&["show", "season", "netflix_release_date", "note"])?;
        episodes.require(&["season", "episode", "title", "original_release_date"])?;
        let mut article_date = None;
        let mut shows: Vec<Show> = Vec::new();
        for row in seed.rows() {
            if row.text("source_title")? != ARTICLE_TITLE {
                return Err(row.invalid(
                    "source_title",
                    "this build knows the comparison table of one article only",
                ));
            }
            let date = row.date("source_date")?;
            if article_date.is_some_and(|known| known != date) {
                return Err(row.invalid("source_date", "the article has one date"));
            }
            article_date = Some(date);
            let music_genre = row.text("music_genre")?.to_owned();
            let title = row.text("show")?;
            shows.push(Show {
                id: slug(title),
                title: title.to_owned(),
                genres: music_genre
                    .split(" / ")
                    .map(|genre| genre.trim().to_owned())
                    .collect(),
                seasons: Vec::new(),
                comparison: Some(ComparisonFigures {
                    music_genre,
                    peak_position: row.number_in("peak_chart_position")?,
                    peak_chart: row.text("peak_chart")?.to_owned(),
                    notable_artists: row
                        .text("notable_artists")?
                        .split(';')
                        .map(|artist| artist.trim().to_owned())
                        .collect(),
                    fan_engagement: row.text("fan_engagement_highlights")?.to_owned(),
                    source: ARTICLE.to_owned(),
                }),
            });
        }
        let article_date = article_date.ok_or_else(|| anyhow!("{} has no rows", seed.name()))?;
        let mut others: BTreeMap<String, Show> = BTreeMap::new();
        for row in releases.rows() {
            let title = row.text("show")?;
            let (key, number) = season_key(row.text("season")?);
            let note = row.text("note")?;
            let source = if note == "public record" {
                RELEASE_DATES
            } else if note.starts_with("matches stranger_things_episodes.csv")
                && title == EPISODE_LIST_SHOW
            {
                EPISODES
            } else {
                return Err(row.invalid("note", format!("unknown provenance \"{note}\"")));
            };
            let season = Season {
                season: key,
                number,
                label: row.text("season")?.to_owned(),
                release_date: row.date("netflix_release_date")?,
                source: source.to_owned(),
                episodes: Vec::new(),
            };
            let show = match shows.iter_mut().find(|show| show.title == title) {
                Some(show) => show,
                None => others.entry(title.to_owned()).or_insert_with(|| Show {
                    id: slug(title),
                    title: title.to_owned(),
                    genres: Vec::new(),
                    seasons: Vec::new(),
                    comparison: None,
                }),
            };
            if show
                .seasons
                .iter()
                .any(|known| known.season == season.season)
            {
                return Err(row.invalid(
                    "season",
                    format!("season key \"{}\" appears twice for {title}", season.season),
                ));
            }
            show.seasons.push(season);
        }
        shows.extend(others.into_values());
        for show in &mut shows {
            show.seasons
                .sort_by(|a, b| (a.release_date, &a.season).cmp(&(b.release_date, &b.season)));
        }
        let mut book = ShowBook { shows };
        book.add_episodes(episodes)?;
        Ok((book, article_date))
    }

    /// Puts each listed episode into the release of its season that came out that day.
    fn add_episodes(&mut self, episodes: &SourceTable) -> Result<()> {
        let show = self
            .shows
            .iter_mut()
            .find(|show| show.title == EPISODE_LIST_SHOW)
            .ok_or_else(|| {
                anyhow!(
                    "{} lists episodes of {EPISODE_LIST_SHOW}, which has no release dates",
                    episodes.name()
                )
            })?;
        for row in episodes.rows() {
            let number: u32 = row.number_in("season")?;
            let release_date = row.date("original_release_date")?;
            let release = show
                .seasons
                .iter_mut()
                .find(|season| season.number == Some(number) && season.release_date == release_date)
                .ok_or_else(|| row.invalid("original_release_date", format!("no release of season {number} on {release_date} in the release dates file")))?;
            release.episodes.push(Episode {
                number: row.number_in("episode")?,
                title: row.text("title")?.to_owned(),
                release_date,
            });
        }
        for season in &mut show.seasons {
            season.episodes.sort_by_key(|episode| episode.number);
        }
        Ok(())
    }

    /// The show printed as `title`.
    pub fn by_title(&self, title: &str) -> Result<&Show> {
        self.shows
            .iter()
            .find(|show| show.title == title)
            .ok_or_else(|| anyhow!("unknown show \"{title}\" (not in the release dates file)"))
    }

    /// The release key of `episode` of season `number` (or of the season when
    /// it was released whole and no episode is given).
    pub fn release_of_episode(
        &self,
        show: &Show,
        number: u32,
        episode: Option<u32>,
    ) -> Result<String> {
        let releases: Vec<&Season> = show
            .seasons
            .iter()
            .filter(|season| season.number == Some(number))
            .collect();
        let chosen: Vec<&&Season> = match episode {
            Some(episode) if releases.iter().any(|season| !season.episodes.is_empty()) => releases
                .iter()
                .filter(|season| season.episode(episode).is_some())
                .collect(),
            _ => releases.iter().collect(),
        };
        match chosen.as_slice() {
            [season] => Ok(season.season.clone()),
            [] => bail!(
                "{} has no release of season {number}{}",
                show.title,
                episode
                    .map(|e| format!(" with episode {e}"))
                    .unwrap_or_default()
            ),
            _ => bail!(
                "season {number} of {} was released in parts; an episode number is needed",
                show.title
            ),
        }
    }

    /// The release key of the release of `show` on `date`.
    pub fn release_on(&self, show: &Show, date: Date) -> Result<String> {
        show.seasons
            .iter()
            .find(|season| season.release_date == date)
            .map(|season| season.season.clone())
            .ok_or_else(|| anyhow!("{} has no release on {date}", show.title))
    }
}
