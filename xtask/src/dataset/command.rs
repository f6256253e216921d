//! The `cargo xtask dataset [--check]` command.

use anyhow::{bail, Result};

use super::archive;
use super::assemble::build;
use super::output::{check, render, write, DATA_DIR};

/// Runs the dataset build (`--check` compares with the committed files instead of writing).
pub fn run(args: &[String]) -> Result<()> {
    let check_only = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("usage: cargo xtask dataset [--check]"),
    };
    let root = crate::root();
    let built = build(&root)?;
    let mut files = render(&built)?;
    let built_archive = archive::build(&root)?;
    files.extend(built_archive.files);
    if check_only {
        check(&root, &files)?;
        archive::check_stale(&root, &files)?;
        println!("{DATA_DIR} is up to date ({} files)", files.len());
    } else {
        archive::prepare(&root, &files)?;
        write(&root, &files)?;
        println!("{}", archive::summary(&built_archive.manifest));
        let dataset = &built.dataset;
        let points: usize = built
            .series_files
            .iter()
            .flat_map(|f| &f.series)
            .map(|s| s.points.len())
            .sum();
        println!(
            "wrote {DATA_DIR}: {} shows, {} songs, {} placements, {} series, {points} points, {} files",
            dataset.shows.len(),
            dataset.songs.len(),
            dataset.placements.len(),
            dataset.series.len(),
            files.len()
        );
    }
    Ok(())
}
