//! `public/data/archive/manifest.json`: which archive files exist, under
//! which content-hashed names, and how large they are (for a progress bar
//! in bytes before the download starts).

use serde::Serialize;

use crate::parse::read_fields::read_fields;
use crate::parse::reader::{FromJson, JsonReader, ReadError};
use crate::parse::{checked_text, read_document, MAX_DOCUMENT_BYTES};
use crate::DatasetError;

use super::container::ArchiveKind;

/// Address of the manifest, relative to the site's `data/` folder.
pub const MANIFEST_FILE: &str = "archive/manifest.json";

/// The archive files of this build.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArchiveManifest {
    /// The archive format version of every file listed.
    pub format_version: u16,
    /// One entry per file.
    pub files: Vec<ManifestFile>,
}

/// One archive file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
    pub fn parse(bytes: &[u8]) -> Result<Self, DatasetError> {
        read_document(checked_text(bytes, MAX_DOCUMENT_BYTES)?)
    }

    /// The file holding `kind`, if the build has one.
    pub fn file(&self, kind: ArchiveKind) -> Option<&ManifestFile> {
        self.files.iter().find(|file| file.kind == kind)
    }
}

impl FromJson for ArchiveManifest {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ArchiveManifest {
                format_version: required(JsonReader::u16),
                files: required(JsonReader::array),
            }
        )
    }
}

impl FromJson for ManifestFile {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ManifestFile {
                kind: required(read_kind),
                name: required(JsonReader::string),
                gzip_bytes: required(JsonReader::u64),
                raw_bytes: required(JsonReader::u64),
                rows: required(JsonReader::u64),
                checksum: required(JsonReader::string),
            }
        )
    }
}

fn read_kind(reader: &mut JsonReader<'_>) -> Result<ArchiveKind, ReadError> {
    let index = reader.variant(&ArchiveKind::STEMS)?;
    Ok(ArchiveKind::ALL[index])
}

impl ManifestFile {
    /// The file's address relative to the site's `data/` folder.
    pub fn path(&self) -> String {
        format!("archive/{}", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_FILE: &str = r#"{"format_version": 1, "files": [{"kind": "spotify",
        "name": "spotify-0123456789.bin.gz", "gzip_bytes": 10, "raw_bytes": 20,
        "rows": 3, "checksum": "fnv1a64:0000000000000001"}]}"#;

    #[test]
    fn a_manifest_reads_every_member() {
        let manifest = ArchiveManifest::parse(ONE_FILE.as_bytes()).unwrap();
        assert_eq!(manifest.format_version, 1);
        let file = manifest.file(ArchiveKind::Spotify).unwrap();
        assert_eq!(
            (file.gzip_bytes, file.raw_bytes, file.rows),
            (10, 20, 3),
            "{file:?}"
        );
        assert_eq!(file.path(), "archive/spotify-0123456789.bin.gz");
        assert!(manifest.file(ArchiveKind::Hot100).is_none());
    }

    #[test]
    fn a_broken_manifest_says_where() {
        let message = |text: &str| {
            ArchiveManifest::parse(text.as_bytes())
                .unwrap_err()
                .to_string()
        };
        let unknown_kind = message(&ONE_FILE.replace("\"spotify\"", "\"radio\""));
        assert!(unknown_kind.contains("files[0].kind"), "{unknown_kind}");
        assert!(
            unknown_kind.contains("unknown variant `radio`"),
            "{unknown_kind}"
        );
        let wide = message(&ONE_FILE.replace("\"format_version\": 1", "\"format_version\": 70000"));
        assert!(wide.contains("format_version"), "{wide}");
        assert!(wide.contains("from 0 to 65535"), "{wide}");
        let extra = message(&ONE_FILE.replace("\"rows\"", "\"lines\": 1, \"rows\""));
        assert!(extra.contains("unknown field `lines`"), "{extra}");
        assert!(message("<html>").contains("HTML"), "{}", message("<html>"));
    }
}
