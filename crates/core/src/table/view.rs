//! Applying a [`TableQuery`] to rows: filter by genre, search, stable sort.

use std::cmp::Ordering;

use super::{fold_for_search, Column, ComparisonRow, Direction, TableQuery};

/// The rows the query selects, in the order it asks for.
///
/// Search matches every whitespace-separated term (case- and
/// accent-insensitive) against the show, its genres, the article's artists
/// and the titles and artists of its songs. Sorting is stable; rows without
/// a value in the sort column (gaps) always come last.
pub fn visible_rows<'a>(rows: &'a [ComparisonRow], query: &TableQuery) -> Vec<&'a ComparisonRow> {
    let terms: Vec<String> = fold_for_search(&query.search)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
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
        selected.sort_by(|a, b| compare(a, b, column, direction));
    }
    selected
}

/// Orders two rows by a column; gaps last in either direction.
fn compare(a: &ComparisonRow, b: &ComparisonRow, column: Column, direction: Direction) -> Ordering {
    let directed = |ordering: Ordering| match direction {
        Direction::Ascending => ordering,
        Direction::Descending => ordering.reverse(),
    };
    match column {
        Column::Show => directed(fold_for_search(&a.title).cmp(&fold_for_search(&b.title))),
        Column::Songs => directed(a.charting_songs.cmp(&b.charting_songs)),
        Column::Genre => gaps_last(
            text(a, |f| &f.music_genre),
            text(b, |f| &f.music_genre),
            directed,
        ),
        Column::Artists => gaps_last(
            a.figures
                .as_ref()
                .map(|f| fold_for_search(&f.notable_artists.join(", "))),
            b.figures
                .as_ref()
                .map(|f| fold_for_search(&f.notable_artists.join(", "))),
            directed,
        ),
        Column::Engagement => gaps_last(
            text(a, |f| &f.fan_engagement),
            text(b, |f| &f.fan_engagement),
            directed,
        ),
        Column::Peak => gaps_last(
            a.figures.as_ref().map(|f| f.peak_position),
            b.figures.as_ref().map(|f| f.peak_position),
            directed,
        ),
        Column::Lift => gaps_last(
            a.lift.as_ref().map(lift_order),
            b.lift.as_ref().map(lift_order),
            directed,
        ),
        Column::Best => gaps_last(
            a.best_peak.as_ref().map(|p| (p.rank, p.date)),
            b.best_peak.as_ref().map(|p| (p.rank, p.date)),
            directed,
        ),
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

fn text(
    row: &ComparisonRow,
    field: impl Fn(&crate::model::ComparisonFigures) -> &String,
) -> Option<String> {
    row.figures
        .as_ref()
        .map(|figures| fold_for_search(field(figures)))
}

fn gaps_last<T: Ord>(
    a: Option<T>,
    b: Option<T>,
    directed: impl Fn(Ordering) -> Ordering,
) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => directed(a.cmp(&b)),
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
    genres.sort_by_key(|genre| fold_for_search(genre));
    genres.dedup_by(|a, b| fold_for_search(a) == fold_for_search(b));
    genres
}

#[cfg(test)]
mod tests;
