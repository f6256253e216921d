//! Chart specs from the committed data, and the chart drawn to SVG through
//! the same drawing function the page uses on its canvas.

#[path = "support/bundled.rs"]
mod bundled;

use needledrop_core::chart::{
    build_chart_spec, chart_summary, draw_chart, legend_groups, Align, ChartQuery, ChartRequest,
    ChartSpec, ChartTheme, EmptyReason, LoadedPoints, MarkerKind,
};
use needledrop_core::{Dataset, Date};
use plotters_svg::SVGBackend;

const RUTH: &str = "running-up-that-hill-kate-bush";
const PUPPETS: &str = "master-of-puppets-metallica";

fn query(text: &str) -> ChartQuery {
    let pairs: Vec<(&str, &str)> = text
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| pair.split_once('='))
        .collect();
    let (query, notices) = ChartQuery::from_pairs(pairs);
    assert!(notices.is_empty(), "{notices:?}");
    query
}

fn spec_for(dataset: &Dataset, songs: &[&str], query_text: &str, align: Align) -> ChartSpec {
    let files = bundled::series_files(dataset, songs);
    let points = LoadedPoints::from_files(&files);
    let songs: Vec<String> = songs.iter().map(|s| (*s).to_owned()).collect();
    let query = query(query_text);
    build_chart_spec(dataset, &points, ChartRequest::new(&songs, &query, align))
}

/// One song's chart before any of its points are loaded.
fn spec_before_points(dataset: &Dataset, song: &str) -> ChartSpec {
    let songs = vec![song.to_owned()];
    build_chart_spec(
        dataset,
        &LoadedPoints::default(),
        ChartRequest::new(&songs, &ChartQuery::default(), Align::Calendar),
    )
}

fn day(text: &str) -> f64 {
    f64::from(Date::parse_iso(text).unwrap().days_since_epoch())
}

fn svg_of(spec: &ChartSpec, width: u32, height: u32) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (width, height));
        draw_chart(&mut backend, spec, &ChartTheme::light(), 1.0)
            .expect("drawing to a string cannot fail");
    }
    svg
}

/// Every `<text>` element: its `y` and its content, trimmed.
fn texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let (tag, rest) = element.split_once('>')?;
            let content = rest.split("</text>").next()?.trim().to_owned();
            let y = tag.split(" y=\"").nth(1)?.split('"').next()?.parse().ok()?;
            Some((y, content))
        })
        .collect()
}

/// The `y` of the first `<text>` element whose content is exactly `label`.
fn text_y(svg: &str, label: &str) -> Option<f64> {
    texts(svg)
        .into_iter()
        .find(|(_, content)| content == label)
        .map(|(y, _)| y)
}

fn has_text(svg: &str, label: &str) -> bool {
    texts(svg).iter().any(|(_, content)| content == label)
}

#[test]
fn a_song_chart_marks_its_release_with_the_placements() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, &[RUTH], "", Align::Calendar);
    assert_eq!(spec.empty, None);
    assert_eq!(
        spec.lines.len(),
        4,
        "Hot 100 and three Billboard genre charts"
    );
    let release = spec
        .markers
        .iter()
        .find(|m| m.marker.kind == MarkerKind::Release)
        .expect("a release marker");
    assert_eq!(release.marker.label, "Stranger Things 4 (volume 1)");
    assert_eq!(release.x, day("2022-05-27"));
    assert!(
        release
            .marker
            .placements
            .iter()
            .any(|p| p == "S4E1 at 00:28:09"),
        "{:?}",
        release.marker.placements
    );
    assert!(spec
        .windows
        .contains(&(day("2022-05-27"), day("2022-05-27") + 28.0)));
    let volume_2 = day("2022-07-01");
    assert!(
        spec.markers.iter().any(|m| m.x == volume_2),
        "a later placement in volume 2 is marked too"
    );
    assert_eq!(
        spec.default_x_range,
        (day("2022-05-27") - 56.0, volume_2 + 182.0)
    );
    assert_eq!(spec.x_range, spec.default_x_range);
    assert_eq!(spec.rank_bottom, Some(100.0), "the Hot 100's size");
}

/// The horizontal extent and the row (`y`) of every `<text>` whose content
/// contains `needle`, at the drawing code's own width estimate (0.6 em of
/// 12 px per character), from its `x` and `text-anchor`.
fn label_extents(svg: &str, needle: &str) -> Vec<(f64, f64, f64)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let (tag, rest) = element.split_once('>')?;
            let content = rest.split("</text>").next()?.trim();
            if !content.contains(needle) {
                return None;
            }
            let attribute = |name: &str| -> Option<f64> {
                tag.split(&format!(" {name}=\""))
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            };
            let (x, y) = (attribute("x")?, attribute("y")?);
            let width = content.chars().count() as f64 * 12.0 * 0.6;
            let anchor = tag.split("text-anchor=\"").nth(1)?.split('"').next()?;
            Some(match anchor {
                "end" => (x - width, x, y),
                "middle" => (x - width / 2.0, x + width / 2.0, y),
                _ => (x, x + width, y),
            })
        })
        .collect()
}

/// Every label within `0..width` and clear of the next one in its row.
fn assert_inside_and_apart(labels: &[(f64, f64, f64)], width: u32) {
    for (start, end, _) in labels {
        assert!(
            *start >= 0.0 && *end <= f64::from(width),
            "{width} px: {labels:?}"
        );
    }
    for (index, (_, end, y)) in labels.iter().enumerate() {
        for (start, _, _) in labels[index + 1..].iter().filter(|label| label.2 == *y) {
            assert!(end < start, "{width} px: labels overlap: {labels:?}");
        }
    }
}

#[test]
fn release_labels_stay_inside_the_chart_and_never_overlap() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, &[RUTH], "", Align::Calendar);
    // Volume 1 and volume 2 of Stranger Things 4 are five weeks apart. Wide,
    // the first label goes left of its line and the second right of its
    // own, in one row; narrower, the second goes in a row above the first;
    // at 320 px the second is wider than the room right or left of its
    // line, and at 300 px neither fits.
    for (width, labelled, rows) in [(1200_u32, 2, 1), (640, 2, 2), (320, 1, 1), (300, 0, 0)] {
        let labels = label_extents(&svg_of(&spec, width, 400), "Stranger Things 4");
        assert_eq!(labels.len(), labelled, "{width} px: {labels:?}");
        let mut ys: Vec<u64> = labels.iter().map(|label| label.2 as u64).collect();
        ys.dedup();
        assert_eq!(ys.len(), rows, "{width} px: {labels:?}");
        assert_inside_and_apart(&labels, width);
    }
}

#[test]
fn axis_labels_stay_inside_the_chart_and_never_overlap() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, &[RUTH, PUPPETS], "", Align::Release);
    for width in [1200_u32, 640, 360, 300] {
        let labels = label_extents(&svg_of(&spec, width, 400), "day ");
        assert!(labels.len() >= 2, "{width} px: {labels:?}");
        assert_inside_and_apart(&labels, width);
    }
}

#[test]
fn a_chart_of_several_songs_names_the_song_once_per_group_in_the_legend() {
    let dataset = bundled::dataset();
    let spec = spec_for(&dataset, &[RUTH, PUPPETS], "", Align::Calendar);
    let groups = legend_groups(&spec.lines, false);
    let titles: Vec<Option<&str>> = groups.iter().map(|g| g.song_title.as_deref()).collect();
    assert_eq!(
        titles,
        [
            Some("Running Up That Hill (A Deal With God)"),
            Some("Master of Puppets")
        ]
    );
    for group in &groups {
        let title = group.song_title.as_deref().unwrap_or_default();
        for &index in &group.lines {
            let line = &spec.lines[index];
            assert_eq!(line.song_title, title);
            // The full label keeps the song for the button's accessible name.
            assert_eq!(line.label, format!("{title} — {}", line.chart_label));
        }
    }
    assert_eq!(
        groups.iter().map(|g| g.lines.len()).sum::<usize>(),
        spec.lines.len()
    );
    let hot_100 = &spec.lines[groups[1].lines[0]];
    assert_eq!(hot_100.chart_label, "Billboard Hot 100");

    let one = spec_for(&dataset, &[RUTH], "", Align::Calendar);
    let groups = legend_groups(&one.lines, false);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].song_title, None);
    assert!(one.lines.iter().all(|line| line.label == line.chart_label));
}

#[test]
fn event_time_puts_each_release_at_day_zero() {
    let dataset = bundled::dataset();
    let spec = spec_for(
        &dataset,
        &[RUTH, PUPPETS],
        "series=billboard-hot-100",
        Align::Release,
    );
    assert_eq!(spec.empty, None);
    let puppets = spec
        .lines
        .iter()
        .find(|line| line.series_id == "master-of-puppets-metallica.billboard-hot-100")
        .unwrap();
    assert!(puppets.visible);
    assert_eq!(
        puppets.points[0].x, 15.0,
        "2022-07-16 is day +15 after 2022-07-01"
    );
    assert!(spec
        .markers
        .iter()
        .any(|m| m.x == 0.0 && m.marker.kind == MarkerKind::Release));
    assert_eq!(spec.x_label(15.0), "day +15");
    assert!(spec
        .lines
        .iter()
        .filter(|line| line.visible)
        .all(|line| line.chart_key == "billboard-hot-100"));
}

#[test]
fn charts_say_why_they_are_empty() {
    let dataset = bundled::dataset();
    let out_of_range = spec_for(
        &dataset,
        &[RUTH],
        "from=1990-01-01&to=1990-06-01",
        Align::Calendar,
    );
    assert!(matches!(
        out_of_range.empty,
        Some(EmptyReason::NothingInRange { .. })
    ));
    let no_series = spec_for(&dataset, &[], "", Align::Calendar);
    assert_eq!(no_series.empty, Some(EmptyReason::NoSongs));
    let song_without_series = dataset
        .songs
        .iter()
        .find(|song| !dataset.series.iter().any(|series| series.song == song.id))
        .expect("some song never charted");
    let points = LoadedPoints::default();
    let songs = vec![song_without_series.id.clone()];
    let spec = build_chart_spec(
        &dataset,
        &points,
        ChartRequest::new(&songs, &ChartQuery::default(), Align::Calendar),
    );
    assert_eq!(spec.empty, Some(EmptyReason::NoSeries));
    assert!(spec.empty.unwrap().to_string().contains("no chart series"));
    let svg = svg_of(&out_of_range, 600, 300);
    assert!(
        svg.contains("Nothing was on the chart between"),
        "the reason is drawn"
    );
}

#[test]
fn a_series_the_songs_do_not_have_is_ignored_so_the_default_lines_show_and_none_hides_all() {
    let dataset = bundled::dataset();
    let visible = |spec: &ChartSpec| -> Vec<String> {
        spec.lines
            .iter()
            .filter(|line| line.visible)
            .map(|line| line.chart_key.clone())
            .collect()
    };
    let every = spec_for(&dataset, &[RUTH], "", Align::Calendar);
    let all_keys: Vec<String> = every
        .lines
        .iter()
        .map(|line| line.chart_key.clone())
        .collect();
    assert!(all_keys.len() > 1, "RUTH has several series");
    assert_eq!(visible(&every), all_keys);

    let bogus = spec_for(&dataset, &[RUTH], "series=bogus", Align::Calendar);
    assert_eq!(bogus.empty, None, "drawn, not 'every series is hidden'");
    assert_eq!(visible(&bogus), all_keys);
    let reasons: Vec<&str> = bogus.notices.iter().map(|n| n.reason.as_str()).collect();
    assert_eq!(reasons, vec!["no series “bogus” for these songs"]);

    // One known and one unknown: the known one alone, and a notice for the other.
    let mixed = spec_for(
        &dataset,
        &[RUTH],
        "series=bogus,billboard-hot-100",
        Align::Calendar,
    );
    assert_eq!(visible(&mixed), vec!["billboard-hot-100".to_owned()]);
    assert_eq!(mixed.notices.len(), 1);

    // `series=none`: the reader hid every series, so none shows, with nothing to notice.
    let none = spec_for(&dataset, &[RUTH], "series=none", Align::Calendar);
    assert_eq!(none.empty, Some(EmptyReason::AllHidden));
    assert_eq!(none.notices, vec![]);
    assert_eq!(none.lines.len(), all_keys.len());

    // A page's default selection stands in for a link naming none of the songs' series.
    let files = bundled::series_files(&dataset, &[RUTH]);
    let points = LoadedPoints::from_files(&files);
    let songs = vec![RUTH.to_owned()];
    let default_series = vec![format!("{RUTH}.{}", all_keys[1])];
    for text in ["", "series=bogus"] {
        let asked = query(text);
        let spec = build_chart_spec(
            &dataset,
            &points,
            ChartRequest {
                default_series: &default_series,
                ..ChartRequest::new(&songs, &asked, Align::Calendar)
            },
        );
        assert_eq!(visible(&spec), vec![all_keys[1].clone()], "{text}");
    }
}

#[test]
fn the_svg_has_an_inverted_rank_axis_labels_and_one_path_per_run() {
    let dataset = bundled::dataset();
    let spec = spec_for(
        &dataset,
        &[RUTH],
        "series=billboard-hot-100",
        Align::Calendar,
    );
    let svg = svg_of(&spec, 800, 360);
    let top = text_y(&svg, "No. 1").unwrap_or_else(|| panic!("a No. 1 label in {svg}"));
    let bottom = text_y(&svg, "No. 100").expect("a No. 100 label");
    assert!(
        top < bottom,
        "No. 1 ({top}) is drawn above No. 100 ({bottom})"
    );
    assert!(
        has_text(&svg, "Stranger Things 4 (volume 1)"),
        "the marker is labelled"
    );
    // Volume 2 came out five weeks later: its label fits once volume 1's
    // goes left of its line.
    assert!(
        has_text(&svg, "Stranger Things 4 (volume 2)"),
        "both releases are labelled: {:?}",
        texts(&svg)
    );
    assert!(
        has_text(&svg, "May 2022") && has_text(&svg, "Jul"),
        "month labels: {:?}",
        texts(&svg)
    );
    // The 2022 run of the Hot 100 is one unbroken stretch of weeks: one path.
    let series_paths = svg.matches("<polyline").count();
    assert_eq!(series_paths, 1, "{svg}");
    assert!(
        svg.contains("stroke=\"#0072B2\"") || svg.to_lowercase().contains("stroke=\"#0072b2\"")
    );
}

#[test]
fn a_gap_off_the_chart_is_drawn_as_a_gap() {
    let dataset = bundled::dataset();
    // 1985 and 2022 runs of the Hot 100, decades apart.
    let spec = spec_for(
        &dataset,
        &[RUTH],
        "series=billboard-hot-100&from=1985-01-01&to=2023-01-01",
        Align::Calendar,
    );
    let line = &spec.lines[0];
    let in_range: Vec<f64> = line
        .points
        .iter()
        .map(|p| p.x)
        .filter(|x| (spec.x_range.0..=spec.x_range.1).contains(x))
        .collect();
    let runs = needledrop_core::chart::split_runs(&in_range, line.period_days());
    assert!(runs.len() >= 2);
    let svg = svg_of(&spec, 800, 360);
    let paths = svg.matches("<polyline").count();
    let dots = svg.matches("<circle").count();
    assert_eq!(
        paths + dots,
        runs.len(),
        "one mark per run, none across the gap"
    );
}

#[test]
fn the_text_summary_tells_the_spike() {
    let dataset = bundled::dataset();
    let files = bundled::series_files(&dataset, &[RUTH]);
    let points = LoadedPoints::from_files(&files);
    let songs = vec![RUTH.to_owned()];
    let query = ChartQuery::default();
    let spec = build_chart_spec(
        &dataset,
        &points,
        ChartRequest::new(&songs, &query, Align::Calendar),
    );
    let summary = chart_summary(&dataset, &points, &spec, None);
    assert!(
        summary.contains(
            "Running Up That Hill (A Deal With God) rose from off the chart to No. 3 on the Billboard Hot 100 within 10 weeks of Stranger Things 4 (volume 1)."
        ),
        "{summary}"
    );
}

#[test]
fn an_embed_says_its_link_names_no_song_and_fails_on_any_empty_chart_but_loading() {
    let dataset = bundled::dataset();
    let no_songs = spec_for(&dataset, &[], "", Align::Calendar).for_embed();
    assert_eq!(no_songs.empty, Some(EmptyReason::NoSongsInLink));
    assert!(no_songs
        .empty
        .as_ref()
        .unwrap()
        .to_string()
        .contains("songs="));
    assert_eq!(no_songs.embed_failure(), Some(&EmptyReason::NoSongsInLink));
    // On a phone-width canvas the reason is drawn in whole lines, each
    // inside the canvas, which read together as the reason.
    let svg = svg_of(&no_songs, 320, 200);
    let lines: Vec<String> = svg
        .split("<text")
        .skip(1)
        .filter_map(|element| element.split_once('>'))
        .filter_map(|(_, rest)| rest.split_once("</text>"))
        .map(|(text, _)| text.trim().replace("&apos;", "'"))
        .collect();
    assert!(lines.len() >= 3, "{lines:?}");
    assert!(
        lines
            .iter()
            .all(|line| line.chars().count() * 12 * 6 / 10 <= 320 - 24),
        "{lines:?}"
    );
    assert_eq!(
        lines.join(" "),
        no_songs.empty.as_ref().unwrap().to_string()
    );
    // Other reasons pass through unchanged, and each is a failure.
    let out_of_range = spec_for(
        &dataset,
        &[RUTH],
        "from=1990-01-01&to=1990-06-01",
        Align::Calendar,
    )
    .for_embed();
    assert!(matches!(
        out_of_range.embed_failure(),
        Some(EmptyReason::NothingInRange { .. })
    ));
    let unknown = spec_before_points(&dataset, "no-such-song").for_embed();
    assert_eq!(
        unknown.embed_failure(),
        Some(&EmptyReason::UnknownSongs(vec!["no-such-song".to_owned()]))
    );
    // A drawn chart, and one whose points are still loading, are no failure.
    let drawn = spec_for(&dataset, &[RUTH], "", Align::Calendar).for_embed();
    assert_eq!((drawn.empty.as_ref(), drawn.embed_failure()), (None, None));
    let loading = spec_before_points(&dataset, RUTH).for_embed();
    assert_eq!(
        (loading.empty.clone(), loading.embed_failure().cloned()),
        (Some(EmptyReason::Loading), None)
    );
}

#[test]
fn songs_without_a_release_fall_back_to_calendar_time_unless_the_link_asks_for_event_time() {
    use needledrop_core::import::{merge_into, ImportedData, ImportedSeries};
    use needledrop_core::model::{Metric, Point};
    let date = |text| Date::parse_iso(text).unwrap();
    let data = ImportedData {
        file_name: "mine.json".into(),
        series: vec![ImportedSeries {
            name: "Mine".into(),
            metric: Metric::Streams,
            points: vec![
                Point {
                    date: date("2024-01-01"),
                    value: 10.0,
                },
                Point {
                    date: date("2024-01-08"),
                    value: 4.0,
                },
            ],
        }],
        ..ImportedData::default()
    };
    let (merged, files) = merge_into(&bundled::dataset(), &data);
    let points = LoadedPoints::from_files(&files);
    let songs = vec![files[0].song.clone()];
    // The compare page defaults to event time: with no release to line up
    // on, its chart is drawn in calendar time, with nothing to report.
    let defaulted = ChartQuery::default();
    let spec = build_chart_spec(
        &merged,
        &points,
        ChartRequest::new(&songs, &defaulted, Align::Release),
    );
    assert_eq!(spec.align, Align::Calendar);
    assert_eq!(spec.empty, None);
    assert!(spec.notices.is_empty(), "{:?}", spec.notices);
    assert_eq!(spec.lines[0].points.len(), 2);
    assert_eq!(spec.lines[0].points[0].x, day("2024-01-01"));
    // Asked for in the link, event time stays, and says why it is empty.
    let asked = query("align=release");
    let spec = build_chart_spec(
        &merged,
        &points,
        ChartRequest::new(&songs, &asked, Align::Release),
    );
    assert_eq!(spec.align, Align::Release);
    assert_eq!(spec.empty, Some(EmptyReason::NoReleaseToAlign));
    assert_eq!(spec.notices.len(), 1, "{:?}", spec.notices);
    // Beside a song with a release, the default stays event time and the
    // series without one is left out with a notice.
    let both = vec![RUTH.to_owned(), files[0].song.clone()];
    let mut all_files = bundled::series_files(&merged, &[RUTH]);
    all_files.extend(files.iter().cloned());
    let points = LoadedPoints::from_files(&all_files);
    let spec = build_chart_spec(
        &merged,
        &points,
        ChartRequest::new(&both, &defaulted, Align::Release),
    );
    assert_eq!(spec.align, Align::Release);
    assert_eq!(spec.empty, None);
    assert!(
        spec.notices[0].reason.contains("tied to no release"),
        "{:?}",
        spec.notices
    );
}
