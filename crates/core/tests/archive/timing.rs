//! Timings on the real archive, for the report (`--ignored`; run them with
//! `cargo test --release -p needledrop-core --test archive_facts --
//! --ignored --nocapture --test-threads=1`).

use std::time::{Duration, Instant};

use needledrop_core::archive::*;

use crate::support::*;

/// The fastest of `runs` runs of `work` (the machine is shared; the fastest is the least disturbed).
fn fastest(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
#[ignore = "timings for the report; run with --release"]
fn timings() {
    let bytes = archive_bytes(ArchiveKind::Hot100);
    let whole = fastest(5, || drop(decode_hot100(&bytes).unwrap()));
    let mut slices = Vec::new();
    let started = Instant::now();
    let mut decoder = Hot100Decoder::new(bytes.clone()).unwrap();
    slices.push(started.elapsed());
    while !decoder.progress().is_done() {
        let started = Instant::now();
        decoder.step(25_000).unwrap();
        slices.push(started.elapsed());
    }
    let started = Instant::now();
    let archive = decoder.finish().unwrap();
    slices.push(started.elapsed());
    let json = fastest(3, || {
        let rows: Vec<_> = archive
            .records()
            .map(|r| {
                (
                    r.date.to_string(),
                    r.rank,
                    r.title,
                    r.artist,
                    r.last_week,
                    r.peak,
                    r.weeks,
                )
            })
            .collect();
        let text = serde_json::to_string(&rows).unwrap();
        let started = Instant::now();
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        eprintln!(
            "JSON.parse-like: {} bytes parsed in {:?}",
            text.len(),
            started.elapsed()
        );
        drop(parsed);
    });
    eprintln!("Hot 100 decode: whole {whole:?}; slices {slices:?}; JSON round {json:?}");
    let spotify_bytes = archive_bytes(ArchiveKind::Spotify);
    eprintln!(
        "Spotify decode: {:?}",
        fastest(5, || drop(decode_spotify(&spotify_bytes).unwrap()))
    );
    let mut index = None;
    eprintln!(
        "search index: {:?}",
        fastest(3, || index = Some(SearchIndex::for_hot100(&archive)))
    );
    let index = index.unwrap();
    let typed = "running up";
    let keystrokes: Vec<Duration> = (1..=typed.len())
        .map(|n| fastest(3, || drop(index.search(&typed[..n], 20))))
        .collect();
    eprintln!("keystrokes {typed:?}: {keystrokes:?}");
    let none = ReleaseCalendar::default();
    let options = RevivalOptions::default();
    let artists = ArtistIndex::build(&archive);
    let mut sliced = ArtistIndex::default();
    let mut artist_slices = Vec::new();
    while !sliced.step(&archive, 0).is_done() {
        artist_slices.push(fastest(1, || {
            sliced.step(&archive, 3_000);
        }));
    }
    eprintln!("artist index in slices of 3,000 songs: {artist_slices:?}");
    eprintln!(
        "re-entries {:?}, late debuts {:?}, climbs {:?}",
        fastest(3, || drop(find_reentries(&archive, &options, &none))),
        fastest(3, || drop(find_late_debuts(
            &archive, &artists, &options, &none
        ))),
        fastest(3, || drop(find_climbs(
            &archive,
            &ClimbOptions::default(),
            &none
        ))),
    );
    let reentries = find_reentries(&archive, &options, &none);
    let debuts = find_late_debuts(&archive, &artists, &options, &none);
    eprintln!(
        "{} re-entries and {} late debuts at 10 years",
        reentries.len(),
        debuts.len()
    );
    for found in reentries.iter().take(5) {
        eprintln!(
            "  {} / {} {} after {}",
            archive.title(found.song),
            archive.artist(found.song),
            found.date,
            found.previous
        );
    }
    let spotify = decode_spotify(&spotify_bytes).unwrap();
    let jumps = JumpOptions::default();
    eprintln!(
        "Spotify jumps {:?}",
        fastest(3, || drop(find_jumps(&spotify, &jumps, &none)))
    );
}
