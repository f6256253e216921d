//! Splitting a series where it left the chart.
//!
//! A date without a point means the song was off the chart, so a line must
//! not be drawn across it: consecutive points more than one chart period
//! apart start a new run.

/// Index ranges of the runs of `days` (sorted day numbers), where a step of
/// more than `period_days` (1 for daily charts, 7 for weekly) starts a new run.
pub fn split_runs(days: &[f64], period_days: f64) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    // Half a period of slack: weekly chart dates moved between weekdays in
    // the Hot 100's history, and one such shift is not a week off the chart.
    let limit = period_days * 1.5;
    for index in 1..days.len() {
        if days[index] - days[index - 1] > limit {
            runs.push(start..index);
            start = index;
        }
    }
    if start < days.len() {
        runs.push(start..days.len());
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_week_splits_the_line() {
        let weeks = [0.0, 7.0, 14.0, 28.0, 35.0];
        assert_eq!(split_runs(&weeks, 7.0), vec![0..3, 3..5]);
    }

    #[test]
    fn consecutive_days_stay_one_run() {
        let days: Vec<f64> = (0..10).map(f64::from).collect();
        assert_eq!(split_runs(&days, 1.0), vec![0..10]);
        assert_eq!(split_runs(&[0.0, 1.0, 3.0], 1.0), vec![0..2, 2..3]);
        assert!(split_runs(&[], 1.0).is_empty());
    }
}
