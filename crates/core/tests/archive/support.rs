//! Shared helpers of the archive facts: the committed archive files,
//! decoded once, and the CSV sources they were built from.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use needledrop_core::archive::*;
use needledrop_core::{parse_dataset, Date};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

pub fn manifest() -> ArchiveManifest {
    let path = root().join("public/data").join(MANIFEST_FILE);
    ArchiveManifest::parse(&std::fs::read(path).unwrap()).unwrap()
}

/// The gunzipped archive file of `kind`, checked against its manifest entry.
pub fn archive_bytes(kind: ArchiveKind) -> Vec<u8> {
    let manifest = manifest();
    let entry = manifest.file(kind).unwrap();
    let gz = std::fs::read(root().join("public/data").join(entry.path())).unwrap();
    let raw = gunzip(&gz);
    assert_eq!(gz.len() as u64, entry.gzip_bytes, "{}", entry.name);
    assert_eq!(raw.len() as u64, entry.raw_bytes, "{}", entry.name);
    assert_eq!(entry.checksum, checksum_text(fnv1a64(&raw[HEADER_LEN..])));
    raw
}

pub fn hot100() -> &'static Hot100Archive {
    static ARCHIVE: OnceLock<Hot100Archive> = OnceLock::new();
    ARCHIVE.get_or_init(|| decode_hot100(&archive_bytes(ArchiveKind::Hot100)).unwrap())
}

pub fn spotify() -> &'static SpotifyArchive {
    static ARCHIVE: OnceLock<SpotifyArchive> = OnceLock::new();
    ARCHIVE.get_or_init(|| decode_spotify(&archive_bytes(ArchiveKind::Spotify)).unwrap())
}

/// A source file's rows as maps from column name to cell, in file order.
pub fn source(name: &str) -> Vec<HashMap<String, String>> {
    let gz = std::fs::read(root().join("data/sources/archive").join(name)).unwrap();
    let raw = gunzip(&gz);
    let mut reader = csv::Reader::from_reader(raw.as_slice());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            headers
                .iter()
                .map(str::to_owned)
                .zip(record.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

pub fn hot100_source() -> &'static [HashMap<String, String>] {
    static ROWS: OnceLock<Vec<HashMap<String, String>>> = OnceLock::new();
    ROWS.get_or_init(|| source("billboard_hot100_weekly_1958_2026.csv.gz"))
}

pub fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

pub fn releases() -> ReleaseCalendar {
    let bytes = std::fs::read(root().join("public/data/index.json")).unwrap();
    let dataset = parse_dataset(&bytes).unwrap();
    ReleaseCalendar::new(releases_from_dataset(&dataset), DEFAULT_RELEASE_WINDOW_DAYS)
}

/// The chart dates of one song in the source, oldest first.
pub fn source_dates(title: &str, artist: &str) -> Vec<(Date, u32)> {
    hot100_source()
        .iter()
        .filter(|row| row["song"] == title && row["artist"] == artist)
        .map(|row| (date(&row["chart_date"]), row["this_week"].parse().unwrap()))
        .collect()
}
