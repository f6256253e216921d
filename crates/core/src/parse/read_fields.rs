//! `read_fields!`: an object read into a struct, one line per field.
//!
//! Each field says how it is read and whether it may be left out:
//! `required`, `default` (its type's default when missing) or `optional`
//! (`null` or missing is none). An object refuses members it does not
//! name, unless the call says `ignoring others` (the lenient shapes of a
//! reader's own files).

/// Reads an object into a struct, one `field: how(read)` per field.
macro_rules! read_fields {
    ($reader:ident, ignoring others, $ty:ident { $($body:tt)* }) => {
        read_fields!(@object object_ignoring_others, $reader, $ty { $($body)* })
    };
    ($reader:ident, $ty:ident { $($body:tt)* }) => {
        read_fields!(@object object, $reader, $ty { $($body)* })
    };
    (@object $method:ident, $reader:ident,
        $ty:ident { $($field:ident: $how:ident($read:expr)),* $(,)? }) => {{
        $(let mut $field = None;)*
        $reader.$method(&[$(stringify!($field)),*], &mut |reader, name| {
            match name {
                $(stringify!($field) => $field = Some(read_fields!(@read $how reader, $read)),)*
                _ => {}
            }
            Ok(())
        })?;
        Ok($ty { $($field: read_fields!(@take $how $reader, $field)),* })
    }};
    (@read optional $reader:ident, $read:expr) => { $reader.nullable($read)? };
    (@read $how:ident $reader:ident, $read:expr) => { $read($reader)? };
    (@take required $reader:ident, $field:ident) => {
        $field.ok_or_else(|| $reader.missing(stringify!($field)))?
    };
    (@take default $reader:ident, $field:ident) => { $field.unwrap_or_default() };
    (@take optional $reader:ident, $field:ident) => { $field.flatten() };
}

pub(crate) use read_fields;
