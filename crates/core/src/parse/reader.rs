//! A pull reader of JSON text: every JSON the app reads, from the documents
//! the build writes (`index.json`, series files, chart context, the archive
//! manifest) to a reader's own files and the data kept in the browser.
//!
//! Each type reads itself field by field ([`FromJson`], in `documents.rs`),
//! through a handful of small, non-generic functions here, which compile to
//! less wasm than serde's derived visitors (about 6 KB of gzip). Every
//! object refuses unknown and duplicate fields and names a missing one; an
//! error carries the byte it is about and the path to it, built on the way
//! out, so a valid document spends nothing on either.

use std::borrow::Cow;

use crate::shortened::shortened;
use crate::Date;

use super::MAX_NESTING;

/// A value that reads itself from JSON.
pub trait FromJson: Sized {
    /// Reads one value at the reader's position.
    fn read(reader: &mut JsonReader<'_>) -> Result<Self, ReadError>;
}

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathStep {
    /// An object's member.
    Key(String),
    /// An array's element.
    Index(usize),
}

/// Why reading stopped: a [`ReadFailure`], boxed so that every result
/// the reader passes along holds a pointer rather than the details (less
/// wasm to compile and less to copy on the way out of each call).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError(Box<ReadFailure>);

/// What a [`ReadError`] says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadFailure {
    /// Byte offset of what the error is about.
    pub at: usize,
    /// Broken JSON (rather than JSON of the wrong shape).
    pub syntax: bool,
    /// What was wrong.
    pub message: String,
    /// Where, innermost step first (it is built on the way out).
    pub path: Vec<PathStep>,
}

impl ReadError {
    fn new(at: usize, syntax: bool, message: String) -> Self {
        ReadError(Box::new(ReadFailure {
            at,
            syntax,
            message,
            path: Vec::new(),
        }))
    }

    fn within(mut self, step: PathStep) -> Self {
        self.0.path.push(step);
        self
    }

    /// The details, unboxed.
    pub fn into_failure(self) -> ReadFailure {
        *self.0
    }
}

impl std::ops::Deref for ReadError {
    type Target = ReadFailure;
    fn deref(&self) -> &ReadFailure {
        &self.0
    }
}

/// Reads JSON text from the start; see the module documentation.
pub struct JsonReader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> JsonReader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        JsonReader {
            text,
            pos: 0,
            depth: 0,
        }
    }

    /// Checks that nothing but white space follows the value read.
    pub fn finish(&mut self) -> Result<(), ReadError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax(self.pos, "unexpected text after the end of the data")),
        }
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    fn syntax(&self, at: usize, message: &str) -> ReadError {
        ReadError::new(at, true, message.to_owned())
    }

    fn shape(&self, at: usize, message: String) -> ReadError {
        ReadError::new(at, false, message)
    }

    /// "invalid type" for the value at the reader's position, quoting a
    /// string or number found there.
    fn wrong_type(&mut self, expected: &str) -> ReadError {
        let at = match self.peek() {
            Some(_) => self.pos,
            None => return self.syntax(self.pos, "the data ends where a value was expected"),
        };
        let mut probe = JsonReader {
            text: self.text,
            pos: at,
            depth: self.depth,
        };
        let rest = &self.text.as_bytes()[at..];
        let found = match rest[0] {
            b'"' => match probe.str() {
                Ok(text) => format!("the string \"{}\"", shortened(&text)),
                Err(error) => return error,
            },
            b'-' | b'0'..=b'9' => match probe.number_text(expected) {
                Ok((text, _)) => format!("the number {}", shortened(text)),
                Err(error) => return error,
            },
            b'{' => "an object".to_owned(),
            b'[' => "an array".to_owned(),
            _ if rest.starts_with(b"true") => "true".to_owned(),
            _ if rest.starts_with(b"false") => "false".to_owned(),
            _ if rest.starts_with(b"null") => "null".to_owned(),
            _ => return self.syntax(at, "expected a value"),
        };
        self.shape(at, format!("invalid type: {found}, expected {expected}"))
    }

    /// Consumes `byte` after white space, or says what was expected.
    fn expect(&mut self, byte: u8, expected: &str) -> Result<(), ReadError> {
        match self.peek() {
            Some(found) if found == byte => {
                self.pos += 1;
                Ok(())
            }
            None => Err(self.syntax(
                self.pos,
                &format!("the data ends where {expected} was expected"),
            )),
            Some(_) => Err(self.syntax(self.pos, &format!("expected {expected}"))),
        }
    }

    /// Reads an object whose members are `fields`, calling `member` with
    /// each member's name, the reader at its value. An unknown or repeated
    /// name is an error at that member.
    pub fn object(
        &mut self,
        fields: &[&str],
        member: &mut dyn FnMut(&mut Self, &str) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        self.named_members(fields, false, member)
    }

    /// Like [`JsonReader::object`], but members it does not name are
    /// skipped (their syntax still checked): the lenient shapes of a
    /// reader's own files, which may carry columns of their own.
    pub fn object_ignoring_others(
        &mut self,
        fields: &[&str],
        member: &mut dyn FnMut(&mut Self, &str) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        self.named_members(fields, true, member)
    }

    fn named_members(
        &mut self,
        fields: &[&str],
        others: bool,
        member: &mut dyn FnMut(&mut Self, &str) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        let mut seen = 0u64;
        self.members(&mut |reader, key, at| {
            let Some(index) = fields.iter().position(|field| *field == key) else {
                if others {
                    return reader.skip();
                }
                let message = format!("unknown field `{key}`, expected {}", one_of(fields));
                return Err(reader.shape(at, message));
            };
            if seen & (1 << index) != 0 {
                return Err(reader.shape(at, format!("duplicate field `{key}`")));
            }
            seen |= 1 << index;
            member(reader, key)
        })
    }

    /// Reads an object with any member names, calling `member` with each
    /// name and where it starts, the reader at its value.
    pub fn members(
        &mut self,
        member: &mut dyn FnMut(&mut Self, &str, usize) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        let mut more = self.open(b'{', b'}', "an object")?;
        while more {
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.syntax(self.pos, "the data ends inside an object")),
                Some(_) => {
                    return Err(self.syntax(self.pos, "expected a member name in double quotes"))
                }
            }
            let at = self.pos;
            let key = self.str()?;
            self.expect(b':', "`:`")?;
            member(self, &key, at)
                .map_err(|error| error.within(PathStep::Key(key.into_owned())))?;
            more = self.next(b'}', "an object")?;
        }
        Ok(())
    }

    /// Steps into the array or object that `open` starts; whether it holds
    /// anything (when empty, it has been stepped over whole).
    fn open(&mut self, open: u8, close: u8, expected: &str) -> Result<bool, ReadError> {
        if self.peek() != Some(open) {
            return Err(self.wrong_type(expected));
        }
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.syntax(
                self.pos,
                &format!("arrays and objects are nested deeper than {MAX_NESTING} levels"),
            ));
        }
        self.pos += 1;
        Ok(!self.closes(close))
    }

    /// After a member or element: whether another follows (after a comma),
    /// or the array or object ends (at `close`).
    fn next(&mut self, close: u8, inside: &str) -> Result<bool, ReadError> {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(_) if self.closes(close) => Ok(false),
            None => Err(self.syntax(self.pos, &format!("the data ends inside {inside}"))),
            Some(_) => Err(self.syntax(self.pos, &format!("expected `,` or `{}`", close as char))),
        }
    }

    /// Steps out of the array or object being read when `close` is next.
    fn closes(&mut self, close: u8) -> bool {
        if self.peek() != Some(close) {
            return false;
        }
        self.pos += 1;
        self.depth -= 1;
        true
    }

    /// A required member that was not there: an error on the object just read.
    pub fn missing(&self, field: &str) -> ReadError {
        self.invalid(format!("missing field `{field}`"))
    }

    /// A value of the right type that is wrong all the same: an error at
    /// the last byte read.
    pub fn invalid(&self, message: String) -> ReadError {
        self.shape(self.pos.saturating_sub(1), message)
    }

    /// Calls `element` for each element of an array.
    fn elements(
        &mut self,
        element: &mut dyn FnMut(&mut Self) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        let mut more = self.open(b'[', b']', "an array")?;
        let mut index = 0;
        while more {
            element(self).map_err(|error| error.within(PathStep::Index(index)))?;
            index += 1;
            more = self.next(b']', "an array")?;
        }
        Ok(())
    }

    /// An array of values of one type.
    pub fn array<T: FromJson>(&mut self) -> Result<Vec<T>, ReadError> {
        let mut items = Vec::new();
        self.elements(&mut |reader| {
            items.push(T::read(reader)?);
            Ok(())
        })?;
        Ok(items)
    }

    /// A value that may be `null`.
    pub fn nullable<T>(
        &mut self,
        read: fn(&mut Self) -> Result<T, ReadError>,
    ) -> Result<Option<T>, ReadError> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(None);
        }
        read(self).map(Some)
    }

    fn literal(&mut self, word: &str) -> Result<(), ReadError> {
        if self.text.as_bytes()[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax(self.pos, "expected a value"))
        }
    }

    /// Whether the next value is a string (rather than a number, say).
    pub fn next_is_string(&mut self) -> bool {
        self.peek() == Some(b'"')
    }

    /// `true` or `false`.
    pub fn bool(&mut self) -> Result<bool, ReadError> {
        match self.peek() {
            Some(b't') => self.literal("true").map(|()| true),
            Some(b'f') => self.literal("false").map(|()| false),
            _ => Err(self.wrong_type("a boolean")),
        }
    }

    /// A string, unescaped.
    pub fn string(&mut self) -> Result<String, ReadError> {
        self.str().map(Cow::into_owned)
    }

    /// A `YYYY-MM-DD` date.
    pub fn date(&mut self) -> Result<Date, ReadError> {
        let at = self.pos;
        let text = self.str()?;
        Date::parse_iso(&text).map_err(|error| self.shape(at, error.to_string()))
    }

    /// One of `names`, as its index.
    pub fn variant(&mut self, names: &[&str]) -> Result<usize, ReadError> {
        let at = self.pos;
        let text = self.str()?;
        names.iter().position(|name| *name == text).ok_or_else(|| {
            self.shape(
                at,
                format!("unknown variant `{text}`, expected {}", one_of(names)),
            )
        })
    }

    /// A string, borrowed from the text when it holds no escape.
    fn str(&mut self) -> Result<Cow<'a, str>, ReadError> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type("a string"));
        }
        let bytes = self.text.as_bytes();
        let start = self.pos + 1;
        let mut end = start;
        while let Some(&byte) = bytes.get(end) {
            match byte {
                b'"' => {
                    self.pos = end + 1;
                    return Ok(Cow::Borrowed(&self.text[start..end]));
                }
                b'\\' => return self.escaped(start, end).map(Cow::Owned),
                0..=0x1F => return Err(self.syntax(end, "a control character inside a string")),
                _ => end += 1,
            }
        }
        Err(self.syntax(end, "the data ends inside a string"))
    }

    /// The rest of a string that holds an escape at `escape`.
    fn escaped(&mut self, start: usize, escape: usize) -> Result<String, ReadError> {
        let bytes = self.text.as_bytes();
        let mut out = String::from(&self.text[start..escape]);
        let mut i = escape;
        loop {
            let run = i;
            while let Some(&byte) = bytes.get(i) {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                i += 1;
            }
            out.push_str(&self.text[run..i]);
            match bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let (ch, next) = self.escape(i)?;
                    out.push(ch);
                    i = next;
                }
                Some(_) => return Err(self.syntax(i, "a control character inside a string")),
                None => return Err(self.syntax(i, "the data ends inside a string")),
            }
        }
    }

    /// The character of the escape at `at` (a backslash), and where the
    /// text goes on.
    fn escape(&self, at: usize) -> Result<(char, usize), ReadError> {
        let ch = match self.text.as_bytes().get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(at),
            _ => return Err(self.syntax(at, "an invalid escape in a string")),
        };
        Ok((ch, at + 2))
    }

    /// A `\uXXXX` escape at `at`, with its low surrogate when it is a high one.
    fn unicode_escape(&self, at: usize) -> Result<(char, usize), ReadError> {
        let first = self.hex4(at)?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first)
                .map(|ch| (ch, at + 6))
                .ok_or_else(|| self.syntax(at, "a lone low surrogate in a hex escape"));
        }
        let bytes = self.text.as_bytes();
        if bytes.get(at + 6) != Some(&b'\\') || bytes.get(at + 7) != Some(&b'u') {
            return Err(self.syntax(at, "a lone high surrogate in a hex escape"));
        }
        let second = self.hex4(at + 6)?;
        if !(0xDC00..0xE000).contains(&second) {
            return Err(self.syntax(
                at + 6,
                "a high surrogate not followed by a low one in a hex escape",
            ));
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        char::from_u32(code)
            .map(|ch| (ch, at + 12))
            .ok_or_else(|| self.syntax(at, "an invalid hex escape"))
    }

    /// The four hex digits of the `\u` escape at `at`.
    fn hex4(&self, at: usize) -> Result<u32, ReadError> {
        let digits = self
            .text
            .get(at + 2..at + 6)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()));
        digits
            .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            .ok_or_else(|| self.syntax(at, "an invalid hex escape: \\u needs four hex digits"))
    }

    /// The text of a number (JSON's grammar), consumed; and whether it is
    /// a whole number written without fraction or exponent.
    fn number_text(&mut self, expected: &str) -> Result<(&'a str, bool), ReadError> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong_type(expected));
        }
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start + usize::from(bytes[start] == b'-');
        let digits = |i: &mut usize| {
            let from = *i;
            while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - from
        };
        let whole = digits(&mut i);
        let leading_zero = whole > 1 && bytes[i - whole] == b'0';
        let mut integer = true;
        let mut ok = whole > 0 && !leading_zero;
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            integer = false;
            ok &= digits(&mut i) > 0;
        }
        if let Some(b'e' | b'E') = bytes.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = bytes.get(i) {
                i += 1;
            }
            integer = false;
            ok &= digits(&mut i) > 0;
        }
        if !ok {
            return Err(self.syntax(start, "an invalid number"));
        }
        self.pos = i;
        Ok((&self.text[start..i], integer))
    }

    /// A whole number from 0 to `max`.
    fn whole(&mut self, max: u64, expected: &str) -> Result<u64, ReadError> {
        let at = self.pos;
        let (text, integer) = self.number_text(expected)?;
        match text.parse::<u64>() {
            Ok(value) if integer && value <= max => Ok(value),
            _ => Err(self.shape(at, format!("invalid value: {text}, expected {expected}"))),
        }
    }

    /// A whole number that fits in `u16`.
    pub fn u16(&mut self) -> Result<u16, ReadError> {
        self.whole(u16::MAX.into(), "a whole number from 0 to 65535")
            .map(|value| value as u16)
    }

    /// A whole number that fits in `u32`.
    pub fn u32(&mut self) -> Result<u32, ReadError> {
        const EXPECTED: &str = "a whole number from 0 to 4294967295";
        self.whole(u32::MAX.into(), EXPECTED)
            .map(|value| value as u32)
    }

    /// A whole number that fits in `u64`.
    pub fn u64(&mut self) -> Result<u64, ReadError> {
        self.whole(u64::MAX, "a whole number from 0 to 18446744073709551615")
    }

    /// Any finite number.
    pub fn f64(&mut self) -> Result<f64, ReadError> {
        let at = self.pos;
        let (text, _) = self.number_text("a number")?;
        match text.parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(value),
            _ => Err(self.syntax(at, "number out of range")),
        }
    }

    /// The text of one value of any kind, checking its syntax.
    pub fn raw_value(&mut self) -> Result<&'a str, ReadError> {
        self.peek();
        let start = self.pos;
        self.skip()?;
        Ok(&self.text[start..self.pos])
    }

    /// Skips one value of any kind, checking its syntax.
    pub fn skip(&mut self) -> Result<(), ReadError> {
        match self.peek() {
            Some(b'"') => self.str().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number_text("a number").map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') => self.literal("null"),
            Some(b'[') => self.elements(&mut Self::skip),
            Some(b'{') => self.members(&mut |reader, _, _| reader.skip()),
            None => Err(self.syntax(self.pos, "the data ends where a value was expected")),
            Some(_) => Err(self.syntax(self.pos, "expected a value")),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(reader: &mut JsonReader<'_>) -> Result<Self, ReadError> {
        reader.array()
    }
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [first, second] => format!("{first} or {second}"),
        all => format!("one of {}", all.join(", ")),
    }
}

#[cfg(test)]
mod tests;
