//! One stylesheet, inline in the page, instead of trunk's file per source.
//!
//! trunk writes a `<link rel="stylesheet">` (with subresource integrity)
//! for each `style/*.css`. Every one of them blocks the first paint of the
//! static shell, so `cargo xtask dist` joins them, in their order, into
//! one `<style>` element where the first link was, and removes the files
//! and the other links. Joining them took the first contentful paint from
//! 72 ms to 60 ms against a blank page's 38 ms (`cargo xtask bench` S2);
//! writing the one sheet into the page saves its request too, about 12 ms
//! more of the first paint (A/B of built pages, 24 cold loads a side:
//! 137 → 124 ms; the table itself 135 → 121 ms). Every page of the site
//! carries the same sheet; the app moves between pages without reloading,
//! so a visit reads it once. Comments and the whitespace CSS does not
//! need are left out: they are for the sources' readers, and cost 1.6 KB
//! of the gzip shipped.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

const OPEN: &str = "<link rel=\"stylesheet\" href=\"";
const STYLE_OPEN: &str = "<style>\n";
const STYLE_CLOSE: &str = "</style>";

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
/// into one `<style>` element in place of the first link, removes the
/// other links and the files, and returns the page. A page without
/// stylesheets is returned unchanged.
pub fn bundle_stylesheets(dist: &Path, html: &str, public_url: &str) -> Result<String> {
    let links = links(html);
    if links.is_empty() {
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
    if css.to_ascii_lowercase().contains("</style") {
        bail!("a stylesheet holds \"</style\", which would end the page's <style> element early");
    }
    for link in &links {
        let relative = link.href.strip_prefix(public_url).unwrap_or(&link.href);
        fs::remove_file(dist.join(relative))
            .with_context(|| format!("cannot remove {relative}"))?;
    }
    let mut out = String::with_capacity(html.len() + css.len());
    let mut at = 0;
    for (index, link) in links.iter().enumerate() {
        out.push_str(&html[at..link.start]);
        if index == 0 {
            out.push_str(STYLE_OPEN);
            out.push_str(&css);
            out.push_str(STYLE_CLOSE);
        }
        at = link.end;
    }
    out.push_str(&html[at..]);
    Ok(out)
}

/// The stylesheet a page built by [`bundle_stylesheets`] carries inline,
/// if any: the size budget counts it as shipped.
pub fn inline_stylesheet(html: &str) -> Option<&str> {
    let start = html.find(STYLE_OPEN)? + STYLE_OPEN.len();
    let len = html[start..].find(STYLE_CLOSE)?;
    Some(&html[start..start + len])
}

/// `css` without comments and without the whitespace CSS does not need:
/// a run of whitespace becomes one space, or nothing next to `{`, `}`,
/// `;`, `,` and after `:`, and a block's last `;` goes. Strings (which may
/// hold `/*`, `;` or spaces) are copied as they are.
fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut spaced = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                out.extend(chars.next());
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for c in chars.by_ref() {
                if previous == '*' && c == '/' {
                    break;
                }
                previous = c;
            }
            continue;
        }
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        let joins = out.is_empty()
            || out.ends_with([':', ';', ',', '{', '}'])
            || matches!(c, '{' | '}' | ';' | ',');
        if spaced && !joins {
            out.push(' ');
        }
        spaced = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheets_are_joined_in_order_into_the_page_and_their_files_removed() {
        let dist = std::env::temp_dir().join(format!("needledrop-css-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("a-1.css"), "a { color: red; }").unwrap();
        fs::write(dist.join("b-2.css"), "/* b */\nb {\n  color: blue;\n}").unwrap();
        let html = "<head><link rel=\"icon\" href=\"/x/i.svg\"/>\n<link rel=\"stylesheet\" href=\"/x/a-1.css\" integrity=\"sha384-A\"/>\n<link rel=\"stylesheet\" href=\"/x/b-2.css\" integrity=\"sha384-B\"/>\n<script src=\"boot.js\"></script></head>";
        let out = bundle_stylesheets(&dist, html, "/x/").unwrap();
        assert_eq!(
            out,
            "<head><link rel=\"icon\" href=\"/x/i.svg\"/>\n<style>\na{color:red}b{color:blue}</style>\n\n<script src=\"boot.js\"></script></head>"
        );
        assert_eq!(inline_stylesheet(&out), Some("a{color:red}b{color:blue}"));
        assert!(links(&out).is_empty());
        assert!(!dist.join("a-1.css").exists() && !dist.join("b-2.css").exists());
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_stylesheet_that_would_close_the_style_element_is_refused_and_kept() {
        let dist = std::env::temp_dir().join(format!("needledrop-css-end-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("a.css"), "a::after { content: \"</STYLE>\"; }").unwrap();
        let html = "<link rel=\"stylesheet\" href=\"/x/a.css\"/>";
        let error = bundle_stylesheets(&dist, html, "/x/").unwrap_err();
        assert!(error.to_string().contains("</style"), "{error}");
        assert!(dist.join("a.css").exists());
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn comments_and_needless_whitespace_are_left_out_but_strings_kept() {
        let css = "/* Tokens. */\n:root {\n  --a: 1px; /* one */\n\n  --b: 2px;\n}\n\
                   cite::before { content: \"/* not; a comment */\"; }\n\
                   q::after { content: '\\'*/ ;'; } /* a comment\n   over lines */ a > b,\n.c  .d { e: f }\n\
                   @media (max-width: 40em) and (min-width: 1px) {\n  .g { font: 12px\n    serif; }\n}\n";
        assert_eq!(
            compact(css),
            ":root{--a:1px;--b:2px}\
             cite::before{content:\"/* not; a comment */\"}\
             q::after{content:'\\'*/ ;'}a > b,.c .d{e:f}\
             @media (max-width:40em) and (min-width:1px){.g{font:12px serif}}"
        );
        assert_eq!(compact("a{}/* open to the end"), "a{}");
    }

    #[test]
    fn a_page_without_stylesheets_is_left_alone() {
        let html = "<head><title>t</title></head>";
        assert_eq!(
            bundle_stylesheets(Path::new("/nonexistent"), html, "/x/").unwrap(),
            html
        );
        assert_eq!(inline_stylesheet(html), None);
    }
}
