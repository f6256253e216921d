//! Why a chart draws nothing, in words a reader can act on.

use std::fmt;

/// Why a chart draws no line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmptyReason {
    /// No song was asked for.
    NoSongs,
    /// An embed's link names no song (an embed has no picker to choose one).
    NoSongsInLink,
    /// None of the songs asked for is in the dataset.
    UnknownSongs(Vec<String>),
    /// The songs have no chart series at all.
    NoSeries,
    /// The points are still on their way.
    Loading,
    /// Every series is switched off in the legend.
    AllHidden,
    /// Event time needs a release, and none of the songs is tied to one.
    NoReleaseToAlign,
    /// The visible range holds no point.
    NothingInRange {
        /// Start of the range, as shown on the axis.
        from: String,
        /// End of the range, as shown on the axis.
        to: String,
    },
}

impl fmt::Display for EmptyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmptyReason::NoSongs => f.write_str("Choose a song to chart."),
            EmptyReason::NoSongsInLink => f.write_str(
                "This embed names no song: its link needs songs= and a song's id, as in the code a chart's Embed button gives.",
            ),
            EmptyReason::UnknownSongs(ids) => {
                write!(f, "No song in the dataset has the id {}.", ids.join(", "))
            }
            EmptyReason::NoSeries => f.write_str(
                "There is no chart series for this song: it did not appear on any chart we have.",
            ),
            EmptyReason::Loading => f.write_str("Loading chart points…"),
            EmptyReason::AllHidden => {
                f.write_str("Every series is hidden: turn one on in the legend.")
            }
            EmptyReason::NoReleaseToAlign => f.write_str(
                "No release is tied to these songs, so they cannot be lined up on release day.",
            ),
            EmptyReason::NothingInRange { from, to } => {
                write!(
                    f,
                    "Nothing was on the chart between {from} and {to}: zoom out or reset."
                )
            }
        }
    }
}
