//! Making the smaller variants of an image: decoded once within the limits, turned as its
//! orientation says, resized, and encoded in each format.

use super::{Format, ImageInfo, ImageProblem, ImageSettings};
use fast_image_resize as fr;
use image::{DynamicImage, ImageDecoder, ImageEncoder};
use std::io::Cursor;

/// One variant to make of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VariantSpec {
    pub width: u32,
    pub height: u32,
    pub format: Format,
}

/// The formats loket can encode a variant in. AVIF is not among them: no encoder is built in
/// (see docs/images.md for its cost), so `formats: [avif]` makes nothing.
pub fn can_encode(format: Format) -> bool {
    matches!(format, Format::Jpeg | Format::Png | Format::Webp)
}

/// The format of the variant in an image's own format: a GIF that does not move becomes a
/// PNG (lossless, smaller, and any browser shows it); an AVIF gets none.
pub fn own_format(format: Format) -> Option<Format> {
    match format {
        Format::Jpeg => Some(Format::Jpeg),
        Format::Png | Format::Gif => Some(Format::Png),
        Format::Webp => Some(Format::Webp),
        Format::Avif => None,
    }
    .filter(|format| can_encode(*format))
}

/// The variants of an image: for each width of `settings` below the image's own (and its own
/// width when that is smaller than the largest), one per format of `settings.formats` and
/// one in the image's own format (JPEG for a JPEG, PNG for a PNG or GIF, ...). In order of
/// width, then format. None for an animation, which is only cleaned.
pub fn plan(info: &ImageInfo, settings: &ImageSettings) -> Vec<VariantSpec> {
    if info.animated || info.width == 0 || info.height == 0 {
        return Vec::new();
    }
    let mut widths: Vec<u32> = settings.widths.iter().copied().filter(|w| *w > 0 && *w < info.width).collect();
    if settings.widths.iter().max().is_some_and(|largest| info.width < *largest) {
        widths.push(info.width);
    }
    widths.sort_unstable();
    widths.dedup();

    let mut formats: Vec<Format> = Vec::new();
    for format in settings.formats.iter().copied().chain(own_format(info.format)) {
        if can_encode(format) && !formats.contains(&format) {
            formats.push(format);
        }
    }

    let mut specs = Vec::with_capacity(widths.len() * formats.len());
    for width in widths {
        // Rounded to the nearest pixel, in u64 so that no product overflows.
        let height =
            (u64::from(width) * u64::from(info.height) * 2 + u64::from(info.width)) / (2 * u64::from(info.width));
        let height = u32::try_from(height.max(1)).unwrap_or(u32::MAX);
        specs.extend(formats.iter().map(|&format| VariantSpec { width, height, format }));
    }
    specs
}

/// The most memory one decode may take, whatever `images: max_pixels` says (`site.yaml` comes
/// with pull requests too): 1 GiB holds 50 megapixels at 16 bits per channel with alpha.
const MAX_ALLOC: u64 = 1 << 30;

/// The memory a decode may take for `settings`: the pixels allowed at 16 bits per channel
/// with alpha (8 bytes), plus a margin for the decoder's own tables, at most [`MAX_ALLOC`].
fn max_alloc(settings: &ImageSettings) -> u64 {
    settings.max_pixels.saturating_mul(8).saturating_add(64 << 20).min(MAX_ALLOC)
}

/// The decoder's limits for `settings`: no side longer than the pixels allowed, and no more
/// memory than [`max_alloc`] for its own buffers.
fn limits(settings: &ImageSettings) -> image::Limits {
    let mut limits = image::Limits::default();
    let side = u32::try_from(settings.max_pixels).unwrap_or(u32::MAX);
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    limits.max_alloc = Some(max_alloc(settings));
    limits
}

fn image_format(format: Format) -> Option<image::ImageFormat> {
    match format {
        Format::Jpeg => Some(image::ImageFormat::Jpeg),
        Format::Png => Some(image::ImageFormat::Png),
        Format::Gif => Some(image::ImageFormat::Gif),
        Format::Webp => Some(image::ImageFormat::WebP),
        Format::Avif => None,
    }
}

fn malformed(err: impl std::fmt::Display) -> ImageProblem {
    ImageProblem::Malformed { detail: err.to_string() }
}

/// The decoder's error as a finding: a limit it hit is too many pixels, anything else a
/// broken file.
fn decode_problem(err: image::ImageError, width: u32, height: u32, settings: &ImageSettings) -> ImageProblem {
    match err {
        image::ImageError::Limits(_) => ImageProblem::TooManyPixels {
            width: u64::from(width),
            height: u64::from(height),
            max_pixels: settings.max_pixels,
        },
        err => malformed(err),
    }
}

/// Decodes `bytes` (one frame) within `settings`' limits and turns it upright as
/// `info.orientation` says, the orientation `plan` took its sizes from.
pub fn decode(bytes: &[u8], info: &ImageInfo, settings: &ImageSettings) -> Result<DynamicImage, ImageProblem> {
    let Some(format) = image_format(info.format) else {
        return Err(malformed(format!("loket cannot decode {}", info.format.name())));
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits(settings));
    let decoder = reader.into_decoder().map_err(|err| decode_problem(err, 0, 0, settings))?;
    let (width, height) = decoder.dimensions();
    // `from_decoder` allocates the whole picture at once, outside the decoder's limits: a
    // bomb is refused here, by its header, before that.
    if u64::from(width) * u64::from(height) > settings.max_pixels || decoder.total_bytes() > max_alloc(settings) {
        return Err(ImageProblem::TooManyPixels {
            width: u64::from(width),
            height: u64::from(height),
            max_pixels: settings.max_pixels,
        });
    }
    let mut image = DynamicImage::from_decoder(decoder).map_err(|err| decode_problem(err, width, height, settings))?;
    if let Some(orientation) = u8::try_from(info.orientation).ok().and_then(image::metadata::Orientation::from_exif) {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

/// Makes every variant of `specs` from `bytes` (decoded once), in the order of `specs`.
/// Each size is resized once, from the decoded image, and encoded in each of its formats.
pub fn make(
    bytes: &[u8],
    info: &ImageInfo,
    specs: &[VariantSpec],
    settings: &ImageSettings,
) -> Result<Vec<Vec<u8>>, ImageProblem> {
    if specs.is_empty() {
        return Ok(Vec::new());
    }
    let source = pixels(decode(bytes, info, settings)?);
    let mut resizer = fr::Resizer::new();
    let mut out: Vec<Option<Vec<u8>>> = vec![None; specs.len()];
    for (i, spec) in specs.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        let resized = resize(&mut resizer, &source, spec.width, spec.height)?;
        // Every spec of this size, encoded from the one resized image.
        for (j, other) in specs.iter().enumerate().skip(i) {
            if other.width == spec.width && other.height == spec.height && out[j].is_none() {
                out[j] = Some(encode(&resized, other.format, settings.quality)?);
            }
        }
    }
    Ok(out.into_iter().flatten().collect())
}

/// The decoded image as 8-bit RGB, or RGBA when it has an alpha channel: what the encoders
/// take, and one of the pixel types the resizer treats with alpha premultiplied.
fn pixels(image: DynamicImage) -> DynamicImage {
    if image.color().has_alpha() {
        match image {
            DynamicImage::ImageRgba8(_) => image,
            other => DynamicImage::ImageRgba8(other.to_rgba8()),
        }
    } else {
        match image {
            DynamicImage::ImageRgb8(_) => image,
            other => DynamicImage::ImageRgb8(other.to_rgb8()),
        }
    }
}

/// `source` resized to `width` × `height` with Lanczos3; the resizer multiplies colour by
/// alpha before filtering (and divides after), so no dark fringes appear at transparent
/// edges. Single-threaded: the build already runs one image per core.
fn resize(
    resizer: &mut fr::Resizer,
    source: &DynamicImage,
    width: u32,
    height: u32,
) -> Result<DynamicImage, ImageProblem> {
    let mut target = match source {
        DynamicImage::ImageRgba8(_) => DynamicImage::ImageRgba8(image::RgbaImage::new(width, height)),
        _ => DynamicImage::ImageRgb8(image::RgbImage::new(width, height)),
    };
    let options =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3)).use_alpha(true);
    resizer.resize(source, &mut target, &options).map_err(malformed)?;
    Ok(target)
}

/// `image` in `format`, with no metadata: the encoders write none unless given some.
fn encode(image: &DynamicImage, format: Format, quality: u8) -> Result<Vec<u8>, ImageProblem> {
    let (width, height) = (image.width(), image.height());
    let mut out = Vec::new();
    match format {
        Format::Jpeg => {
            // JPEG has no alpha: a transparent PNG's JPEG variant is never planned, but a
            // source with alpha is flattened rather than refused.
            let rgb = image.to_rgb8();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality.clamp(1, 100))
                .write_image(rgb.as_raw(), width, height, image::ExtendedColorType::Rgb8)
                .map_err(malformed)?;
        }
        Format::Png => {
            let encoder = image::codecs::png::PngEncoder::new_with_quality(
                &mut out,
                image::codecs::png::CompressionType::Default,
                image::codecs::png::FilterType::Adaptive,
            );
            encoder.write_image(image.as_bytes(), width, height, image.color().into()).map_err(malformed)?;
        }
        Format::Webp => {
            let encoder = match image {
                DynamicImage::ImageRgba8(rgba) => webp::Encoder::from_rgba(rgba.as_raw(), width, height),
                _ => webp::Encoder::from_rgb(image.as_bytes(), width, height),
            };
            let memory = encoder
                .encode_simple(false, f32::from(quality.clamp(1, 100)))
                .map_err(|err| malformed(format!("WebP: {err:?}")))?;
            out.extend_from_slice(&memory);
        }
        Format::Gif | Format::Avif => {
            return Err(malformed(format!("loket cannot write {}", format.name())));
        }
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn info(format: Format, width: u32, height: u32) -> ImageInfo {
        ImageInfo { format, width, height, orientation: 1, gps: false, animated: false, hash: "0".repeat(64) }
    }

    fn widths(specs: &[VariantSpec]) -> Vec<(u32, u32, Format)> {
        specs.iter().map(|s| (s.width, s.height, s.format)).collect()
    }

    /// A photo-like picture: smooth gradients with a little deterministic noise.
    pub(crate) fn photo(width: u32, height: u32) -> image::RgbImage {
        let mut seed: u32 = 0x1234_5678;
        image::RgbImage::from_fn(width, height, |x, y| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let noise = (seed % 24) as i32 - 12;
            let channel = |v: u32| (v as i32 + noise).clamp(0, 255) as u8;
            image::Rgb([
                channel(x * 255 / width.max(1)),
                channel(y * 255 / height.max(1)),
                channel(((x + y) * 128 / (width + height).max(1)) + 64),
            ])
        })
    }

    pub(crate) fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let image = photo(width, height);
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .write_image(image.as_raw(), width, height, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    fn png_rgba(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([(x % 256) as u8, (y % 256) as u8, 200, if x < width / 2 { 0 } else { 255 }])
        });
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(image.as_raw(), width, height, image::ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    #[test]
    fn plan_landscape_photo() {
        let specs = plan(&info(Format::Jpeg, 4032, 3024), &ImageSettings::default());
        // Settings' formats first, then the image's own, at each width.
        assert_eq!(
            widths(&specs),
            vec![
                (480, 360, Format::Webp),
                (480, 360, Format::Jpeg),
                (800, 600, Format::Webp),
                (800, 600, Format::Jpeg),
                (1200, 900, Format::Webp),
                (1200, 900, Format::Jpeg),
                (1600, 1200, Format::Webp),
                (1600, 1200, Format::Jpeg),
            ]
        );
    }

    #[test]
    fn plan_portrait_turned_by_orientation() {
        // A phone photo stored 4032×3024 with orientation 6 is shown 3024×4032: inspect gives
        // the size as shown, and the variants keep that shape.
        let mut portrait = info(Format::Jpeg, 3024, 4032);
        portrait.orientation = 6;
        let specs = plan(&portrait, &ImageSettings::default());
        assert_eq!(specs.len(), 8);
        assert_eq!((specs[0].width, specs[0].height), (480, 640));
        assert_eq!((specs[7].width, specs[7].height), (1600, 2133));
    }

    #[test]
    fn plan_small_image_gets_its_own_width() {
        let specs = plan(&info(Format::Png, 1000, 333), &ImageSettings::default());
        assert_eq!(
            widths(&specs),
            vec![
                (480, 160, Format::Webp),
                (480, 160, Format::Png),
                (800, 266, Format::Webp),
                (800, 266, Format::Png),
                (1000, 333, Format::Webp),
                (1000, 333, Format::Png),
            ]
        );
        // Smaller than every width: only its own size, once per format.
        let tiny = plan(&info(Format::Gif, 40, 1), &ImageSettings::default());
        assert_eq!(widths(&tiny), vec![(40, 1, Format::Webp), (40, 1, Format::Png)]);
        // A WebP gets its WebP once; an AVIF only what settings ask.
        let webp = plan(&info(Format::Webp, 500, 500), &ImageSettings::default());
        assert_eq!(widths(&webp), vec![(480, 480, Format::Webp), (500, 500, Format::Webp)]);
        let avif = plan(&info(Format::Avif, 500, 500), &ImageSettings::default());
        assert_eq!(widths(&avif), vec![(480, 480, Format::Webp), (500, 500, Format::Webp)]);
        // Exactly the largest width: the smaller ones only (the original is that size).
        assert_eq!(plan(&info(Format::Jpeg, 1600, 900), &ImageSettings::default()).len(), 6);
        // A very wide, very low image: at least one pixel high.
        let strip = plan(&info(Format::Png, 10_000, 2), &ImageSettings::default());
        assert!(strip.iter().all(|s| s.height == 1));
    }

    #[test]
    fn plan_nothing_for_an_animation() {
        let mut animation = info(Format::Gif, 2000, 1000);
        animation.animated = true;
        assert!(plan(&animation, &ImageSettings::default()).is_empty());
    }

    #[test]
    fn make_gives_the_planned_sizes_and_formats() {
        let bytes = jpeg(1000, 750);
        let info = info(Format::Jpeg, 1000, 750);
        let settings = ImageSettings::default();
        let specs = plan(&info, &settings);
        let made = make(&bytes, &info, &specs, &settings).unwrap();
        assert_eq!(made.len(), specs.len());
        for (spec, bytes) in specs.iter().zip(&made) {
            let format = image::guess_format(bytes).unwrap();
            assert_eq!(format, image_format(spec.format).unwrap(), "{spec:?}");
            let decoded = image::load_from_memory(bytes).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (spec.width, spec.height), "{spec:?}");
        }
        // Same input, same bytes.
        assert_eq!(make(&bytes, &info, &specs, &settings).unwrap(), made);
    }

    #[test]
    fn make_keeps_alpha_in_png_and_webp() {
        let bytes = png_rgba(90, 30);
        let info = info(Format::Png, 90, 30);
        let settings = ImageSettings { widths: vec![48, 80, 120], ..ImageSettings::default() };
        let specs = plan(&info, &settings);
        let made = make(&bytes, &info, &specs, &settings).unwrap();
        for (spec, bytes) in specs.iter().zip(&made) {
            let decoded = image::load_from_memory(bytes).unwrap();
            assert!(decoded.color().has_alpha(), "{spec:?}");
            // The left half stays transparent, the right half opaque.
            let rgba = decoded.to_rgba8();
            assert!(rgba.get_pixel(0, 0)[3] < 16, "{spec:?}");
            assert!(rgba.get_pixel(spec.width - 1, 0)[3] > 240, "{spec:?}");
        }
        assert_eq!(make(&bytes, &info, &specs, &settings).unwrap(), made);
    }

    #[test]
    fn a_still_gif_gets_png_and_webp_variants() {
        let bytes = crate::images::testimages::gif(60, 30, 1);
        let info = info(Format::Gif, 60, 30);
        let settings = ImageSettings { widths: vec![40, 80], ..ImageSettings::default() };
        let specs = plan(&info, &settings);
        assert_eq!(
            widths(&specs),
            vec![(40, 20, Format::Webp), (40, 20, Format::Png), (60, 30, Format::Webp), (60, 30, Format::Png)]
        );
        for (spec, out) in specs.iter().zip(make(&bytes, &info, &specs, &settings).unwrap()) {
            assert_eq!(image::guess_format(&out).unwrap(), image_format(spec.format).unwrap());
            let decoded = image::load_from_memory(&out).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (spec.width, spec.height));
        }
    }

    #[test]
    fn make_turns_the_picture_upright() {
        // Stored 200 wide and 100 high, its left half red and its right half blue;
        // orientation 6 (turn a quarter clockwise) shows it 100 wide and 200 high, red above.
        let stored =
            image::RgbImage::from_fn(
                200,
                100,
                |x, _| {
                    if x < 100 {
                        image::Rgb([255, 0, 0])
                    } else {
                        image::Rgb([0, 0, 255])
                    }
                },
            );
        let mut bytes = Vec::new();
        image::codecs::png::PngEncoder::new(&mut bytes)
            .write_image(stored.as_raw(), 200, 100, image::ExtendedColorType::Rgb8)
            .unwrap();
        let mut turned = info(Format::Png, 100, 200);
        turned.orientation = 6;
        let spec = VariantSpec { width: 50, height: 100, format: Format::Png };
        let made = make(&bytes, &turned, &[spec], &ImageSettings::default()).unwrap();
        let decoded = image::load_from_memory(&made[0]).unwrap().to_rgb8();
        assert_eq!(decoded.dimensions(), (50, 100));
        assert_eq!(decoded.get_pixel(25, 10), &image::Rgb([255, 0, 0]));
        assert_eq!(decoded.get_pixel(25, 90), &image::Rgb([0, 0, 255]));
    }

    #[test]
    fn jpeg_variant_carries_no_exif() {
        // A source with an EXIF block (and a comment) in front of its pixels.
        let plain = jpeg(600, 400);
        let mut with_exif = plain[..2].to_vec();
        let exif = b"Exif\0\0II*\0\x08\0\0\0\0\0";
        with_exif.extend_from_slice(&[0xFF, 0xE1]);
        with_exif.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        with_exif.extend_from_slice(exif);
        with_exif.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x07]);
        with_exif.extend_from_slice(b"hello");
        with_exif.extend_from_slice(&plain[2..]);
        assert!(image::load_from_memory(&with_exif).is_ok());

        let info = info(Format::Jpeg, 600, 400);
        let spec = VariantSpec { width: 480, height: 320, format: Format::Jpeg };
        let made = make(&with_exif, &info, &[spec], &ImageSettings::default()).unwrap();
        let out = &made[0];
        assert!(!out.windows(4).any(|w| w == b"Exif"));
        assert!(!out.windows(5).any(|w| w == b"hello"));
        assert!(!out.windows(2).any(|w| w == [0xFF, 0xE1]), "no APP1 segment");
        assert!(exif::Reader::new().read_from_container(&mut Cursor::new(out)).is_err());
    }

    #[test]
    fn a_phone_photo_gives_upright_variants_without_its_metadata() {
        // EXIF with orientation 6 and GPS, XMP with GPS, a comment, IPTC; stored 200×100.
        let bytes = crate::images::testimages::phone_jpeg(200, 100);
        let settings = ImageSettings { widths: vec![40, 64], ..ImageSettings::default() };
        // What `inspect` reads of it (its own tests show that; calling it here would make
        // this file and inspect.rs import each other through the cache).
        let mut info = info(Format::Jpeg, 100, 200);
        info.orientation = 6;
        let specs = plan(&info, &settings);
        assert_eq!(specs.len(), 4);
        for (spec, out) in specs.iter().zip(make(&bytes, &info, &specs, &settings).unwrap()) {
            assert_eq!(spec.height, spec.width * 2, "{spec:?}");
            let decoded = image::load_from_memory(&out).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (spec.width, spec.height), "{spec:?}");
            assert!(exif::Reader::new().read_from_container(&mut Cursor::new(&out)).is_err(), "{spec:?}");
            for secret in [&b"Exif"[..], b"GPS", b"xmpmeta", b"Taken at home", b"8BIM", b"PhoneMaker"] {
                assert!(!out.windows(secret.len()).any(|w| w == secret), "{spec:?}");
            }
        }
    }

    #[test]
    fn a_bomb_is_refused_before_it_is_allocated() {
        // A PNG of a few dozen bytes whose header says 100,000 × 100,000 pixels.
        let bytes = crate::images::testimages::png_claiming(100_000, 100_000);
        assert!(bytes.len() < 100);
        let info = info(Format::Png, 100_000, 100_000);
        let spec = VariantSpec { width: 480, height: 480, format: Format::Webp };
        let started = std::time::Instant::now();
        let problem = make(&bytes, &info, &[spec], &ImageSettings::default()).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert!(matches!(problem, ImageProblem::TooManyPixels { .. }), "{problem:?}");
        // Even with a limit the header fits under, the decoder's memory limit stops it.
        let generous = ImageSettings { max_pixels: 20_000_000_000, ..ImageSettings::default() };
        let problem = make(&bytes, &info, &[spec], &generous).unwrap_err();
        assert!(matches!(problem, ImageProblem::TooManyPixels { .. } | ImageProblem::Malformed { .. }), "{problem:?}");
    }

    #[test]
    fn a_truncated_jpeg_is_malformed() {
        let bytes = jpeg(600, 400);
        let info = info(Format::Jpeg, 600, 400);
        let spec = VariantSpec { width: 480, height: 320, format: Format::Jpeg };
        // Cut in its headers: the decoder stops. (Cut in the middle of the pixels, it fills
        // the rest with grey; `inspect` finds that the file ends too soon.)
        for cut in [2, 20, 200] {
            let problem = make(&bytes[..cut], &info, &[spec], &ImageSettings::default());
            assert!(matches!(problem, Err(ImageProblem::Malformed { .. })), "{cut}: {:?}", problem.map(|_| ()));
        }
        assert!(matches!(
            make(b"not a picture", &info, &[spec], &ImageSettings::default()),
            Err(ImageProblem::Malformed { .. })
        ));
    }

    /// The figures in docs/images.md: `cargo test --release --lib images::variants::tests::timing
    /// -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn timing() {
        let (width, height) = (4032, 3024);
        let bytes = jpeg(width, height);
        let info = info(Format::Jpeg, width, height);
        let settings = ImageSettings::default();
        let specs = plan(&info, &settings);
        eprintln!("source: {width}x{height} JPEG, {} bytes; {} variants", bytes.len(), specs.len());
        let started = std::time::Instant::now();
        let source = pixels(decode(&bytes, &info, &settings).unwrap());
        eprintln!("decode: {:?}", started.elapsed());
        let mut resizer = fr::Resizer::new();
        let started = std::time::Instant::now();
        for spec in specs.iter().step_by(2) {
            resize(&mut resizer, &source, spec.width, spec.height).unwrap();
        }
        eprintln!("resize from the source each time (4 sizes): {:?}", started.elapsed());
        let started = std::time::Instant::now();
        let mut from = source.clone();
        for spec in specs.iter().step_by(2).rev() {
            from = resize(&mut resizer, &from, spec.width, spec.height).unwrap();
        }
        eprintln!("resize largest first, each from the one before (4 sizes): {:?}", started.elapsed());
        for format in [Format::Jpeg, Format::Webp] {
            let spec = VariantSpec { width: 1200, height: 900, format };
            let resized = resize(&mut resizer, &source, 1200, 900).unwrap();
            let started = std::time::Instant::now();
            let out = encode(&resized, spec.format, settings.quality).unwrap();
            eprintln!("encode 1200 px {}: {:?}, {} bytes", format.name(), started.elapsed(), out.len());
        }
        for _ in 0..2 {
            let started = std::time::Instant::now();
            let made = make(&bytes, &info, &specs, &settings).unwrap();
            let sizes: Vec<usize> = made.iter().map(Vec::len).collect();
            eprintln!("make all {}: {:?}, bytes {sizes:?}", specs.len(), started.elapsed());
        }
    }
}
