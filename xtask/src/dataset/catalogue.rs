//! The catalogue of sources: every upstream file, article and page a figure
//! in the dataset comes from, with the ids other records point at.

use std::collections::BTreeMap;

use needledrop_core::model::Source;
use needledrop_core::normalize::slug;
use needledrop_core::Date;

/// Terms that apply to the chart archives.
pub const CHART_TERMS: &str =
    "No licence stated upstream; chart data scraped from Billboard/Spotify, their terms apply";

/// Source id of the Billboard Hot 100 archive.
pub const HOT_100: &str = "billboard-hot-100-archive";
/// Source id of the Billboard genre and airplay chart extract.
pub const GENRE_CHARTS: &str = "billboard-charts-archive";
/// Source id of the Spotify US daily Top 200, 2017.
pub const SPOTIFY_US: &str = "spotify-us-daily-2017";
/// Source id of the Spotify global daily Top 200, Oct 2017 - Mar 2018.
pub const SPOTIFY_GLOBAL: &str = "spotify-global-daily-2017-2018";
/// Source id of the Stranger Things episode list.
pub const EPISODES: &str = "stringr-things-episodes";
/// Source id of the Stranger Things caption cues.
pub const CAPTIONS: &str = "stringr-things-captions";
/// Source id of the article whose comparison table the home page shows.
pub const ARTICLE: &str = "screen-to-sound-article";
/// Source id of Netflix release dates of public record.
pub const RELEASE_DATES: &str = "netflix-release-dates";
/// Source id of the curated ties between chart extracts and shows.
pub const CURATED_TIES: &str = "curated-show-ties";

/// The address of the captions repository, as the placements file cites it.
const CAPTIONS_REPOSITORY: &str = "https://github.com/filmicaesthetic/stringr-things";

/// All sources, by id, plus the ids of cited web pages by address.
pub struct Catalogue {
    sources: BTreeMap<String, Source>,
    pages: BTreeMap<String, String>,
}

fn repository(
    id: &str,
    title: &str,
    repo: &str,
    path: &str,
    commit: &str,
    licence: &str,
    note: &str,
) -> Source {
    Source {
        url: Some(format!("https://github.com/{repo}")),
        commit: Some(commit.to_owned()),
        path: Some(path.to_owned()),
        ..unlinked(id, title, None, licence, note)
    }
}

fn unlinked(id: &str, title: &str, date: Option<Date>, licence: &str, note: &str) -> Source {
    Source {
        id: id.to_owned(),
        title: title.to_owned(),
        url: None,
        commit: None,
        date,
        path: None,
        licence: licence.to_owned(),
        note: Some(note.to_owned()),
    }
}

impl Catalogue {
    /// The fixed sources: archives, curated files and the article.
    pub fn new(article_date: Date) -> Catalogue {
        let no_licence = "No licence stated upstream";
        let fixed = [
            repository(HOT_100, "Billboard Hot 100, every weekly chart 1958-2026", "mhollingshead/billboard-hot-100", "date/*.json", "fc20856963fbefefa1da7a6bdeb3f7919b71f21a", CHART_TERMS,
                "3,549 weekly charts from 1958-08-04 to 2026-08-08, as Billboard printed them. Copied to data/sources/archive/billboard_hot100_weekly_1958_2026.csv.gz."),
            repository(SPOTIFY_US, "Spotify US daily Top 200, 2017", "imsteev/05839-midterm-project", "us_data_with_diffs.csv", "3d0e610ebfea795037f342c9e976e6916e7c83c8", CHART_TERMS,
                "US slice of the Kaggle set \"Spotify's Worldwide Daily Song Ranking\", 2017-01-01 to 2018-01-09. Chart streams are Spotify's filtered counts; a song absent on a day was below rank 200."),
            repository(SPOTIFY_GLOBAL, "Spotify global daily Top 200, October 2017 to March 2018", "Kamolruts/PortfolioProjects", "charts_global.csv", "e37dc2bc6b4f0acffd42e3168d4f85467063f73f", CHART_TERMS,
                "2017-10-01 to 2018-03-13; 6 rows have an empty title and artist upstream and cannot be attributed. A song absent on a day was below rank 200."),
            repository(GENRE_CHARTS, "Billboard genre and airplay charts (rows of the songs tied to shows)", "EvanClements/billboard-charts-archive", "data/*.parquet", "3f814b44773cf12d32c1adc8459d0d59bce81a9f", CHART_TERMS,
                "Hot Rock & Alternative Songs, Alternative Airplay, Mainstream Rock Airplay and Pop Airplay rows of the songs tied to shows, 2016-2024. Many airplay runs stop at exactly 20 weeks: Billboard's recurrent rule, not missing data. The extract holds only these songs, so it does not state each chart's size."),
            repository(EPISODES, "Stranger Things episodes, seasons 1-4", "filmicaesthetic/stringr-things", "data/episodes.csv", "5ca5e45d28fe248f1efdb3bb10560b605899754b", no_licence,
                "Every episode of seasons 1-4 with its original release date."),
            repository(CAPTIONS, "Stranger Things music cues from the closed captions", "filmicaesthetic/stringr-things", "data/stranger_things_all_dialogue.csv", "5ca5e45d28fe248f1efdb3bb10560b605899754b", no_licence,
                "Music cues found in the caption transcripts of seasons 1-4, with their start time. The artist is known only when the caption names it; songs that characters sing, or that were not captioned, are missing."),
            unlinked(ARTICLE, "From Screen to Sound: The Music Behind Netflix's Best Shows", Some(article_date), "Quoted as a source; the publisher's terms apply",
                "The comparison-table figures are the article's claims, shown as such. The source files give the article's title and date but no address."),
            unlinked(RELEASE_DATES, "Netflix season release dates (public record)", None, "Public record",
                "Release dates of public record collected in season_release_dates.csv; no single page is named."),
            unlinked(CURATED_TIES, "Songs tied to shows in the curated chart extracts", None, no_licence,
                "The show and featured-season columns of the curated Hot 100, genre-chart and Spotify extracts say which show and release a song is tied to, not that the show caused a chart entry."),
        ];
        let sources = fixed
            .into_iter()
            .map(|source| (source.id.clone(), source))
            .collect();
        let mut pages = BTreeMap::new();
        pages.insert(CAPTIONS_REPOSITORY.to_owned(), CAPTIONS.to_owned());
        Catalogue { sources, pages }
    }

    /// The id of the source for a cited web page, adding it on first use.
    ///
    /// The id is a slug of the host and the last path part of the address.
    pub fn page(&mut self, url: &str, title: &str, date: Option<Date>) -> String {
        if let Some(id) = self.pages.get(url) {
            return id.clone();
        }
        let mut id = page_id(url);
        while self.sources.contains_key(&id) {
            id.push_str("-page");
        }
        self.sources.insert(
            id.clone(),
            Source {
                id: id.clone(),
                title: title.to_owned(),
                url: Some(url.to_owned()),
                commit: None,
                date,
                path: None,
                licence: "Quoted as a source; the publisher's terms apply".to_owned(),
                note: None,
            },
        );
        self.pages.insert(url.to_owned(), id.clone());
        id
    }

    /// Every source, sorted by id.
    pub fn into_sources(self) -> Vec<Source> {
        self.sources.into_values().collect()
    }
}

/// `billboard-kate-bush-running-up-that-hill-...` from a page address.
fn page_id(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.");
    let name = host.split('.').next().unwrap_or(host);
    let last = path
        .split('/')
        .rev()
        .find(|part| !part.is_empty())
        .unwrap_or("");
    let mut id = slug(&format!("{name} {last}"));
    if id.len() > 80 {
        let cut = id[..80].rfind('-').unwrap_or(80);
        id.truncate(cut);
    }
    id
}
