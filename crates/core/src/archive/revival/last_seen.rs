//! What a finder remembers of a song (or artist) while it walks the charts
//! in order: the value at its latest chart and at the chart before that, so
//! a second entry in the same chart never hides the previous chart.

/// The latest two charts something was seen on, with a value for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastSeen<T> {
    latest: Option<(usize, T)>,
    earlier: Option<(usize, T)>,
}

impl<T> Default for LastSeen<T> {
    fn default() -> Self {
        LastSeen {
            latest: None,
            earlier: None,
        }
    }
}

impl<T: Copy> LastSeen<T> {
    /// The chart and value seen last before chart `chart`.
    pub fn before(&self, chart: usize) -> Option<(usize, T)> {
        match self.latest {
            Some((seen, _)) if seen >= chart => self.earlier,
            latest => latest,
        }
    }

    /// Records `value` at `chart` (charts come in order); a second value at
    /// the same chart is combined with the first by `merge`.
    pub fn record(&mut self, chart: usize, value: T, merge: impl FnOnce(T, T) -> T) {
        match self.latest {
            Some((seen, old)) if seen == chart => self.latest = Some((chart, merge(old, value))),
            _ => {
                self.earlier = self.latest;
                self.latest = Some((chart, value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LastSeen;

    #[test]
    fn a_second_entry_in_a_chart_keeps_the_chart_before() {
        let mut seen = LastSeen::default();
        assert_eq!(seen.before(0), None);
        seen.record(3, 40, u32::min);
        seen.record(4, 20, u32::min);
        assert_eq!(seen.before(4), Some((3, 40)));
        seen.record(4, 10, u32::min);
        assert_eq!(
            (seen.before(4), seen.before(5)),
            (Some((3, 40)), Some((4, 10)))
        );
    }
}
