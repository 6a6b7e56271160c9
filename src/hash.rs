//! The one 128-bit hash of a pair of texts, for the places that must tell pairs apart without
//! keeping them: the locale-wide check rules' samples and the plain pairings kept between passes.

use std::hash::Hasher;

/// 128 bits of SipHash-1-3 over `first`, a separator and `second`: two different pairs are
/// never taken for one.
pub(crate) fn pair_hash(first: &str, second: &str) -> [u64; 2] {
    let mut hasher = siphasher::sip128::SipHasher13::new();
    hasher.write(first.as_bytes());
    // 0xFF never occurs in UTF-8: the boundary between the texts cannot move.
    hasher.write_u8(0xff);
    hasher.write(second.as_bytes());
    let hash = siphasher::sip128::Hasher128::finish128(&hasher);
    [hash.h1, hash.h2]
}
