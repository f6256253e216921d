//! Applying a [`TableQuery`] to rows: filter by genre, search, stable sort.

use std::cmp::Ordering;

use super::{fold_for_search, Column, ComparisonRow, Direction, RowSong, TableQuery};

/// The rows the query selects, in the order it asks for.
///
/// Search matches every whitespace-separated term (case- and
/// accent-insensitive) against the show, its genres, the article's artists
/// and the titles and artists of its songs. Sorting is stable; rows without
/// a value in the sort column (gaps) always come last.
pub fn visible_rows<'a>(rows: &'a [ComparisonRow], query: &TableQuery) -> Vec<&'a ComparisonRow> {
    let terms = search_terms(&query.search);
    let genre = query.genre.as_deref().map(fold_for_search);
    let mut selected: Vec<&ComparisonRow> = rows
        .iter()
        .filter(|row| {
            genre
                .as_ref()
                .is_none_or(|wanted| row.genres.iter().any(|g| fold_for_search(g) == *wanted))
        })
        .filter(|row| {
            terms
                .iter()
                .all(|term| row.haystack.contains(term.as_str()))
        })
        .collect();
    if let Some((column, direction)) = query.sort {
        // Each row's key is worked out once, not at every comparison (the
        // text columns fold their words).
        let mut keyed: Vec<(Option<SortKey>, &ComparisonRow)> = selected
            .into_iter()
            .map(|row| (sort_key(row, column), row))
            .collect();
        crate::sort::sort_by(&mut keyed, |(a, _), (b, _)| {
            gaps_last(a.as_ref(), b.as_ref(), direction)
        });
        selected = keyed.into_iter().map(|(_, row)| row).collect();
    }
    selected
}

/// The terms of a search: folded (case and accents do not count) and split
/// on whitespace. Worked out once per search, for the rows and their songs.
pub fn search_terms(search: &str) -> Vec<String> {
    fold_for_search(search)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// The songs of a row ([`ComparisonRow::songs`]) that the search's
/// [`search_terms`] find: those whose title and artist hold every term
/// (none when there are no terms), so a reader who looked for a song sees
/// it under its show.
pub fn matching_songs<'a>(songs: &'a [RowSong], terms: &[String]) -> Vec<&'a RowSong> {
    if terms.is_empty() {
        return Vec::new();
    }
    songs
        .iter()
        .filter(|song| terms.iter().all(|term| song.folded.contains(term.as_str())))
        .collect()
}

/// What a row is ordered by in one column (rows are only ever compared
/// within one column, so one variant at a time); `None` is a gap.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    /// Folded text (case and accents do not count).
    Text(String),
    /// A count or a chart position.
    Number(u64),
    /// A lift's kind and size (see [`lift_order`]).
    Lift((u8, u64)),
    /// A best peak: its rank, then the earlier date first.
    Peak((u32, crate::date::Date)),
}

/// The key of `row` in `column`.
fn sort_key(row: &ComparisonRow, column: Column) -> Option<SortKey> {
    let text = |field: fn(&crate::model::ComparisonFigures) -> &String| {
        row.figures
            .as_ref()
            .map(|figures| SortKey::Text(fold_for_search(field(figures))))
    };
    match column {
        Column::Show => Some(SortKey::Text(fold_for_search(&row.title))),
        Column::Songs => row.charting_songs.map(|n| SortKey::Number(n as u64)),
        Column::Genre => text(|f| &f.music_genre),
        Column::Artists => row
            .figures
            .as_ref()
            .map(|f| SortKey::Text(fold_for_search(&f.notable_artists.join(", ")))),
        Column::Engagement => text(|f| &f.fan_engagement),
        Column::Peak => row
            .figures
            .as_ref()
            .map(|f| SortKey::Number(u64::from(f.peak_position))),
        Column::Lift => row
            .lift
            .as_ref()
            .map(|lift| SortKey::Lift(lift_order(lift))),
        Column::Best => row
            .best_peak
            .as_ref()
            .map(|p| SortKey::Peak((p.rank, p.date))),
    }
}

/// Lifts in order of size: places gained before streams ratios (the two are
/// not comparable), each by its magnitude.
fn lift_order(lift: &crate::stats::ShowLift) -> (u8, u64) {
    // The bits of a finite non-negative f64 order like the number itself.
    match (lift.measure.places_gained(), lift.measure.streams_ratio()) {
        (Some(places), _) => (1, places.max(0.0).to_bits()),
        (None, Some(ratio)) => (0, ratio.max(0.0).to_bits()),
        (None, None) => (0, 0),
    }
}

/// Orders two keys in `direction`, gaps last either way.
fn gaps_last<T: Ord>(a: Option<T>, b: Option<T>, direction: Direction) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match direction {
            Direction::Ascending => a.cmp(&b),
            Direction::Descending => b.cmp(&a),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Every genre any show has, sorted, for the genre filter.
pub fn genre_options(rows: &[ComparisonRow]) -> Vec<String> {
    let mut genres: Vec<String> = rows
        .iter()
        .flat_map(|row| row.genres.iter().cloned())
        .collect();
    crate::sort::sort_by_key(&mut genres, |genre| fold_for_search(genre));
    genres.dedup_by(|a, b| fold_for_search(a) == fold_for_search(b));
    genres
}

#[cfg(test)]
mod tests;
