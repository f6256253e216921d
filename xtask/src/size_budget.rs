//! The shipped-size budget (PERFORMANCE.md S1): the gzip size of every
//! `.wasm`, `.js` and `.css` file the site ships and of the stylesheet its
//! pages carry inline (counted once, from `index.html`: a visit reads one
//! page, then the app moves between pages without reloading), the dataset
//! (`data/`) excluded, compressed with flate2's default level like GitHub
//! Pages.
//!
//! `cargo xtask test` checks it after the release build against a no-growth
//! [`CEILING_BYTES`] and states the [`TARGET_BYTES`] beside it; over the
//! ceiling it prints every file's size and a `twiggy` breakdown of the wasm.
//! `cargo xtask bench` reports the same measurement as S1.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::css_bundle::inline_stylesheet;
use crate::root;

/// Bytes in a KB as sizes are reported here.
pub const KB: u64 = 1024;

/// The target of PERFORMANCE.md S1: the app in 120 KB of gzip.
pub const TARGET_BYTES: u64 = 120 * KB;

/// The ceiling the test enforces: no growth. It sits just above the size
/// measured last (2026-11-21: 672.5 KB gzip with the chart archive
/// explorer, its Spotify browser and the `data=` import; 608.5 KB once
/// Leptos erases component types, `--cfg erase_components` in
/// `.cargo/config.toml`; 595.8 KB once JSON paths of errors are worked
/// out from serde_json's position instead of `serde_path_to_error`;
/// 599.8 KB with the prerendered home page's takeover, kept table rows and
/// sparkline placeholders, about 2 KB that buy a table readable at the
/// first paint and no layout shift; 601.0 KB with the row-by-row `data=`
/// CSV import, 1.2 KB for a chart from a 166,650-row CSV 1.56× → 1.24×
/// uPlot; 602.3 KB with its byte-wise dates and whole-number fast path,
/// about 0.9 KB for 1.12× → 0.9× uPlot; 601.2 KB once the archive's
/// download and unpack are compiled once instead of once per archive
/// kind; 601.5 KB with chart labels kept inside the chart and clear of
/// each other, 0.3 KB; 583.5 KB once every sort goes through one compiled
/// stable sort, `needledrop_core::sort`; 585.4 KB with table choices shown
/// before the URL is written, 1.5 KB for S3's sort 1.15× → 1.00× the
/// vanilla page, and dates kept on one line in the table's details, source
/// lines and season lines, 0.35 KB; 587.6 KB once typing in the table's and
/// the archive's search writes the URL when it pauses, 2.4 KB so that
/// Safari, which throws after 100 history writes in 30 s, never ends on the
/// panic page; 586.6 KB once the joined stylesheet leaves out comments,
/// indentation and blank lines, 1.2 KB, which also pays for the cited
/// title's quotation marks, a task boundary after the dataset's parse and
/// the start-up watchdog's note; 587.3 KB with a marker label put left of
/// its line when that leaves room for the next, 0.7 KB, so a chart labels
/// both releases of a season split in two; 587.6 KB with counts in
/// agreement with their nouns, "1 week" for "1 weeks", 0.2 KB; 587.3 KB
/// once the stylesheet is written into the page, counted once, and leaves
/// out the whitespace CSS does not need, 0.4 KB less, which also pays for
/// the base path read once instead of per link, 0.07 KB; 587.4 KB with one
/// `unique_id` for the archive's songs and the import's ids instead of two
/// copies of its loop, 0.08 KB; 588.0 KB with the prerendered sparklines'
/// lines kept through the takeover, 0.6 KB, so the home table's six lines
/// no longer blink out for the frames before the app's own series arrive;
/// 587.8 KB once the table's gap is one component, which the seasons table
/// now uses for a season without an episode list too, 0.2 KB less; 588.0
/// KB with a second row for marker labels, 0.15 KB, so a chart 640 px wide,
/// a usual embed, labels both releases of a season split in two; 587.9
/// KB once the archive's search folds with the table's function, which now
/// has the archive's ASCII shortcut, instead of its own wrapper; 589.1 KB
/// with the legend grouped by song and put under the chart, 1.1 KB, so a
/// song's title is written once instead of before each of its charts, a
/// show's chart names its song even when it has one, and a phone shows a
/// show's chart before its fifteen toggles; the phone table controls in
/// pairs, the table fitting 1280 px and month ticks counted cost 0.1 KB;
/// 589.4 KB with press figures read with grouped digits and ranks as
/// positions, `1,000,000,000 streams` and `No. 2` for `1000000000 streams`
/// and `2 rank`, 0.3 KB, through one digit grouping the tooltip and the
/// archive's messages now share instead of their own two; 591.0 KB with
/// the songs a home-table search finds listed under their show and linked
/// to their pages, 1.6 KB, so a reader who types a song or an artist is one
/// click from it instead of two; 591.7 KB with a notice on song, show and
/// compare pages for a key no view reads, as the home table and embeds
/// already gave, 0.7 KB, through one `unknown_parameters` that embeds now
/// use too; 583.7 KB once the song page's series table writes a region
/// through `region_label` instead of `str::to_uppercase`, the app's last
/// caller of Unicode's upper-casing tables, 8.2 KB less; 583.7 KB once a
/// chart page reads the URL once for its notices and the table folds a
/// search once, 0.1 KB less; 584.6 KB with the home table scrolling with
/// the page from 1280 px, an embed whose link names no song saying so and
/// reporting an error, an empty chart's reason wrapped to its canvas, and
/// one `shortened` and one `song_and_chart` for two copies each, 0.9 KB;
/// 586.0 KB with a song's scenes listed under their own release and
/// episode, 1.4 KB, so Running Up That Hill's four scenes of volume 2 are
/// no longer listed under volume 1's heading; 586.1 KB with the home
/// table's cells capped instead of squeezed from 1280 px, its heading row
/// sticking as one box, and the prerendered sparklines keeping their names
/// for screen readers through the takeover, 0.2 KB; 586.0 KB once one
/// `release_heading` writes a release's heading for the show's soundtrack
/// and a song's scenes, 0.1 KB less; 588.4 KB with a link to each release
/// at the top of a show's soundtrack and links to a section landing on it
/// once the page has rendered, clear of the header however its nav wraps
/// (kept in view while content above it arrives), 2.3 KB, so the home
/// table's "and N more" opens the soundtrack instead of the page's top, and
/// a shared `#season-3` link works; 588.4 KB with one `Season::name` for
/// a release's name in the seasons table, the soundtrack's links and its
/// headings, which each formatted it, 0.05 KB; 582.2 KB once the bundled
/// documents are read by a small JSON reader of the core's own instead of
/// serde's derived visitors, 6.2 KB less; 559.0 KB once every JSON the app
/// reads goes through that reader (a reader's own files, the archive
/// manifest, the data kept in the browser) and what it writes through a
/// small `JsonWriter` (the JSON download, the kept data), so that
/// serde_json and its per-type deserialisers leave the wasm, 23.2 KB
/// less; 550.9 KB once the reader's error is boxed, so that every result
/// it passes along holds a pointer instead of the error's 32 bytes: the
/// reader and the types it reads compile to 60.5 KB of wasm instead of
/// 85.5 KB before wasm-opt, 8.1 KB less gzip; 552.2 KB once the start-up
/// is cut into short tasks (the module's instantiation apart from the
/// app's first build, the home table's rows built a few per task out of
/// sight, the swap waiting for the last), 1.3 KB, which took Lighthouse's
/// mobile total blocking time from 473-680 ms to 118-310 ms; 539.5 KB
/// without leptos-use, whose element size, pixel ratio and non-passive
/// listener are now three small modules of the app's own, 12.7 KB less;
/// 540.4 KB with the routes built a task after the header and footer over
/// the prerendered home, 0.9 KB, which took the longest task of a 4x
/// throttled take-over's mount from 83-187 ms to 62-114 ms; 542.2 KB with
/// a notice for every archive parameter a link gets wrong (`view`, keys no
/// part reads, the finder's filters, the Spotify region, day and jumps),
/// the finder's years taken from the archive, and a home-page genre read
/// as the genre menu spells it or dropped with a notice, 2.1 KB; 542.6 KB
/// with a notice on the data page, a chart's hidden series kept hidden
/// (`series=none`) and the nearest Spotify day shown for a missing one,
/// 0.4 KB; 543.4 KB with the compare picker's Enter adding the first match
/// and its "no match" line, 0.8 KB), so growth
/// fails the test while the work towards [`TARGET_BYTES`] goes
/// on. Lower it whenever the app gets smaller; raise
/// it only with a note of what the extra bytes buy.
pub const CEILING_BYTES: u64 = 543 * KB + KB / 2;

/// The file extensions that count as shipped code and styles.
const SHIPPED: [&str; 3] = ["wasm", "js", "css"];

/// The cargo artefact of the app, which keeps function names.
const NAMED_WASM: &str = "target/wasm32-unknown-unknown/release/needledrop.wasm";

/// One shipped file and its sizes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippedFile {
    /// Path relative to the build folder.
    pub path: PathBuf,
    /// Size on disk in bytes.
    pub raw: u64,
    /// Size once gzip-compressed, in bytes.
    pub gzip: u64,
}

/// Every shipped file of a build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShippedSize {
    /// The files, sorted by path.
    pub files: Vec<ShippedFile>,
}

impl ShippedSize {
    /// The sum of the gzip sizes.
    pub fn gzip(&self) -> u64 {
        self.files.iter().map(|file| file.gzip).sum()
    }

    /// The sum of the sizes on disk.
    pub fn raw(&self) -> u64 {
        self.files.iter().map(|file| file.raw).sum()
    }
}

/// The gzip size of some bytes at flate2's default level (GitHub Pages' gzip).
pub fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |out| out.len() as u64)
}

/// The name the inline stylesheet of `index.html` is listed under.
const INLINE_STYLESHEET: &str = "index.html <style>";

/// Measures every `.wasm`, `.js` and `.css` file under `dist`, except the
/// dataset folder `data/` at its top, and the stylesheet `index.html`
/// carries inline.
pub fn measure(dist: &Path) -> Result<ShippedSize> {
    let mut files = Vec::new();
    if let Ok(page) = fs::read_to_string(dist.join("index.html")) {
        if let Some(css) = inline_stylesheet(&page) {
            files.push(ShippedFile {
                path: PathBuf::from(INLINE_STYLESHEET),
                raw: css.len() as u64,
                gzip: gzip_len(css.as_bytes()),
            });
        }
    }
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            fs::read_dir(&folder).with_context(|| format!("cannot list {}", folder.display()))?;
        for entry in entries {
            let path = entry?.path();
            let relative = path.strip_prefix(dist).unwrap_or(&path).to_path_buf();
            if path.is_dir() {
                if relative != Path::new("data") {
                    folders.push(path);
                }
                continue;
            }
            let shipped = path
                .extension()
                .and_then(|ext| ext.to_str())
                .is_some_and(|ext| SHIPPED.contains(&ext));
            if shipped {
                let bytes =
                    fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
                files.push(ShippedFile {
                    path: relative,
                    raw: bytes.len() as u64,
                    gzip: gzip_len(&bytes),
                });
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(ShippedSize { files })
}

/// A size in KB with one decimal.
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / KB as f64)
}

/// The one-line verdict: the size, the ceiling and the target side by side.
pub fn summary(size: &ShippedSize, ceiling: u64, target: u64) -> String {
    let total = size.gzip();
    let ceiling_verdict = if total <= ceiling { "" } else { ": EXCEEDED" };
    let target_verdict = if total <= target { "met" } else { "not met" };
    format!(
        "shipped {} gzip (wasm + JS + CSS, data/ excluded); ceiling {} (no growth){ceiling_verdict}; target {}: {target_verdict}",
        kb(total),
        kb(ceiling),
        kb(target)
    )
}

/// The per-file table printed when the ceiling is exceeded.
pub fn file_table(size: &ShippedSize) -> String {
    let mut text = String::from("      gzip        raw  file\n");
    for file in &size.files {
        text.push_str(&format!(
            "{:>10} {:>10}  {}\n",
            kb(file.gzip),
            kb(file.raw),
            file.path.display()
        ));
    }
    text.push_str(&format!(
        "{:>10} {:>10}  total\n",
        kb(size.gzip()),
        kb(size.raw())
    ));
    text
}

/// The names of a wasm module's custom sections (`name`, `producers`, …);
/// empty when the bytes are not a wasm module.
pub fn custom_sections(wasm: &[u8]) -> Vec<String> {
    /// Reads an unsigned LEB128 number at `at`, moving past it.
    fn leb(bytes: &[u8], at: &mut usize) -> Option<usize> {
        let mut value = 0usize;
        for shift in (0..35).step_by(7) {
            let byte = *bytes.get(*at)?;
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
    let mut names = Vec::new();
    if !wasm.starts_with(b"\0asm") {
        return names;
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let Some(size) = leb(wasm, &mut at) else {
            break;
        };
        let end = at.saturating_add(size);
        if id == 0 {
            let mut name_at = at;
            if let Some(len) = leb(wasm, &mut name_at) {
                if let Some(name) = wasm.get(name_at..name_at + len) {
                    names.push(String::from_utf8_lossy(name).into_owned());
                }
            }
        }
        at = end;
    }
    names
}

/// `twiggy top -n 25` of the shipped wasm, or of the named cargo artefact
/// when the shipped one has no names (wasm-opt strips them).
pub fn twiggy_breakdown(dist_wasm: &Path) -> String {
    let has_names = fs::read(dist_wasm)
        .is_ok_and(|bytes| custom_sections(&bytes).iter().any(|name| name == "name"));
    let mut text = String::new();
    let wasm = if has_names {
        dist_wasm.to_path_buf()
    } else {
        text.push_str(&format!(
            "{} has no function names (wasm-opt strips them at build time), so twiggy would only list code[N].\n",
            dist_wasm.display()
        ));
        let named = root().join(NAMED_WASM);
        if !named.exists() {
            text.push_str(&format!(
                "Build the named artefact with `cargo build --release --target wasm32-unknown-unknown -p needledrop` and run `twiggy top -n 25 {NAMED_WASM}`.\n"
            ));
            return text;
        }
        text.push_str(&format!(
            "Breakdown of {NAMED_WASM} instead (the same code before wasm-bindgen and wasm-opt: larger, but it ranks the same functions):\n"
        ));
        named
    };
    match Command::new("twiggy")
        .args(["top", "-n", "25"])
        .arg(&wasm)
        .output()
    {
        Ok(output) if output.status.success() => {
            text.push_str(&String::from_utf8_lossy(&output.stdout));
        }
        Ok(output) => text.push_str(&format!(
            "twiggy failed: {}\n",
            String::from_utf8_lossy(&output.stderr).trim()
        )),
        Err(_) => text.push_str(
            "twiggy is not installed: `cargo install twiggy`, then `twiggy top -n 25 <file.wasm>`.\n",
        ),
    }
    text
}

/// The check of `cargo xtask test`: prints the verdict line and, over the
/// ceiling, the per-file sizes and a twiggy breakdown. Returns whether it
/// passed and the verdict line.
pub fn check(dist: &Path) -> (bool, String) {
    let size = match measure(dist) {
        Ok(size) if !size.files.is_empty() => size,
        Ok(_) => {
            return (
                false,
                format!("no .wasm/.js/.css/<style> in {}", dist.display()),
            )
        }
        Err(error) => {
            return (
                false,
                format!("cannot measure {}: {error:#}", dist.display()),
            )
        }
    };
    let line = summary(&size, CEILING_BYTES, TARGET_BYTES);
    eprintln!("size budget: {line}");
    let passed = size.gzip() <= CEILING_BYTES;
    if !passed {
        eprintln!("{}", file_table(&size));
        for file in size
            .files
            .iter()
            .filter(|f| f.path.extension() == Some("wasm".as_ref()))
        {
            eprintln!("{}", twiggy_breakdown(&dist.join(&file.path)));
        }
    }
    (passed, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh empty folder under the system temp folder.
    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("needledrop-size-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(dir: &Path, relative: &str, bytes: &[u8]) {
        let path = dir.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    #[test]
    fn sums_the_gzip_sizes_of_shipped_files_and_skips_the_dataset() {
        let dir = temp_dir("sum");
        let wasm = vec![7u8; 5000];
        let js = b"export function f() { return 1; }\n".repeat(20);
        let css = b"body { margin: 0 }\n".to_vec();
        write(&dir, "app_bg.wasm", &wasm);
        write(&dir, "app.js", &js);
        write(&dir, "shows/nested/style.css", &css);
        let inline = "a { color: red }\n";
        write(
            &dir,
            "index.html",
            format!("<html><head><style>\n{inline}</style></head></html>").as_bytes(),
        );
        write(&dir, "404.html", b"<style>\nnot counted twice</style>");
        write(&dir, "data/index.json", b"{}");
        write(&dir, "data/series/helper.js", b"not shipped code");
        let size = measure(&dir).unwrap();
        let paths: Vec<_> = size.files.iter().map(|f| f.path.clone()).collect();
        assert_eq!(
            paths,
            [
                PathBuf::from("app.js"),
                PathBuf::from("app_bg.wasm"),
                PathBuf::from("index.html <style>"),
                PathBuf::from("shows/nested/style.css")
            ]
        );
        assert_eq!(
            size.gzip(),
            gzip_len(&wasm) + gzip_len(&js) + gzip_len(&css) + gzip_len(inline.as_bytes())
        );
        assert_eq!(
            size.raw(),
            (wasm.len() + js.len() + css.len() + inline.len()) as u64
        );
        assert!(gzip_len(&wasm) < 200, "repetitive bytes compress");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_verdict_states_size_ceiling_and_target() {
        let size = |gzip| ShippedSize {
            files: vec![ShippedFile {
                path: "a.wasm".into(),
                raw: gzip * 3,
                gzip,
            }],
        };
        assert_eq!(
            summary(&size(100 * KB), 120 * KB, 50 * KB),
            "shipped 100.0 KB gzip (wasm + JS + CSS, data/ excluded); ceiling 120.0 KB (no growth); target 50.0 KB: not met"
        );
        assert!(summary(&size(121 * KB), 120 * KB, 50 * KB)
            .contains("ceiling 120.0 KB (no growth): EXCEEDED"));
        assert!(summary(&size(40 * KB), 120 * KB, 50 * KB).ends_with("target 50.0 KB: met"));
    }

    #[test]
    fn the_check_fails_above_the_ceiling() {
        let dir = temp_dir("ceiling");
        // Random-looking bytes barely compress: one file over the ceiling.
        let mut state = 1u32;
        let noise: Vec<u8> = (0..CEILING_BYTES + 4 * KB)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (state >> 24) as u8
            })
            .collect();
        write(&dir, "big.css", &noise);
        let (passed, line) = check(&dir);
        assert!(!passed, "{line}");
        assert!(line.contains("EXCEEDED"), "{line}");
        fs::write(dir.join("big.css"), b"small").unwrap();
        assert!(check(&dir).0);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_empty_build_does_not_pass() {
        let dir = temp_dir("empty");
        assert!(!check(&dir).0);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn lists_custom_sections_of_a_wasm_module() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // A type section (id 1) with one empty byte, then a custom "name" section.
        wasm.extend([1, 1, 0]);
        wasm.extend([0, 6, 4]);
        wasm.extend(b"name");
        wasm.push(0);
        assert_eq!(custom_sections(&wasm), ["name"]);
        assert!(custom_sections(b"not wasm").is_empty());
        // A truncated section stops the walk instead of panicking.
        assert!(custom_sections(b"\0asm\x01\0\0\0\0\x7f").is_empty());
    }
}
