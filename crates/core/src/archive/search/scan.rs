//! Finding a query at word starts in a whole string table with one pass
//! over its text, instead of one search per string.

use crate::archive::strings::StringTable;

/// Where a query starts a word of a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordStart {
    /// The string's index in the table.
    pub string: u32,
    /// The query starts the string.
    pub at_start: bool,
    /// The query is the whole string.
    pub whole: bool,
}

/// Calls `found` for every place `query` starts a word (at the start of a
/// string, or after a character that is not a letter or digit) and ends
/// within the same string. A string may be reported more than once.
pub fn word_starts(table: &StringTable, query: &str, mut found: impl FnMut(WordStart)) {
    let text = table.text();
    let mut from = 0;
    while let Some(found_at) = text.get(from..).and_then(|rest| rest.find(query)) {
        let at = from + found_at;
        // Resume one character later, so overlapping places are seen too.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        let Some((string, range)) = table.locate(at) else {
            break;
        };
        let end = at + query.len();
        if end > range.end {
            continue;
        }
        let starts_word = text[range.start..at]
            .chars()
            .next_back()
            .is_none_or(|before| !before.is_alphanumeric());
        if starts_word {
            found(WordStart {
                string,
                at_start: at == range.start,
                whole: at == range.start && end == range.end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(strings: &[&str]) -> StringTable {
        StringTable::from_strings(strings.iter().map(|s| s.to_string()))
    }

    fn starts(strings: &[&str], query: &str) -> Vec<(u32, bool, bool)> {
        let mut out = Vec::new();
        word_starts(&table(strings), query, |w| {
            out.push((w.string, w.at_start, w.whole))
        });
        out
    }

    #[test]
    fn finds_word_starts_only_within_one_string() {
        assert_eq!(
            starts(&["run", "a run", "rerun", "xrun"], "run"),
            [(0, true, true), (1, false, false)]
        );
        assert_eq!(
            starts(&["hill", "run up"], "hillrun"),
            [],
            "across two strings"
        );
        assert_eq!(
            starts(&["xa a a"], "a a"),
            [(0, false, false)],
            "overlapping places"
        );
        assert_eq!(starts(&["(a deal)"], "deal"), [(0, false, false)]);
        assert_eq!(starts(&["café au lait"], "au"), [(0, false, false)]);
    }
}
