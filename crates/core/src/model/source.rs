//! Sources: where each figure in the dataset comes from.

use serde::Serialize;

use crate::Date;

/// One source of data: an upstream repository file, an article or a page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// Lowercase slug other records point at (`billboard-hot-100-archive`).
    pub id: String,
    /// Human title.
    pub title: String,
    /// Where to read it, when it has a public address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Upstream git commit, for repository sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// Publication or retrieval date, for articles and pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Path of the file inside the upstream repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Licence or terms that apply.
    pub licence: String,
    /// Caveats a reader should know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
