//! Placements: where a song is used in a show.

use serde::Serialize;

/// One use of a song in a show (or, with `in_show == false`, a fan edit).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Placement {
    /// Show id.
    pub show: String,
    /// Song id.
    pub song: String,
    /// Season as in [`super::Season::season`].
    pub season: String,
    /// Episode number, when the source states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub episode: Option<u32>,
    /// Time into the episode (`00:28:09`), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// Scene or caption note.
    pub note: String,
    /// Whether the song is actually in the show ("Bloody Mary" is not in Wednesday).
    pub in_show: bool,
    /// Source id.
    pub source: String,
}
