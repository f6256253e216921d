//! Where axis labels go and what they say. Few labels, chosen once per
//! layout: text is the slowest thing a canvas draws.

use crate::Date;

/// One labelled position on an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Position in data units (day number, rank or streams).
    pub value: f64,
    /// Label.
    pub label: String,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// "day −14", "day 0", "day +60".
pub fn day_offset_label(day: i32) -> String {
    match day {
        0 => "day 0".to_owned(),
        d if d > 0 => format!("day +{d}"),
        d => format!("day −{}", d.unsigned_abs()),
    }
}

/// The first of every `step`-th month (January, then every `step` months)
/// from `first` to `last`; the first label and every January carry the year.
fn month_ticks(first: Date, last: Date, step: u32) -> Vec<Tick> {
    let (mut year, mut month) = (first.year(), first.month());
    if first.day() != 1 {
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    // Align to the step so labels do not drift as one pans.
    while (u32::from(month) - 1) % step != 0 {
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    let mut ticks = Vec::new();
    while let Some(date) = Date::from_ymd(year, month, 1) {
        if date > last {
            break;
        }
        let label = if month == 1 || ticks.is_empty() {
            format!("{} {year}", month_name(month))
        } else {
            month_name(month).to_owned()
        };
        ticks.push(Tick {
            value: f64::from(date.days_since_epoch()),
            label,
        });
        let next = u32::from(month) - 1 + step;
        year += (next / 12) as i32;
        month = (next % 12 + 1) as u8;
    }
    ticks
}

/// Calendar ticks between two day numbers, at most about `max_ticks`:
/// days, weeks, months (every 1, 2, 3 or 6) or years (every 1, 2, 5, 10…).
pub fn date_ticks(start: f64, end: f64, max_ticks: usize) -> Vec<Tick> {
    let max_ticks = max_ticks.max(2) as f64;
    let span = end - start;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let (Some(first), Some(last)) = (
        Date::from_days_since_epoch(start.ceil() as i32),
        Date::from_days_since_epoch(end.floor() as i32),
    ) else {
        return Vec::new();
    };
    let mut ticks = Vec::new();
    if span / 7.0 <= max_ticks {
        // Days or weeks: label "Jul 16".
        let step = if span <= max_ticks { 1 } else { 7 };
        let mut day = first.days_since_epoch();
        while day <= last.days_since_epoch() {
            if let Some(date) = Date::from_days_since_epoch(day) {
                ticks.push(Tick {
                    value: f64::from(day),
                    label: format!("{} {}", month_name(date.month()), date.day()),
                });
            }
            day += step;
        }
        return ticks;
    }
    let months_span = span / 30.44;
    if months_span / 6.0 <= max_ticks {
        // The finest step whose labels fit: counted, not estimated, so a
        // narrow chart of eight months gets "Jul 2022", "Oct" rather than
        // the single label a six-month step leaves.
        let mut ticks = Vec::new();
        for step in [1, 2, 3, 6] {
            ticks = month_ticks(first, last, step);
            if ticks.len() as f64 <= max_ticks {
                break;
            }
        }
        return ticks;
    }
    let years_span = span / 365.25;
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|step| years_span / f64::from(*step) <= max_ticks)
        .unwrap_or(100);
    let mut year = first.year() + i32::from(first.month() != 1 || first.day() != 1);
    year += (step - year.rem_euclid(step)) % step;
    while let Some(date) = Date::from_ymd(year, 1, 1) {
        if date > last {
            break;
        }
        ticks.push(Tick {
            value: f64::from(date.days_since_epoch()),
            label: year.to_string(),
        });
        year += step;
    }
    ticks
}

/// Event-time ticks: day 0 always when in range, then multiples of a week-based step.
pub fn day_offset_ticks(start: f64, end: f64, max_ticks: usize) -> Vec<Tick> {
    let span = end - start;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let max_ticks = max_ticks.max(2) as f64;
    let step = [
        1.0, 2.0, 7.0, 14.0, 28.0, 56.0, 91.0, 182.0, 364.0, 728.0, 1820.0, 3640.0,
    ]
    .into_iter()
    .find(|step| span / step <= max_ticks)
    .unwrap_or(3640.0);
    let mut ticks = Vec::new();
    let mut value = (start / step).ceil() * step;
    while value <= end {
        ticks.push(Tick {
            value,
            label: day_offset_label(value as i32),
        });
        value += step;
    }
    ticks
}

/// Rank ticks from No. 1 down to `bottom`: 1, then round steps.
pub fn rank_ticks(bottom: f64) -> Vec<Tick> {
    let step = match bottom {
        b if b <= 20.0 => 5.0,
        b if b <= 60.0 => 10.0,
        b if b <= 120.0 => 20.0,
        b if b <= 300.0 => 50.0,
        _ => 100.0,
    };
    let mut ticks = vec![Tick {
        value: 1.0,
        label: "No. 1".to_owned(),
    }];
    let mut value = step;
    while value <= bottom {
        ticks.push(Tick {
            value,
            label: format!("No. {value}"),
        });
        value += step;
    }
    ticks
}

/// Stream counts as short text: "950", "12K", "1.2M".
pub fn short_count(value: f64) -> String {
    let abs = value.abs();
    let (scaled, suffix) = if abs >= 1.0e9 {
        (value / 1.0e9, "B")
    } else if abs >= 1.0e6 {
        (value / 1.0e6, "M")
    } else if abs >= 1.0e3 {
        (value / 1.0e3, "K")
    } else {
        (value, "")
    };
    let text = format!("{scaled:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text}{suffix}")
}

/// The axis range and ticks for stream counts: linear from 0 to a round
/// maximum, or log between powers of ten.
pub fn streams_ticks(min: f64, max: f64, log: bool) -> ((f64, f64), Vec<Tick>) {
    if log {
        let low = 10f64.powf(min.max(1.0).log10().floor());
        let high = 10f64.powf(max.max(low * 10.0).log10().ceil());
        let mut ticks = Vec::new();
        let mut value = low;
        while value <= high * 1.000_001 {
            ticks.push(Tick {
                value,
                label: short_count(value),
            });
            value *= 10.0;
        }
        return ((low, high), ticks);
    }
    let max = if max > 0.0 { max } else { 1.0 };
    let raw_step = max / 5.0;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| max / step <= 5.0)
        .unwrap_or(10.0 * magnitude);
    let top = (max / step).ceil() * step;
    let count = (top / step).round() as usize;
    let ticks = (0..=count)
        .map(|i| {
            let value = step * i as f64;
            Tick {
                value,
                label: short_count(value),
            }
        })
        .collect();
    ((0.0, top), ticks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> f64 {
        f64::from(Date::parse_iso(text).unwrap().days_since_epoch())
    }

    #[test]
    fn months_are_labelled_with_the_year_once() {
        let ticks = date_ticks(day("2022-04-15"), day("2022-09-20"), 8);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["May 2022", "Jun", "Jul", "Aug", "Sep"]);
    }

    #[test]
    fn a_narrow_chart_of_eight_months_gets_the_finest_step_that_fits() {
        // 218 px of plot: two labels. A six-month step would leave one.
        let labels: Vec<String> = date_ticks(day("2022-05-06"), day("2022-12-30"), 2)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, vec!["Jul 2022", "Oct"]);
        let labels: Vec<String> = date_ticks(day("2022-05-06"), day("2022-12-30"), 4)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, vec!["Jul 2022", "Sep", "Nov"]);
        let labels: Vec<String> = date_ticks(day("2021-11-06"), day("2023-02-01"), 5)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, vec!["Jan 2022", "Apr", "Jul", "Oct", "Jan 2023"]);
    }

    #[test]
    fn decades_become_years() {
        let ticks = date_ticks(day("1961-04-24"), day("2026-01-17"), 8);
        assert!(ticks.len() <= 8 && ticks.len() >= 3, "{ticks:?}");
        assert!(ticks.iter().all(|t| t.label.len() == 4));
    }

    #[test]
    fn event_time_reads_days() {
        let labels: Vec<String> = day_offset_ticks(-14.0, 60.0, 8)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(
            labels,
            vec![
                "day −14",
                "day 0",
                "day +14",
                "day +28",
                "day +42",
                "day +56"
            ]
        );
    }

    #[test]
    fn rank_axis_starts_at_number_one() {
        let labels: Vec<String> = rank_ticks(100.0).into_iter().map(|t| t.label).collect();
        assert_eq!(
            labels,
            vec!["No. 1", "No. 20", "No. 40", "No. 60", "No. 80", "No. 100"]
        );
    }

    #[test]
    fn stream_axes_round_up() {
        let ((low, high), ticks) = streams_ticks(41_000.0, 422_000.0, false);
        assert_eq!((low, high), (0.0, 500_000.0));
        assert_eq!(ticks.last().map(|t| t.label.as_str()), Some("500K"));
        let ((low, high), ticks) = streams_ticks(41_000.0, 1_422_000.0, true);
        assert_eq!((low, high), (10_000.0, 10_000_000.0));
        assert_eq!(ticks.len(), 4);
        assert_eq!(short_count(1_250_000.0), "1.2M");
    }
}
