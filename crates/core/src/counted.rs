//! A count with its noun in agreement: "1 week", "41 weeks".

/// `n` followed by `one` when `n` is 1 and by `many` otherwise.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn the_noun_agrees_with_the_count() {
        assert_eq!(counted(1, "week", "weeks"), "1 week");
        assert_eq!(counted(41, "week", "weeks"), "41 weeks");
        assert_eq!(counted(0, "run", "runs"), "0 runs");
    }
}
