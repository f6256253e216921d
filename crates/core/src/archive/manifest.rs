//! `public/data/archive/manifest.json`: which archive files exist, under
//! which content-hashed names, and how large they are (for a progress bar
//! in bytes before the download starts).

use serde::{Deserialize, Serialize};

use super::container::ArchiveKind;

/// Address of the manifest, relative to the site's `data/` folder.
pub const MANIFEST_FILE: &str = "archive/manifest.json";

/// The archive files of this build.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveManifest {
    /// The archive format version of every file listed.
    pub format_version: u16,
    /// One entry per file.
    pub files: Vec<ManifestFile>,
}

/// One archive file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    /// Which chart it holds.
    pub kind: ArchiveKind,
    /// File name in `data/archive/`: `hot100-<10 hex of its SHA-256>.bin.gz`,
    /// so a new build gets a new address and old caches never mix.
    pub name: String,
    /// Size as served (gzip).
    pub gzip_bytes: u64,
    /// Size after gunzip: what the decoder reads.
    pub raw_bytes: u64,
    /// Chart rows in the file.
    pub rows: u64,
    /// The payload checksum in the file's header (`fnv1a64:<16 hex>`).
    pub checksum: String,
}

impl ArchiveManifest {
    /// Parses the manifest's JSON.
    pub fn parse(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(bytes)
    }

    /// The file holding `kind`, if the build has one.
    pub fn file(&self, kind: ArchiveKind) -> Option<&ManifestFile> {
        self.files.iter().find(|file| file.kind == kind)
    }
}

impl ManifestFile {
    /// The file's address relative to the site's `data/` folder.
    pub fn path(&self) -> String {
        format!("archive/{}", self.name)
    }
}
