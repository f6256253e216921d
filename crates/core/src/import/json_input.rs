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

use serde::de::{self, Deserializer, IgnoredAny, Visitor};
use serde::Deserialize;

use crate::model::{Metric, SCHEMA_VERSION};
use crate::parse::parse_json;
use crate::DatasetError;

use super::errors::{ImportProblem, Location};
use super::records::{Place, RawMetric, RawRecord, RawValue};
use super::ImportLimits;

/// A value written as a JSON number or as a numeric string (`"1,234"`).
struct JsonValue(RawValue<'static>);

impl<'de> Deserialize<'de> for JsonValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumberOrText;
        impl Visitor<'_> for NumberOrText {
            type Value = JsonValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<JsonValue, E> {
                Ok(JsonValue(RawValue::Number(value)))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<JsonValue, E> {
                // The model stores f64: counts beyond 2^53 round to the nearest one.
                Ok(JsonValue(RawValue::Number(value as f64)))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<JsonValue, E> {
                Ok(JsonValue(RawValue::Number(value as f64)))
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<JsonValue, E> {
                Ok(JsonValue(RawValue::Text(value.to_owned().into())))
            }
        }
        deserializer.deserialize_any(NumberOrText)
    }
}

#[derive(Deserialize)]
struct JsonPoint {
    date: String,
    value: JsonValue,
}

#[derive(Deserialize)]
struct PlainRow {
    date: String,
    value: JsonValue,
    #[serde(default)]
    series: Option<String>,
    #[serde(default)]
    metric: Option<String>,
}

#[derive(Deserialize)]
struct NamedSeriesFile {
    series: Vec<NamedSeries>,
}

#[derive(Deserialize)]
struct NamedSeries {
    name: String,
    #[serde(default)]
    metric: Option<String>,
    points: Vec<JsonPoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OurSeriesFile {
    schema_version: u32,
    /// Required by the schema; the series ids already carry the song.
    #[allow(dead_code)]
    song: String,
    series: Vec<OurSeries>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OurSeries {
    id: String,
    points: Vec<JsonPoint>,
}

/// Which keys a top-level object has, to tell the shapes apart.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    schema_version: Option<IgnoredAny>,
}

/// What the JSON reader found: records, assumptions made, or one problem.
pub(crate) type JsonRecords = Result<(Vec<RawRecord<'static>>, Vec<String>), ImportProblem>;

/// Reads a JSON file into raw records.
pub(crate) fn read_json(text: &str, limits: &ImportLimits) -> JsonRecords {
    let top_is_array = text.trim_start().starts_with('[');
    let ours = !top_is_array
        && serde_json::from_str::<Probe>(text).is_ok_and(|probe| probe.schema_version.is_some());
    let (records, assumptions) = if top_is_array {
        let rows: Vec<PlainRow> = parse_json(text).map_err(json_problem)?;
        check_rows(rows.len(), limits)?;
        let records = rows
            .into_iter()
            .enumerate()
            .map(|(index, row)| RawRecord {
                place: Place::Path(format!("[{index}]")),
                date: row.date.into(),
                value: row.value.0,
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
        let file: NamedSeriesFile = parse_json(text).map_err(json_problem)?;
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
    let file: OurSeriesFile = parse_json(text).map_err(json_problem)?;
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
            value: point.value.0,
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
