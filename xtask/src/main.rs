//! `cargo xtask`: one cross-platform entry point for Needledrop's developer tasks.
//!
//! - `serve`: install what is missing, build, serve on http://127.0.0.1:8080/
//! - `test`: install what is missing, then every check and test tier
//! - `dist [--public-url /<repo>/]`: the release build into `dist/`
//! - `dataset [--check]`: rebuild `public/data/` from `data/sources/`
//! - `bench [--quick] [--no-build] [--only S3,S6]`: the benchmarks, into `BENCHMARKS.md`

mod bench;
mod cmd;
mod css_bundle;
mod dataset;
mod dist;
mod home_table;
mod loader;
mod serve;
mod size_budget;
mod static_pages;
mod test;
mod tools;

use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("dist") => dist::run(&args[1..]),
        Some("dataset") => dataset::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("setup") => tools::ensure_all(tools::Needs::Everything).map(|_| ()),
        _ => {
            eprintln!("usage: cargo xtask <serve|test|dist [--public-url /repo/]|dataset [--check]|bench [--quick] [--no-build] [--only S3,S6]|setup>");
            std::process::exit(2);
        }
    };
    if let Err(error) = result {
        eprintln!("xtask: error: {error:#}");
        std::process::exit(1);
    }
}

/// The workspace root (the parent of this crate's folder). Read at run time
/// (`cargo run` sets `CARGO_MANIFEST_DIR`), so a binary built from another
/// checkout never works on the wrong tree.
pub fn root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    Path::new(&manifest_dir)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
