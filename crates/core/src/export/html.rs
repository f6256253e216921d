//! Escaping text for HTML element content and quoted attribute values, and
//! the only link addresses ever written into a page.

/// `text` with `& < > " '` replaced by entities: safe in element content
/// and in single- or double-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// `url` if it is an `http:` or `https:` address, the only kinds ever rendered as links.
pub fn safe_external_url(url: &str) -> Option<&str> {
    let lower = url
        .trim_start()
        .get(..8)
        .unwrap_or(url)
        .to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_are_links() {
        assert_eq!(
            safe_external_url("https://a.example/x"),
            Some("https://a.example/x")
        );
        assert_eq!(
            safe_external_url("  HTTP://a.example"),
            Some("  HTTP://a.example")
        );
        assert_eq!(safe_external_url("javascript:alert(1)"), None);
        assert_eq!(safe_external_url("data:text/html,x"), None);
        assert_eq!(safe_external_url("//a.example"), None);
        assert_eq!(safe_external_url("ht"), None);
    }

    #[test]
    fn markup_and_quotes_become_entities() {
        assert_eq!(
            escape_html(r#"<img src=x onerror="a('b')"> & co"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
        assert_eq!(escape_html("Kate Bush — Hounds"), "Kate Bush — Hounds");
    }
}
