//! The legend's layout: a chart's lines grouped by song, so a chart of
//! several songs names each song once above its charts instead of before
//! every chart.

use super::chart_line::ChartLine;

/// One song's lines in the legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendGroup {
    /// The song's title; `None` when the chart has one song and the page
    /// or title already names it.
    pub song_title: Option<String>,
    /// Indices into the chart's lines, in their order.
    pub lines: Vec<usize>,
}

/// The lines grouped by song, songs in the order their first line comes;
/// titled when there are several songs, or always when `titled` (a show's
/// chart, whose page does not name the song).
pub fn legend_groups(lines: &[ChartLine], titled: bool) -> Vec<LegendGroup> {
    let mut groups: Vec<(&str, LegendGroup)> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        match groups.iter_mut().find(|(song, _)| *song == line.song_id) {
            Some((_, group)) => group.lines.push(index),
            None => groups.push((
                &line.song_id,
                LegendGroup {
                    song_title: Some(line.song_title.clone()),
                    lines: vec![index],
                },
            )),
        }
    }
    let several = titled || groups.len() > 1;
    groups
        .into_iter()
        .map(|(_, mut group)| {
            if !several {
                group.song_title = None;
            }
            group
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(song: &str, chart: &str) -> ChartLine {
        ChartLine::sample(song, chart)
    }

    #[test]
    fn several_songs_are_grouped_in_first_seen_order_with_their_titles() {
        let lines = [
            line("b", "hot-100"),
            line("a", "hot-100"),
            line("b", "airplay"),
        ];
        let groups = legend_groups(&lines, false);
        assert_eq!(
            groups,
            vec![
                LegendGroup {
                    song_title: Some("B".into()),
                    lines: vec![0, 2]
                },
                LegendGroup {
                    song_title: Some("A".into()),
                    lines: vec![1]
                },
            ]
        );
    }

    #[test]
    fn one_song_is_one_group_untitled_unless_asked() {
        let lines = [line("a", "hot-100"), line("a", "airplay")];
        assert_eq!(
            legend_groups(&lines, false),
            vec![LegendGroup {
                song_title: None,
                lines: vec![0, 1]
            }]
        );
        assert_eq!(
            legend_groups(&lines, true),
            vec![LegendGroup {
                song_title: Some("A".into()),
                lines: vec![0, 1]
            }]
        );
    }

    #[test]
    fn no_lines_no_groups() {
        assert!(legend_groups(&[], true).is_empty());
    }
}
