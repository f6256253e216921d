//! Figures reported by the press: claims with their publisher, never series.

use serde::{Deserialize, Serialize};

/// One press-reported figure, shown as "reported by <publisher>".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedFigure {
    /// Show id.
    pub show: String,
    /// Song id, when the claim is about a song.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub song: Option<String>,
    /// The song or subject as the source row prints it (`(Vitamin String Quartet catalogue)`).
    pub title_as_printed: String,
    /// The artist as the source row prints it.
    pub artist_as_printed: String,
    /// What is claimed (`change in Spotify streams vs Thu 2022-05-26`).
    pub claim: String,
    /// The value as printed (kept as text: `41000 -> 422000 (article: over)`).
    pub value: String,
    /// Unit as printed (`percent`, `streams`).
    pub unit: String,
    /// Period or date the figure covers, as printed.
    pub period: String,
    /// Region, as printed.
    pub region: String,
    /// Data provider the article names (`Luminate`, `Spotify`).
    pub provider: String,
    /// Who published the claim.
    pub publisher: String,
    /// The article's address.
    pub url: String,
    /// The page's date, as printed.
    pub page_date: String,
    /// How far to trust it.
    pub reliability: String,
}
