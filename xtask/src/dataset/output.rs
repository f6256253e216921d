//! Writing the built documents under `public/data/`, or checking that the
//! committed files equal them.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use super::assemble::BuiltDataset;
use super::fallbacks::{render_fallbacks, FALLBACK_DIR};

/// Folder of the bundled dataset, relative to the workspace root.
pub const DATA_DIR: &str = "public/data";

/// Compact JSON with a final newline: the bytes of one document.
fn document<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec(value)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Every file of the dataset, by path relative to [`DATA_DIR`], in a stable order.
pub fn render(built: &BuiltDataset) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    files.insert("index.json".to_owned(), document(&built.dataset)?);
    files.insert("chart-context.json".to_owned(), document(&built.context)?);
    for file in &built.series_files {
        files.insert(format!("series/{}.json", file.song), document(file)?);
    }
    files.extend(render_fallbacks(built));
    Ok(files)
}

/// The per-song files on disk (series and fallback charts), relative to [`DATA_DIR`].
fn existing_series(data: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for (dir, extension) in [("series", ".json"), (FALLBACK_DIR, ".svg")] {
        let folder = data.join(dir);
        if !folder.exists() {
            continue;
        }
        for entry in std::fs::read_dir(&folder)
            .with_context(|| format!("cannot list {}", folder.display()))?
        {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.ends_with(extension) {
                names.push(format!("{dir}/{name}"));
            }
        }
    }
    names.sort();
    Ok(names)
}

/// Writes the files, removing series files of songs that no longer have series.
pub fn write(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    let data = root.join(DATA_DIR);
    for dir in ["series", FALLBACK_DIR] {
        std::fs::create_dir_all(data.join(dir))
            .with_context(|| format!("cannot create {}", data.display()))?;
    }
    for stale in existing_series(&data)?
        .iter()
        .filter(|name| !files.contains_key(*name))
    {
        std::fs::remove_file(data.join(stale))
            .with_context(|| format!("cannot remove {DATA_DIR}/{stale}"))?;
    }
    for (name, bytes) in files {
        let path = data.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, bytes)
                .with_context(|| format!("cannot write {DATA_DIR}/{name}"))?;
        }
    }
    Ok(())
}

/// The differences between the committed files and `files`, one line each.
pub fn differences(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<String>> {
    let data = root.join(DATA_DIR);
    let mut differences = Vec::new();
    for (name, bytes) in files {
        match std::fs::read(data.join(name)) {
            Ok(committed) if committed == *bytes => {}
            Ok(_) => differences.push(format!("{DATA_DIR}/{name} differs from a fresh build")),
            Err(_) => differences.push(format!("{DATA_DIR}/{name} is missing")),
        }
    }
    for stale in existing_series(&data)?
        .iter()
        .filter(|name| !files.contains_key(*name))
    {
        differences.push(format!("{DATA_DIR}/{stale} is not produced by the build"));
    }
    Ok(differences)
}

/// Fails with every difference listed, if there are any.
pub fn check(root: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    let differences = differences(root, files)?;
    if !differences.is_empty() {
        bail!(
            "the committed dataset is out of date; run `cargo xtask dataset`:\n- {}",
            differences.join("\n- ")
        );
    }
    Ok(())
}
