//! First look at the bytes: size (before anything else), byte-order mark,
//! UTF-8, emptiness, a web page instead of data, and CSV or JSON.

use super::errors::{ImportError, ImportProblem};
use super::ImportLimits;

/// The two kinds of file a user can import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// Comma-, semicolon- or tab-separated values with a header row.
    Csv,
    /// JSON (our series file, plain rows, or named series).
    Json,
}

/// The format the text is in: JSON when its first non-space character is
/// `{` or `[`, CSV otherwise.
pub fn detect_format(text: &str) -> FileFormat {
    match text.trim_start().chars().next() {
        Some('{' | '[') => FileFormat::Json,
        _ => FileFormat::Csv,
    }
}

const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// Checks size, encoding and content before any parsing; returns the text
/// without a byte-order mark and its format.
pub(crate) fn checked_text<'a>(
    file: &str,
    bytes: &'a [u8],
    limits: &ImportLimits,
) -> Result<(&'a str, FileFormat), ImportError> {
    let fail = |reason: String| Err(ImportError::single(file, ImportProblem::whole_file(reason)));
    if bytes.len() > limits.max_bytes {
        return fail(format!(
            "the file is {}, over the import limit of {}",
            human_size(bytes.len()),
            human_size(limits.max_bytes)
        ));
    }
    let (mark, body) = match bytes.strip_prefix(BYTE_ORDER_MARK) {
        Some(body) => (BYTE_ORDER_MARK.len(), body),
        None => (0, bytes),
    };
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(error) => {
            return fail(format!(
            "the file is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 CSV or JSON",
            mark + error.valid_up_to()
        ))
        }
    };
    let start = text.trim_start();
    if start.is_empty() {
        return fail("the file is empty".to_owned());
    }
    if start.starts_with('<') {
        return fail("this is a web page (HTML), not CSV or JSON data".to_owned());
    }
    Ok((text, detect_format(text)))
}

/// A byte count for people: `5 MiB`, `1.5 MiB`, `12 KiB`, `900 bytes`.
pub fn human_size(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * 1024;
    let scaled = |unit: usize, name: &str| {
        if bytes % unit == 0 {
            format!("{} {name}", bytes / unit)
        } else {
            // Display only: the precision of a float is plenty here.
            format!("{:.1} {name}", bytes as f64 / unit as f64)
        }
    };
    if bytes >= MIB {
        scaled(MIB, "MiB")
    } else if bytes >= KIB {
        scaled(KIB, "KiB")
    } else {
        format!("{bytes} bytes")
    }
}
