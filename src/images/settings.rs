//! The `images:` settings of `site.yaml`: the widths and formats of the variants, their
//! quality, and the limits that keep a hostile file from taking the machine.

use super::Format;

/// What `images:` in `site.yaml` sets; [`Default`] when it sets nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageSettings {
    /// The widths of the variants, in pixels, smallest first. An image gets the widths below
    /// its own, and its own width when that is smaller than the largest.
    pub widths: Vec<u32>,
    /// The formats of the variants besides the image's own (`webp`, and `avif` when chosen).
    pub formats: Vec<Format>,
    /// The quality of lossy variants (JPEG, WebP, AVIF), 1 to 100.
    pub quality: u8,
    /// The most pixels (width × height, of all frames of an animation together) loket
    /// decodes: more is a finding, not an attempt.
    pub max_pixels: u64,
    /// The most frames of an animation.
    pub max_frames: u64,
}

/// Fits the theme: a card (about 20rem) on a phone at 2× and 3×, the text column (about
/// 42rem) at 1× and 2×.
pub const DEFAULT_WIDTHS: [u32; 4] = [480, 800, 1200, 1600];
/// The widest variant `images: widths` may ask for.
pub const MAX_WIDTH: u32 = 8192;
pub const DEFAULT_QUALITY: u8 = 80;
/// 50 megapixels: a phone photo has 12 to 48.
pub const DEFAULT_MAX_PIXELS: u64 = 50_000_000;
pub const DEFAULT_MAX_FRAMES: u64 = 500;

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            widths: DEFAULT_WIDTHS.to_vec(),
            formats: vec![Format::Webp],
            quality: DEFAULT_QUALITY,
            max_pixels: DEFAULT_MAX_PIXELS,
            max_frames: DEFAULT_MAX_FRAMES,
        }
    }
}

impl ImageSettings {
    /// The part of the settings a variant's bytes depend on, for cache keys.
    pub fn fingerprint(&self) -> String {
        let formats: Vec<&str> = self.formats.iter().map(|f| f.name()).collect();
        format!("q{};{}", self.quality, formats.join(","))
    }
}
