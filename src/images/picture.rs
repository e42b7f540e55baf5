//! What templates show of a picture: the file to fall back on, its size as shown, and the
//! variants as `srcset` lists (one `<source>` per extra format, then the image's own format).

use super::variants::VariantSpec;
use super::{Format, ImageInfo};

/// One `<source>` of a `<picture>`: a format and its variants.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PictureSource {
    #[serde(rename = "type")]
    pub mime: &'static str,
    pub srcset: String,
}

/// A picture with its variants, for `partials/picture.html`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Picture {
    /// The `src` of the `<img>`: a variant in the image's own format about 1200 pixels wide
    /// (also the preview image of social media), or the image itself when it has none. The
    /// value that holds the picture (`page.image`) shows it as its `src`.
    #[serde(skip)]
    pub src: String,
    /// As shown (after the EXIF orientation), so the page keeps room for it while it loads.
    pub width: u32,
    pub height: u32,
    /// The variants in the image's own format, for the `<img>` (empty: none).
    pub srcset: String,
    /// One per extra format (WebP), best first, for `<source>` elements.
    pub sources: Vec<PictureSource>,
}

/// The width the `<img src>` aims at: what a social-media preview wants.
const FALLBACK_WIDTH: u32 = 1200;

impl Picture {
    /// The picture of an image at `url` with its variants (`specs` with their URLs, in the
    /// order of `variants::plan`).
    pub fn new(url: &str, info: &ImageInfo, variants: &[(VariantSpec, String)]) -> Picture {
        let own = super::variants::own_format(info.format);
        let list = |format: Option<Format>| {
            variants
                .iter()
                .filter(|(spec, _)| Some(spec.format) == format)
                .map(|(spec, url)| format!("{url} {}w", spec.width))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut formats: Vec<Format> = Vec::new();
        for (spec, _) in variants {
            if Some(spec.format) != own && !formats.contains(&spec.format) {
                formats.push(spec.format);
            }
        }
        let own_variants: Vec<&(VariantSpec, String)> =
            variants.iter().filter(|(s, _)| Some(s.format) == own).collect();
        let src = own_variants
            .iter()
            .rev()
            .find(|(spec, _)| spec.width <= FALLBACK_WIDTH)
            .or(own_variants.first())
            .map_or_else(|| url.to_string(), |(_, url)| url.clone());
        Picture {
            src,
            width: info.width,
            height: info.height,
            srcset: list(own),
            sources: formats
                .into_iter()
                .map(|format| PictureSource { mime: format.mime(), srcset: list(Some(format)) })
                .collect(),
        }
    }
}
