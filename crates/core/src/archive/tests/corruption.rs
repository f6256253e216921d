//! Damaged files: each gives its own error and message, never a panic.

use super::*;
use crate::archive::container::write_container;
use crate::archive::varint::{read_u64, write_u64};

fn message(bytes: &[u8]) -> String {
    decode_hot100(bytes).unwrap_err().to_string()
}

/// The byte range of the first section's content.
fn first_section(bytes: &[u8]) -> std::ops::Range<usize> {
    let mut position = HEADER_LEN;
    let length = read_u64(bytes, &mut position).unwrap() as usize;
    position..position + length
}

#[test]
fn files_that_are_not_archives_say_what_they_are() {
    let cases: [(&[u8], &str); 4] = [
        (
            b"",
            "this is not a Needledrop chart archive (the file is empty)",
        ),
        (
            b"<!DOCTYPE html><html>",
            "this is not a Needledrop chart archive (the server sent a web page instead)",
        ),
        (
            &[0x1f, 0x8b, 8, 0, 0],
            "this is not a Needledrop chart archive (it is still gzip-compressed)",
        ),
        (
            b"PK\x03\x04 zip",
            "this is not a Needledrop chart archive (it does not start with the archive signature)",
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(message(bytes), expected);
    }
}

#[test]
fn a_wrong_version_or_kind_is_named() {
    let mut bytes = small_hot100();
    bytes[4] = 7;
    assert_eq!(
        message(&bytes),
        "archive format version 7 is not supported (this app reads version 1)"
    );
    let good = small_hot100();
    assert_eq!(
        decode_spotify(&good).unwrap_err().to_string(),
        "this is the Hot 100 archive, not the Spotify archive"
    );
    let mut unknown = good.clone();
    unknown[6] = 9;
    assert_eq!(
        message(&unknown),
        "this is an archive of unknown kind 9, not the Hot 100 archive"
    );
    let mut reserved = good;
    reserved[7] = 1;
    assert_eq!(
        message(&reserved),
        "the archive file is damaged in the header: the reserved byte is not 0"
    );
}

#[test]
fn truncated_files_name_the_part_and_the_missing_bytes() {
    let bytes = small_hot100();
    assert_eq!(
        message(&bytes[..10]),
        "the archive file is truncated: expected 14 more bytes in the header; reload to fetch it again"
    );
    let titles = first_section(&bytes);
    let cut = titles.start + 5;
    assert_eq!(
        message(&bytes[..cut]),
        format!(
            "the archive file is truncated: expected {} more bytes in the titles table; reload to fetch it again",
            titles.len() - 5
        )
    );
    assert_eq!(
        message(&bytes[..bytes.len() - 1]),
        "the archive file is truncated: expected 1 more byte in the weeks-on-chart exceptions; reload to fetch it again"
    );
    for cut in 0..bytes.len() {
        assert!(decode_hot100(&bytes[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn a_cut_spotify_file_names_its_last_section() {
    let rows = spotify_day("global", week(0), &[("A", "X", 9, Some("id"))]);
    let bytes = encode_spotify(&rows).unwrap();
    assert_eq!(
        decode_spotify(&bytes[..bytes.len() - 1]).unwrap_err().to_string(),
        "the archive file is truncated: expected 1 more byte in the Spotify id column; reload to fetch it again"
    );
}

#[test]
fn damaged_bytes_fail_the_checksum() {
    let bytes = small_hot100();
    for at in [HEADER_LEN, HEADER_LEN + 7, bytes.len() / 2, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x10;
        let error = decode_hot100(&damaged).unwrap_err();
        assert!(
            matches!(error, ArchiveError::ChecksumMismatch { .. }),
            "{at}: {error}"
        );
        assert_eq!(
            error.to_string(),
            "checksum mismatch: the file is damaged; reload to fetch it again"
        );
    }
    let mut wrong_sum = bytes.clone();
    wrong_sum[20] ^= 1;
    assert!(matches!(
        decode_hot100(&wrong_sum),
        Err(ArchiveError::ChecksumMismatch { .. })
    ));
}

#[test]
fn extra_bytes_and_a_wrong_row_count_are_caught() {
    let mut longer = small_hot100();
    longer.extend_from_slice(b"abc");
    assert_eq!(
        message(&longer),
        "the archive file has 3 unexpected bytes after its end; reload to fetch it again"
    );
    let mut rows = small_hot100();
    rows[8] = 8;
    assert_eq!(
        message(&rows),
        "the archive file is damaged in the chart list: the charts hold more rows than the header says"
    );
}

#[test]
fn impossible_content_behind_a_good_checksum_is_named() {
    let table = |text: &str| {
        let mut out = Vec::new();
        write_u64(&mut out, 1);
        write_u64(&mut out, text.len() as u64);
        out.extend_from_slice(text.as_bytes());
        out
    };
    // One song, one chart of one row whose code names song 1 (never introduced).
    let sections = [
        table("A"),
        table("X"),
        vec![1, 0, 0],
        vec![1, 0, 1],
        vec![3],
        vec![0],
        vec![0],
        vec![0],
    ];
    let bytes = write_container(ArchiveKind::Hot100, 1, &sections).unwrap();
    assert_eq!(
        message(&bytes),
        "the archive file is damaged in the chart entries: a row refers to song 1 before that song is introduced"
    );
    let mut bad_utf8 = sections.clone();
    bad_utf8[0] = vec![1, 1, 0xff];
    let bytes = write_container(ArchiveKind::Hot100, 1, &bad_utf8).unwrap();
    assert_eq!(
        message(&bytes),
        "the archive file is damaged in the titles table: the text is not UTF-8 (at byte 0)"
    );
    let huge = write_container(ArchiveKind::Hot100, 4_000_000_000, &sections).unwrap();
    assert_eq!(
        message(&huge),
        "the archive file is damaged in the chart entries: the header says 4,000,000,000 rows, more than its 1 byte can hold"
    );
    let mut too_few = sections;
    too_few[2] = vec![2, 0, 0, 1, 1];
    too_few[4] = vec![0];
    let bytes = write_container(ArchiveKind::Hot100, 1, &too_few).unwrap();
    assert!(
        message(&bytes).contains("in the song table"),
        "{}",
        message(&bytes)
    );
}
