//! The chart's URL state (`songs`, `series`, `align`, `scale`, `from`, `to`,
//! `markers`), read and written.
//!
//! Reading never fails: malformed values are dropped with a [`Notice`], so a
//! mangled link still opens a chart. Writing omits defaults, so links stay
//! short, and reading what was written gives the same query back.

use crate::shortened::shortened;
use crate::table::Notice;
use crate::validate::is_slug;
use crate::Date;

/// The keys this query owns; a page keeps other keys of its own untouched.
pub const CHART_QUERY_KEYS: [&str; 7] =
    ["songs", "series", "align", "scale", "from", "to", "markers"];

/// The `series` value of a chart whose every series the reader has hidden
/// (no chart key or series id is this word).
pub const NO_SERIES: &str = "none";

/// Most songs one chart takes from a link (more would be unreadable).
pub const MAX_SONGS: usize = 12;

/// Most series selectors read from a link.
pub const MAX_SERIES: usize = 64;

/// Largest day offset accepted in `from`/`to` (about 270 years).
const MAX_DAY_OFFSET: i32 = 100_000;

/// What the x axis measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Align {
    /// Calendar dates.
    #[default]
    Calendar,
    /// Days since each song's release marker ("event time"): songs from
    /// different shows and years line up at day 0.
    Release,
}

/// How stream counts are scaled (ranks always use an inverted linear axis).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scale {
    /// Linear from zero.
    #[default]
    Linear,
    /// Logarithmic (powers of ten).
    Log,
}

/// One end of the visible x range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RangeBound {
    /// A calendar date (`from=2022-05-01`), used with calendar alignment.
    Date(Date),
    /// Days from the release (`from=-14`), used with release alignment.
    Day(i32),
}

impl RangeBound {
    /// The URL form: `2022-05-01` or `-14`.
    pub fn to_query_value(self) -> String {
        match self {
            RangeBound::Date(date) => date.to_string(),
            RangeBound::Day(day) => day.to_string(),
        }
    }

    /// Reads `2022-05-01`, `-14`, `+60` or `60`.
    pub fn parse(text: &str) -> Option<RangeBound> {
        if let Ok(date) = Date::parse_iso(text) {
            return Some(RangeBound::Date(date));
        }
        let digits = text.strip_prefix('+').unwrap_or(text);
        let (negative, digits) = match digits.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, digits),
        };
        if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let magnitude: i32 = digits.parse().ok()?;
        if magnitude > MAX_DAY_OFFSET {
            return None;
        }
        Some(RangeBound::Day(if negative {
            -magnitude
        } else {
            magnitude
        }))
    }
}

/// What the reader asked the chart to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartQuery {
    /// Song ids (`songs=a,b`), in the order given; the page may supply its own.
    pub songs: Vec<String>,
    /// Series shown (`series=billboard-hot-100,spotify-us-daily-streams`):
    /// each entry is a chart key (the part of a series id after the song id)
    /// or a whole series id. Empty means every series of the songs (or the
    /// page's default); [`NO_SERIES`] alone, none.
    pub series: Vec<String>,
    /// Alignment, when the link states one (the page has its own default).
    pub align: Option<Align>,
    /// Scale of stream counts.
    pub scale: Scale,
    /// Start of the visible range, when zoomed.
    pub from: Option<RangeBound>,
    /// End of the visible range, when zoomed.
    pub to: Option<RangeBound>,
    /// Whether release and episode markers are drawn (`markers=0` hides them).
    pub markers: bool,
}

impl Default for ChartQuery {
    fn default() -> Self {
        ChartQuery {
            songs: Vec::new(),
            series: Vec::new(),
            align: None,
            scale: Scale::Linear,
            from: None,
            to: None,
            markers: true,
        }
    }
}

/// Whether a text can name a series: slugs joined by at most one dot.
fn is_series_selector(text: &str) -> bool {
    match text.split_once('.') {
        Some((song, chart)) => is_slug(song) && is_slug(chart),
        None => is_slug(text),
    }
}

impl ChartQuery {
    /// Reads the chart state from query pairs. Keys the chart does not own
    /// are left to the page and not reported; a key given twice keeps its
    /// first value.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (ChartQuery, Vec<Notice>) {
        let mut query = ChartQuery::default();
        let mut notices = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        let mut notice = |key: &str, reason: String| notices.push(Notice::new(key, reason));
        for (key, value) in pairs {
            let Some(&owned_key) = CHART_QUERY_KEYS.iter().find(|known| **known == key) else {
                continue;
            };
            if seen.contains(&owned_key) {
                notice(
                    key,
                    "given more than once; the first value is used".to_owned(),
                );
                continue;
            }
            seen.push(owned_key);
            match owned_key {
                "songs" => {
                    for id in value.split(',').filter(|id| !id.is_empty()) {
                        if !is_slug(id) {
                            notice(key, format!("“{}” is not a song id", shortened(id)));
                        } else if query.songs.len() >= MAX_SONGS {
                            notice(key, format!("only the first {MAX_SONGS} songs are charted"));
                            break;
                        } else if !query.songs.iter().any(|known| known == id) {
                            query.songs.push(id.to_owned());
                        }
                    }
                }
                "series" => {
                    for selector in value.split(',').filter(|name| !name.is_empty()) {
                        if !is_series_selector(selector) {
                            notice(
                                key,
                                format!("“{}” is not a series name", shortened(selector)),
                            );
                        } else if query.series.len() >= MAX_SERIES {
                            notice(key, format!("only the first {MAX_SERIES} series are used"));
                            break;
                        } else if !query.series.iter().any(|known| known == selector) {
                            query.series.push(selector.to_owned());
                        }
                    }
                }
                "align" => match value {
                    "calendar" => query.align = Some(Align::Calendar),
                    "release" => query.align = Some(Align::Release),
                    other => notice(
                        key,
                        format!("“{}” is not calendar or release", shortened(other)),
                    ),
                },
                "scale" => match value {
                    "linear" => query.scale = Scale::Linear,
                    "log" => query.scale = Scale::Log,
                    other => notice(key, format!("“{}” is not linear or log", shortened(other))),
                },
                "markers" => match value {
                    "1" => query.markers = true,
                    "0" => query.markers = false,
                    other => notice(key, format!("“{}” is not 0 or 1", shortened(other))),
                },
                "from" | "to" => match RangeBound::parse(value) {
                    Some(bound) if owned_key == "from" => query.from = Some(bound),
                    Some(bound) => query.to = Some(bound),
                    None => notice(
                        key,
                        format!(
                            "“{}” is not a date (YYYY-MM-DD) or a day offset",
                            shortened(value)
                        ),
                    ),
                },
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            let reversed = match (from, to) {
                (RangeBound::Date(a), RangeBound::Date(b)) => a >= b,
                (RangeBound::Day(a), RangeBound::Day(b)) => a >= b,
                _ => false,
            };
            if reversed {
                notice(
                    "to",
                    "the range ends before it starts; showing the whole range".to_owned(),
                );
                query.from = None;
                query.to = None;
            }
        }
        (query, notices)
    }

    /// The query pairs for this state, omitting defaults, in a stable order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.songs.is_empty() {
            pairs.push(("songs", self.songs.join(",")));
        }
        if !self.series.is_empty() {
            pairs.push(("series", self.series.join(",")));
        }
        match self.align {
            Some(Align::Calendar) => pairs.push(("align", "calendar".to_owned())),
            Some(Align::Release) => pairs.push(("align", "release".to_owned())),
            None => {}
        }
        if self.scale == Scale::Log {
            pairs.push(("scale", "log".to_owned()));
        }
        if let Some(from) = self.from {
            pairs.push(("from", from.to_query_value()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_query_value()));
        }
        if !self.markers {
            pairs.push(("markers", "0".to_owned()));
        }
        pairs
    }

    /// The same view with the x range reset to the default.
    pub fn without_range(&self) -> ChartQuery {
        ChartQuery {
            from: None,
            to: None,
            ..self.clone()
        }
    }
}

#[cfg(test)]
#[path = "query/tests.rs"]
mod tests;
