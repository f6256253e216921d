//! Normalisation cases taken from real spellings in the source files.

use super::*;

fn key(title: &str, credit: &str) -> String {
    SongIdentity::new(title, credit).key()
}

fn same(a: (&str, &str), b: (&str, &str)) -> bool {
    SongIdentity::new(a.0, a.1).matches(&SongIdentity::new(b.0, b.1))
}

#[test]
fn case_differences_are_the_same_song() {
    assert_eq!(
        key("Master Of Puppets", "Metallica"),
        key("Master of Puppets", "Metallica")
    );
    assert_eq!(
        key("You Spin Me Round (Like a Record)", "Dead or Alive"),
        key("You Spin Me Round (Like A Record)", "Dead Or Alive")
    );
    assert_eq!(
        key("Master of Puppets", "Metallica"),
        "master of puppets||metallica"
    );
}

#[test]
fn remasters_are_the_same_recording() {
    assert_eq!(
        key("Should I Stay or Should I Go - Remastered", "The Clash"),
        key("Should I Stay Or Should I Go", "The Clash")
    );
    assert_eq!(
        key("Should I Stay Or Should I Go?", "The Clash"),
        key(
            "Should I Stay or Should I Go - Remastered 2011",
            "The Clash"
        )
    );
    assert_eq!(split_title("Heroes (2017 Remaster)").version, "");
}

#[test]
fn alternative_titles_in_brackets_are_ignored() {
    assert_eq!(
        key("Running Up That Hill (A Deal With God)", "Kate Bush"),
        key("Running Up That Hill", "Kate Bush")
    );
    assert_eq!(
        split_title("Separate Ways (Worlds Apart)").base,
        "separate ways"
    );
    assert_eq!(
        split_title("(I Just) Died in Your Arms").base,
        "died in your arms"
    );
}

#[test]
fn named_versions_are_distinct_songs() {
    let opening = SongIdentity::new("Enemy (Opening Title Version)", "Imagine Dragons X JID");
    let single = SongIdentity::new("Enemy", "Imagine Dragons X JID");
    assert_eq!(opening.version, "opening title version");
    assert!(!opening.matches(&single));
    let remix = split_title("Separate Ways (Worlds Apart) (Bryce Miller/Alloy Tracks Remix)");
    assert_eq!(remix.base, "separate ways");
    assert_eq!(remix.version, "bryce miller alloy tracks remix");
    assert_eq!(split_title("thank u, next (cover)").version, "cover");
}

#[test]
fn featured_artists_do_not_change_the_primary_artist() {
    let duet = split_credit("Lord Huron Featuring Phoebe Bridgers");
    assert_eq!(duet.primary, "lord huron");
    assert_eq!(duet.artists, vec!["lord huron", "phoebe bridgers"]);
    assert!(same(
        ("The Night We Met", "Lord Huron Featuring Phoebe Bridgers"),
        ("The Night We Met", "Lord Huron")
    ));
    let cross = split_credit("Imagine Dragons X JID");
    assert_eq!(cross.primary, "imagine dragons");
    assert_eq!(cross.artists, vec!["imagine dragons", "jid"]);
    assert_eq!(
        split_credit("Kris Bowers with cellist Hillary Smith (orig. Celeste)").primary,
        "kris bowers"
    );
    assert_eq!(
        split_title("Bad and Boujee (feat. Lil Uzi Vert)").base,
        "bad and boujee"
    );
    assert_eq!(
        split_title("Bad and Boujee (feat. Lil Uzi Vert)").version,
        ""
    );
}

#[test]
fn ampersands_and_and_name_every_artist() {
    let credit = split_credit("Sonya Belousava And Giona Ostinelli & Joey Batey");
    assert_eq!(
        credit.primary,
        "sonya belousava and giona ostinelli and joey batey"
    );
    assert_eq!(
        credit.artists,
        vec!["giona ostinelli", "joey batey", "sonya belousava"]
    );
    assert!(same(
        ("Islands in the Stream", "Dolly Parton and Kenny Rogers"),
        (
            "Islands In The Stream",
            "Kenny Rogers Duet With Dolly Parton"
        )
    ));
    assert!(same(
        ("California Dreamin'", "The Mamas & The Papas"),
        ("California Dreamin'", "The Mamas & The Papas")
    ));
    assert!(!same(
        ("California Dreamin'", "The Mamas & The Papas"),
        ("California Dreamin'", "The Beach Boys")
    ));
}

#[test]
fn quotes_apostrophes_dots_and_accents_fold() {
    assert_eq!(
        normalize_text("California Dreamin\u{2019}"),
        normalize_text("California Dreamin'")
    );
    assert_eq!(
        normalize_text("You Don't Mess Around With Jim"),
        "you dont mess around with jim"
    );
    assert_eq!(normalize_text("R.O.C.K. in the U.S.A."), "rock in the usa");
    assert_eq!(normalize_text("Mötley Crüe"), "motley crue");
    assert_eq!(
        normalize_text("Wake Me Up Before You Go-Go"),
        "wake me up before you go go"
    );
    assert_eq!(
        key(
            "Workin\u{2019} For a Livin\u{2019}",
            "Huey Lewis & The News"
        ),
        key("Workin' For A Livin'", "Huey Lewis and the News")
    );
}

#[test]
fn covers_keep_their_original_artist_apart() {
    let credit = split_credit("Vitamin String Quartet (orig. Ariana Grande)");
    assert_eq!(credit.performer, "Vitamin String Quartet");
    assert_eq!(credit.original_artist.as_deref(), Some("Ariana Grande"));
    assert_eq!(credit.primary, "vitamin string quartet");
    let unnamed = split_credit("(orig. Taylor Swift)");
    assert_eq!(unnamed.performer, "");
    assert_eq!(unnamed.primary, "");
    assert_eq!(unnamed.original_artist.as_deref(), Some("Taylor Swift"));
}

#[test]
fn a_title_without_an_artist_matches_nothing() {
    let uncredited = SongIdentity::new("Material Girl", "");
    assert!(!uncredited.has_artist());
    assert!(!uncredited.matches(&SongIdentity::new("Material Girl", "Madonna")));
    assert!(!uncredited.matches(&uncredited.clone()));
}

#[test]
fn slugs_drop_alternative_titles_and_keep_versions() {
    assert_eq!(
        SongIdentity::new("Running Up That Hill (A Deal With God)", "Kate Bush").slug(),
        "running-up-that-hill-kate-bush"
    );
    assert_eq!(
        SongIdentity::new("Enemy (Opening Title Version)", "Imagine Dragons X JID").slug(),
        "enemy-opening-title-version-imagine-dragons"
    );
    assert_eq!(SongIdentity::new("Ghostbusters", "").slug(), "ghostbusters");
    assert_eq!(slug("Cyberpunk: Edgerunners"), "cyberpunk-edgerunners");
    assert_eq!(slug("The Queen's Gambit"), "the-queens-gambit");
}
