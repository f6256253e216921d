//! Unit checks of the validation helpers.

use super::*;

#[test]
fn slugs_are_lowercase_words_joined_by_single_hyphens() {
    assert!(is_slug("running-up-that-hill-kate-bush"));
    assert!(is_slug("4-volume-2"));
    for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "é"] {
        assert!(!is_slug(bad), "{bad:?}");
    }
}

#[test]
fn only_absolute_web_addresses_are_links() {
    assert!(is_web_link("https://open.spotify.com/search/x"));
    assert!(is_web_link("http://example.org/"));
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "https:///x",
        "/relative",
        "https://a b",
    ] {
        assert!(!is_web_link(bad), "{bad:?}");
    }
}

#[test]
fn an_item_path_names_every_collection_it_is_inside() {
    let show = Item::new("shows", 3);
    let season = show.item("seasons", 1);
    let episode = season.item("episodes", 12);
    assert_eq!(show.to_string(), "shows[3]");
    assert_eq!(season.to_string(), "shows[3].seasons[1]");
    assert_eq!(
        format!("{episode}.number"),
        "shows[3].seasons[1].episodes[12].number"
    );
}

#[test]
fn only_the_kept_problems_are_written_out() {
    struct Counted<'a>(&'a std::cell::Cell<usize>);
    impl fmt::Display for Counted<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.set(self.0.get() + 1);
            f.write_str("here")
        }
    }
    let written = std::cell::Cell::new(0);
    let mut problems = Problems::default();
    for _ in 0..MAX_PROBLEMS + 5 {
        problems.push(Counted(&written), "wrong");
    }
    assert_eq!(written.get(), MAX_PROBLEMS);
    match problems.into_result() {
        Err(DatasetError::Invalid { problems, total }) => {
            assert_eq!(total, MAX_PROBLEMS + 5);
            assert_eq!(problems[0].to_string(), "here: wrong");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn white_space_is_found_as_char_is_whitespace_finds_it() {
    // Every character up to U+3000 (beyond the last white space but one),
    // alone, after ASCII and after a non-ASCII prefix.
    for code in 0..=0x3001u32 {
        let Some(ch) = char::from_u32(code) else {
            continue;
        };
        for text in [
            ch.to_string(),
            format!("open.spotify.com/{ch}x"),
            format!("é{ch}"),
            format!("a\u{e9}b/{ch}/c"),
        ] {
            let expected = text.chars().any(char::is_whitespace);
            assert_eq!(has_white_space(&text), expected, "{code:#x} in {text:?}");
        }
    }
    assert!(!is_web_link("https://a\u{a0}b"));
    assert!(!is_web_link("https://a\u{b}b"));
    assert!(!is_web_link("https://é.example/\u{3000}"));
    assert!(is_web_link("https://é.example/ü"));
}
