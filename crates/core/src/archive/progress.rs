//! How far an incremental decoder has got.

/// Rows decoded so far out of all rows of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Rows decoded.
    pub done: usize,
    /// Rows in the file.
    pub total: usize,
}

impl Progress {
    /// Whether every row is decoded.
    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }

    /// Share decoded, 0.0 to 1.0 (1.0 for an empty file), for a progress bar.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// The `step` of both decoders: calls `decode_next` (which decodes one
/// chart and returns the rows done after it) until `max_rows` more rows, one
/// chart at least, or all `total` rows are done.
pub(crate) fn decode_charts(
    Progress { mut done, total }: Progress,
    max_rows: usize,
    mut decode_next: impl FnMut() -> Result<usize, super::ArchiveError>,
) -> Result<Progress, super::ArchiveError> {
    let goal = done.saturating_add(max_rows.max(1)).min(total);
    while done < goal {
        done = decode_next()?;
    }
    Ok(Progress { done, total })
}

/// A value decoded from a prediction or an exception, checked to lie in
/// `min..=max`; `part` names the exceptions section in the message.
pub(crate) fn checked_value(
    value: Option<i64>,
    min: i64,
    max: i64,
    part: &'static str,
) -> Result<Option<i64>, super::ArchiveError> {
    match value {
        Some(v) if !(min..=max).contains(&v) => Err(super::ArchiveError::corrupt(
            part,
            format!("the value {v} is outside {min} to {max}"),
        )),
        other => Ok(other),
    }
}

/// Like [`checked_value`] for a column that is never empty.
pub(crate) fn required_value(
    value: Option<i64>,
    min: i64,
    max: i64,
    part: &'static str,
) -> Result<i64, super::ArchiveError> {
    checked_value(value, min, max, part)?
        .ok_or_else(|| super::ArchiveError::corrupt(part, "a row has an empty value"))
}
