//! Robust levels of a window of points: medians, with absence counted as
//! "below the chart" where the chart says so.

/// The median of some values (mean of the middle two for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    crate::sort::sort_by(&mut sorted, f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 0 {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    })
}

/// A series' level before a release.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Baseline {
    /// The median of the window (ranks: absent periods counted one below the chart).
    Level {
        /// The level.
        value: f64,
        /// Points the song had in the window.
        points: usize,
    },
    /// Not on the chart at any time in the window: `level` is one below the
    /// last rank (101 on the Hot 100).
    OffChart {
        /// Chart size + 1.
        level: f64,
    },
    /// No points, and the data cannot tell whether the song was below the chart.
    Unknown,
}

impl Baseline {
    /// The level to compare against, if known.
    pub fn level(self) -> Option<f64> {
        match self {
            Baseline::Level { value, .. } => Some(value),
            Baseline::OffChart { level } => Some(level),
            Baseline::Unknown => None,
        }
    }
}

/// The level of a window: `present` values, plus `absent` periods each counted
/// at `off_chart_level` when given (ranks on a chart of fixed size).
pub(crate) fn window_level(
    present: &[f64],
    absent: usize,
    off_chart_level: Option<f64>,
) -> Baseline {
    match off_chart_level {
        Some(level) if present.is_empty() => Baseline::OffChart { level },
        Some(level) => {
            let mut values = present.to_vec();
            values.extend(std::iter::repeat_n(level, absent));
            median(&values).map_or(Baseline::Unknown, |value| Baseline::Level {
                value,
                points: present.len(),
            })
        }
        None => median(present).map_or(Baseline::Unknown, |value| Baseline::Level {
            value,
            points: present.len(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_resist_one_outlier() {
        assert_eq!(median(&[100.0, 100.0, 100.0, 5000.0, 100.0]), Some(100.0));
        assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn absence_on_a_fixed_chart_counts_as_below_it() {
        assert_eq!(
            window_level(&[], 8, Some(101.0)),
            Baseline::OffChart { level: 101.0 }
        );
        // On the chart 3 weeks of 8: the median is off the chart.
        assert_eq!(
            window_level(&[90.0, 95.0, 99.0], 5, Some(101.0)),
            Baseline::Level {
                value: 101.0,
                points: 3
            }
        );
        assert_eq!(window_level(&[], 8, None), Baseline::Unknown);
    }
}
