//! Thinning a run to at most two points per pixel column before drawing.
//!
//! Every point handed to a canvas backend crosses into JavaScript, and a
//! 1,000,000-point series on a 1,000-pixel plot draws the same picture as
//! its lowest and highest value in each column. Keeping both (in their
//! order) preserves every peak and trough.

/// Thins pixel points (sorted by x) to the minimum and maximum y of each
/// whole-pixel column, in their original order; a column with one point
/// keeps it. The first and last points always survive.
pub fn thin_min_max(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let mut out = Vec::with_capacity(points.len().min(4096));
    let mut index = 0;
    while index < points.len() {
        let column = points[index].0.floor();
        let start = index;
        let (mut low, mut high) = (index, index);
        while index < points.len() && points[index].0.floor() == column {
            if points[index].1 < points[low].1 {
                low = index;
            }
            if points[index].1 > points[high].1 {
                high = index;
            }
            index += 1;
        }
        let last = index - 1;
        let mut keep = [start, low, high, last];
        // The first and last points of the whole run anchor its ends; inner
        // columns need only their extremes.
        let ends_only_for_run = |i: usize| i == 0 || i == points.len() - 1;
        keep.sort_unstable();
        let mut previous = None;
        for candidate in keep {
            let wanted = candidate == low || candidate == high || ends_only_for_run(candidate);
            if wanted && previous != Some(candidate) {
                out.push(points[candidate]);
                previous = Some(candidate);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_extremes_of_each_column() {
        // 1,000 points over 10 pixel columns, with a spike and a dip.
        let mut points: Vec<(f64, f64)> = (0..1000).map(|i| (f64::from(i) / 100.0, 50.0)).collect();
        points[437].1 = 3.0;
        points[712].1 = 97.0;
        let thinned = thin_min_max(&points);
        assert!(thinned.len() <= 2 * 10 + 2, "{} points", thinned.len());
        assert!(thinned.contains(&points[437]), "the dip survives");
        assert!(thinned.contains(&points[712]), "the spike survives");
        assert_eq!(thinned.first(), points.first());
        assert_eq!(thinned.last(), points.last());
        assert!(
            thinned.windows(2).all(|pair| pair[0].0 <= pair[1].0),
            "order kept"
        );
    }

    #[test]
    fn sparse_points_pass_through() {
        let points = vec![(0.0, 1.0), (5.0, 2.0), (10.0, 3.0)];
        assert_eq!(thin_min_max(&points), points);
    }

    #[test]
    fn one_million_points_become_at_most_two_per_column() {
        let points: Vec<(f64, f64)> = (0..1_000_000)
            .map(|i| (f64::from(i) / 1000.0, f64::from(i % 977)))
            .collect();
        let thinned = thin_min_max(&points);
        assert!(thinned.len() <= 2 * 1000 + 2);
        let max = points.iter().map(|p| p.1).fold(f64::MIN, f64::max);
        assert!(thinned.iter().any(|p| p.1 == max));
    }
}
