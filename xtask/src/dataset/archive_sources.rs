//! The chart archive sources read exactly as printed: no trimming, and
//! every number must be written the one way it prints back, so the archive
//! gives each cell back unchanged.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use needledrop_core::archive::{Hot100Record, SpotifyRecord, SPOTIFY_TRACK_URL};
use needledrop_core::Date;

/// The Hot 100 source, relative to the workspace root.
pub const HOT100_SOURCE: &str = "data/sources/archive/billboard_hot100_weekly_1958_2026.csv.gz";
/// The Spotify US source.
pub const SPOTIFY_US_SOURCE: &str = "data/sources/archive/spotify_us_daily_top200_2017.csv.gz";
/// The Spotify global source.
pub const SPOTIFY_GLOBAL_SOURCE: &str =
    "data/sources/archive/spotify_global_daily_top200_2017-10_2018-03.csv.gz";
/// The region name of the US file, which has no region column.
const US_REGION: &str = "us";

/// A gzipped CSV source with its header, cells untouched.
pub struct RawCsv {
    name: &'static str,
    columns: HashMap<String, usize>,
    records: Vec<csv::StringRecord>,
}

/// One record of a [`RawCsv`], for reading cells with messages.
struct Cells<'a> {
    table: &'a RawCsv,
    number: usize,
    record: &'a csv::StringRecord,
}

impl RawCsv {
    /// Reads and gunzips `relative` under `root`.
    pub fn read(root: &Path, relative: &'static str) -> Result<Self> {
        let bytes = std::fs::read(root.join(relative))
            .with_context(|| format!("cannot read {relative}"))?;
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_string(&mut text)
            .with_context(|| format!("{relative} is not gzipped UTF-8 text"))?;
        Self::parse(relative, &text)
    }

    /// Parses CSV `text` named `relative` in messages.
    fn parse(relative: &'static str, text: &str) -> Result<Self> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let columns = reader
            .headers()
            .with_context(|| format!("{relative}: cannot read the header"))?
            .iter()
            .enumerate()
            .map(|(index, name)| (name.to_owned(), index))
            .collect();
        let records = reader
            .records()
            .enumerate()
            .map(|(index, record)| {
                record.with_context(|| format!("{relative}, row {}: malformed CSV", index + 1))
            })
            .collect::<Result<_>>()?;
        Ok(RawCsv {
            name: relative,
            columns,
            records,
        })
    }

    /// The data rows, numbered from 1.
    fn rows(&self) -> impl Iterator<Item = Cells<'_>> {
        self.records
            .iter()
            .enumerate()
            .map(move |(index, record)| Cells {
                table: self,
                number: index + 1,
                record,
            })
    }
}

impl<'a> Cells<'a> {
    /// The cell exactly as printed.
    fn text(&self, column: &str) -> Result<&'a str> {
        let index = self
            .table
            .columns
            .get(column)
            .ok_or_else(|| anyhow!("{} has no column \"{column}\"", self.table.name))?;
        self.record
            .get(*index)
            .ok_or_else(|| self.error(column, "the row is short"))
    }

    fn error(&self, column: &str, reason: impl std::fmt::Display) -> anyhow::Error {
        anyhow!(
            "{}, row {}, column {column}: {reason}",
            self.table.name,
            self.number
        )
    }

    /// A number that prints back as written (`"5"`, not `"05"`), or `None`
    /// for an empty cell; `suffix` is a fixed ending such as `.0`.
    fn number<T: std::str::FromStr + ToString>(
        &self,
        column: &str,
        suffix: &str,
    ) -> Result<Option<T>> {
        let cell = self.text(column)?;
        if cell.is_empty() {
            return Ok(None);
        }
        let value = cell
            .strip_suffix(suffix)
            .and_then(|digits| digits.parse::<T>().ok())
            .filter(|value| format!("{}{suffix}", value.to_string()) == cell);
        value
            .map(Some)
            .ok_or_else(|| self.error(column, format!("\"{cell}\" is not a plain number")))
    }

    /// A number that must be present.
    fn required<T: std::str::FromStr + ToString>(&self, column: &str) -> Result<T> {
        self.number(column, "")?
            .ok_or_else(|| self.error(column, "the cell is empty"))
    }

    /// A `YYYY-MM-DD` date.
    fn date(&self, column: &str) -> Result<Date> {
        Date::parse_iso(self.text(column)?).map_err(|error| self.error(column, error))
    }
}

/// The Hot 100 rows of `table`.
pub fn hot100_records(table: &RawCsv) -> Result<Vec<Hot100Record<'_>>> {
    table
        .rows()
        .map(|row| {
            Ok(Hot100Record {
                date: row.date("chart_date")?,
                rank: row.required("this_week")?,
                title: row.text("song")?,
                artist: row.text("artist")?,
                last_week: row.number("last_week", "")?,
                peak: row.required("peak_position")?,
                weeks: row.required("weeks_on_chart")?,
            })
        })
        .collect()
}

/// The rows of both Spotify files: the US file (region `us`, with "Position
/// Diff", no URL) and the global file (region and URL, no position change).
pub fn spotify_records<'a>(us: &'a RawCsv, global: &'a RawCsv) -> Result<Vec<SpotifyRecord<'a>>> {
    let mut records = Vec::with_capacity(us.records.len() + global.records.len());
    for row in us.rows() {
        records.push(SpotifyRecord {
            region: US_REGION,
            date: row.date("Date")?,
            rank: row.required("Position")?,
            title: row.text("Track Name")?,
            artist: row.text("Artist")?,
            streams: row.required("Streams")?,
            position_diff: row.number("Position Diff", ".0")?,
            spotify_id: None,
        });
    }
    for row in global.rows() {
        let url = row.text("URL")?;
        let Some(id) = url
            .strip_prefix(SPOTIFY_TRACK_URL)
            .filter(|id| !id.is_empty())
        else {
            return Err(row.error("URL", format!("\"{url}\" is not a Spotify track address")));
        };
        records.push(SpotifyRecord {
            region: row.text("Region")?,
            date: row.date("Date")?,
            rank: row.required("Position")?,
            title: row.text("Track_Name")?,
            artist: row.text("Artist")?,
            streams: row.required("Streams")?,
            position_diff: None,
            spotify_id: Some(id),
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOT100: &str =
        "chart_date,this_week,song,artist,last_week,peak_position,weeks_on_chart\n";

    #[test]
    fn keeps_cells_exactly_as_printed() {
        let text = format!("{HOT100}1958-08-04,1, Padded ,\"A, B\",,1,1\n");
        let table = RawCsv::parse("hot100.csv", &text).unwrap();
        let rows = hot100_records(&table).unwrap();
        assert_eq!(
            (rows[0].title, rows[0].artist, rows[0].last_week),
            (" Padded ", "A, B", None)
        );
    }

    #[test]
    fn refuses_numbers_that_would_not_print_back_the_same() {
        for cell in ["01", "1.0", " 1", "x"] {
            let text = format!("{HOT100}1958-08-04,{cell},S,A,,1,1\n");
            let table = RawCsv::parse("hot100.csv", &text).unwrap();
            let error = hot100_records(&table).err().unwrap().to_string();
            assert!(error.contains("row 1, column this_week"), "{error}");
        }
    }

    #[test]
    fn reads_spotify_position_changes_and_track_ids() {
        let us = RawCsv::parse(
            "us.csv",
            "Position,Track Name,Artist,Streams,Date,Position Diff\n1,T,A,10,2017-01-02,-2.0\n2,,,9,2017-01-02,\n",
        )
        .unwrap();
        let global = RawCsv::parse(
            "global.csv",
            "Position,Track_Name,Artist,Streams,URL,Date,Region\n1,T,A,5,https://open.spotify.com/track/abc,2017-10-01,global\n",
        )
        .unwrap();
        let rows = spotify_records(&us, &global).unwrap();
        assert_eq!(rows[0].position_diff, Some(-2));
        assert_eq!((rows[1].title, rows[1].position_diff), ("", None));
        assert_eq!(
            (rows[2].region, rows[2].spotify_id),
            ("global", Some("abc"))
        );
        let bad = RawCsv::parse(
            "global.csv",
            "Position,Track_Name,Artist,Streams,URL,Date,Region\n1,T,A,5,http://x/abc,2017-10-01,global\n",
        )
        .unwrap();
        assert!(spotify_records(&us, &bad).is_err());
    }
}
