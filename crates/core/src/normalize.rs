//! Song identity across sources that spell the same song differently.
//!
//! Charts, captions and articles print titles and credits in their own way:
//! `Master Of Puppets` and `Master of Puppets`, `Dead Or Alive` and `Dead or
//! Alive`, `Should I Stay or Should I Go - Remastered`, `Lord Huron Featuring
//! Phoebe Bridgers`, `Imagine Dragons X JID`. This module reduces a printed
//! title and artist credit to a [`SongIdentity`] so that those spellings meet.
//!
//! The rules, in order:
//!
//! - **Text** is compared case-insensitively, with curly quotes folded to
//!   straight ones, apostrophes and dots removed (`Dreamin'` = `Dreamin`,
//!   `U.S.A.` = `USA`), `&` read as `and`, common Latin accents folded
//!   (`Mötley Crüe` = `Motley Crue`) and any other punctuation read as a space.
//! - **Title qualifiers** are the parts in brackets and the parts after a
//!   spaced dash. A qualifier that starts with `feat.`, `ft.`, `featuring` or
//!   `with` is a credit and is ignored in the title. A qualifier that mentions
//!   a remaster is the same recording and is ignored. A qualifier that names a
//!   version (`version`, `remix`, `mix`, `edit`, `live`, `acoustic`,
//!   `instrumental`, `cover`, `demo`) makes a distinct song: `Enemy (Opening
//!   Title Version)` is not `Enemy`. Any other bracketed part is an alternative
//!   title and is ignored: `Running Up That Hill (A Deal With God)` =
//!   `Running Up That Hill`.
//! - **Credits**: `(orig. X)` names the original artist of a cover and is set
//!   apart. The primary artist is the credit before the first featuring word
//!   (`Featuring`, `feat.`, `ft.`, `X`, `with`, `duet with`, `vs.`); band names
//!   with `&` or `and` stay whole. For matching, the credit is also split on
//!   `&`, `and`, commas and slashes into every named artist.
//!
//! Two identities match when their titles and versions are equal and their
//! primary artists are equal or they share at least one named artist
//! (`Dolly Parton and Kenny Rogers` matches `Kenny Rogers Duet With Dolly
//! Parton`). An identity without any artist matches nothing: a title alone
//! is never enough to say which recording it is.

/// Words that mark a bracketed or dashed title part as a distinct version.
const VERSION_WORDS: [&str; 9] = [
    "version",
    "remix",
    "mix",
    "edit",
    "live",
    "acoustic",
    "instrumental",
    "cover",
    "demo",
];

/// Words that start a featured-artist credit, inside a title or a credit.
const FEATURING_WORDS: [&str; 7] = ["featuring", "feat", "ft", "with", "x", "duet", "vs"];

/// A song reduced to what identifies it across sources.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SongIdentity {
    /// The normalised title without qualifiers (`running up that hill`).
    pub title: String,
    /// The normalised version qualifier, empty for the ordinary recording.
    pub version: String,
    /// The normalised primary artist, empty when no source names one.
    pub primary_artist: String,
    /// Every normalised artist named in the credit, sorted, without duplicates.
    pub artists: Vec<String>,
}

impl SongIdentity {
    /// The identity of a song printed as `title` by `credit` (the credit may be empty).
    pub fn new(title: &str, credit: &str) -> Self {
        let parts = split_title(title);
        let credit = split_credit(credit);
        SongIdentity {
            title: parts.base,
            version: parts.version,
            primary_artist: credit.primary,
            artists: credit.artists,
        }
    }

    /// The identity key: `title|version|primary artist`.
    pub fn key(&self) -> String {
        format!("{}|{}|{}", self.title, self.version, self.primary_artist)
    }

    /// Whether a source names an artist at all.
    pub fn has_artist(&self) -> bool {
        !self.primary_artist.is_empty()
    }

    /// Whether two spellings are the same song (see the module rules).
    pub fn matches(&self, other: &SongIdentity) -> bool {
        if self.title != other.title || self.version != other.version {
            return false;
        }
        if !self.has_artist() || !other.has_artist() {
            return false;
        }
        self.primary_artist == other.primary_artist
            || self
                .artists
                .iter()
                .any(|artist| other.artists.contains(artist))
    }

    /// Lowercase slug of title, version and primary artist
    /// (`running-up-that-hill-kate-bush`).
    pub fn slug(&self) -> String {
        let parts = [&self.title, &self.version, &self.primary_artist];
        slug(
            &parts
                .iter()
                .filter(|part| !part.is_empty())
                .map(|part| part.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
    }
}

/// A printed title split into its base and version qualifier (both normalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleParts {
    /// The title without brackets, dashes and credits.
    pub base: String,
    /// The version qualifier, empty for the ordinary recording.
    pub version: String,
}

/// A printed artist credit split into its artists (normalised) and, for a
/// cover, the original artist as printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// The credit as printed, without an `(orig. X)` part, trimmed.
    pub performer: String,
    /// The original artist as printed in `(orig. X)`, for covers.
    pub original_artist: Option<String>,
    /// The normalised primary artist (empty when the credit names none).
    pub primary: String,
    /// Every normalised artist named, sorted, without duplicates.
    pub artists: Vec<String>,
}

/// Folds a printed text to its comparable form (see the module rules).
pub fn normalize_text(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{b4}' | '.' => {}
            '&' => folded.push_str(" and "),
            other => match fold_accent(other) {
                Some(plain) => folded.push(plain),
                None if other.is_alphanumeric() => folded.extend(other.to_lowercase()),
                None => folded.push(' '),
            },
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plain lowercase letter of a common accented Latin letter.
fn fold_accent(character: char) -> Option<char> {
    let plain = match character.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => return None,
    };
    Some(plain)
}

/// Lowercase `a-z0-9` words joined by single hyphens.
pub fn slug(text: &str) -> String {
    normalize_text(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// What a bracketed or dashed part of a title is.
#[derive(Debug, PartialEq, Eq)]
enum Qualifier {
    Credit,
    Remaster,
    Version(String),
    AlternativeTitle,
}

fn classify(part: &str) -> Qualifier {
    let text = normalize_text(part);
    let first = text.split(' ').next().unwrap_or("");
    if matches!(first, "feat" | "ft" | "featuring" | "with") {
        Qualifier::Credit
    } else if text.contains("remaster") {
        Qualifier::Remaster
    } else if text.split(' ').any(|word| VERSION_WORDS.contains(&word)) {
        Qualifier::Version(text)
    } else {
        Qualifier::AlternativeTitle
    }
}

/// Splits a printed title into its base and version (see the module rules).
pub fn split_title(title: &str) -> TitleParts {
    let mut base = String::new();
    let mut versions = Vec::new();
    let mut depth = 0usize;
    let mut part = String::new();
    for character in title.chars() {
        match character {
            '(' | '[' => {
                if depth == 0 {
                    part.clear();
                } else {
                    part.push(character);
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Qualifier::Version(version) = classify(&part) {
                        versions.push(version);
                    }
                    base.push(' ');
                } else {
                    part.push(character);
                }
            }
            _ if depth > 0 => part.push(character),
            _ => base.push(character),
        }
    }
    let mut pieces = split_dashes(&base).into_iter();
    let mut kept = pieces.next().unwrap_or_default();
    for piece in pieces {
        match classify(&piece) {
            Qualifier::Version(version) => versions.push(version),
            Qualifier::AlternativeTitle => {
                kept.push(' ');
                kept.push_str(&piece);
            }
            Qualifier::Credit | Qualifier::Remaster => {}
        }
    }
    let mut base = normalize_text(&kept);
    if base.is_empty() {
        // A title that is nothing but a bracketed part keeps that part.
        base = normalize_text(title);
    }
    TitleParts {
        base,
        version: versions.join(" "),
    }
}

/// Splits on spaced dashes (` - `, ` – `, ` — `); `Go-Go` stays whole.
fn split_dashes(text: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let characters: Vec<char> = text.chars().collect();
    for (index, &character) in characters.iter().enumerate() {
        let spaced = index > 0
            && characters.get(index - 1).is_some_and(|c| c.is_whitespace())
            && characters.get(index + 1).is_some_and(|c| c.is_whitespace());
        if spaced && matches!(character, '-' | '\u{2013}' | '\u{2014}') {
            pieces.push(String::new());
        } else if let Some(last) = pieces.last_mut() {
            last.push(character);
        }
    }
    pieces
}

/// Splits a printed artist credit (see the module rules).
pub fn split_credit(credit: &str) -> Credit {
    let (performer, original_artist) = match find_ignoring_case(credit, "(orig.") {
        Some(start) => {
            let rest = &credit[start + "(orig.".len()..];
            let original = rest.split(')').next().unwrap_or("").trim();
            let mut performer = credit[..start].to_owned();
            performer.push_str(rest.split_once(')').map_or("", |(_, after)| after));
            (
                performer.trim().to_owned(),
                (!original.is_empty()).then(|| original.to_owned()),
            )
        }
        None => (credit.trim().to_owned(), None),
    };
    let words = normalize_text(&performer.replace([',', '/', '+'], " & "));
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for word in words.split(' ').filter(|word| !word.is_empty()) {
        if FEATURING_WORDS.contains(&word) {
            if groups.last().is_some_and(|group| !group.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(group) = groups.last_mut() {
            group.push(word);
        }
    }
    let primary = groups
        .first()
        .map(|group| group.join(" "))
        .unwrap_or_default();
    let mut artists: Vec<String> = groups
        .iter()
        .flat_map(|group| group.split(|word| *word == "and"))
        .map(|words| words.join(" "))
        .filter(|artist| !artist.is_empty())
        .collect();
    crate::sort::sort_by(&mut artists, Ord::cmp);
    artists.dedup();
    Credit {
        performer,
        original_artist,
        primary,
        artists,
    }
}

/// Byte index of `needle` in `haystack`, ignoring ASCII case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .to_ascii_lowercase()
        .find(&needle.to_ascii_lowercase())
}

#[cfg(test)]
mod tests;
