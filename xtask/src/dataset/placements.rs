//! Placements: where a song is used in a show, from the placements file and
//! the Stranger Things caption cues.
//!
//! A placements row that cites a caption cue ("caption cue at 00:28:09")
//! and the cue itself are one use of the song: the row keeps its note and
//! source and takes the cue's timestamp; the cue is not listed twice.

use anyhow::{anyhow, Context, Result};
use needledrop_core::model::Placement;
use needledrop_core::Date;

use super::catalogue::{Catalogue, CAPTIONS};
use super::reported::PageTitles;
use super::shows::ShowBook;
use super::songs::{SongBook, SongIndex};
use super::source_table::{Row, SourceTable};

/// The show whose caption cues the captions file holds.
const CAPTIONED_SHOW: &str = "Stranger Things";

/// A placement before song ids are known.
pub struct PlacementDraft {
    /// Show id.
    pub show: String,
    /// Song, by index in the song book.
    pub song: SongIndex,
    /// Release key.
    pub season: String,
    /// Release date of that release, for ordering.
    pub release_date: Date,
    /// Episode number.
    pub episode: Option<u32>,
    /// Time into the episode.
    pub timestamp: Option<String>,
    /// Timestamp a placements row cites in its note, to merge with its cue.
    cited_cue: Option<String>,
    /// Scene or caption note.
    pub note: String,
    /// Whether the song is in the show.
    pub in_show: bool,
    /// Source id.
    pub source: String,
    /// Whether the row is a caption cue.
    from_captions: bool,
}

impl PlacementDraft {
    /// The placement, with the song id.
    pub fn into_placement(self, song: String) -> Placement {
        Placement {
            show: self.show,
            song,
            season: self.season,
            episode: self.episode,
            timestamp: self.timestamp,
            note: self.note,
            in_show: self.in_show,
            source: self.source,
        }
    }
}

/// The first `HH:MM:SS` in `text`.
fn first_timestamp(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(7)).find_map(|start| {
        let window = &bytes[start..start + 8];
        let shape = window.iter().enumerate().all(|(index, byte)| {
            if index == 2 || index == 5 {
                *byte == b':'
            } else {
                byte.is_ascii_digit()
            }
        });
        shape.then(|| text[start..start + 8].to_owned())
    })
}

fn in_show(row: &Row<'_>) -> Result<bool> {
    let cell = row.text("in_show")?;
    if cell == "yes" || cell.starts_with("yes ") {
        Ok(true)
    } else if cell == "no" || cell.starts_with("no ") {
        Ok(false)
    } else {
        Err(row.invalid("in_show", format!("\"{cell}\" is neither yes nor no")))
    }
}

/// Reads the placements file (credited songs; call before the caption cues).
pub fn read_placements(
    table: &SourceTable,
    shows: &ShowBook,
    songs: &mut SongBook,
    catalogue: &mut Catalogue,
    pages: &PageTitles,
) -> Result<Vec<PlacementDraft>> {
    table.require(&[
        "show",
        "season",
        "episode",
        "song",
        "artist_or_performer",
        "placement_note",
        "in_show",
        "source",
        "url",
    ])?;
    let mut drafts = Vec::new();
    for row in table.rows() {
        let show = shows
            .by_title(row.text("show")?)
            .with_context(|| row.place())?;
        let number: u32 = row.number_in("season")?;
        let episode = row.optional_number("episode")?;
        let season = shows
            .release_of_episode(show, number, episode)
            .with_context(|| row.place())?;
        let url = row.text("url")?;
        let (title, date) = pages
            .get(url)
            .cloned()
            .unwrap_or_else(|| (row.cell("source").unwrap_or_default().to_owned(), None));
        let note = row.text("placement_note")?.to_owned();
        drafts.push(PlacementDraft {
            show: show.id.clone(),
            song: songs.mention(
                &show.id,
                row.text("song")?,
                row.cell("artist_or_performer")?,
            ),
            release_date: release_date(shows, &show.id, &season)?,
            season,
            episode,
            timestamp: None,
            cited_cue: first_timestamp(&note),
            note,
            in_show: in_show(&row)?,
            source: catalogue.page(url, &title, date),
            from_captions: false,
        });
    }
    Ok(drafts)
}

fn release_date(shows: &ShowBook, show: &str, season: &str) -> Result<Date> {
    shows
        .shows
        .iter()
        .find(|s| s.id == show)
        .and_then(|s| s.seasons.iter().find(|r| r.season == season))
        .map(|r| r.release_date)
        .ok_or_else(|| anyhow!("{show} has no release \"{season}\""))
}

/// Reads the caption cues whose artist is captioned (`credited`) or not.
///
/// Read the credited cues first, so uncredited ones can take the artist of
/// the same title in the same show.
pub fn read_caption_cues(
    table: &SourceTable,
    shows: &ShowBook,
    songs: &mut SongBook,
    credited: bool,
) -> Result<Vec<PlacementDraft>> {
    table.require(&[
        "season",
        "episode",
        "episode_release_date",
        "start_time",
        "quoted_title",
        "artist_in_caption",
        "caption_text",
    ])?;
    let show = shows.by_title(CAPTIONED_SHOW)?;
    let mut drafts = Vec::new();
    for row in table.rows() {
        let artist = row.cell("artist_in_caption")?;
        if artist.is_empty() == credited {
            continue;
        }
        let number: u32 = row.number_in("season")?;
        let episode: u32 = row.number_in("episode")?;
        let season = shows
            .release_of_episode(show, number, Some(episode))
            .with_context(|| row.place())?;
        let listed = show
            .seasons
            .iter()
            .find(|s| s.season == season)
            .and_then(|s| s.episode(episode))
            .map(|e| e.release_date);
        let printed = row.date("episode_release_date")?;
        if listed != Some(printed) {
            return Err(row.invalid(
                "episode_release_date",
                format!("{printed} differs from the episode list"),
            ));
        }
        let timestamp = row.text("start_time")?.to_owned();
        if first_timestamp(&timestamp).as_deref() != Some(timestamp.as_str()) {
            return Err(row.invalid("start_time", format!("\"{timestamp}\" is not HH:MM:SS")));
        }
        drafts.push(PlacementDraft {
            show: show.id.clone(),
            song: songs.mention(&show.id, row.text("quoted_title")?, artist),
            release_date: release_date(shows, &show.id, &season)?,
            season,
            episode: Some(episode),
            timestamp: Some(timestamp),
            cited_cue: None,
            note: row.text("caption_text")?.to_owned(),
            in_show: true,
            source: CAPTIONS.to_owned(),
            from_captions: true,
        });
    }
    Ok(drafts)
}

/// Gives placements rows the timestamp of the cue they cite and drops that cue.
pub fn merge_cited_cues(drafts: Vec<PlacementDraft>) -> Vec<PlacementDraft> {
    let mut merged: Vec<PlacementDraft> = Vec::with_capacity(drafts.len());
    let (cues, rows): (Vec<_>, Vec<_>) = drafts.into_iter().partition(|draft| draft.from_captions);
    let mut cues: Vec<Option<PlacementDraft>> = cues.into_iter().map(Some).collect();
    for mut row in rows {
        let cited = cues.iter_mut().find(|cue| {
            cue.as_ref().is_some_and(|cue| {
                cue.show == row.show
                    && cue.song == row.song
                    && cue.season == row.season
                    && cue.episode == row.episode
                    && cue.timestamp == row.cited_cue
            })
        });
        if let Some(cue) = cited.and_then(Option::take) {
            row.timestamp = cue.timestamp;
        }
        merged.push(row);
    }
    merged.extend(cues.into_iter().flatten());
    merged
}

#[cfg(test)]
mod tests {
    use super::first_timestamp;

    #[test]
    fn finds_the_cited_timestamp_in_a_note() {
        assert_eq!(
            first_timestamp("Max plays it in E1; caption cue at 00:28:09").as_deref(),
            Some("00:28:09")
        );
        assert_eq!(first_timestamp("no time here 12:3"), None);
        assert_eq!(first_timestamp("01:11:04").as_deref(), Some("01:11:04"));
    }
}
