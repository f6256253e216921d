//! `cargo xtask dataset`: builds `public/data/` from `data/sources/`.

/// Runs the dataset build (`--check` compares with the committed files instead of writing).
pub fn run(_args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("the dataset build is not written yet")
}
