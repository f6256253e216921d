//! Writing Hot 100 rows as an archive file (used by `cargo xtask dataset`).

use super::{predict, Hot100Record};
use crate::archive::chain::ChainEncoder;
use crate::archive::charts::ChartListBuilder;
use crate::archive::container::{write_container, ArchiveKind};
use crate::archive::error::EncodeError;
use crate::archive::exceptions::ExceptionsBuilder;
use crate::archive::songs::SongTableBuilder;

/// Largest rank, peak or last-week value the format stores (one byte).
const MAX_RANK: u32 = u8::MAX as u32;
/// Largest weeks-on-chart value the format stores.
const MAX_WEEKS: u32 = u16::MAX as u32;

/// Checks the values of one row against the format's limits.
fn check_row(record: &Hot100Record<'_>) -> Result<(), String> {
    let in_range = |value: u32, max: u32| (1..=max).contains(&value);
    if !in_range(record.rank, MAX_RANK)
        || !in_range(record.peak, MAX_RANK)
        || !record.last_week.is_none_or(|week| in_range(week, MAX_RANK))
    {
        return Err(format!("ranks must be between 1 and {MAX_RANK}"));
    }
    if !in_range(record.weeks, MAX_WEEKS) {
        return Err(format!("weeks on chart must be between 1 and {MAX_WEEKS}"));
    }
    Ok(())
}

/// Encodes `records` (any order; stored by date, then rank) as a Hot 100
/// archive file, uncompressed. The same rows always give the same bytes.
pub fn encode_hot100(records: &[Hot100Record<'_>]) -> Result<Vec<u8>, EncodeError> {
    let mut order: Vec<usize> = (0..records.len()).collect();
    crate::sort::sort_by_key(&mut order, |&index| {
        (records[index].date, records[index].rank)
    });
    let mut songs = SongTableBuilder::default();
    let mut charts = ChartListBuilder::default();
    let mut chain = ChainEncoder::default();
    let mut entries = Vec::with_capacity(records.len() + 1024);
    let mut last_week = ExceptionsBuilder::default();
    let mut peak = ExceptionsBuilder::default();
    let mut weeks = ExceptionsBuilder::default();
    let mut printed: Vec<Option<(u32, u32)>> = Vec::new();
    for (row, &index) in order.iter().enumerate() {
        let record = &records[index];
        let invalid = |reason| EncodeError::InvalidRow {
            row: index + 1,
            reason,
        };
        check_row(record).map_err(invalid)?;
        if charts
            .push_row(0, record.date, record.rank)
            .map_err(invalid)?
        {
            chain.next_chart();
        }
        let song = songs.intern(record.title, record.artist);
        if song.1 {
            printed.push(None);
        }
        let claimed = record.last_week.map(i64::from);
        let previous = chain.push(&mut entries, song, record.rank, claimed);
        let row = row as u64;
        last_week.check(row, previous.map(i64::from), claimed);
        let state = &mut printed[song.0 as usize];
        let (peak_guess, weeks_guess) = predict(*state, record.rank);
        peak.check(row, Some(peak_guess.into()), Some(record.peak.into()));
        weeks.check(row, Some(weeks_guess.into()), Some(record.weeks.into()));
        *state = Some((record.peak, record.weeks));
    }
    let [titles, artists, song_table] = songs.into_sections();
    write_container(
        ArchiveKind::Hot100,
        records.len(),
        &[
            titles,
            artists,
            song_table,
            charts.to_bytes(),
            entries,
            last_week.to_bytes(),
            peak.to_bytes(),
            weeks.to_bytes(),
        ],
    )
}
