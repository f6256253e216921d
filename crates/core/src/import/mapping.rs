//! Which CSV column holds what: a guess from the header names, shown in the
//! preview, and the mapping the user confirms or changes.

use crate::model::Metric;

use super::csv_table::CsvTable;
use super::errors::ImportProblem;
use super::values::metric_from_name;

/// Header names read as the date column, best first.
pub const DATE_NAMES: &[&str] = &["date", "day", "week", "chart_date"];
/// Header names read as the value column, best first.
pub const VALUE_NAMES: &[&str] = &["value", "streams", "rank", "position", "plays"];
/// Header names read as the series (song) column, best first.
pub const SERIES_NAMES: &[&str] = &["series", "song", "track", "title", "name"];
/// Header names read as the metric column.
pub const METRIC_NAMES: &[&str] = &["metric"];

/// Where the metric of each row comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricSource {
    /// A column whose cells say `rank` or `streams` (also `position`, `plays`).
    Column(usize),
    /// The same metric for every row.
    Fixed(Metric),
}

/// The columns to read, by index into the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnMapping {
    /// The date column.
    pub date: usize,
    /// The value column (rank or streams).
    pub value: usize,
    /// The series (song) name column; without one, the whole file is one
    /// series named after the file.
    pub series: Option<usize>,
    /// Where each row's metric comes from.
    pub metric: MetricSource,
}

impl ColumnMapping {
    /// Checks that every column exists in `table` and none is used twice.
    pub fn check(&self, table: &CsvTable) -> Result<(), ImportProblem> {
        let metric = match self.metric {
            MetricSource::Column(index) => Some(index),
            MetricSource::Fixed(_) => None,
        };
        let used: Vec<(&str, usize)> = [
            ("date", Some(self.date)),
            ("value", Some(self.value)),
            ("series", self.series),
            ("metric", metric),
        ]
        .into_iter()
        .filter_map(|(role, index)| index.map(|index| (role, index)))
        .collect();
        for (position, (role, index)) in used.iter().enumerate() {
            if *index >= table.header.len() {
                return Err(ImportProblem::whole_file(format!(
                    "the {role} column is number {}, but the file has {} columns",
                    index + 1,
                    table.header.len()
                )));
            }
            if let Some((other, _)) = used[..position].iter().find(|(_, i)| i == index) {
                return Err(ImportProblem::whole_file(format!(
                    "column \"{}\" cannot be both the {other} and the {role} column",
                    table.column_name(*index)
                )));
            }
        }
        Ok(())
    }

    /// The largest column index the mapping reads.
    pub(crate) fn widest(&self) -> usize {
        let metric = match self.metric {
            MetricSource::Column(index) => index,
            MetricSource::Fixed(_) => 0,
        };
        self.date
            .max(self.value)
            .max(self.series.unwrap_or(0))
            .max(metric)
    }
}

/// The columns recognised from the header names, for the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnGuess {
    /// The date column, if a header is named like one ([`DATE_NAMES`]).
    pub date: Option<usize>,
    /// The value column ([`VALUE_NAMES`]).
    pub value: Option<usize>,
    /// The series column ([`SERIES_NAMES`]).
    pub series: Option<usize>,
    /// The metric column ([`METRIC_NAMES`]).
    pub metric: Option<usize>,
    /// The metric the value column's name states (`rank`, `streams`…).
    pub metric_from_value_name: Option<Metric>,
}

impl ColumnGuess {
    /// Guesses the columns of a header row.
    pub fn from_header(header: &[String]) -> Self {
        let names: Vec<String> = header.iter().map(|name| header_key(name)).collect();
        let mut taken = Vec::new();
        let mut find = |wanted: &[&str]| {
            let index = find_column(&names, wanted, &taken)?;
            taken.push(index);
            Some(index)
        };
        let date = find(DATE_NAMES);
        let value = find(VALUE_NAMES);
        let metric = find(METRIC_NAMES);
        let series = find(SERIES_NAMES);
        let metric_from_value_name = value.and_then(|index| {
            names[index]
                .split(|c: char| !c.is_alphanumeric())
                .find_map(metric_from_name)
        });
        ColumnGuess {
            date,
            value,
            series,
            metric,
            metric_from_value_name,
        }
    }

    /// The mapping the guess stands for, with the assumptions it makes, or
    /// why it cannot be used as it is (no date or value column).
    pub fn to_mapping(
        &self,
        table: &CsvTable,
    ) -> Result<(ColumnMapping, Vec<String>), ImportProblem> {
        let columns = || {
            (0..table.header.len())
                .map(|index| format!("\"{}\"", table.column_name(index)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let missing = |role: &str, names: &[&str]| {
            ImportProblem::whole_file(format!(
                "no {role} column found (looked for a header named {}); the columns are {}",
                names.join(", "),
                columns()
            ))
        };
        let date = self.date.ok_or_else(|| missing("date", DATE_NAMES))?;
        let value = self.value.ok_or_else(|| missing("value", VALUE_NAMES))?;
        let mut assumptions = Vec::new();
        let metric = match (self.metric, self.metric_from_value_name) {
            (Some(index), _) => MetricSource::Column(index),
            (None, Some(metric)) => MetricSource::Fixed(metric),
            (None, None) => {
                assumptions.push(format!(
                    "no metric column, and the value column \"{}\" does not say rank or streams: the values were read as streams",
                    table.column_name(value)
                ));
                MetricSource::Fixed(Metric::Streams)
            }
        };
        Ok((
            ColumnMapping {
                date,
                value,
                series: self.series,
                metric,
            },
            assumptions,
        ))
    }
}

/// A header name as compared: lowercase, with runs of spaces and hyphens as `_`.
fn header_key(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// The first untaken column named exactly like a wanted name (best name
/// first), else the first whose name contains one as a word.
fn find_column(names: &[String], wanted: &[&str], taken: &[usize]) -> Option<usize> {
    let free = |index: &usize| !taken.contains(index);
    let exact = wanted.iter().find_map(|want| {
        (0..names.len())
            .filter(free)
            .find(|&index| names[index] == *want)
    });
    exact.or_else(|| {
        wanted.iter().find_map(|want| {
            (0..names.len()).filter(free).find(|&index| {
                names[index]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == *want)
            })
        })
    })
}
