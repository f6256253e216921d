//! The comparison table's columns and sort directions, with their URL names.

/// One column of the comparison table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Show title (always visible).
    Show,
    /// The article's music genre.
    Genre,
    /// The article's soundtrack peak chart position.
    Peak,
    /// The article's notable artists.
    Artists,
    /// The article's fan-engagement highlights.
    Engagement,
    /// Number of the show's songs with chart data.
    Songs,
    /// Best chart position any of the show's songs reached.
    Best,
    /// The biggest measured lift of the show's songs after release.
    Lift,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 8] = [
        Column::Show,
        Column::Genre,
        Column::Peak,
        Column::Artists,
        Column::Engagement,
        Column::Songs,
        Column::Best,
        Column::Lift,
    ];

    /// The name used in URLs (`sort=peak:desc`, `hide=artists`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Show => "show",
            Column::Genre => "genre",
            Column::Peak => "peak",
            Column::Artists => "artists",
            Column::Engagement => "engagement",
            Column::Songs => "songs",
            Column::Best => "best",
            Column::Lift => "lift",
        }
    }

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            Column::Show => "Show",
            Column::Genre => "Music genre",
            Column::Peak => "Peak chart position",
            Column::Artists => "Notable artists",
            Column::Engagement => "Fan engagement highlights",
            Column::Songs => "Charting songs",
            Column::Best => "Best song peak",
            Column::Lift => "Biggest lift",
        }
    }

    /// The column with this URL name.
    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|column| column.key() == key)
    }

    /// Whether the reader may hide it (the show column always stays).
    pub fn hideable(self) -> bool {
        self != Column::Show
    }
}

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Smallest first (A-Z, No. 1 first, fewest songs first).
    Ascending,
    /// Largest first.
    Descending,
}

impl Direction {
    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    /// The `aria-sort` value for a column sorted this way.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}
