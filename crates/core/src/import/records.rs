//! From raw records (CSV rows or JSON points, still text) to imported
//! series: dates in the file's format, values checked against their metric,
//! rows grouped by series name and metric, sorted, without duplicate dates.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use crate::model::{Metric, Point};
use crate::Date;

use super::dates::{parse_user_date, SlashDates, SlashOrder};
use super::errors::{ImportError, ImportProblem, Location, ProblemList};
use super::values::{check_metric_value, metric_from_name, parse_number, trim_cell};
use super::{ImportLimits, ImportedData, ImportedSeries};

/// Where a record is: a CSV row or a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// A CSV row number.
    Row(usize),
    /// A JSON path to the record (`[3]`, `series[0].points[4]`).
    Path(String),
}

impl Place {
    /// The location of one field of the record (a CSV column name or a JSON key).
    fn field(&self, name: &str) -> Location {
        match self {
            Place::Row(row) => Location::Row {
                row: *row,
                column: Some(name.to_owned()),
            },
            Place::Path(path) => Location::Path(format!("{path}.{name}")),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Row(row) => write!(f, "row {row}"),
            Place::Path(path) => f.write_str(path),
        }
    }
}

/// A value as written: text from a CSV cell or JSON string, or a JSON number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum RawValue<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

/// A record's metric: known, to be read from text, or not stated.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum RawMetric<'a> {
    Known(Metric),
    Text(Cow<'a, str>),
    Unstated,
}

/// One observation before checking.
#[derive(Clone, Debug, PartialEq)]
/// Text borrows the CSV table's cells (JSON records own theirs).
pub(crate) struct RawRecord<'a> {
    pub(crate) place: Place,
    pub(crate) date: Cow<'a, str>,
    pub(crate) value: RawValue<'a>,
    /// Series name; blank or absent means the file's default series.
    pub(crate) series: Option<Cow<'a, str>>,
    pub(crate) metric: RawMetric<'a>,
}

/// The names of the fields in messages: CSV column names or JSON keys.
pub(crate) struct FieldNames {
    pub(crate) date: String,
    pub(crate) value: String,
    pub(crate) metric: String,
}

impl FieldNames {
    /// The keys of the JSON shapes.
    pub(crate) fn json() -> Self {
        FieldNames {
            date: "date".into(),
            value: "value".into(),
            metric: "metric".into(),
        }
    }
}

/// A series being built, with each point's place for duplicate messages.
struct SeriesBuilder {
    name: String,
    metric: Metric,
    points: Vec<(Point, Place)>,
}

/// What the records' dates say about the order of day and month.
pub(crate) fn slash_dates(records: &[RawRecord<'_>]) -> SlashDates {
    let mut dates = SlashDates::default();
    for record in records {
        dates.see(&record.date, &record.place);
    }
    dates
}

/// Checks and groups records into imported series, given what their dates
/// say about the order of day and month (see [`slash_dates`]). `problems`
/// may already hold problems found while reading; they are reported
/// together.
pub(crate) fn build_imported(
    file_name: &str,
    slashed: SlashDates,
    records: Vec<RawRecord<'_>>,
    names: &FieldNames,
    limits: &ImportLimits,
    mut problems: ProblemList,
    mut assumptions: Vec<String>,
) -> Result<ImportedData, ImportError> {
    if records.is_empty() && problems.is_empty() {
        problems.push(ImportProblem::whole_file("the file has no data rows"));
    }
    let order = match slashed.order() {
        Ok((order, assumption)) => {
            assumptions.extend(assumption);
            order
        }
        Err(reason) => {
            problems.push(ImportProblem::whole_file(reason));
            return problems.finish(ImportedData::default());
        }
    };
    let default_name = default_series_name(file_name);
    let mut unstated_metric = false;
    let mut builders: Vec<SeriesBuilder> = Vec::new();
    let mut index_of: HashMap<(String, Metric), usize> = HashMap::new();
    let mut last: Option<usize> = None;
    let mut metric_names = MetricNames::default();
    let total = records.len();
    for (seen, record) in records.into_iter().enumerate() {
        unstated_metric |= record.metric == RawMetric::Unstated;
        let Some((date, metric, value)) =
            checked(&record, order, names, &mut metric_names, &mut problems)
        else {
            continue;
        };
        let name = record
            .series
            .as_deref()
            .map(trim_cell)
            .filter(|name| !name.is_empty())
            .unwrap_or(&default_name);
        // Rows of one series usually follow each other: reuse the last
        // lookup before hashing (and allocating) the name.
        let next = builders.len();
        let index = match last {
            Some(index)
                if builders
                    .get(index)
                    .is_some_and(|b: &SeriesBuilder| b.metric == metric && b.name == name) =>
            {
                index
            }
            _ => *index_of.entry((name.to_owned(), metric)).or_insert(next),
        };
        last = Some(index);
        if index == next {
            let name = name.to_owned();
            if builders.len() == limits.max_series {
                problems.push(ImportProblem::whole_file(format!(
                    "the file has more than {} series, the import limit",
                    limits.max_series
                )));
                return problems.finish(ImportedData::default());
            }
            // Most files hold one series: the first gets room for every
            // record left, rather than growing (and copying) as it fills.
            let room = if builders.is_empty() { total - seen } else { 0 };
            builders.push(SeriesBuilder {
                name,
                metric,
                points: Vec::with_capacity(room),
            });
        }
        builders[index]
            .points
            .push((Point { date, value }, record.place));
    }
    if unstated_metric {
        assumptions.push(
            "no metric was given (rank or streams): the values were read as streams".to_owned(),
        );
    }
    let series = builders
        .into_iter()
        .map(|builder| finish_series(builder, names, &mut problems))
        .collect();
    problems.finish(ImportedData {
        file_name: file_name.to_owned(),
        series,
        assumptions,
        markers: Vec::new(),
    })
}

/// The last metric text read and what it stands for: most files repeat one
/// metric name on every row.
#[derive(Default)]
struct MetricNames(Option<(String, Option<Metric>)>);

impl MetricNames {
    fn metric(&mut self, text: &str) -> Option<Metric> {
        match &self.0 {
            Some((last, metric)) if last == text => *metric,
            _ => {
                let metric = metric_from_name(text);
                self.0 = Some((text.to_owned(), metric));
                metric
            }
        }
    }
}

/// A record's date, metric (streams when unstated) and value; or `None`,
/// with the problems of each (one to three) added to `problems`.
///
/// Kept out of line on purpose: a browser optimises a wasm function for its
/// later calls only, so the work of each row lives in a function called
/// once per row rather than inside the one long call that loops over every
/// row (with the two other per-row functions marked alike, the build is
/// 0.5 KB smaller and the import no slower than with them inlined).
#[inline(never)]
fn checked(
    record: &RawRecord<'_>,
    order: SlashOrder,
    names: &FieldNames,
    metric_names: &mut MetricNames,
    problems: &mut ProblemList,
) -> Option<(Date, Metric, f64)> {
    let date = parse_user_date(&record.date, order)
        .map_err(|reason| ImportProblem::at(record.place.field(&names.date), reason));
    let metric = match &record.metric {
        RawMetric::Known(metric) => Ok(*metric),
        RawMetric::Text(text) => metric_names.metric(text).ok_or_else(|| {
            ImportProblem::at(
                record.place.field(&names.metric),
                format!("\"{}\" is not a metric (use rank or streams)", text.trim()),
            )
        }),
        RawMetric::Unstated => Ok(Metric::Streams),
    };
    let value = match &record.value {
        RawValue::Text(text) => parse_number(text),
        RawValue::Number(number) => Ok(*number),
    }
    .and_then(|value| match &metric {
        Ok(metric) => check_metric_value(value, *metric).map(|()| value),
        Err(_) => Ok(value),
    })
    .map_err(|reason| ImportProblem::at(record.place.field(&names.value), reason));
    match (date, metric, value) {
        (Ok(date), Ok(metric), Ok(value)) => Some((date, metric, value)),
        (date, metric, value) => {
            for problem in [date.err(), metric.err(), value.err()]
                .into_iter()
                .flatten()
            {
                problems.push(problem);
            }
            None
        }
    }
}

/// Sorts a series by date and reports dates that appear twice.
fn finish_series(
    mut builder: SeriesBuilder,
    names: &FieldNames,
    problems: &mut ProblemList,
) -> ImportedSeries {
    crate::sort::sort_by_key(&mut builder.points, |(point, _)| point.date);
    for pair in builder.points.windows(2) {
        let ((first, first_place), (second, second_place)) = (&pair[0], &pair[1]);
        if first.date == second.date {
            problems.push(ImportProblem::at(
                second_place.field(&names.date),
                format!(
                    "{} appears twice for \"{}\" ({}): {first_place} and {second_place}",
                    second.date,
                    builder.name,
                    builder.metric.name()
                ),
            ));
        }
    }
    ImportedSeries {
        name: builder.name,
        metric: builder.metric,
        points: builder.points.into_iter().map(|(point, _)| point).collect(),
    }
}

/// The series name of rows that name none: the file name without folder
/// and extension.
pub(crate) fn default_series_name(file_name: &str) -> String {
    let base = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .trim();
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim(),
        _ => base,
    };
    if stem.is_empty() {
        "imported series".to_owned()
    } else {
        stem.to_owned()
    }
}
