//! The list of charts (weeks or days): each chart's date and row count.
//!
//! Layout: the count, then per chart the date as a zigzag delta in days from
//! the previous chart's date (the first from 1970-01-01) and its row count.
//! Rows are stored chart after chart in rank order, so a chart's rows are a
//! contiguous range and a row's rank is its place in that range plus one.

use std::ops::Range;

use super::error::ArchiveError;
use super::reader::SectionReader;
use super::varint::{write_i64, write_u64};
use crate::Date;

/// Chart dates and where each chart's rows start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Charts {
    dates: Vec<Date>,
    /// `starts[i]..starts[i + 1]` are the rows of chart `i`.
    starts: Vec<u32>,
}

impl Charts {
    /// How many charts there are.
    pub fn len(&self) -> usize {
        self.dates.len()
    }

    /// Every chart date, in stored order.
    pub fn dates(&self) -> &[Date] {
        &self.dates
    }

    /// The date of chart `chart`.
    pub fn date(&self, chart: usize) -> Option<Date> {
        self.dates.get(chart).copied()
    }

    /// The row range of chart `chart` (empty past the end).
    pub fn rows(&self, chart: usize) -> Range<usize> {
        match (self.starts.get(chart), self.starts.get(chart + 1)) {
            (Some(&start), Some(&end)) => start as usize..end as usize,
            _ => 0..0,
        }
    }

    /// Total rows of all charts.
    pub fn total_rows(&self) -> u32 {
        self.starts.last().copied().unwrap_or(0)
    }

    /// The chart holding `row`.
    pub fn chart_of_row(&self, row: usize) -> usize {
        self.starts
            .partition_point(|&start| start as usize <= row)
            .saturating_sub(1)
    }

    /// The index of the chart dated `date` among charts `within` (which
    /// must be in date order).
    pub fn find(&self, date: Date, within: Range<usize>) -> Option<usize> {
        let dates = self.dates.get(within.clone())?;
        dates
            .binary_search(&date)
            .ok()
            .map(|index| within.start + index)
    }

    /// Every row of the charts in `charts`, in order, with the item (song or
    /// track) `items` gives it.
    pub fn each_row<'a>(
        &'a self,
        charts: Range<usize>,
        items: &'a [u32],
    ) -> impl Iterator<Item = ChartRow> + 'a {
        charts.flat_map(move |chart| {
            let rows = self.rows(chart);
            let first = rows.start;
            let date = self.date(chart);
            rows.filter_map(move |row| {
                Some(ChartRow {
                    chart,
                    date: date?,
                    row,
                    rank: (row - first) as u32 + 1,
                    item: *items.get(row)?,
                })
            })
        })
    }

    /// Reads a chart list section; the row counts must add up to `rows`.
    pub fn read(reader: &mut SectionReader<'_>, rows: u32) -> Result<Self, ArchiveError> {
        let count = reader.count("the number of charts")?;
        let mut dates = Vec::with_capacity(count);
        let mut starts = Vec::with_capacity(count + 1);
        starts.push(0u32);
        let mut day: i64 = 0;
        let mut total: u64 = 0;
        for _ in 0..count {
            day = day.saturating_add(reader.i64()?);
            let date = i32::try_from(day)
                .ok()
                .and_then(Date::from_days_since_epoch)
                .ok_or_else(|| reader.corrupt(format!("day {day} is not a calendar date")))?;
            let length = reader.bounded(u64::from(u32::MAX), "a chart's row count")?;
            if length == 0 {
                return Err(reader.corrupt(format!("the chart of {date} has no rows")));
            }
            total += length;
            if total > u64::from(rows) {
                return Err(reader.corrupt("the charts hold more rows than the header says"));
            }
            dates.push(date);
            starts.push(total as u32);
        }
        reader.finish()?;
        if total != u64::from(rows) {
            return Err(reader.corrupt(format!(
                "the charts hold {total} rows but the header says {rows}"
            )));
        }
        Ok(Charts { dates, starts })
    }
}

/// One row of a chart, as [`Charts::each_row`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartRow {
    /// The chart's index.
    pub chart: usize,
    /// The chart's date.
    pub date: Date,
    /// The row's index among all rows.
    pub row: usize,
    /// Its rank in the chart.
    pub rank: u32,
    /// The song or track on it.
    pub item: u32,
}

/// Collects the charts of rows given in (region, date, rank) order and
/// checks that each chart's ranks run 1, 2, 3, … (the encoder's side).
#[derive(Debug, Default)]
pub struct ChartListBuilder {
    /// (region, date, rows) of each chart.
    charts: Vec<(usize, Date, usize)>,
}

impl ChartListBuilder {
    /// Adds a row; `Ok(true)` when it starts a new chart.
    pub fn push_row(&mut self, region: usize, date: Date, rank: u32) -> Result<bool, String> {
        let new_chart = self.charts.last().map(|c| (c.0, c.1)) != Some((region, date));
        if new_chart {
            self.charts.push((region, date, 0));
        }
        let Some(chart) = self.charts.last_mut() else {
            return Err("no chart".to_owned());
        };
        chart.2 += 1;
        if rank as usize != chart.2 {
            return Err(format!(
                "the chart of {date} has rank {rank} where {} was expected (ranks must run 1, 2, 3, … without gaps or repeats)",
                chart.2
            ));
        }
        Ok(new_chart)
    }

    /// How many charts each region has, by region index.
    pub fn charts_per_region(&self, regions: usize) -> Vec<usize> {
        let mut counts = vec![0; regions];
        for chart in &self.charts {
            if let Some(count) = counts.get_mut(chart.0) {
                *count += 1;
            }
        }
        counts
    }

    /// The chart list section.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.charts.len() * 3 + 5);
        write_u64(&mut out, self.charts.len() as u64);
        let mut day: i64 = 0;
        for &(_, date, rows) in &self.charts {
            let next = i64::from(date.days_since_epoch());
            write_i64(&mut out, next - day);
            write_u64(&mut out, rows as u64);
            day = next;
        }
        out
    }
}
