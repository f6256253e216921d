//! Writing Spotify rows as an archive file (used by `cargo xtask dataset`).

use super::{SpotifyRecord, PRINTS_POSITION_DIFF};
use crate::archive::chain::ChainEncoder;
use crate::archive::charts::ChartListBuilder;
use crate::archive::container::{write_container, ArchiveKind};
use crate::archive::error::EncodeError;
use crate::archive::exceptions::ExceptionsBuilder;
use crate::archive::songs::SongTableBuilder;
use crate::archive::strings::StringTableBuilder;
use crate::archive::varint::{write_i64, write_u64};

/// Checks the values of one row against the format's limits.
fn check_row(record: &SpotifyRecord<'_>) -> Result<(), String> {
    if record.streams > u64::from(u32::MAX) {
        return Err(format!(
            "{} streams is more than the format stores",
            record.streams
        ));
    }
    if record
        .position_diff
        .is_some_and(|diff| i16::try_from(diff).is_err())
    {
        return Err("the position change is outside ±32,767".to_owned());
    }
    if record.spotify_id == Some("") {
        return Err("the Spotify id is empty".to_owned());
    }
    Ok(())
}

/// Encodes `records` (any order; stored by region in order of first
/// appearance, then date and rank) as a Spotify archive file, uncompressed.
/// The same rows always give the same bytes.
pub fn encode_spotify(records: &[SpotifyRecord<'_>]) -> Result<Vec<u8>, EncodeError> {
    let mut names: Vec<&str> = Vec::new();
    let region_of: Vec<usize> = records
        .iter()
        .map(
            |record| match names.iter().position(|&n| n == record.region) {
                Some(index) => index,
                None => {
                    names.push(record.region);
                    names.len() - 1
                }
            },
        )
        .collect();
    let mut prints_diff = vec![false; names.len()];
    for (record, &region) in records.iter().zip(&region_of) {
        prints_diff[region] |= record.position_diff.is_some();
    }
    let mut order: Vec<usize> = (0..records.len()).collect();
    crate::sort::sort_by_key(&mut order, |&index| {
        (region_of[index], records[index].date, records[index].rank)
    });

    let mut tracks = SongTableBuilder::default();
    let mut ids = StringTableBuilder::default();
    let mut charts = ChartListBuilder::default();
    let mut chain = ChainEncoder::default();
    let mut entries = Vec::with_capacity(records.len() + 1024);
    let mut streams = Vec::with_capacity(records.len() * 3);
    let mut diffs = ExceptionsBuilder::default();
    let mut id_column = Vec::with_capacity(records.len());
    let mut last_id: Vec<Option<u32>> = Vec::new();
    let mut streams_above = 0u64;
    let mut last_region = None;
    for (row, &index) in order.iter().enumerate() {
        let (record, region) = (&records[index], region_of[index]);
        let invalid = |reason| EncodeError::InvalidRow {
            row: index + 1,
            reason,
        };
        check_row(record).map_err(invalid)?;
        let new_day = charts
            .push_row(region, record.date, record.rank)
            .map_err(invalid)?;
        if last_region != Some(region) {
            chain.next_region();
            last_region = Some(region);
        } else if new_day {
            chain.next_chart();
        }
        let track = tracks.intern(record.title, record.artist);
        if track.1 {
            last_id.push(None);
        }
        let rank = i64::from(record.rank);
        let claimed = record.position_diff.map(|diff| rank - i64::from(diff));
        let previous = chain.push(&mut entries, track, record.rank, claimed);
        let predicted = previous
            .filter(|_| prints_diff[region])
            .map(|p| rank - i64::from(p));
        diffs.check(row as u64, predicted, record.position_diff.map(i64::from));
        if new_day {
            write_u64(&mut streams, record.streams);
        } else {
            write_i64(&mut streams, streams_above as i64 - record.streams as i64);
        }
        streams_above = record.streams;
        let code = match record.spotify_id {
            None => 0,
            Some(id) => {
                let (id, added) = ids.intern(id);
                let previous_id = last_id[track.0 as usize].replace(id);
                match (added, previous_id == Some(id)) {
                    (true, _) => 2,
                    (false, true) => 1,
                    (false, false) => 3 + u64::from(id),
                }
            }
        };
        write_u64(&mut id_column, code);
    }
    let mut region_list = Vec::new();
    write_u64(&mut region_list, names.len() as u64);
    let days = charts.charts_per_region(names.len());
    for ((name, prints), days) in names.iter().zip(&prints_diff).zip(days) {
        write_u64(&mut region_list, name.len() as u64);
        region_list.extend_from_slice(name.as_bytes());
        write_u64(
            &mut region_list,
            if *prints { PRINTS_POSITION_DIFF } else { 0 },
        );
        write_u64(&mut region_list, days as u64);
    }
    let [titles, artists, track_table] = tracks.into_sections();
    write_container(
        ArchiveKind::Spotify,
        records.len(),
        &[
            titles,
            artists,
            track_table,
            ids.to_bytes(),
            region_list,
            charts.to_bytes(),
            entries,
            streams,
            diffs.to_bytes(),
            id_column,
        ],
    )
}
