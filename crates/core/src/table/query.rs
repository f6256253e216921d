//! The table's URL state (`q`, `genre`, `sort`, `hide`), read and written.
//!
//! Reading never fails: unknown keys and malformed values are dropped with a
//! [`Notice`] the page shows, so a bad link still opens the table.

use super::{fold_for_search, Column, Direction};
use crate::shortened::shortened;

/// What the reader asked the table to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableQuery {
    /// Free-text search (`q`).
    pub search: String,
    /// Genre filter (`genre`), as the dataset spells it.
    pub genre: Option<String>,
    /// Sort column and direction (`sort=column` or `sort=column:desc`).
    pub sort: Option<(Column, Direction)>,
    /// Hidden columns (`hide=artists,engagement`), in display order.
    pub hidden: Vec<Column>,
}

/// The `sort` parameter's value for a column and direction: `peak`, or
/// `peak:desc` (also the values of the sort menu's options).
pub fn sort_value(column: Column, direction: Direction) -> String {
    match direction {
        Direction::Ascending => column.key().to_owned(),
        Direction::Descending => format!("{}:desc", column.key()),
    }
}

/// A query parameter that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter's name.
    pub key: String,
    /// Why it was ignored.
    pub reason: String,
}

impl Notice {
    /// A notice about `key`, [`shortened`]: a link may carry any.
    pub fn new(key: &str, reason: String) -> Notice {
        Notice {
            key: shortened(key),
            reason,
        }
    }
}

/// One notice for each key, once, that none of `known` lists: a page reads
/// its own keys and tells the reader the others were ignored.
pub fn unknown_parameters<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    known: &[&[&str]],
) -> Vec<Notice> {
    let mut notices: Vec<Notice> = Vec::new();
    for (key, _) in pairs {
        if known.iter().any(|keys| keys.contains(&key)) {
            continue;
        }
        let notice = Notice::new(key, "unknown parameter".to_owned());
        if !notices.iter().any(|reported| reported.key == notice.key) {
            notices.push(notice);
        }
    }
    notices
}

/// Longest search text kept from a URL (longer input is cut, with a notice).
pub const MAX_SEARCH_CHARS: usize = 200;

impl TableQuery {
    /// Reads the table state from query pairs; `known` lists other keys the
    /// page uses, which are not reported as unknown.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        known: &[&str],
    ) -> (TableQuery, Vec<Notice>) {
        let mut query = TableQuery::default();
        let mut notices = Vec::new();
        let mut notice = |key: &str, reason: String| notices.push(Notice::new(key, reason));
        for (key, value) in pairs {
            match key {
                "q" => {
                    let chars = value.chars().count();
                    if chars > MAX_SEARCH_CHARS {
                        notice(
                            key,
                            format!("search text cut to {MAX_SEARCH_CHARS} characters"),
                        );
                    }
                    query.search = value.chars().take(MAX_SEARCH_CHARS).collect();
                }
                "genre" if value.is_empty() => query.genre = None,
                "genre" => query.genre = Some(value.chars().take(MAX_SEARCH_CHARS).collect()),
                "sort" => match parse_sort(value) {
                    Some(sort) => query.sort = Some(sort),
                    None => notice(
                        key,
                        format!("“{}” is not a column to sort by", shortened(value)),
                    ),
                },
                "hide" => {
                    query.hidden.clear();
                    for name in value.split(',').filter(|name| !name.is_empty()) {
                        match Column::from_key(name).filter(|column| column.hideable()) {
                            Some(column) => query.hide(column),
                            None => notice(
                                key,
                                format!("“{}” is not a column that can be hidden", shortened(name)),
                            ),
                        }
                    }
                }
                other if known.contains(&other) => {}
                other => notice(other, "unknown parameter".to_owned()),
            }
        }
        (query, notices)
    }

    /// The query pairs for this state, omitting defaults, in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.search.is_empty() {
            pairs.push(("q", self.search.clone()));
        }
        if let Some(genre) = &self.genre {
            pairs.push(("genre", genre.clone()));
        }
        if let Some((column, direction)) = self.sort {
            pairs.push(("sort", sort_value(column, direction)));
        }
        if !self.hidden.is_empty() {
            let names: Vec<&str> = self.hidden.iter().map(|column| column.key()).collect();
            pairs.push(("hide", names.join(",")));
        }
        pairs
    }

    /// The state after clicking a column heading: ascending first, then
    /// descending, then back to ascending.
    pub fn toggled_sort(&self, column: Column) -> TableQuery {
        let direction = match self.sort {
            Some((current, direction)) if current == column => direction.flipped(),
            _ => Direction::Ascending,
        };
        TableQuery {
            sort: Some((column, direction)),
            ..self.clone()
        }
    }

    /// Keeps the genre filter when it names one of `genres` (case and
    /// accents aside), spelt the way `genres` spells it (the genre menu's
    /// option); else drops it with a notice, since it could only empty the
    /// table.
    pub fn resolve_genre(&mut self, genres: &[String]) -> Option<Notice> {
        let wanted = self.genre.take()?;
        let folded = fold_for_search(&wanted);
        match genres.iter().find(|genre| fold_for_search(genre) == folded) {
            Some(genre) => {
                self.genre = Some(genre.clone());
                None
            }
            None => Some(Notice::new(
                "genre",
                format!("“{}” is not the genre of any show", shortened(&wanted)),
            )),
        }
    }

    /// Whether a column is shown.
    pub fn shows(&self, column: Column) -> bool {
        !self.hidden.contains(&column)
    }

    /// Hides `column` (once), keeping [`TableQuery::hidden`] in display order.
    pub fn hide(&mut self, column: Column) {
        self.hidden = Column::ALL
            .into_iter()
            .filter(|shown| *shown == column || self.hidden.contains(shown))
            .collect();
    }
}

fn parse_sort(value: &str) -> Option<(Column, Direction)> {
    let (name, direction) = match value.split_once(':') {
        Some((name, "desc")) => (name, Direction::Descending),
        Some((name, "asc")) => (name, Direction::Ascending),
        Some(_) => return None,
        None => (value, Direction::Ascending),
    };
    Column::from_key(name).map(|column| (column, direction))
}

#[cfg(test)]
mod tests;
