//! The statistics of one series around one release.

use crate::model::{Frequency, Metric, Point};
use crate::Date;

use super::decay::half_life_days;
use super::level::{window_level, Baseline};

/// Days before the release the baseline is taken from.
pub const PRE_WINDOW_DAYS: i32 = 56;
/// Days after the release the peak is looked for in.
pub const POST_WINDOW_DAYS: i32 = 182;
/// The last days of the post window that make the new plateau.
pub const PLATEAU_DAYS: i32 = 28;

/// One series around one release.
#[derive(Clone, Copy, Debug)]
pub struct SpikeInput<'a> {
    /// The series' points, sorted by date.
    pub points: &'a [Point],
    /// Rank or streams.
    pub metric: Metric,
    /// Daily or weekly.
    pub frequency: Frequency,
    /// Positions on the chart, when fixed (absence then means "below the chart").
    pub chart_size: Option<u32>,
    /// The release date.
    pub release: Date,
    /// Dates the chart's data covers; outside it, absence says nothing.
    pub coverage: Option<(Date, Date)>,
}

/// The best point after the release.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Peak {
    /// Chart date.
    pub date: Date,
    /// Rank or streams, as in the data.
    pub value: f64,
}

/// The level at the end of the post-release window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plateau {
    /// Median of the window (ranks: absent periods one below the chart).
    pub level: Baseline,
    /// Level / baseline, for streams with a known baseline.
    pub ratio: Option<f64>,
}

/// What a release did to one series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpikeStats {
    /// The release.
    pub release: Date,
    /// Rank or streams.
    pub metric: Metric,
    /// Level before the release.
    pub baseline: Baseline,
    /// Best point within [`POST_WINDOW_DAYS`] of the release.
    pub peak: Option<Peak>,
    /// Ranks: baseline level minus peak rank (places climbed).
    pub rank_gained: Option<f64>,
    /// Streams: peak / baseline.
    pub lift: Option<f64>,
    /// Days from the release to the first appearance, for a song off the chart before.
    pub days_to_entry: Option<i32>,
    /// Days from the release to the peak.
    pub days_to_peak: Option<i32>,
    /// Days from the peak until the excess over the baseline halves.
    pub half_life_days: Option<f64>,
    /// Streams: sum of (streams − baseline) over the charted days of the post window.
    pub excess_streams: Option<f64>,
    /// Number of charted days that sum covers.
    pub excess_days: usize,
    /// Level in the last [`PLATEAU_DAYS`] of the post window, when the data reach that far.
    pub plateau: Option<Plateau>,
}

fn period_days(frequency: Frequency) -> i32 {
    match frequency {
        Frequency::Daily => 1,
        Frequency::Weekly => 7,
    }
}

/// Points with dates in `from..to` (end excluded).
fn between(points: &[Point], from: Date, to: Date) -> &[Point] {
    let start = points.partition_point(|p| p.date < from);
    let end = points.partition_point(|p| p.date < to);
    &points[start..end.max(start)]
}

/// Computes the statistics of one series around one release.
pub fn spike_stats(input: SpikeInput<'_>) -> SpikeStats {
    let release = input.release;
    let period = period_days(input.frequency);
    let day = |offset: i32| {
        Date::from_days_since_epoch(release.days_since_epoch() + offset).unwrap_or(release)
    };
    let covered = |from: Date, to: Date| {
        input
            .coverage
            .is_some_and(|(first, last)| first <= from && to <= last)
    };
    let off_chart_level = |from: Date, to: Date| {
        input
            .chart_size
            .filter(|_| input.metric == Metric::Rank && covered(from, to))
            .map(|size| f64::from(size) + 1.0)
    };
    let level_of = |from: Date, to: Date| {
        let window = between(input.points, from, to);
        let present: Vec<f64> = window.iter().map(|p| p.value).collect();
        let periods = (from.days_until(to) / period).max(1) as usize;
        let last_day = Date::from_days_since_epoch(to.days_since_epoch() - 1).unwrap_or(to);
        window_level(
            &present,
            periods.saturating_sub(present.len()),
            off_chart_level(from, last_day),
        )
    };

    let pre_start = day(-PRE_WINDOW_DAYS);
    let baseline = level_of(pre_start, release);
    let post = between(input.points, release, day(POST_WINDOW_DAYS + 1));
    let peak_index = match input.metric {
        Metric::Rank => post
            .iter()
            .enumerate()
            .min_by(|a, b| a.1.value.total_cmp(&b.1.value).then(a.0.cmp(&b.0))),
        Metric::Streams => post
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.value.total_cmp(&b.1.value).then(b.0.cmp(&a.0))),
    }
    .map(|(index, _)| index);
    let peak = peak_index.map(|index| Peak {
        date: post[index].date,
        value: post[index].value,
    });
    let base = baseline.level();
    let rank_gained = match (input.metric, base, peak) {
        (Metric::Rank, Some(level), Some(peak)) => Some(level - peak.value),
        _ => None,
    };
    let lift = match (input.metric, base, peak) {
        (Metric::Streams, Some(level), Some(peak)) if level > 0.0 => Some(peak.value / level),
        _ => None,
    };
    let was_off_chart = match baseline {
        Baseline::OffChart { .. } => true,
        Baseline::Unknown => input.metric == Metric::Streams && covered(pre_start, day(-1)),
        Baseline::Level { .. } => false,
    };
    let days_to_entry = post
        .first()
        .filter(|_| was_off_chart)
        .map(|first| release.days_until(first.date));
    let days_to_peak = peak.map(|peak| release.days_until(peak.date));

    // Decay: the excess over the baseline from the peak on, until the song
    // leaves the chart (a rank series then drops to the off-chart level).
    let half_life = match (peak_index, base) {
        (Some(index), Some(level)) => {
            let excess_of = |value: f64| match input.metric {
                Metric::Rank => level - value,
                Metric::Streams => value - level,
            };
            let after_peak =
                &input.points[input.points.partition_point(|p| p.date < post[index].date)..];
            let mut times = Vec::new();
            let mut excess = Vec::new();
            let mut last_charted = post[index].date;
            for point in after_peak {
                if last_charted.days_until(point.date) > period * 3 / 2 {
                    break;
                }
                times.push(f64::from(point.date.days_since_epoch()));
                excess.push(excess_of(point.value));
                last_charted = point.date;
            }
            // The chart after the last one the song was on: it was below the
            // chart then, which a rank series of fixed size can state.
            let next_chart = Date::from_days_since_epoch(last_charted.days_since_epoch() + period);
            if let Some((next, off)) =
                next_chart.and_then(|next| Some((next, off_chart_level(next, next)?)))
            {
                times.push(f64::from(next.days_since_epoch()));
                excess.push(level - off);
            }
            half_life_days(&times, &excess)
        }
        _ => None,
    };

    let (excess_streams, excess_days) = match (input.metric, baseline) {
        (Metric::Streams, Baseline::Level { value, .. }) => {
            (Some(post.iter().map(|p| p.value - value).sum()), post.len())
        }
        _ => (None, 0),
    };

    let plateau_from = day(POST_WINDOW_DAYS - PLATEAU_DAYS);
    let plateau_to = day(POST_WINDOW_DAYS + 1);
    let reaches = input
        .points
        .last()
        .is_some_and(|last| last.date >= plateau_from)
        || covered(plateau_from, day(POST_WINDOW_DAYS));
    let plateau = reaches.then(|| {
        let level = level_of(plateau_from, plateau_to);
        let ratio = match (input.metric, level.level(), base) {
            (Metric::Streams, Some(after), Some(before)) if before > 0.0 => Some(after / before),
            _ => None,
        };
        Plateau { level, ratio }
    });

    SpikeStats {
        release,
        metric: input.metric,
        baseline,
        peak,
        rank_gained,
        lift,
        days_to_entry,
        days_to_peak,
        half_life_days: half_life,
        excess_streams,
        excess_days,
        plateau,
    }
}

#[cfg(test)]
#[path = "spike/tests.rs"]
mod tests;
