//! Dates as users write them: `YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY`,
//! `D/M/YYYY` and `D.M.YYYY`.
//!
//! Every shape but the slashed day-and-month one says which part is which.
//! For `3/4/2024` the order is decided once per file from its values: a
//! first part over 12 means day first, a second part over 12 month first;
//! when every date fits both, month first is assumed and reported.

use super::values::trim_cell;
use crate::Date;

/// The order of day and month in slashed dates such as `3/4/2024`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOrder {
    /// `M/D/YYYY`, as in the US.
    MonthFirst,
    /// `D/M/YYYY`.
    DayFirst,
}

/// The date formats a file can use, for help texts.
pub const DATE_FORMATS: &str = "YYYY-MM-DD, M/D/YYYY, D.M.YYYY or YYYY/MM/DD";

/// A date's shape: its three numbers and what the separators say about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Year first (`2024-03-04`, `2024/03/04`): year, month, day.
    YearFirst(i32, u32, u32),
    /// Slashed with the year last: first, second, year.
    Slashed(u32, u32, i32),
    /// Dotted (`4.3.2024`): day, month, year.
    Dotted(u32, u32, i32),
}

fn shape(text: &str) -> Option<Shape> {
    // Three parts and their two separators, read byte by byte without
    // allocating (this runs for every row of an import). The separators
    // and digits are ASCII, so any other character simply fails to match.
    let bytes = text.as_bytes();
    let is_separator = |b: &u8| matches!(b, b'-' | b'/' | b'.');
    let first_at = bytes.iter().position(is_separator)?;
    let second_at = first_at + 1 + bytes[first_at + 1..].iter().position(is_separator)?;
    if bytes[second_at + 1..].iter().any(is_separator) {
        return None;
    }
    let (a, b, c) = (
        &bytes[..first_at],
        &bytes[first_at + 1..second_at],
        &bytes[second_at + 1..],
    );
    // At most four digits: the number always fits.
    let digits = |part: &[u8], lengths: std::ops::RangeInclusive<usize>| {
        (lengths.contains(&part.len()) && part.iter().all(u8::is_ascii_digit))
            .then(|| part.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let year = |part: &[u8]| digits(part, 4..=4).and_then(|y| i32::try_from(y).ok());
    match [bytes[first_at], bytes[second_at]] {
        [b'-', b'-'] | [b'/', b'/'] if a.len() == 4 => Some(Shape::YearFirst(
            year(a)?,
            digits(b, 1..=2)?,
            digits(c, 1..=2)?,
        )),
        [b'/', b'/'] => Some(Shape::Slashed(
            digits(a, 1..=2)?,
            digits(b, 1..=2)?,
            year(c)?,
        )),
        [b'.', b'.'] => Some(Shape::Dotted(
            digits(a, 1..=2)?,
            digits(b, 1..=2)?,
            year(c)?,
        )),
        _ => None,
    }
}

/// What a file's slashed dates (`3/4/2024`) say about the order of day
/// and month, gathered one date at a time as the file is read.
#[derive(Debug, Default)]
pub(crate) struct SlashDates {
    /// The first date that can only be day first, and where it is.
    day_first: Option<(String, String)>,
    /// The first date that can only be month first, and where it is.
    month_first: Option<(String, String)>,
    /// The first date that fits both orders.
    example: Option<String>,
}

impl SlashDates {
    /// Takes note of one date text and where it is (`row 3`).
    pub(crate) fn see(&mut self, text: &str, place: impl std::fmt::Display) {
        // Only slashed dates have an order to decide.
        if !text.as_bytes().contains(&b'/') {
            return;
        }
        let text = trim_cell(text);
        if let Some(Shape::Slashed(first, second, _)) = shape(text) {
            if first > 12 && second <= 12 && self.day_first.is_none() {
                self.day_first = Some((text.to_owned(), place.to_string()));
            } else if second > 12 && first <= 12 && self.month_first.is_none() {
                self.month_first = Some((text.to_owned(), place.to_string()));
            } else if first <= 12 && second <= 12 && self.example.is_none() {
                self.example = Some(text.to_owned());
            }
        }
    }

    /// The order of the file's slashed dates and, when the values fit both
    /// orders, the assumption made; or why the file cannot be read (dates
    /// written both ways).
    pub(crate) fn order(self) -> Result<(SlashOrder, Option<String>), String> {
        match (self.day_first, self.month_first, self.example) {
            (Some((day_text, day_place)), Some((month_text, month_place)), _) => Err(format!(
                "the dates are written both ways: {day_place} has \"{day_text}\" (day first) and {month_place} has \"{month_text}\" (month first)"
            )),
            (Some(_), None, _) => Ok((SlashOrder::DayFirst, None)),
            (None, _, None) | (None, Some(_), _) => Ok((SlashOrder::MonthFirst, None)),
            (None, None, Some(example)) => Ok((
                SlashOrder::MonthFirst,
                Some(format!(
                    "dates such as \"{example}\" could be month/day or day/month; they were read as M/D/YYYY (month first)"
                )),
            )),
        }
    }
}

/// Reads one date in any of the accepted formats, slashed ones in `order`.
pub fn parse_user_date(text: &str, order: SlashOrder) -> Result<Date, String> {
    let text = trim_cell(text);
    if text.is_empty() {
        return Err("the date is empty".to_owned());
    }
    let Some(shape) = shape(text) else {
        return Err(format!(
            "\"{text}\" is not a date in a known format ({DATE_FORMATS})"
        ));
    };
    let (year, month, day) = match (shape, order) {
        (Shape::YearFirst(year, month, day), _) => (year, month, day),
        (Shape::Slashed(month, day, year), SlashOrder::MonthFirst) => (year, month, day),
        (Shape::Slashed(day, month, year), SlashOrder::DayFirst) => (year, month, day),
        (Shape::Dotted(day, month, year), _) => (year, month, day),
    };
    let date = u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(month, day)| Date::from_ymd(year, month, day));
    date.ok_or_else(|| format!("\"{text}\" is not a real calendar date"))
}
