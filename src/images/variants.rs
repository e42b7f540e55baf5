//! Making the smaller variants of an image: decoded once within the limits, turned as its
//! orientation says, resized, and encoded in each format.

use super::{Format, ImageInfo, ImageProblem, ImageSettings};

/// One variant to make of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VariantSpec {
    pub width: u32,
    pub height: u32,
    pub format: Format,
}

/// The variants of an image: for each width of `settings` below the image's own (and its own
/// width when that is smaller than the largest), one per format of `settings.formats` and
/// one in the image's own format (JPEG for a JPEG, PNG for a PNG or GIF, ...). In order of
/// width, then format.
pub fn plan(info: &ImageInfo, settings: &ImageSettings) -> Vec<VariantSpec> {
    let _ = (info, settings);
    Vec::new()
}

/// Makes every variant of `specs` from `bytes` (decoded once), in the order of `specs`.
pub fn make(
    bytes: &[u8],
    info: &ImageInfo,
    specs: &[VariantSpec],
    settings: &ImageSettings,
) -> Result<Vec<Vec<u8>>, ImageProblem> {
    let _ = (bytes, info, specs, settings);
    Err(ImageProblem::Malformed { detail: "not yet".into() })
}
