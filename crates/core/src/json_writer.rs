//! JSON text the app writes: the data in view as a download
//! (`export::to_json`) and the reader's own data kept in the browser
//! (`ImportedData::to_json`). [`crate::parse::reader`] reads it back.
//!
//! Strings are escaped as JSON requires and nothing more (other characters
//! are written as they are); whole numbers within 2^53 are written without
//! a fraction, others as their shortest exact decimal, and a value that is
//! not finite, which JSON cannot hold, as `null`.

use std::fmt::Write;

/// Largest whole number an f64 holds exactly (2^53).
const EXACT_WHOLE_LIMIT: f64 = 9_007_199_254_740_992.0;

/// `value` as a whole number, when it is one an f64 holds exactly (within
/// 2^53), so that it is written without a fraction (`3`, not `3.0`).
pub fn exact_whole(value: f64) -> Option<i64> {
    // Exact: a whole f64 within 2^53 converts to i64 without loss.
    (value.fract() == 0.0 && value.abs() <= EXACT_WHOLE_LIMIT).then_some(value as i64)
}

/// Writes one JSON value, compact or indented by two spaces a level.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    indented: bool,
    /// For each open array or object: whether it holds anything yet.
    open: Vec<bool>,
    /// A member's name was written and its value is next.
    after_key: bool,
}

impl JsonWriter {
    /// A writer of JSON without white space.
    pub fn compact() -> Self {
        JsonWriter::default()
    }

    /// A writer of JSON with one member or element a line.
    pub fn indented() -> Self {
        JsonWriter {
            indented: true,
            ..JsonWriter::default()
        }
    }

    /// Opens an object: members follow, then [`JsonWriter::end_object`].
    pub fn begin_object(&mut self) {
        self.begin('{');
    }

    /// Closes the object opened last.
    pub fn end_object(&mut self) {
        self.end('}');
    }

    /// Opens an array: values follow, then [`JsonWriter::end_array`].
    pub fn begin_array(&mut self) {
        self.begin('[');
    }

    /// Closes the array opened last.
    pub fn end_array(&mut self) {
        self.end(']');
    }

    /// A member's name; its value is written next.
    pub fn key(&mut self, name: &str) {
        self.next_item();
        self.quoted(name);
        self.out.push(':');
        if self.indented {
            self.out.push(' ');
        }
        self.after_key = true;
    }

    /// A string value.
    pub fn string(&mut self, text: &str) {
        self.before_value();
        self.quoted(text);
    }

    /// A number value.
    pub fn number(&mut self, value: f64) {
        self.before_value();
        if !value.is_finite() {
            self.out.push_str("null");
        } else if let Some(whole) = exact_whole(value) {
            let _ = write!(self.out, "{whole}");
        } else {
            let _ = write!(self.out, "{value}");
        }
    }

    /// The text written, with a final line break when indented.
    pub fn finish(mut self) -> String {
        if self.indented {
            self.out.push('\n');
        }
        self.out
    }

    fn begin(&mut self, bracket: char) {
        self.before_value();
        self.out.push(bracket);
        self.open.push(false);
    }

    fn end(&mut self, bracket: char) {
        if self.open.pop() == Some(true) {
            self.line_break();
        }
        self.out.push(bracket);
    }

    /// Before a value: nothing after a member's name, else the separator
    /// an array's element needs.
    fn before_value(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else {
            self.next_item();
        }
    }

    /// A comma after the previous member or element, and its line.
    fn next_item(&mut self) {
        let Some(holds) = self.open.last_mut() else {
            return;
        };
        if *holds {
            self.out.push(',');
        }
        *holds = true;
        self.line_break();
    }

    fn line_break(&mut self) {
        if self.indented {
            self.out.push('\n');
            for _ in 0..self.open.len() {
                self.out.push_str("  ");
            }
        }
    }

    fn quoted(&mut self, text: &str) {
        self.out.push('"');
        for ch in text.chars() {
            match ch {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{0}'..='\u{1f}' => {
                    let _ = write!(self.out, "\\u{:04x}", u32::from(ch));
                }
                _ => self.out.push(ch),
            }
        }
        self.out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(mut writer: JsonWriter) -> String {
        writer.begin_object();
        writer.key("name");
        writer.string("a \"b\"\\\n\u{1}é");
        writer.key("values");
        writer.begin_array();
        for value in [3.0, -0.5, 1e21, 12_345_678_901.0, f64::NAN] {
            writer.number(value);
        }
        writer.end_array();
        writer.key("empty");
        writer.begin_array();
        writer.end_array();
        writer.key("nested");
        writer.begin_object();
        writer.end_object();
        writer.end_object();
        writer.finish()
    }

    #[test]
    fn writes_compact_json() {
        assert_eq!(
            sample(JsonWriter::compact()),
            r#"{"name":"a \"b\"\\\n\u0001é","values":[3,-0.5,1000000000000000000000,12345678901,null],"empty":[],"nested":{}}"#
        );
    }

    #[test]
    fn writes_indented_json() {
        assert_eq!(
            sample(JsonWriter::indented()),
            "{\n  \"name\": \"a \\\"b\\\"\\\\\\n\\u0001é\",\n  \"values\": [\n    3,\n    -0.5,\n    1000000000000000000000,\n    12345678901,\n    null\n  ],\n  \"empty\": [],\n  \"nested\": {}\n}\n"
        );
    }

    #[test]
    fn what_it_writes_is_json_that_reads_back() {
        let text = sample(JsonWriter::indented());
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["name"], "a \"b\"\\\n\u{1}é");
        assert_eq!(value["values"][1], -0.5);
        assert_eq!(value["values"][3], 12_345_678_901u64);
        assert!(value["values"][4].is_null());
    }
}
