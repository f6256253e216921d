//! `cargo xtask dataset`: builds `public/data/` from `data/sources/`.
//!
//! The build reads only the files under `data/sources/` (see its README for
//! provenance), links songs to shows, extracts their chart series, derives
//! peaks, validates everything with the core crate's checks and writes
//! compact, deterministic JSON. `--check` builds in memory and fails if the
//! committed files differ. `docs/schema.md` describes the output.

mod archive;
mod archive_sources;
mod assemble;
mod catalogue;
mod charts;
mod command;
mod context;
mod extract;
mod fallbacks;
mod output;
mod peaks;
mod placements;
mod reported;
mod search_links;
mod shows;
mod songs;
mod source_table;
mod ties;

#[cfg(test)]
mod schema_check;
#[cfg(test)]
mod tests;

pub use command::run;
