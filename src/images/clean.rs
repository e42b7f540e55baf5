//! Removing hidden data from an image without touching its pixels: EXIF (GPS position, time,
//! camera serial number), XMP, IPTC and comments. The orientation is kept.
//!
//! Each format keeps a short list of what is needed to show the picture (an allow list, not a
//! block list: a kind of metadata nobody thought of is removed too). JPEG, PNG and WebP are
//! edited segment by segment with img-parts; a GIF is rewritten frame by frame from its
//! compressed data with the `gif` crate. No pixel is decoded or encoded again.

use img_parts::jpeg::{markers, Jpeg, JpegSegment};
use img_parts::png::{Png, PngChunk};
use img_parts::riff::RiffContent;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

use super::inspect::{gif_error, jpeg_scans, malformed, parts_error};
use super::{Format, ImageInfo, ImageProblem};

/// `bytes` without metadata; the pixels (and the colour profile) as they were, and the
/// orientation kept so the picture shows the right way up.
pub fn clean(bytes: &[u8], info: &ImageInfo) -> Result<Vec<u8>, ImageProblem> {
    let orientation = match info.orientation {
        1 => None,
        turned => Some(orientation_exif(turned).ok_or(ImageProblem::CannotClean { format: info.format })?),
    };
    match info.format {
        Format::Jpeg => jpeg(bytes, orientation),
        Format::Png => png(bytes, orientation),
        Format::Webp => webp(bytes, orientation),
        // A GIF has no orientation.
        Format::Gif => gif(bytes),
        Format::Avif => match super::inspect::avif_has_metadata(bytes) {
            Some(false) => Ok(bytes.to_vec()),
            _ => Err(ImageProblem::CannotClean { format: Format::Avif }),
        },
    }
}

/// EXIF (TIFF, big-endian) with the orientation and nothing else.
fn orientation_exif(orientation: u16) -> Option<Vec<u8>> {
    let field = exif::Field {
        tag: exif::Tag::Orientation,
        ifd_num: exif::In::PRIMARY,
        value: exif::Value::Short(vec![orientation]),
    };
    let mut writer = exif::experimental::Writer::new();
    writer.push_field(&field);
    let mut buf = std::io::Cursor::new(Vec::new());
    writer.write(&mut buf, false).ok()?;
    Some(buf.into_inner())
}

/// A JFIF APP0 segment up to its pixel density: without the thumbnail it may carry (a
/// thumbnail can show what was cropped away).
const JFIF_WITHOUT_THUMBNAIL: usize = 12;

fn jpeg(bytes: &[u8], orientation: Option<Vec<u8>>) -> Result<Vec<u8>, ImageProblem> {
    // img-parts reads the segments up to the first scan; what follows (more scans, and the
    // segments between them) is walked by `jpeg_scans`.
    let mut jpeg = Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    let segments = std::mem::take(jpeg.segments_mut());
    let mut kept = Vec::with_capacity(segments.len());
    let mut scans = false;
    for segment in segments {
        let contents = segment.contents();
        match segment.marker() {
            markers::APP0 if contents.starts_with(b"JFIF\0") && contents.len() >= JFIF_WITHOUT_THUMBNAIL => {
                let mut jfif = contents.slice(..JFIF_WITHOUT_THUMBNAIL).to_vec();
                jfif.extend_from_slice(&[0, 0]);
                kept.push(JpegSegment::new_with_contents(markers::APP0, jfif.into()));
            }
            markers::APP2 if contents.starts_with(b"ICC_PROFILE\0") => kept.push(segment),
            // Adobe's colour transform: without it a CMYK or YCCK JPEG shows wrong colours.
            markers::APP14 if contents.starts_with(b"Adobe") => kept.push(segment),
            markers::APP0..=markers::APP15 | markers::COM | markers::JPG0..=markers::JPG13 => {}
            markers::SOS => {
                let header = segment.contents().clone();
                let scan = segment.encoder().bytes();
                // The encoded segment: marker (2 bytes), length (2), header, then the scans.
                let rest = scan.get(4 + header.len()..).ok_or(ImageProblem::CutShort)?;
                let mut data = Vec::with_capacity(rest.len());
                jpeg_scans(rest, |piece| data.extend_from_slice(piece))?;
                kept.push(JpegSegment::new_with_entropy(markers::SOS, header, data.into()));
                scans = true;
            }
            _ => kept.push(segment),
        }
    }
    if !scans {
        return Err(malformed("no image data"));
    }
    *jpeg.segments_mut() = kept;
    if let Some(exif) = orientation {
        jpeg.set_exif(Some(exif.into()));
    }
    Ok(jpeg.encoder().bytes().to_vec())
}

/// The PNG chunks needed to show the picture as it was meant: the image, its palette and
/// transparency, its colour (gamma, chromaticities, sRGB, ICC profile, cICP), significant
/// bits, pixel size, and the frames of an animated PNG.
const PNG_KEEP: [&[u8; 4]; 15] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"cICP", b"sBIT", b"pHYs",
    b"acTL", b"fcTL", b"fdAT",
];

fn png(bytes: &[u8], orientation: Option<Vec<u8>>) -> Result<Vec<u8>, ImageProblem> {
    let mut png = Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    if png.chunks().last().map(|chunk| chunk.kind()) != Some(*b"IEND") {
        return Err(ImageProblem::CutShort);
    }
    png.chunks_mut().retain(|chunk| PNG_KEEP.contains(&&chunk.kind()));
    if let Some(exif) = orientation {
        // Before the image data, where readers look for it.
        let at = png.chunks().iter().position(|chunk| chunk.kind() == *b"IDAT").unwrap_or(1);
        png.chunks_mut().insert(at, PngChunk::new(*b"eXIf", exif.into()));
    }
    Ok(png.encoder().bytes().to_vec())
}

/// The WebP chunks needed to show the picture: the extended header, the image and its alpha,
/// the animation and its frames, and the ICC profile.
const WEBP_KEEP: [&[u8; 4]; 7] = [b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"];

/// The XMP flag in the first byte of VP8X.
const VP8X_XMP: u8 = 0b0000_0100;

fn webp(bytes: &[u8], orientation: Option<Vec<u8>>) -> Result<Vec<u8>, ImageProblem> {
    let mut webp = WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(parts_error)?;
    webp.chunks_mut().retain(|chunk| WEBP_KEEP.contains(&&chunk.id()));
    // Sets the EXIF and ICC flags of VP8X (and adds or removes VP8X as needed)...
    webp.set_exif(orientation.map(Bytes::from));
    // ... but not the XMP flag.
    for chunk in webp.chunks_mut().iter_mut().filter(|chunk| chunk.id() == *b"VP8X") {
        if let RiffContent::Data(data) = chunk.content_mut() {
            let mut header = data.to_vec();
            if let Some(flags) = header.first_mut() {
                *flags &= !VP8X_XMP;
            }
            *data = header.into();
        }
    }
    Ok(webp.encoder().bytes().to_vec())
}

/// A GIF written again from its compressed frames: palettes, delays, disposal, transparency
/// and the loop count kept; comments, plain text and application blocks (XMP, ICC, a maker's
/// data) left out. One frame is held at a time.
fn gif(bytes: &[u8]) -> Result<Vec<u8>, ImageProblem> {
    let mut options = gif::DecodeOptions::new();
    options.skip_frame_decoding(true);
    let mut decoder = options.read_info(bytes).map_err(gif_error)?;
    let palette = decoder.global_palette().unwrap_or_default().to_vec();
    let mut encoder = gif::Encoder::new(Vec::with_capacity(bytes.len()), decoder.width(), decoder.height(), &palette)
        .map_err(malformed)?;
    encoder.set_repeat(decoder.repeat()).map_err(malformed)?;
    let mut frames = 0;
    while let Some(frame) = decoder.read_next_frame().map_err(gif_error)? {
        encoder.write_lzw_pre_encoded_frame(frame).map_err(malformed)?;
        frames += 1;
    }
    if frames == 0 {
        return Err(malformed("no image data"));
    }
    encoder.into_inner().map_err(malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::inspect::{inspect, names_gps, png_text, XMP_PREFIXES};
    use crate::images::{testimages, ImageSettings};

    fn settings() -> ImageSettings {
        ImageSettings::default()
    }

    fn exif_of(exif: &[u8]) -> exif::Exif {
        exif::Reader::new().read_raw(exif.to_vec()).expect("EXIF written by clean")
    }

    fn pixels(bytes: &[u8]) -> image::DynamicImage {
        image::load_from_memory(bytes).expect("a picture")
    }

    #[test]
    fn a_phone_jpeg_loses_gps_xmp_iptc_and_comment_but_keeps_its_orientation() {
        let input = testimages::phone_jpeg(64, 48);
        let info = inspect(&input, Format::Jpeg, &settings()).expect("a JPEG");
        assert!(info.gps);
        let output = clean(&input, &info).expect("cleaned");

        let cleaned = Jpeg::from_bytes(output.clone().into()).expect("a JPEG");
        let exif = exif_of(&cleaned.exif().expect("the orientation is kept"));
        assert_eq!(exif.fields().count(), 1);
        let orientation = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY).expect("orientation");
        assert_eq!(orientation.value.get_uint(0), Some(6));
        assert!(exif.fields().all(|field| field.tag.context() != exif::Context::Gps));
        for segment in cleaned.segments() {
            assert_ne!(segment.marker(), markers::COM);
            assert_ne!(segment.marker(), markers::APP13);
            assert!(!XMP_PREFIXES.iter().any(|prefix| segment.contents().starts_with(prefix)));
        }
        assert!(!names_gps(&output));
        assert!(!output.windows(13).any(|window| window == b"Taken at home"));
        assert_eq!(pixels(&input).to_rgb8(), pixels(&output).to_rgb8());

        let again = inspect(&output, Format::Jpeg, &settings()).expect("a JPEG");
        assert_eq!((again.width, again.height, again.orientation, again.gps), (48, 64, 6, false));
    }

    #[test]
    fn a_jpeg_without_orientation_has_no_exif_left() {
        let mut jpeg = Jpeg::from_bytes(testimages::plain_jpeg(16, 16).into()).expect("a JPEG");
        jpeg.set_exif(Some(testimages::exif_block(1, true).into()));
        let input = jpeg.encoder().bytes().to_vec();
        let info = inspect(&input, Format::Jpeg, &settings()).expect("a JPEG");
        let output = clean(&input, &info).expect("cleaned");
        assert!(Jpeg::from_bytes(output.clone().into()).expect("a JPEG").exif().is_none());
        assert_eq!(pixels(&input).to_rgb8(), pixels(&output).to_rgb8());
    }

    #[test]
    fn segments_between_scans_and_after_the_end_are_removed() {
        let plain = testimages::plain_jpeg(16, 16);
        // A comment and an APP1 block after the first scan, as if between two progressive
        // scans, and a maker's trailer after the end marker.
        let end = plain.len() - 2;
        let mut input = plain[..end].to_vec();
        input.extend_from_slice(&[0xFF, markers::COM, 0, 8]);
        input.extend_from_slice(b"secret");
        input.extend_from_slice(&[0xFF, markers::APP1, 0, 8]);
        input.extend_from_slice(b"hidden");
        input.extend_from_slice(&[0xFF, markers::EOI]);
        input.extend_from_slice(b"TRAILER with GPSLatitude");
        let info = inspect(&input, Format::Jpeg, &settings()).expect("a JPEG");
        let output = clean(&input, &info).expect("cleaned");
        assert_eq!(output, plain);
    }

    #[test]
    fn a_png_loses_its_text_chunks() {
        let input = testimages::png_with_text(20, 10);
        let info = inspect(&input, Format::Png, &settings()).expect("a PNG");
        assert!(info.gps);
        let output = clean(&input, &info).expect("cleaned");
        let png = Png::from_bytes(output.clone().into()).expect("a PNG");
        let kinds: Vec<[u8; 4]> = png.chunks().iter().map(|chunk| chunk.kind()).collect();
        assert_eq!(kinds, [*b"IHDR", *b"eXIf", *b"IDAT", *b"IEND"]);
        let exif = exif_of(&png.exif().expect("the orientation is kept"));
        assert_eq!(exif.fields().count(), 1);
        assert!(!names_gps(&output));
        assert_eq!(pixels(&input).to_rgb8(), pixels(&output).to_rgb8());
    }

    #[test]
    fn compressed_png_text_is_read_for_gps() {
        let input = testimages::png_with_text(4, 4);
        let png = Png::from_bytes(input.into()).expect("a PNG");
        let ztxt = png.chunk_by_type(*b"zTXt").expect("zTXt");
        assert_eq!(png_text(*b"zTXt", ztxt.contents()), b"52.08N 4.30E");
    }

    #[test]
    fn a_webp_loses_exif_and_xmp() {
        let input = testimages::webp_with_exif(20, 10);
        let info = inspect(&input, Format::Webp, &settings()).expect("a WebP");
        let output = clean(&input, &info).expect("cleaned");
        let webp = WebP::from_bytes(output.clone().into()).expect("a WebP");
        assert!(!webp.has_chunk(*b"XMP "));
        let exif = exif_of(&webp.exif().expect("the orientation is kept"));
        assert_eq!(exif.fields().count(), 1);
        let flags = webp.chunk_by_id(*b"VP8X").and_then(|chunk| chunk.content().data()).expect("VP8X")[0];
        assert_eq!(flags & VP8X_XMP, 0);
        assert_ne!(flags & 0b0000_1000, 0, "the EXIF flag");
        assert!(!names_gps(&output));
        assert_eq!(pixels(&input).to_rgba8(), pixels(&output).to_rgba8());

        // Without an orientation to keep, the WebP needs no extended header at all.
        let plain = clean(&input, &ImageInfo { orientation: 1, ..info }).expect("cleaned");
        let webp = WebP::from_bytes(plain.clone().into()).expect("a WebP");
        assert!(!webp.has_chunk(*b"EXIF"));
        assert_eq!(pixels(&input).to_rgba8(), pixels(&plain).to_rgba8());
    }

    /// Delay, size, disposal, transparency, local palette and pixels of a frame.
    type FrameFacts = (u16, (u16, u16), gif::DisposalMethod, Option<u8>, Option<Vec<u8>>, Vec<u8>);

    #[test]
    fn an_animated_webp_keeps_its_frames_and_loses_xmp() {
        let input = testimages::animated_webp(8, 6, 3);
        let info = inspect(&input, Format::Webp, &settings()).expect("a WebP");
        let output = clean(&input, &info).expect("cleaned");
        let webp = WebP::from_bytes(output.clone().into()).expect("a WebP");
        assert_eq!(webp.chunks_by_id(*b"ANMF").count(), 3);
        assert!(!webp.has_chunk(*b"XMP "));
        let flags = webp.chunk_by_id(*b"VP8X").and_then(|chunk| chunk.content().data()).expect("VP8X")[0];
        assert_eq!(flags, 0b0000_0010, "only the animation flag");
        assert_eq!(pixels(&input).to_rgba8(), pixels(&output).to_rgba8());
    }

    fn gif_frames(bytes: &[u8]) -> Vec<FrameFacts> {
        let mut decoder = gif::DecodeOptions::new().read_info(bytes).expect("a GIF");
        let mut frames = Vec::new();
        while let Some(frame) = decoder.read_next_frame().expect("a frame") {
            frames.push((
                frame.delay,
                (frame.width, frame.height),
                frame.dispose,
                frame.transparent,
                frame.palette.clone(),
                frame.buffer.to_vec(),
            ));
        }
        frames
    }

    #[test]
    fn a_gif_loses_its_comment_and_keeps_its_frames() {
        let input = testimages::gif(7, 5, 4);
        let info = inspect(&input, Format::Gif, &settings()).expect("a GIF");
        let output = clean(&input, &info).expect("cleaned");
        assert!(input.windows(13).any(|window| window == b"Taken at home"));
        assert!(!output.windows(13).any(|window| window == b"Taken at home"));
        assert!(!output.windows(8).any(|window| window == b"SECRET01"));
        assert_eq!(gif_frames(&input), gif_frames(&output));
        let decoder = gif::DecodeOptions::new().read_info(output.as_slice()).expect("a GIF");
        assert_eq!(decoder.repeat(), gif::Repeat::Infinite);
        assert_eq!(
            decoder.global_palette(),
            gif::DecodeOptions::new()
                .read_info(input.as_slice())
                .ok()
                .and_then(|d| d.global_palette().map(<[u8]>::to_vec))
                .as_deref()
        );
    }

    #[test]
    fn a_truncated_file_is_cut_short_not_a_panic() {
        let jpeg = testimages::plain_jpeg(32, 32);
        let info = inspect(&jpeg, Format::Jpeg, &settings()).expect("a JPEG");
        let problem = clean(&jpeg[..jpeg.len() - 10], &info).unwrap_err();
        assert_eq!(problem, ImageProblem::CutShort);
        let png = testimages::plain_png(32, 32);
        let info = inspect(&png, Format::Png, &settings()).expect("a PNG");
        assert_eq!(clean(&png[..png.len() - 12], &info), Err(ImageProblem::CutShort));
        let mut broken = png.clone();
        broken[40] ^= 1;
        assert!(matches!(clean(&broken, &info), Err(ImageProblem::Malformed { .. })));
        let gif = testimages::gif(4, 4, 2);
        let info = inspect(&gif, Format::Gif, &settings()).expect("a GIF");
        assert_eq!(clean(&gif[..gif.len() - 8], &info), Err(ImageProblem::CutShort));
    }

    #[test]
    fn avif_with_exif_cannot_be_cleaned_and_without_is_copied() {
        fn boxed(kind: &[u8; 4], contents: &[u8]) -> Vec<u8> {
            let mut out = ((contents.len() + 8) as u32).to_be_bytes().to_vec();
            out.extend_from_slice(kind);
            out.extend_from_slice(contents);
            out
        }
        let file = |item_type: &[u8; 4]| {
            let mut infe = vec![2, 0, 0, 0, 0, 1, 0, 0];
            infe.extend_from_slice(item_type);
            let mut iinf = vec![0, 0, 0, 0, 0, 1];
            iinf.extend(boxed(b"infe", &infe));
            let mut meta = vec![0, 0, 0, 0];
            meta.extend(boxed(b"iinf", &iinf));
            let mut out = boxed(b"ftyp", b"avif\0\0\0\0mif1");
            out.extend(boxed(b"meta", &meta));
            out
        };
        let info = |bytes: &[u8]| ImageInfo {
            format: Format::Avif,
            width: 1,
            height: 1,
            orientation: 1,
            gps: false,
            animated: false,
            hash: crate::images::cache::sha256_hex(bytes),
        };
        let plain = file(b"av01");
        assert_eq!(clean(&plain, &info(&plain)), Ok(plain.clone()));
        let with_exif = file(b"Exif");
        assert_eq!(clean(&with_exif, &info(&with_exif)), Err(ImageProblem::CannotClean { format: Format::Avif }));
    }

    /// Time of `inspect` and `clean` on a phone-size photo (4032×3024):
    /// `cargo test --release --lib images::clean::tests::phone_size -- --ignored --nocapture`.
    #[test]
    #[ignore = "a measurement, not a check"]
    fn phone_size() {
        let input = testimages::phone_jpeg(4032, 3024);
        let start = std::time::Instant::now();
        let info = inspect(&input, Format::Jpeg, &settings()).expect("a JPEG");
        let inspected = start.elapsed();
        let output = clean(&input, &info).expect("cleaned");
        println!(
            "{} bytes: inspect {inspected:?}, clean {:?}, {} bytes out",
            input.len(),
            start.elapsed() - inspected,
            output.len()
        );
    }

    /// A seeded xorshift, so that a failure can be repeated.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    #[test]
    fn mutated_pictures_never_panic() {
        let originals = [
            (Format::Jpeg, testimages::phone_jpeg(24, 16)),
            (Format::Png, testimages::png_with_text(12, 8)),
            (Format::Webp, testimages::webp_with_exif(12, 8)),
            (Format::Gif, testimages::gif(6, 4, 3)),
            (Format::Webp, testimages::animated_webp(4, 4, 3)),
            (Format::Png, testimages::apng_headers(4, 4, 3)),
        ];
        let settings = ImageSettings { max_pixels: 1_000_000, ..settings() };
        let mut random = Random(0x5EED_1234_ABCD_0042);
        let mut cleaned = 0;
        for (format, original) in &originals {
            for _ in 0..300 {
                let mut bytes = original.clone();
                for _ in 0..1 + random.below(4) {
                    match random.below(4) {
                        0 => {
                            let at = random.below(bytes.len());
                            bytes[at] = random.next() as u8;
                        }
                        1 => bytes.truncate(random.below(bytes.len())),
                        2 => {
                            let at = random.below(bytes.len());
                            bytes.insert(at, 0xFF);
                        }
                        _ => {
                            let at = random.below(bytes.len());
                            bytes[at] ^= 0x80;
                        }
                    }
                }
                let Ok(info) = inspect(&bytes, *format, &settings) else { continue };
                if let Ok(output) = clean(&bytes, &info) {
                    cleaned += 1;
                    // What comes out is read as the same format, and cleaning it again changes
                    // nothing.
                    if let Ok(again) = inspect(&output, *format, &settings) {
                        assert!(!again.gps, "{format:?}");
                        assert_eq!(clean(&output, &again).as_ref(), Ok(&output), "{format:?}");
                    }
                }
                // Every orientation, even ones the file does not have.
                let _ = clean(&bytes, &ImageInfo { orientation: 1 + random.below(8) as u16, ..info });
            }
        }
        // Enough of the changed files are still pictures to reach `clean`.
        assert!(cleaned > 300, "{cleaned}");
    }
}
