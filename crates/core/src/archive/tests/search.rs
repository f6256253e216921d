//! Search ranking on a small made-up chart.

use super::*;

fn archive() -> Hot100Archive {
    let rows = hot100_rows(
        0,
        &[
            &[
                ("Hill Running Up", "Someone"),
                ("Running", "Solo"),
                ("Up", "Running Man"),
                ("Running Up That Hill (A Deal With God)", "Kate Bush"),
                ("Café del Mar", "Energy 52"),
                ("Gunning", "Kate Bush"),
                ("Running", "Later Band"),
            ],
            &[
                ("Running", "Later Band"),
                ("Wuthering Heights", "Kate Bush"),
            ],
        ],
    );
    decode_hot100(&encode_hot100(&rows).unwrap()).unwrap()
}

fn titles(archive: &Hot100Archive, hits: &[SearchHit]) -> Vec<(String, MatchKind)> {
    hits.iter()
        .map(|hit| {
            (
                format!(
                    "{} / {}",
                    archive.title(hit.song()),
                    archive.artist(hit.song())
                ),
                hit.kind,
            )
        })
        .collect()
}

#[test]
fn ranks_exact_then_prefix_then_word_then_artist_then_success() {
    let archive = archive();
    let index = SearchIndex::for_hot100(&archive);
    let hits = index.search("Running", 10);
    assert_eq!(
        titles(&archive, &hits),
        [
            ("Running / Later Band".to_owned(), MatchKind::ExactTitle),
            ("Running / Solo".to_owned(), MatchKind::ExactTitle),
            (
                "Running Up That Hill (A Deal With God) / Kate Bush".to_owned(),
                MatchKind::TitlePrefix
            ),
            ("Hill Running Up / Someone".to_owned(), MatchKind::TitleWord),
            ("Up / Running Man".to_owned(), MatchKind::Artist),
        ],
        "ties by best rank: Later Band reached No. 1 in week two"
    );
    assert_eq!(index.search("Running", 2).len(), 2);
}

#[test]
fn folds_accents_and_case_and_matches_word_starts_only() {
    let archive = archive();
    let index = SearchIndex::for_hot100(&archive);
    let cafe = index.search("CAFE", 5);
    assert_eq!(archive.title(cafe[0].song()), "Café del Mar");
    assert!(index.search("unning", 5).is_empty(), "not inside a word");
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("running", 0).is_empty());
    let words = titles(&archive, &index.search("bush  running", 5));
    assert_eq!(
        words,
        [(
            "Running Up That Hill (A Deal With God) / Kate Bush".to_owned(),
            MatchKind::TitleAndArtist
        )]
    );
    let kate: Vec<_> = index.search("kate", 5).iter().map(|hit| hit.kind).collect();
    assert_eq!(kate, [MatchKind::Artist; 3]);
}

#[test]
fn searches_spotify_tracks_too() {
    let rows = spotify_day(
        "us",
        week(0),
        &[
            ("The Night We Met", "Lord Huron", 9, None),
            ("Night", "X", 8, None),
        ],
    );
    let archive = decode_spotify(&encode_spotify(&rows).unwrap()).unwrap();
    let index = SearchIndex::for_spotify(&archive);
    let hits = index.search("night", 5);
    assert_eq!(archive.title(hits[0].track()), "Night");
    assert_eq!(archive.title(hits[1].track()), "The Night We Met");
}
