//! The app's start after the first paint.
//!
//! Trunk writes an inline module that imports the JS glue at once and
//! preloads the wasm from the `<head>`, so the app's download competes with
//! the page's first paint (and a slow phone's first paint waits behind
//! 600 KB). [`deferred_loader`] rewrites it: the static page (header, home
//! intro, loading notice) paints first, then the same preload tags are
//! added, and the app is imported and started. On a fast connection this
//! costs one frame; on a slow one the page shows its content seconds
//! earlier.
//!
//! The JS glue's `modulepreload` keeps its integrity hash. The wasm's
//! `preload` (a fetch) loses its: the browser ignores `integrity` there and
//! says so in the console on every load. Checking the wasm's hash at its
//! fetch instead costs about 20 ms of every start (measured on the home
//! page: the whole file must be hashed before it compiles); the file is
//! same-origin and named by its content hash.

use anyhow::{bail, Context, Result};

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// The text between `prefix` and the next `end` in `text`.
fn between<'a>(text: &'a str, prefix: &str, end: &str) -> Result<&'a str> {
    let start = text
        .find(prefix)
        .with_context(|| format!("the loader has no {prefix}"))?
        + prefix.len();
    let stop = text[start..]
        .find(end)
        .with_context(|| format!("the loader does not close {prefix}"))?;
    Ok(&text[start..start + stop])
}

/// Removes the first `<link rel="{rel}"…>` tag whose text contains `marker`; returns it.
fn take_link(html: &mut String, rel: &str, marker: &str) -> Result<String> {
    let open = format!("<link rel=\"{rel}\"");
    let mut from = 0;
    while let Some(found) = html[from..].find(&open) {
        let start = from + found;
        let end = start
            + html[start..]
                .find('>')
                .with_context(|| format!("a {rel} link is not closed"))?
            + 1;
        if html[start..end].contains(marker) {
            let tag = html[start..end].to_owned();
            html.replace_range(start..end, "");
            return Ok(tag);
        }
        from = end;
    }
    bail!("index.html has no {rel} link for {marker}")
}

/// `tag` without its ` integrity="…"` attribute (as it is without one, or
/// with an unclosed value).
fn without_integrity(tag: &str) -> String {
    const ATTRIBUTE: &str = " integrity=\"";
    let Some(start) = tag.find(ATTRIBUTE) else {
        return tag.to_owned();
    };
    let value_start = start + ATTRIBUTE.len();
    match tag[value_start..].find('"') {
        Some(length) => format!("{}{}", &tag[..start], &tag[value_start + length + 1..]),
        None => tag.to_owned(),
    }
}

/// `html` (trunk's `index.html`) with its loader deferred until after the
/// first paint; see the module documentation.
pub fn deferred_loader(html: &str) -> Result<String> {
    let start = html
        .find(OPEN)
        .context("index.html has no inline module loader")?;
    let end = start
        + html[start..]
            .find(CLOSE)
            .context("the inline loader is not closed")?
        + CLOSE.len();
    let loader = &html[start..end];
    let glue = between(loader, "from '", "'")?.to_owned();
    let wasm = between(loader, "module_or_path: '", "'")?.to_owned();
    if !loader.contains("TrunkApplicationStarted") {
        bail!("the inline loader does not announce the start");
    }
    let mut page = format!("{}{}", &html[..start], &html[end..]);
    let wasm_preload = without_integrity(&take_link(&mut page, "preload", &wasm)?);
    let preloads = [take_link(&mut page, "modulepreload", &glue)?, wasm_preload].concat();
    let quoted = |text: &str| serde_json::to_string(text).context("cannot quote the loader text");
    let script = format!(
        "{OPEN}\n\
// The page paints first (an animation frame, then a task); the app's download starts after.\n\
await new Promise((go) => {{ requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 200); }});\n\
document.head.insertAdjacentHTML('beforeend', {preloads});\n\
const bindings = await import({glue});\n\
const wasm = await bindings.default({{ module_or_path: {wasm} }});\n\
window.wasmBindings = bindings;\n\
dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
{CLOSE}",
        preloads = quoted(&preloads)?,
        glue = quoted(&glue)?,
        wasm = quoted(&wasm)?,
    );
    let at = page.find("</head>").context("index.html has no </head>")?;
    page.insert_str(at, &script);
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape trunk 0.21 writes.
    const TRUNK: &str = "<html><head>\n<script src=\"boot.js\"></script>\n<script type=\"module\">\nimport init, * as bindings from '/nd/app-1.js';\nconst wasm = await init({ module_or_path: '/nd/app-1_bg.wasm' });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n\n</script>\n<link rel=\"modulepreload\" href=\"/nd/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\"><link rel=\"preload\" href=\"/nd/app-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\"></head>\n<body><p>page</p></body></html>";

    #[test]
    fn the_app_is_imported_and_preloaded_only_from_the_deferred_loader() {
        let html = deferred_loader(TRUNK).unwrap();
        // No fetch of the app starts from the markup itself.
        assert!(!html.contains("<link rel=\"modulepreload\""));
        assert!(!html.contains("<link rel=\"preload\""));
        assert!(!html.contains("import init"));
        assert_eq!(html.matches(OPEN).count(), 1);
        let loader = between(&html, OPEN, CLOSE).unwrap();
        let wait = loader.find("requestAnimationFrame").unwrap();
        let preload = loader.find("insertAdjacentHTML").unwrap();
        let import = loader.find("await import(\"/nd/app-1.js\")").unwrap();
        let init = loader
            .find("bindings.default({ module_or_path: \"/nd/app-1_bg.wasm\" })")
            .unwrap();
        let started = loader.find("TrunkApplicationStarted").unwrap();
        assert!(wait < preload && preload < import && import < init && init < started);
        // The glue's preload keeps its hash; the wasm's preload, which
        // ignores one, has none, and is otherwise as trunk wrote it.
        assert!(loader.contains(r#"<link rel=\"modulepreload\" href=\"/nd/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\">"#));
        assert!(loader.contains(r#"<link rel=\"preload\" href=\"/nd/app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"#));
        assert_eq!(loader.matches("integrity").count(), 1);
        // The rest of the page is untouched.
        assert!(html.contains("<script src=\"boot.js\"></script>"));
        assert!(html.ends_with("</head>\n<body><p>page</p></body></html>"));
    }

    #[test]
    fn only_the_integrity_attribute_is_taken_out_of_a_tag() {
        assert_eq!(
            without_integrity("<link a integrity=\"x\" b>"),
            "<link a b>"
        );
        assert_eq!(without_integrity("<link a b>"), "<link a b>");
        assert_eq!(
            without_integrity("<link a integrity=\"x b>"),
            "<link a integrity=\"x b>",
            "an unclosed value is left alone"
        );
    }

    #[test]
    fn an_unexpected_loader_is_an_error_not_a_silent_change() {
        assert!(deferred_loader("<html><head></head></html>").is_err());
        let without_preload = TRUNK.replace("<link rel=\"modulepreload\"", "<link rel=\"x\"");
        assert!(deferred_loader(&without_preload).is_err());
        let without_start = TRUNK.replace("TrunkApplicationStarted", "Other");
        assert!(deferred_loader(&without_start).is_err());
    }
}
