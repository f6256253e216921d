//! Ties between shows and songs (`show_songs`): every song a source ties to
//! a show, with the release it is tied to.
//!
//! The release is that of the song's first placement in the show; a song
//! known only from a curated chart extract takes the release the extract
//! names (its `featured_season_netflix_release`).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result};
use needledrop_core::model::ShowSong;
use needledrop_core::Date;

use super::catalogue::CURATED_TIES;
use super::placements::PlacementDraft;
use super::shows::ShowBook;
use super::songs::{SongBook, SongIndex};
use super::source_table::SourceTable;

/// A tie named by a curated chart extract.
pub struct ChartTie {
    show: String,
    song: SongIndex,
    season: String,
}

/// Reads the show ties of a curated chart extract; `title_column` is `song` or `track`.
pub fn read_chart_ties(
    table: &SourceTable,
    title_column: &str,
    shows: &ShowBook,
    songs: &mut SongBook,
) -> Result<Vec<ChartTie>> {
    table.require(&[
        "show",
        "featured_season_netflix_release",
        title_column,
        "artist",
    ])?;
    let mut ties = Vec::new();
    let mut seen = BTreeSet::new();
    for row in table.rows() {
        let key = (
            row.text("show")?,
            row.text(title_column)?,
            row.text("artist")?,
            row.text("featured_season_netflix_release")?,
        );
        if !seen.insert(key) {
            continue;
        }
        let show = shows.by_title(key.0).with_context(|| row.place())?;
        let release: Date = row.date("featured_season_netflix_release")?;
        ties.push(ChartTie {
            show: show.id.clone(),
            song: songs.mention(&show.id, key.1, key.2),
            season: shows
                .release_on(show, release)
                .with_context(|| row.place())?,
        });
    }
    Ok(ties)
}

/// One tie per show and song, before song ids are known.
pub struct TieDraft {
    /// Show id.
    pub show: String,
    /// Song index.
    pub song: SongIndex,
    /// Release key.
    pub season: String,
    /// Source ids, sorted.
    pub sources: BTreeSet<String>,
}

impl TieDraft {
    /// The tie, with the song id.
    pub fn into_show_song(self, song: String) -> ShowSong {
        ShowSong {
            show: self.show,
            song,
            season: self.season,
            sources: self.sources.into_iter().collect(),
        }
    }
}

/// Combines placements (already sorted by release and episode) and chart ties.
pub fn combine_ties(placements: &[PlacementDraft], chart_ties: &[ChartTie]) -> Vec<TieDraft> {
    let named = placements
        .iter()
        .map(|p| (&p.show, p.song, &p.season, p.source.as_str()))
        .chain(
            chart_ties
                .iter()
                .map(|t| (&t.show, t.song, &t.season, CURATED_TIES)),
        );
    let mut ties: BTreeMap<(String, SongIndex), TieDraft> = BTreeMap::new();
    for (show, song, season, source) in named {
        ties.entry((show.clone(), song))
            .or_insert_with(|| TieDraft {
                show: show.clone(),
                song,
                season: season.clone(),
                sources: BTreeSet::new(),
            })
            .sources
            .insert(source.to_owned());
    }
    ties.into_values().collect()
}
