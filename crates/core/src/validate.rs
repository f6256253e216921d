//! Consistency checks shared by the dataset build and the app.
//!
//! Parsing proves a document has the right shape; validation proves it makes
//! sense: every reference resolves, ids are unique slugs, dates are real and
//! sorted, ranks fit their chart, streams are finite and non-negative, no
//! date appears twice in a series. Each problem carries a path such as
//! `series[12].points[40].date`, written out only when a problem is recorded
//! there: a valid document formats no paths at all.

mod context;
mod dataset;
mod points;
mod releases;

use std::collections::HashSet;
use std::fmt;

use crate::{DatasetError, Problem};

pub use context::validate_chart_context;
pub use dataset::validate_dataset;
pub use points::{check_points, validate_series_file};

/// How many problems an error lists before it only counts the rest.
pub const MAX_PROBLEMS: usize = 20;

/// Collects problems, keeping the first [`MAX_PROBLEMS`] and counting all.
#[derive(Default)]
pub struct Problems {
    kept: Vec<Problem>,
    total: usize,
}

impl Problems {
    /// Records a problem at `path`, writing the path out only if it is kept.
    pub fn push(&mut self, path: impl fmt::Display, reason: impl Into<String>) {
        self.record(&path, reason.into());
    }

    fn record(&mut self, path: &dyn fmt::Display, reason: String) {
        self.total += 1;
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(Problem::new(path.to_string(), reason));
        }
    }

    /// `Ok` when nothing was recorded, else [`DatasetError::Invalid`].
    pub fn into_result(self) -> Result<(), DatasetError> {
        if self.total == 0 {
            Ok(())
        } else {
            Err(DatasetError::Invalid {
                problems: self.kept,
                total: self.total,
            })
        }
    }
}

/// An item of a collection in a document, `shows[3]` or
/// `shows[3].seasons[1]`: a path that is written out only when a problem is
/// recorded under it.
#[derive(Clone, Copy)]
pub struct Item<'a> {
    parent: Option<&'a Item<'a>>,
    collection: &'a str,
    index: usize,
}

impl<'a> Item<'a> {
    /// The item at `index` of a top-level `collection`.
    pub fn new(collection: &'a str, index: usize) -> Self {
        Item {
            parent: None,
            collection,
            index,
        }
    }

    /// The item at `index` of `collection` inside this item.
    pub fn item<'b>(&'b self, collection: &'b str, index: usize) -> Item<'b> {
        Item {
            parent: Some(self),
            collection,
            index,
        }
    }
}

impl fmt::Display for Item<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}.")?;
        }
        write!(f, "{}[{}]", self.collection, self.index)
    }
}

/// Whether `id` is a lowercase slug: `a-z`, `0-9` and inner single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 120
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `url` is an absolute `https:` or `http:` address (the only links rendered).
pub fn is_web_link(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/') && !has_white_space(rest))
}

/// Whether `text` holds a white-space character (`char::is_whitespace`):
/// its ASCII ones are found byte by byte, and only text that is not ASCII
/// (an address nearly always is) is decoded character by character, which
/// was about a third of the index's validation.
fn has_white_space(text: &str) -> bool {
    text.bytes()
        .any(|byte| matches!(byte, b'\t'..=b'\r' | b' '))
        || (!text.is_ascii() && text.chars().any(char::is_whitespace))
}

/// Checks ids of one collection: slugs (or slug.slug for series) and unique.
fn check_ids<'a>(
    problems: &mut Problems,
    collection: &str,
    ids: impl Iterator<Item = &'a str>,
    dotted: bool,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (index, id) in ids.enumerate() {
        let item = Item::new(collection, index);
        let well_formed = if dotted {
            id.split_once('.')
                .is_some_and(|(left, right)| is_slug(left) && is_slug(right))
        } else {
            is_slug(id)
        };
        if !well_formed {
            problems.push(
                format_args!("{item}.id"),
                format!("\"{id}\" is not a lowercase slug id"),
            );
        }
        if !seen.insert(id) {
            problems.push(format_args!("{item}.id"), format!("duplicate id \"{id}\""));
        }
    }
    seen
}

fn check_ref(
    problems: &mut Problems,
    ids: &HashSet<&str>,
    path: fmt::Arguments<'_>,
    kind: &str,
    id: &str,
) {
    if !ids.contains(id) {
        problems.push(path, format!("unknown {kind} \"{id}\""));
    }
}

fn check_text(problems: &mut Problems, path: fmt::Arguments<'_>, text: &str) {
    // Whitespace only (or nothing): usually decided by the first character.
    if text.chars().all(char::is_whitespace) {
        problems.push(path, "must not be empty");
    }
}

#[cfg(test)]
mod tests;
