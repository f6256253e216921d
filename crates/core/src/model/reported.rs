//! Figures reported by the press: claims with their publisher, never series.

use serde::Serialize;

use crate::grouped_digits::group_digits;

/// One press-reported figure, shown as "reported by <publisher>".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportedFigure {
    /// Show id.
    pub show: String,
    /// Song id, when the claim is about a song.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub song: Option<String>,
    /// The song or subject as the source row prints it (`(Vitamin String Quartet catalogue)`).
    pub title_as_printed: String,
    /// The artist as the source row prints it.
    pub artist_as_printed: String,
    /// What is claimed (`change in Spotify streams vs Thu 2022-05-26`).
    pub claim: String,
    /// The value as printed (kept as text: `41000 -> 422000 (article: over)`).
    pub value: String,
    /// Unit as printed (`percent`, `streams`).
    pub unit: String,
    /// Period or date the figure covers, as printed.
    pub period: String,
    /// Region, as printed.
    pub region: String,
    /// Data provider the article names (`Luminate`, `Spotify`).
    pub provider: String,
    /// Who published the claim.
    pub publisher: String,
    /// The article's address.
    pub url: String,
    /// The page's date, as printed.
    pub page_date: String,
    /// How far to trust it.
    pub reliability: String,
}

impl ReportedFigure {
    /// The figure as the page shows it: `No. 2` for a rank, otherwise the
    /// value as printed with its whole numbers grouped in threes and `->`
    /// read as `→`, then the unit: `41,000 → 422,000 (article: over) audience`.
    pub fn shown_value(&self) -> String {
        let plain_number = !self.value.is_empty() && self.value.bytes().all(|b| b.is_ascii_digit());
        if self.unit == "rank" && plain_number {
            return format!("No. {}", self.value);
        }
        let value = group_digits(&self.value).replace(" -> ", " → ");
        format!("{value} {}", self.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: &str, unit: &str) -> ReportedFigure {
        ReportedFigure {
            show: "s".into(),
            song: None,
            title_as_printed: String::new(),
            artist_as_printed: String::new(),
            claim: String::new(),
            value: value.into(),
            unit: unit.into(),
            period: String::new(),
            region: String::new(),
            provider: String::new(),
            publisher: String::new(),
            url: String::new(),
            page_date: String::new(),
            reliability: String::new(),
        }
    }

    #[test]
    fn figures_read_with_grouped_digits_and_ranks_as_positions() {
        assert_eq!(
            figure("1000000000", "streams (cumulative)").shown_value(),
            "1,000,000,000 streams (cumulative)"
        );
        assert_eq!(
            figure("41000 -> 422000 (article: over)", "audience").shown_value(),
            "41,000 → 422,000 (article: over) audience"
        );
        assert_eq!(figure("650.3", "percent").shown_value(), "650.3 percent");
        assert_eq!(figure("8700", "percent").shown_value(), "8,700 percent");
        assert_eq!(figure("2", "rank").shown_value(), "No. 2");
        // A rank printed with words stays as printed.
        assert_eq!(figure("about 5", "rank").shown_value(), "about 5 rank");
    }
}
