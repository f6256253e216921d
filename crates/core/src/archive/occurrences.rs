//! Each song's rows, in row order: built once after decoding so a song's
//! history is a slice, not a scan of every chart.

/// Rows grouped by song (compressed sparse rows).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Occurrences {
    /// `starts[s]..starts[s + 1]` index into `rows` for song `s`.
    starts: Vec<u32>,
    rows: Vec<u32>,
}

impl Occurrences {
    /// Groups the rows of `songs_by_row` (the song of each row) by song;
    /// `songs` is the number of songs (every index must be below it).
    pub fn build(songs_by_row: &[u32], songs: usize) -> Self {
        let mut starts = vec![0u32; songs + 1];
        for &song in songs_by_row {
            if let Some(count) = starts.get_mut(song as usize + 1) {
                *count += 1;
            }
        }
        for index in 1..starts.len() {
            starts[index] += starts[index - 1];
        }
        let mut fill = starts.clone();
        let mut rows = vec![0u32; songs_by_row.len()];
        for (row, &song) in songs_by_row.iter().enumerate() {
            if let Some(slot) = fill.get_mut(song as usize) {
                if let Some(target) = rows.get_mut(*slot as usize) {
                    *target = row as u32;
                }
                *slot += 1;
            }
        }
        Occurrences { starts, rows }
    }

    /// The rows of `song`, in row order (empty for an unknown song).
    pub fn of(&self, song: u32) -> &[u32] {
        let song = song as usize;
        match (self.starts.get(song), self.starts.get(song + 1)) {
            (Some(&start), Some(&end)) => {
                self.rows.get(start as usize..end as usize).unwrap_or(&[])
            }
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Occurrences;

    #[test]
    fn groups_rows_by_song_in_row_order() {
        let occurrences = Occurrences::build(&[2, 0, 2, 1, 0], 3);
        assert_eq!(occurrences.of(0), &[1, 4]);
        assert_eq!(occurrences.of(1), &[3]);
        assert_eq!(occurrences.of(2), &[0, 2]);
        assert!(occurrences.of(9).is_empty());
    }
}
