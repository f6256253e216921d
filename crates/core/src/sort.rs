//! One stable sort for every element type.
//!
//! `slice::sort_by` is compiled anew for each element type and comparison it
//! is called with, about 4 KB of wasm each time. Every sort of the app goes
//! through [`sort_by`] instead: the items' positions are sorted by one
//! non-generic function that calls the comparison through a `dyn`
//! reference, and the items are then moved into that order in place. Input
//! already in order (a series read from a file, say) is only checked.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.is_sorted_by(|a, b| compare(a, b) != Ordering::Greater) {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    apply_order(&mut order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts positions by comparing the items at them: the one compiled sort.
#[allow(clippy::disallowed_methods)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Swaps items so that position `i` ends up holding the item that was at
/// `order[i]`, one cycle of the permutation at a time. `order` is used up.
fn apply_order(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut current = start;
        loop {
            let next = std::mem::replace(&mut order[current], DONE);
            if next == DONE || next == start {
                break;
            }
            swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny deterministic generator (xorshift), so the cases are many but fixed.
    fn numbers(seed: u64, count: usize, modulo: u64) -> Vec<u64> {
        let mut state = seed.max(1);
        (0..count)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state % modulo
            })
            .collect()
    }

    #[test]
    fn orders_like_the_standard_stable_sort_keeping_ties_in_place() {
        for (seed, count, modulo) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 17, 3),
            (5, 200, 10),
            (6, 1000, 1000),
        ] {
            // Each item remembers where it started, so a broken tie shows.
            let items: Vec<(u64, usize)> =
                numbers(seed, count, modulo).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(value, _)| value);
            let mut expected = items;
            #[allow(clippy::disallowed_methods)]
            expected.sort_by_key(|&(value, _)| value);
            assert_eq!(ours, expected, "seed {seed}, {count} items");
        }
    }

    #[test]
    fn sorts_in_reverse_and_by_two_keys() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum", "date"];
        sort_by(&mut words, |a, b| {
            b.len().cmp(&a.len()).then_with(|| a.cmp(b))
        });
        assert_eq!(words, ["apple", "date", "kiwi", "pear", "plum", "fig"]);
    }

    #[test]
    fn moves_items_that_cannot_be_copied() {
        let mut names: Vec<String> = ["c", "a", "d", "b"].map(String::from).to_vec();
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["a", "b", "c", "d"]);
    }

    #[test]
    fn applies_an_order_made_of_several_cycles() {
        let mut items = ['a', 'b', 'c', 'd', 'e', 'f'];
        // Position i takes the item at order[i]: cycles (0 2 4), (1 3) and (5).
        let mut order = [2, 3, 4, 1, 0, 5];
        apply_order(&mut order, &mut |a, b| items.swap(a, b));
        assert_eq!(items, ['c', 'd', 'e', 'b', 'a', 'f']);
    }
}
