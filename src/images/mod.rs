//! Pictures: what loket publishes of a raster image (JPEG, PNG, GIF, WebP, AVIF). Every one
//! leaves without EXIF, XMP, IPTC or comments (`clean`), its orientation kept; the images the
//! theme shows get smaller variants in WebP and their own format (`variants`), made once and
//! kept in the build cache (`cache`). A hostile file (a decompression bomb, a truncated file,
//! thousands of frames) is an [`ImageProblem`] found within bounded time and memory.

pub mod cache;
pub mod clean;
pub mod inspect;
pub mod picture;
pub mod settings;
#[cfg(test)]
pub(crate) mod testimages;
pub mod variants;

pub use cache::Cache;
pub use inspect::{inspect, ImageInfo};
pub use picture::Picture;
pub use settings::ImageSettings;

use crate::messages::Text;
use crate::text;

/// A raster format loket reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jpeg,
    Png,
    Gif,
    Webp,
    Avif,
}

impl Format {
    /// The formats `images: formats` may add besides an image's own.
    pub const VARIANT_FORMATS: &'static [Format] = &[Format::Webp];

    /// The format a file name says (`foto.JPG` → JPEG); `None` for anything else (SVG too).
    pub fn from_name(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            "gif" => Some(Format::Gif),
            "webp" => Some(Format::Webp),
            "avif" => Some(Format::Avif),
            _ => None,
        }
    }

    /// The extension of the files loket writes in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Gif => "gif",
            Format::Webp => "webp",
            Format::Avif => "avif",
        }
    }

    /// The media type, for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Gif => "image/gif",
            Format::Webp => "image/webp",
            Format::Avif => "image/avif",
        }
    }

    /// The name `site.yaml` uses (`images: formats: [webp]`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::Gif => "gif",
            Format::Webp => "webp",
            Format::Avif => "avif",
        }
    }
}

/// Why an image cannot be published. Each becomes an error at the image's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageProblem {
    /// The file is broken (`detail` says how, in the words of the crate that read it).
    Malformed { detail: String },
    /// The file ends before the picture does (an upload or a copy that stopped halfway).
    CutShort,
    /// The file is not an image of the format its name says: `found` is the format its first
    /// bytes say, if any (a PNG called `foto.jpg`).
    NotFormat { format: Format, found: Option<Format> },
    /// More pixels than `images: max_pixels` allows (a decompression bomb, or a scan at a
    /// size no reader needs).
    TooManyPixels { width: u64, height: u64, max_pixels: u64 },
    /// An animation with more frames (or frame pixels in all) than loket reads.
    TooManyFrames { frames: u64, max_frames: u64 },
    /// An animation whose frames have more pixels in all than `images: max_pixels` allows
    /// (counted up to the frame that passes it).
    TooManyAnimationPixels { frames: u64, pixels: u64, max_pixels: u64 },
    /// A format loket can read but not clean of hidden data (with the reason).
    CannotClean { format: Format },
}

impl ImageProblem {
    /// What is wrong, in words for an editor.
    pub fn message(&self) -> Text {
        match self {
            ImageProblem::Malformed { detail } => text!("image-malformed", detail = detail.as_str()),
            ImageProblem::TooManyPixels { width, height, max_pixels } => {
                text!("image-too-many-pixels", width = *width, height = *height, max = *max_pixels)
            }
            ImageProblem::CutShort => text!("image-cut-short"),
            ImageProblem::NotFormat { format, found: Some(found) } => {
                text!("image-not-format", format = format.name(), found = found.name())
            }
            ImageProblem::NotFormat { format, found: None } => text!("image-not-an-image", format = format.name()),
            ImageProblem::TooManyFrames { frames, max_frames } => {
                text!("image-too-many-frames", frames = *frames, max = *max_frames)
            }
            ImageProblem::TooManyAnimationPixels { frames, pixels, max_pixels } => {
                text!("image-too-many-animation-pixels", frames = *frames, pixels = *pixels, max = *max_pixels)
            }
            ImageProblem::CannotClean { format } => text!("image-cannot-clean", format = format.name()),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> Text {
        match self {
            ImageProblem::Malformed { .. } | ImageProblem::CutShort => text!("image-malformed-hint"),
            ImageProblem::TooManyPixels { .. } => text!("image-too-many-pixels-hint"),
            ImageProblem::NotFormat { found: Some(found), .. } => {
                text!("image-not-format-hint", extension = found.extension())
            }
            ImageProblem::NotFormat { found: None, .. } => text!("image-malformed-hint"),
            ImageProblem::TooManyFrames { .. } | ImageProblem::TooManyAnimationPixels { .. } => {
                text!("image-too-many-frames-hint")
            }
            ImageProblem::CannotClean { .. } => text!("image-cannot-clean-hint"),
        }
    }
}
