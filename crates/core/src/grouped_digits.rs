//! Digits grouped in threes for reading: `1234567` → `1,234,567`.

/// Groups every whole number in `text` in threes with commas; a fraction
/// (digits after a `.`) is kept as written, and every other character too:
/// `41000 -> 422000` → `41,000 -> 422,000`, `-1234.5678` → `-1,234.5678`.
pub fn group_digits(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 3);
    let mut rest = text;
    let mut after_point = false;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        if !before.is_empty() {
            after_point = before.ends_with('.');
        }
        let end = from
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(from.len());
        let (digits, tail) = from.split_at(end);
        for (index, digit) in digits.chars().enumerate() {
            if !after_point && index > 0 && (digits.len() - index) % 3 == 0 {
                out.push(',');
            }
            out.push(digit);
        }
        rest = tail;
        after_point = false;
    }
    out.push_str(rest);
    out
}

/// A count grouped in threes: `354887` → `354,887`.
pub fn group_count(value: u64) -> String {
    group_digits(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_grouped_and_fractions_kept() {
        assert_eq!(group_digits("1234567"), "1,234,567");
        assert_eq!(group_digits("123"), "123");
        assert_eq!(group_digits("1000"), "1,000");
        assert_eq!(group_digits("-1234.5678"), "-1,234.5678");
        assert_eq!(group_digits("650.3"), "650.3");
        assert_eq!(group_digits("0.000001"), "0.000001");
        assert_eq!(group_count(354_887), "354,887");
        assert_eq!(group_count(0), "0");
        assert_eq!(group_count(999), "999");
    }

    #[test]
    fn every_number_in_a_text_is_grouped_and_the_rest_kept() {
        assert_eq!(
            group_digits("41000 -> 422000 (article: over)"),
            "41,000 -> 422,000 (article: over)"
        );
        assert_eq!(group_digits(""), "");
        assert_eq!(group_digits("no digits"), "no digits");
        assert_eq!(group_digits("é12345ü"), "é12,345ü");
    }
}
