//! Writing URL query strings: `application/x-www-form-urlencoded` pairs.

/// Percent-encodes one query component: unreserved characters stay, spaces
/// become `+`, everything else is `%XX` of its UTF-8 bytes.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `key=value&key=value`, each part encoded; empty when there are no pairs.
pub fn encode_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| {
            format!(
                "{}={}",
                encode_component(key.as_ref()),
                encode_component(value.as_ref())
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_reserved_and_non_ascii_characters() {
        assert_eq!(encode_component("kate bush"), "kate+bush");
        assert_eq!(encode_component("a&b=c?d#e"), "a%26b%3Dc%3Fd%23e");
        assert_eq!(encode_component("Mötley"), "M%C3%B6tley");
        assert_eq!(encode_component("peak:desc"), "peak:desc");
        assert_eq!(encode_component("<script>"), "%3Cscript%3E");
    }

    #[test]
    fn joins_pairs_in_order() {
        assert_eq!(
            encode_pairs(&[("q", "running up"), ("sort", "best:desc")]),
            "q=running+up&sort=best:desc"
        );
        assert_eq!(encode_pairs::<&str, &str>(&[]), "");
    }
}
