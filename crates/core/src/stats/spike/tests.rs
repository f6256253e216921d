use super::*;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn daily(start: &str, values: &[f64]) -> Vec<Point> {
    let first = date(start).days_since_epoch();
    values
        .iter()
        .enumerate()
        .map(|(i, &value)| Point {
            date: Date::from_days_since_epoch(first + i as i32).unwrap(),
            value,
        })
        .collect()
}

fn streams_input<'a>(points: &'a [Point], release: &str) -> SpikeInput<'a> {
    SpikeInput {
        points,
        metric: Metric::Streams,
        frequency: Frequency::Daily,
        chart_size: Some(200),
        release: date(release),
        coverage: Some((date("2000-01-01"), date("2030-12-31"))),
    }
}

#[test]
fn a_flat_100_jumping_to_900_is_a_lift_of_nine() {
    let mut values = vec![100.0; 60];
    values.extend(vec![900.0; 200]);
    let points = daily("2022-04-01", &values);
    let release = points[60].date.to_string();
    let stats = spike_stats(streams_input(&points, &release));
    assert_eq!(
        stats.baseline,
        Baseline::Level {
            value: 100.0,
            points: 56
        }
    );
    assert_eq!(stats.lift, Some(9.0));
    assert_eq!(stats.days_to_peak, Some(0));
    assert_eq!(stats.excess_streams, Some(800.0 * 183.0));
    assert_eq!(stats.excess_days, 183);
    assert_eq!(
        stats.plateau.and_then(|p| p.ratio),
        Some(9.0),
        "it stayed at 900"
    );
    assert_eq!(stats.half_life_days, None, "it never decayed");
    assert_eq!(stats.days_to_entry, None, "it was on the chart before");
}

#[test]
fn an_exact_exponential_decay_gives_its_half_life() {
    let half_life = 7.5;
    let mut values = vec![100.0; 56];
    values.extend((0..120).map(|t| 100.0 + 800.0 * 2f64.powf(-f64::from(t) / half_life)));
    let points = daily("2022-01-01", &values);
    let release = points[56].date.to_string();
    let stats = spike_stats(streams_input(&points, &release));
    assert_eq!(stats.lift, Some(9.0));
    let found = stats.half_life_days.unwrap();
    assert!((found - half_life).abs() < 1e-9, "{found}");
}

#[test]
fn a_song_off_the_chart_gains_places_from_one_below_it() {
    // Hot 100, weekly: nothing before the release, No. 40 two weeks after, then No. 3.
    let points = vec![
        Point {
            date: date("2022-06-11"),
            value: 40.0,
        },
        Point {
            date: date("2022-06-18"),
            value: 3.0,
        },
        Point {
            date: date("2022-06-25"),
            value: 50.0,
        },
    ];
    let stats = spike_stats(SpikeInput {
        points: &points,
        metric: Metric::Rank,
        frequency: Frequency::Weekly,
        chart_size: Some(100),
        release: date("2022-05-27"),
        coverage: Some((date("1958-08-04"), date("2026-01-17"))),
    });
    assert_eq!(stats.baseline, Baseline::OffChart { level: 101.0 });
    assert_eq!(
        stats.peak,
        Some(Peak {
            date: date("2022-06-18"),
            value: 3.0
        })
    );
    assert_eq!(stats.rank_gained, Some(98.0));
    assert_eq!(stats.days_to_entry, Some(15));
    assert_eq!(stats.days_to_peak, Some(22));
    // Excess 98 at the peak, 51 a week later, 0 off the chart the week after:
    // halving (49) happens between the last two, linearly.
    let expected = 7.0 + 7.0 * (51.0 - 49.0) / 51.0;
    assert!((stats.half_life_days.unwrap() - expected).abs() < 1e-9);
    assert_eq!(stats.lift, None, "lift is for streams");
}

#[test]
fn without_coverage_absence_says_nothing() {
    let points = vec![Point {
        date: date("2022-06-11"),
        value: 40.0,
    }];
    let stats = spike_stats(SpikeInput {
        points: &points,
        metric: Metric::Rank,
        frequency: Frequency::Weekly,
        chart_size: None,
        release: date("2022-05-27"),
        coverage: None,
    });
    assert_eq!(stats.baseline, Baseline::Unknown);
    assert_eq!(stats.rank_gained, None);
    assert_eq!(stats.days_to_entry, None);
    assert_eq!(stats.peak.map(|p| p.value), Some(40.0));
}

#[test]
fn empty_series_give_no_numbers_and_no_panic() {
    let stats = spike_stats(streams_input(&[], "2022-05-27"));
    assert_eq!(stats.peak, None);
    assert_eq!(stats.lift, None);
    assert_eq!(stats.half_life_days, None);
}
