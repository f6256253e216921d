use super::*;

fn read(pairs: &[(&str, &str)]) -> (TableQuery, Vec<Notice>) {
    TableQuery::from_pairs(pairs.iter().copied(), &["songs"])
}

#[test]
fn reads_every_parameter() {
    let (query, notices) = read(&[
        ("q", "kate bush"),
        ("genre", "Jazz"),
        ("sort", "best:desc"),
        ("hide", "engagement,artists"),
    ]);
    assert_eq!(notices, vec![]);
    assert_eq!(query.search, "kate bush");
    assert_eq!(query.genre.as_deref(), Some("Jazz"));
    assert_eq!(query.sort, Some((Column::Best, Direction::Descending)));
    assert_eq!(query.hidden, vec![Column::Artists, Column::Engagement]);
}

#[test]
fn round_trips_through_pairs() {
    let query = TableQuery {
        search: "Running Up".into(),
        genre: Some("Synthwave".into()),
        sort: Some((Column::Peak, Direction::Ascending)),
        hidden: vec![Column::Genre],
    };
    let pairs = query.to_pairs();
    assert_eq!(
        pairs,
        vec![
            ("q", "Running Up".to_owned()),
            ("genre", "Synthwave".to_owned()),
            ("sort", "peak".to_owned()),
            ("hide", "genre".to_owned()),
        ]
    );
    let (back, notices) = read(
        &pairs
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
    );
    assert_eq!(back, query);
    assert!(notices.is_empty());
}

#[test]
fn ignores_bad_values_with_a_notice() {
    let (query, notices) = read(&[
        ("sort", "popularity"),
        ("sort", "peak:sideways"),
        ("hide", "show,nonsense"),
        ("utm_source", "x"),
        ("songs", "a,b"),
    ]);
    assert_eq!(query, TableQuery::default());
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, vec!["sort", "sort", "hide", "hide", "utm_source"]);
    assert!(notices[0].reason.contains("popularity"));
    assert_eq!(notices[4].reason, "unknown parameter");
}

#[test]
fn a_huge_search_is_cut_with_a_notice() {
    let long = "x".repeat(100_000);
    let (query, notices) = read(&[("q", &long)]);
    assert_eq!(query.search.chars().count(), MAX_SEARCH_CHARS);
    assert_eq!(notices.len(), 1);
}

#[test]
fn clicking_a_heading_cycles_ascending_then_descending() {
    let start = TableQuery::default();
    let once = start.toggled_sort(Column::Songs);
    assert_eq!(once.sort, Some((Column::Songs, Direction::Ascending)));
    let twice = once.toggled_sort(Column::Songs);
    assert_eq!(twice.sort, Some((Column::Songs, Direction::Descending)));
    let other = twice.toggled_sort(Column::Show);
    assert_eq!(other.sort, Some((Column::Show, Direction::Ascending)));
}

#[test]
fn hiding_keeps_display_order_and_each_column_once() {
    let mut query = TableQuery::default();
    for column in [Column::Lift, Column::Genre, Column::Lift, Column::Artists] {
        query.hide(column);
    }
    assert_eq!(
        query.hidden,
        vec![Column::Genre, Column::Artists, Column::Lift]
    );
    assert!(!query.shows(Column::Genre) && query.shows(Column::Peak));
}

#[test]
fn keys_no_list_names_are_noticed_once_each_in_link_order() {
    let notices = unknown_parameters(
        [
            ("align", "release"),
            ("utm_source", "news"),
            ("data", "x"),
            ("utm_source", "again"),
            ("fbclid", "1"),
        ],
        &[&["align", "series"][..], &["data"][..]],
    );
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["utm_source", "fbclid"]);
    assert!(notices.iter().all(|n| n.reason == "unknown parameter"));
    assert!(unknown_parameters([("align", "x")], &[&["align"][..]]).is_empty());
    // A long key is cut to 40 characters and "…"; repeated, it is one notice.
    let long = "k".repeat(100);
    let notices = unknown_parameters([(long.as_str(), ""), (long.as_str(), "again")], &[]);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].key, format!("{}…", "k".repeat(40)));
}

#[test]
fn a_genre_is_kept_as_the_menu_spells_it_or_dropped_with_a_notice() {
    let genres = vec![
        "80s Pop".to_owned(),
        "Jazz".to_owned(),
        "Électro".to_owned(),
    ];
    let (mut query, _) = read(&[("genre", "jazz")]);
    assert_eq!(query.resolve_genre(&genres), None);
    assert_eq!(query.genre.as_deref(), Some("Jazz"));
    let (mut query, _) = read(&[("genre", "ELECTRO")]);
    assert_eq!(query.resolve_genre(&genres), None);
    assert_eq!(query.genre.as_deref(), Some("Électro"));
    let (mut query, _) = read(&[("genre", "Polka"), ("q", "kate")]);
    let notice = query.resolve_genre(&genres).unwrap();
    assert_eq!(
        (notice.key.as_str(), notice.reason.as_str()),
        ("genre", "“Polka” is not the genre of any show")
    );
    assert_eq!(query.genre, None);
    assert_eq!(query.search, "kate");
    let mut all = TableQuery::default();
    assert_eq!(all.resolve_genre(&genres), None);
    assert_eq!(all.genre, None);
}
