//! Fixed wording that the app draws and the build also writes into the
//! static home page, so the first paint already shows it (and the app, when
//! it takes over, draws the very same text in the same place).

/// The home page's headline.
pub const HOME_HEADLINE: &str = "What the music of streaming shows did to the charts";

/// The home page's lede, under the headline.
pub const HOME_LEDE: &str = "Which songs a show used, where it used them, and what happened to them on the charts afterwards — from public Billboard and Spotify chart archives.";
