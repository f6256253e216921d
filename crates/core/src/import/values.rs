//! Cell values: finite numbers (thousands commas allowed), checked against
//! their metric, and metric names.

use crate::model::Metric;

/// `text` without the whitespace around it, as [`str::trim`] gives it, but
/// without decoding characters when the text starts and ends with visible
/// ASCII (the usual cell, read once per row of an import).
pub(crate) fn trim_cell(text: &str) -> &str {
    let visible = |byte: Option<&u8>| byte.is_some_and(u8::is_ascii_graphic);
    let bytes = text.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        text
    } else {
        text.trim()
    }
}

/// The metric a name stands for: `rank`/`position` or `streams`/`plays`
/// (any case, singular or plural).
pub fn metric_from_name(text: &str) -> Option<Metric> {
    const RANK: [&str; 6] = [
        "rank",
        "ranks",
        "position",
        "positions",
        "pos",
        "chart_position",
    ];
    const STREAMS: [&str; 5] = ["streams", "stream", "plays", "play", "listens"];
    let text = trim_cell(text);
    let named = |names: &[&str]| names.iter().any(|name| name.eq_ignore_ascii_case(text));
    if named(&RANK) {
        Some(Metric::Rank)
    } else if named(&STREAMS) {
        Some(Metric::Streams)
    } else {
        None
    }
}

/// Reads a number as written in a cell: `1234`, `1,234`, `-3.5`, `2e6`.
///
/// Commas are accepted only as thousands separators (`1,234,567`). Empty
/// cells, `NaN`, infinities and numbers too large for a float (`1e999`) are
/// refused with a reason that quotes the cell.
pub(crate) fn parse_number(text: &str) -> Result<f64, String> {
    let trimmed = trim_cell(text);
    if trimmed.is_empty() {
        return Err("the value is empty".to_owned());
    }
    let plain: std::borrow::Cow<'_, str> = if trimmed.contains(',') {
        without_thousands_commas(trimmed)
            .ok_or_else(|| {
                format!(
                    "\"{trimmed}\" is not a number (commas may only separate thousands, as in 1,234)"
                )
            })?
            .into()
    } else {
        trimmed.into()
    };
    // Whole numbers of up to 15 digits, the usual cell, are exact in a
    // float at every step: read them without the general parser.
    if (1..=15).contains(&plain.len()) && plain.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(plain
            .bytes()
            .fold(0.0, |number, digit| number * 10.0 + f64::from(digit - b'0')));
    }
    let looks_numeric = plain
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    match plain.parse::<f64>() {
        Ok(value) if looks_numeric && value.is_finite() => Ok(value),
        Ok(_) if looks_numeric => Err(format!("\"{trimmed}\" is too large to be a finite number")),
        _ => Err(format!("\"{trimmed}\" is not a number")),
    }
}

/// `1,234,567.5` without its commas, if they group thousands correctly.
fn without_thousands_commas(text: &str) -> Option<String> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let whole = unsigned.split('.').next().unwrap_or(unsigned);
    let mut groups = whole.split(',');
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let rest_ok = groups.all(|group| group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit()));
    let fraction_has_comma = unsigned[whole.len()..].contains(',');
    (first_ok && rest_ok && !fraction_has_comma).then(|| text.replace(',', ""))
}

/// Checks a value against its metric: a rank is a whole number of 1 or
/// more; streams are not negative.
pub(crate) fn check_metric_value(value: f64, metric: Metric) -> Result<(), String> {
    match metric {
        Metric::Rank if value < 1.0 || value.fract() != 0.0 => {
            Err(format!("rank {value} is not a whole number of 1 or more"))
        }
        Metric::Streams if value < 0.0 => Err(format!("streams cannot be negative ({value})")),
        _ => Ok(()),
    }
}
