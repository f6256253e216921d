//! How the comparison table words a show's biggest lift.

use crate::stats::{LiftMeasure, ShowLift};

/// A lift in words: the headline (`+87 places`, `3.4× streams`) and the
/// detail line (`from No. 88 to No. 1 · Billboard Hot 100 after Season 4`).
#[derive(Clone, Debug, PartialEq)]
pub struct LiftText {
    /// The size of the lift.
    pub headline: String,
    /// What it was measured from, on which chart, after which release.
    pub detail: String,
}

/// The words for `lift`.
pub fn lift_text(lift: &ShowLift) -> LiftText {
    let (headline, measured) = match lift.measure {
        LiftMeasure::RankGained {
            from_off_chart: true,
            to,
            ..
        } => (
            format!(
                "+{} places",
                lift.measure.places_gained().unwrap_or_default()
            ),
            format!("from off the chart to No. {to}"),
        ),
        LiftMeasure::RankGained { from, to, .. } => (
            format!("+{} places", from - to),
            format!("from No. {from} to No. {to}"),
        ),
        LiftMeasure::StreamsRatio(ratio) => (
            format!("{ratio:.1}× streams"),
            "peak over the pre-release baseline".to_owned(),
        ),
    };
    LiftText {
        headline,
        detail: format!(
            "{measured} · {} after {}",
            lift.chart_title, lift.release_title
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lift(measure: LiftMeasure) -> ShowLift {
        ShowLift {
            show: "stranger-things".into(),
            song: "running-up-that-hill-kate-bush".into(),
            series: "s".into(),
            chart_title: "Billboard Hot 100".into(),
            release_title: "Season 4".into(),
            measure,
        }
    }

    #[test]
    fn rank_lifts_count_places_and_say_where_from() {
        let text = lift_text(&lift(LiftMeasure::RankGained {
            from: 88.0,
            to: 3.0,
            from_off_chart: false,
        }));
        assert_eq!(text.headline, "+85 places");
        assert_eq!(
            text.detail,
            "from No. 88 to No. 3 · Billboard Hot 100 after Season 4"
        );
    }

    #[test]
    fn streams_lifts_are_a_ratio_to_one_decimal() {
        let text = lift_text(&lift(LiftMeasure::StreamsRatio(3.456)));
        assert_eq!(text.headline, "3.5× streams");
        assert!(text
            .detail
            .starts_with("peak over the pre-release baseline · "));
    }
}
