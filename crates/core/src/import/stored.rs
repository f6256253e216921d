//! The reader's imported data as the browser keeps it (`localStorage`):
//! written by [`crate::json_writer`], read back by the core's JSON reader.
//!
//! The shape is `{"file_name", "series": [{"name", "metric", "points":
//! [{"date", "value"}]}], "assumptions": [...], "markers": [{"date",
//! "label"}]}` (`markers` left out when there are none), so data kept by
//! earlier versions of the app read back unchanged.

use crate::json_writer::JsonWriter;
use crate::model::{Metric, Point};
use crate::parse::read_document;
use crate::parse::read_fields::read_fields;
use crate::parse::reader::{FromJson, JsonReader, ReadError};
use crate::DatasetError;

use super::{ImportedData, ImportedSeries, UserMarker};

impl ImportedData {
    /// The data as compact JSON, for the browser's storage.
    pub fn to_json(&self) -> String {
        let mut json = JsonWriter::compact();
        json.begin_object();
        json.key("file_name");
        json.string(&self.file_name);
        json.key("series");
        json.begin_array();
        for series in &self.series {
            write_series(&mut json, series);
        }
        json.end_array();
        json.key("assumptions");
        json.begin_array();
        for assumption in &self.assumptions {
            json.string(assumption);
        }
        json.end_array();
        if !self.markers.is_empty() {
            json.key("markers");
            json.begin_array();
            for marker in &self.markers {
                json.begin_object();
                json.key("date");
                json.string(&marker.date.to_string());
                json.key("label");
                json.string(&marker.label);
                json.end_object();
            }
            json.end_array();
        }
        json.end_object();
        json.finish()
    }

    /// Reads what [`ImportedData::to_json`] wrote, or why it cannot.
    pub fn from_json(text: &str) -> Result<Self, DatasetError> {
        read_document(text)
    }
}

fn write_series(json: &mut JsonWriter, series: &ImportedSeries) {
    json.begin_object();
    json.key("name");
    json.string(&series.name);
    json.key("metric");
    json.string(series.metric.name());
    json.key("points");
    json.begin_array();
    for point in &series.points {
        json.begin_object();
        json.key("date");
        json.string(&point.date.to_string());
        json.key("value");
        json.number(point.value);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

impl FromJson for ImportedData {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ImportedData {
                file_name: required(JsonReader::string),
                series: required(JsonReader::array),
                assumptions: required(JsonReader::array),
                markers: default(JsonReader::array),
            }
        )
    }
}

impl FromJson for ImportedSeries {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            ImportedSeries {
                name: required(JsonReader::string),
                metric: required(Metric::read),
                points: required(JsonReader::array::<Point>),
            }
        )
    }
}

impl FromJson for UserMarker {
    fn read(r: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        read_fields!(
            r,
            UserMarker {
                date: required(JsonReader::date),
                label: required(JsonReader::string),
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    fn sample() -> ImportedData {
        let date = |text| Date::parse_iso(text).unwrap();
        ImportedData {
            file_name: "my \"plays\".csv".into(),
            series: vec![
                ImportedSeries {
                    name: "Song A".into(),
                    metric: Metric::Streams,
                    points: vec![
                        Point {
                            date: date("2024-01-01"),
                            value: 1_234_567.0,
                        },
                        Point {
                            date: date("2024-01-02"),
                            value: 0.25,
                        },
                    ],
                },
                ImportedSeries {
                    name: "Song B".into(),
                    metric: Metric::Rank,
                    points: Vec::new(),
                },
            ],
            assumptions: vec!["values were read as streams".into()],
            markers: vec![UserMarker {
                date: date("2024-05-27"),
                label: "Season 2".into(),
            }],
        }
    }

    #[test]
    fn kept_data_reads_back_the_same() {
        let data = sample();
        assert_eq!(ImportedData::from_json(&data.to_json()).unwrap(), data);
        let unmarked = ImportedData {
            markers: Vec::new(),
            ..data
        };
        let text = unmarked.to_json();
        assert!(!text.contains("markers"), "{text}");
        assert_eq!(ImportedData::from_json(&text).unwrap(), unmarked);
    }

    #[test]
    fn data_kept_by_earlier_versions_reads_back() {
        // As serde_json wrote it before the app had its own writer: whole
        // values with a fraction, markers absent when there were none.
        let text = r#"{"file_name":"f.csv","series":[{"name":"A","metric":"rank","points":[{"date":"2024-01-01","value":3.0}]}],"assumptions":[]}"#;
        let data = ImportedData::from_json(text).unwrap();
        assert_eq!(data.series[0].metric, Metric::Rank);
        assert_eq!(data.series[0].points[0].value, 3.0);
        assert!(data.markers.is_empty());
    }

    #[test]
    fn damaged_kept_data_says_where() {
        let error = ImportedData::from_json(
            r#"{"file_name":"f","series":[{"name":"A","metric":"plays","points":[]}],"assumptions":[]}"#,
        )
        .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("series[0].metric"), "{text}");
        assert!(text.contains("unknown variant `plays`"), "{text}");
    }
}
