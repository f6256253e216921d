//! `cargo xtask dist [--public-url /<repo>/]`: the release build into `dist/`.
//!
//! After trunk, the build is made ready for static hosts such as GitHub
//! Pages: `404.html` is a copy of `index.html`, so a direct load of any deep
//! link (`/<repo>/shows/stranger-things`) boots the app, which routes itself.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::cmd::run as run_command;
use crate::root;
use crate::tools::{ensure_all, Needs, Toolchain};

/// The folder the release build is written to.
pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

/// Reads `--public-url <url>` from the arguments (default `/`), normalised
/// to start and end with a slash.
pub fn public_url(args: &[String]) -> String {
    let given = args
        .iter()
        .position(|arg| arg == "--public-url")
        .and_then(|index| args.get(index + 1))
        .map(String::as_str)
        .unwrap_or("/");
    let trimmed = given.trim_matches('/');
    if trimmed.is_empty() {
        "/".to_owned()
    } else {
        format!("/{trimmed}/")
    }
}

/// Entry point of `cargo xtask dist`.
pub fn run(args: &[String]) -> Result<()> {
    let toolchain = ensure_all(Needs::Build)?;
    build(&toolchain, &public_url(args))
}

/// Builds the release site for `public_url` into `dist/`.
pub fn build(toolchain: &Toolchain, public_url: &str) -> Result<()> {
    run_command(
        toolchain
            .command("trunk")
            .args([
                "build",
                "--offline",
                "--release",
                "--public-url",
                public_url,
                "--dist",
            ])
            .arg(dist_dir()),
    )?;
    let index = dist_dir().join("index.html");
    let html = fs::read_to_string(&index).context("trunk wrote no dist/index.html")?;
    fs::write(dist_dir().join("404.html"), html).context("cannot write dist/404.html")?;
    eprintln!("dist: built for {public_url} into {}", dist_dir().display());
    Ok(())
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
