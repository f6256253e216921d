use proptest::prelude::*;

use super::*;

fn read(query: &str) -> (ChartQuery, Vec<Notice>) {
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect();
    ChartQuery::from_pairs(pairs)
}

#[test]
fn reads_every_parameter() {
    let (query, notices) = read(
        "songs=running-up-that-hill-kate-bush,master-of-puppets-metallica&series=billboard-hot-100\
         &align=release&scale=log&from=-14&to=60&markers=0",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(query.songs.len(), 2);
    assert_eq!(query.series, vec!["billboard-hot-100"]);
    assert_eq!(query.align, Some(Align::Release));
    assert_eq!(query.scale, Scale::Log);
    assert_eq!(query.from, Some(RangeBound::Day(-14)));
    assert_eq!(query.to, Some(RangeBound::Day(60)));
    assert!(!query.markers);
}

#[test]
fn reads_calendar_dates() {
    let (query, notices) = read("from=2022-05-01&to=2022-09-30");
    assert!(notices.is_empty());
    assert_eq!(
        query.from,
        Some(RangeBound::Date(Date::parse_iso("2022-05-01").unwrap()))
    );
    assert_eq!(
        query.align, None,
        "no align in the link leaves the page's default"
    );
}

#[test]
fn bad_values_become_notices_and_defaults() {
    let (query, notices) =
        read("align=sideways&scale=cubic&markers=yes&from=2024-02-30&songs=Bad%20Id,ok-song");
    assert_eq!(query.align, None);
    assert_eq!(query.scale, Scale::Linear);
    assert!(query.markers);
    assert_eq!(query.from, None);
    assert_eq!(query.songs, vec!["ok-song"]);
    let keys: Vec<&str> = notices.iter().map(|notice| notice.key.as_str()).collect();
    assert_eq!(keys, vec!["align", "scale", "markers", "from", "songs"]);
}

#[test]
fn a_reversed_range_is_dropped_with_a_notice() {
    let (query, notices) = read("from=60&to=-14");
    assert_eq!((query.from, query.to), (None, None));
    assert_eq!(notices.len(), 1);
}

#[test]
fn repeated_keys_keep_the_first_value() {
    let (query, notices) = read("scale=log&scale=linear");
    assert_eq!(query.scale, Scale::Log);
    assert_eq!(notices.len(), 1);
}

#[test]
fn other_keys_belong_to_the_page() {
    let (query, notices) = read("theme=dark&q=x");
    assert_eq!(query, ChartQuery::default());
    assert!(notices.is_empty());
}

#[test]
fn defaults_write_nothing() {
    assert!(ChartQuery::default().to_pairs().is_empty());
}

#[test]
fn writing_then_reading_gives_the_same_query() {
    let query = ChartQuery {
        songs: vec!["a-song".into(), "b".into()],
        series: vec![
            "billboard-hot-100".into(),
            "a-song.spotify-us-daily-rank".into(),
        ],
        align: Some(Align::Calendar),
        scale: Scale::Log,
        from: Some(RangeBound::Date(Date::parse_iso("2022-05-27").unwrap())),
        to: Some(RangeBound::Date(Date::parse_iso("2022-08-01").unwrap())),
        markers: false,
    };
    let pairs = query.to_pairs();
    let (back, notices) = ChartQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert!(notices.is_empty());
    assert_eq!(back, query);
}

fn bound() -> impl Strategy<Value = Option<RangeBound>> {
    prop_oneof![
        Just(None),
        (-MAX_DAY_OFFSET..=MAX_DAY_OFFSET).prop_map(|day| Some(RangeBound::Day(day))),
        (-200_000i32..200_000)
            .prop_map(|days| Date::from_days_since_epoch(days).map(RangeBound::Date)),
    ]
}

proptest! {
    #[test]
    fn arbitrary_query_strings_never_panic(text in ".{0,300}") {
        let _ = read(&text);
    }

    #[test]
    fn arbitrary_pairs_never_panic(pairs in proptest::collection::vec(
        (prop_oneof![Just("songs".to_owned()), Just("series".to_owned()), Just("from".to_owned()),
                     Just("to".to_owned()), Just("align".to_owned()), Just("scale".to_owned()),
                     Just("markers".to_owned()), ".{0,8}"], ".{0,40}"), 0..12)) {
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let _ = ChartQuery::from_pairs(borrowed);
    }

    #[test]
    fn written_queries_read_back(from in bound(), to in bound(), log in any::<bool>(), markers in any::<bool>()) {
        let query = ChartQuery { from, to, scale: if log { Scale::Log } else { Scale::Linear }, markers, ..ChartQuery::default() };
        let pairs = query.to_pairs();
        let (back, _) = ChartQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let reversed = match (from, to) {
            (Some(RangeBound::Date(a)), Some(RangeBound::Date(b))) => a >= b,
            (Some(RangeBound::Day(a)), Some(RangeBound::Day(b))) => a >= b,
            _ => false,
        };
        if reversed {
            prop_assert_eq!(back.from, None);
        } else {
            prop_assert_eq!(back, query);
        }
    }
}
