//! Which songs the sources tie to which show, and to which release.

use serde::Serialize;

/// A song tied to a show by at least one source: a placement, a caption cue
/// or a chart extract that names the show.
///
/// A tie is not a claim that the show caused a chart entry: it says which
/// release the song is associated with, so spike charts can mark it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ShowSong {
    /// Show id.
    pub show: String,
    /// Song id.
    pub song: String,
    /// Key of the release the song is tied to ([`super::Season::season`]):
    /// the release of its first placement, or the release a chart extract names.
    pub season: String,
    /// Source ids that tie the song to the show, sorted.
    pub sources: Vec<String>,
}
