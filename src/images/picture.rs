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

#[cfg(test)]
mod tests {
    use super::*;

    fn info(format: Format, width: u32, height: u32) -> ImageInfo {
        ImageInfo { format, width, height, orientation: 1, gps: false, animated: false, hash: String::new() }
    }

    fn spec(width: u32, format: Format) -> (VariantSpec, String) {
        (VariantSpec { width, height: width / 2, format }, format!("/a-{width}w.{}", format.extension()))
    }

    #[test]
    fn the_img_falls_back_on_the_own_format_variant_near_1200_and_webp_is_a_source() {
        let variants = [480, 800, 1200, 1600].iter().flat_map(|&w| [spec(w, Format::Webp), spec(w, Format::Jpeg)]);
        let variants: Vec<_> = variants.collect();
        let picture = Picture::new("/a.jpg", &info(Format::Jpeg, 2000, 1000), &variants);
        assert_eq!(picture.src, "/a-1200w.jpg");
        assert_eq!((picture.width, picture.height), (2000, 1000));
        assert_eq!(picture.srcset, "/a-480w.jpg 480w, /a-800w.jpg 800w, /a-1200w.jpg 1200w, /a-1600w.jpg 1600w");
        assert_eq!(picture.sources.len(), 1);
        assert_eq!(picture.sources[0].mime, "image/webp");
        assert!(picture.sources[0].srcset.starts_with("/a-480w.webp 480w, "));
    }

    #[test]
    fn a_picture_without_variants_is_the_image_itself() {
        let picture = Picture::new("/a.gif", &info(Format::Gif, 20, 10), &[]);
        assert_eq!((picture.src.as_str(), picture.srcset.as_str()), ("/a.gif", ""));
        assert!(picture.sources.is_empty());
        // A still GIF's own variants are PNG; only a small one, below 1200, is the fallback.
        let picture =
            Picture::new("/a.gif", &info(Format::Gif, 300, 150), &[spec(300, Format::Webp), spec(300, Format::Png)]);
        assert_eq!(picture.src, "/a-300w.png");
    }
}
