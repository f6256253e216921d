//! One stylesheet instead of trunk's one per source file.
//!
//! trunk writes a `<link rel="stylesheet">` (with subresource integrity)
//! for each `style/*.css`. Every one of them blocks the first paint of the
//! static shell, so `cargo xtask dist` joins them, in their order, into
//! `needledrop-<hash>.css`, links that one file with its own integrity hash
//! and removes the parts (measured: first contentful paint 72 ms -> 60 ms
//! against a blank page's 38 ms, `cargo xtask bench` S2). Comments,
//! indentation and blank lines are left out of the joined file: they are
//! for the sources' readers, and cost 1.2 KB of the gzip shipped.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

const OPEN: &str = "<link rel=\"stylesheet\" href=\"";

/// One stylesheet link of the page: its byte range and its `href`.
struct Link {
    start: usize,
    end: usize,
    href: String,
}

/// The stylesheet links of `html`, in document order.
fn links(html: &str) -> Vec<Link> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = html[from..].find(OPEN) {
        let start = from + offset;
        let href_start = start + OPEN.len();
        let Some(href_len) = html[href_start..].find('"') else {
            break;
        };
        let Some(close) = html[href_start..].find('>') else {
            break;
        };
        let end = href_start + close + 1;
        found.push(Link {
            start,
            end,
            href: html[href_start..href_start + href_len].to_owned(),
        });
        from = end;
    }
    found
}

/// Joins the page's stylesheets under `dist` (linked under `public_url`)
/// into one file and returns the page linking it instead. A page with
/// fewer than two stylesheets is returned unchanged.
pub fn bundle_stylesheets(dist: &Path, html: &str, public_url: &str) -> Result<String> {
    let links = links(html);
    if links.len() < 2 {
        return Ok(html.to_owned());
    }
    let mut css = String::new();
    for link in &links {
        let relative = link.href.strip_prefix(public_url).unwrap_or(&link.href);
        let path = dist.join(relative);
        let text = fs::read_to_string(&path)
            .with_context(|| format!("cannot read the stylesheet {}", path.display()))?;
        css.push_str(&compact(&text));
    }
    let digest = Sha256::digest(css.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("needledrop-{hex}.css");
    fs::write(dist.join(&name), &css).with_context(|| format!("cannot write {name}"))?;
    for link in &links {
        let relative = link.href.strip_prefix(public_url).unwrap_or(&link.href);
        fs::remove_file(dist.join(relative))
            .with_context(|| format!("cannot remove {relative}"))?;
    }
    let integrity =
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(css.as_bytes()));
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (index, link) in links.iter().enumerate() {
        out.push_str(&html[at..link.start]);
        if index == 0 {
            out.push_str(&format!(
                "{OPEN}{public_url}{name}\" integrity=\"sha384-{integrity}\"/>"
            ));
        }
        at = link.end;
    }
    out.push_str(&html[at..]);
    Ok(out)
}

/// `css` without comments, indentation and blank lines; strings (which
/// may hold `/*`) are copied as they are. Each line kept ends in `\n`.
fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut line = String::new();
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                line.push(c);
                if c == '\\' {
                    line.extend(chars.next());
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            None if c == '\n' => end_line(&mut out, &mut line),
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                line.push(c);
            }
        }
    }
    end_line(&mut out, &mut line);
    out
}

/// Moves `line`, trimmed, into `out` unless it is blank.
fn end_line(out: &mut String, line: &mut String) {
    let kept = line.trim();
    if !kept.is_empty() {
        out.push_str(kept);
        out.push('\n');
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheets_are_joined_in_order_linked_once_with_integrity_and_removed() {
        let dist = std::env::temp_dir().join(format!("needledrop-css-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("a-1.css"), "a { color: red; }").unwrap();
        fs::write(dist.join("b-2.css"), "b { color: blue; }").unwrap();
        let html = "<head><link rel=\"icon\" href=\"/x/i.svg\"/>\n<link rel=\"stylesheet\" href=\"/x/a-1.css\" integrity=\"sha384-A\"/>\n<link rel=\"stylesheet\" href=\"/x/b-2.css\" integrity=\"sha384-B\"/>\n<script src=\"boot.js\"></script></head>";
        let out = bundle_stylesheets(&dist, html, "/x/").unwrap();
        let css = "a { color: red; }\nb { color: blue; }\n";
        let integrity = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(css));
        let found = links(&out);
        assert_eq!(found.len(), 1, "{out}");
        let name = found[0].href.strip_prefix("/x/").unwrap().to_owned();
        assert!(name.starts_with("needledrop-") && name.ends_with(".css"));
        assert_eq!(fs::read_to_string(dist.join(&name)).unwrap(), css);
        assert!(out.contains(&format!("integrity=\"sha384-{integrity}\"")));
        assert!(out
            .starts_with("<head><link rel=\"icon\" href=\"/x/i.svg\"/>\n<link rel=\"stylesheet\""));
        assert!(out.ends_with("\n\n<script src=\"boot.js\"></script></head>"));
        assert!(!dist.join("a-1.css").exists() && !dist.join("b-2.css").exists());
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn comments_indentation_and_blank_lines_are_left_out_but_strings_kept() {
        let css = "/* Tokens. */\n:root {\n  --a: 1px; /* one */\n\n  --b: 2px;\n}\n\
                   cite::before { content: \"/* not a comment */\"; }\n\
                   q::after { content: '\\'*/'; } /* a comment\n   over lines */ a { b: c }\n";
        assert_eq!(
            compact(css),
            ":root {\n--a: 1px;\n--b: 2px;\n}\n\
             cite::before { content: \"/* not a comment */\"; }\n\
             q::after { content: '\\'*/'; }  a { b: c }\n"
        );
        assert_eq!(compact("a{}/* open to the end"), "a{}\n");
    }

    #[test]
    fn a_page_with_one_stylesheet_is_left_alone() {
        let html = "<link rel=\"stylesheet\" href=\"/x/a.css\"/>";
        assert_eq!(
            bundle_stylesheets(Path::new("/nonexistent"), html, "/x/").unwrap(),
            html
        );
    }
}
