//! The payload checksum: 64-bit FNV-1a.
//!
//! FNV-1a is tiny, has no tables and detects the damage that matters here
//! (a cut-off download, a flipped byte, a stale cache). It is not a
//! cryptographic hash; the file name's SHA-256 prefix versions the URL.

/// FNV-1a 64 offset basis.
const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64 prime.
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The FNV-1a 64 hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(OFFSET_BASIS, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

/// The checksum as the manifest prints it: `fnv1a64:` and 16 hex digits.
pub fn checksum_text(checksum: u64) -> String {
    format!("fnv1a64:{checksum:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_published_test_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(checksum_text(0xab), "fnv1a64:00000000000000ab");
    }
}
