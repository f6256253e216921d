//! The archive explorer's pieces, one per file: load progress, search with
//! a song's whole Hot 100 history, the revival finder and the Spotify
//! daily browser.

mod archive_progress;
mod archive_search;
mod archive_song_chart;
mod open_chart_button;
mod revival_finder;
mod spotify_days;
mod spotify_jumps;

pub use archive_progress::ArchiveProgress;
pub use archive_search::ArchiveSearch;
pub use archive_song_chart::ArchiveSongChart;
pub use open_chart_button::OpenChartButton;
pub use revival_finder::RevivalFinder;
pub use spotify_days::SpotifyDays;
pub use spotify_jumps::SpotifyJumps;
