//! Half-life of the decay after a peak.

/// Days from the peak (`times[0]`, `excess[0]`) until the excess first falls
/// to half of the peak's, interpolated between the two observations around
/// that moment: on a log scale while both are above zero (exact for an
/// exponential decay), linearly otherwise. `None` if it never halves.
pub fn half_life_days(times: &[f64], excess: &[f64]) -> Option<f64> {
    let (&t0, &peak) = (times.first()?, excess.first()?);
    if peak.is_nan() || peak <= 0.0 || times.len() != excess.len() {
        return None;
    }
    let half = peak / 2.0;
    for index in 1..times.len() {
        let (before, after) = (excess[index - 1], excess[index]);
        if after <= half {
            let (ta, tb) = (times[index - 1], times[index]);
            let crossing = if after > 0.0 && before > 0.0 && before != after {
                ta + (tb - ta) * (before / half).ln() / (before / after).ln()
            } else if before != after {
                ta + (tb - ta) * (before - half) / (before - after)
            } else {
                tb
            };
            return Some(crossing - t0);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exponential_decay_gives_its_half_life() {
        for half_life in [10.0, 7.5, 3.2] {
            let times: Vec<f64> = (0..60).map(f64::from).collect();
            let excess: Vec<f64> = times
                .iter()
                .map(|t| 800.0 * 2f64.powf(-t / half_life))
                .collect();
            let found = half_life_days(&times, &excess).unwrap();
            assert!((found - half_life).abs() < 1e-9, "{found} vs {half_life}");
        }
    }

    #[test]
    fn falling_to_zero_interpolates_linearly() {
        assert_eq!(half_life_days(&[0.0, 7.0], &[98.0, 0.0]), Some(3.5));
        assert_eq!(half_life_days(&[0.0, 7.0], &[98.0, 90.0]), None);
        assert_eq!(half_life_days(&[0.0], &[0.0]), None);
    }
}
