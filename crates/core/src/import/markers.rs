//! Release markers the user adds to their own series: a date and a label.

use crate::Date;

use super::dates::{parse_user_date, SlashOrder};

/// Longest marker label accepted, in characters.
pub const MAX_MARKER_LABEL: usize = 120;

/// A user's release marker, drawn like a bundled release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserMarker {
    /// The release date.
    pub date: Date,
    /// What was released ("Season 2").
    pub label: String,
}

impl UserMarker {
    /// A marker from a date as typed (`YYYY-MM-DD` from a date input, or
    /// `M/D/YYYY`, `D.M.YYYY`, `YYYY/MM/DD`) and a label, or why not.
    pub fn new(date: &str, label: &str) -> Result<Self, String> {
        let date = parse_user_date(date, SlashOrder::MonthFirst)?;
        let label = label.trim();
        if label.is_empty() {
            return Err("the marker needs a label".to_owned());
        }
        if label.chars().count() > MAX_MARKER_LABEL {
            return Err(format!(
                "the label is longer than {MAX_MARKER_LABEL} characters"
            ));
        }
        Ok(UserMarker {
            date,
            label: label.to_owned(),
        })
    }
}
