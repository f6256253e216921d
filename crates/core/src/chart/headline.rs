//! The one series that sums a song up, for charts of many songs (a show's
//! page) that would be unreadable with every chart of every song at once.

use crate::model::Metric;
use crate::Dataset;

/// The chart of the headline series when a song has it.
const HEADLINE_CHART: &str = "billboard-hot-100";

/// Each song's headline series id, in song order: its Billboard Hot 100
/// run, else its first rank series, else its first series (songs without
/// series give none).
pub fn headline_series(dataset: &Dataset, songs: &[String]) -> Vec<String> {
    songs
        .iter()
        .filter_map(|song| {
            let own = || dataset.series.iter().filter(move |s| &s.song == song);
            own()
                .find(|s| s.chart == HEADLINE_CHART)
                .or_else(|| own().find(|s| s.metric == Metric::Rank))
                .or_else(|| own().next())
                .map(|s| s.id.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_series_prefer_the_hot_100_then_a_rank_chart() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/index.json"
        ))
        .unwrap();
        let dataset = crate::parse_dataset(&bytes).unwrap();
        let with_hot100 = "running-up-that-hill-kate-bush".to_owned();
        let spotify_only = dataset
            .songs
            .iter()
            .find(|song| {
                let own: Vec<_> = dataset
                    .series
                    .iter()
                    .filter(|s| s.song == song.id)
                    .collect();
                !own.is_empty() && own.iter().all(|s| s.chart != HEADLINE_CHART)
            })
            .map(|song| song.id.clone())
            .unwrap();
        let heads = headline_series(
            &dataset,
            &[with_hot100, "no-such-song".to_owned(), spotify_only.clone()],
        );
        assert_eq!(heads.len(), 2);
        assert_eq!(heads[0], "running-up-that-hill-kate-bush.billboard-hot-100");
        let second = dataset.series.iter().find(|s| s.id == heads[1]).unwrap();
        assert_eq!(second.song, spotify_only);
        assert_eq!(second.metric, Metric::Rank);
    }
}
