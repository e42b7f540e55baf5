//! The build cache of image variants: files in `.loket-cache/images/` of the site folder,
//! named by a hash of the image's bytes, the variant and the settings, so that a rebuild
//! encodes only new or changed images. Safe to delete; every entry is checked before use.

use std::path::PathBuf;

/// The folder below the site folder that holds loket's cache (ignored by git).
pub const CACHE_DIR: &str = ".loket-cache";

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache of one site; `None` folder: no cache (each build encodes again).
#[derive(Debug, Default)]
pub struct Cache {
    pub dir: Option<PathBuf>,
    /// How many variants were encoded rather than read from the cache (for tests and
    /// `--timings`).
    pub encoded: std::sync::atomic::AtomicUsize,
}
