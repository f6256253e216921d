//! Search links for a song on the big streaming services (https only).

use needledrop_core::model::Link;

/// Spotify, YouTube and Apple Music searches for `title` and `artist`.
pub fn search_links(title: &str, artist: &str) -> Vec<Link> {
    let query = if artist.is_empty() {
        title.to_owned()
    } else {
        format!("{title} {artist}")
    };
    let encoded = encode_query(&query);
    vec![
        Link {
            label: "Spotify search".to_owned(),
            url: format!("https://open.spotify.com/search/{encoded}"),
        },
        Link {
            label: "YouTube search".to_owned(),
            url: format!("https://www.youtube.com/results?search_query={encoded}"),
        },
        Link {
            label: "Apple Music search".to_owned(),
            url: format!("https://music.apple.com/us/search?term={encoded}"),
        },
    ]
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn encode_query(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_percent_encoded() {
        let links = search_links("Rock and Roll, Hoochie Koo", "Mötley Crüe & Co");
        assert_eq!(
            links[0].url,
            "https://open.spotify.com/search/Rock%20and%20Roll%2C%20Hoochie%20Koo%20M%C3%B6tley%20Cr%C3%BCe%20%26%20Co"
        );
        assert!(links.iter().all(|link| link.url.starts_with("https://")));
    }
}
