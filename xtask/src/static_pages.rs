//! Per-route HTML for static hosts: a copy of the built `index.html` for
//! every known route (each show, each song, the main pages and `/embed`)
//! with that page's `<title>`, description, Open Graph and Twitter tags.
//!
//! A deep link then answers HTTP 200 with a meaningful link preview, and
//! the app boots from it as from `index.html` (same loader, same CSP).
//! Each page is written twice: `<route>/index.html` (any static host) and
//! `<route>.html` (GitHub Pages serves `/repo/shows/x` from `shows/x.html`
//! without redirecting to a trailing slash).

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use needledrop_core::copy::{HOME_HEADLINE, HOME_LEDE};
use needledrop_core::export::escape_html;
use needledrop_core::Dataset;

/// One route's page.
#[derive(Clone, Debug, PartialEq)]
pub struct RoutePage {
    /// Path under the site root, without slashes at either end (`shows/dark`).
    pub path: String,
    /// Document title (`Stranger Things · Needledrop`).
    pub title: String,
    /// Meta description.
    pub description: String,
    /// Open Graph type (`website`, `article`).
    pub og_type: &'static str,
    /// Preview image, relative to the site root, if any.
    pub image: Option<String>,
    /// The chrome-less embed shell (no static header, not indexed).
    pub embed: bool,
}

/// `<page> · Needledrop`.
fn titled(page: &str) -> String {
    format!("{page} · Needledrop")
}

/// Every route the app knows, with its meta data.
pub fn route_pages(dataset: &Dataset) -> Vec<RoutePage> {
    let page = |path: &str, title: &str, description: &str| RoutePage {
        path: path.to_owned(),
        title: titled(title),
        description: description.to_owned(),
        og_type: "website",
        image: None,
        embed: false,
    };
    let mut pages = vec![
        page(
            "compare",
            "Compare songs",
            "Several songs' chart histories on one chart, lined up on their releases.",
        ),
        page(
            "archive",
            "Chart archive",
            "68 years of the Billboard Hot 100 and the Spotify 2017-2018 daily charts.",
        ),
        page(
            "data",
            "Data and method",
            "Every source of Needledrop's figures, with links, commits, caveats, method and downloads.",
        ),
        RoutePage {
            embed: true,
            ..page(
                "embed",
                "Chart",
                "A Needledrop chart: what a streaming show did to a song's chart history.",
            )
        },
    ];
    for show in &dataset.shows {
        pages.push(RoutePage {
            og_type: "article",
            ..page(
                &format!("shows/{}", show.id),
                &show.title,
                &format!(
                    "The music of {}: songs by season and episode, chart peaks and press figures.",
                    show.title
                ),
            )
        });
    }
    for song in &dataset.songs {
        let artist = if song.artist.is_empty() {
            "artist not named".to_owned()
        } else {
            song.artist.clone()
        };
        let has_chart = dataset.series.iter().any(|series| series.song == song.id);
        pages.push(RoutePage {
            og_type: "article",
            image: has_chart.then(|| format!("data/embed/{}.svg", song.id)),
            ..page(
                &format!("songs/{}", song.id),
                &format!("{} — {artist}", song.title),
                &format!(
                    "Where “{}” was placed in shows and what it did on the charts.",
                    song.title
                ),
            )
        });
    }
    pages
}

/// The replacement of the first `open … close` span of `html`.
fn replace_span(html: &str, open: &str, close: &str, with: &str) -> Result<String> {
    let start = html
        .find(open)
        .with_context(|| format!("index.html has no {open}"))?;
    let end = html[start..]
        .find(close)
        .with_context(|| format!("index.html does not close {open}"))?
        + start
        + close.len();
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// `template` (the built `index.html`) with the page's title and tags.
/// `site_root` is the absolute address of the site root when known
/// (`https://user.github.io/needledrop/`): only then are `og:url` and
/// `og:image` written, as they must be absolute.
pub fn page_html(template: &str, page: &RoutePage, site_root: Option<&str>) -> Result<String> {
    let title = escape_html(&page.title);
    let description = escape_html(&page.description);
    let mut tags = vec![
        format!("<meta name=\"description\" content=\"{description}\">"),
        format!("<meta property=\"og:site_name\" content=\"Needledrop\">"),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!("<meta property=\"og:type\" content=\"{}\">", page.og_type),
    ];
    let image = site_root.zip(page.image.as_deref());
    if let Some(root) = site_root {
        tags.push(format!(
            "<meta property=\"og:url\" content=\"{}\">",
            escape_html(&format!("{root}{}", page.path))
        ));
    }
    if let Some((root, image)) = image {
        let address = escape_html(&format!("{root}{image}"));
        tags.push(format!(
            "<meta property=\"og:image\" content=\"{address}\">"
        ));
        tags.push("<meta property=\"og:image:type\" content=\"image/svg+xml\">".to_owned());
        tags.push(format!(
            "<meta property=\"og:image:alt\" content=\"Chart: {title}\">"
        ));
        tags.push(format!(
            "<meta name=\"twitter:image\" content=\"{address}\">"
        ));
    }
    tags.push(format!(
        "<meta name=\"twitter:card\" content=\"{}\">",
        if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        }
    ));
    tags.push(format!("<meta name=\"twitter:title\" content=\"{title}\">"));
    tags.push(format!(
        "<meta name=\"twitter:description\" content=\"{description}\">"
    ));
    if page.embed {
        tags.push("<meta name=\"robots\" content=\"noindex\">".to_owned());
    }
    let html = replace_span(
        template,
        "<title>",
        "</title>",
        &format!("<title>{title}</title>"),
    )?;
    let mut html = replace_span(&html, "<meta name=\"description\"", ">", &tags.join("\n  "))?;
    if page.embed {
        // An embed never shows site navigation, not even before the app starts.
        if let (Some(start), Some(end)) =
            (html.find("<a class=\"skip-link\""), html.find("</header>"))
        {
            if start < end {
                html.replace_range(start..end + "</header>".len(), "");
            }
        }
        html = html.replacen(
            "<main id=\"main\" class=\"page\">",
            "<main id=\"main\" class=\"embed-main\">",
            1,
        );
    }
    Ok(html)
}

/// The loading notice of the built shell, which the home page's content replaces.
const LOADING_NOTICE: &str = "<p class=\"status status--loading\"";

/// The home page's line for readers without JavaScript (the table is there).
const HOME_NOSCRIPT: &str = "The table above is complete; sorting, filtering, search and the charts need JavaScript and WebAssembly turned on.";

/// The shell's app container, marked on the home page as holding a prerender.
const APP_CONTAINER: &str = "<div id=\"app\">";

/// The id of the home page's last element, its `<noscript>` line after the
/// table.
const HOME_END_ID: &str = "home-end";

/// Holds the home page's first frame until its content is parsed
/// (`rel=expect` names [`HOME_END_ID`]; Chromium ends the hold when the
/// named element's start tag is parsed, so it must come after the table).
/// The table lays out its columns by what it holds, so a frame painted while
/// the HTML still streams in shows the rows so far in columns that widen or
/// narrow as the rest arrives: the page would shift. Browsers without
/// `rel=expect` ignore it; it applies where the address is the page's own
/// (`/`, not `/?genre=…`).
fn home_render_hold() -> String {
    format!("<link rel=\"expect\" href=\"#{HOME_END_ID}\" blocking=\"render\">\n")
}

/// `template` (the built `index.html`) as the home page: the intro the app
/// draws first ([`HOME_HEADLINE`], [`HOME_LEDE`]) and `explorer` (the
/// static comparison table, [`crate::home_table`]) in place of the loading
/// notice, so the first paint shows them, whole ([`home_render_hold`]).
/// `#app` is marked `data-prerendered`: the app then builds its own page
/// out of sight and swaps it in once its table is ready.
pub fn home_html(template: &str, explorer: &str) -> Result<String> {
    let start = template
        .find(LOADING_NOTICE)
        .context("index.html has no loading notice for the home content to replace")?;
    let end = start
        + template[start..]
            .find("</p>")
            .context("the loading notice is not closed")?
        + "</p>".len();
    let content = format!(
        "<section class=\"intro\">\n        <h1>{}</h1>\n        <p class=\"lede\">{}</p>\n      </section>\n      {explorer}",
        escape_html(HOME_HEADLINE),
        escape_html(HOME_LEDE)
    );
    let mut html = format!("{}{content}{}", &template[..start], &template[end..]);
    // Without JavaScript the home table is still complete: say what is
    // missing. The line is the page's last element, where the first frame's
    // hold ends.
    let (Some(open), Some(close)) = (html.find("<noscript>"), html.find("</noscript>")) else {
        anyhow::bail!("index.html has no <noscript> line after the loading notice");
    };
    if close < open || open < start {
        anyhow::bail!("index.html's <noscript> line is not after the loading notice");
    }
    html.replace_range(
        open..close + "</noscript>".len(),
        &format!(
            "<noscript id=\"{HOME_END_ID}\"><p class=\"status\">{HOME_NOSCRIPT}</p></noscript>"
        ),
    );
    if !html.contains(APP_CONTAINER) {
        anyhow::bail!("index.html has no {APP_CONTAINER}");
    }
    let head_end = html.find("</head>").context("index.html has no </head>")?;
    html.insert_str(head_end, &home_render_hold());
    Ok(html.replacen(
        APP_CONTAINER,
        "<div id=\"app\" data-prerendered=\"home\">",
        1,
    ))
}

/// Writes every route page under `dist`; returns how many routes.
pub fn write_route_pages(
    dist: &Path,
    template: &str,
    dataset: &Dataset,
    site_root: Option<&str>,
) -> Result<usize> {
    let pages = route_pages(dataset);
    for page in &pages {
        let html = page_html(template, page, site_root)?;
        let folder = dist.join(&page.path);
        fs::create_dir_all(&folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
        fs::write(folder.join("index.html"), &html)
            .with_context(|| format!("cannot write {}/index.html", page.path))?;
        fs::write(dist.join(format!("{}.html", page.path)), &html)
            .with_context(|| format!("cannot write {}.html", page.path))?;
    }
    Ok(pages.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<html><head><meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"x\">\n  <title>Needledrop — home</title>\n  <meta name=\"description\" content=\"Home.\">\n</head><body><div id=\"app\"><a class=\"skip-link\" href=\"#main\">Skip</a><header class=\"site-header\"><nav>Shows</nav></header><main id=\"main\" class=\"page\">Loading</main></div></body></html>";

    fn show_page(title: &str) -> RoutePage {
        RoutePage {
            path: "shows/x".into(),
            title: titled(title),
            description: format!("The music of {title}."),
            og_type: "article",
            image: None,
            embed: false,
        }
    }

    #[test]
    fn the_home_page_holds_the_intro_and_the_table_instead_of_the_loading_notice() {
        let shell = TEMPLATE.replace(
            ">Loading</main>",
            "><p class=\"status status--loading\" role=\"status\">Loading</p><noscript>x</noscript></main>",
        );
        let html = home_html(&shell, "<table>rows</table>").unwrap();
        let intro = html.find("<section class=\"intro\">").unwrap();
        let headline = html.find(&format!("<h1>{HOME_HEADLINE}</h1>")).unwrap();
        // The lede's dash and quotes are plain text, escaped only where HTML needs it.
        let lede = html
            .find(&format!("<p class=\"lede\">{HOME_LEDE}</p>"))
            .unwrap();
        let table = html.find("<table>rows</table>").unwrap();
        let noscript = html
            .find(&format!(
                "<noscript id=\"{HOME_END_ID}\"><p class=\"status\">{HOME_NOSCRIPT}</p></noscript>"
            ))
            .unwrap();
        assert!(intro < headline && headline < lede && lede < table && table < noscript);
        assert!(!html.contains("status--loading"));
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("<div id=\"app\" data-prerendered=\"home\">"));
        // The first frame waits for the line after the table, named in the head.
        let hold = html
            .find("<link rel=\"expect\" href=\"#home-end\" blocking=\"render\">\n")
            .unwrap();
        assert!(hold < html.find("</head>").unwrap());
        assert_eq!(html.matches(&format!("id=\"{HOME_END_ID}\"")).count(), 1);
        assert_eq!(
            html.replace(
                &html[intro..table + "<table>rows</table>".len()],
                "<p class=\"status status--loading\" role=\"status\">Loading</p>"
            )
            .replace(" data-prerendered=\"home\"", "")
            .replace(&home_render_hold(), "")
            .replace(&format!("<p class=\"status\">{HOME_NOSCRIPT}</p>"), "x")
            .replace(&format!(" id=\"{HOME_END_ID}\""), ""),
            shell
        );
    }

    #[test]
    fn a_shell_without_a_loading_notice_or_app_container_is_an_error() {
        assert!(home_html(TEMPLATE, "").is_err());
        let with_notice = TEMPLATE.replace(
            ">Loading</main>",
            "><p class=\"status status--loading\">Loading</p><noscript>x</noscript></main>",
        );
        assert!(home_html(&with_notice, "").is_ok());
        let without_app = with_notice.replace("<div id=\"app\">", "<div>");
        assert!(home_html(&without_app, "").is_err());
        // No line after the table for the first frame's hold to end at.
        let without_noscript = with_notice.replace("<noscript>x</noscript>", "");
        assert!(home_html(&without_noscript, "").is_err());
    }

    #[test]
    fn a_page_has_its_title_description_and_open_graph_tags() {
        let html = page_html(
            TEMPLATE,
            &show_page("Stranger Things"),
            Some("https://u.github.io/needledrop/"),
        )
        .unwrap();
        assert!(html.contains("<title>Stranger Things · Needledrop</title>"));
        assert_eq!(html.matches("<title>").count(), 1);
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert!(
            html.contains("<meta name=\"description\" content=\"The music of Stranger Things.\">")
        );
        assert!(
            html.contains("<meta property=\"og:title\" content=\"Stranger Things · Needledrop\">")
        );
        assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
        assert!(html.contains(
            "<meta property=\"og:url\" content=\"https://u.github.io/needledrop/shows/x\">"
        ));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(html.contains("Content-Security-Policy"), "the CSP stays");
        assert!(html.contains("<header class=\"site-header\">"));
    }

    #[test]
    fn text_is_escaped_for_attributes_and_content() {
        let html = page_html(TEMPLATE, &show_page("<script>\"Q\" & 'A'"), None).unwrap();
        assert!(html
            .contains("<title>&lt;script&gt;&quot;Q&quot; &amp; &#39;A&#39; · Needledrop</title>"));
        assert!(
            html.contains("content=\"&lt;script&gt;&quot;Q&quot; &amp; &#39;A&#39; · Needledrop\"")
        );
        assert!(!html.contains("<script>"));
        assert!(!html.contains("og:url"), "no site address, no og:url");
    }

    #[test]
    fn a_song_with_a_chart_points_og_image_at_its_static_svg() {
        let page = RoutePage {
            image: Some("data/embed/a-b.svg".into()),
            ..show_page("A")
        };
        let html = page_html(TEMPLATE, &page, Some("https://u.github.io/needledrop/")).unwrap();
        assert!(html.contains("<meta property=\"og:image\" content=\"https://u.github.io/needledrop/data/embed/a-b.svg\">"));
        assert!(html.contains("summary_large_image"));
        let without_site = page_html(TEMPLATE, &page, None).unwrap();
        assert!(
            !without_site.contains("og:image"),
            "og:image must be absolute"
        );
    }

    #[test]
    fn the_embed_shell_has_no_site_navigation() {
        let page = RoutePage {
            embed: true,
            ..show_page("Chart")
        };
        let html = page_html(TEMPLATE, &page, None).unwrap();
        assert!(!html.contains("site-header"));
        assert!(!html.contains("skip-link"));
        assert!(html.contains("<main id=\"main\" class=\"embed-main\">"));
        assert!(html.contains("noindex"));
    }

    #[test]
    fn every_show_and_song_of_the_bundled_dataset_has_a_page() {
        let bytes = fs::read(crate::root().join("public/data/index.json")).unwrap();
        let dataset = needledrop_core::parse_dataset(&bytes).unwrap();
        let pages = route_pages(&dataset);
        assert_eq!(pages.len(), 4 + dataset.shows.len() + dataset.songs.len());
        let show = pages
            .iter()
            .find(|p| p.path == "shows/stranger-things")
            .unwrap();
        assert_eq!(show.title, "Stranger Things · Needledrop");
        let song = pages
            .iter()
            .find(|p| p.path == "songs/running-up-that-hill-kate-bush")
            .unwrap();
        assert_eq!(
            song.image.as_deref(),
            Some("data/embed/running-up-that-hill-kate-bush.svg")
        );
        assert!(crate::root()
            .join("public")
            .join(song.image.as_deref().unwrap())
            .exists());
    }
}
