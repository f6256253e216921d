//! Press-reported figures: claims with their publisher, kept apart from
//! measured series.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use needledrop_core::model::{ReportedFigure, Song};
use needledrop_core::normalize::SongIdentity;
use needledrop_core::Date;

use super::shows::ShowBook;
use super::source_table::SourceTable;

/// Title and date of cited pages, by address, as the reported-figures file prints them.
pub type PageTitles = BTreeMap<String, (String, Option<Date>)>;

const COLUMNS: [&str; 13] = [
    "show",
    "song",
    "artist",
    "metric",
    "value",
    "unit",
    "period_or_date",
    "region",
    "data_provider_as_stated",
    "publisher_page",
    "url",
    "page_date",
    "reliability_note",
];

/// Titles and dates of the pages the reported figures cite.
pub fn page_titles(table: &SourceTable) -> Result<PageTitles> {
    table.require(&COLUMNS)?;
    let mut pages = PageTitles::new();
    for row in table.rows() {
        let date = Date::parse_iso(row.text("page_date")?).ok();
        pages.entry(row.text("url")?.to_owned()).or_insert_with(|| {
            (
                row.cell("publisher_page").unwrap_or_default().to_owned(),
                date,
            )
        });
    }
    Ok(pages)
}

/// Reads every reported figure, resolving the show and, unless the row is
/// about something other than one song (a title in brackets), the song.
pub fn read_reported(
    table: &SourceTable,
    shows: &ShowBook,
    songs: &[Song],
) -> Result<Vec<ReportedFigure>> {
    table.require(&COLUMNS)?;
    let mut figures = Vec::new();
    for row in table.rows() {
        let show = shows
            .by_title(row.text("show")?)
            .with_context(|| row.place())?;
        let title = row.text("song")?;
        let artist = row.text("artist")?;
        let song = if title.starts_with('(') {
            None
        } else {
            let identity = SongIdentity::new(title, artist);
            let found = songs
                .iter()
                .find(|song| SongIdentity::new(&song.title, &song.artist).matches(&identity));
            Some(found.map(|song| song.id.clone()).ok_or_else(|| {
                row.invalid(
                    "song",
                    format!("\"{title}\" by {artist} is not a song of any show"),
                )
            })?)
        };
        let text = |column: &str| row.text(column).map(str::to_owned);
        figures.push(ReportedFigure {
            show: show.id.clone(),
            song,
            title_as_printed: title.to_owned(),
            artist_as_printed: artist.to_owned(),
            claim: text("metric")?,
            value: text("value")?,
            unit: text("unit")?,
            period: text("period_or_date")?,
            region: text("region")?,
            provider: text("data_provider_as_stated")?,
            publisher: text("publisher_page")?,
            url: text("url")?,
            page_date: text("page_date")?,
            reliability: text("reliability_note")?,
        });
    }
    Ok(figures)
}
