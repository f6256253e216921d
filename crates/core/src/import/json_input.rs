//! JSON files in three shapes, read into raw records:
//!
//! - our series file: `{"schema_version": 1, "song": …, "series": [{"id": …,
//!   "points": [{"date", "value"}]}]}` (a series id ending in `-streams` is
//!   streams, any other is ranks);
//! - plain rows: `[{"date": …, "value": n, "series": …, "metric": "rank"}]`
//!   (`series` and `metric` optional);
//! - named series: `{"series": [{"name": …, "metric": …, "points": [{"date",
//!   "value"}]}]}` (`metric` optional).
//!
//! Shape errors carry the JSON path (`series[0].points[3].value`) with line
//! and column; dates are read in the same formats as in CSV files.

use crate::model::{Metric, SCHEMA_VERSION};
use crate::parse::read_fields::read_fields;
use crate::parse::reader::{FromJson, JsonReader, ReadError};
use crate::parse::{declared_version, read_document};
use crate::DatasetError;

use super::errors::{ImportProblem, Location};
use super::records::{Place, RawMetric, RawRecord, RawValue};
use super::ImportLimits;

/// A value written as a JSON number or as a numeric string (`"1,234"`).
fn number_or_text(reader: &mut JsonReader<'_>) -> Result<RawValue<'static>, ReadError> {
    if reader.next_is_string() {
        reader.string().map(|text| RawValue::Text(text.into()))
    } else {
        reader.f64().map(RawValue::Number)
    }
}

struct JsonPoint {
    date: String,
    value: RawValue<'static>,
}

impl FromJson for JsonPoint {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ignoring others,
            JsonPoint {
                date: required(JsonReader::string),
                value: required(number_or_text),
            }
        )
    }
}

struct PlainRow {
    date: String,
    value: RawValue<'static>,
    series: Option<String>,
    metric: Option<String>,
}

impl FromJson for PlainRow {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ignoring others,
            PlainRow {
                date: required(JsonReader::string),
                value: required(number_or_text),
                series: optional(JsonReader::string),
                metric: optional(JsonReader::string),
            }
        )
    }
}

struct NamedSeriesFile {
    series: Vec<NamedSeries>,
}

impl FromJson for NamedSeriesFile {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ignoring others,
            NamedSeriesFile {
                series: required(JsonReader::array),
            }
        )
    }
}

struct NamedSeries {
    name: String,
    metric: Option<String>,
    points: Vec<JsonPoint>,
}

impl FromJson for NamedSeries {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ignoring others,
            NamedSeries {
                name: required(JsonReader::string),
                metric: optional(JsonReader::string),
                points: required(JsonReader::array),
            }
        )
    }
}

/// Our own series file: every member as the schema has it, no others.
struct OurSeriesFile {
    schema_version: u32,
    /// Required by the schema; the series ids already carry the song.
    #[allow(dead_code)]
    song: String,
    series: Vec<OurSeries>,
}

impl FromJson for OurSeriesFile {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            OurSeriesFile {
                schema_version: required(JsonReader::u32),
                song: required(JsonReader::string),
                series: required(JsonReader::array),
            }
        )
    }
}

struct OurSeries {
    id: String,
    points: Vec<JsonPoint>,
}

impl FromJson for OurSeries {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            OurSeries {
                id: required(JsonReader::string),
                points: required(JsonReader::array),
            }
        )
    }
}

/// What the JSON reader found: records, assumptions made, or one problem.
pub(crate) type JsonRecords = Result<(Vec<RawRecord<'static>>, Vec<String>), ImportProblem>;

/// Reads a JSON file into raw records.
pub(crate) fn read_json(text: &str, limits: &ImportLimits) -> JsonRecords {
    let top_is_array = text.trim_start().starts_with('[');
    let ours = !top_is_array && declared_version(text).is_some();
    let (records, assumptions) = if top_is_array {
        let rows: Vec<PlainRow> = read_document(text).map_err(json_problem)?;
        check_rows(rows.len(), limits)?;
        let records = rows
            .into_iter()
            .enumerate()
            .map(|(index, row)| RawRecord {
                place: Place::Path(format!("[{index}]")),
                date: row.date.into(),
                value: row.value,
                series: row.series.map(Into::into),
                metric: row
                    .metric
                    .map_or(RawMetric::Unstated, |metric| RawMetric::Text(metric.into())),
            })
            .collect();
        (records, Vec::new())
    } else if ours {
        read_our_series_file(text, limits)?
    } else {
        let file: NamedSeriesFile = read_document(text).map_err(json_problem)?;
        check_rows(file.series.iter().map(|s| s.points.len()).sum(), limits)?;
        let mut records = Vec::new();
        for (index, series) in file.series.into_iter().enumerate() {
            let metric = match series.metric {
                None => RawMetric::Unstated,
                Some(text) => RawMetric::Known(named_metric(&text, index)?),
            };
            push_points(
                &mut records,
                index,
                series.points,
                Some(series.name),
                &metric,
            );
        }
        (records, Vec::new())
    };
    Ok((records, assumptions))
}

fn read_our_series_file(text: &str, limits: &ImportLimits) -> JsonRecords {
    let file: OurSeriesFile = read_document(text).map_err(json_problem)?;
    if file.schema_version != SCHEMA_VERSION {
        return Err(ImportProblem::at(
            Location::Path("schema_version".into()),
            format!(
                "schema_version {} is not supported (this app reads version {SCHEMA_VERSION})",
                file.schema_version
            ),
        ));
    }
    check_rows(file.series.iter().map(|s| s.points.len()).sum(), limits)?;
    let (mut records, mut assumptions) = (Vec::new(), Vec::new());
    for (index, series) in file.series.into_iter().enumerate() {
        let metric = if series.id.ends_with("-streams") {
            Metric::Streams
        } else {
            if !series.id.ends_with("-rank") {
                assumptions.push(format!(
                    "series \"{}\" does not end in -rank or -streams: its values were read as ranks",
                    series.id
                ));
            }
            Metric::Rank
        };
        let name = Some(series.id);
        push_points(
            &mut records,
            index,
            series.points,
            name,
            &RawMetric::Known(metric),
        );
    }
    Ok((records, assumptions))
}

fn push_points(
    records: &mut Vec<RawRecord<'static>>,
    series_index: usize,
    points: Vec<JsonPoint>,
    name: Option<String>,
    metric: &RawMetric<'static>,
) {
    for (index, point) in points.into_iter().enumerate() {
        records.push(RawRecord {
            place: Place::Path(format!("series[{series_index}].points[{index}]")),
            date: point.date.into(),
            value: point.value,
            series: name.clone().map(Into::into),
            metric: metric.clone(),
        });
    }
}

fn named_metric(text: &str, series_index: usize) -> Result<Metric, ImportProblem> {
    super::values::metric_from_name(text).ok_or_else(|| {
        ImportProblem::at(
            Location::Path(format!("series[{series_index}].metric")),
            format!("\"{}\" is not a metric (use rank or streams)", text.trim()),
        )
    })
}

fn check_rows(count: usize, limits: &ImportLimits) -> Result<(), ImportProblem> {
    if count > limits.max_rows {
        Err(ImportProblem::whole_file(format!(
            "the file has {count} points, over the import limit of {}",
            limits.max_rows
        )))
    } else {
        Ok(())
    }
}

/// A JSON parse error as a problem at its path or position.
fn json_problem(error: DatasetError) -> ImportProblem {
    match error {
        DatasetError::Syntax {
            line,
            column,
            message,
        } => ImportProblem::at(
            Location::Text { line, column },
            format!("the JSON is malformed: {message}"),
        ),
        DatasetError::Shape {
            path,
            line,
            column,
            message,
        } => ImportProblem::at(
            Location::Path(path),
            format!("{message} (line {line}, column {column})"),
        ),
        other => ImportProblem::whole_file(other.to_string()),
    }
}
