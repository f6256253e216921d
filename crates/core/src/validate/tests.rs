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
