//! LEB128 varints and zigzag signed values: the integer encoding of every
//! archive section.
//!
//! An unsigned value is written seven bits at a time, low bits first, with
//! the high bit of each byte set while more bytes follow (at most ten bytes
//! for a `u64`). A signed value is zigzag-mapped first (0, -1, 1, -2, … to
//! 0, 1, 2, 3, …) so small magnitudes stay small.

/// Why a varint could not be read; the section reader turns this into an
/// [`ArchiveError`](super::ArchiveError) naming the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarintError {
    /// The bytes ended inside a varint (or before it started).
    Truncated,
    /// More than ten bytes, or a value above `u64::MAX`.
    Overlong,
}

/// Appends `value` as an unsigned LEB128 varint.
pub fn write_u64(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Maps a signed value onto the unsigned zigzag order.
pub fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

/// The inverse of [`zigzag`].
pub fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// Appends a signed value as a zigzag varint.
pub fn write_i64(out: &mut Vec<u8>, value: i64) {
    write_u64(out, zigzag(value));
}

/// Reads one unsigned varint from `bytes` at `*position`, advancing it.
pub fn read_u64(bytes: &[u8], position: &mut usize) -> Result<u64, VarintError> {
    let mut value: u64 = 0;
    for shift in (0..70).step_by(7) {
        let byte = *bytes.get(*position).ok_or(VarintError::Truncated)?;
        *position += 1;
        let bits = u64::from(byte & 0x7f);
        if shift == 63 && bits > 1 {
            return Err(VarintError::Overlong);
        }
        value |= bits << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(VarintError::Overlong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_edge_values() {
        for value in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut bytes = Vec::new();
            write_u64(&mut bytes, value);
            let mut position = 0;
            assert_eq!(read_u64(&bytes, &mut position), Ok(value));
            assert_eq!(position, bytes.len());
        }
        for value in [0, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            assert_eq!(unzigzag(zigzag(value)), value);
        }
        assert_eq!(zigzag(-1), 1);
        assert_eq!(zigzag(1), 2);
    }

    #[test]
    fn rejects_cut_and_overlong_varints() {
        assert_eq!(read_u64(&[0x80], &mut 0), Err(VarintError::Truncated));
        assert_eq!(read_u64(&[], &mut 0), Err(VarintError::Truncated));
        assert_eq!(read_u64(&[0xff; 11], &mut 0), Err(VarintError::Overlong));
        let mut too_big = vec![0xff; 9];
        too_big.push(0x02);
        assert_eq!(read_u64(&too_big, &mut 0), Err(VarintError::Overlong));
    }
}
