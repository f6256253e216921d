//! One view per route of the URL contract.

mod archive;
mod compare;
mod data;
mod embed;
mod home;
pub mod not_found;
mod show;
mod song;

pub use archive::ArchivePage;
pub use compare::ComparePage;
pub use data::DataPage;
pub use embed::EmbedPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use show::ShowPage;
pub use song::SongPage;
