//! Shows, their seasons and the source article's comparison figures.

use serde::Serialize;

use crate::Date;

/// A streaming show (or film) whose music we follow.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Show {
    /// Lowercase slug (`stranger-things`).
    pub id: String,
    /// Display title.
    pub title: String,
    /// Music genres, as the source names them.
    pub genres: Vec<String>,
    /// Seasons with their Netflix release dates.
    pub seasons: Vec<Season>,
    /// The source article's comparison-table row, when the article has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<ComparisonFigures>,
}

/// One release of a season: a whole season, or one part of a season that
/// was released in parts (Stranger Things 4 came out in two volumes).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Season {
    /// Key of this release within the show, matching placements: the season
    /// number (`"1"`), the number and part for a release in parts
    /// (`"4-volume-2"`, `"1-act-1"`), or a slug of the label when it has no
    /// number (`"parts-1-2"`).
    pub season: String,
    /// Season number, when the label starts with one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Label as the source prints it (`4 (volume 2: episodes 8-9)`).
    pub label: String,
    /// Netflix release date.
    pub release_date: Date,
    /// Source id of the date.
    pub source: String,
    /// Episodes of this release, when a source lists them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub episodes: Vec<Episode>,
}

/// One episode of a release.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Episode {
    /// Episode number within the season (not within the part).
    pub number: u32,
    /// Title as the source prints it.
    pub title: String,
    /// Original release date.
    pub release_date: Date,
}

impl Season {
    /// The release as pages name it: `Season 4 (volume 2: episodes 8-9)`.
    pub fn name(&self) -> String {
        format!("Season {}", self.label)
    }

    /// The episode with this number, if the release lists it.
    pub fn episode(&self, number: u32) -> Option<&Episode> {
        self.episodes
            .iter()
            .find(|episode| episode.number == number)
    }
}

/// The figures of one row of the source article's comparison table.
///
/// These are the article's claims, shown as such with their source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComparisonFigures {
    /// Music genre as written in the article.
    pub music_genre: String,
    /// Peak chart position the article claims for the soundtrack.
    pub peak_position: u32,
    /// The chart that position is on.
    pub peak_chart: String,
    /// Notable artists the article names.
    pub notable_artists: Vec<String>,
    /// The article's fan-engagement highlights.
    pub fan_engagement: String,
    /// Source id (the article).
    pub source: String,
}
