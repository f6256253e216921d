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
///
/// One pass over the text; the string of each place is found walking
/// forward from the last one.
pub fn word_starts(table: &StringTable, query: &str, mut found: impl FnMut(WordStart)) {
    let text = table.text();
    let mut string = 0;
    for at in occurrences(text, query) {
        let Some((index, range)) = table.locate_from(at, string) else {
            break;
        };
        string = index;
        let end = at + query.len();
        let starts_word = at == range.start
            || text[..at]
                .chars()
                .next_back()
                .is_none_or(|before| !before.is_alphanumeric());
        if starts_word && end <= range.end {
            found(WordStart {
                string: index,
                at_start: at == range.start,
                whole: at == range.start && end == range.end,
            });
        }
    }
}

/// Every byte offset where `query` occurs in `text`, in order, overlapping
/// places too. A one-character query is found with a character search,
/// which is several times faster than a substring search per place.
fn occurrences<'a>(text: &'a str, query: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut chars = query.chars();
    let first = chars.next();
    let single = chars.next().is_none();
    let mut from = 0;
    std::iter::from_fn(move || {
        let first = first?;
        let rest = text.get(from..)?;
        let at = from
            + if single {
                rest.find(first)?
            } else {
                rest.find(query)?
            };
        // Resume one character later, so overlapping places are seen too.
        from = at + first.len_utf8();
        Some(at)
    })
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

    /// Every word start, found string by string, place by place.
    fn reference(strings: &[&str], query: &str) -> Vec<(u32, bool, bool)> {
        let mut out = Vec::new();
        for (index, string) in strings.iter().enumerate() {
            for (at, _) in string.char_indices() {
                let starts_word = string[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|before| !before.is_alphanumeric());
                if !query.is_empty() && starts_word && string[at..].starts_with(query) {
                    out.push((
                        index as u32,
                        at == 0,
                        at == 0 && query.len() == string.len(),
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn one_character_and_longer_queries_find_what_a_place_by_place_check_finds() {
        let strings = [
            "r", "run", "a run", "rerun", "xr", "r&b", "(r) r-r", "", "éa é", "aéa", "aaa a",
            "run run", "ru", "n", "r",
        ];
        for query in [
            "r", "é", "a", "ru", "run", "aa", "a a", "r r", "n", "éa", "x", "zz", "",
        ] {
            assert_eq!(
                starts(&strings, query),
                reference(&strings, query),
                "{query:?}"
            );
        }
    }

    #[test]
    fn locating_walks_forward_and_falls_back_for_an_earlier_offset() {
        let table = table(&["ab", "", "cde", "f"]);
        assert_eq!(table.locate_from(0, 0), Some((0, 0..2)));
        assert_eq!(
            table.locate_from(3, 0),
            Some((2, 2..5)),
            "past the empty string"
        );
        assert_eq!(table.locate_from(5, 2), Some((3, 5..6)));
        assert_eq!(
            table.locate_from(1, 3),
            Some((0, 0..2)),
            "an offset before string 3"
        );
        assert_eq!(
            table.locate_from(4, 9),
            Some((2, 2..5)),
            "a start past the end"
        );
        assert_eq!(table.locate_from(6, 0), None, "past the text");
    }
}
