//! The chart archive files: `public/data/archive/<kind>-<hash>.bin.gz` and
//! `manifest.json`, built from `data/sources/archive/` (see
//! `docs/archive-format.md`). The encoding is the core crate's, so the
//! bytes the app decodes are defined in one place.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use flate2::{Compression, GzBuilder};
use needledrop_core::archive::{
    checksum_text, encode_hot100, encode_spotify, fnv1a64, ArchiveKind, ArchiveManifest,
    ManifestFile, FORMAT_VERSION, HEADER_LEN, MANIFEST_FILE,
};

use super::archive_sources::{
    hot100_records, spotify_records, RawCsv, HOT100_SOURCE, SPOTIFY_GLOBAL_SOURCE,
    SPOTIFY_US_SOURCE,
};
use super::output::DATA_DIR;

/// Folder of the archive files, relative to [`DATA_DIR`].
const ARCHIVE_DIR: &str = "archive";

/// The archive files by path relative to [`DATA_DIR`], and the manifest.
pub struct BuiltArchive {
    /// Every file, manifest included.
    pub files: BTreeMap<String, Vec<u8>>,
    /// What the manifest lists.
    pub manifest: ArchiveManifest,
}

/// Gzips `raw` the same way every time (no name, time 0, best level).
fn gzip(raw: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = GzBuilder::new()
        .mtime(0)
        .write(Vec::with_capacity(raw.len() / 3), Compression::best());
    encoder.write_all(raw)?;
    Ok(encoder.finish()?)
}

/// The manifest entry and file of one encoded archive.
fn archive_file(kind: ArchiveKind, raw: &[u8], rows: usize) -> Result<(ManifestFile, Vec<u8>)> {
    let gz = gzip(raw)?;
    let hash = crate::dist::sha256_hex(&gz);
    let entry = ManifestFile {
        kind,
        name: format!("{}-{}.bin.gz", kind.stem(), &hash[..10]),
        gzip_bytes: gz.len() as u64,
        raw_bytes: raw.len() as u64,
        rows: rows as u64,
        checksum: checksum_text(fnv1a64(raw.get(HEADER_LEN..).unwrap_or_default())),
    };
    Ok((entry, gz))
}

/// Reads the sources and builds the archive files in memory.
pub fn build(root: &Path) -> Result<BuiltArchive> {
    let hot100 = RawCsv::read(root, HOT100_SOURCE)?;
    let rows = hot100_records(&hot100)?;
    let raw = encode_hot100(&rows).with_context(|| format!("cannot encode {HOT100_SOURCE}"))?;
    let mut entries = vec![archive_file(ArchiveKind::Hot100, &raw, rows.len())?];
    let us = RawCsv::read(root, SPOTIFY_US_SOURCE)?;
    let global = RawCsv::read(root, SPOTIFY_GLOBAL_SOURCE)?;
    let rows = spotify_records(&us, &global)?;
    let raw = encode_spotify(&rows).context("cannot encode the Spotify sources")?;
    entries.push(archive_file(ArchiveKind::Spotify, &raw, rows.len())?);
    let mut files = BTreeMap::new();
    for (entry, gz) in &entries {
        files.insert(entry.path(), gz.clone());
    }
    let manifest = ArchiveManifest {
        format_version: FORMAT_VERSION,
        files: entries.into_iter().map(|(entry, _)| entry).collect(),
    };
    let mut json = serde_json::to_vec_pretty(&manifest)?;
    json.push(b'\n');
    files.insert(MANIFEST_FILE.to_owned(), json);
    Ok(BuiltArchive { files, manifest })
}

/// Archive files on disk that the build does not produce (older hashes).
pub fn stale(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<String>> {
    let folder = root.join(DATA_DIR).join(ARCHIVE_DIR);
    if !folder.exists() {
        return Ok(Vec::new());
    }
    let mut stale = Vec::new();
    for entry in
        std::fs::read_dir(&folder).with_context(|| format!("cannot list {}", folder.display()))?
    {
        let name = format!("{ARCHIVE_DIR}/{}", entry?.file_name().to_string_lossy());
        if !files.contains_key(&name) {
            stale.push(name);
        }
    }
    stale.sort();
    Ok(stale)
}

/// Creates the folder and removes stale archive files (before writing).
pub fn prepare(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    std::fs::create_dir_all(root.join(DATA_DIR).join(ARCHIVE_DIR))
        .context("cannot create the archive folder")?;
    for name in stale(root, files)? {
        std::fs::remove_file(root.join(DATA_DIR).join(&name))
            .with_context(|| format!("cannot remove {DATA_DIR}/{name}"))?;
    }
    Ok(())
}

/// Fails when an archive file on disk is not produced by the build.
pub fn check_stale(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    let stale = stale(root, files)?;
    anyhow::ensure!(
        stale.is_empty(),
        "the committed archive is out of date; run `cargo xtask dataset`:\n- {}",
        stale
            .iter()
            .map(|name| format!("{DATA_DIR}/{name} is not produced by the build"))
            .collect::<Vec<_>>()
            .join("\n- ")
    );
    Ok(())
}

/// One line per archive file: name, rows and sizes.
pub fn summary(manifest: &ArchiveManifest) -> String {
    manifest
        .files
        .iter()
        .map(|file| {
            format!(
                "archive {}: {} rows, {} bytes gzip, {} bytes raw",
                file.name, file.rows, file.gzip_bytes, file.raw_bytes
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
