//! Text from a link, shortened for a notice: a link may carry any length.

/// The most characters of link text a notice quotes.
pub const NOTICE_CHARS: usize = 40;

/// `text` as a notice quotes it: its first [`NOTICE_CHARS`] characters,
/// and "…" when there were more.
pub fn shortened(text: &str) -> String {
    let mut short: String = text.chars().take(NOTICE_CHARS).collect();
    if text.chars().nth(NOTICE_CHARS).is_some() {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_after_forty_characters_with_an_ellipsis() {
        assert_eq!(shortened("utm_source"), "utm_source");
        let forty = "é".repeat(40);
        assert_eq!(shortened(&forty), forty);
        let long = format!("{forty}x");
        assert_eq!(shortened(&long), format!("{forty}…"));
        assert_eq!(shortened(""), "");
    }
}
