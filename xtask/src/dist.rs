//! `cargo xtask dist [--public-url /<repo>/]`: the release build into `dist/`.
//!
//! After trunk, the build is made ready for static hosts such as GitHub
//! Pages: `404.html` is the built shell, so a direct load of any deep link
//! (`/<repo>/shows/stranger-things`) boots the app, which routes itself; the
//! home page's `index.html` also holds the home intro and the comparison
//! table, painted before the app starts ([`crate::static_pages::home_html`],
//! [`crate::home_table`]), and the app's download waits for that first paint
//! ([`crate::loader`]).
//! Every known route also gets its own copy with its title and link-preview
//! tags ([`crate::static_pages`]), so those deep links answer 200.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::cmd::run as run_command;
use crate::css_bundle::bundle_stylesheets;
use crate::home_table::HomeTable;
use crate::loader::deferred_loader;
use crate::root;
use crate::static_pages::{home_html, write_route_pages};
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

/// Reads `--site-url <https://host>` (the origin the site is served from,
/// for absolute link-preview addresses), without a trailing slash.
pub fn site_url(args: &[String]) -> Option<String> {
    args.iter()
        .position(|arg| arg == "--site-url")
        .and_then(|index| args.get(index + 1))
        .map(|url| url.trim_end_matches('/').to_owned())
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
}

/// Entry point of `cargo xtask dist`.
pub fn run(args: &[String]) -> Result<()> {
    let toolchain = ensure_all(Needs::Build)?;
    build_for(&toolchain, &public_url(args), site_url(args).as_deref())
}

/// Builds the release site for `public_url` into `dist/`.
pub fn build(toolchain: &Toolchain, public_url: &str) -> Result<()> {
    build_for(toolchain, public_url, None)
}

/// Builds the release site for `public_url` into `dist/`; `site_url`, when
/// known, makes the link-preview tags absolute.
pub fn build_for(toolchain: &Toolchain, public_url: &str, site_url: Option<&str>) -> Result<()> {
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
    let html = bundle_stylesheets(&dist_dir(), &html, public_url)?;
    let html = deferred_loader(&html)?;
    let html = with_content_security_policy(&html)?;
    let data_dir = root().join("public/data");
    let bytes =
        fs::read(data_dir.join("index.json")).context("cannot read public/data/index.json")?;
    let dataset = needledrop_core::parse_dataset(&bytes)
        .map_err(|error| anyhow::anyhow!("public/data/index.json: {error}"))?;
    let explorer = HomeTable {
        dataset: &dataset,
        data_dir: &data_dir,
        base: public_url.trim_end_matches('/'),
    }
    .html()?;
    fs::write(&index, home_html(&html, &explorer)?).context("cannot write dist/index.html")?;
    fs::write(dist_dir().join("404.html"), &html).context("cannot write dist/404.html")?;
    let site_root = site_url.map(|site| format!("{site}{public_url}"));
    let routes = write_route_pages(&dist_dir(), &html, &dataset, site_root.as_deref())?;
    eprintln!("dist: wrote {routes} route pages");
    eprintln!("dist: built for {public_url} into {}", dist_dir().display());
    Ok(())
}

/// The Content-Security-Policy of the shipped pages. Scripts: our own files,
/// wasm compilation and trunk's one inline loader (by hash); nothing else
/// inline. Data may be fetched from any https origin (the `data=` import).
fn policy(loader_hash: &str) -> String {
    [
        "default-src 'self'".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{loader_hash}'"),
        "style-src 'self' 'unsafe-inline'".to_owned(),
        "img-src 'self' data: blob:".to_owned(),
        "connect-src 'self' https:".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// Inserts the CSP `<meta>` (with the hash of trunk's inline module loader)
/// right after `<meta charset>`, before any script.
pub fn with_content_security_policy(html: &str) -> Result<String> {
    const OPEN: &str = "<script type=\"module\">";
    let start = html
        .find(OPEN)
        .context("dist/index.html has no inline module loader to hash")?
        + OPEN.len();
    let end = html[start..]
        .find("</script>")
        .context("the inline loader is not closed")?
        + start;
    let hash = base64::engine::general_purpose::STANDARD
        .encode(Sha256::digest(&html.as_bytes()[start..end]));
    let meta = format!(
        "\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&hash)
    );
    let charset = "<meta charset=\"utf-8\">";
    let at = html
        .find(charset)
        .context("dist/index.html has no <meta charset>")?
        + charset.len();
    Ok(format!("{}{}{}", &html[..at], meta, &html[at..]))
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_hashes_exactly_the_inline_loader() {
        let html = "<html><head><meta charset=\"utf-8\"><title>x</title>\n<script type=\"module\">\nimport init from '/a.js';\n</script></head></html>";
        let out = with_content_security_policy(html).unwrap();
        // printf "\nimport init from '/a.js';\n" | openssl dgst -sha256 -binary | base64
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest(b"\nimport init from '/a.js';\n"));
        assert!(out.contains(&format!("'sha256-{expected}'")), "{out}");
        assert!(out.find("Content-Security-Policy").unwrap() < out.find("<script").unwrap());
        assert!(out.contains("script-src 'self' 'wasm-unsafe-eval'"));
        assert!(!out.contains("script-src 'self' 'unsafe-inline'"));
    }

    #[test]
    fn a_page_without_a_loader_is_an_error() {
        assert!(with_content_security_policy("<meta charset=\"utf-8\">").is_err());
    }

    #[test]
    fn public_urls_are_normalised() {
        let url = |s: &str| public_url(&["--public-url".to_owned(), s.to_owned()]);
        assert_eq!(url("needledrop"), "/needledrop/");
        assert_eq!(url("/needledrop/"), "/needledrop/");
        assert_eq!(url("/"), "/");
        assert_eq!(public_url(&[]), "/");
    }

    #[test]
    fn site_urls_are_origins_without_a_trailing_slash() {
        let url = |s: &str| site_url(&["--site-url".to_owned(), s.to_owned()]);
        assert_eq!(
            url("https://u.github.io/").as_deref(),
            Some("https://u.github.io")
        );
        assert_eq!(url("javascript:alert(1)"), None);
        assert_eq!(site_url(&[]), None);
    }
}
