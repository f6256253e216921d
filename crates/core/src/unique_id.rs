//! A free id: `base`, or `base-2`, `base-3`… whichever is not taken yet.

/// `base` if `is_taken(base)` is false, else the first of `base-2`,
/// `base-3`, … that is not taken. The test is a `dyn Fn`, so the app
/// compiles this once rather than once per caller.
pub fn unique_id(base: &str, is_taken: &dyn Fn(&str) -> bool) -> String {
    if !is_taken(base) {
        return base.to_owned();
    }
    (2u64..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !is_taken(id))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::unique_id;

    #[test]
    fn the_base_itself_when_free_else_the_first_free_number_from_two() {
        assert_eq!(unique_id("import-a", &|_| false), "import-a");
        let taken = ["import-a", "import-a-2", "import-a-4"];
        assert_eq!(
            unique_id("import-a", &|id| taken.contains(&id)),
            "import-a-3"
        );
        assert_eq!(unique_id("import-b", &|id| taken.contains(&id)), "import-b");
        assert_eq!(
            unique_id("import-a-2", &|id| taken.contains(&id)),
            "import-a-2-2"
        );
    }
}
