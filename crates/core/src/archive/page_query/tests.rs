use super::*;

const SPAN: YearRange = YearRange {
    from: 1958,
    to: 2026,
};

fn finder(pairs: &[(&str, &str)]) -> (FinderQuery, Vec<Notice>) {
    FinderQuery::from_pairs(pairs.iter().copied(), SPAN)
}

fn reasons(notices: &[Notice]) -> Vec<(String, String)> {
    notices
        .iter()
        .map(|notice| (notice.key.clone(), notice.reason.clone()))
        .collect()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn the_part_comes_from_view_and_unknown_keys_are_noticed() {
    let (part, notices) = ArchivePart::from_pairs([("view", "revivals"), ("q", "x")], &["from"]);
    assert_eq!((part, notices), (ArchivePart::Revivals, vec![]));
    let (part, notices) = ArchivePart::from_pairs([("view", "spotify")], &[]);
    assert_eq!((part, notices.len()), (ArchivePart::Spotify, 0));
    assert_eq!(ArchivePart::from_pairs([], &[]).0, ArchivePart::Search);
    assert_eq!(
        ArchivePart::from_pairs([("view", "")], &[]),
        (ArchivePart::Search, vec![])
    );
    let (part, notices) = ArchivePart::from_pairs(
        [
            ("view", "bogus"),
            ("zz", "1"),
            ("from", "2020-01-01"),
            ("zz", "2"),
        ],
        &["from"],
    );
    assert_eq!(part, ArchivePart::Search);
    assert_eq!(
        reasons(&notices),
        vec![
            ("zz".to_owned(), "unknown parameter".to_owned()),
            (
                "view".to_owned(),
                "“bogus” is not a part of the archive (search, revivals, spotify)".to_owned()
            ),
        ]
    );
}

#[test]
fn every_key_a_part_reads_is_known() {
    let pairs: Vec<(&str, &str)> = ARCHIVE_QUERY_KEYS.iter().map(|key| (*key, "")).collect();
    assert_eq!(
        ArchivePart::from_pairs(pairs.iter().copied(), &[]).1,
        vec![]
    );
}

#[test]
fn the_finder_reads_every_filter() {
    let (query, notices) = finder(&[
        ("find", "climbs"),
        ("gap", "25"),
        ("since", "1970"),
        ("until", "1999"),
        ("min", "45"),
        ("near", "1"),
    ]);
    assert_eq!(notices, vec![]);
    assert_eq!(
        query,
        FinderQuery {
            kind: FinderKind::Climbs,
            gap: 25,
            years: YearRange {
                from: 1970,
                to: 1999
            },
            min: 45,
            near: true,
        }
    );
    let (defaults, notices) = finder(&[("gap", ""), ("near", "0")]);
    assert_eq!(notices, vec![]);
    assert_eq!(
        defaults,
        FinderQuery {
            kind: FinderKind::Reentries,
            gap: DEFAULT_GAP_YEARS,
            years: SPAN,
            min: DEFAULT_MIN_CLIMB,
            near: false,
        }
    );
    for kind in FinderKind::ALL {
        assert_eq!(
            finder(&[("find", kind.key())]),
            (FinderQuery { kind, ..defaults }, vec![])
        );
    }
}

#[test]
fn the_finder_notices_bad_values_and_keeps_numbers_in_range() {
    let (query, notices) = finder(&[
        ("find", "bogus"),
        ("gap", "abc"),
        ("since", "1900"),
        ("until", "2030"),
        ("min", "500"),
        ("near", "yes"),
    ]);
    assert_eq!(
        reasons(&notices),
        vec![
            (
                "find".to_owned(),
                "“bogus” is not something the finder looks for (reentries, debuts, climbs)"
                    .to_owned()
            ),
            ("gap".to_owned(), "“abc” is not a whole number".to_owned()),
            (
                "since".to_owned(),
                "1900 is outside 1958 to 2026, so 1958 is used".to_owned()
            ),
            (
                "until".to_owned(),
                "2030 is outside 1958 to 2026, so 2026 is used".to_owned()
            ),
            (
                "min".to_owned(),
                "500 is outside 1 to 100, so 100 is used".to_owned()
            ),
            ("near".to_owned(), "“yes” is not 1 or 0".to_owned()),
        ]
    );
    assert_eq!(query.kind, FinderKind::Reentries);
    assert_eq!(query.gap, DEFAULT_GAP_YEARS);
    assert_eq!(query.years, SPAN);
    assert_eq!(query.min, 100);
    assert!(!query.near);
    let (query, notices) = finder(&[("gap", "0"), ("min", "-4")]);
    assert_eq!((query.gap, query.min), (1, 1));
    assert_eq!(notices.len(), 2);
}

#[test]
fn jumps_read_their_measure_and_ratio() {
    let (query, notices) = JumpQuery::from_pairs([("jump", "rank"), ("ratio", "2.5")]);
    assert_eq!(notices, vec![]);
    assert_eq!(
        query,
        JumpQuery {
            measure: JumpMeasure::RankGain,
            min_ratio: 2.5
        }
    );
    for measure in JumpMeasure::ALL {
        assert_eq!(
            JumpQuery::from_pairs([("jump", measure.key())]).0.measure,
            measure
        );
    }
    let (query, notices) = JumpQuery::from_pairs([("jump", "xx"), ("ratio", "abc")]);
    assert_eq!(
        query,
        JumpQuery {
            measure: JumpMeasure::StreamRatio,
            min_ratio: DEFAULT_MIN_RATIO
        }
    );
    assert_eq!(
        reasons(&notices),
        vec![
            (
                "jump".to_owned(),
                "“xx” is not a measure of a jump (ratio, increase, rank)".to_owned()
            ),
            ("ratio".to_owned(), "“abc” is not a number".to_owned()),
        ]
    );
    let (query, notices) = JumpQuery::from_pairs([("ratio", "500")]);
    assert_eq!(query.min_ratio, 100.0);
    assert_eq!(
        reasons(&notices)[0].1,
        "500 is outside 1 to 100, so 100 is used"
    );
    assert_eq!(
        JumpQuery::from_pairs([("ratio", "inf")]).0.min_ratio,
        DEFAULT_MIN_RATIO
    );
}

fn regions() -> Vec<RegionInfo<'static>> {
    ["global", "us"]
        .into_iter()
        .enumerate()
        .map(|(index, name)| RegionInfo {
            index,
            name,
            first: date("2017-01-01"),
            last: date("2017-12-31"),
            days: 365,
        })
        .collect()
}

#[test]
fn a_region_is_one_the_archive_has() {
    let regions = regions();
    let (region, notice) = chosen_region(Some("us"), &regions);
    assert_eq!((region.map(|r| r.index), notice), (Some(1), None));
    assert_eq!(chosen_region(None, &regions).0.map(|r| r.index), Some(0));
    assert_eq!(chosen_region(Some(""), &regions).1, None);
    let (region, notice) = chosen_region(Some("mars"), &regions);
    assert_eq!(region.map(|r| r.name), Some("global"));
    assert_eq!(
        notice.map(|n| (n.key, n.reason)),
        Some((
            "region".to_owned(),
            "“mars” is not a region of the Spotify archive (global, us)".to_owned()
        ))
    );
    assert_eq!(chosen_region(Some("us"), &[]).0.map(|r| r.index), None);
}

#[test]
fn a_day_is_one_the_region_has_or_the_nearest_before() {
    let days = [date("2017-01-01"), date("2017-01-02"), date("2017-01-04")];
    assert_eq!(
        chosen_day(Some("2017-01-02"), &days, "us"),
        (Some(days[1]), None)
    );
    assert_eq!(chosen_day(None, &days, "us"), (Some(days[0]), None));
    let (day, notice) = chosen_day(Some("2017-01-03"), &days, "us");
    assert_eq!(day, Some(days[1]));
    assert_eq!(
        notice.map(|n| n.reason),
        Some(
            "the us chart has no day 2017-01-03; the nearest day before it, 2017-01-02, is shown"
                .to_owned()
        )
    );
    let (day, notice) = chosen_day(Some("2019-06-01"), &days, "us");
    assert_eq!(day, Some(days[2]));
    assert!(notice
        .unwrap()
        .reason
        .contains("the nearest day before it, 2017-01-04, is shown"));
    let (day, notice) = chosen_day(Some("2016-12-31"), &days, "us");
    assert_eq!(day, Some(days[0]));
    assert_eq!(
        notice.map(|n| n.reason),
        Some("the us chart starts on 2017-01-01, after 2016-12-31".to_owned())
    );
    let (day, notice) = chosen_day(Some("soon"), &days, "us");
    assert_eq!(day, Some(days[0]));
    assert_eq!(
        notice.map(|n| n.reason),
        Some("“soon” is not a date (YYYY-MM-DD)".to_owned())
    );
    assert_eq!(chosen_day(Some("2017-01-01"), &[], "us").0, None);
}
