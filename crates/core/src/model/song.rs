//! Songs and their listen/search links.

use serde::Serialize;

/// A song tied to at least one show.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Song {
    /// Lowercase slug of title and artist (`running-up-that-hill-kate-bush`).
    pub id: String,
    /// Title as the highest-priority source prints it (placements, then captions, then charts).
    pub title: String,
    /// Artist credit as the sources print it; empty when no source names the
    /// artist (a caption that quotes only the title). Never guessed.
    pub artist: String,
    /// For a cover, the original artist as printed (`orig. Ariana Grande`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_artist: Option<String>,
    /// Normalised identity key used to match spellings across sources.
    pub key: String,
    /// Listen and search links (only `http(s)` links are ever rendered).
    pub links: Vec<Link>,
}

/// A labelled outbound link.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    /// What the link opens (`Spotify search`).
    pub label: String,
    /// The address.
    pub url: String,
}
