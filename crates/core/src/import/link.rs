//! `data=` links: a view that charts series from an address, with the
//! user's release markers (`marker=YYYY-MM-DD,label`, repeatable), read from
//! and written to the URL so an embed or a shared link carries them.

use crate::query_string::encode_pairs;
use crate::table::Notice;

use super::markers::UserMarker;

/// The query keys of a data link (`data`, `marker`).
pub const DATA_QUERY_KEYS: [&str; 2] = ["data", "marker"];

/// Longest `data=` address accepted, in bytes.
const MAX_ADDRESS_BYTES: usize = 2048;

/// Most markers read from one link.
const MAX_LINK_MARKERS: usize = 20;

/// The series address and markers of a view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataLink {
    /// The `http(s)` address of a CSV or JSON file.
    pub address: Option<String>,
    /// The user's release markers.
    pub markers: Vec<UserMarker>,
}

/// Checks a `data=` address: only `http:` and `https:` are fetched, and
/// never plain `http:` from an `https:` page (the browser would block it).
pub fn check_data_address(address: &str, page_is_https: bool) -> Result<(), String> {
    let trimmed = address.trim();
    let shown: String = trimmed.chars().take(80).collect();
    let lower = trimmed.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        None => Err(format!(
            "“{shown}” is not an http(s) address, so it is not loaded"
        )),
        Some(host) if host.is_empty() || host.starts_with('/') => {
            Err(format!("“{shown}” names no site to load from"))
        }
        Some(_) if trimmed.len() > MAX_ADDRESS_BYTES => Err(format!(
            "the address is longer than {MAX_ADDRESS_BYTES} characters"
        )),
        Some(_) if page_is_https && lower.starts_with("http://") => Err(format!(
            "“{shown}” is plain http and this page is https: browsers block that; use an https address"
        )),
        Some(_) => Ok(()),
    }
}

impl DataLink {
    /// Reads `data` and `marker` from a view's pairs; a bad value is
    /// dropped with a notice naming the key and the reason. Other keys are
    /// left to their owners.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        page_is_https: bool,
    ) -> (DataLink, Vec<Notice>) {
        let mut link = DataLink::default();
        let mut notices = Vec::new();
        for (key, value) in pairs {
            let notice = |reason: String| Notice {
                key: key.to_owned(),
                reason,
            };
            match key {
                "data" if link.address.is_some() => {
                    notices.push(notice("only the first data= address is used".to_owned()))
                }
                "data" => match check_data_address(value, page_is_https) {
                    Ok(()) => link.address = Some(value.trim().to_owned()),
                    Err(reason) => notices.push(notice(reason)),
                },
                "marker" if link.markers.len() >= MAX_LINK_MARKERS => notices.push(notice(
                    format!("a link holds up to {MAX_LINK_MARKERS} markers"),
                )),
                "marker" => match read_marker(value) {
                    Ok(marker) => link.markers.push(marker),
                    Err(reason) => notices.push(notice(reason)),
                },
                _ => {}
            }
        }
        (link, notices)
    }

    /// The pairs that write this link back (`data` first, then each marker).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let address = self.address.iter().map(|a| ("data", a.clone()));
        let markers = self
            .markers
            .iter()
            .map(|m| ("marker", format!("{},{}", m.date, m.label)));
        address.chain(markers).collect()
    }

    /// The link as a query string (empty without an address or markers).
    pub fn query(&self) -> String {
        encode_pairs(&self.to_pairs())
    }
}

/// `YYYY-MM-DD,label` (the label may hold commas).
fn read_marker(value: &str) -> Result<UserMarker, String> {
    let Some((date, label)) = value.split_once(',') else {
        return Err("write a marker as date,label (2024-05-27,Season 2)".to_owned());
    };
    UserMarker::new(date.trim(), label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &[(&str, &str)]) -> (DataLink, Vec<Notice>) {
        DataLink::from_pairs(query.iter().copied(), true)
    }

    #[test]
    fn only_http_addresses_are_loaded_and_never_http_from_https() {
        assert_eq!(
            check_data_address("https://example.org/a.csv", true),
            Ok(())
        );
        assert_eq!(
            check_data_address(" HTTP://example.org/a.csv ", false),
            Ok(())
        );
        let script = check_data_address("javascript:alert(1)", false).unwrap_err();
        assert_eq!(
            script,
            "“javascript:alert(1)” is not an http(s) address, so it is not loaded"
        );
        assert!(check_data_address("data:text/csv,a", false)
            .unwrap_err()
            .contains("not an http(s) address"));
        assert!(check_data_address("http://example.org/a.csv", true)
            .unwrap_err()
            .contains("plain http and this page is https"));
        assert_eq!(
            check_data_address("https:///a.csv", true),
            Err("“https:///a.csv” names no site to load from".to_owned())
        );
        let long = format!("https://example.org/{}", "a".repeat(3000));
        assert_eq!(
            check_data_address(&long, true),
            Err("the address is longer than 2048 characters".to_owned())
        );
    }

    #[test]
    fn a_link_reads_the_address_and_markers_and_writes_them_back() {
        let (link, notices) = read(&[
            ("songs", "x"),
            ("data", "https://example.org/streams.csv"),
            ("marker", "2024-05-27,Season 2, part 1"),
            ("marker", "6/1/2024,Finale"),
        ]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            link.address.as_deref(),
            Some("https://example.org/streams.csv")
        );
        let labels: Vec<(String, &str)> = link
            .markers
            .iter()
            .map(|m| (m.date.to_string(), m.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("2024-05-27".to_owned(), "Season 2, part 1"),
                ("2024-06-01".to_owned(), "Finale")
            ]
        );
        assert_eq!(
            link.query(),
            "data=https:%2F%2Fexample.org%2Fstreams.csv&marker=2024-05-27,Season+2,+part+1&marker=2024-06-01,Finale"
        );
        let pairs = link.to_pairs();
        let again = DataLink::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())), true).0;
        assert_eq!(again, link);
    }

    #[test]
    fn bad_link_values_are_dropped_with_a_notice_naming_them() {
        let (link, notices) = read(&[
            ("data", "javascript:alert(1)"),
            ("marker", "2024-02-30,Nope"),
            ("marker", "no comma"),
            ("data", "https://example.org/a.csv"),
            ("data", "https://example.org/b.csv"),
        ]);
        assert_eq!(link.address.as_deref(), Some("https://example.org/a.csv"));
        assert!(link.markers.is_empty());
        let reasons: Vec<(&str, &str)> = notices
            .iter()
            .map(|n| (n.key.as_str(), n.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [
                (
                    "data",
                    "“javascript:alert(1)” is not an http(s) address, so it is not loaded"
                ),
                ("marker", "\"2024-02-30\" is not a real calendar date"),
                (
                    "marker",
                    "write a marker as date,label (2024-05-27,Season 2)"
                ),
                ("data", "only the first data= address is used"),
            ]
        );
    }
}
