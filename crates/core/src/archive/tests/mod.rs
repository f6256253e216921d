//! Host tests of the archive on small made-up charts: round trips, every
//! corruption with its message, properties over arbitrary bytes, search
//! ranking and the finders' rules.

mod corruption;
mod finders;
mod properties;
mod round_trip;
mod search;

use super::*;
use crate::Date;

/// The date `weeks` weeks after 2000-01-01.
fn week(weeks: i32) -> Date {
    Date::from_days_since_epoch(10_957 + 7 * weeks).unwrap()
}

/// Hot 100 rows of consecutive weekly charts (each a list of (title,
/// artist) in rank order), with last week, peak and weeks computed the way
/// Billboard prints them. `first_week` offsets the dates.
fn hot100_rows(
    first_week: i32,
    charts: &[&[(&'static str, &'static str)]],
) -> Vec<Hot100Record<'static>> {
    use std::collections::HashMap;
    let mut printed: HashMap<(&str, &str), (u32, u32)> = HashMap::new();
    let mut last: HashMap<(&str, &str), u32> = HashMap::new();
    let mut rows = Vec::new();
    for (index, chart) in charts.iter().enumerate() {
        let mut this = HashMap::new();
        for (position, &(title, artist)) in chart.iter().enumerate() {
            let rank = position as u32 + 1;
            let (peak, weeks) = printed
                .get(&(title, artist))
                .map_or((rank, 1), |&(peak, weeks)| (peak.min(rank), weeks + 1));
            printed.insert((title, artist), (peak, weeks));
            this.insert((title, artist), rank);
            rows.push(Hot100Record {
                date: week(first_week + index as i32),
                rank,
                title,
                artist,
                last_week: last.get(&(title, artist)).copied(),
                peak,
                weeks,
            });
        }
        last = this;
    }
    rows
}

/// A small Hot 100 file: three weeks, a drop-out and a return.
fn small_hot100() -> Vec<u8> {
    let rows = hot100_rows(
        0,
        &[
            &[
                ("Song A", "Artist 1"),
                ("Song B", "Artist 2"),
                ("Café", "Artíst 3"),
            ],
            &[
                ("Song B", "Artist 2"),
                ("Song A", "Artist 1"),
                ("Song D", "Artist 1"),
            ],
            &[
                ("Song A", "Artist 1"),
                ("Café", "Artíst 3"),
                ("Song B", "Artist 2"),
            ],
        ],
    );
    encode_hot100(&rows).unwrap()
}

/// Spotify rows of one day in `region`: (title, artist, streams, id).
fn spotify_day<'a>(
    region: &'a str,
    date: Date,
    rows: &[(&'a str, &'a str, u64, Option<&'a str>)],
) -> Vec<SpotifyRecord<'a>> {
    rows.iter()
        .enumerate()
        .map(
            |(index, &(title, artist, streams, spotify_id))| SpotifyRecord {
                region,
                date,
                rank: index as u32 + 1,
                title,
                artist,
                streams,
                position_diff: None,
                spotify_id,
            },
        )
        .collect()
}
