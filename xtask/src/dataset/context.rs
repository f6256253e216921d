//! The daily chart context from `spotify_chart_coverage.csv`.

use anyhow::Result;
use needledrop_core::model::{ChartContext, ChartContextFile, ChartDay, SCHEMA_VERSION};

use super::catalogue::{SPOTIFY_GLOBAL, SPOTIFY_US};
use super::source_table::SourceTable;

/// Reads the coverage file into one context per chart and region.
pub fn read_context(table: &SourceTable) -> Result<ChartContextFile> {
    table.require(&[
        "date",
        "region",
        "chart",
        "source_id",
        "rows_on_date",
        "streams_at_rank_1",
        "streams_at_rank_200",
        "max_rank",
    ])?;
    let mut charts: Vec<ChartContext> = Vec::new();
    for row in table.rows() {
        let (chart, source) = match (
            row.text("region")?,
            row.text("chart")?,
            row.text("source_id")?,
        ) {
            ("us", "top200_daily", "S1") => ("spotify-us-daily", SPOTIFY_US),
            ("global", "top200_daily", "S2") => ("spotify-global-daily", SPOTIFY_GLOBAL),
            (region, kind, source) => {
                return Err(row.invalid(
                    "chart",
                    format!("unknown chart {kind} for region {region} from {source}"),
                ))
            }
        };
        let last_rank: u32 = row.number_in("max_rank")?;
        if last_rank != 200 {
            return Err(row.invalid(
                "max_rank",
                "the streams column is the streams at rank 200, but this day ends at another rank",
            ));
        }
        let day = ChartDay {
            date: row.date("date")?,
            entries: row.number_in("rows_on_date")?,
            streams_at_rank_1: row.number_in("streams_at_rank_1")?,
            streams_at_last_rank: row.number_in("streams_at_rank_200")?,
            last_rank,
        };
        let region = row.text("region")?;
        match charts.iter_mut().find(|c| c.chart == chart) {
            Some(context) => context.days.push(day),
            None => charts.push(ChartContext {
                chart: chart.to_owned(),
                region: region.to_owned(),
                source: source.to_owned(),
                days: vec![day],
            }),
        }
    }
    for context in &mut charts {
        context.days.sort_by_key(|day| day.date);
    }
    charts.sort_by(|a, b| a.chart.cmp(&b.chart));
    Ok(ChartContextFile {
        schema_version: SCHEMA_VERSION,
        charts,
    })
}
