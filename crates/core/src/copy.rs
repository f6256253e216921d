//! Fixed wording that the app draws and the build also writes into the
//! static home page, so the first paint already shows it (and the app, when
//! it takes over, draws the very same text in the same place).

/// The home page's headline.
pub const HOME_HEADLINE: &str = "What the music of streaming shows did to the charts";

/// The home page's lede, under the headline.
pub const HOME_LEDE: &str = "Which songs a show used, where it used them, and what happened to them on the charts afterwards — from public Billboard and Spotify chart archives.";

/// The comparison table's caption.
pub const TABLE_CAPTION: &str = "Shows and their soundtracks";

/// Why an article figure cell is a gap.
pub const NOT_IN_ARTICLE: &str = "not in the source article";

/// Why a show's best song peak is a gap.
pub const NO_BEST_PEAK: &str = "no chart entry of its songs after release in our data";

/// Why a season's episode count is a gap.
pub const NO_EPISODE_LIST: &str = "the season's episodes are not listed in our sources";

/// Why a show's charting songs are a gap.
pub const NO_SONGS_KNOWN: &str = "our sources list none of this show's songs";

/// Why a soundtrack entry has no time in its episode.
pub const NO_TIMESTAMP: &str = "the source gives no time in the episode for this song";

/// Why a show's biggest lift is a gap.
pub const NO_LIFT: &str = "no measurable lift in our data";

/// The badge on a best peak reached by a song tied to the show only through fan edits.
pub const FAN_EDITS_BADGE: &str = "fan edits, not in the show";

/// What the article's source line qualifies under the table.
pub const ARTICLE_QUALIFIER: &str =
    "genre, peak chart position, notable artists and fan engagement are the article's own claims";

/// The note under the table on the measured columns.
pub const MEASURED_COLUMNS_NOTE: &str = "Charting songs and best song peak are measured from the chart archives: a song counts when it was on a chart on or after the release it is tied to.";

/// The placeholder of the table's search box.
pub const TABLE_SEARCH_PLACEHOLDER: &str = "Show, genre, artist or song";
