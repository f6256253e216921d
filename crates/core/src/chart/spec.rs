//! What a chart shows, derived purely from the dataset, the loaded points
//! and the chart query — or why it shows nothing.

use crate::model::Metric;
use crate::table::Notice;
use crate::{Dataset, Date};

use super::chart_line::{song_and_chart, ChartLine, ChartPoint, PlacedMarker};
use super::empty_reason::EmptyReason;
use super::loaded_points::LoadedPoints;
use super::markers::{markers_for_songs, release_anchor, release_title, MarkerKind};
use super::palette::DashPattern;
use super::query::{Align, ChartQuery, RangeBound, Scale, NO_SERIES};

/// Days shown before the first release by default (matches the statistics' pre-release window).
pub const DEFAULT_DAYS_BEFORE: i32 = 56;
/// Days shown after the last release by default (matches the statistics' post-release window).
pub const DEFAULT_DAYS_AFTER: i32 = 182;
/// Length of the shaded window after each release.
pub const POST_RELEASE_WINDOW_DAYS: i32 = 28;

/// What the page asks for.
#[derive(Clone, Copy, Debug)]
pub struct ChartRequest<'a> {
    /// Songs to chart, in legend order.
    pub songs: &'a [String],
    /// The URL's chart query.
    pub query: &'a ChartQuery,
    /// Alignment when the query states none (release on show pages).
    pub default_align: Align,
    /// The show whose release a song is aligned on, when it is tied to several.
    pub preferred_show: Option<&'a str>,
    /// Open on the whole history rather than around the releases (archive songs).
    pub whole_history: bool,
    /// The series shown when the query names none of these songs' series
    /// (a show page's headline charts); every series when empty.
    pub default_series: &'a [String],
}

impl<'a> ChartRequest<'a> {
    /// A request with no preferred show that opens around the releases.
    pub fn new(songs: &'a [String], query: &'a ChartQuery, default_align: Align) -> Self {
        ChartRequest {
            songs,
            query,
            default_align,
            preferred_show: None,
            whole_history: false,
            default_series: &[],
        }
    }
}

/// A chart, ready to lay out and draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Calendar or event time.
    pub align: Align,
    /// Scale of stream counts.
    pub scale: Scale,
    /// Every series of the songs, shown or hidden, in legend order.
    pub lines: Vec<ChartLine>,
    /// Release and episode markers (empty when `markers=0`).
    pub markers: Vec<PlacedMarker>,
    /// Shaded post-release windows, as x ranges.
    pub windows: Vec<(f64, f64)>,
    /// Visible x range.
    pub x_range: (f64, f64),
    /// Range shown on reset.
    pub default_x_range: (f64, f64),
    /// Range of all visible points (zooming out stops there).
    pub x_extent: (f64, f64),
    /// Worst rank at the bottom of the rank axis, when a rank series is visible.
    pub rank_bottom: Option<f64>,
    /// Stream-count range of the streams axis, when a streams series is visible.
    pub streams_range: Option<(f64, f64)>,
    /// Why nothing is drawn, if so.
    pub empty: Option<EmptyReason>,
    /// Parts of the query that could not be used.
    pub notices: Vec<Notice>,
}

impl ChartSpec {
    /// The chart as an embed shows it. An embed has no song picker, so a
    /// link that names no song is a fault of the link, said to its editor.
    pub fn for_embed(mut self) -> Self {
        if self.empty == Some(EmptyReason::NoSongs) {
            self.empty = Some(EmptyReason::NoSongsInLink);
        }
        self
    }

    /// Why an embed of this chart failed: it is empty for any reason but
    /// points still loading (an embed has no controls to mend it with).
    pub fn embed_failure(&self) -> Option<&EmptyReason> {
        self.empty
            .as_ref()
            .filter(|reason| **reason != EmptyReason::Loading)
    }

    /// The lines that are shown and loaded.
    pub fn visible_lines(&self) -> impl Iterator<Item = (usize, &ChartLine)> {
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, line)| line.drawn())
    }

    /// An x value as the axis shows it: a date, or "day +12".
    pub fn x_label(&self, x: f64) -> String {
        match self.align {
            Align::Calendar => Date::from_days_since_epoch(x.round() as i32)
                .map_or_else(String::new, |d| d.to_string()),
            Align::Release => super::axis_ticks::day_offset_label(x.round() as i32),
        }
    }

    /// An x value as a query bound.
    pub fn x_bound(&self, x: f64) -> Option<RangeBound> {
        let day = x.round();
        if !day.is_finite() || day.abs() > 1.0e7 {
            return None;
        }
        match self.align {
            Align::Calendar => Date::from_days_since_epoch(day as i32).map(RangeBound::Date),
            Align::Release => Some(RangeBound::Day(day as i32)),
        }
    }
}

/// The label of a series on a chart of one song ("Billboard Hot 100",
/// "Spotify Top 200, US, daily · streams").
fn chart_label(chart_title: &str, metric: Metric, spotify_style: bool) -> String {
    match (spotify_style, metric) {
        (true, Metric::Rank) => format!("{chart_title} · rank"),
        (_, Metric::Streams) => format!("{chart_title} · streams"),
        (false, Metric::Rank) => chart_title.to_owned(),
    }
}

/// Derives the chart for a request. Never fails: a chart that cannot be
/// drawn carries its [`EmptyReason`].
pub fn build_chart_spec(
    dataset: &Dataset,
    points: &LoadedPoints<'_>,
    request: ChartRequest<'_>,
) -> ChartSpec {
    let query = request.query;
    let mut align = query.align.unwrap_or(request.default_align);
    let mut notices = Vec::new();
    let mut spec = ChartSpec {
        align,
        scale: query.scale,
        lines: Vec::new(),
        markers: Vec::new(),
        windows: Vec::new(),
        x_range: (0.0, 1.0),
        default_x_range: (0.0, 1.0),
        x_extent: (0.0, 1.0),
        rank_bottom: None,
        streams_range: None,
        empty: None,
        notices: Vec::new(),
    };
    if request.songs.is_empty() {
        spec.empty = Some(EmptyReason::NoSongs);
        return spec;
    }
    let known: Vec<&str> = request
        .songs
        .iter()
        .filter(|id| dataset.song(id).is_some())
        .map(String::as_str)
        .collect();
    let unknown: Vec<String> = request
        .songs
        .iter()
        .filter(|id| dataset.song(id).is_none())
        .cloned()
        .collect();
    if known.is_empty() {
        spec.empty = Some(EmptyReason::UnknownSongs(unknown));
        return spec;
    }
    for id in &unknown {
        notices.push(Notice {
            key: "songs".into(),
            reason: format!("no song has the id “{id}”"),
        });
    }
    let several = known.len() > 1;

    // Each song's day 0 in event time.
    let anchors: Vec<(&str, Option<Date>)> = known
        .iter()
        .map(|song| {
            (
                *song,
                release_anchor(dataset, song, request.preferred_show)
                    .map(|(_, season)| season.release_date),
            )
        })
        .collect();
    // The page's default of event time draws nothing when no song is tied
    // to a release (a reader's own series without a marker): calendar time
    // draws them. A link that asks for event time still gets it, and why
    // it is empty.
    if query.align.is_none()
        && align == Align::Release
        && anchors.iter().all(|(_, anchor)| anchor.is_none())
    {
        align = Align::Calendar;
        spec.align = align;
    }
    let anchor_of = |song: &str| {
        anchors
            .iter()
            .find(|(id, _)| *id == song)
            .and_then(|(_, date)| *date)
    };

    let mut lines = Vec::new();
    for song in &known {
        let title = dataset
            .song(song)
            .map_or_else(|| (*song).to_owned(), |s| s.title.clone());
        for series in dataset.series.iter().filter(|series| series.song == *song) {
            let chart_key = series
                .id
                .strip_prefix(&format!("{song}."))
                .unwrap_or(&series.id)
                .to_owned();
            let spotify_style = chart_key.ends_with("-rank") || chart_key.ends_with("-streams");
            let chart_label = chart_label(&series.chart_title, series.metric, spotify_style);
            let label = if several {
                song_and_chart(&title, &chart_label)
            } else {
                chart_label.clone()
            };
            let index = lines.len();
            let release = anchor_of(song);
            let loaded_points = points.get(&series.id);
            let chart_points: Vec<ChartPoint> = match (align, loaded_points) {
                (_, None) => Vec::new(),
                (Align::Calendar, Some(raw)) => raw
                    .iter()
                    .map(|p| ChartPoint {
                        x: f64::from(p.date.days_since_epoch()),
                        value: p.value,
                        date: p.date,
                    })
                    .collect(),
                (Align::Release, Some(raw)) => match release {
                    Some(day0) => raw
                        .iter()
                        .map(|p| ChartPoint {
                            x: f64::from(day0.days_until(p.date)),
                            value: p.value,
                            date: p.date,
                        })
                        .collect(),
                    None => Vec::new(),
                },
            };
            lines.push(ChartLine {
                series_id: series.id.clone(),
                chart_key,
                song_id: (*song).to_owned(),
                song_title: title.clone(),
                chart_title: series.chart_title.clone(),
                label,
                chart_label,
                metric: series.metric,
                frequency: series.frequency,
                chart_size: series.chart_size,
                colour: index,
                dash: DashPattern::for_index(index),
                // Set once every line is known, below.
                visible: !(align == Align::Release && release.is_none()),
                loaded: loaded_points.is_some(),
                points: chart_points,
                release,
            });
        }
    }
    // The series the query names that these songs have; a link naming only
    // others is ignored, with a notice, so the default selection shows.
    let names =
        |selector: &str, line: &ChartLine| line.chart_key == selector || line.series_id == selector;
    let hide_all = query.series == [NO_SERIES];
    let mut selection: Vec<&str> = Vec::new();
    for selector in query.series.iter().filter(|_| !hide_all) {
        if lines.iter().any(|line| names(selector, line)) {
            selection.push(selector);
        } else {
            notices.push(Notice {
                key: "series".into(),
                reason: format!("no series “{selector}” for these songs"),
            });
        }
    }
    if selection.is_empty() {
        selection = request.default_series.iter().map(String::as_str).collect();
    }
    if hide_all || !selection.is_empty() {
        for line in &mut lines {
            line.visible &= !hide_all && selection.iter().any(|selector| names(selector, line));
        }
    }
    if align == Align::Release {
        for (song, anchor) in &anchors {
            if anchor.is_none() {
                notices.push(Notice {
                    key: "align".into(),
                    reason: format!(
                        "“{song}” is tied to no release, so it is left out of event time"
                    ),
                });
            }
        }
    }
    spec.lines = lines;

    // Markers on this chart's x axis.
    if query.markers {
        let mut placed: Vec<PlacedMarker> = Vec::new();
        for marker in markers_for_songs(dataset, &known) {
            let xs: Vec<f64> = match align {
                Align::Calendar => vec![f64::from(marker.date.days_since_epoch())],
                Align::Release => marker
                    .songs
                    .iter()
                    .filter_map(|song| anchor_of(song))
                    .map(|day0| f64::from(day0.days_until(marker.date)))
                    .collect(),
            };
            for x in xs {
                match placed
                    .iter_mut()
                    .find(|p| p.x == x && p.marker.kind == marker.kind)
                {
                    Some(existing) if existing.marker.label != marker.label => {
                        if !existing.marker.label.contains(&marker.label) {
                            existing.marker.label =
                                format!("{} · {}", existing.marker.label, marker.label);
                        }
                        existing
                            .marker
                            .placements
                            .extend(marker.placements.iter().cloned());
                    }
                    Some(_) => {}
                    None => placed.push(PlacedMarker {
                        x,
                        marker: marker.clone(),
                    }),
                }
            }
        }
        crate::sort::sort_by(&mut placed, |a, b| a.x.total_cmp(&b.x));
        spec.windows = placed
            .iter()
            .filter(|p| p.marker.kind == MarkerKind::Release)
            .map(|p| (p.x, p.x + f64::from(POST_RELEASE_WINDOW_DAYS)))
            .collect();
        spec.markers = placed;
    }

    let finish = |mut spec: ChartSpec, reason: Option<EmptyReason>, notices: Vec<Notice>| {
        spec.empty = reason;
        spec.notices = notices;
        spec
    };
    if spec.lines.is_empty() {
        return finish(spec, Some(EmptyReason::NoSeries), notices);
    }
    if align == Align::Release && anchors.iter().all(|(_, anchor)| anchor.is_none()) {
        return finish(spec, Some(EmptyReason::NoReleaseToAlign), notices);
    }
    if !spec.lines.iter().any(|line| line.visible) {
        return finish(spec, Some(EmptyReason::AllHidden), notices);
    }
    if !spec.lines.iter().any(ChartLine::drawn) {
        return finish(spec, Some(EmptyReason::Loading), notices);
    }

    // X extent of the visible data, the default window and the asked range.
    let (low, high) = visible_xs(&spec.lines)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
            (lo.min(x), hi.max(x))
        });
    if !low.is_finite() {
        return finish(spec, Some(EmptyReason::NoSeries), notices);
    }
    // A lone point still gets a week either side so it is not drawn on the frame.
    let extent = if high - low < 14.0 {
        (low - 7.0, high + 7.0)
    } else {
        (low, high)
    };
    spec.x_extent = extent;
    let release_xs: Vec<f64> = match align {
        Align::Calendar => markers_for_songs(dataset, &known)
            .iter()
            .filter(|m| m.kind == MarkerKind::Release)
            .map(|m| f64::from(m.date.days_since_epoch()))
            .collect(),
        Align::Release => vec![0.0],
    };
    let window = release_xs
        .iter()
        .copied()
        .fold(None, |acc: Option<(f64, f64)>, x| match acc {
            None => Some((x, x)),
            Some((lo, hi)) => Some((lo.min(x), hi.max(x))),
        });
    let default_range = window
        .map(|(first, last)| {
            (
                first - f64::from(DEFAULT_DAYS_BEFORE),
                last + f64::from(DEFAULT_DAYS_AFTER),
            )
        })
        .filter(|(from, to)| visible_xs(&spec.lines).any(|x| x >= *from && x <= *to))
        .filter(|_| !request.whole_history)
        .unwrap_or(extent);
    spec.default_x_range = default_range;

    let bound_x = |bound: Option<RangeBound>,
                   key: &str,
                   notices: &mut Vec<Notice>|
     -> Option<f64> {
        match (align, bound?) {
            (Align::Calendar, RangeBound::Date(date)) => Some(f64::from(date.days_since_epoch())),
            (Align::Release, RangeBound::Day(day)) => Some(f64::from(day)),
            (Align::Calendar, RangeBound::Day(_)) => {
                notices.push(Notice {
                    key: key.into(),
                    reason: "a day offset needs align=release; ignored".into(),
                });
                None
            }
            (Align::Release, RangeBound::Date(_)) => {
                notices.push(Notice {
                    key: key.into(),
                    reason: "a date needs align=calendar; ignored".into(),
                });
                None
            }
        }
    };
    let from = bound_x(query.from, "from", &mut notices);
    let to = bound_x(query.to, "to", &mut notices);
    let mut range = (
        from.unwrap_or(default_range.0),
        to.unwrap_or(default_range.1),
    );
    if range.0 >= range.1 {
        range = if from.is_some() {
            (range.0, range.0.max(extent.1) + 7.0)
        } else {
            (range.1.min(extent.0) - 7.0, range.1)
        };
    }
    spec.x_range = range;

    // Y domains from what is visible in the range.
    let mut any_point = false;
    let mut worst_rank: Option<f64> = None;
    let mut streams: Option<(f64, f64)> = None;
    for (_, line) in spec.visible_lines() {
        let mut values = values_in(line, range).peekable();
        any_point |= values.peek().is_some();
        match line.metric {
            Metric::Rank => {
                let observed = values.fold(1.0, f64::max);
                let bottom = line.chart_size.map_or(observed, f64::from).max(observed);
                worst_rank = Some(worst_rank.map_or(bottom, |w| w.max(bottom)));
            }
            Metric::Streams => {
                for value in values.filter(|v| v.is_finite()) {
                    streams = Some(
                        streams.map_or((value, value), |(lo, hi)| (lo.min(value), hi.max(value))),
                    );
                }
            }
        }
    }
    if !any_point {
        let reason = EmptyReason::NothingInRange {
            from: spec.x_label(range.0),
            to: spec.x_label(range.1),
        };
        return finish(spec, Some(reason), notices);
    }
    spec.rank_bottom = worst_rank.map(|worst| worst.max(10.0));
    spec.streams_range = streams;
    finish(spec, None, notices)
}

/// The x of every point of the shown, loaded lines. Walked again where
/// needed rather than collected: a zoom rebuilds the spec, and ten series
/// of 10k points made a 0.8 MB copy each time.
fn visible_xs(lines: &[ChartLine]) -> impl Iterator<Item = f64> + '_ {
    lines
        .iter()
        .filter(|line| line.drawn())
        .flat_map(|line| line.points.iter().map(|p| p.x))
}

/// The values of `line` within the x range.
fn values_in(line: &ChartLine, range: (f64, f64)) -> impl Iterator<Item = f64> + '_ {
    line.points
        .iter()
        .filter(move |p| p.x >= range.0 && p.x <= range.1)
        .map(|p| p.value)
}

/// The release title of a song's day 0, for summaries and tooltips.
pub fn anchor_title(dataset: &Dataset, song: &str, preferred_show: Option<&str>) -> Option<String> {
    release_anchor(dataset, song, preferred_show).map(|(show, season)| release_title(show, season))
}
