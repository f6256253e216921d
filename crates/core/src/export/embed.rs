//! Embeds: the options an editor picks and the HTML snippet they paste.
//!
//! The snippet is an `<iframe>` of `/embed?…` (same chart query as the
//! page, plus `theme` and `transparent`) with a `title`; with automatic
//! height it is marked `data-needledrop-embed` and followed by the host
//! script, which resizes it from the embed's `needledrop:resize` messages.
//! A `<noscript>` image of the static SVG chart stands in where scripts
//! do not run.

use crate::archive_song::ARCHIVE_QUERY_KEYS;
use crate::chart::CHART_QUERY_KEYS;
use crate::import::DATA_QUERY_KEYS;
use crate::query_string::encode_pairs;
use crate::table::{unknown_parameters, Notice};

use super::html::escape_html;

/// Query keys of the embed view besides the chart query.
pub const EMBED_QUERY_KEYS: [&str; 2] = ["theme", "transparent"];

/// Height the iframe starts at before the embed reports its own.
const INITIAL_HEIGHT: u32 = 520;

/// Colours of the embed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedTheme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl EmbedTheme {
    /// Reads `theme=light|dark|auto`; anything else is `None`.
    pub fn parse(text: &str) -> Option<EmbedTheme> {
        match text {
            "auto" => Some(EmbedTheme::Auto),
            "light" => Some(EmbedTheme::Light),
            "dark" => Some(EmbedTheme::Dark),
            _ => None,
        }
    }

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            EmbedTheme::Auto => "auto",
            EmbedTheme::Light => "light",
            EmbedTheme::Dark => "dark",
        }
    }
}

/// How tall the iframe is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedHeight {
    /// Resized by the host script to the embed's content.
    Auto,
    /// A fixed number of CSS pixels (the embed scrolls if it needs more).
    Fixed(u32),
}

/// What the editor chose in the embed dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Colours.
    pub theme: EmbedTheme,
    /// No background of its own, so the article's shows through.
    pub transparent: bool,
    /// Height behaviour.
    pub height: EmbedHeight,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            theme: EmbedTheme::Auto,
            transparent: false,
            height: EmbedHeight::Auto,
        }
    }
}

impl EmbedOptions {
    /// The embed URL under `site_root` (absolute, ending in `/`) for a
    /// chart query given as pairs. Defaults are left out.
    pub fn embed_url(&self, site_root: &str, chart_pairs: &[(&str, String)]) -> String {
        let mut pairs: Vec<(&str, String)> = chart_pairs.to_vec();
        if self.theme != EmbedTheme::Auto {
            pairs.push(("theme", self.theme.as_str().to_owned()));
        }
        if self.transparent {
            pairs.push(("transparent", "1".to_owned()));
        }
        let query = encode_pairs(&pairs);
        if query.is_empty() {
            format!("{site_root}embed")
        } else {
            format!("{site_root}embed?{query}")
        }
    }
}

/// How the embed view looks, read from its URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedLook {
    /// `theme=`.
    pub theme: EmbedTheme,
    /// `transparent=1`.
    pub transparent: bool,
}

impl EmbedLook {
    /// Reads `theme` and `transparent` from the embed URL's pairs, with a
    /// notice for a bad value and for every key neither the chart nor the
    /// embed knows (the chart query reports its own bad values).
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    ) -> (EmbedLook, Vec<Notice>) {
        let mut look = EmbedLook::default();
        let mut notices = Vec::new();
        for (key, value) in pairs.clone() {
            match key {
                "theme" => match EmbedTheme::parse(value) {
                    Some(theme) => look.theme = theme,
                    None => notices.push(Notice::new(key, "use light, dark or auto".to_owned())),
                },
                "transparent" => match value {
                    "1" | "true" => look.transparent = true,
                    "0" | "false" => look.transparent = false,
                    _ => notices.push(Notice::new(key, "use 1 or 0".to_owned())),
                },
                _ => {}
            }
        }
        notices.extend(unknown_parameters(
            pairs,
            &[
                &["theme", "transparent"][..],
                &CHART_QUERY_KEYS[..],
                &DATA_QUERY_KEYS[..],
                &ARCHIVE_QUERY_KEYS[..],
            ],
        ));
        (look, notices)
    }
}

/// The HTML to paste: the iframe (with `title`), the host script when the
/// height is automatic, and a `<noscript>` image of `fallback_svg` (a path
/// under `site_root`) when there is one.
pub fn embed_snippet(
    site_root: &str,
    embed_url: &str,
    title: &str,
    options: &EmbedOptions,
    fallback_svg: Option<&str>,
) -> String {
    let title = escape_html(title);
    let mut html = match options.height {
        EmbedHeight::Auto => format!(
            "<iframe src=\"{}\" title=\"{title}\" data-needledrop-embed loading=\"lazy\" style=\"width:100%;height:{INITIAL_HEIGHT}px;border:0\"></iframe>\n<script src=\"{}\" async></script>",
            escape_html(embed_url),
            escape_html(&format!("{site_root}embed.js")),
        ),
        EmbedHeight::Fixed(pixels) => format!(
            "<iframe src=\"{}\" title=\"{title}\" loading=\"lazy\" style=\"width:100%;height:{}px;border:0\"></iframe>",
            escape_html(embed_url),
            pixels.clamp(150, 4000),
        ),
    };
    if let Some(path) = fallback_svg {
        html.push_str(&format!(
            "\n<noscript><img src=\"{}\" alt=\"{title}\" width=\"800\" height=\"400\" style=\"max-width:100%;height:auto\"></noscript>",
            escape_html(&format!("{site_root}{path}")),
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "https://example.github.io/needledrop/";

    #[test]
    fn the_embed_url_carries_the_chart_query_and_only_non_default_options() {
        let pairs = vec![
            ("songs", "a-b".to_owned()),
            ("from", "2022-05-01".to_owned()),
        ];
        let plain = EmbedOptions::default().embed_url(ROOT, &pairs);
        assert_eq!(plain, format!("{ROOT}embed?songs=a-b&from=2022-05-01"));
        let dark = EmbedOptions {
            theme: EmbedTheme::Dark,
            transparent: true,
            height: EmbedHeight::Auto,
        };
        assert!(dark
            .embed_url(ROOT, &pairs)
            .ends_with("&theme=dark&transparent=1"));
        assert_eq!(EmbedTheme::parse("dark"), Some(EmbedTheme::Dark));
        assert_eq!(EmbedTheme::parse("purple"), None);
    }

    #[test]
    fn the_snippet_has_a_title_the_marker_the_script_and_the_fallback() {
        let options = EmbedOptions::default();
        let url = options.embed_url(ROOT, &[("songs", "x".to_owned())]);
        let html = embed_snippet(
            ROOT,
            &url,
            "A \"quoted\" <song>",
            &options,
            Some("data/embed/x.svg"),
        );
        assert!(
            html.contains("title=\"A &quot;quoted&quot; &lt;song&gt;\""),
            "{html}"
        );
        assert!(html.contains("data-needledrop-embed"));
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.contains(&format!("<script src=\"{ROOT}embed.js\" async></script>")));
        assert!(html.contains(&format!("<noscript><img src=\"{ROOT}data/embed/x.svg\"")));
        assert!(html.contains("src=\"https://example.github.io/needledrop/embed?songs=x\""));
    }

    #[test]
    fn the_look_is_read_and_unknown_keys_are_noticed() {
        let (look, notices) = EmbedLook::from_pairs([
            ("songs", "x"),
            ("theme", "dark"),
            ("transparent", "1"),
            ("utm_source", "news"),
            ("theme", "sepia"),
        ]);
        assert_eq!(
            look.theme,
            EmbedTheme::Dark,
            "a bad value keeps the good one"
        );
        assert!(look.transparent);
        // Bad values first, then the keys no view reads, each once.
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["theme", "utm_source"]);
        assert_eq!(notices[1].reason, "unknown parameter");
    }

    #[test]
    fn a_fixed_height_needs_no_script_and_is_clamped() {
        let options = EmbedOptions {
            height: EmbedHeight::Fixed(20),
            ..EmbedOptions::default()
        };
        let html = embed_snippet(ROOT, "u", "t", &options, None);
        assert!(!html.contains("<script"));
        assert!(!html.contains("data-needledrop-embed"));
        assert!(html.contains("height:150px"));
        assert!(!html.contains("noscript"));
    }
}
