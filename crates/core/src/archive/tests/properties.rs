//! Properties over arbitrary input: decoding never panics, damage is always
//! an error, and any valid rows round-trip.

use proptest::prelude::*;

use super::*;
use crate::archive::container::write_container;

/// Up to 12 weekly charts of 1 to 6 rows, from a pool of 8 songs, with
/// arbitrary (valid) printed values.
fn arbitrary_hot100() -> impl Strategy<Value = Vec<Hot100Record<'static>>> {
    const POOL: [(&str, &str); 8] = [
        ("A", "X"),
        ("B", "X"),
        ("C", "Y"),
        ("D", "Z"),
        ("É", "Ü"),
        ("", ""),
        ("A", "Y"),
        ("F", "X"),
    ];
    let row = (
        0..POOL.len(),
        proptest::option::of(1u32..=255),
        1u32..=255,
        1u32..=65_535,
    );
    prop::collection::vec(prop::collection::vec(row, 1..6), 0..12).prop_map(|charts| {
        let mut records = Vec::new();
        for (index, chart) in charts.iter().enumerate() {
            for (position, &(song, last_week, peak, weeks)) in chart.iter().enumerate() {
                records.push(Hot100Record {
                    date: week(index as i32 * 3),
                    rank: position as u32 + 1,
                    title: POOL[song].0,
                    artist: POOL[song].1,
                    last_week,
                    peak,
                    weeks,
                });
            }
        }
        records
    })
}

/// A small Spotify file with both regions, ids and position changes.
fn small_spotify() -> Vec<u8> {
    let mut rows = spotify_day("us", week(0), &[("A", "X", 9, None), ("B", "Y", 5, None)]);
    rows[1].position_diff = Some(3);
    rows.extend(spotify_day("global", week(0), &[("B", "Y", 7, Some("id"))]));
    encode_spotify(&rows).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_hot100(&bytes);
        let _ = decode_spotify(&bytes);
    }

    #[test]
    fn arbitrary_sections_behind_a_good_checksum_never_panic(
        sections in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 0..11),
        rows in prop_oneof![0usize..50, any::<u32>().prop_map(|rows| rows as usize)],
    ) {
        for kind in [ArchiveKind::Hot100, ArchiveKind::Spotify] {
            let bytes = write_container(kind, rows, &sections).unwrap();
            let _ = decode_hot100(&bytes);
            let _ = decode_spotify(&bytes);
        }
    }

    #[test]
    fn any_valid_rows_round_trip(rows in arbitrary_hot100()) {
        let bytes = encode_hot100(&rows).unwrap();
        let archive = decode_hot100(&bytes).unwrap();
        prop_assert_eq!(archive.records().collect::<Vec<_>>(), rows);
    }

    #[test]
    fn cuts_and_bit_flips_are_errors(rows in arbitrary_hot100(), at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let bytes = encode_hot100(&rows).unwrap();
        let cut = at.index(bytes.len());
        prop_assert!(decode_hot100(&bytes[..cut]).is_err());
        let mut flipped = bytes.clone();
        flipped[cut] ^= 1 << bit;
        prop_assert!(decode_hot100(&flipped).is_err());
    }

    #[test]
    fn spotify_cuts_and_bit_flips_are_errors(at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let bytes = small_spotify();
        let cut = at.index(bytes.len());
        prop_assert!(decode_spotify(&bytes[..cut]).is_err());
        let mut flipped = bytes.clone();
        flipped[cut] ^= 1 << bit;
        prop_assert!(decode_spotify(&flipped).is_err());
    }
}
